/**
 * Cold load of two builds, alternating (each built with `npx vite build --outDir DIR`):
 * `DISTS=dirA,dirB npx tsx bench/cold-ab.ts [runs]`. From an empty HTTP cache to the demo city's grid
 * with scores, as in `npm run bench`. The bare Handsontable page (bench/bare/: the app's rows and
 * columns, no engine, summary or storage) is loaded cold in the same rounds, as the anchor of issue
 * #32's item 5 (cold load to a scored grid within 1.5× a bare page's); the ratio and the machine's load
 * are printed. `BARE=0` leaves it out.
 */
import os from 'node:os';
import { SEL } from './app-dom';
import { serveBare } from './bare';
import { distsFromEnv, launchChromium, openBare, openDemo, serveBuilds } from './builds';
import { stat } from './stat';

const PORT = Number(process.env.BENCH_PORT ?? 4577);
const runs = Number(process.argv[2] ?? 10);
const dists = distsFromEnv();
const apps = await serveBuilds(dists, PORT);
const bare = process.env.BARE === '0' ? null : await serveBare(PORT + dists.length + 1);
const browser = await launchChromium();
const loads: number[] = [];
try {
  const times: number[][] = dists.map(() => []);
  const bareTimes: number[] = [];
  const barePage = bare ? await openBare(browser, bare.url) : null;
  const bareCdp = barePage ? await barePage.context().newCDPSession(barePage) : null;
  const pages = [];
  for (const url of apps.urls) {
    const page = await openDemo(browser, url);
    pages.push({ page, url: page.url(), cdp: await page.context().newCDPSession(page) });
  }
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < pages.length; i++) {
      const { page, url, cdp } = pages[i];
      await cdp.send('Network.clearBrowserCache');
      await page.goto('about:blank');
      await page.goto(url);
      await page.waitForFunction(
        (sel) => /\d/.test(document.querySelector(sel)?.textContent ?? '') && document.querySelector('[data-testid="grid"] .ht_master td') !== null,
        SEL.overall,
      );
      times[i].push(await page.evaluate(() => performance.now()));
    }
    if (barePage && bareCdp && bare) {
      // The bare page's grid with its rows, from an empty HTTP cache, as the app's above.
      await bareCdp.send('Network.clearBrowserCache');
      await barePage.goto('about:blank');
      await barePage.goto(bare.url);
      await barePage.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true && document.querySelector('.ht_master td') !== null);
      bareTimes.push(await barePage.evaluate(() => performance.now()));
    }
    loads.push(os.loadavg()[0]);
  }
  const bareStat = bareTimes.length > 0 ? stat(bareTimes) : null;
  if (bareStat) console.log(`bare page: cold load median ${bareStat.median.toFixed(0)} ms, p95 ${bareStat.p95.toFixed(0)} ms (${runs} runs)`);
  for (let i = 0; i < dists.length; i++) {
    const s = stat(times[i]);
    const ratio = bareStat
      ? `; ${(s.median / bareStat.median).toFixed(2)}× the bare page's median, ${(s.p95 / bareStat.p95).toFixed(2)}× at p95 (budget 1.5×)`
      : '';
    console.log(`${dists[i]}: cold load median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (${runs} runs)${ratio}`);
  }
  console.log(`load (1 min) during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores`);
} finally {
  await browser.close();
  await apps.close();
  await bare?.close();
}
