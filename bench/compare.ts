/**
 * `npm run bench -- --only compare [--quick]` (issue #14): a comparison of 1 000 assessments.
 *
 * Node: scoring the 1 000 and building the comparison (rows × columns, series and trends) from scores.
 * Built app (vite build, vite preview, headless Debian Chromium): 1 000 assessments imported through the
 * import panel beside the demo cities, then in the Compare view: "All" picked until the grid shows
 * 1 005 columns (scoring in steps that yield to the page, building, first paint of the grid), the same
 * again with the scores kept from the first time, and a sort by one assessment's column (header click
 * to the next frame, the rows reordered).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { workspaceDoc } from '../src/engine/assessment';
import { buildComparison } from '../src/engine/comparison';
import { score } from '../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser';
import { DEMO_BUTTON } from './app-dom';
import { stat, type Stat } from './stat';
import { workspaceDocs } from './workspace';

const ROOT = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_PORT ?? 4177) + 3;
/** Its own build, outside the checkout: the end-to-end tests build and serve dist/ and may run at the same time. */
const OUT_DIR = join(tmpdir(), `ssc-bench-compare-${PORT}`);
/** Assessments imported beside the demo cities (COMPARE_N changes it, for trying the bench itself out). */
const N = Number(process.env.COMPARE_N ?? 1000);

export interface CompareReport {
  node: { score: Stat; build: Stat };
  browser:
    | { open: Stat; openShown: Stat; openFree: Stat; reopen: Stat; reopenShown: Stat; reopenFree: Stat; sort: Stat; sortFree: Stat; columns: number }
    | { error: string };
}

export async function compareBench(quick: boolean): Promise<CompareReport> {
  const docs = workspaceDocs(u4ssc, N, referenceTargets.data.id);
  const runs = quick ? 3 : 7;
  const scoreTimes: number[] = [];
  const buildTimes: number[] = [];
  let members: Parameters<typeof buildComparison>[1] = [];
  for (let r = 0; r <= runs; r++) {
    const t0 = performance.now();
    members = docs.map((d) => ({ id: d.id, city: d.city, country: d.country, year: d.year, scores: score(u4ssc, referenceTargets, d) }));
    const t1 = performance.now();
    buildComparison(u4ssc, members);
    const t2 = performance.now();
    if (r === 0) continue; // warm-up
    scoreTimes.push(t1 - t0);
    buildTimes.push(t2 - t1);
  }
  return { node: { score: stat(scoreTimes), build: stat(buildTimes) }, browser: await browserPart(quick) };
}

/** Progress of the built-app part on stderr, with the seconds since it started, so a slow step is named as it happens. */
function progress(): (step: string) => void {
  const t0 = performance.now();
  return (step) => console.error(`[compare ${((performance.now() - t0) / 1000).toFixed(1)} s] ${step}`);
}

/** `work`, or a rejection naming `what` after `ms`: every wait of the bench ends. */
function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** One open or sort as seen from outside the app (the rendered grid, polled every frame) and by its own marks. */
export interface Timed {
  /** Click → the first frame in which the rendered grid shows the change (ms). */
  outside: number;
  /** Click → the app's `ssc:comparison-shown` mark (grid loaded), null for a sort. */
  shown: number | null;
  /** Click → the first 0 ms timer that runs after that frame: the page answers input again (ms). */
  free: number;
}

/**
 * In the page: clicks `button` (the Compare view's All or None), then polls the rendered grid every
 * frame until it is as wide as `columns` assessment columns (Handsontable sizes its inner table to every
 * column, drawn or not: at least 150 px per assessment column; under 1 000 px for none), up to `limit`
 * ms. Returns the times, or why it stopped with what the page showed.
 */
