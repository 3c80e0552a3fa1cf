/**
 * The read-only comparison grid (Handsontable): one row per aggregate and data point, one column per
 * assessment, then a trend column per city series of two years or more. Cells hold numbers so that
 * sorting is numeric; the renderer words them, marks differences from the base column with an arrow
 * and a class (colour is never the only signal), and headers are set as text (city names are user data,
 * never HTML).
 */
import Handsontable from 'handsontable/base';
import type { CellProperties } from 'handsontable/base';
import { ColumnSorting, CopyPaste, registerPlugin } from 'handsontable/plugins';
import { textRenderer } from 'handsontable/renderers';
import type { Comparison } from '../../engine/comparison';
import type { DecimalStyle } from '../../engine/parse';
import type { ProgressStatus } from '../../engine/trend';
import { LICENSE_KEY } from '../grid/columns';
import { formatNumber, formatPercent } from '../format';
import { shellWords } from '../strings';
import { STATUS_SYMBOL, timeWords } from '../strings/time';
import { timeCompareWords } from '../strings/time-compare';
import { CORE_CSS } from '../grid/core-css';
import { comparisonRowName } from '../strings/kpi-names';
import { localResults } from '../messages/compiled/local-results';

registerPlugin(ColumnSorting);
registerPlugin(CopyPaste);

export type ShowWhat = 'value' | 'points' | 'percent';
export type RowLevel = 'all' | 'aggregates' | 'datapoints';

/** Trend statuses in sort order (best first). */
export const STATUS_ORDER: readonly ProgressStatus[] = ['achieved', 'on-track', 'acceleration-needed', 'stagnating', 'moving-away', 'insufficient-data'];

export interface GridView {
  show: ShowWhat;
  /** Index of the base column among the assessments, or -1 for none. */
  base: number;
  filter: string;
  level: RowLevel;
  decimal: DecimalStyle;
}

/** The rows shown for a view: by level and by a case-insensitive match on code or name. */
export function visibleRows(cmp: Comparison, view: Pick<GridView, 'filter' | 'level'>): number[] {
  const needle = view.filter.trim().toLocaleLowerCase();
  const out: number[] = [];
  cmp.rows.forEach((r, i) => {
    if (view.level === 'aggregates' && r.level === 'datapoint') return;
    if (view.level === 'datapoints' && r.level !== 'datapoint') return;
    if (needle && !`${r.code} ${r.datapoint} ${rowName(r)}`.toLocaleLowerCase().includes(needle)) return;
    out.push(i);
  });
  return out;
}

/** A row's name; a local KPI's (issue #30) says so in words. */
export const rowName = (r: Comparison['rows'][number]): string =>
  r.level === 'overall' ? shellWords.overall : r.local ? `${comparisonRowName(r)} (${localResults.marker})` : comparisonRowName(r);
export const columnLabel = (c: Comparison['columns'][number]): string => `${c.city} ${c.year}`;
/**
 * A column's header: the year first. Columns of one city sit side by side, and at the grid's column
 * width a header that starts with the city's name showed the same cut-off name on every one.
 */
export const columnHeader = (c: Comparison['columns'][number]): string => `${c.year} · ${c.city}`;
/** The series that have a trend column (two years or more). */
export const trendSeries = (cmp: Comparison): number[] => cmp.series.flatMap((s, i) => (s.columns.length > 1 ? [i] : []));

const matrix = (cmp: Comparison, show: ShowWhat) => (show === 'value' ? cmp.value : show === 'points' ? cmp.points : cmp.percent);

/** A cell's text, as the grid and the CSV show it. */
export function cellText(cmp: Comparison, row: number, v: number | null, show: ShowWhat, decimal: DecimalStyle): string {
  if (v === null) return '';
  const r = cmp.rows[row];
  if (show === 'points') return formatNumber(v, decimal, 0);
  if (show === 'percent' || r.level !== 'datapoint') return formatPercent(v, decimal);
  if (r.direction === 'yesno') return v >= 1 ? shellWords.yes : shellWords.no;
  return formatNumber(v, decimal, 2);
}

export const statusText = (s: ProgressStatus): string => `${STATUS_SYMBOL[s]} ${timeWords.status[s]}`;

/** The grid's table: header labels and rows of numbers (assessment cells) and status indices (trend cells). */
export function gridData(cmp: Comparison, view: GridView): { headers: string[]; rows: number[]; data: (string | number | null)[][] } {
  const rows = visibleRows(cmp, view);
  const m = matrix(cmp, view.show);
  const trends = trendSeries(cmp);
  const headers = [
    timeCompareWords.colCode,
    timeCompareWords.colName,
    ...cmp.columns.map(columnHeader),
    ...trends.map((s) => `${timeCompareWords.colTrend}: ${cmp.series[s].city}`),
  ];
  const data = rows.map((i) => {
    const r = cmp.rows[i];
    return [
      r.level === 'overall' ? '' : r.datapoint ? `${r.code} ${r.datapoint}` : r.code,
      rowName(r),
      ...m[i],
      ...trends.map((s) => {
        const st = cmp.trend[i][s];
        return st === null ? null : STATUS_ORDER.indexOf(st);
      }),
    ];
  });
  return { headers, rows, data };
}

/** The comparison as CSV rows (the shown rows and measure; trend statuses in words). */
export function comparisonTable(cmp: Comparison, view: GridView): string[][] {
  const { headers, rows } = gridData(cmp, view);
  const m = matrix(cmp, view.show);
  const trends = trendSeries(cmp);
  return [
    headers,
    ...rows.map((i) => {
      const r = cmp.rows[i];
      return [
        r.level === 'overall' ? 'overall' : r.datapoint ? `${r.code} ${r.datapoint}` : r.code,
        rowName(r),
        ...m[i].map((v) => cellText(cmp, i, v, view.show, 'point')),
        ...trends.map((s) => {
          const st = cmp.trend[i][s];
          return st === null ? '' : timeWords.status[st];
        }),
      ];
    }),
  ];
}

