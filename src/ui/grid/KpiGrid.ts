/**
 * The KPI grid: one Handsontable row per data point, with header rows for dimension, sub-dimension and
 * category that collapse. Numeric inputs are text cells read with the engine's parseNumber, so rejected
 * text is kept as typed. Computed columns are written straight into the row objects (never through
 * setDataAtCell), so they are neither undoable nor echoed back as edits.
 *
 * This class wires the parts together: columns.ts (columns and rows), render.ts (computed text and
 * cell marks), editing.ts (changes in, edits out), groups.ts (collapsing and filters).
 */
import Handsontable from 'handsontable/base';
import type { CellChange, ChangeSource } from 'handsontable/base';
import { DropdownCellType, registerCellType } from 'handsontable/cellTypes';
import { CopyPaste, HiddenColumns, HiddenRows, UndoRedo, registerPlugin } from 'handsontable/plugins';
import type { AssessmentDoc } from '../../engine/assessment';
import type { Framework } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import { flagKey, type AggregateResult, type ItemResult, type Scores } from '../../engine/types';
import type { Edit } from '../../session';
import { inputText, readInput } from '../format';
import { shellWords } from '../strings';
import {
  buildRows,
  cellMeta,
  dpName,
  entryOf,
  col,
  COLUMN_SETS,
  columnSettings,
  COLUMNS,
  LICENSE_KEY,
  NUMERIC,
  reviewText,
  rowData,
  setShowing,
  WIDTHS,
  type ColumnKey,
  type ColumnSet,
  type GridLayout,
  type Level,
  type RowData,
  type RowMeta,
} from './columns';
import { canonicalise, changesToEdits } from './editing';
import { fitHeaders } from './header-fit';
import type { FlagCounts } from './flags';
import { collapseAll, flagCounts, hiddenRows, toggleGroup, type Filters } from './groups';
import { redecimalUndo } from './undo-decimal';
import { planPaste } from './paste';
import { keepShownRows } from './shown-only';
import type { FlagKind } from './flags';
import { cellMarks, createRenderer, fillComputed, fillComputedRow } from './render';
import { createState, rowIndex, type GridState } from './state';
import { findWords, matchesFind } from './find';
import { CORE_CSS } from './core-css';
import { datapointLabel } from '../strings/kpi-names';

registerCellType(DropdownCellType);
registerPlugin(CopyPaste);
registerPlugin(UndoRedo);
registerPlugin(HiddenRows);
registerPlugin(HiddenColumns);

export interface GridOptions {
  fw: Framework;
  decimal: () => DecimalStyle;
  height: number;
  onEdits: (edits: Edit[]) => void;
  /**
   * Offered the edits of a committing Enter before Handsontable commits them: to store them and get
   * their scores ready. The grid holds the Enter until the promise settles (see `holdEnter`); null:
   * do not hold, commit as usual.
   */
  onHold?: (edits: Edit[]) => Promise<unknown> | null;
  /** The reference target of a data point (null: no benchmark), to tell an override from the reference. */
  referenceTarget: (id: string) => number | null;
  onSelect: (id: string | null) => void;
  /** A dimension, sub-dimension or category row was selected (after `onSelect(null)`): its code, to explain it. */
  onSelectGroup?: (code: string) => void;
  /** How many data points carry an error, a warning or a reminder; called each time the grid has shown new scores, refused an edit or changed which rows show. */
  onCounts?: (counts: FlagCounts) => void;
  /** A message about what the grid did or refused (a paste), to show beside it; null clears it. */
  onMessage?: (text: string | null) => void;
  /** The column set shown changed (also when selecting a cell of a hidden column switched it). */
  onColumnSet?: (set: ColumnSet) => void;
  /** The column set shown first (default: inputs and results). */
  columnSet?: ColumnSet;
  /** The framework the assessment names, as the grid follows it (see `setLayout`); none: U4SSC in catalogue order. */
  layout?: GridLayout | null;
}

export class KpiGrid {
  // The grid's own: the UI calls the methods below (ESLint forbids reaching in), tests the accessor at the end.
  private readonly hot: Handsontable;
  private readonly state: GridState;
  private shownSet: ColumnSet;
  /** The layout the rows follow (null: U4SSC in catalogue order). */
  private layout: GridLayout | null;
  private readonly renderer: ReturnType<typeof createRenderer>;

