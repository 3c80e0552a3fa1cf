/**
 * Columns and rows of the KPI grid: which columns exist, how wide they are, which are computed or
 * numeric, and the row list (group headers for dimension, sub-dimension and category, each followed
 * by its data points) with the text each row holds.
 */
import type { CellProperties, ColumnSettings } from 'handsontable/base';
import type { BaseRenderer } from 'handsontable/renderers';
import type { AssessmentDoc } from '../../engine/assessment';
import type { DatapointRef, Framework } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import type { ValueEntry } from '../../engine/types';
import { reviewOf, threadOpen } from '../../engine/review';
import { reviewStateLabel } from '../review/state-label';
import { inputText } from '../format';
import { shellWords } from '../strings';
import { frameworkGrid } from '../messages/compiled/framework-grid';
import { FRESH_DROPDOWN } from './dropdown-editor';
import { reviewWords } from '../strings/review';
import { catalogueName, datapointUnit, kpiAndLabel } from '../strings/kpi-names';

export const LICENSE_KEY = 'non-commercial-and-evaluation';

/**
 * Column order puts what a row is about (code, name), its inputs and its result first, so that at
 * 1280 px the row being typed shows its points and band without sideways scrolling; the unit follows
 * the result, then the review state (read-only), and provenance comes last.
 */
export const COLUMNS = [
  'code',
  'name',
  'numerator',
  'denominator',
  'value',
  'computed',
  'target',
  'achievement',
  'band',
  'unit',
  'review',
  'status',
  'quality',
  'source',
  'year',
  'note',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];
export const col = (key: ColumnKey): number => COLUMNS.indexOf(key);

export const WIDTHS: Record<ColumnKey, number> = {
  code: 128,
  name: 136,
  numerator: 84,
  denominator: 84,
  value: 84,
  computed: 78,
  target: 66,
  achievement: 84,
  band: 90,
  unit: 70,
  status: 96,
  quality: 120,
  source: 110,
  year: 48,
  note: 130,
  review: 150,
};

/**
 * Column sets the toolbar switches between: the inputs with their result (value, target, achievement,
 * points and band), or the provenance of each value (status, quality, source, year, note) beside its
 * points, or the review state of each value beside its value, points and source, or everything.
 */
export type ColumnSet = 'work' | 'provenance' | 'review' | 'all';
export const COLUMN_SETS: Record<ColumnSet, readonly ColumnKey[]> = {
  work: ['code', 'name', 'numerator', 'denominator', 'value', 'computed', 'target', 'achievement', 'band', 'unit'],
  provenance: ['code', 'name', 'band', 'status', 'quality', 'source', 'year', 'note'],
  review: ['code', 'name', 'computed', 'band', 'review', 'source', 'note'],
  all: COLUMNS,
};
/** The first column set that shows a column. */
export const setShowing = (key: ColumnKey, current: ColumnSet): ColumnSet =>
  COLUMN_SETS[current].includes(key) ? current : COLUMN_SETS.work.includes(key) ? 'work' : key === 'review' ? 'review' : 'provenance';

export const COMPUTED = new Set<ColumnKey>(['computed', 'achievement', 'band', 'review']);
export const NUMERIC = new Set<ColumnKey>(['numerator', 'denominator', 'value']);
const EDITABLE = new Set<ColumnKey>(['numerator', 'denominator', 'value', 'target', 'status', 'quality', 'source', 'year', 'note']);

export type Level = 'dimension' | 'subdimension' | 'category';
export type GroupRow = { kind: 'group'; level: Level; code: string; name: string; parents: string[] };
export type DpRow = {
  kind: 'dp';
  ref: DatapointRef;
  parents: string[];
  profileField: string | null;
  ratio: boolean;
  yesno: boolean;
  /** How many of the numerator and denominator cells the data point reads (a ratio 2, a local formula its inputs up to 2). */
  slots: 0 | 1 | 2;
  /** What the numerator and denominator cells hold, where the data point names them (a local formula's inputs). */
  inputs: string[];
  /** A local KPI of the framework the assessment names: its values are `localValues`, scored apart from U4SSC. */
  local: boolean;
  /** A U4SSC data point the named framework (a national selection) leaves out: hidden unless asked for. */
  outside: boolean;
};
export type RowMeta = GroupRow | DpRow;

export type RowData = Record<ColumnKey, string>;

