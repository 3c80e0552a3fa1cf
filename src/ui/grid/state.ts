/**
 * What the grid's parts share: the row list, the row objects Handsontable shows, the document being
 * edited, the latest scores, and the grid's own view state (collapsed groups, filters, local errors).
 */
import type { AssessmentDoc } from '../../engine/assessment';
import type { Framework } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import type { AggregateResult, EnteredValue, ItemResult } from '../../engine/types';
import type { RowData, RowMeta } from './columns';
import { NO_FILTERS, type Filters } from './groups';

export interface GridState {
  readonly fw: Framework;
  /** The row list (columns.ts `buildRows`): made anew when the framework the assessment names changes (`KpiGrid.setLayout`). */
  rows: RowMeta[];
  /** Row index of each data point id. */
  rowOf: Map<string, number>;
  data: RowData[];
  doc: AssessmentDoc | undefined;
  items: Map<string, ItemResult>;
  /** The local KPIs' results (engine/local-kpis.ts, scored in the page), by id; merged into `items`. */
  localItems: Map<string, ItemResult>;
  /** Whether the U4SSC KPIs a named selection leaves out are shown. */
  showOutside: boolean;
  aggregates: Map<string, AggregateResult>;
  collapsed: Set<string>;
  filters: Filters;
  /** Problems the grid finds before the engine sees the value (a year or status that does not read), by `id|column`. */
  localErrors: Map<string, string>;
  /** A value just typed in another unit (`12 ppb`) and converted, by data-point id, until its edit is made. */
  entered: Map<string, EnteredValue>;
  decimal: () => DecimalStyle;
}

/** Row index of each data point id. */
export function rowIndex(rows: readonly RowMeta[]): Map<string, number> {
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => r.kind === 'dp' && rowOf.set(r.ref.id, i));
  return rowOf;
}

export function createState(fw: Framework, rows: RowMeta[], decimal: () => DecimalStyle): GridState {
  const rowOf = rowIndex(rows);
  return {
    fw,
    rows,
    rowOf,
    data: [],
    doc: undefined,
    items: new Map(),
    localItems: new Map(),
    showOutside: false,
    aggregates: new Map(),
    collapsed: new Set(),
    filters: { ...NO_FILTERS },
    localErrors: new Map(),
    entered: new Map(),
    decimal,
  };
}