  constructor(
    host: HTMLElement,
    private readonly opts: GridOptions,
  ) {
    this.layout = opts.layout ?? null;
    this.state = createState(opts.fw, buildRows(opts.fw, this.layout ?? undefined), opts.decimal);
    this.renderer = createRenderer(this.state);
    this.shownSet = opts.columnSet ?? 'work';
    this.hot = new Handsontable(host, {
      ...CORE_CSS,
      data: [],
      columns: columnSettings(this.renderer),
      colHeaders: COLUMNS.map((k) => shellWords.columns[k]),
      colWidths: COLUMNS.map((k) => WIDTHS[k]),
      rowHeaders: false,
      fixedColumnsStart: 2,
      height: opts.height,
      width: '100%',
      wordWrap: false,
      autoWrapRow: false,
      autoWrapCol: false,
      undo: true,
      copyPaste: true,
      hiddenRows: { rows: [], indicators: false },
      hiddenColumns: { columns: hiddenOf(opts.columnSet ?? 'work'), indicators: false },
      outsideClickDeselects: false,
      licenseKey: LICENSE_KEY,
      cells: (row, column) => cellMeta(this.rows, row, column),
      beforeChange: (changes, source) => this.beforeChange(changes, source),
      beforeChangeRender: (changes, source) => this.beforeChangeRender(changes, source),
      afterChange: (changes, source) => this.afterChange(changes, source),
      beforePaste: (data) => {
        this.paste(data as unknown[][]);
        return false;
      },
      beforeCreateRow: () => false,
      beforeCreateCol: () => false,
      afterBeginEditing: () => this.labelEditors(),
      afterSelectionEnd: (row) => {
        this.labelEditors();
        const meta = this.rows[this.hot.toPhysicalRow(row)];
        this.opts.onSelect(meta?.kind === 'dp' ? meta.ref.id : null);
        // The local KPIs' group has no U4SSC aggregate to explain.
        if (meta?.kind === 'group' && meta.code !== this.layout?.group.code) this.opts.onSelectGroup?.(meta.code);
      },
      // false: Handsontable leaves the key alone (a held Enter, a group toggled).
      beforeKeyDown: (event: KeyboardEvent) => (this.onKey(event) ? false : undefined),
      afterOnCellMouseUp: (event, coords) => {
        if (coords.row === null || coords.row < 0 || coords.col !== 0) return;
        const meta = this.rows[this.hot.toPhysicalRow(coords.row)];
        if (meta?.kind === 'group') this.toggle(meta.code);
      },
    });
    fitHeaders(
      this.hot,
      COLUMNS.map((k) => shellWords.columns[k]),
      COLUMNS.map((k) => WIDTHS[k]),
    );
    this.fixTreegridRole();
  }

  /**
   * Handsontable marks its root as the treegrid, but the root also holds its cell editor, focus
   * catchers and focusable scroll holders, which a treegrid may not contain (axe: critical
   * aria-required-children). The role goes instead on each of the tables it draws (the main table and
   * the frozen-column copies), which hold only row groups and rows. Run again after Handsontable
   * rewrites the root's attributes (replacing its data).
   */
  private fixTreegridRole(): void {
    const root = this.hot.rootElement;
    const rows = root.getAttribute('aria-rowcount');
    const cols = root.getAttribute('aria-colcount');
    for (const name of ['role', 'aria-rowcount', 'aria-colcount', 'aria-multiselectable']) root.removeAttribute(name);
    for (const table of root.querySelectorAll('table.htCore')) {
      table.setAttribute('role', 'treegrid');
      table.setAttribute('aria-label', shellWords.gridLabel);
      table.setAttribute('aria-multiselectable', 'true');
      if (rows !== null) table.setAttribute('aria-rowcount', rows);
      if (cols !== null) table.setAttribute('aria-colcount', cols);
    }
  }

  /** The row list (group rows and data point rows), as the current layout builds it. */
  get rows(): RowMeta[] {
    return this.state.rows;
  }

  /** Row index of each data point id. */
  get rowOf(): Map<string, number> {
    return this.state.rowOf;
  }