/**
 * How the grid follows the framework an assessment names (engine/local-kpis.ts `frameworkOrder`): the
 * U4SSC data points in the order it keeps them, the ones it leaves out, and its local data points under
 * a group of their own (`group`: its code and name), after the U4SSC rows.
 */
export interface GridLayout {
  kept: readonly DatapointRef[];
  left: readonly DatapointRef[];
  local: readonly DatapointRef[];
  group: { code: string; name: string };
}

function dpRow(ref: DatapointRef, parents: string[], local: boolean, outside: boolean): DpRow {
  const f = ref.def.formula;
  // What a local KPI's input cells hold, in its framework's words (a formula's inputs; a simple one reads as a ratio).
  const inputs =
    f.kind === 'formula'
      ? f.inputs.slice(0, 2).map((i) => i.label || i.name)
      : f.kind === 'ratio' && local
        ? [f.numerator, ...('input' in f.denominator ? [f.denominator.input] : [])]
        : [];
  return {
    kind: 'dp',
    ref,
    parents,
    profileField: f.kind === 'ratio' && 'profile' in f.denominator ? f.denominator.profile : null,
    ratio: f.kind === 'ratio',
    yesno: f.kind === 'yesno',
    slots: f.kind === 'ratio' ? 2 : (inputs.length as 0 | 1 | 2),
    inputs,
    local,
    outside,
  };
}

/**
 * Builds the row list: group headers in catalogue order, each followed by its data points. Under a
 * layout, the groups and their data points come in the order of the first data point the framework
 * keeps in each (the left-out ones last, in catalogue order), then the local KPIs' group.
 */
export function buildRows(fw: Framework, layout?: GridLayout): RowMeta[] {
  const rows: RowMeta[] = [];
  const rank = new Map<string, number>();
  if (layout) {
    layout.kept.forEach((d, i) => rank.set(d.id, i));
    layout.left.forEach((d, i) => rank.set(d.id, layout.kept.length + i));
  }
  const outside = new Set(layout?.left.map((d) => d.id));
  const rankOf = (id: string) => rank.get(id) ?? fw.byId.get(id)?.index ?? 0;
  const byCategory = new Map<string, DatapointRef[]>();
  for (const ref of fw.datapoints) {
    const list = byCategory.get(ref.path.category) ?? [];
    list.push(ref);
    byCategory.set(ref.path.category, list);
  }
  for (const list of byCategory.values()) list.sort((a, b) => rankOf(a.id) - rankOf(b.id));
  const first = (code: string) => rankOf(byCategory.get(code)?.[0]?.id ?? '') + (byCategory.get(code)?.length ? 0 : Infinity);
  // A group goes where its first data point goes (sort is stable: catalogue order among equals).
  const inOrder = <T>(list: readonly T[], key: (x: T) => number): T[] => (layout ? [...list].sort((a, b) => key(a) - key(b)) : [...list]);
  const catKey = (dim: string, sub: string, cat: string) => first(`${dim}: ${sub}: ${cat}`);
  type Sub = (typeof fw.data.dimensions)[number]['subdimensions'][number];
  const subKey = (dim: string, sub: Sub) => Math.min(Infinity, ...sub.categories.map((c) => catKey(dim, sub.code, c.code)));
  const dimKey = (dim: (typeof fw.data.dimensions)[number]) => Math.min(Infinity, ...dim.subdimensions.map((s) => subKey(dim.code, s)));
  for (const dim of inOrder(fw.data.dimensions, dimKey)) {
    rows.push({ kind: 'group', level: 'dimension', code: dim.code, name: catalogueName('group', dim.code, dim.name), parents: [] });
    for (const sub of inOrder(dim.subdimensions, (s) => subKey(dim.code, s))) {
      const subCode = `${dim.code}: ${sub.code}`;
      rows.push({ kind: 'group', level: 'subdimension', code: subCode, name: catalogueName('group', subCode, sub.name), parents: [dim.code] });
      for (const cat of inOrder(sub.categories, (c) => catKey(dim.code, sub.code, c.code))) {
        const catCode = `${subCode}: ${cat.code}`;
        rows.push({ kind: 'group', level: 'category', code: catCode, name: catalogueName('group', catCode, cat.name), parents: [dim.code, subCode] });
        for (const ref of byCategory.get(catCode) ?? []) rows.push(dpRow(ref, [dim.code, subCode, catCode], false, outside.has(ref.id)));
      }
    }
  }
  if (layout && layout.local.length > 0) {
    rows.push({ kind: 'group', level: 'dimension', code: layout.group.code, name: layout.group.name, parents: [] });
    for (const ref of layout.local) rows.push(dpRow(ref, [layout.group.code], true, false));
  }
  return rows;
}

