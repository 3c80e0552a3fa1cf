import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cellElement, createThroughForm, freshAppPerTest, onlyAssessmentId, stored } from './helpers';

const ID = 'SC: EH: ED: 4C|';
const fresh = freshAppPerTest();

// The grid itself shows from 700 px up; below, one data point at a time (grid-narrow.test.tsx).
beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('replacing a target in the grid', () => {
  it('a number overrides the reference target, "none" removes the benchmark, blank restores the reference; bad text is refused', async () => {
    const app = fresh.mount();
    const name = fresh.dbName();
    const grid = await createThroughForm(app, 'Targetville');
    const row = grid.rowOf.get(ID)!;
    grid.handsontableForTests().setDataAtRowProp(row, 'value', '80');
    await expect.poll(() => grid.item(ID)?.state).toBe('scored');
    const reference = grid.item(ID)!.target;
    expect(grid.item(ID)!.targetOrigin).toBe('reference');

    grid.handsontableForTests().setDataAtRowProp(row, 'target', '80');
    await expect.poll(() => grid.item(ID)?.targetOrigin).toBe('override');
    expect(grid.item(ID)).toMatchObject({ target: 80, achievement: 1, points: 4 });
    expect(cellElement(grid, ID, 'target')?.classList.contains('cell-override')).toBe(true);

    // Handsontable reuses cell elements: the mark must not stay on the cell once the target is reset.
    grid.handsontableForTests().setDataAtRowProp(row, 'target', '');
    await expect.poll(() => grid.item(ID)?.targetOrigin).toBe('reference');
    expect(cellElement(grid, ID, 'target')?.classList.contains('cell-override')).toBe(false);

    grid.handsontableForTests().setDataAtRowProp(row, 'target', 'none');
    await expect.poll(() => grid.item(ID)?.state).toBe('unbenchmarked');

    grid.handsontableForTests().setDataAtRowProp(row, 'target', 'lots');
    // The refusal is drawn on the cell (the positive signal); by then the edit has been decided on.
    await expect.poll(() => cellElement(grid, ID, 'target')?.getAttribute('aria-description')).toMatch(/"lots" is not a target/);
    expect(grid.item(ID)?.state).toBe('unbenchmarked');

    grid.handsontableForTests().setDataAtRowProp(row, 'target', '');
    await expect.poll(() => grid.item(ID)?.targetOrigin).toBe('reference');
    expect(grid.item(ID)!.target).toBe(reference);

    // The override is stored with the assessment, like any other edit.
    grid.handsontableForTests().setDataAtRowProp(row, 'target', '90');
    await expect.poll(() => grid.item(ID)?.target).toBe(90);
    const docId = await onlyAssessmentId(name);
    await expect.poll(async () => (await stored(name, docId))?.targets[ID]).toEqual({ target: 90 });
  });
});
