import type { Comparison } from '../../engine/comparison';
import { normalise, orient, startRanking, type Aggregation, type Normalisation, type RankedCity } from '../../engine/relative';

export interface RankingRow extends RankedCity {
  label: string;
  /** Data point labels (code and key) that move the city's rank when left out. */
  movedBy: string[];
}

/**
 * The ranking of the cities of a comparison (the latest year of each series) by the relative methods
 * of relative.ts: each data point oriented (higher is better; a band by its achievement), normalised
 * across the cities, aggregated with equal weights, ranked with leave-one-out ranges.
 */
export function rankingOf(cmp: Comparison, method: Normalisation, aggregation: Aggregation): { rows: RankingRow[]; cities: number } {
  const run = rankingSteps(cmp, method, aggregation);
  for (let j = 0; j < run.columns; j++) run.leaveOut(j);
  return run.result();
}

/**
 * `rankingOf` in steps: the composites and ranks at once (`result()`), the leave-one-out ranges one data
 * point at a time (`leaveOut(j)` for j < `columns`), so that the Compare view can spread a ranking of
 * many cities over several tasks and never hold the page for it.
 */
export function rankingSteps(
  cmp: Comparison,
  method: Normalisation,
  aggregation: Aggregation,
): { columns: number; leaveOut: (j: number) => void; result: () => { rows: RankingRow[]; cities: number } } {
  const latest = cmp.series.map((s) => s.columns[s.columns.length - 1]);
  const dps = cmp.rows.flatMap((r, i) => (r.level === 'datapoint' ? [i] : []));
  const columns = dps.map((i) => {
    const r = cmp.rows[i];
    const values = r.direction === 'band' ? latest.map((c) => cmp.percent[i][c]) : latest.map((c) => cmp.value[i][c]);
    return normalise(orient(values, r.direction === 'band' ? 'higher' : r.direction!), method).values;
  });
  // Rank: 1 is best; as a score to aggregate, the best must be highest.
  const asScore = (v: number | null) => (v === null ? null : method === 'rank' ? latest.length + 1 - v : v);
  const matrix = latest.map((_, city) => columns.map((col) => asScore(col[city])));
  const run = startRanking(
    matrix,
    dps.map(() => 1),
    aggregation,
  );
  const label = (i: number) => {
    const r = cmp.rows[dps[i]];
    return r.datapoint ? `${r.code} ${r.datapoint}` : r.code;
  };
  const result = () => {
    const rows = run.ranked
      .map((r) => {
        const col = cmp.columns[latest[r.city]];
        return { ...r, label: `${col.city} ${col.year}`, movedBy: r.changedBy.map(label) };
      })
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
    return { rows, cities: latest.length };
  };
  return { columns: dps.length, leaveOut: run.leaveOut, result };
}
