/**
 * Edit → screen against the bare grid alone (the first half of the browser bench, without cold load or
 * the 1 000-assessment import), for trying a change to the grid or the page quickly:
 * `npx vite build && npx tsx bench/edit-ab.ts [edits]` (`DIST=dir` for another build). The full figures come from `npm run bench`.
 */
import os from 'node:os';
import { serveBare } from './bare';
import { editScreen } from './browser';
import { launchChromium, openBare, openDemo, serveBuilds } from './builds';

const PORT = Number(process.env.BENCH_PORT ?? 4487);
const edits = Number(process.argv[2] ?? 40);
const app = await serveBuilds([process.env.DIST ?? 'dist'], PORT);
const bare = await serveBare(PORT + 2);
const browser = await launchChromium();
try {
  const page = await openDemo(browser, app.urls[0]);
  const barePage = await openBare(browser, bare.url);
  const r = await editScreen(page, barePage, edits);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `app outside median/p95 ${f(r.outside.median)}/${f(r.outside.p95)} ms; bare outside ${f(r.bare.outside.median)}/${f(r.bare.outside.p95)} ms (its own afterChange clock, which ends at the same paint: ${f(r.bare.commit.median)}/${f(r.bare.commit.p95)} ms); ratio p95 ${r.ratio.toFixed(2)}, median ${r.ratioMedian.toFixed(2)}; steps ${r.steps.map(f).join(' ')}; load (1 min) ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
} finally {
  await browser.close();
  await app.close();
  await bare.close();
}