  /**
   * Follows another framework (the assessment named one, or another, or none): the rows are built anew
   * (columns.ts `buildRows`) and the document loaded into them. The undo history is cleared, as on any
   * load: its rows no longer apply. Nothing of the document changes.
   */
  setLayout(layout: GridLayout | null, doc: AssessmentDoc): void {
    this.layout = layout;
    this.state.rows = buildRows(this.opts.fw, layout ?? undefined);
    this.state.rowOf = rowIndex(this.state.rows);
    this.state.localErrors.clear();
    // The left-out rows start hidden under each framework followed (the switch above the grid starts off).
    this.state.showOutside = false;
    this.load(doc);
  }

  /** How many U4SSC KPIs the layout leaves out (their rows show only on `setShowOutside(true)`). */
  get outsideCount(): number {
    return new Set(this.rows.flatMap((r) => (r.kind === 'dp' && r.outside ? [r.ref.kpi.code] : []))).size;
  }

  /** Shows or hides the U4SSC KPIs the named selection leaves out. Their values are never changed by hiding them. */
  setShowOutside(on: boolean): void {
    if (this.state.showOutside === on) return;
    this.state.showOutside = on;
    this.applyVisibility();
  }

  /** How many data point rows a find matches among those the layout shows (null: nothing typed). */
  findCount(query: string): number | null {
    const words = findWords(query);
    if (words.length === 0) return null;
    return this.rows.filter((r) => r.kind === 'dp' && (!r.outside || this.state.showOutside) && matchesFind(words, r.ref.kpi.code, dpName(r.ref))).length;
  }

  /** Data point rows the layout shows (a find box's total). */
  get datapointCount(): number {
    return this.rows.filter((r) => r.kind === 'dp' && (!r.outside || this.state.showOutside)).length;
  }

  /**
   * The local KPIs' results (engine/local-kpis.ts, scored in the page from the document, as they make
   * no engine patch): their computed columns and marks are drawn again where they changed.
   */
  setLocalScores(items: readonly ItemResult[]): void {
    const before = this.state.localItems;
    this.state.localItems = new Map(items.map((i) => [i.id, i]));
    const changed: number[] = [];
    this.rows.forEach((r, i) => {
      if (r.kind !== 'dp' || !r.local) return;
      const next = this.state.localItems.get(r.ref.id);
      if (next) this.state.items.set(r.ref.id, next);
      else this.state.items.delete(r.ref.id);
      if (sameItem(before.get(r.ref.id), next)) return;
      changed.push(i);
      const row = this.state.data[i];
      if (row) fillComputedRow(this.state, r, row);
    });
    if (changed.length === 0) return;
    if (this.updateHidden()) this.hot.render();
    else this.renderRows(changed);
    this.opts.onCounts?.(flagCounts(this.state));
  }

  /** Shows a column set (see COLUMN_SETS). */
  setColumnSet(set: ColumnSet): void {
    if (set === this.shownSet) return;
    this.shownSet = set;
    const plugin = this.hot.getPlugin('hiddenColumns');
    this.hot.batch(() => {
      plugin.showColumns(plugin.getHiddenColumns());
      plugin.hideColumns(hiddenOf(set));
    });
    this.hot.render();
    this.opts.onColumnSet?.(set);
  }

  get columnSet(): ColumnSet {
    return this.shownSet;
  }

  /** Gives Handsontable's cell editors (created on first use) an accessible name. */
  private labelEditors(): void {
    // The editor is named after the cell it edits: its column and its data point.
    const [row, col] = this.hot.getSelectedLast() ?? [-1, -1];
    const meta = row >= 0 ? this.rows[this.hot.toPhysicalRow(row)] : undefined;
    const key = col >= 0 ? COLUMNS[this.hot.toPhysicalColumn(col)] : undefined;
    const label =
      meta?.kind === 'dp' && key ? shellWords.cellEditorAt(shellWords.columns[key], `${meta.ref.kpi.code} ${datapointLabel(meta.ref)}`) : shellWords.cellEditor;
    for (const el of this.hot.rootElement.querySelectorAll('textarea.handsontableInput')) el.setAttribute('aria-label', label);
  }

  destroy(): void {
    this.releaseHold?.();
    this.hot.destroy();
  }

  // -------------------------------------------------------------------------------------------------
  // Data in

