import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { assessmentIdOf, cellElement, cellText, freshAppPerTest, stored, waitForGrid } from './helpers';

/** Which target set scores the assessment (issue #14): the choice, the grid, "explain this number" and the report. */
const NET = 'EC: ICT: ICT: 1C|';
const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});
afterAll(async () => {
  await page.viewport(1280, 800);
});

describe('scoring against own targets', () => {
  it('an own target scores its row once the assessment is switched to own targets; the report says so; switching back restores the points', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);
    const before = {
      target: cellText(grid, NET, 'target'),
      band: cellText(grid, NET, 'band'),
      overall: app.container.querySelector('[data-testid="summary-headline"]')?.textContent,
    };
    expect(before.target).toBe('100');
    expect(before.band).not.toMatch(/^4 /);

    // An own target of 10 % by 2028 for one data point: shown, but the reference set still scores.
    grid.selectCell(NET, 'numerator');
    const panel = app.container.querySelector<HTMLElement>('.explain')!;
    await expect.poll(() => panel.querySelector('[data-testid="own-target"]') !== null).toBe(true);
    await userEvent.fill(app.scope.getByLabelText('Own target (%)'), '10');
    await userEvent.fill(app.scope.getByLabelText('Deadline (year)'), '2028');
    await userEvent.click(app.scope.getByRole('button', { name: 'Save own target' }));
    const id = await assessmentIdOf(dbName(), 'Demoville (fictional)', 2025);
    await expect.poll(async () => (await stored(dbName(), id))?.ownTargets?.[NET]).toEqual({ target: 10, deadline: 2028 });
    expect(cellText(grid, NET, 'band')).toBe(before.band);
    const choice = app.container.querySelector<HTMLElement>('[data-testid="scoring-targets"]')!;
    expect(choice.querySelector('[data-testid="scoring-targets-in-force"]')?.textContent).toBe('Scored against the reference targets.');
    await expect
      .poll(() => panel.querySelector('[data-testid="explain-scoring-target"]')?.textContent)
      .toContain("this data point's own target is shown but does not score");

    // Switched to own targets: the row's target and points change, marked ◆ in the grid, and said.
    await userEvent.click(app.scope.getByRole('radio', { name: "The city's own targets where set" }));
    await expect.poll(() => cellText(grid, NET, 'target')).toBe('10');
    await expect.poll(() => cellText(grid, NET, 'band')).toMatch(/^4 /);
    expect(cellElement(grid, NET, 'target')?.classList.contains('cell-own-target')).toBe(true);
    expect(choice.querySelector('[data-testid="scoring-targets-in-force"]')?.textContent).toBe(
      'Scored against own targets where set: 1 of 112 data points; the others against the reference targets.',
    );
    await expect.poll(async () => (await stored(dbName(), id))?.scoringTargets).toBe('own');
    grid.selectCell(NET, 'numerator');
    await expect
      .poll(() => panel.querySelector('[data-testid="explain-scoring-target"]')?.textContent)
      .toBe("This number is scored against the city's own target (deadline 2028).");
    expect(app.container.querySelector('[data-testid="grid-legend"]')?.textContent).toContain("◆: the city's own target scores this row");
    expect((await axe.run(choice, { resultTypes: ['violations'] })).violations).toEqual([]);

    // The report states the set and shows both targets of that row.
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    await expect
      .poll(() => app.container.querySelector('[data-testid="report-scoring-targets"]')?.textContent)
      .toBe('Scored against own targets where set: 1 of 112 data points; the others against the reference targets.');
    const row = app.container.querySelector<HTMLElement>(`[data-testid="report-kpis"] tr[data-id="${NET}"]`)!;
    expect(row.textContent).toContain('◆ 10 % (own target)');
    expect(row.textContent).toContain('reference: 100 %');

    // Back to the reference targets: the old target and points return.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid', exact: true }));
    await userEvent.click(app.scope.getByRole('radio', { name: 'Reference targets' }));
    await expect.poll(() => cellText(grid, NET, 'target')).toBe('100');
    await expect.poll(() => cellText(grid, NET, 'band')).toBe(before.band);
    await expect.poll(() => app.container.querySelector('[data-testid="summary-headline"]')?.textContent).toBe(before.overall);
    await expect.poll(async () => (await stored(dbName(), id))?.scoringTargets).toBe('reference');
  });
});