export class ComparisonGrid {
  readonly hot: Handsontable;
  private cmp: Comparison;
  private view: GridView;
  private shown: { headers: string[]; rows: number[] } = { headers: [], rows: [] };

  constructor(host: HTMLElement, cmp: Comparison, view: GridView) {
    this.cmp = cmp;
    this.view = view;
    const renderer = this.renderer.bind(this);
    this.hot = new Handsontable(host, {
      ...CORE_CSS,
      data: [],
      readOnly: true,
      rowHeaders: false,
      colHeaders: true,
      fixedColumnsStart: 2,
      height: '60vh',
      width: '100%',
      wordWrap: false,
      columnSorting: { sortEmptyCells: false, indicator: true, headerAction: true },
      navigableHeaders: true,
      copyPaste: true,
      licenseKey: LICENSE_KEY,
      cells: () => ({ renderer }),
      afterGetColHeader: (col, th) => {
        // Headers as text: a city's name is never read as HTML.
        const label = this.shown.headers[col];
        const span = th.querySelector('.colHeader');
        if (span && label !== undefined) span.textContent = label;
        if (label !== undefined) th.title = label;
      },
    });
    this.load(cmp, view);
  }

  /** Shows a comparison under a view (measure, base column, filter); the sort order is kept. */
  load(cmp: Comparison, view: GridView): void {
    this.cmp = cmp;
    this.view = view;
    const sorting = this.hot.getPlugin('columnSorting');
    const config = sorting.getSortConfig();
    const { headers, rows, data } = gridData(cmp, view);
    this.shown = { headers, rows };
    const n = cmp.columns.length;
    this.hot.updateSettings({
      colWidths: headers.map((_, c) => (c === 0 ? 150 : c === 1 ? 260 : c < 2 + n ? 150 : 190)),
    });
    this.hot.loadData(data);
    const sorts = Array.isArray(config) ? config : config ? [config] : [];
    if (sorts.length > 0 && sorts.every((s) => s.column < headers.length)) sorting.sort(sorts);
    this.fixGridRole();
  }

  /**
   * As in the main grid (KpiGrid.fixTreegridRole): Handsontable puts the grid role on its root, which
   * also holds focus catchers and scroll holders a grid may not contain (axe: aria-required-children);
   * the role goes on each table it draws instead.
   */
  private fixGridRole(): void {
    const root = this.hot.rootElement;
    const rows = root.getAttribute('aria-rowcount');
    const cols = root.getAttribute('aria-colcount');
    const role = root.getAttribute('role') ?? 'treegrid';
    for (const name of ['role', 'aria-rowcount', 'aria-colcount', 'aria-multiselectable']) root.removeAttribute(name);
    for (const table of root.querySelectorAll('table.htCore')) {
      table.setAttribute('role', role);
      table.setAttribute('aria-label', timeCompareWords.gridLabel);
      table.setAttribute('aria-readonly', 'true');
      if (rows !== null) table.setAttribute('aria-rowcount', rows);
      if (cols !== null) table.setAttribute('aria-colcount', cols);
    }
  }

  /** Sorts by a column (as a click on its header does); `null` restores the catalogue order. */
  sort(column: number | null, order: 'asc' | 'desc' = 'asc'): void {
    const sorting = this.hot.getPlugin('columnSorting');
    if (column === null) sorting.clearSort();
    else sorting.sort({ column, sortOrder: order });
  }

  destroy(): void {
    this.hot.destroy();
  }

  private renderer(
    instance: Handsontable,
    td: HTMLTableCellElement,
    row: number,
    column: number,
    prop: string | number,
    value: unknown,
    cp: CellProperties,
  ): void {
    const physical = instance.toPhysicalRow(row);
    const i = this.shown.rows[physical];
    const n = this.cmp.columns.length;
    let text = value === null || value === undefined ? '' : String(value);
    td.classList.remove('cmp-higher', 'cmp-lower', 'cmp-base', 'row-group', 'cmp-num');
    td.removeAttribute('title');
    if (i !== undefined) {
      const r = this.cmp.rows[i];
      if (r.level !== 'datapoint') td.classList.add('row-group');
      if (column === 1) td.setAttribute('role', 'rowheader');
      if (column >= 2 && column < 2 + n) {
        td.classList.add('cmp-num');
        const c = column - 2;
        const v = value as number | null;
        text = cellText(this.cmp, i, v, this.view.show, this.view.decimal);
        const b = this.view.base;
        if (b === c) td.classList.add('cmp-base');
        else if (b >= 0 && v !== null) {
          const base = matrix(this.cmp, this.view.show)[i][b];
          if (base !== null && Math.abs(v - base) > 1e-9 * Math.max(1, Math.abs(base))) {
            const up = v > base;
            td.classList.add(up ? 'cmp-higher' : 'cmp-lower');
            text = `${up ? '▲' : '▼'} ${text}`;
            td.title = up ? timeCompareWords.higher : timeCompareWords.lower;
          }
        }
      } else if (column >= 2 + n) {
        const st = typeof value === 'number' ? STATUS_ORDER[value] : undefined;
        text = st ? statusText(st) : '';
        if (st) td.dataset.status = st;
        else delete td.dataset.status;
      }
    }
    textRenderer(instance, td, row, column, prop, text, cp);
  }
}
