/**
 * A comparison packed for the way from the batch worker to the page (issue #27, item 5). Built in the
 * worker, a comparison of 1 000 assessments is three tables of rows × 1 000 numbers and a table of
 * trend statuses; copied as nested arrays it costs the page about as long to receive as it cost the
 * worker to build. Packed, each table is one typed array that is handed over, not copied, and the page
 * unpacks it row by row. Pure: the worker packs, the page unpacks, a unit test checks the round trip.
 */
import type { Comparison, ComparisonRow } from './comparison';
import type { ProgressStatus } from './trend';

const STATUSES: readonly (ProgressStatus | null)[] = [null, 'achieved', 'on-track', 'acceleration-needed', 'stagnating', 'moving-away', 'insufficient-data'];
const STATUS_CODE = new Map(STATUSES.map((s, i) => [s, i]));

export interface PackedComparison {
  /** The rows' keys, in order: the page lays its own rows (in the display language) over them. */
  keys: string[];
  columns: Comparison['columns'];
  series: Comparison['series'];
  /** rows × columns, row after row; NaN where the comparison has null. */
  value: Float64Array;
  points: Float64Array;
  percent: Float64Array;
  /** rows × series, row after row: an index into STATUSES (0 for null). */
  trend: Uint8Array;
}

function packTable(table: readonly (readonly (number | null)[])[], width: number): Float64Array {
  const out = new Float64Array(table.length * width);
  table.forEach((row, r) => {
    for (let c = 0; c < width; c++) out[r * width + c] = row[c] ?? NaN;
  });
  return out;
}

export function packComparison(c: Comparison): PackedComparison {
  const width = c.columns.length;
  const trend = new Uint8Array(c.rows.length * c.series.length);
  c.trend.forEach((row, r) => row.forEach((s, k) => (trend[r * c.series.length + k] = STATUS_CODE.get(s)!)));
  return {
    keys: c.rows.map((r) => r.key),
    columns: c.columns,
    series: c.series,
    value: packTable(c.value, width),
    points: packTable(c.points, width),
    percent: packTable(c.percent, width),
    trend,
  };
}

/** The typed arrays of a packed comparison: what is handed over rather than copied. */
export const packedBuffers = (p: PackedComparison): ArrayBuffer[] => [p.value, p.points, p.percent, p.trend].map((a) => a.buffer as ArrayBuffer);

const unpackRow = (table: Float64Array, r: number, width: number): (number | null)[] => {
  const row = new Array<number | null>(width);
  for (let c = 0; c < width; c++) {
    const x = table[r * width + c];
    row[c] = Number.isNaN(x) ? null : x;
  }
  return row;
};

/**
 * The comparison, with `rows` (the page's, named in its language) in place of the worker's. Null when
 * they are not the rows it was built over (another catalogue): never a table under the wrong names.
 */
export function unpackComparison(p: PackedComparison, rows: ComparisonRow[]): Comparison | null {
  if (rows.length !== p.keys.length || rows.some((r, i) => r.key !== p.keys[i])) return null;
  const width = p.columns.length;
  const n = p.series.length;
  const value: (number | null)[][] = [];
  const points: (number | null)[][] = [];
  const percent: (number | null)[][] = [];
  const trend: (ProgressStatus | null)[][] = [];
  for (let r = 0; r < rows.length; r++) {
    value.push(unpackRow(p.value, r, width));
    points.push(unpackRow(p.points, r, width));
    percent.push(unpackRow(p.percent, r, width));
    trend.push(Array.from(p.trend.subarray(r * n, (r + 1) * n), (k) => STATUSES[k]));
  }
  return { rows, columns: p.columns, series: p.series, value, points, percent, trend };
}