const PICK = async ({ name, columns, limit }: { name: string; columns: number; limit: number }) => {
  const view = document.querySelector('[data-testid="comparison-view"]');
  const button = view && [...view.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) return { error: `no button ${name}` };
  // "All" picks what the view has listed: the whole library must be listed first.
  if (button.disabled) return { error: `the button ${name} is disabled (the library is not listed yet)` };
  const width = () => (document.querySelector('[data-testid="comparison-grid"] .ht_master .wtHider') as HTMLElement | null)?.offsetWidth ?? 0;
  const done = () => (columns === 0 ? width() > 0 && width() < 1000 : width() >= 150 * columns);
  const t0 = performance.now();
  button.click();
  const outside = await new Promise<number | null>((resolve) => {
    const check = () => {
      const now = performance.now();
      if (done()) resolve(now - t0);
      else if (now - t0 > limit) resolve(null);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  if (outside === null) {
    const status = document.querySelector('[data-testid="comparison-status"]')?.textContent;
    const marks = performance.getEntriesByName('ssc:comparison-shown').filter((m) => m.startTime > t0).length;
    return {
      error: `the grid was not ${columns} assessment columns wide within ${limit / 1000} s (width ${width()} px, status "${status}", ${marks} shown marks)`,
    };
  }
  const free = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now() - t0), 0));
  const mark = performance.getEntriesByName('ssc:comparison-shown').find((m) => m.startTime > t0);
  return { outside, shown: mark ? mark.startTime - t0 : null, free };
};

/**
 * In the page: clicks the header of the comparison's first assessment column (mouse events, as a user
 * does) and polls every frame until the first data row differs, up to `limit` ms.
 */
const SORT = async ({ limit }: { limit: number }) => {
  const grid = document.querySelector('[data-testid="comparison-grid"]')!;
  // The first assessment column: the third header of the top clone (code and name come first); the
  // sort acts on a press of its label (Handsontable's .colHeader), as a user's click.
  const th = grid.querySelectorAll<HTMLElement>('.ht_clone_top thead tr:last-child th')[2];
  const label = th?.querySelector<HTMLElement>('.colHeader');
  if (!th || !label) return { error: 'no assessment column header rendered' };
  const first = () => [...grid.querySelectorAll('.ht_clone_inline_start tbody tr:first-child td')].map((td) => td.textContent).join('|');
  const before = first();
  const t0 = performance.now();
  for (const type of ['mousedown', 'mouseup', 'click']) label.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  const outside = await new Promise<number | null>((resolve) => {
    const check = () => {
      const now = performance.now();
      if (first() !== before) resolve(now - t0);
      else if (now - t0 > limit) resolve(null);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  if (outside === null) return { error: `a click on the header "${th.textContent}" did not reorder the rows within ${limit / 1000} s` };
  const free = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now() - t0), 0));
  return { outside, shown: null, free };
};

