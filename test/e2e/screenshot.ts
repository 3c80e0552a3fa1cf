// Screenshot of the built app for the README: `npx vite build && npx tsx test/e2e/screenshot.ts`.
// Starts `vite preview` in-process, opens the fictional demo city in Debian's Chromium, selects a row
// so "Explain this number" is filled, and writes docs/screenshot-workbench.png.
import { preview } from 'vite';
import { launch } from './browser';

// E2E_PORT, as in the e2e tests, lets several checkouts run it side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}/`;
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true } });
let rc: number;
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const outside: string[] = [];
  page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:') && outside.push(r.url()));
  await page.goto(origin);
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