  /** Loads a document (open, other tab's merge, decimal switch). Clears undo: its history no longer applies. */
  load(doc: AssessmentDoc): void {
    this.state.doc = doc;
    const decimal = this.opts.decimal();
    this.state.data = this.rows.map((r) => rowData(r, doc, decimal));
    fillComputed(this.state);
    this.hot.updateData(this.state.data as unknown as Handsontable.RowObject[], 'loadData' as ChangeSource);
    this.hot.getPlugin('undoRedo').clear();
    this.fixTreegridRole();
    this.applyVisibility();
  }

  /**
   * After a decimal switch (from the mark `from`): the cells are written again under the new mark, and the
   * undo history is kept, its recorded numbers rewritten under the new mark (undo-decimal.ts).
   */
  redecimal(doc: AssessmentDoc, from: DecimalStyle): void {
    const plugin = this.hot.getPlugin('undoRedo');
    const saved = {
      done: [...((plugin as unknown as { doneActions: unknown[] }).doneActions ?? [])],
      undone: [...((plugin as unknown as { undoneActions: unknown[] }).undoneActions ?? [])],
    };
    this.load(doc);
    const stacks = plugin as unknown as { doneActions: unknown[]; undoneActions: unknown[] };
    stacks.doneActions.push(...saved.done);
    stacks.undoneActions.push(...saved.undone);
    redecimalUndo(plugin, from, this.opts.decimal(), (c) => (typeof c === 'number' ? this.hot.colToProp(c) : c));
  }

  /**
   * After a decimal switch: numeric inputs kept as text because they did not read under the old mark,
   * and that read as numbers under the new one, become values, as one undoable edit through the normal
   * edit path (so autosave and scores follow). Returns how many cells were read again.
   */
  rereadKeptText(): number {
    const doc = this.state.doc;
    if (!doc) return 0;
    const decimal = this.opts.decimal();
    const changes: [number, number, string][] = [];
    this.rows.forEach((r, i) => {
      if (r.kind !== 'dp') return;
      const entry = entryOf(r, doc);
      if (!entry) return;
      for (const key of ['numerator', 'denominator', 'value'] as const) {
        if (key === 'value' && r.yesno) continue;
        if (key !== 'value' && ((key === 'numerator' ? r.slots < 1 : r.slots < 2) || (key === 'denominator' && r.profileField))) continue;
        const kept = entry[key];
        if (typeof kept === 'string' && typeof readInput(kept, decimal).value === 'number') changes.push([this.hot.toVisualRow(i), col(key), kept]);
      }
    });
    if (changes.length > 0) this.hot.setDataAtCell(changes, 'ssc.reread');
    return changes.length;
  }

  /**
   * The document the grid edits against (kept current by the caller after each edit). The review
   * column follows it (a review step, a query, or a value edit that voids a verification); rows a
   * review filter shows or hides follow too.
   */
  setDoc(doc: AssessmentDoc): void {
    const before = this.state.doc;
    this.state.doc = doc;
    if (before && before.localValues !== doc.localValues) this.followLocalValues(doc);
    if (before && before.review === doc.review && before.threads === doc.threads && before.values === doc.values && before.profile === doc.profile) return;
    const changed: number[] = [];
    this.rows.forEach((r, i) => {
      const row = this.state.data[i];
      if (r.kind !== 'dp' || !row) return;
      const text = reviewText(r.ref, doc);
      if (row.review !== text) {
        row.review = text;
        changed.push(i);
      }
    });
    if (changed.length === 0) return;
    const f = this.state.filters;
    if ((f.unverified || f.openQueries) && this.updateHidden()) this.hot.render();
    else this.renderRows(changed);
    if (f.unverified || f.openQueries) this.opts.onCounts?.(flagCounts(this.state));
  }

  /**
   * A local KPI's value entered elsewhere (the local KPIs panel beside the grid): its row shows it, so
   * both ways of entering it agree. A cell already showing the value (typed here) is left as it is.
   */
  private followLocalValues(doc: AssessmentDoc): void {
    const decimal = this.opts.decimal();
    const changed: number[] = [];
    this.rows.forEach((r, i) => {
      const row = this.state.data[i];
      if (r.kind !== 'dp' || !r.local || !row) return;
      const next = rowData(r, doc, decimal);
      let differs = false;
      for (const key of EDITED_LOCAL) {
        if (row[key] === next[key] || this.state.localErrors.has(`${r.ref.id}|${key}`)) continue;
        row[key] = next[key];
        differs = true;
      }
      if (differs) changed.push(i);
    });
    if (changed.length > 0) this.renderRows(changed);
  }

