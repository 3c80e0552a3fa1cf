import type { Framework } from './framework';
import { AGGREGATE_TARGET, groupSeries, seriesKey, trendOf, trendWithOwn, type ProgressStatus } from './trend';
import type { AggregateLevel, AggregateResult, Direction, OwnTarget, Scores } from './types';

/**
 * Many assessments side by side (issue #14): one row per aggregate and data point, one column per
 * assessment, grouped into series (the same city and country, by year) with a trend status per row
 * for each series of two years or more. Pure: the comparison grid, its CSV and the bench read it.
 */

/** What a comparison needs of an assessment. */
export interface ComparisonMember {
  id: string;
  city: string;
  country: string;
  year: number;
  scores: Scores;
  ownTargets?: Record<string, OwnTarget>;
}

export interface ComparisonRow {
  /** `overall`, an aggregate code, or a data point id. */
  key: string;
  code: string;
  /** The data point's key (`3G`, `PM2.5`); '' for single-point KPIs and aggregates. */
  datapoint: string;
  name: string;
  level: AggregateLevel | 'datapoint';
  direction: Direction | null;
  unit: string;
  /**
   * A local KPI of the framework file every compared assessment names (issue #30, `withLocalRows` in
   * local-kpis.ts): scored by that file, counted in no U4SSC aggregate.
   */
  local?: true;
}

export interface ComparisonColumn {
  id: string;
  city: string;
  country: string;
  year: number;
  /** Index into `series`. */
  series: number;
  ownTargets?: Record<string, OwnTarget>;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Assessments, grouped by series (in order of first appearance) and sorted by year inside each. */
  columns: ComparisonColumn[];
  series: { city: string; country: string; columns: number[] }[];
  /** rows × columns: a data point's value (in its unit) or an aggregate's percent; null where none. */
  value: (number | null)[][];
  /** rows × columns: a data point's U4SSC points (1–4) or an aggregate's pooled points; null where not scored. */
  points: (number | null)[][];
  /** rows × columns: a data point's achievement in percent of its target, or an aggregate's percent. */
  percent: (number | null)[][];
  /** rows × series: the trend status of each series of two or more years; null for a single year. */
  trend: (ProgressStatus | null)[][];
}

/** The rows of a framework, in the order the grid and the report show them: overall, then each dimension's groups and data points. */
export function comparisonRows(fw: Framework): ComparisonRow[] {
  const rows: ComparisonRow[] = [{ key: 'overall', code: 'overall', datapoint: '', name: '', level: 'overall', direction: null, unit: '%' }];
  const agg = (code: string, name: string, level: AggregateLevel): ComparisonRow => ({
    key: code,
    code,
    datapoint: '',
    name,
    level,
    direction: null,
    unit: '%',
  });
  for (const d of fw.groups.dimensions) {
    rows.push(agg(d.code, d.name, 'dimension'));
    for (const s of fw.groups.subdimensions.filter((x) => x.code.startsWith(`${d.code}: `))) {
      rows.push(agg(s.code, s.name, 'subdimension'));
      for (const c of fw.groups.categories.filter((x) => x.code.startsWith(`${s.code}: `))) {
        rows.push(agg(c.code, c.name, 'category'));
        for (const ref of fw.datapoints) {
          if (ref.kpi.category !== c.code) continue;
          rows.push({
            key: ref.id,
            code: ref.kpi.code,
            datapoint: ref.def.key,
            name: ref.def.key ? `${ref.kpi.name} — ${ref.def.label}` : ref.kpi.name,
            level: 'datapoint',
            direction: ref.def.direction,
            unit: ref.def.unit,
          });
        }
      }
    }
  }
  return rows;
}

export function buildComparison(fw: Framework, members: readonly ComparisonMember[]): Comparison {
  const rows = comparisonRows(fw);
  const groups = groupSeries(members, (m) => seriesKey(m.city, m.country));
  const columns: ComparisonColumn[] = [];
  const ordered: ComparisonMember[] = [];
  const series = groups.map((g, s) => {
    const cols = g.map((m) => {
      columns.push({ id: m.id, city: m.city, country: m.country, year: m.year, series: s, ...(m.ownTargets && { ownTargets: m.ownTargets }) });
      ordered.push(m);
      return columns.length - 1;
    });
    return { city: g[0].city, country: g[0].country, columns: cols };
  });
  const n = ordered.length;
  // Aggregates by code, per assessment: one map each instead of a search per cell.
  const aggregates = ordered.map((m) => {
    const map = new Map<string, AggregateResult>([['overall', m.scores.overall]]);
    for (const list of [m.scores.dimensions, m.scores.subdimensions, m.scores.categories]) for (const a of list) map.set(a.code, a);
    return map;
  });
  const value: (number | null)[][] = [];
  const points: (number | null)[][] = [];
  const percent: (number | null)[][] = [];
  const trend: (ProgressStatus | null)[][] = [];
  for (const row of rows) {
    const v = new Array<number | null>(n).fill(null);
    const p = new Array<number | null>(n).fill(null);
    const pc = new Array<number | null>(n).fill(null);
    const targets = new Array<number | null>(n).fill(null);
    if (row.level === 'datapoint') {
      const index = fw.byId.get(row.key)!.index;
      for (let c = 0; c < n; c++) {
        const item = ordered[c].scores.items[index];
        if (!item || item.id !== row.key) continue;
        if (item.state === 'scored' || item.state === 'unbenchmarked') v[c] = item.value;
        p[c] = item.points;
        pc[c] = item.achievement === null ? null : item.achievement * 100;
        targets[c] = item.target;
      }
    } else {
      for (let c = 0; c < n; c++) {
        const a = aggregates[c].get(row.key);
        if (!a) continue;
        v[c] = a.percent;
        pc[c] = a.percent;
        p[c] = a.percent === null ? null : a.points;
      }
    }
    value.push(v);
    points.push(p);
    percent.push(pc);
    trend.push(
      series.map((s) => {
        if (s.columns.length < 2) return null;
        const pts = s.columns.map((c) => ({ year: columns[c].year, value: v[c], target: targets[c] }));
        if (row.level !== 'datapoint') return trendOf(pts, 'higher', AGGREGATE_TARGET).status;
        return trendWithOwn(
          pts,
          s.columns.map((c) => ordered[c].ownTargets?.[row.key]),
          row.direction!,
        ).status;
      }),
    );
  }
  return { rows, columns, series, value, points, percent, trend };
}
