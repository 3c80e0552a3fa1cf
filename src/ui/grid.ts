/**
 * The KPI grid: one Handsontable row per data point, with header rows for dimension, sub-dimension and
 * category that collapse. Numeric inputs are text cells read with the engine's parseNumber, so rejected
 * text is kept as typed. Computed columns are written straight into the row objects (never through
 * setDataAtCell), so they are neither undoable nor echoed back as edits.
 */
import Handsontable from 'handsontable/base';
import type { CellChange, CellProperties, ChangeSource, ColumnSettings } from 'handsontable/base';
import { DropdownCellType, registerCellType } from 'handsontable/cellTypes';
import { CopyPaste, HiddenRows, UndoRedo, registerPlugin } from 'handsontable/plugins';
import { dropdownRenderer, textRenderer } from 'handsontable/renderers';
import type { AssessmentDoc } from '../engine/assessment';
import type { DatapointRef, Framework } from '../engine/framework';
import type { DecimalStyle } from '../engine/parse';
import type { AggregateResult, Flag, ItemResult, Quality, Scores, Status, TargetOverride } from '../engine/types';
import type { Edit, ValueField } from '../session';
import { bandLabel, formatNumber, formatPercent, inputText, readInput } from './format';
import { S } from './strings';

registerCellType(DropdownCellType);
registerPlugin(CopyPaste);
registerPlugin(UndoRedo);
registerPlugin(HiddenRows);

export const LICENSE_KEY = 'non-commercial-and-evaluation';

export const COLUMNS = [
  'code',
  'name',
  'numerator',
  'denominator',
  'value',
  'unit',
  'computed',
  'target',
  'achievement',
  'band',
  'status',
  'quality',
  'source',
  'year',
  'note',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];
export const col = (key: ColumnKey): number => COLUMNS.indexOf(key);

const WIDTHS: Record<ColumnKey, number> = {
  code: 150,
  name: 230,
  numerator: 105,
  denominator: 105,
  value: 115,
  unit: 80,
  computed: 95,
  target: 85,
  achievement: 100,
  band: 105,
  status: 115,
  quality: 190,
  source: 160,
  year: 60,
  note: 200,
};
const COMPUTED = new Set<ColumnKey>(['computed', 'achievement', 'band']);
const NUMERIC = new Set<ColumnKey>(['numerator', 'denominator', 'value']);

type Level = 'dimension' | 'subdimension' | 'category';
export type RowMeta =
  | { kind: 'group'; level: Level; code: string; name: string; parents: string[] }
  | { kind: 'dp'; ref: DatapointRef; parents: string[]; profileField: string | null; ratio: boolean; yesno: boolean };

type RowData = Record<ColumnKey, string>;

const STATUS_BY_LABEL = new Map<string, Status>(Object.entries(S.statusLabels).map(([k, v]) => [v, k as Status]));
const QUALITY_BY_LABEL = new Map<string, Quality>(Object.entries(S.qualityLabels).map(([k, v]) => [v, k as Quality]));
const MY_CLASSES = ['row-group', 'level-dimension', 'level-subdimension', 'level-category', 'cell-computed', 'cell-override', 'cell-error', 'cell-warning', 'cell-profile', 'cell-unused', 'band-1', 'band-2', 'band-3', 'band-4', 'tier-advanced'];

export interface Filters {
  coreOnly: boolean;
  notReported: boolean;
  flagged: boolean;
}

export interface GridOptions {
  fw: Framework;
  decimal: () => DecimalStyle;
  height: number;
  onEdits: (edits: Edit[]) => void;
  /** The reference target of a data point (null: no benchmark), to tell an override from the reference. */
  referenceTarget: (id: string) => number | null;
  onSelect: (id: string | null) => void;
}

/** Builds the row list: group headers in catalogue order, each followed by its data points. */
export function buildRows(fw: Framework): RowMeta[] {
  const rows: RowMeta[] = [];
  const byCategory = new Map<string, DatapointRef[]>();
  for (const ref of fw.datapoints) {
    const list = byCategory.get(ref.path.category) ?? [];
    list.push(ref);
    byCategory.set(ref.path.category, list);
  }
  for (const dim of fw.data.dimensions) {
    rows.push({ kind: 'group', level: 'dimension', code: dim.code, name: dim.name, parents: [] });
    for (const sub of dim.subdimensions) {
      const subCode = `${dim.code}: ${sub.code}`;
      rows.push({ kind: 'group', level: 'subdimension', code: subCode, name: sub.name, parents: [dim.code] });
      for (const cat of sub.categories) {
        const catCode = `${subCode}: ${cat.code}`;
        rows.push({ kind: 'group', level: 'category', code: catCode, name: cat.name, parents: [dim.code, subCode] });
        for (const ref of byCategory.get(catCode) ?? []) {
          const f = ref.def.formula;
          rows.push({
            kind: 'dp',
            ref,
            parents: [dim.code, subCode, catCode],
            profileField: f.kind === 'ratio' && 'profile' in f.denominator ? f.denominator.profile : null,
            ratio: f.kind === 'ratio',
            yesno: f.kind === 'yesno',
          });
        }
      }
    }
  }
  return rows;
}

