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
import { reviewOf, threadOpen } from '../../engine/review';
import { reviewStateLabel } from '../review/state-label';
import { inputText } from '../format';
import { S } from '../strings';
import { FRESH_DROPDOWN } from './dropdown-editor';
import { V } from '../strings/review';
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
export type DpRow = { kind: 'dp'; ref: DatapointRef; parents: string[]; profileField: string | null; ratio: boolean; yesno: boolean };
export type RowMeta = GroupRow | DpRow;

export type RowData = Record<ColumnKey, string>;

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
    rows.push({ kind: 'group', level: 'dimension', code: dim.code, name: catalogueName('group', dim.code, dim.name), parents: [] });
    for (const sub of dim.subdimensions) {
      const subCode = `${dim.code}: ${sub.code}`;
      rows.push({ kind: 'group', level: 'subdimension', code: subCode, name: catalogueName('group', subCode, sub.name), parents: [dim.code] });
      for (const cat of sub.categories) {
        const catCode = `${subCode}: ${cat.code}`;
        rows.push({ kind: 'group', level: 'category', code: catCode, name: catalogueName('group', catCode, cat.name), parents: [dim.code, subCode] });
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

/** A data point's name in the display language: `KPI — label` where its KPI has several. */
export const dpName = (ref: DatapointRef): string => kpiAndLabel(ref);
export const dpCode = (ref: DatapointRef): string => (ref.def.key ? `${ref.kpi.code} · ${ref.def.key}` : ref.kpi.code);

/** The text a row holds for the input and provenance columns (computed columns are filled later). */
export function rowData(r: RowMeta, doc: AssessmentDoc, decimal: DecimalStyle): RowData {
  const blank = Object.fromEntries(COLUMNS.map((k) => [k, ''])) as RowData;
  if (r.kind === 'group') return { ...blank, code: r.code, name: r.name };
  const e = doc.values[r.ref.id] ?? {};
  return {
    ...blank,
    code: dpCode(r.ref),
    name: dpName(r.ref),
    numerator: r.ratio ? inputText(e.numerator, decimal) : '',
    denominator: r.profileField ? inputText(doc.profile[r.profileField], decimal) : r.ratio ? inputText(e.denominator, decimal) : '',
    value: inputText(e.value, decimal),
    unit: datapointUnit(r.ref),
    status: e.status ? S.statusLabels[e.status] : '',
    quality: e.quality ? S.qualityLabels[e.quality] : '',
    source: e.source ?? '',
    year: e.year === undefined || e.year === null ? '' : String(e.year),
    note: e.note ?? '',
    review: reviewText(r.ref, doc),
  };
}

/** The review column: the state in words (never colour alone), "changed since verified", "open query". */
export function reviewText(ref: DatapointRef, doc: AssessmentDoc): string {
  if (doc.values[ref.id]?.status === 'not-applicable') return '';
  const parts = [reviewStateLabel(reviewOf(doc, ref))];
  if (threadOpen(doc.threads?.[ref.id])) parts.push(V.openQuery);
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
    ...(key === 'status' && { ...DROPDOWN, source: Object.values(S.statusLabels), renderer }),
    ...(key === 'quality' && { ...DROPDOWN, source: Object.values(S.qualityLabels), renderer }),
  }));
}

/** Per-cell settings: group rows are read-only; inputs a KPI does not use are read-only. */
export function cellMeta(rows: RowMeta[], row: number, column: number): Partial<CellProperties> {
  const meta = rows[row];
  const key = COLUMNS[column];
  if (!meta) return {};
  if (meta.kind === 'group') return { readOnly: true, type: 'text', editor: false };
  if (key === 'value' && meta.yesno) return { ...DROPDOWN, source: [S.yes, S.no] };
  // A yes/no data point's target is always "yes"; only numeric targets are replaced per assessment.
  if (key === 'target' && meta.yesno) return { readOnly: true, editor: false };
  if ((key === 'numerator' && !meta.ratio) || (key === 'denominator' && (!meta.ratio || meta.profileField))) {
    return { readOnly: true, editor: false };
  }
  return {};
}
