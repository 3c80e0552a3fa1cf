import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { assessmentIdOf, freshAppPerTest, stored, waitForGrid, type Mounted } from './helpers';

/** Own targets, the Compare view, its trend, ranking and charts (issue #14). */
const NET = 'EC: ICT: ICT: 1C|';
const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});
afterAll(async () => {
  await page.viewport(1280, 800);
});

async function demo(): Promise<Mounted> {
  const app = mount();
  await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
  await waitForGrid(app);
  return app;
}

async function openCompare(app: Mounted): Promise<HTMLElement> {
  await userEvent.click(app.scope.getByRole('tab', { name: 'Compare years and cities' }));
  await expect.poll(() => app.container.querySelector('#view-compare .comparison-host table.htCore') !== null, { timeout: 15_000 }).toBe(true);
  return app.container.querySelector<HTMLElement>('#view-compare')!;
}

/** The texts of the visible header cells of the comparison grid (the main table). */
const headers = (view: HTMLElement) =>
  [...view.querySelectorAll('.comparison-host .ht_master thead th .colHeader')].map((e) => e.textContent ?? '').filter((t) => t !== '');
/** The code column of the first `n` visible rows (the frozen copy of the first columns). */
const codes = (view: HTMLElement, n = 4) =>
  [...view.querySelectorAll('.comparison-host .ht_clone_inline_start tbody tr')].slice(0, n).map((tr) => tr.querySelector('td')?.textContent ?? '');

describe("the city's own target and deadline", () => {
  it('is entered in the explain panel beside the reference target, labelled, and stored in the assessment', async () => {
    const app = await demo();
    const grid = await waitForGrid(app);
    grid.selectCell(NET, 'numerator');
    const panel = app.container.querySelector<HTMLElement>('.explain')!;
    await expect.poll(() => panel.querySelector('[data-testid="own-target"]') !== null).toBe(true);
    // The reference target stays visible with its source.
    expect(panel.querySelector('.explain-target')?.textContent).toContain('Source');
    await userEvent.fill(app.scope.getByLabelText('Own target (%)'), '97');
    await userEvent.fill(app.scope.getByLabelText('Deadline (year)'), '2028');
    await userEvent.fill(app.scope.getByLabelText('Baseline value (%)'), '60');
    await userEvent.click(app.scope.getByRole('button', { name: 'Save own target' }));
    // Half a baseline is refused with a message, and nothing is stored.
    await expect.poll(() => panel.querySelector('.own-target-problems')?.textContent).toContain('A baseline needs both its value and its year.');
    await userEvent.fill(app.scope.getByLabelText('Baseline year'), '2019');
    await userEvent.click(app.scope.getByRole('button', { name: 'Save own target' }));
    const id = await assessmentIdOf(dbName(), 'Demoville (fictional)', 2025);
    await expect.poll(async () => (await stored(dbName(), id))?.ownTargets?.[NET]).toEqual({ target: 97, deadline: 2028, baseline: 60, baselineYear: 2019 });
    expect(panel.querySelector('[data-testid="own-target-summary"]')?.textContent).toBe('target 97 %, by 2028, from 60 % in 2019');
    await userEvent.click(app.scope.getByRole('button', { name: 'Remove own target' }));
    await expect.poll(async () => (await stored(dbName(), id))?.ownTargets).toBeUndefined();
  });
});

describe('the comparison of assessments', () => {
  it('opens with the city series and its trend, adds other cities, sorts by a column and marks differences from the base', { timeout: 60_000 }, async () => {
    const app = await demo();
    const view = await openCompare(app);
    await expect.poll(() => headers(view).filter((h) => h.startsWith('Demoville')).length).toBe(3);
    expect(headers(view)).toContain('Trend: Demoville (fictional)');
    // Every trend cell says its status in words, not only by colour.
    await expect.poll(() => view.querySelectorAll('.comparison-host .ht_master td[data-status]').length).toBeGreaterThan(0);
    const status = view.querySelector('.comparison-host .ht_master td[data-status]')!;
    expect(status.textContent).toMatch(/target achieved|on track|acceleration needed|stagnating|moving away|insufficient data/);

    await userEvent.click(app.scope.getByRole('button', { name: 'All', exact: true }));
    await expect.poll(() => headers(view).length).toBe(2 + 5 + 1);
    expect(codes(view, 2)).toEqual(['', 'EC']);

    // Sort by Ferrum Heights' column: the rows are reordered by its values.
    const ferrum = [...view.querySelectorAll<HTMLElement>('.comparison-host .ht_clone_top thead th')].find((th) => th.textContent?.startsWith('Ferrum'))!;
    await userEvent.click(ferrum.querySelector('.colHeader')!);
    await expect.poll(() => codes(view, 2)).not.toEqual(['', 'EC']);

    await userEvent.selectOptions(view.querySelector<HTMLSelectElement>('[data-testid="comparison-base"]')!, 'Demoville (fictional) 2025');
    await expect
      .poll(() => view.querySelectorAll('.comparison-host .ht_master td.cmp-higher, .comparison-host .ht_master td.cmp-lower').length)
      .toBeGreaterThan(0);
    const marked = view.querySelector('.comparison-host .ht_master td.cmp-higher, .comparison-host .ht_master td.cmp-lower')!;
    expect(marked.textContent).toMatch(/^[▲▼] /);

    // The ranking of the three cities (latest year of each), with its table, and the trend chart with its table.
    await expect.poll(() => view.querySelectorAll('[data-testid="ranking-table"] tbody tr').length).toBe(3);
    const ranks = [...view.querySelectorAll('[data-testid="ranking-table"] tbody tr')].map((tr) => tr.querySelector('td')?.textContent);
    expect(ranks).toEqual(['1', '2', '3']);
    expect(view.querySelector('[data-testid="ranking"] canvas[role="img"]')?.getAttribute('aria-label')).toContain('Demoville (fictional) 2025');
    expect(view.querySelector('[data-testid="trend-chart"] canvas[role="img"]')?.getAttribute('aria-label')).toMatch(
      /Demoville \(fictional\): 2023 [\d.]+, 2024/,
    );
    expect(view.querySelectorAll('[data-testid="trend-chart"] tbody tr')).toHaveLength(5);

    // The filter keeps matching rows only.
    await userEvent.fill(app.scope.getByRole('searchbox', { name: 'Filter rows' }), 'EN: EN: AQ');
    await expect.poll(() => codes(view, 50).every((c) => c.startsWith('EN: EN: AQ'))).toBe(true);

    const result = await axe.run(view, { resultTypes: ['violations'] });
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
});
