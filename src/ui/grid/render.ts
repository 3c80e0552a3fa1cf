/**
 * Cell rendering: the computed columns' text (value, target, achievement, points and band, and the
 * group rows' aggregates), and the renderer that marks cells (computed, override, profile, unused,
 * band colours, errors and warnings with their reasons).
 */
import type Handsontable from 'handsontable/base';
import type { CellProperties } from 'handsontable/base';
import { dropdownRenderer, textRenderer } from 'handsontable/renderers';
import type { AssessmentDoc } from '../../engine/assessment';
import type { Flag, ItemResult } from '../../engine/types';
import { bandLabel, flagMessage, formatNumber, formatPercent, readInput } from '../format';
import { shellWords } from '../strings';
import { catalogueTexts } from '../strings/catalogue';
import { timeWords } from '../strings/time';
import { frameworkGrid } from '../messages/compiled/framework-grid';
import { COLUMNS, COMPUTED, NUMERIC, type ColumnKey, type DpRow, type RowData, type RowMeta } from './columns';
import { FLAG_KINDS, flagKind, type FlagKind } from './flags';
import type { GridState } from './state';
import { profileLabel } from '../strings/kpi-names';

const MY_CLASSES = [
  'row-group',
  'level-dimension',
  'level-subdimension',
  'level-category',
  'cell-computed',
  'cell-override',
  'cell-own-target',
  'cell-error',
  'cell-warning',
  'cell-reminder',
  'cell-review',
  'cell-profile',
  'cell-unused',
  'band-1',
  'band-2',
  'band-3',
  'band-4',
  'tier-advanced',
];

/** Writes the computed columns of one row from the latest scores. */
export function fillComputedRow(state: GridState, r: RowMeta, row: RowData): void {
  const decimal = state.decimal();
  if (r.kind === 'group') {
    const a = state.aggregates.get(r.code);
    row.computed = '';
    row.target = '';
    row.achievement = a?.percent != null ? formatPercent(a.percent, decimal) : '';
    row.band = a?.band ? bandLabel(a.band) : '';
    row.status = a ? shellWords.coverageValue(a.reported, a.benchmarked, a.expected) : '';
    row.code = `${state.collapsed.has(r.code) ? '▸' : '▾'} ${r.code}`;
    return;
  }
  const it = state.items.get(r.ref.id);
  if (!it) return;
  row.computed = it.value === null ? '' : r.yesno ? (it.value >= 1 ? shellWords.yes : shellWords.no) : formatNumber(it.value, decimal, 3);
  row.target =
    it.target === null
      ? it.state === 'unbenchmarked' || it.targetOrigin === 'none'
        ? shellWords.noBenchmark
        : ''
      : r.yesno
        ? shellWords.yes
        : formatNumber(it.target, decimal, 3);
  row.achievement = it.achievement === null ? '' : formatPercent(it.achievement * 100, decimal);
  row.band = it.points && it.band ? shellWords.pointsBand(it.points, bandLabel(it.band)) : '';
}

export function fillComputed(state: GridState): void {
  state.rows.forEach((r, i) => {
    const row = state.data[i];
    if (row) fillComputedRow(state, r, row);
  });
}