async function browserPart(quick: boolean): Promise<CompareReport['browser']> {
  const log = progress();
  try {
    // COMPARE_REUSE_DIST=1 serves the build of an earlier run (trying the bench itself out).
    if (process.env.COMPARE_REUSE_DIST) log(`${OUT_DIR} as built before`);
    else {
      log('vite build');
      await build({ root: ROOT, logLevel: 'error', build: { outDir: OUT_DIR, emptyOutDir: true } });
    }
  } catch (e) {
    return { error: `vite build: ${(e as Error).message.split('\n')[0]}` };
  }
  const server = await preview({ root: ROOT, build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
    // tsx (esbuild, keepNames) wraps named functions inside the evaluated code in `__name(...)`.
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`http://127.0.0.1:${PORT}/`, { timeout: 120_000 });
    await page.getByRole('heading', { name: 'Assessments' }).waitFor({ timeout: 60_000 });
    log(`importing ${N} assessments`);
    const file = Buffer.from(JSON.stringify(workspaceDoc(workspaceDocs(u4ssc, N, referenceTargets.data.id))));
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'workspace.ssc.json', mimeType: 'application/json', buffer: file }, { timeout: 180_000 });
    await page.getByRole('button', { name: `Import ${N} assessments` }).click({ timeout: 120_000 });
    await page.getByText(`Imported ${N} assessments.`).first().waitFor({ timeout: 300_000 });
    log('opening the demo city');
    await page.getByRole('button', { name: DEMO_BUTTON }).click({ timeout: 60_000 });
    await page.locator('[data-testid="grid"] .ht_master td').first().waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: 'Compare years and cities' }).click({ timeout: 60_000 });
    await page.locator('[data-testid="comparison-grid"] table.htCore').first().waitFor({ timeout: 120_000 });
    const total = N + 5;
    const columns = total;
    const limit = quick ? 240_000 : 180_000;
    // The Compare view lists the whole library (one read of every row) before its All button is enabled.
    log('waiting for the Compare view to list the library');
    await page.waitForFunction((total) => document.querySelector('.comparison-pick summary')?.textContent?.includes(`/${total})`), total, {
      timeout: limit,
      polling: 100,
    });
    const run = async <T extends Timed>(what: string, fn: () => Promise<T | { error: string }>): Promise<T> => {
      const r = await within(what, limit + 60_000, fn());
      if ('error' in r) throw new Error(`${what}: ${r.error}`);
      log(`${what}: ${r.outside.toFixed(0)} ms to the grid, ${r.free.toFixed(0)} ms to a free main thread`);
      return r;
    };
    const open: Timed[] = [];
    const reopen: Timed[] = [];
    const sorts: Timed[] = [];
    const rounds = quick ? 2 : 5;
    for (let r = 0; r < rounds; r++) {
      // The first round scores every assessment; later ones find the scores kept.
      (r === 0 ? open : reopen).push(await run(`open ${r + 1}`, () => page.evaluate(PICK, { name: 'All', columns, limit })));
      // Nothing picked: the grid keeps its code and name columns only.
      await run(`none ${r + 1}`, () => page.evaluate(PICK, { name: 'None', columns: 0, limit }));
    }
    await run('open for sorting', () => page.evaluate(PICK, { name: 'All', columns, limit }));
    // Sort by an assessment's column, alternately ascending and descending.
    for (let r = 0; r < (quick ? 6 : 20); r++) sorts.push(await run(`sort ${r + 1}`, () => page.evaluate(SORT, { limit: 60_000 })));
    // The app's own count of what it scored ("1005 assessments scored in … ms.").
    const shown = await page.evaluate(() => /^(\d+)/.exec(document.querySelector('[data-testid="comparison-status"]')?.textContent ?? '')?.[1]);
    const pick = (list: Timed[], k: keyof Timed) => stat(list.map((t) => t[k] ?? NaN).filter((v) => Number.isFinite(v)));
    return {
      open: pick(open, 'outside'),
      openShown: pick(open, 'shown'),
      openFree: pick(open, 'free'),
      reopen: pick(reopen, 'outside'),
      reopenShown: pick(reopen, 'shown'),
      reopenFree: pick(reopen, 'free'),
      sort: pick(sorts, 'outside'),
      sortFree: pick(sorts, 'free'),
      columns: Number(shown),
    };
  } catch (e) {
    log(`stopped: ${(e as Error).message.split('\n')[0]}`);
    // What the page showed, for the one who reads the log.
    const shot = '/tmp/bench-compare-stopped.png';
    await browser
      .contexts()[0]
      ?.pages()[0]
      ?.screenshot({ path: shot, timeout: 10_000 })
      .then(() => log(`screenshot: ${shot}`))
      .catch(() => {});
    return { error: (e as Error).message.split('\n')[0] };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);

export function compareLines(r: CompareReport): string[] {
  const lines = [
    `Node: score ${N} assessments ${ms(r.node.score.median)} (p95 ${ms(r.node.score.p95)}); build the comparison from their scores ${ms(r.node.build.median)} (p95 ${ms(r.node.build.p95)}); ${r.node.score.runs} runs`,
  ];
  const b = r.browser;
  if ('error' in b) lines.push(`Built app: not measured (${b.error})`);
  else {
    const f = (x: Stat) => `median ${ms(x.median)}, p95 ${ms(x.p95)} (${x.runs} run${x.runs === 1 ? '' : 's'})`;
    lines.push(
      `Built app, Compare view, ${N} assessments + 5 demo (the view says ${b.columns} scored); click → the rendered grid shows it (polled every frame, outside the app) / the app's ssc:comparison-shown mark / the main thread free again:`,
    );
    lines.push(`  open (score ${N + 5}, build, first paint): ${f(b.open)}; mark ${ms(b.openShown.median)}; free ${ms(b.openFree.median)}`);
    lines.push(`  re-open with the scores kept: ${f(b.reopen)}; mark ${ms(b.reopenShown.median)}; free ${ms(b.reopenFree.median)}`);
    lines.push(`  sort by an assessment's column (header click): ${f(b.sort)}; free ${ms(b.sortFree.median)}`);
  }
  return lines;
}
