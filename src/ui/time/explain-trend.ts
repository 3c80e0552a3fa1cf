/**
 * The trend of the selected data point in "explain this number" (issue #14), as plain functions the
 * panel memoises: the city series (the open assessment as on screen and the other years stored, as the
 * Compare view groups them by `seriesKey`), the values over the years, and the trend of trend.ts
 * against the city's own target or the one that scores the latest year. Pure; Node-testable.
 */
import type { Framework } from '../../engine/framework';
import { AGGREGATE_TARGET, trendOf, trendWithOwn, type DatapointTrend, type Trend } from '../../engine/trend';
import type { AggregateLevel, Direction, ItemResult, OwnTarget, Scores } from '../../engine/types';

/** Another year of the series: what the trend needs of a stored assessment and its scores. */
export interface SeriesYear {
  id: string;
  year: number;
  scores: Scores;
  ownTargets?: Record<string, OwnTarget>;
}

/** The selected data point in the open assessment, as the explanation gives it. */
export interface CurrentPoint {
  id: string;
  year: number;
  state: ItemResult['state'];
  value: number | null;
  target: number | null;
  own: OwnTarget | undefined;
  /** The open assessment's aggregates of this data point (category … overall). */
  aggregates: readonly { code: string; level: AggregateLevel; percent: number | null }[];
}

export interface TrendRow {
  year: number;
  value: number | null;
  /** The open assessment's row. */
  current: boolean;
}

export interface ExplainTrend {
  rows: TrendRow[];
  trend: DatapointTrend;
  aggregates: { code: string; level: AggregateLevel; trend: Trend }[];
}

/** A data point's value counts for a trend when it is scored or reported without a benchmark (as in comparison.ts). */
const counted = (state: ItemResult['state'], value: number | null) => (state === 'scored' || state === 'unbenchmarked' ? value : null);

/**
 * The trend of the selected data point over the series. `others` are the series' other assessments (in
 * any order); the open one is placed after any other of the same year, so that its values win that year.
 * Null when the series has no other year.
 */
export function explainTrend(fw: Framework, others: readonly SeriesYear[], current: CurrentPoint, direction: Direction): ExplainTrend | null {
  if (others.length === 0) return null;
  const ref = fw.byId.get(current.id);
  const item = (s: Scores) => {
    const at = ref ? s.items[ref.index] : undefined;
    return at && at.id === current.id ? at : s.items.find((i) => i.id === current.id);
  };
  type Entry = { year: number; value: number | null; target: number | null; own: OwnTarget | undefined; current: boolean; scores: Scores | null };
  const entries: Entry[] = others.map((o) => {
    const it = item(o.scores);
    return {
      year: o.year,
      value: it ? counted(it.state, it.value) : null,
      target: it?.target ?? null,
      own: o.ownTargets?.[current.id],
      current: false,
      scores: o.scores,
    };
  });
  entries.push({ year: current.year, value: counted(current.state, current.value), target: current.target, own: current.own, current: true, scores: null });
  // Stable: the open assessment, pushed last, stays after the others of its year.
  entries.sort((a, b) => a.year - b.year);
  const trend = trendWithOwn(
    entries,
    entries.map((e) => e.own),
    direction,
  );
  const aggregates = current.aggregates.map((a) => {
    const pts = entries.map((e) => ({ year: e.year, value: e.current ? a.percent : (aggregateOf(e.scores!, a.code)?.percent ?? null) }));
    return { code: a.code, level: a.level, trend: trendOf(pts, 'higher', AGGREGATE_TARGET) };
  });
  return { rows: entries.map((e) => ({ year: e.year, value: e.value, current: e.current })), trend, aggregates };
}

function aggregateOf(s: Scores, code: string) {
  if (code === 'overall') return s.overall;
  return s.categories.find((a) => a.code === code) ?? s.subdimensions.find((a) => a.code === code) ?? s.dimensions.find((a) => a.code === code);
}

/** Whether two lists of stored assessments are the same revisions (a re-read that changed nothing). */
export function sameRevisions(
  a: readonly { id: string; revision: number; updatedAt: number }[],
  b: readonly { id: string; revision: number; updatedAt: number }[],
): boolean {
  return a.length === b.length && a.every((d, i) => d.id === b[i].id && d.revision === b[i].revision && d.updatedAt === b[i].updatedAt);
}

/** The trend of an explained aggregate (issue #25): its percent over the years of the series, toward the top band. */
export interface ExplainAggregateTrend {
  rows: TrendRow[];
  trend: Trend;
}

/**
 * The trend of the aggregate `code` over the series: the other years' percents and the open
 * assessment's (placed after any other of its year, so that it wins that year), toward 95 % by 2030.
 * Its baseline is this aggregate's own earliest year with a percent. Null when the series has no other year.
 */
export function explainAggregateTrend(
  others: readonly SeriesYear[],
  current: { code: string; year: number; percent: number | null },
): ExplainAggregateTrend | null {
  if (others.length === 0) return null;
  const entries = others.map((o) => ({ year: o.year, value: aggregateOf(o.scores, current.code)?.percent ?? null, current: false }));
  entries.push({ year: current.year, value: current.percent, current: true });
  entries.sort((a, b) => a.year - b.year);
  return { rows: entries, trend: trendOf(entries, 'higher', AGGREGATE_TARGET) };
}
