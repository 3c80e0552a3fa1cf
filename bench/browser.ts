/**
 * Browser figures on the production build (bundle.ts builds it first), in headless Debian Chromium:
 * cold load to an interactive grid, edit-to-screen latency with 1 and 1 000 assessments in the
 * workspace, and the import of a 1 000-assessment JSON file through the import panel.
 */
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { workspaceDoc } from '../src/engine/assessment';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser';
import { stat, type Stat } from './stat';
import { workspaceDocs } from './workspace';

export interface BrowserReport {
  coldLoad: Stat;
  edit1: Stat;
  edit1000: Stat;
  import1000: Stat;
}


const PORT = 4177;
const URL_BASE = `http://127.0.0.1:${PORT}/`;
const OVERALL = 'tr.agg-overall .agg-percent';
const CATEGORY = 'tr[data-code="EC: ICT: ICT"] .agg-percent';

export async function browserBench(quick: boolean): Promise<BrowserReport | { error: string }> {
  let server;
  try {
    server = await preview({ root: new URL('..', import.meta.url).pathname, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'error' });
  } catch (e) {
    return { error: `vite preview: ${(e as Error).message}` };
  }
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    await server.close();
    return { error: `Chromium (${CHROMIUM_PATH}): ${(e as Error).message.split('\n')[0]}` };
  }
  try {
    // No service worker, so every load below is a real network load of the built files.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(URL_BASE);
    // The app is there when its library offers the demo city; a short wait, so a missing UI is reported.
    const demo = page.getByRole('button', { name: 'Demo city (fictional)' });
    await demo.waitFor({ timeout: 15_000 }).catch(() => {
      throw new Error('the app did not show its library (no "Demo city (fictional)" button within 15 s)');
    });
    await demo.click();
    await page.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? ''), OVERALL);
    const demoUrl = page.url();

    // Cold load: empty HTTP cache, straight to the open assessment; until its grid shows scores.
    const cdp = await context.newCDPSession(page);
    const cold: number[] = [];
    for (let run = 0; run < (quick ? 3 : 10); run++) {
      await cdp.send('Network.clearBrowserCache');
      await page.goto('about:blank');
      await page.goto(demoUrl);
      await page.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? '') && document.querySelector('[data-testid="grid"] .ht_master td') !== null, OVERALL);
      cold.push(await page.evaluate(() => performance.now()));
    }

    const edits = quick ? 20 : 60;
    const edit1 = await editLatency(page, edits);

    // Import 1 000 assessments through the import panel (read, validate, store in one transaction),
    // each run into a fresh browser profile so every run imports into an empty workspace.
    const file = Buffer.from(JSON.stringify(workspaceDoc(workspaceDocs(u4ssc, 1000, referenceTargets.data.id))));
    const imports: number[] = [];
    let importPage: Page | undefined;
    const runs = quick ? 1 : 3;
    for (let run = 0; run < runs; run++) {
      const fresh = await browser.newContext({ serviceWorkers: 'block' });
      importPage = await fresh.newPage();
      await importPage.goto(URL_BASE);
      await importPage.getByRole('heading', { name: 'Assessments' }).waitFor();
      // Handing 18 MB to the page over the DevTools protocol takes seconds that a user choosing a
      // local file never waits for, so the clock starts when the page has the file: read, validate,
      // preview, confirm, store, and the library listing all 1 000.
      await importPage.locator('input[type="file"]').first().setInputFiles({ name: 'workspace.ssc.json', mimeType: 'application/json', buffer: file });
      const t0 = await importPage.evaluate(() => performance.now());
      await importPage.getByRole('button', { name: 'Import 1000 assessments' }).click();
      await importPage.getByText('Imported 1000 assessments.').first().waitFor({ timeout: 60_000 });
      await importPage.getByText('Benchmark city 1000 (fictional)').first().waitFor({ timeout: 60_000 });
      imports.push((await importPage.evaluate(() => performance.now())) - t0);
      if (run < runs - 1) await fresh.close();
    }
    await context.close();
    const page1000 = importPage!;
    // Edits with 1 000 assessments (plus the demo city) in the workspace.
    await page1000.getByRole('button', { name: 'Demo city (fictional)' }).click();
    await page1000.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? ''), OVERALL);
    const count = await page1000.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('ssc-workbench');
          req.onsuccess = () => {
            const c = req.result.transaction('assessments').objectStore('assessments').count();
            c.onsuccess = () => resolve(c.result);
          };
        }),
    );
    if (count < 1000) throw new Error(`the workspace holds ${count} assessments, not 1 000`);
    const edit1000 = await editLatency(page1000, edits);
    await page1000.context().close();
    return { coldLoad: stat(cold), edit1: stat(edit1), edit1000: stat(edit1000), import1000: stat(imports) };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Types a numerator into the grid with the keyboard and measures, in the page, from the Enter keydown
 * to the first animation frame after the category score changed on screen (the grid's points cell is
 * updated in the same task). Alternates two values whose scores differ, so every edit changes it.
 */
async function editLatency(page: Page, n: number): Promise<number[]> {
  await page.waitForSelector('[data-testid="grid"] .ht_clone_inline_start td');
  await page.evaluate((sel) => {
    const w = window as unknown as { __lat: number[]; __t0: number | null };
    w.__lat = [];
    w.__t0 = null;
    document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__t0 = performance.now()), true);
    new MutationObserver(() => {
      const t0 = w.__t0;
      if (t0 === null) return;
      w.__t0 = null;
      requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
    }).observe(document.querySelector(sel)!, { childList: true, characterData: true, subtree: true });
  }, CATEGORY);
  await page.locator('[data-testid="grid"] .ht_clone_inline_start td', { hasText: /^EC: ICT: ICT: 1C$/ }).first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < n; i++) {
    await page.keyboard.type(i % 2 === 0 ? '30000' : '110000');
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => (window as unknown as { __lat: number[] }).__lat.length > k, i, { timeout: 10_000 });
    await page.keyboard.press('ArrowUp');
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}
