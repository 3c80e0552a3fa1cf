/**
 * What the one-change-at-a-time diagnostics share (cold-ab, import-ab, edit-ab, trace-edit,
 * profile-edit): builds served side by side (`DISTS=dirA,dirB`, each built with
 * `npx vite build --outDir DIR`), Debian's Chromium, and a page with the demo city open.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser';
import { DEMO_BUTTON, SEL } from './app-dom';

/** The builds named by DISTS (default: dist). */
export const distsFromEnv = (): string[] => (process.env.DISTS ?? 'dist').split(',');

/** Serves each build on its own port from `port` up; `urls[i]` is build i's address. */
export async function serveBuilds(dists: readonly string[], port: number): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const root = new URL('..', import.meta.url).pathname;
  const servers = await Promise.all(
    dists.map((outDir, i) => preview({ root, build: { outDir }, preview: { host: '127.0.0.1', port: port + i, strictPort: true }, logLevel: 'error' })),
  );
  return {
    urls: dists.map((_, i) => `http://127.0.0.1:${port + i}/`),
    close: async () => {
      for (const s of servers) await s.close();
    },
  };
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

/** A new page (its own context, no service worker) on the app at `url`, with the demo city scored. */
export async function openDemo(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(url);
  await page.getByRole('button', { name: DEMO_BUTTON }).click();
  await page.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? ''), SEL.overall);
  return page;
}

/**
 * A page on the app at `url` with the demo city open and scored and, when `size` is over 1, `size`
 * generated assessments imported first through the import panel (bench/browser.ts `importOnce`, into a
 * fresh profile), as `npm run bench` does for its edits at 1 000.
 */
export async function openDemoAmong(browser: Browser, url: string, size: number): Promise<Page> {
  if (size <= 1) return openDemo(browser, url);
  const { importOnce } = await import('./browser');
  const { workspaceDoc } = await import('../src/engine/assessment');
  const { referenceTargets, u4ssc } = await import('../src/engine/frameworks/u4ssc');
  const { workspaceDocs } = await import('./workspace');
  const file = Buffer.from(JSON.stringify(workspaceDoc(workspaceDocs(u4ssc, size, referenceTargets.data.id))));
  const { page } = await importOnce(browser, url, file, false, size);
  await page.getByRole('button', { name: DEMO_BUTTON }).click();
  await page.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? ''), SEL.overall, { timeout: 60_000 });
  return page;
}

/** A new page on the bare grid (bare.ts) at `url`, ready for edits. */
export async function openBare(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  return page;
}
