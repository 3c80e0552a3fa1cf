/**
 * One rule for every action over a selection: it changes only the data point rows on screen.
 *
 * Handsontable applies Delete, Backspace, cut (Ctrl+X), Ctrl+Enter (one value into every selected
 * cell), autofill and its other range actions to every row between the selection's corners, rows
 * hidden by a filter ("To enter", Errors, Core KPIs only, a find, …) or a collapsed group included:
 * a Delete over two rows shown under "To enter" emptied the complete rows hidden between them, saved
 * at once with no word (issue #33). Paste plans its lines onto the rows shown (paste.ts); every other
 * change of more than one cell passes here, in the grid's `beforeChange`, whatever its source, so a
 * new action or a new filter is covered without a case of its own.
 *
 * Left alone: a change of a single cell (typing, F2, the narrow layout's `writeCell`: the cell is the
 * one the user is on), undo and redo (they put back exactly what an action changed), and the grid's
 * own programmatic changes listed in `ANY_ROW_SOURCES`.
 */
import type { CellChange } from 'handsontable/base';

/** Sources whose changes may touch any row: loading, undo/redo, paste (planned on the rows shown), the decimal reread. */
export const ANY_ROW_SOURCES: ReadonlySet<string> = new Set(['loadData', 'updateData', 'UndoRedo.undo', 'UndoRedo.redo', 'CopyPaste.paste', 'ssc.reread']);

/** What the rule needs to know of a row (the change's row index, as Handsontable gives it). */
export interface RowsShown {
  isHidden: (row: number) => boolean;
  isGroup: (row: number) => boolean;
}

/** What an action left out: the hidden data point rows it would have changed, and their cells. */
export interface Skipped {
  rows: number;
  cells: number;
}

/**
 * Cancels (sets to null, as Handsontable's `beforeChange` allows) each change of a multi-cell action
 * that falls on a hidden row or a group row; returns what was left out of hidden data point rows.
 */
export function keepShownRows(changes: (CellChange | null)[], source: string, rows: RowsShown): Skipped {
  const skipped: Skipped = { rows: 0, cells: 0 };
  if (ANY_ROW_SOURCES.has(source)) return skipped;
  if (changes.filter((c) => c !== null).length <= 1) return skipped;
  const hiddenRows = new Set<number>();
  changes.forEach((change, i) => {
    if (!change) return;
    const row = change[0];
    const hidden = rows.isHidden(row);
    if (!hidden && !rows.isGroup(row)) return;
    changes[i] = null;
    // A group row holds no input: nothing of the user's is left out there.
    if (!hidden || rows.isGroup(row)) return;
    hiddenRows.add(row);
    skipped.cells++;
  });
  skipped.rows = hiddenRows.size;
  return skipped;
}