  /** Draws the cells again from the current document (marks that depend on it, such as the catalogue review). */
  redraw(): void {
    this.hot.render();
  }

  /** New profile values show in the read-only denominator cells. */
  refreshProfile(doc: AssessmentDoc): void {
    this.state.doc = doc;
    const decimal = this.opts.decimal();
    this.rows.forEach((r, i) => {
      if (r.kind === 'dp' && r.profileField) this.state.data[i].denominator = inputText(doc.profile[r.profileField], decimal);
    });
    this.hot.render();
  }

  /**
   * Shows new scores. Only rows whose result changed are refilled and only their cells on screen are
   * drawn again (the edit's row and the aggregates above it, typically), instead of the whole table;
   * the first scores, a change of visible rows or a change touching many rows draw everything.
   */
  setScores(scores: Scores): void {
    const before = { items: this.state.items, aggregates: this.state.aggregates };
    const first = before.items.size === 0;
    this.state.items = new Map(scores.items.map((i) => [i.id, i]));
    for (const [id, item] of this.state.localItems) this.state.items.set(id, item);
    this.state.aggregates = new Map([...scores.dimensions, ...scores.subdimensions, ...scores.categories].map((a) => [a.code, a]));
    const changed: number[] = [];
    this.rows.forEach((r, i) => {
      const same =
        r.kind === 'dp'
          ? sameItem(before.items.get(r.ref.id), this.state.items.get(r.ref.id))
          : sameAggregate(before.aggregates.get(r.code), this.state.aggregates.get(r.code));
      if (same) return;
      changed.push(i);
      const row = this.state.data[i];
      if (row) fillComputedRow(this.state, r, row);
    });
    // Rows hide by their scores only under a filter that reads them; otherwise nothing to work out again.
    const reshown = filtersReadScores(this.state.filters) && this.updateHidden();
    if (first || reshown || changed.length > PARTIAL_RENDER_LIMIT) this.hot.render();
    else this.renderRows(changed);
    this.opts.onCounts?.(flagCounts(this.state));
  }

  /** Draws again the cells on screen of some rows (physical indexes), with the grid's own renderer. */
  private renderRows(rows: number[]): void {
    const columns = this.hot.countCols();
    for (const physical of rows) {
      const row = this.hot.toVisualRow(physical);
      if (row === null || row < 0) continue;
      for (let column = 0; column < columns; column++) {
        const td = this.hot.getCell(row, column);
        if (!td) continue;
        this.renderer(this.hot, td, row, column, COLUMNS[column], this.hot.getDataAtCell(row, column), this.hot.getCellMeta(row, column));
      }
    }
  }

  item(id: string): ItemResult | undefined {
    return this.state.items.get(id);
  }

  // -------------------------------------------------------------------------------------------------
  // Edits out

  private beforeChange(changes: (CellChange | null)[], source: ChangeSource): void {
    if ((source as string) === 'loadData') return;
    // Delete, cut, Ctrl+Enter and every other action over a selection change only the rows shown.
    const hidden = this.hot.getPlugin('hiddenRows');
    const skipped = keepShownRows(changes, source, { isHidden: (row) => hidden.isHidden(row), isGroup: (row) => this.rows[row]?.kind !== 'dp' });
    if (skipped.rows > 0) this.opts.onMessage?.(shellWords.hiddenRowsLeft(skipped.rows, skipped.cells));
    canonicalise(this.state, changes);
  }

  /**
   * Rows of a value committed from the cell editor whose full redraw is skipped (`beforeChangeRender`),
   * to be drawn in `afterChange`; null when Handsontable draws as usual.
   */
  private committedRows: number[] | null = null;

  /**
   * A value committed from the cell editor changes one cell, yet Handsontable redraws every cell on
   * screen (some 450, each through the grid's renderer, with the layout reads that follow) before
   * `afterChange`: that was most of an edit's time to the screen (issue #10). The redraw is suspended
   * here; `afterChange` draws the committed rows, then lets Handsontable draw only what moves (the
   * selection, the editor). The new scores redraw the rows whose results changed (`setScores`).
   * Other changes (paste, undo, loading) keep Handsontable's full redraw.
   */
  private beforeChangeRender(changes: CellChange[], source: ChangeSource): void {
    if (source !== 'edit' || changes.length > PARTIAL_RENDER_LIMIT || this.committedRows) return;
    this.committedRows = changes.map((c) => c[0]);
    this.hot.suspendRender();
  }

