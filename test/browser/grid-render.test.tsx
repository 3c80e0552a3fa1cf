import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createThroughForm, freshAppPerTest, typeInto } from './helpers';
import { col, type KpiGrid } from '../../src/ui/grid';
import type { Scores } from '../../src/engine/types';

const { mount } = freshAppPerTest();
const NET = 'EC: ICT: ICT: 1C|';
const BROADBAND = 'EC: ICT: ICT: 2C|';

beforeAll(async () => {
  await page.viewport(1400, 900);
});

/** The text on screen of a row's cell (the grid's master table, not its data). */
function screenText(grid: KpiGrid, physicalRow: number, key: Parameters<typeof col>[0]): string | null {
  const td = grid.handsontableForTests().getCell(grid.handsontableForTests().toVisualRow(physicalRow), col(key));
  return td ? td.textContent : null;
}

describe('edit → screen', () => {
  it('new scores redraw only the rows whose results changed, not the whole table, and the screen shows them', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Fastville');
    await userEvent.fill(a.scope.getByLabelText(/^Households/), '1000');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => grid.item(NET)?.flags.length).toBe(1); // a reminder: numerator to enter

    let inside = false;
    let fullRenders = 0;
    let calls = 0;
    const hot = grid.handsontableForTests();
    const render = hot.render.bind(hot);
    hot.render = () => {
      if (inside) fullRenders++;
      render();
    };
    const setScores = grid.setScores.bind(grid);
    grid.setScores = (s: Scores) => {
      inside = true;
      calls++;
      try {
        setScores(s);
      } finally {
        inside = false;
      }
    };
    const broadbandBefore = grid.handsontableForTests().getCell(grid.handsontableForTests().toVisualRow(grid.rowOf.get(BROADBAND)!), col('band'));

    await typeInto(grid, NET, 'numerator', '900');
    await expect.poll(() => screenText(grid, grid.rowOf.get(NET)!, 'band')).toBe('3 · 66–95 %');
    const category = grid.rows.findIndex((r) => r.kind === 'group' && r.code === 'EC: ICT: ICT');
    await expect.poll(() => screenText(grid, category, 'achievement')).toBe('75 %');
    expect(screenText(grid, 0, 'achievement')).toBe('75 %'); // the dimension row above, too
    expect(screenText(grid, grid.rowOf.get(NET)!, 'computed')).toBe('90');
    // The reminder on the numerator is gone from the screen.
    const numerator = grid.handsontableForTests().getCell(grid.handsontableForTests().toVisualRow(grid.rowOf.get(NET)!), col('numerator'))!;
    expect(numerator.classList.contains('cell-reminder')).toBe(false);
    expect(calls).toBeGreaterThan(0);
    expect(fullRenders).toBe(0);
    // A row whose result did not change kept its cell.
    expect(grid.handsontableForTests().getCell(grid.handsontableForTests().toVisualRow(grid.rowOf.get(BROADBAND)!), col('band'))).toBe(broadbandBefore);
  });
});

