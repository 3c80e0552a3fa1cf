/**
 * Cold load of two builds, alternating (each built with `npx vite build --outDir DIR`):
 * `DISTS=dirA,dirB npx tsx bench/cold-ab.ts [runs]`. From an empty HTTP cache to the demo city's grid
 * with scores, as in `npm run bench`.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser';
import { DEMO_BUTTON, SEL } from './app-dom';
import { stat } from './stat';

const PORT = Number(process.env.BENCH_PORT ?? 4577);
const runs = Number(process.argv[2] ?? 10);
const dists = (process.env.DISTS ?? 'dist').split(',');
const root = new URL('..', import.meta.url).pathname;
const servers = await Promise.all(
  dists.map((outDir, i) => preview({ root, build: { outDir }, preview: { host: '127.0.0.1', port: PORT + i, strictPort: true }, logLevel: 'error' })),
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  const times: number[][] = dists.map(() => []);
  const pages = [];
  for (let i = 0; i < dists.length; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT + i}/`);
    await page.getByRole('button', { name: DEMO_BUTTON }).click();
    await page.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? ''), SEL.overall);
    pages.push({ page, url: page.url(), cdp: await context.newCDPSession(page) });
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
  for (const s of servers) await s.close();
}
