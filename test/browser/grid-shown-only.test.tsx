/**
 * Every action over a selection changes only the data point rows on screen (src/ui/grid/shown-only.ts):
 * for each action (Delete, Backspace, cut, Ctrl+Enter) under each way rows are hidden ("To enter",
 * Errors, a collapsed group), the rows hidden between the selection's corners keep their stored values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createThroughForm, freshAppPerTest, onlyAssessmentId, stored, type Mounted } from './helpers';
import { col, type DpRow } from '../../src/ui/grid/columns';
import type { KpiGrid } from '../../src/ui/grid';

const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const message = (a: Mounted) => a.container.querySelector('[data-testid="grid-message"]')?.textContent ?? '';
const editable = (r: DpRow) => r.ratio && !r.profileField;

/** Four data point rows in a row (group rows between them allowed), each with an editable numerator and denominator. */
function fourInARow(grid: KpiGrid): string[] {
  const dps = grid.rows.filter((r): r is DpRow => r.kind === 'dp');
  for (let i = 0; i + 3 < dps.length; i++) {
    const run = dps.slice(i, i + 4);
    if (run.every(editable)) return run.map((r) => r.ref.id);
  }
  throw new Error('no four ratio rows in a row');
}

/** A category whose data points all have an editable numerator and denominator, with such a row just before and after it. */
function categoryBetween(grid: KpiGrid): { before: string; inside: string[]; after: string; code: string } {
  const dps = grid.rows.filter((r): r is DpRow => r.kind === 'dp');
  const categories = [...new Set(dps.map((r) => r.parents[r.parents.length - 1]))];
  for (const code of categories) {
    const inside = dps.filter((r) => r.parents[r.parents.length - 1] === code);
    const first = dps.indexOf(inside[0]);
    const before = dps[first - 1];
    const after = dps[first + inside.length];
    if (before && after && inside.length >= 2 && [before, ...inside, after].every(editable)) {
      return { before: before.ref.id, inside: inside.map((r) => r.ref.id), after: after.ref.id, code };
    }
  }
  throw new Error('no such category');
}

async function storedValues(): Promise<Record<string, { numerator?: unknown; denominator?: unknown }>> {
  const doc = await stored(dbName(), await onlyAssessmentId(dbName()));
  return (doc?.values ?? {}) as Record<string, { numerator?: unknown; denominator?: unknown }>;
}

async function writeAndWait(grid: KpiGrid, cells: [string, 'numerator' | 'denominator', string][]): Promise<void> {
  for (const [id, key, text] of cells) grid.writeCell(id, key, text);
  const [id, key, text] = cells[cells.length - 1];
  await expect.poll(async () => String((await storedValues())[id]?.[key] ?? '')).toBe(text);
}

type Action = 'Delete' | 'Backspace' | 'cut' | 'Ctrl+Enter';
const ACTIONS: Action[] = ['Delete', 'Backspace', 'cut', 'Ctrl+Enter'];

async function act(action: Action): Promise<void> {
  if (action === 'Delete') await userEvent.keyboard('{Delete}');
  else if (action === 'Backspace') await userEvent.keyboard('{Backspace}');
  else if (action === 'cut') await userEvent.keyboard('{Control>}x{/Control}');
  else await userEvent.keyboard('9{Control>}{Enter}{/Control}');
}

/** What an action leaves in a shown row's numerator. */
const shownAfter = (action: Action) => (action === 'Ctrl+Enter' ? 9 : undefined);

interface Setup {
  shown: [string, string];
  hidden: string[];
}

