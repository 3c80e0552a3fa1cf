import { describe, expect, it } from 'vitest';
import type { CellChange } from 'handsontable/base';
import { keepShownRows, type RowsShown } from '../../src/ui/grid/shown-only';

/** Rows: g = group (shown), d = data point, h = hidden data point, H = hidden group. */
const rows = (layout: string): RowsShown => ({
  isHidden: (r) => layout[r] === 'h' || layout[r] === 'H',
  isGroup: (r) => layout[r] === 'g' || layout[r] === 'H',
});
const changes = (...rs: number[]): (CellChange | null)[] => rs.map((r) => [r, 'note', 'old', 'new']);

describe('keepShownRows', () => {
  it('cancels the changes of a multi-cell action on hidden and group rows, counting the hidden data point rows and cells', () => {
    const c = [...changes(0, 1, 2, 3, 4, 5), [2, 'source', 'x', null] as CellChange];
    expect(keepShownRows(c, 'edit', rows('dghHhd'))).toEqual({ rows: 2, cells: 3 });
    expect(c.map((x) => x?.[0] ?? null)).toEqual([0, null, null, null, null, 5, null]);
  });

  it('applies whatever the source (cut, an autofill, a source Handsontable adds later)', () => {
    for (const source of ['CopyPaste.cut', 'Autofill.fill', 'edit', 'someNewAction']) {
      const c = changes(0, 1);
      expect(keepShownRows(c, source, rows('dh'))).toEqual({ rows: 1, cells: 1 });
      expect(c[1]).toBeNull();
    }
  });

  it('leaves a single cell, undo, redo, paste and loading alone', () => {
    const single = changes(1);
    expect(keepShownRows(single, 'edit', rows('dh'))).toEqual({ rows: 0, cells: 0 });
    expect(single[0]).not.toBeNull();
    for (const source of ['UndoRedo.undo', 'UndoRedo.redo', 'CopyPaste.paste', 'loadData', 'ssc.reread']) {
      const c = changes(0, 1);
      expect(keepShownRows(c, source, rows('dh'))).toEqual({ rows: 0, cells: 0 });
      expect(c.every((x) => x !== null)).toBe(true);
    }
  });

  it('counts only changes still to be made (an earlier hook may have cancelled some)', () => {
    const c: (CellChange | null)[] = [null, ...changes(1)];
    expect(keepShownRows(c, 'edit', rows('dh'))).toEqual({ rows: 0, cells: 0 });
  });
});
