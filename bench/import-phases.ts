/**
 * Where an import of 1 000 assessments goes, from outside the app, one build per run (alternate builds
 * run by run in a shell loop, each with `BENCH_PORT` of its own): `DISTS=dir npx tsx bench/import-phases.ts`.
 * Prints, from the page holding the file: read (the worker started, the bytes, decoding, parsing and
 * validation, and what the page receives for the preview) to the Import button; store (the click to
 * "Imported"); listing (to the library listing all 1 000); with the 1-minute load average.
 */
import { loadavg } from 'node:os';
import { workspaceDoc } from '../src/engine/assessment';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { waitForLibraryOf } from './app-dom';
import { distsFromEnv, launchChromium, serveBuilds } from './builds';
import { workspaceDocs } from './workspace';

const PORT = Number(process.env.BENCH_PORT ?? 4587);
const [dist] = distsFromEnv();
const apps = await serveBuilds([dist], PORT);
const browser = await launchChromium();
try {
  const file = Buffer.from(JSON.stringify(workspaceDoc(workspaceDocs(u4ssc, 1000, referenceTargets.data.id))));
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(apps.urls[0]);
  await page.getByRole('heading', { name: 'Assessments' }).waitFor();
  const load = loadavg()[0];
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'workspace.ssc.json', mimeType: 'application/json', buffer: file }, { timeout: 180_000 });
  const now = () => page.evaluate(() => performance.now());
  const t0 = await now();
  const go = page.getByRole('button', { name: 'Import 1000 assessments' });
  await go.waitFor({ timeout: 120_000 });
  const t1 = await now();
  await go.click();
  await page.getByText('Imported 1000 assessments.').first().waitFor({ timeout: 60_000 });
  const t2 = await now();
  await waitForLibraryOf(page, 1000, 'Benchmark city 1000 (fictional)');
  const t3 = await now();
  console.log(
    `${dist}: total ${(t3 - t0).toFixed(0)} ms; read ${(t1 - t0).toFixed(0)}, store ${(t2 - t1).toFixed(0)}, listing ${(t3 - t2).toFixed(0)} (load ${load.toFixed(1)}–${loadavg()[0].toFixed(1)})`,
  );
} finally {
  await browser.close();
  await apps.close();
}