const SETUPS: Record<string, (a: Mounted, grid: KpiGrid) => Promise<Setup>> = {
  '"To enter"': async (a, grid) => {
    const [first, b, c, last] = fourInARow(grid);
    // The first and last half filled (a denominator to enter), the two between complete.
    await writeAndWait(grid, [
      [b, 'numerator', '30'],
      [b, 'denominator', '60'],
      [c, 'numerator', '40'],
      [c, 'denominator', '80'],
      [first, 'numerator', '10'],
      [last, 'numerator', '20'],
    ]);
    await userEvent.click(a.scope.getByTestId('filter-reminder'));
    return { shown: [first, last], hidden: [b, c] };
  },
  Errors: async (a, grid) => {
    const [first, b, c, last] = fourInARow(grid);
    // The first and last refused (text in a number cell), the two between complete and valid.
    await writeAndWait(grid, [
      [b, 'numerator', '30'],
      [b, 'denominator', '60'],
      [c, 'numerator', '40'],
      [c, 'denominator', '80'],
      [first, 'numerator', 'abc'],
      [first, 'denominator', '50'],
      [last, 'numerator', 'xyz'],
      [last, 'denominator', '50'],
    ]);
    await userEvent.click(a.scope.getByTestId('filter-error'));
    return { shown: [first, last], hidden: [b, c] };
  },
  'a collapsed group': async (_a, grid) => {
    const { before, inside, after, code } = categoryBetween(grid);
    await writeAndWait(grid, [
      ...inside.flatMap((id, i): [string, 'numerator' | 'denominator', string][] => [
        [id, 'numerator', String(10 + i)],
        [id, 'denominator', String(100 + i)],
      ]),
      [before, 'numerator', '1'],
      [after, 'numerator', '2'],
    ]);
    grid.toggle(code);
    return { shown: [before, after], hidden: inside };
  },
};

describe('an action over a selection changes only the rows shown', () => {
  for (const [filter, setup] of Object.entries(SETUPS)) {
    for (const action of ACTIONS) {
      it(`${action} under ${filter} leaves the hidden rows unchanged in storage and says so`, async () => {
        const a = mount();
        const grid = await createThroughForm(a, 'Hiddenville');
        const { shown, hidden } = await setup(a, grid);
        const hiddenRows = grid.handsontableForTests().getPlugin('hiddenRows');
        await expect.poll(() => hidden.map((id) => hiddenRows.isHidden(grid.rowOf.get(id)!))).toEqual(hidden.map(() => true));
        expect(shown.map((id) => hiddenRows.isHidden(grid.rowOf.get(id)!))).toEqual([false, false]);
        const before = await storedValues();
        const hiddenBefore = hidden.map((id) => before[id]);
        expect(hiddenBefore.every((v) => v?.numerator !== undefined && v?.denominator !== undefined)).toBe(true);

        grid.handsontableForTests().selectCell(grid.rowOf.get(shown[0])!, col('numerator'), grid.rowOf.get(shown[1])!, col('denominator'));
        await act(action);

        // The shown rows changed (emptied, or 9 written), and that reached storage.
        await expect.poll(async () => (await storedValues())[shown[1]]?.numerator).toBe(shownAfter(action));
        expect((await storedValues())[shown[0]]?.numerator).toBe(shownAfter(action));
        // The hidden rows between them did not.
        const after = await storedValues();
        expect(hidden.map((id) => after[id])).toEqual(hiddenBefore);
        expect(message(a)).toContain(`${hidden.length * 2} cells in ${hidden.length} hidden rows were left as they were`);
      });
    }
  }

  it('a single typed cell, undo and redo are not restricted: undo of a Delete puts back exactly what it emptied', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Undoville');
    const { shown, hidden } = await SETUPS['"To enter"'](a, grid);
    await expect.poll(() => grid.handsontableForTests().getPlugin('hiddenRows').isHidden(grid.rowOf.get(hidden[0])!)).toBe(true);
    grid.handsontableForTests().selectCell(grid.rowOf.get(shown[0])!, col('numerator'), grid.rowOf.get(shown[1])!, col('denominator'));
    await userEvent.keyboard('{Delete}');
    await expect.poll(async () => (await storedValues())[shown[0]]?.numerator).toBeUndefined();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(async () => [(await storedValues())[shown[0]]?.numerator, (await storedValues())[shown[1]]?.numerator]).toEqual([10, 20]);
    expect((await storedValues())[hidden[0]]).toMatchObject({ numerator: 30, denominator: 60 });
  });
});