  private afterChange(changes: CellChange[] | null, source: ChangeSource): void {
    const committed = this.committedRows;
    this.committedRows = null;
    if (!committed && (!changes || (source as string) === 'loadData' || (source as string) === 'updateData')) return;
    // The errors of these changes are recorded first (changesToEdits), so that the redraw shows them.
    const edits = changes ? changesToEdits(this.state, changes, this.opts.referenceTarget) : [];
    if (committed) {
      this.renderRows(committed.map((row) => this.hot.toPhysicalRow(row)));
      // Handsontable's own `render()` during the change asked for a full redraw; a partial one is enough.
      (this.hot as unknown as { forceFullRender: boolean }).forceFullRender = false;
      this.hot.resumeRender();
    }
    if (edits.length > 0) this.opts.onEdits(edits);
    else {
      if (!committed) this.hot.render();
      this.opts.onCounts?.(flagCounts(this.state));
    }
  }

  /** Places a pasted block on the data point rows shown (see paste.ts), as one undoable change. */
  private paste(data: unknown[][]): void {
    const range = this.hot.getSelectedRangeActive();
    if (!range) return;
    const from = range.getTopStartCorner();
    const to = range.getBottomEndCorner();
    if (from.row === null || from.col === null || to.row === null || to.col === null) return;
    const hidden = this.hot.getPlugin('hiddenRows');
    const columnsHidden = this.hot.getPlugin('hiddenColumns');
    const plan = planPaste(
      {
        rowCount: this.hot.countRows(),
        colCount: this.hot.countCols(),
        isHidden: (row) => hidden.isHidden(row),
        isGroup: (row) => this.rows[this.hot.toPhysicalRow(row)]?.kind !== 'dp',
        isReadOnly: (row, column) => this.hot.getCellMeta(row, column).readOnly === true,
        isColHidden: (column) => columnsHidden.isHidden(column),
      },
      data.map((line) => line.map((v) => (v === null || v === undefined ? '' : String(v)))),
      { top: from.row, left: from.col, bottom: to.row, right: to.col },
    );
    if (!plan.ok) {
      this.opts.onMessage?.(
        plan.reason === 'rows' ? shellWords.pasteTooManyRows(plan.lines, plan.available) : shellWords.pasteTooWide(plan.width, plan.available),
      );
      return;
    }
    const report = shellWords.pasteReport(plan.rows, plan.groupsSkipped, plan.hiddenSkipped, plan.readOnlyDropped);
    this.opts.onMessage?.(report || null);
    if (plan.changes.length === 0) return;
    this.hot.setDataAtCell(plan.changes, 'CopyPaste.paste');
    this.hot.selectCell(plan.first[0], plan.first[1], plan.last[0], plan.last[1]);
  }

  // -------------------------------------------------------------------------------------------------
  // Groups and filters

  /** True when the key was handled here. */
  private onKey(event: KeyboardEvent): boolean {
    if (this.holdEnter(event)) return true;
    if (event.key !== 'Enter' && event.key !== ' ') return false;
    const sel = this.hot.getSelectedRangeLast();
    if (!sel || this.hot.getActiveEditor()?.isOpened()) return false;
    const meta = this.rows[this.hot.toPhysicalRow(sel.highlight.row ?? -1)];
    if (meta?.kind !== 'group') return false;
    event.stopImmediatePropagation();
    event.preventDefault();
    this.toggle(meta.code);
    return true;
  }

  /**
   * The longest an Enter is held: the typed value is not drawn meanwhile (it is already stored, by
   * `onHold`). An idle worker answers in 1–3 ms; a busy one must not make typing feel slow.
   */
  private static readonly HOLD_LIMIT_MS = 20;
  /** The Enter being replayed after a hold (`holdEnter`): it must pass through. */
  private replaying: KeyboardEvent | null = null;
  /** Ends the current hold at once (the replayed Enter commits); null when none. */
  private releaseHold: (() => void) | null = null;