/** The one renderer of every column. */
export function createRenderer(state: GridState) {
  return function renderer(
    instance: Handsontable,
    td: HTMLTableCellElement,
    row: number,
    column: number,
    prop: string | number,
    value: unknown,
    cp: CellProperties,
  ): void {
    const key = COLUMNS[column];
    if (cp.type === 'dropdown') dropdownRenderer(instance, td, row, column, prop, value, cp);
    else textRenderer(instance, td, row, column, prop, value, cp);
    td.classList.remove(...MY_CLASSES);
    td.removeAttribute('title');
    const meta = state.rows[instance.toPhysicalRow(row)];
    if (!meta) return;
    // The name cell heads its row, so a screen reader moving along a row says which KPI a cell
    // belongs to (with the column header it already says).
    if (key === 'name') td.setAttribute('role', 'rowheader');
    else if (td.getAttribute('role') === 'rowheader') td.setAttribute('role', 'gridcell');
    if (meta.kind === 'group') {
      td.classList.add('row-group', `level-${meta.level}`);
      if (key === 'band') {
        const a = state.aggregates.get(meta.code);
        if (a?.band) td.classList.add(`band-${a.band}`);
      }
      if (key === 'status') td.title = shellWords.coverage;
      if (key === 'code') td.setAttribute('aria-expanded', String(!state.collapsed.has(meta.code)));
      return;
    }
    td.removeAttribute('aria-expanded');
    if (meta.ref.kpi.tier === 'advanced' && key === 'code') td.classList.add('tier-advanced');
    if (COMPUTED.has(key) || (key === 'target' && meta.yesno)) td.classList.add('cell-computed');
    const it = state.items.get(meta.ref.id);
    if (key === 'target' && it?.targetOrigin === 'own') {
      // The city's own target scores this row: a mark (◆, app.css) as well as the look, and in words.
      td.classList.add('cell-own-target');
      td.title = timeWords.scoring.explainOwn(state.doc?.ownTargets?.[meta.ref.id]?.deadline ?? null);
    } else if (key === 'target' && it?.targetOrigin === 'override') {
      td.classList.add('cell-override');
      td.title = shellWords.targetOverridden;
    } else if (key === 'target' && it?.targetOrigin === 'none' && state.doc?.targets[meta.ref.id]) {
      td.classList.add('cell-override');
      td.title = shellWords.targetRemoved;
    }
    if (key === 'band' && it?.band) td.classList.add(`band-${it.band}`);
    if ((key === 'numerator' && meta.slots < 1) || (key === 'denominator' && meta.slots < 2)) {
      td.classList.add('cell-unused');
      td.title = shellWords.notUsed;
      return;
    }
    // A local formula's inputs sit in the numerator and denominator cells: each says which input it is.
    const input = key === 'numerator' ? meta.inputs[0] : key === 'denominator' ? meta.inputs[1] : undefined;
    if (input) td.title = frameworkGrid.inputCell({ input });
    if (key === 'denominator' && meta.profileField) {
      td.classList.add('cell-profile');
      const field = state.fw.data.profile.find((p) => p.id === meta.profileField);
      td.title = shellWords.fromProfile(field ? profileLabel(field) : meta.profileField);
    }
    const review = key === 'code' ? state.doc?.catalogueReview : undefined;
    if (review?.datapoints[meta.ref.id]) {
      // A data point whose definition changed since the assessment's catalogue version: marked with a
      // sign as well as a colour, and said to screen readers, until the user marks it as read.
      td.classList.add('cell-review');
      td.title = catalogueTexts.reviewMarker({ to: review.to });
      td.setAttribute('aria-description', catalogueTexts.reviewMarker({ to: review.to }));
      return;
    }
    const marks = cellMarks(state, meta, key, value, it);
    if (marks) {
      td.classList.add(`cell-${marks.kind}`);
      td.title = marks.reasons.join(' ');
      td.setAttribute('aria-description', `${shellWords.flagKindLabel[marks.kind]}: ${marks.reasons.join(' ')}`);
    } else td.removeAttribute('aria-description');
  };
}

/**
 * What a cell is marked with, most severe first: an error (the value is refused), a warning (scored,
 * but implausible), or a reminder (an input still to be entered).
 */
export function cellMarks(
  state: GridState,
  meta: DpRow,
  key: ColumnKey,
  value: unknown,
  it: ItemResult | undefined,
): { kind: FlagKind; reasons: string[] } | null {
  const reasons: Record<FlagKind, string[]> = { error: [], warning: [], reminder: [] };
  if (NUMERIC.has(key) && typeof value === 'string' && value.trim() !== '' && !(key === 'value' && meta.yesno)) {
    const parsed = readInput(value, state.decimal());
    if (parsed.reason) reasons.error.push(parsed.reason);
  }
  const local = state.localErrors.get(`${meta.ref.id}|${key}`);
  if (local) reasons.error.push(local);
  for (const f of it?.flags ?? []) {
    if (flagColumn(f, meta, state.doc) !== key) continue;
    const list = reasons[flagKind(f)];
    const message = flagMessage(f, state.decimal());
    if (!reasons.error.includes(message) && !list.includes(message)) list.push(message);
  }
  for (const kind of FLAG_KINDS) if (reasons[kind].length > 0) return { kind, reasons: [...reasons.error, ...reasons.warning, ...reasons.reminder] };
  return null;
}

/** The column a flag is about, for marking the cell. */
export function flagColumn(f: Flag, meta: DpRow, doc: AssessmentDoc | undefined): ColumnKey {
  switch (f.field) {
    case 'numerator':
      return 'numerator';
    case 'denominator':
    case 'profile':
      return 'denominator';
    case 'target':
      return 'target';
    case 'value': {
      const v = (meta.local ? doc?.localValues?.[meta.ref.id] : doc?.values[meta.ref.id])?.value;
      return v !== undefined && v !== null && v !== '' ? 'value' : 'computed';
    }
  }
}
