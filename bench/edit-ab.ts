/**
 * Edit → screen against the bare grid (issue #32 item 1), without the rest of `npm run bench`, for
 * trying a change to the commit path: one or more builds (`DISTS=dirA,dirB`, each built with
 * `npx vite build --outDir DIR`; default dist) with 1 and 1 000 assessments in the library
 * (`SIZES=1,1000`), measured from outside the app as `npm run bench` does (bench/browser.ts
 * `editScreen`: a MutationObserver on the overall score and the edited row's result cell, the clock
 * stopped once the next frame is painted), each build's blocks of edits alternating with the bare
 * grid's and, over `ROUNDS` rounds, with the other builds'. `BUSY=1` repeats every size with one
 * `yes > /dev/null` keeping a core busy (killed after). Prints medians, p95 and both ratios with the
 * machine's 1-minute load average before and after each size.
 *
 *   npx tsx bench/edit-ab.ts [edits per build and size, default 40]
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { serveBare } from './bare';
import { editScreen, withBusyCore } from './browser';
import { distsFromEnv, launchChromium, openBare, openDemoAmong, serveBuilds } from './builds';
import { stat } from './stat';

const PORT = Number(process.env.BENCH_PORT ?? 4487);
const edits = Number(process.argv[2] ?? 40);
const rounds = Math.max(1, Number(process.env.ROUNDS ?? 2));
const sizes = (process.env.SIZES ?? '1,1000').split(',').map(Number);
const dists = process.env.DIST ? [process.env.DIST] : distsFromEnv();
const loads = () => os.loadavg()[0].toFixed(1);
const f = (x: number) => x.toFixed(1);

const apps = await serveBuilds(dists, PORT + 10);
const bare = await serveBare(PORT + 2);
const browser = await launchChromium();
try {
  const barePage = await openBare(browser, bare.url);
  for (const size of sizes) {
    const pages: Page[] = [];
    for (const url of apps.urls) pages.push(await openDemoAmong(browser, url, size));
    for (const loaded of process.env.BUSY === '1' ? [false, true] : [false]) {
      const before = loads();
      const pooled = dists.map(() => ({ outside: [] as number[], bare: [] as number[] }));
      const run = async () => {
        for (let round = 0; round < rounds; round++)
          for (let i = 0; i < pages.length; i++) {
            // Each build's edits are split over the rounds, so a change in the machine's load falls on every build.
            const r = await editScreen(pages[i], barePage, Math.ceil(edits / rounds));
            pooled[i].outside.push(...r.samples.outside);
            pooled[i].bare.push(...r.samples.bare);
          }
      };
      await (loaded ? withBusyCore(run) : run());
      const after = loads();
      console.log(
        `\n${size} assessment${size === 1 ? '' : 's'}${loaded ? ', one `yes > /dev/null` keeping a core busy' : ''}: load (1 min) ${before} → ${after} on ${os.cpus().length} cores, ${rounds} rounds`,
      );
      for (let i = 0; i < dists.length; i++) {
        const app = stat(pooled[i].outside);
        const b = stat(pooled[i].bare);
        console.log(
          `  ${dists[i]}: app median/p95 ${f(app.median)}/${f(app.p95)} ms, bare ${f(b.median)}/${f(b.p95)} ms (${app.runs}+${b.runs} edits); ratio median ${(app.median / b.median).toFixed(2)}, p95 ${(app.p95 / b.p95).toFixed(2)}`,
        );
      }
    }
    for (const p of pages) await p.context().close();
  }
} finally {
  await browser.close();
  await apps.close();
  await bare.close();
}