  /**
   * An Enter that commits a typed input value is held until the engine has the scores it will give
   * (one round trip to the idle worker, a few milliseconds), then replayed, so Handsontable's commit,
   * the new points and the new aggregates are drawn in the same frame. Without the hold, the commit
   * paints first and the scores one frame later (issue #10: edit → screen as fast as the grid).
   * `onHold` stores the edits at once, in the keystroke's task, so holding never delays storing.
   * The hold ends early, before anything else is handled, on any other key or pointer press, after
   * HOLD_LIMIT_MS, or when the engine fails: the value is always committed, in the order typed.
   */
  private holdEnter(event: KeyboardEvent): boolean {
    if (event.key !== 'Enter' || event === this.replaying || event.isComposing) return false;
    if (event.altKey || event.ctrlKey || event.metaKey || !this.opts.onHold) return false;
    const editor = this.hot.getActiveEditor();
    if (!editor?.isOpened() || this.releaseHold) return false;
    const row = editor.row;
    const prop = editor.prop;
    if (typeof row !== 'number' || typeof prop !== 'string' || !NUMERIC.has(prop as ColumnKey)) return false;
    // A local KPI's value makes no engine patch: there are no scores to wait for.
    const meta = this.rows[this.hot.toPhysicalRow(row)];
    if (meta?.kind === 'dp' && meta.local) return false;
    const change: CellChange = [this.hot.toPhysicalRow(row), prop, null, editor.getValue()];
    canonicalise(this.state, [change]);
    // A scratch copy of the local errors: only the real commit records them.
    const edits = changesToEdits({ ...this.state, localErrors: new Map() }, [change], this.opts.referenceTarget);
    if (edits.length === 0) return false;
    const ready = this.opts.onHold(edits);
    if (!ready) return false;
    event.stopImmediatePropagation();
    event.preventDefault();
    const target = (event.target as HTMLElement | null) ?? this.hot.rootElement;
    const init: KeyboardEventInit = { key: 'Enter', code: event.code, shiftKey: event.shiftKey, bubbles: true, cancelable: true };
    const interrupt = () => release();
    const release = () => {
      if (this.releaseHold !== release) return;
      this.releaseHold = null;
      clearTimeout(timer);
      window.removeEventListener('keydown', interrupt, true);
      window.removeEventListener('pointerdown', interrupt, true);
      const replay = new KeyboardEvent('keydown', init);
      // Handsontable still reads the legacy key code (13 is Enter: not a key that opens an editor).
      Object.defineProperty(replay, 'keyCode', { value: event.keyCode });
      Object.defineProperty(replay, 'which', { value: event.which });
      this.replaying = replay;
      try {
        target.dispatchEvent(replay);
      } finally {
        this.replaying = null;
      }
    };
    this.releaseHold = release;
    const timer = setTimeout(release, KpiGrid.HOLD_LIMIT_MS);
    window.addEventListener('keydown', interrupt, true);
    window.addEventListener('pointerdown', interrupt, true);
    ready.then(release, release);
    return true;
  }

  toggle(code: string): void {
    toggleGroup(this.state, code);
    fillComputed(this.state);
    this.applyVisibility();
  }

  setAllCollapsed(collapsed: boolean, level: Level = 'category'): void {
    collapseAll(this.state, collapsed, level);
    fillComputed(this.state);
    this.applyVisibility();
  }

  setFilters(filters: Filters): void {
    this.state.filters = { ...filters };
    this.applyVisibility();
  }

  private applyVisibility(): void {
    this.updateHidden();
    this.hot.render();
    this.dropHiddenSelection();
    // Other views of the rows (the narrow layout) follow filters and groups too.
    this.opts.onCounts?.(flagCounts(this.state));
  }

  /**
   * A selected row that a filter, the find box or a collapsed group hid is no longer selected, so the
   * explanation beside the grid never describes a row that is not shown (issue #25).
   */
  private dropHiddenSelection(): void {
    const last = this.hot.getSelectedLast();
    if (!last || last[0] < 0) return;
    if (!this.hot.getPlugin('hiddenRows').isHidden(this.hot.toPhysicalRow(last[0]))) return;
    this.hot.deselectCell();
    this.opts.onSelect(null);
  }

  /** Hides and shows rows for the filters and collapsed groups; whether anything changed. */
  private updateHidden(): boolean {
    const hidden = hiddenRows(this.state);
    const plugin = this.hot.getPlugin('hiddenRows');
    const current = plugin.getHiddenRows();
    const same = current.length === hidden.length && current.every((v, i) => v === hidden[i]);
    if (same) return false;
    this.hot.batch(() => {
      plugin.showRows(current);
      plugin.hideRows(hidden);
    });
    return true;
  }

