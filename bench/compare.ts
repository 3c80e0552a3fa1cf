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
const N = 1000;

export interface CompareReport {
  node: { score: Stat; build: Stat };
  browser: { open: Stat; reopen: Stat; sort: Stat; columns: number } | { error: string };
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

async function browserPart(quick: boolean): Promise<CompareReport['browser']> {
  try {
    await build({ root: ROOT, logLevel: 'error' });
  } catch (e) {
    return { error: `vite build: ${(e as Error).message.split('\n')[0]}` };
  }
  const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
    // tsx (esbuild, keepNames) wraps named functions inside the evaluated code in `__name(...)`.
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByRole('heading', { name: 'Assessments' }).waitFor({ timeout: 30_000 });
    const file = Buffer.from(JSON.stringify(workspaceDoc(workspaceDocs(u4ssc, N, referenceTargets.data.id))));
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'workspace.ssc.json', mimeType: 'application/json', buffer: file });
    await page.getByRole('button', { name: `Import ${N} assessments` }).click();
    await page.getByText(`Imported ${N} assessments.`).first().waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: DEMO_BUTTON }).click();
    await page.locator('[data-testid="grid"] .ht_master td').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Compare years and cities' }).click();
    await page.locator('[data-testid="comparison-grid"] table.htCore').first().waitFor({ timeout: 30_000 });
    const total = N + 5;

    /** Clicks a button in the page and waits until the grid shows `columns` assessments; ms from the click to the frame after. */
    const pick = (name: string, columns: number) =>
      page.evaluate(
        async ({ name, columns }) => {
          const button = [...document.querySelectorAll('[data-testid="comparison-view"] button')].find(
            (b) => b.textContent?.trim() === name,
          ) as HTMLButtonElement;
          const status = document.querySelector('[data-testid="comparison-status"]')!;
          const t0 = performance.now();
          button.click();
          await new Promise<void>((resolve) => {
            const check = () => {
              if (
                status.textContent?.startsWith(`${columns} assessments scored`) &&
                performance.getEntriesByName('ssc:comparison-shown').some((m) => m.startTime > t0)
              )
                resolve();
              else setTimeout(check, 5);
            };
            check();
          });
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          return performance.now() - t0;
        },
        { name, columns },
      );

    const open: number[] = [];
    const reopen: number[] = [];
    const sorts: number[] = [];
    const rounds = quick ? 2 : 5;
    for (let r = 0; r < rounds; r++) {
      // The first round scores every assessment; later ones find the scores kept.
      const t = await pick('All', total);
      (r === 0 ? open : reopen).push(t);
      await page.locator('[data-testid="comparison-view"]').getByRole('button', { name: 'None', exact: true }).click();
      await page.getByText('Pick at least one assessment.').waitFor();
    }
    await pick('All', total);
    // Sort by an assessment's column, alternately ascending and descending, to the next frame.
    for (let r = 0; r < (quick ? 6 : 20); r++) {
      sorts.push(
        await page.evaluate(async () => {
          const th = [...document.querySelectorAll<HTMLElement>('[data-testid="comparison-grid"] .ht_clone_top thead th')].find((h) =>
            h.textContent?.startsWith('Demoville'),
          )!;
          const first = () => document.querySelector('[data-testid="comparison-grid"] .ht_clone_inline_start tbody tr td')?.textContent;
          const before = first();
          const t0 = performance.now();
          for (const type of ['mousedown', 'mouseup', 'click']) th.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          const t = performance.now() - t0;
          if (first() === before) return -1;
          return t;
        }),
      );
    }
    const columns = await page.evaluate(() => document.querySelector('[data-testid="comparison-grid"] table.htCore')?.getAttribute('aria-colcount'));
    if (sorts.some((s) => s < 0)) return { error: 'a header click did not reorder the rows' };
    if (open.length === 0) return { error: 'no run' };
    return { open: stat(open), reopen: stat(reopen), sort: stat(sorts), columns: Number(columns) };
  } catch (e) {
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
    lines.push(`Built app, Compare view, ${N} assessments + 5 demo (grid aria-colcount ${b.columns}):`);
    lines.push(`  open (score, build, first paint): ${ms(b.open.median)} (${b.open.runs} run${b.open.runs === 1 ? '' : 's'})`);
    lines.push(`  re-open with the scores kept: median ${ms(b.reopen.median)}, p95 ${ms(b.reopen.p95)} (${b.reopen.runs} runs)`);
    lines.push(`  sort by a column, click to next frame: median ${ms(b.sort.median)}, p95 ${ms(b.sort.p95)} (${b.sort.runs} runs)`);
  }
  return lines;
}
