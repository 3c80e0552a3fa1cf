// Screenshot of the built app for the README: `npx vite build && node test/e2e/screenshot.mjs`.
// Starts `vite preview` in-process, opens the fictional demo city in Debian's Chromium, selects a row
// so "Explain this number" is filled, and writes docs/screenshot-workbench.png.
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: true } });
let rc;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const outside = [];
  page.on('request', (r) => !r.url().startsWith('http://127.0.0.1:4173/') && !r.url().startsWith('blob:') && !r.url().startsWith('data:') && outside.push(r.url()));
  await page.goto('http://127.0.0.1:4173/');
  await page.getByRole('button', { name: 'Demo city (fictional)' }).click();
  await page.locator('.grid-host .ht_master td').first().waitFor();
  await page.locator('tr[data-code="overall"] .agg-percent').filter({ hasText: '%' }).waitFor();

  // Select a data point so "Explain this number" is filled (latency is measured by npm run bench).
  await page.locator('.grid-host .ht_master tbody tr').nth(3).locator('td').nth(1).click();
  await page.locator('.toast-region .toast').waitFor({ state: 'detached', timeout: 15000 });
  for (const b of await page.locator('.update-region button').all()) await b.click().catch(() => {});
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot-workbench.png' });
  if (errors.length) console.log('console errors:', errors);
  if (outside.length) console.log('requests outside the origin:', outside);
  console.log(`screenshot written; ${errors.length} console errors; ${outside.length} outside requests`);
  rc = errors.length || outside.length ? 1 : 0;
} catch (e) {
  console.error(e);
  rc = 1;
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
process.exit(rc);
