/**
 * The import of a 1 000-assessment JSON through the import panel, two or more builds alternating (each
 * built with `npx vite build --outDir DIR`), measured exactly as `npm run bench` does (bench/browser.ts):
 * `DISTS=dirA,dirB npx tsx bench/import-ab.ts [runs]`. The machine's load changes from minute to
 * minute, so builds are only compared run against run in one sitting. With PROFILE=file.cpuprofile,
 * the first build's first run is also recorded by the DevTools protocol's CPU profiler (open in
 * Chromium's DevTools, Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { workspaceDoc } from '../src/engine/assessment';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { importOnce } from './browser';
import { distsFromEnv, launchChromium, serveBuilds } from './builds';
import { stat } from './stat';
import { workspaceDocs } from './workspace';

const PORT = Number(process.env.BENCH_PORT ?? 4587);
const runs = Number(process.argv[2] ?? 5);
const dists = distsFromEnv();
const apps = await serveBuilds(dists, PORT);
const browser = await launchChromium();
try {
  const file = Buffer.from(JSON.stringify(workspaceDoc(workspaceDocs(u4ssc, 1000, referenceTargets.data.id))));
  const times: number[][] = dists.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < dists.length; i++) {
      const profile = run === 0 && i === 0 ? process.env.PROFILE : undefined;
      const r = await importOnce(browser, apps.urls[i], file, profile !== undefined);
      times[i].push(r.ms);
      if (profile && r.profile) writeFileSync(profile, JSON.stringify(r.profile));
      await r.page.context().close();
    }
  }
  for (let i = 0; i < dists.length; i++) {
    const s = stat(times[i]);
    console.log(
      `${dists[i]}: import of 1 000 median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (${runs} runs: ${times[i].map((t) => t.toFixed(0)).join(' ')})`,
    );
  }
} finally {
  await browser.close();
  await apps.close();
}
