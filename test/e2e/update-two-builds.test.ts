import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from './shared-browser';

/**
 * Issue #33, item 6: a tab of the old version open while a new version is deployed and accepted in
 * another tab. The old build is the one the e2e setup made (`dist`); the new one is built here into a
 * directory of its own, with every chunk under a new name, as a real deploy renames the chunks whose
 * code changed. One server on one origin serves the old build, then the new one: the old chunks are gone
 * from it, and once the new service worker is active they are gone from the precache too. The old tab
 * must keep every edit (the one typed before the deploy and the one typed after the update was
 * activated) and open its views again: the view whose chunk is missing reloads the tab safely onto the
 * new version.
 */
const chromium = sharedBrowser();
const oldBuild = resolve('dist');
const newBuild = join(tmpdir(), `ssc-next-build-${process.pid}`);
let root = oldBuild;
let server: Server;
let appUrl = '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** A static host, as a deploy would have it: a file that is not in the current build is a 404; an address without a file ending is the app. */
function serve(): Promise<string> {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const ext = extname(path);
    const file = join(root, ext ? path : 'index.html');
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(body);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      },
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as { port: number }).port}/`)));
}

beforeAll(async () => {
  // The next version (next-build.config.ts), built as `npm run build` does, in a process of its own.
  await promisify(execFile)(
    process.execPath,
    [resolve('node_modules/vite/bin/vite.js'), 'build', '--config', 'test/e2e/next-build.config.ts', '--logLevel', 'warn'],
    {
      env: { ...process.env, NEXT_BUILD_DIR: newBuild },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  appUrl = await serve();
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await rm(newBuild, { recursive: true, force: true });
});

const onNewBuild = (page: import('playwright-core').Page) => page.evaluate(() => [...document.scripts].some((s) => /-next\.js$/.test(s.src)));

describe('a tab of the old version while a new version is deployed and accepted in another tab', () => {
  it('keeps every edit and opens its views again: the missing chunk reloads it safely onto the new version', async () => {
    const context = await chromium().newContext();
    const old = await context.newPage();
    const pageErrors: string[] = [];
    old.on('pageerror', (e) => pageErrors.push(String(e)));
    await old.goto(appUrl);
    await old.getByRole('heading', { level: 1 }).waitFor();
    // A tab as users have it: opened with the service worker of its version in control (any visit after the first).
    await old.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await old.reload();
    await old.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await onNewBuild(old)).toBe(false);

    // An assessment with a value typed into the grid, on the old version.
    await old.getByLabel('City', { exact: true }).fill('Oldtab');
    await old.getByLabel('Country', { exact: true }).fill('Testland');
    await old.getByLabel('Year', { exact: true }).fill('2025');
    await old.getByRole('button', { name: 'Create' }).click();
    await old.locator('[data-testid="grid"] .ht_master').waitFor();
    await old.getByLabel('Households').fill('1000');
    await old.getByLabel('Households').press('Tab');
    await old
      .locator('[data-testid="grid"] .ht_clone_inline_start td', { hasText: /^EC: ICT: ICT: 1C$/ })
      .first()
      .click();
    await old.keyboard.press('ArrowRight');
    await old.keyboard.press('ArrowRight');
    await old.keyboard.type('850');
    await old.keyboard.press('Enter');
    const ict = old.locator('tr[data-code="EC: ICT: ICT"] .agg-percent');
    await expect.poll(() => ict.textContent()).toMatch(/^\d/);

    // The deploy: the server now holds only the new build.
    root = newBuild;

    // Another tab finds the new version and its user accepts it; that tab reloads onto it.
    const other = await context.newPage();
    await other.goto(appUrl);
    await other.getByRole('heading', { level: 1 }).waitFor();
    await other.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    await other.getByRole('button', { name: 'Reload now' }).click();
    await expect.poll(() => onNewBuild(other).catch(() => false)).toBe(true);

    // The old tab is told, and its user types once more before doing anything about it.
    await old.getByTestId('update-activated').waitFor();
    expect(await onNewBuild(old)).toBe(false);
    await old.getByLabel('Households').fill('2000');
    await old.getByLabel('Households').press('Tab');

    // A view whose chunk the old version never loaded: it is gone from the server and the precache,
    // so the tab reloads itself (folding its edits first) onto the new version.
    await old.getByRole('tab', { name: 'Wheel and charts' }).click();
    await expect.poll(() => onNewBuild(old).catch(() => false), { timeout: 60_000 }).toBe(true);

    // The assessment opens again with both edits, and the view opens.
    await old.locator('[data-testid="grid"] .ht_master').or(old.locator('.results-view')).first().waitFor();
    await expect.poll(() => old.getByLabel('Households').inputValue()).toBe('2000');
    await old.getByRole('tab', { name: 'Wheel and charts' }).click();
    await old.locator('.results-view canvas').first().waitFor();
    const stored = await old.evaluate(
      () =>
        new Promise<unknown>((done, fail) => {
          const open = indexedDB.open('ssc-workbench');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('assessments').objectStore('assessments').getAll();
            all.onsuccess = () =>
              done((all.result as { city: string; values: Record<string, unknown> }[]).find((d) => d.city === 'Oldtab')?.values['EC: ICT: ICT: 1C|']);
          };
        }),
    );
    expect(stored).toEqual({ numerator: 850 });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
