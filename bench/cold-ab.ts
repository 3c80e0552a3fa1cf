/**
 * Cold load of two builds, alternating (each built with `npx vite build --outDir DIR`):
 * `DISTS=dirA,dirB npx tsx bench/cold-ab.ts [runs]`. From an empty HTTP cache to the demo city's grid
 * with scores, as in `npm run bench`.
 */
import { SEL } from './app-dom';
import { distsFromEnv, launchChromium, openDemo, serveBuilds } from './builds';
import { stat } from './stat';

const PORT = Number(process.env.BENCH_PORT ?? 4577);
const runs = Number(process.argv[2] ?? 10);
const dists = distsFromEnv();
const apps = await serveBuilds(dists, PORT);
const browser = await launchChromium();
try {
  const times: number[][] = dists.map(() => []);
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
  }
  for (let i = 0; i < dists.length; i++) {
    const s = stat(times[i]);
    console.log(`${dists[i]}: cold load median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (${runs} runs)`);
  }
} finally {
  await browser.close();
  await apps.close();
}
