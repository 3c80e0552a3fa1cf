import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { assessmentIdOf, createThroughForm, freshAppPerTest, stored, typeInto, waitForGrid, type Mounted } from './helpers';

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
  await expect.poll(() => app.container.querySelector('#view-compare .comparison-host table.htCore') !== null).toBe(true);
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
  it('opens with the city series and its trend, adds other cities, sorts by a column and marks differences from the base', async () => {
    const app = await demo();
    const view = await openCompare(app);
    await expect.poll(() => headers(view).filter((h) => /^20\d\d · Demoville/.test(h)).length).toBe(3);
    expect(headers(view)).toContain('Trend: Demoville (fictional)');
    // What was compared, without a developer's timing (issue #25).
    await expect.poll(() => view.querySelector('[data-testid="comparison-status"]')?.textContent).toBe('3 assessments compared.');
    // Every trend cell says its status in words, not only by colour.
    await expect.poll(() => view.querySelectorAll('.comparison-host .ht_master td[data-status]').length).toBeGreaterThan(0);
    const status = view.querySelector('.comparison-host .ht_master td[data-status]')!;
    expect(status.textContent).toMatch(/target achieved|on track|acceleration needed|stagnating|moving away|insufficient data/);

    await userEvent.click(app.scope.getByRole('button', { name: 'All', exact: true }));
    await expect.poll(() => headers(view).length).toBe(2 + 5 + 1);
    expect(codes(view, 2)).toEqual(['', 'EC']);

    // Sort by Ferrum Heights' column: the rows are reordered by its values.
    const ferrum = [...view.querySelectorAll<HTMLElement>('.comparison-host .ht_clone_top thead th')].find((th) => th.textContent?.includes('· Ferrum'))!;
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
    // The chart's data point or score is found by a fragment of its name and picked with the keyboard (issue #24).
    const chartRow = app.scope.getByTestId('trend-chart-row');
    await userEvent.click(chartRow);
    await userEvent.keyboard('{Control>}a{/Control}wifi in publ');
    await expect.poll(() => [...view.querySelectorAll('[data-testid="trend-chart"] [role="option"]')].map((o) => o.textContent)).toHaveLength(1);
    await userEvent.keyboard('{Enter}');
    await expect.element(app.scope.getByTestId('trend-chart').getByRole('heading')).toHaveTextContent('Availability of WIFI in Public Areas');

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

describe('a series over the years: duplicated to the next year, edited, its trend followed', () => {
  /** The trend section of "explain this number" for the selected data point. */
  const trend = (app: Mounted) => app.container.querySelector<HTMLElement>('[data-testid="explain-trend"]');
  const text = (app: Mounted, id: string) => trend(app)?.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
  /** The trend cell of the Compare view's row of a data point (filtered to that row). */
  async function compareStatus(app: Mounted, view: HTMLElement): Promise<string> {
    await userEvent.fill(app.scope.getByRole('searchbox', { name: 'Filter rows' }), 'EC: ICT: ICT: 1C');
    await expect.poll(() => view.querySelector('.comparison-host .ht_master td[data-status]')?.textContent ?? '').not.toBe('');
    return view.querySelector('.comparison-host .ht_master td[data-status]')!.textContent!;
  }

  it('shows the values, growth rate, projected year and status in explain and the Compare view, and both follow an edit', async () => {
    const app = mount();
    let grid = await createThroughForm(app, 'Trendtown', '2024');
    // 50 % of households online in 2024 (reported directly); the reference target is 100 %.
    await typeInto(grid, NET, 'value', '50');
    grid.selectCell(NET, 'value');
    await expect.poll(() => trend(app)?.textContent ?? '').toContain('No other year of Trendtown');

    // Duplicate as next year, from the library, and open 2025.
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Duplicate as next year: Trendtown 2024' }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Open Trendtown 2025' }));
    await expect.poll(() => app.container.querySelector('#wb-title')?.textContent).toContain('Trendtown 2025');
    grid = await waitForGrid(app);

    // 60 % in 2025: +20 % a year; at that rate 100 % is reached in 2028 (60 × 1.2³ ≥ 100), faster than the
    // 12.2 % a year needed from 2024 to 2030: on track.
    await typeInto(grid, NET, 'value', '60');
    grid.selectCell(NET, 'value');
    await expect.poll(() => text(app, 'trend-reach')).toBe('in 2028 at this rate');
    expect(text(app, 'trend-growth')).toBe('+20 % a year, compound (2024–2025)');
    expect(text(app, 'trend-status')).toMatch(/^▲ on track: the rate since the baseline is 1\.63 × the rate needed \(\+12\.2 % a year\)$/);
    expect(trend(app)!.querySelector('[data-testid="trend-status"]')!.getAttribute('data-status')).toBe('on-track');
    expect(text(app, 'trend-basis')).toContain('the target that scores the latest assessment: 100 %');
    expect(text(app, 'trend-basis')).toContain('the 2030 Agenda deadline (2030)');
    const rows = [...trend(app)!.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(rows).toEqual(['202450 %', '2025 (this assessment)60 %']);
    expect(trend(app)!.querySelector('.explain-trend-method')?.textContent).toContain('(latest ÷ baseline)^(1 ÷ years) − 1');

    let view = await openCompare(app);
    expect(await compareStatus(app, view)).toBe('▲ on track');
    // Two years of one city: their wheels side by side, with what changed.
    const wheels = view.querySelector<HTMLElement>('[data-testid="two-wheels"]')!;
    expect(wheels.querySelectorAll('canvas[role="img"]')).toHaveLength(2);
    expect(wheels.querySelector('[data-testid="wheels-summary"]')?.textContent).toMatch(/^From 2024 to 2025: /);
    expect(wheels.querySelector('[data-testid="wheels-table"] tbody tr')?.textContent).toContain('Overall');

    // 45 % in 2025: below the baseline, moving away; never reached at this rate.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    await typeInto(grid, NET, 'value', '45');
    grid.selectCell(NET, 'value');
    await expect.poll(() => text(app, 'trend-status')).toMatch(/^▼ moving away/);
    expect(text(app, 'trend-reach')).toBe('not at this rate');
    expect(text(app, 'trend-growth')).toBe('-10 % a year, compound (2024–2025)');
    view = await openCompare(app);
    expect(await compareStatus(app, view)).toBe('▼ moving away');

    // An own target already met: achieved, against the city's own target.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    grid.selectCell(NET, 'value');
    await expect.poll(() => trend(app) !== null && app.container.querySelector('[data-testid="own-target"]') !== null).toBe(true);
    await userEvent.fill(app.scope.getByLabelText('Own target (%)'), '40');
    await userEvent.click(app.scope.getByRole('button', { name: 'Save own target' }));
    await expect.poll(() => text(app, 'trend-reach')).toBe('already reached (2025)');
    expect(text(app, 'trend-basis')).toContain("the city's own target: 40 %");
  });
});