const dpName = (ref: DatapointRef) => (ref.def.key ? `${ref.kpi.name} — ${ref.def.label}` : ref.kpi.name);

export class KpiGrid {
  readonly hot: Handsontable;
  readonly rows: RowMeta[];
  private data: RowData[] = [];
  private doc!: AssessmentDoc;
  private items = new Map<string, ItemResult>();
  private aggregates = new Map<string, AggregateResult>();
  private collapsed = new Set<string>();
  private filters: Filters = { coreOnly: false, notReported: false, flagged: false };
  /** Row index of each data point id. */
  readonly rowOf = new Map<string, number>();

  constructor(
    host: HTMLElement,
    private readonly opts: GridOptions,
  ) {
    this.rows = buildRows(opts.fw);
    this.rows.forEach((r, i) => r.kind === 'dp' && this.rowOf.set(r.ref.id, i));
    const renderer = this.renderer.bind(this);
    const columns: ColumnSettings[] = COLUMNS.map((key) => ({
      data: key,
      renderer,
      readOnly: !['numerator', 'denominator', 'value', 'target', 'status', 'quality', 'source', 'year', 'note'].includes(key),
      ...(key === 'status' && { type: 'dropdown', source: Object.values(S.statusLabels), renderer }),
      ...(key === 'quality' && { type: 'dropdown', source: Object.values(S.qualityLabels), renderer }),
    }));
    this.hot = new Handsontable(host, {
      data: [],
      columns,
      colHeaders: COLUMNS.map((k) => S.columns[k]),
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
      outsideClickDeselects: false,
      licenseKey: LICENSE_KEY,
      cells: (row, column) => this.cellMeta(row, column),
      beforeChange: (changes, source) => this.beforeChange(changes, source),
      afterChange: (changes, source) => this.afterChange(changes, source),
      beforeCreateRow: () => false,
      beforeCreateCol: () => false,
      afterSelectionEnd: (row) => {
        const meta = this.rows[this.hot.toPhysicalRow(row)];
        this.opts.onSelect(meta?.kind === 'dp' ? meta.ref.id : null);
      },
      beforeKeyDown: (event: KeyboardEvent) => this.onKey(event),
      afterOnCellMouseUp: (event, coords) => {
        if (coords.row === null || coords.row < 0 || coords.col !== 0) return;
        const meta = this.rows[this.hot.toPhysicalRow(coords.row)];
        if (meta?.kind === 'group') this.toggle(meta.code);
      },
    });
  }

  destroy(): void {
    this.hot.destroy();
  }

  // -------------------------------------------------------------------------------------------------
  // Data in

  /** Loads a document (open, other tab's merge, decimal switch). Clears undo: its history no longer applies. */
  load(doc: AssessmentDoc): void {
    this.doc = doc;
    const decimal = this.opts.decimal();
    this.data = this.rows.map((r) => this.rowData(r, doc, decimal));
    this.fillComputed();
    this.hot.updateData(this.data as unknown as Handsontable.RowObject[], 'loadData' as ChangeSource);
    this.hot.getPlugin('undoRedo').clear();
    this.applyVisibility();
  }

  /** The document the grid edits against (kept current by the caller after each edit). */
  setDoc(doc: AssessmentDoc): void {
    this.doc = doc;
  }

  private rowData(r: RowMeta, doc: AssessmentDoc, decimal: DecimalStyle): RowData {
    const blank = Object.fromEntries(COLUMNS.map((k) => [k, ''])) as RowData;
    if (r.kind === 'group') return { ...blank, code: r.code, name: r.name };
    const e = doc.values[r.ref.id] ?? {};
    return {
      ...blank,
      code: r.ref.def.key ? `${r.ref.kpi.code} · ${r.ref.def.key}` : r.ref.kpi.code,
      name: dpName(r.ref),
      numerator: r.ratio ? inputText(e.numerator, decimal) : '',
      denominator: r.profileField ? inputText(doc.profile[r.profileField], decimal) : r.ratio ? inputText(e.denominator, decimal) : '',
      value: inputText(e.value, decimal),
      unit: r.ref.def.unit,
      status: e.status ? S.statusLabels[e.status] : '',
      quality: e.quality ? S.qualityLabels[e.quality] : '',
      source: e.source ?? '',
      year: e.year === undefined || e.year === null ? '' : String(e.year),
      note: e.note ?? '',
    };
  }

