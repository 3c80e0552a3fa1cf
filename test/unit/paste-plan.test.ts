import { describe, expect, it } from 'vitest';
import { planPaste, type PasteTarget } from '../../src/ui/grid/paste';

/** Rows: g = group, d = data point, h = hidden data point; 3 columns, column 1 read-only. */
function target(layout: string, opts: { hiddenCols?: number[] } = {}): PasteTarget {
  return {
    rowCount: layout.length,
    colCount: 3,
    isHidden: (r) => layout[r] === 'h',
    isGroup: (r) => layout[r] === 'g',
    isReadOnly: (_r, c) => c === 1,
    isColHidden: (c) => (opts.hiddenCols ?? []).includes(c),
  };
}
const at = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('planPaste', () => {
  it('places lines on data point rows only, counting the group and hidden rows it skips', () => {
    const plan = planPaste(target('gdhgdd'), [['a'], ['b'], ['c']], at(1, 0));
    expect(plan).toMatchObject({ ok: true, rows: 3, groupsSkipped: 1, hiddenSkipped: 1, readOnlyDropped: 0 });
    expect(plan.ok && plan.changes).toEqual([
      [1, 0, 'a'],
      [4, 0, 'b'],
      [5, 0, 'c'],
    ]);
  });
  it('refuses a block longer than the data point rows left, whole', () => {
    expect(planPaste(target('gdgd'), [['a'], ['b'], ['c']], at(1, 0))).toEqual({ ok: false, reason: 'rows', lines: 3, available: 2 });
  });
  it('refuses a block wider than the columns shown, and skips hidden columns', () => {
    expect(planPaste(target('d'), [['a', 'b', 'c']], at(0, 1))).toEqual({ ok: false, reason: 'columns', width: 3, available: 2 });
    const plan = planPaste(target('d', { hiddenCols: [1] }), [['a', 'b']], at(0, 0));
    expect(plan.ok && plan.changes).toEqual([
      [0, 0, 'a'],
      [0, 2, 'b'],
    ]);
  });
  it('counts values that fall on cells that cannot be edited', () => {
    const plan = planPaste(
      target('dd'),
      [
        ['a', 'x', 'c'],
        ['b', '', 'd'],
      ],
      at(0, 0),
    );
    expect(plan).toMatchObject({ ok: true, readOnlyDropped: 1 });
    expect(plan.ok && plan.changes.map((c) => c[2])).toEqual(['a', 'c', 'b', 'd']);
  });
  it('one value over a larger selection fills its data point cells shown', () => {
    const plan = planPaste(target('dgdhd'), [['7']], at(0, 0, 4, 0));
    expect(plan.ok && plan.changes).toEqual([
      [0, 0, '7'],
      [2, 0, '7'],
      [4, 0, '7'],
    ]);
  });
});