describe('a committed value redraws its own row, not every cell on screen', () => {
  it('draws the committed value, its scores and the groups above with a few dozen cells instead of some 450', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Rowville');
    await userEvent.fill(a.scope.getByLabelText(/^Households/), '1000');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => grid.item(NET)?.flags.length).toBe(1);
    // Every cell Handsontable draws itself goes through its afterRenderer hook.
    let drawn = 0;
    grid.handsontableForTests().addHook('afterRenderer', () => drawn++);
    const row = grid.rowOf.get(NET)!;
    grid.selectCell(NET, 'numerator');
    await userEvent.keyboard('900{Enter}');
    await expect.poll(() => screenText(grid, row, 'band')).toBe('3 · 66–95 %');
    expect(screenText(grid, row, 'numerator')).toBe('900');
    const category = grid.rows.findIndex((r) => r.kind === 'group' && r.code === 'EC: ICT: ICT');
    expect(screenText(grid, category, 'achievement')).toBe('75 %');
    // The selection moved down a row, the editor closed: no cell needed Handsontable's full redraw.
    expect(grid.handsontableForTests().getSelectedLast()?.[0]).toBe(grid.handsontableForTests().toVisualRow(row) + 1);
    expect(drawn).toBeLessThan(50);
  });

  it('a refused value is drawn as refused at once, with its reason, and never scored', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Refuseville');
    const row = grid.rowOf.get(NET)!;
    grid.selectCell(NET, 'numerator');
    await userEvent.keyboard('abc{Enter}');
    const td = () => grid.handsontableForTests().getCell(grid.handsontableForTests().toVisualRow(row), col('numerator'))!;
    expect(td().textContent).toBe('abc');
    expect(td().classList.contains('cell-error')).toBe(true);
    expect(td().title).not.toBe('');
    expect(grid.item(NET)?.value ?? null).toBeNull();
  });
});

describe('a committing Enter held for the scores (KpiGrid.holdEnter)', () => {
  /** The frames (requestAnimationFrame callbacks) in which `probe` first returned true. */
  function firstFrameWhere(probe: () => boolean): Promise<number> {
    return new Promise((resolve) => {
      let frame = 0;
      const tick = () => {
        frame++;
        if (probe()) resolve(frame);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  it('paints the typed value and its new points in the same frame', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Frameville');
    await userEvent.fill(a.scope.getByLabelText(/^Households/), '1000');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => grid.item(NET)?.flags.length).toBe(1);
    const row = grid.rowOf.get(NET)!;
    grid.selectCell(NET, 'numerator');
    await userEvent.keyboard('900');
    const valueFrame = firstFrameWhere(() => screenText(grid, row, 'numerator') === '900');
    const bandFrame = firstFrameWhere(() => screenText(grid, row, 'band') === '3 · 66–95 %');
    await userEvent.keyboard('{Enter}');
    const [v, b] = await Promise.all([valueFrame, bandFrame]);
    expect(b).toBe(v);
  });

  it('commits keys typed during the hold after the held Enter, in the order typed', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Quickville');
    grid.selectCell(NET, 'numerator');
    // One burst: the second value's keys arrive while the first Enter may still be held.
    await userEvent.keyboard('900{Enter}700{Enter}');
    const below = grid.rows[grid.rowOf.get(NET)! + 1];
    if (below.kind !== 'dp') throw new Error('the row below NET is not a data point');
    await expect.poll(() => grid.handsontableForTests().getDataAtRowProp(grid.rowOf.get(NET)!, 'numerator')).toBe('900');
    await expect.poll(() => grid.handsontableForTests().getDataAtRowProp(grid.rowOf.get(NET)! + 1, 'numerator')).toBe('700');
    const undo = grid.handsontableForTests().getPlugin('undoRedo') as unknown as { doneActions: unknown[] };
    expect(undo.doneActions).toHaveLength(2); // two commits, no stray editor opened and closed
  });

  it('commits after a timeout when the engine does not answer', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Slowville');
    await userEvent.fill(a.scope.getByLabelText(/^Households/), '1000');
    await userEvent.keyboard('{Enter}');
    const opts = (grid as unknown as { opts: { onHold?: () => Promise<unknown> | null } }).opts;
    let asked = 0;
    opts.onHold = () => {
      asked++;
      return new Promise(() => {}); // never settles (and stores nothing: the commit must)
    };
    await typeInto(grid, NET, 'numerator', '900');
    await expect.poll(() => grid.handsontableForTests().getDataAtRowProp(grid.rowOf.get(NET)!, 'numerator')).toBe('900');
    // Scored through the ordinary path (the worker's answer to the edit).
    await expect.poll(() => screenText(grid, grid.rowOf.get(NET)!, 'band')).toBe('3 · 66–95 %');
    expect(asked).toBe(1);
  });
});
