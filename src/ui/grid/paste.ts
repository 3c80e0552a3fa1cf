/**
 * Paste that cannot land in the wrong place. Handsontable pastes a block into consecutive rows, hidden
 * ones included, and cuts what does not fit. Here a pasted block goes, line by line, only to the data
 * point rows on screen from the selected row down: group rows (dimension, sub-dimension, category) and
 * rows hidden by a filter or a collapsed group are skipped and counted, so a column laid out like the
 * values CSV (one line per data point) lands on its data points. A block with more lines than the data
 * point rows left, or more columns than the grid has, is refused whole, never cut.
 */

/** What the planner needs to know about the grid (visual indexes). */
export interface PasteTarget {
  rowCount: number;
  colCount: number;
  isHidden: (row: number) => boolean;
  isGroup: (row: number) => boolean;
  isReadOnly: (row: number, col: number) => boolean;
  /** Columns hidden by the column set shown: pasted columns skip them, as lines skip hidden rows. */
  isColHidden: (col: number) => boolean;
}

export interface Selection {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type PastePlan =
  | {
      ok: true;
      /** [visual row, column, text] for setDataAtCell. */
      changes: [number, number, string][];
      rows: number;
      groupsSkipped: number;
      hiddenSkipped: number;
      /** Non-empty pasted values that fell on cells that cannot be edited. */
      readOnlyDropped: number;
      first: [number, number];
      last: [number, number];
    }
  | { ok: false; reason: 'rows'; lines: number; available: number }
  | { ok: false; reason: 'columns'; width: number; available: number };

export function planPaste(target: PasteTarget, data: string[][], sel: Selection): PastePlan {
  const lines = data.length;
  const width = Math.max(0, ...data.map((l) => l.length));
  if (lines === 0 || width === 0)
    return { ok: true, changes: [], rows: 0, groupsSkipped: 0, hiddenSkipped: 0, readOnlyDropped: 0, first: [sel.top, sel.left], last: [sel.top, sel.left] };
  // One value over a larger selection fills every data point cell of the selection on screen.
  const fill = lines === 1 && width === 1 && (sel.bottom > sel.top || sel.right > sel.left);
  const shownCols = range(sel.left, fill ? sel.right : target.colCount - 1).filter((c) => !target.isColHidden(c));
  if (!fill && width > shownCols.length) return { ok: false, reason: 'columns', width, available: shownCols.length };

  const rowsTo: number[] = [];
  let groupsSkipped = 0;
  let hiddenSkipped = 0;
  const needed = fill ? Infinity : lines;
  const lastRow = fill ? sel.bottom : target.rowCount - 1;
  let pendingGroups = 0;
  let pendingHidden = 0;
  for (let r = sel.top; r <= lastRow && rowsTo.length < needed; r++) {
    if (target.isHidden(r)) pendingHidden++;
    else if (target.isGroup(r)) pendingGroups++;
    else {
      rowsTo.push(r);
      // Rows skipped before the first data point row or between two of them count; after the last, not.
      if (rowsTo.length > 1 || !fill) {
        groupsSkipped += pendingGroups;
        hiddenSkipped += pendingHidden;
      }
      pendingGroups = 0;
      pendingHidden = 0;
    }
  }
  if (!fill && rowsTo.length < lines) {
    return { ok: false, reason: 'rows', lines, available: rowsTo.length };
  }

  const changes: [number, number, string][] = [];
  let readOnlyDropped = 0;
  const colsTo = fill ? shownCols : shownCols.slice(0, width);
  rowsTo.forEach((row, i) => {
    colsTo.forEach((col, j) => {
      const text = fill ? data[0][0] : (data[i][j] ?? '');
      if (target.isReadOnly(row, col)) {
        if (text.trim() !== '') readOnlyDropped++;
        return;
      }
      changes.push([row, col, text]);
    });
  });
  return {
    ok: true,
    changes,
    rows: rowsTo.length,
    groupsSkipped,
    hiddenSkipped,
    readOnlyDropped,
    first: [rowsTo[0] ?? sel.top, colsTo[0]],
    last: [rowsTo[rowsTo.length - 1] ?? sel.top, colsTo[colsTo.length - 1]],
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