/** A data point's name in the display language: `KPI — label` where its KPI has several. */
export const dpName = (ref: DatapointRef): string => kpiAndLabel(ref);
export const dpCode = (ref: DatapointRef): string => (ref.def.key ? `${ref.kpi.code} · ${ref.def.key}` : ref.kpi.code);

/** The text a row holds for the input and provenance columns (computed columns are filled later). */
export function rowData(r: RowMeta, doc: AssessmentDoc, decimal: DecimalStyle): RowData {
  const blank = Object.fromEntries(COLUMNS.map((k) => [k, ''])) as RowData;
  if (r.kind === 'group') return { ...blank, code: r.code, name: r.name };
  const e = entryOf(r, doc) ?? {};
  return {
    ...blank,
    code: dpCode(r.ref),
    name: r.local ? frameworkGrid.localName({ name: dpName(r.ref) }) : r.outside ? frameworkGrid.leftOutName({ name: dpName(r.ref) }) : dpName(r.ref),
    numerator: r.slots >= 1 ? inputText(e.numerator, decimal) : '',
    denominator: r.profileField ? inputText(doc.profile[r.profileField], decimal) : r.slots >= 2 ? inputText(e.denominator, decimal) : '',
    value: inputText(e.value, decimal),
    unit: datapointUnit(r.ref),
    status: e.status ? shellWords.statusLabels[e.status] : '',
    quality: e.quality ? shellWords.qualityLabels[e.quality] : '',
    source: e.source ?? '',
    year: e.year === undefined || e.year === null ? '' : String(e.year),
    note: e.note ?? '',
    review: r.local ? '' : reviewText(r.ref, doc),
  };
}

/** The value entry a data point row edits: a local KPI's in `localValues`, a U4SSC one's in `values`. */
export const entryOf = (r: DpRow, doc: AssessmentDoc): ValueEntry | undefined => (r.local ? doc.localValues?.[r.ref.id] : doc.values[r.ref.id]);

/** The review column: the state in words (never colour alone), "changed since verified", "open query". */
export function reviewText(ref: DatapointRef, doc: AssessmentDoc): string {
  if (doc.values[ref.id]?.status === 'not-applicable') return '';
  const parts = [reviewStateLabel(reviewOf(doc, ref))];
  if (threadOpen(doc.threads?.[ref.id])) parts.push(reviewWords.openQuery);
  return parts.join(' · ');
}

/** A list of choices whose Enter takes the choice matching everything typed (dropdown-editor.ts). */
const DROPDOWN = { type: 'dropdown', editor: FRESH_DROPDOWN } as const;

/** Handsontable column settings, all drawn by one renderer. */
export function columnSettings(renderer: BaseRenderer): ColumnSettings[] {
  return COLUMNS.map((key) => ({
    data: key,
    renderer,
    readOnly: !EDITABLE.has(key),
    ...(key === 'status' && { ...DROPDOWN, source: Object.values(shellWords.statusLabels), renderer }),
    ...(key === 'quality' && { ...DROPDOWN, source: Object.values(shellWords.qualityLabels), renderer }),
  }));
}

/** Per-cell settings: group rows are read-only; inputs a KPI does not use are read-only. */
export function cellMeta(rows: RowMeta[], row: number, column: number): Partial<CellProperties> {
  const meta = rows[row];
  const key = COLUMNS[column];
  if (!meta) return {};
  if (meta.kind === 'group') return { readOnly: true, type: 'text', editor: false };
  if (key === 'value' && meta.yesno) return { ...DROPDOWN, source: [shellWords.yes, shellWords.no] };
  // A yes/no data point's target is always "yes"; only numeric targets are replaced per assessment.
  if (key === 'target' && meta.yesno) return { readOnly: true, editor: false };
  // A local KPI's reference target is its framework's (the assessment's target overrides are U4SSC's).
  if (key === 'target' && meta.local) return { readOnly: true, editor: false };
  if ((key === 'numerator' && meta.slots < 1) || (key === 'denominator' && (meta.slots < 2 || meta.profileField))) {
    return { readOnly: true, editor: false };
  }
  return {};
}
