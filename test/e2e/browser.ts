import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium.config';

// Re-exported for the bench (bench/browser.ts), which imports them from here.
export { CHROMIUM_ARGS, CHROMIUM_PATH };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Everything a page did that a privacy-minded user would want to know about. */
export interface PageLog {
  requests: string[];
  foreign: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Records every request of the context (workers and service worker included) and every console error. */
export function watch(context: BrowserContext, page: Page, origin: string): PageLog {
  const log: PageLog = { requests: [], foreign: [], consoleErrors: [], pageErrors: [] };
  context.on('request', (req) => {
    const url = req.url();
    log.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) log.foreign.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  return log;
}