  /** New profile values show in the read-only denominator cells. */
  refreshProfile(doc: AssessmentDoc): void {
    this.doc = doc;
    const decimal = this.opts.decimal();
    this.rows.forEach((r, i) => {
      if (r.kind === 'dp' && r.profileField) this.data[i].denominator = inputText(doc.profile[r.profileField], decimal);
    });
    this.hot.render();
  }

  setScores(scores: Scores): void {
    this.items = new Map(scores.items.map((i) => [i.id, i]));
    this.aggregates = new Map([...scores.dimensions, ...scores.subdimensions, ...scores.categories].map((a) => [a.code, a]));
    this.fillComputed();
    this.applyVisibility();
  }

  item(id: string): ItemResult | undefined {
    return this.items.get(id);
  }

  private fillComputed(): void {
    const decimal = this.opts.decimal();
    this.rows.forEach((r, i) => {
      const row = this.data[i];
      if (!row) return;
      if (r.kind === 'group') {
        const a = this.aggregates.get(r.code);
        row.computed = '';
        row.target = '';
        row.achievement = a?.percent != null ? formatPercent(a.percent, decimal) : '';
        row.band = a?.band ? bandLabel(a.band) : '';
        row.status = a ? S.coverageValue(a.reported, a.benchmarked, a.expected) : '';
        row.code = `${this.collapsed.has(r.code) ? '▸' : '▾'} ${r.code}`;
        return;
      }
      const it = this.items.get(r.ref.id);
      if (!it) return;
      row.computed = it.value === null ? '' : r.yesno ? (it.value >= 1 ? S.yes : S.no) : formatNumber(it.value, decimal, 3);
      row.target = it.target === null ? (it.state === 'unbenchmarked' || it.targetOrigin === 'none' ? S.noBenchmark : '') : r.yesno ? S.yes : formatNumber(it.target, decimal, 3);
      row.achievement = it.achievement === null ? '' : formatPercent(it.achievement * 100, decimal);
      row.band = it.points && it.band ? S.pointsBand(it.points, bandLabel(it.band)) : '';
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Cell meta and rendering

  private cellMeta(row: number, column: number): Partial<CellProperties> {
    const meta = this.rows[row];
    const key = COLUMNS[column];
    if (!meta) return {};
    if (meta.kind === 'group') return { readOnly: true, type: 'text', editor: false };
    if (key === 'value' && meta.yesno) return { type: 'dropdown', source: [S.yes, S.no] };
    // A yes/no data point's target is always "yes"; only numeric targets are replaced per assessment.
    if (key === 'target' && meta.yesno) return { readOnly: true, editor: false };
    if ((key === 'numerator' && !meta.ratio) || (key === 'denominator' && (!meta.ratio || meta.profileField))) {
      return { readOnly: true, editor: false };
    }
    return {};
  }

  private renderer(instance: Handsontable, td: HTMLTableCellElement, row: number, column: number, prop: string | number, value: unknown, cp: CellProperties): void {
    const key = COLUMNS[column];
    if (cp.type === 'dropdown') dropdownRenderer(instance, td, row, column, prop, value, cp);
    else textRenderer(instance, td, row, column, prop, value, cp);
    td.classList.remove(...MY_CLASSES);
    td.removeAttribute('title');
    const meta = this.rows[instance.toPhysicalRow(row)];
    if (!meta) return;
    if (meta.kind === 'group') {
      td.classList.add('row-group', `level-${meta.level}`);
      if (key === 'band') {
        const a = this.aggregates.get(meta.code);
        if (a?.band) td.classList.add(`band-${a.band}`);
      }
      if (key === 'status') td.title = S.coverage;
      if (key === 'code') td.setAttribute('aria-expanded', String(!this.collapsed.has(meta.code)));
      return;
    }
    td.removeAttribute('aria-expanded');
    if (meta.ref.kpi.tier === 'advanced' && key === 'code') td.classList.add('tier-advanced');
    if (COMPUTED.has(key) || (key === 'target' && meta.yesno)) td.classList.add('cell-computed');
    const it = this.items.get(meta.ref.id);
    if (key === 'target' && it?.targetOrigin === 'override') {
      td.classList.add('cell-override');
      td.title = S.targetOverridden;
    } else if (key === 'target' && it?.targetOrigin === 'none' && this.doc?.targets[meta.ref.id]) {
      td.classList.add('cell-override');
      td.title = S.targetRemoved;
    }
    if (key === 'band' && it?.band) td.classList.add(`band-${it.band}`);
    if ((key === 'numerator' && !meta.ratio) || (key === 'denominator' && !meta.ratio)) {
      td.classList.add('cell-unused');
      td.title = S.notUsed;
      return;
    }
    if (key === 'denominator' && meta.profileField) {
      td.classList.add('cell-profile');
      const field = this.opts.fw.data.profile.find((p) => p.id === meta.profileField);
      td.title = S.fromProfile(field?.label ?? meta.profileField);
    }
    const reasons: string[] = [];
    let level: 'error' | 'warning' | null = null;
    if (NUMERIC.has(key) && typeof value === 'string' && value.trim() !== '' && !(key === 'value' && meta.yesno)) {
      const parsed = readInput(value, this.opts.decimal());
      if (parsed.reason) {
        reasons.push(parsed.reason);
        level = 'error';
      }
    }
    const local = this.localErrors.get(`${meta.ref.id}|${key}`);
    if (local) {
      reasons.push(local);
      level = 'error';
    }
    if (it) {
      for (const f of it.flags) {
        if (flagColumn(f, meta, this.doc) !== key) continue;
        if (!reasons.includes(f.message)) reasons.push(f.message);
        if (f.level === 'error') level = 'error';
        else level ??= 'warning';
      }
    }
    if (level) {
      td.classList.add(level === 'error' ? 'cell-error' : 'cell-warning');
      td.title = reasons.join(' ');
      td.setAttribute('aria-description', reasons.join(' '));
    } else td.removeAttribute('aria-description');
  }

  /** Problems the grid finds before the engine sees the value (a year or status that does not read). */
  private localErrors = new Map<string, string>();

  // -------------------------------------------------------------------------------------------------
  // Edits out

  private beforeChange(changes: (CellChange | null)[], source: ChangeSource): void {
    if ((source as string) === 'loadData') return;
    const decimal = this.opts.decimal();
    for (const change of changes) {
      if (!change) continue;
      const key = change[1] as ColumnKey;
      const meta = this.rows[change[0]];
      if (!NUMERIC.has(key) || meta?.kind !== 'dp' || (key === 'value' && meta.yesno)) continue;
      // Canonical text for a number read in the user's style ("1,234.5" → "1234.5"); rejected text is kept.
      const parsed = readInput(change[3], decimal);
      if (typeof parsed.value === 'number') change[3] = inputText(parsed.value, decimal);
      else if (typeof change[3] === 'string') change[3] = change[3].trim();
    }
  }

  private afterChange(changes: CellChange[] | null, source: ChangeSource): void {
    if (!changes || (source as string) === 'loadData' || (source as string) === 'updateData') return;
    const edits: Edit[] = [];
    const decimal = this.opts.decimal();
    for (const [row, prop, , next] of changes) {
      const meta = this.rows[row];
      if (meta?.kind !== 'dp') continue;
      const key = prop as ColumnKey;
      const id = meta.ref.id;
      const errKey = `${id}|${key}`;
      this.localErrors.delete(errKey);
      const text = next === null || next === undefined ? '' : String(next).trim();
      let field: ValueField;
      let value: unknown;
      switch (key) {
        case 'numerator':
        case 'denominator':
        case 'value':
          field = key;
          value = key === 'value' && meta.yesno ? (text === '' ? null : text.toLowerCase()) : readInput(text, decimal).value;
          break;
        case 'status': {
          field = 'status';
          const status = STATUS_BY_LABEL.get(text.toLowerCase()) ?? (text in S.statusLabels ? (text as Status) : undefined);
          if (text !== '' && !status) {
            this.localErrors.set(errKey, S.statusNotValid(text));
            continue;
          }
          value = status;
          break;
        }
        case 'quality': {
          field = 'quality';
          const quality = QUALITY_BY_LABEL.get(text.toLowerCase()) ?? (text in S.qualityLabels ? (text as Quality) : undefined);
          if (text !== '' && !quality) {
            this.localErrors.set(errKey, S.qualityNotValid(text));
            continue;
          }
          value = quality;
          break;
        }
        case 'year': {
          field = 'year';
          const y = Number(text);
          if (text !== '' && !(Number.isInteger(y) && y >= 1900 && y <= 2200)) {
            this.localErrors.set(errKey, S.yearNotValid(text));
            continue;
          }
          value = text === '' ? null : y;
          break;
        }
        case 'source':
        case 'note':
          field = key;
          value = text;
          break;
        case 'target': {
          // Blank, or the reference value itself, restores the reference target (so undo of an
          // override returns to the reference); "none" removes the benchmark for this assessment.
          const reference = this.opts.referenceTarget(id);
          const parsed = readInput(text, decimal).value;
          let override: TargetOverride | null;
          if (text === '') override = null;
          else if (text.toLowerCase() === 'none' || text === S.noBenchmark) override = reference === null ? null : { target: 'none' };
          else if (typeof parsed === 'number' && parsed >= 0) override = parsed === reference ? null : { target: parsed };
          else {
            this.localErrors.set(errKey, S.targetNotValid(text));
            continue;
          }
          edits.push({ kind: 'target', id, override });
          continue;
        }
        default:
          continue;
      }
      edits.push({ kind: 'value', id, field, value: value as never });
    }
    if (edits.length > 0) this.opts.onEdits(edits);
    else this.hot.render();
  }

  // -------------------------------------------------------------------------------------------------
  // Groups and filters

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const sel = this.hot.getSelectedRangeLast();
    if (!sel || this.hot.getActiveEditor()?.isOpened()) return;
    const meta = this.rows[this.hot.toPhysicalRow(sel.highlight.row ?? -1)];
    if (meta?.kind !== 'group') return;
    event.stopImmediatePropagation();
    event.preventDefault();
    this.toggle(meta.code);
  }

  toggle(code: string): void {
    if (this.collapsed.has(code)) this.collapsed.delete(code);
    else this.collapsed.add(code);
    this.fillComputed();
    this.applyVisibility();
  }

  setAllCollapsed(collapsed: boolean, level: Level = 'category'): void {
    this.collapsed.clear();
    if (collapsed) for (const r of this.rows) if (r.kind === 'group' && r.level === level) this.collapsed.add(r.code);
    this.fillComputed();
    this.applyVisibility();
  }

  setFilters(filters: Filters): void {
    this.filters = { ...filters };
    this.applyVisibility();
  }

  private visibleDp(r: Extract<RowMeta, { kind: 'dp' }>): boolean {
    const f = this.filters;
    if (f.coreOnly && r.ref.kpi.tier !== 'core') return false;
    const it = this.items.get(r.ref.id);
    if (f.notReported && it && it.state !== 'not-reported' && it.state !== 'invalid') return false;
    if (f.flagged && !(it && it.flags.length > 0)) return false;
    return true;
  }

  private applyVisibility(): void {
    const hidden: number[] = [];
    const hasVisibleChild = new Set<string>();
    const filtering = this.filters.coreOnly || this.filters.notReported || this.filters.flagged;
    this.rows.forEach((r) => {
      if (r.kind === 'dp' && this.visibleDp(r)) r.parents.forEach((p) => hasVisibleChild.add(p));
    });
    this.rows.forEach((r, i) => {
      const underCollapsed = r.parents.some((p) => this.collapsed.has(p));
      const visible = r.kind === 'dp' ? this.visibleDp(r) : !filtering || hasVisibleChild.has(r.code);
      if (underCollapsed || !visible) hidden.push(i);
    });
    const plugin = this.hot.getPlugin('hiddenRows');
    const current = plugin.getHiddenRows();
    const same = current.length === hidden.length && current.every((v, i) => v === hidden[i]);
    if (!same) {
      this.hot.batch(() => {
        plugin.showRows(current);
        plugin.hideRows(hidden);
      });
    }
    this.hot.render();
  }

  /** Moves the selection to a data point's cell (tests, "go to problem"). */
  selectCell(id: string, key: ColumnKey): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    this.hot.selectCell(this.hot.toVisualRow(row), col(key));
  }
}

/** The column a flag is about, for marking the cell. */
function flagColumn(f: Flag, meta: Extract<RowMeta, { kind: 'dp' }>, doc: AssessmentDoc | undefined): ColumnKey {
  switch (f.field) {
    case 'numerator':
      return 'numerator';
    case 'denominator':
    case 'profile':
      return 'denominator';
    case 'target':
      return 'target';
    case 'value': {
      const v = doc?.values[meta.ref.id]?.value;
      return v !== undefined && v !== null && v !== '' ? 'value' : 'computed';
    }
  }
}
