/** The KPI grid, in parts: see KpiGrid.ts for how they fit together. */
export { KpiGrid, type GridOptions } from './KpiGrid';
export {
  buildRows,
  col,
  COLUMN_SETS,
  COLUMNS,
  LICENSE_KEY,
  type ColumnKey,
  type ColumnSet,
  type DpRow,
  type GroupRow,
  type Level,
  type RowMeta,
} from './columns';
export { NO_FILTERS, type Filters } from './groups';
export { FLAG_KINDS, type FlagCounts, type FlagKind } from './flags';
