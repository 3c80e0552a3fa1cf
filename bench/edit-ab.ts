/**
 * Edit → screen against the bare grid alone (the first half of the browser bench, without cold load or
 * the 1 000-assessment import), for trying a change to the grid or the page quickly:
 * `npx vite build && npx tsx bench/edit-ab.ts [edits]`. The full figures come from `npm run bench`.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser';
import { DEMO_BUTTON, SEL } from './app-dom';
import { serveBare } from './bare';
import { editScreen } from './browser';

const PORT = Number(process.env.BENCH_PORT ?? 4487);
const edits = Number(process.argv[2] ?? 40);
const server = await preview({
  root: new URL('..', import.meta.url).pathname,
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  logLevel: 'error',
});
const bare = await serveBare(PORT + 2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: DEMO_BUTTON }).click();
  await page.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? ''), SEL.overall);
  const barePage = await (await browser.newContext()).newPage();
  await barePage.goto(bare.url);
  const r = await editScreen(page, barePage, edits);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `app outside median/p95 ${f(r.outside.median)}/${f(r.outside.p95)} ms; bare commit ${f(r.bare.commit.median)}/${f(r.bare.commit.p95)} ms; ratio p95 ${r.ratio.toFixed(2)}, median ${r.ratioMedian.toFixed(2)}; steps ${r.steps.map(f).join(' ')}`,
  );
} finally {
  await browser.close();
  await server.close();
  await bare.close();
}
