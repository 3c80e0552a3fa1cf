import { describe, expect, inject, it } from 'vitest';
import { watch } from './browser';
import { sharedBrowser } from './shared-browser';

const appUrl = inject('appUrl');
const origin = new URL(appUrl).origin;
const chromium = sharedBrowser();

describe('the built app', () => {
  it('loads with no console error and no request outside its own origin', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    const log = watch(context, page, origin);
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(log.requests.length).toBeGreaterThan(0);
    expect(log.foreign).toEqual([]);
    // The in-memory fallback database (fake-indexeddb) loads only where IndexedDB fails: neither this
    // visit nor the service worker's precache (every other chunk) fetches it.
    expect(log.requests.filter((u) => /fake-indexeddb/.test(u))).toEqual([]);
    const precache = await (await fetch(new URL('sw.js', appUrl))).text();
    expect(precache).toMatch(/handsontable-[\w-]+\.js/);
    expect(precache).not.toMatch(/fake-indexeddb/);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('ships an enforced Content Security Policy: self only, no eval, no inline script', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(appUrl);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    // The policy is enforced: an injected inline script does not run, and the violation is reported.
    // The report is the signal waited for (an allowed inline script would have run as it was appended),
    // not a fixed time after which nothing is taken to have happened.
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve({ ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violated: e.violatedDirective }),
          );
          const s = document.createElement('script');
          s.textContent = 'window.__inlineRan = true';
          document.head.append(s);
        }),
    );
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
    await context.close();
  });

  it('works offline after one visit: reload with no network, and the engine still scores', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The first visit installs the service worker; wait until it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // Offline, the lazy grid chunk and the engine worker load from the cache and the demo city scores.
    await page.getByRole('button', { name: 'Demo city (fictional)' }).click();
    const overall = page.locator('tr.agg-overall .agg-percent');
    await overall.waitFor();
    await page.waitForFunction(() => /\d/.test(document.querySelector('tr.agg-overall .agg-percent')?.textContent ?? ''));
    expect(await overall.textContent()).toMatch(/^\d+(\.\d+)? %$/);
    await context.close();
  });
});