  // -------------------------------------------------------------------------------------------------
  // For other views of the same rows (the narrow, one-at-a-time layout)

  /** The text a data point's row holds (inputs as typed, computed columns as shown). */
  rowText(id: string): Readonly<RowData> | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.state.data[row];
  }

  /** A cell's mark (error, warning or reminder) with its reasons, as the grid draws it. */
  marks(id: string, key: ColumnKey): { kind: FlagKind; reasons: string[] } | null {
    const row = this.rowOf.get(id);
    const meta = row === undefined ? undefined : this.rows[row];
    if (meta?.kind !== 'dp') return null;
    return cellMarks(this.state, meta, key, this.state.data[row!]?.[key], this.state.items.get(id));
  }

  /** Whether a data point's row is shown (not filtered out, not under a collapsed group). */
  isShown(id: string): boolean {
    const row = this.rowOf.get(id);
    return row !== undefined && !this.hot.getPlugin('hiddenRows').isHidden(this.hot.toVisualRow(row));
  }

  /** Writes a cell as if typed into the grid: the same validation, undo history and edits. */
  writeCell(id: string, key: ColumnKey, text: string): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    const visual = this.hot.toVisualRow(row);
    if (this.hot.getCellMeta(visual, col(key)).readOnly) return;
    if ((this.state.data[row]?.[key] ?? '') === text) return;
    this.hot.setDataAtCell(visual, col(key), text, 'edit');
  }

  /** Moves the selection to a data point's cell (tests, "go to problem"). */
  selectCell(id: string, key: ColumnKey): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    this.setColumnSet(setShowing(key, this.shownSet));
    this.hot.selectCell(this.hot.toVisualRow(row), col(key));
  }

  // What the workbench asks of the grid, so that it never reaches into Handsontable (#27, item 3; ESLint
  // forbids `.hot` outside the grid's own class in src/ui).

  /** No cell takes an edit any more (a frozen assessment, or a newer app took the database over). */
  makeReadOnly(): void {
    this.hot.updateSettings({ readOnly: true });
  }

  /** Measures itself again: it was hidden while another view was shown. */
  refreshDimensions(): void {
    this.hot.refreshDimensions();
  }

  /** Undoes or redoes the last edit typed in the grid. */
  undoRedo(which: 'undo' | 'redo'): void {
    const plugin = this.hot.getPlugin('undoRedo');
    if (which === 'undo') plugin.undo();
    else plugin.redo();
  }

  /**
   * Tests only: the Handsontable under the grid, so that a browser test can drive it as a user's paste
   * or a cell editor would and read what it draws. ESLint forbids calling this in src/.
   */
  handsontableForTests(): Handsontable {
    return this.hot;
  }
}

/** The cells of a local KPI's row that hold its entry (what `followLocalValues` brings up to date). */
const EDITED_LOCAL = ['numerator', 'denominator', 'value', 'status', 'quality', 'source', 'year', 'note'] as const;

const hiddenOf = (set: ColumnSet): number[] => COLUMNS.filter((k) => !COLUMN_SETS[set].includes(k)).map(col);

/** Whether a filter hides rows by their scores (their state or marks; groups.ts `visibleDp`). */
const filtersReadScores = (f: Filters): boolean => f.notReported || f.errors || f.warnings || f.reminders;

/** Above this many changed rows a whole render is cheaper than drawing rows one by one. */
const PARTIAL_RENDER_LIMIT = 40;

function sameItem(a: ItemResult | undefined, b: ItemResult | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.value === b.value &&
    a.target === b.target &&
    a.targetOrigin === b.targetOrigin &&
    a.achievement === b.achievement &&
    a.points === b.points &&
    a.band === b.band &&
    a.state === b.state &&
    a.flags.length === b.flags.length &&
    a.flags.every((f, i) => flagKey(f) === flagKey(b.flags[i]))
  );
}

function sameAggregate(a: AggregateResult | undefined, b: AggregateResult | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.percent === b.percent && a.band === b.band && a.reported === b.reported && a.benchmarked === b.benchmarked && a.expected === b.expected;
}
