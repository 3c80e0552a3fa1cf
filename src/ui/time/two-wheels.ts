/**
 * Two years' wheels of one city (issue #14): which years to set side by side, and what changed between
 * them, ring by ring (overall, dimensions, categories, data points), as plain functions the Compare
 * view memoises. The change is a direction in words and an arrow, never a colour alone.
 */
import type { Comparison } from '../../engine/comparison';
import type { Framework } from '../../engine/framework';
import type { AggregateLevel, Band, Scores } from '../../engine/types';
import { wheelLayout } from '../results/wheel-model';
import { groupName, kpiName } from '../strings/kpi-names';

export type BandChange = 'up' | 'down' | 'same' | 'none';

export interface WheelChange {
  code: string;
  name: string;
  level: AggregateLevel | 'datapoint';
  /** Percent (aggregates) or U4SSC points (data points) and band in each year; null where not scored. */
  a: { score: number | null; band: Band | null };
  b: { score: number | null; band: Band | null };
  change: BandChange;
}

/** The series that have two years or more, as indices into `cmp.series`. */
export function seriesWithYears(cmp: Comparison): number[] {
  return cmp.series.flatMap((s, i) => (s.columns.length >= 2 ? [i] : []));
}

/**
 * The series and the two years shown first: the open assessment's series if it has two years or more
 * (this year and the one before it), otherwise the first series that has; null when none has.
 */
export function defaultPair(cmp: Comparison, openId: string): { series: number; a: string; b: string } | null {
  const candidates = seriesWithYears(cmp);
  if (candidates.length === 0) return null;
  const open = candidates.find((s) => cmp.series[s].columns.some((c) => cmp.columns[c].id === openId));
  const series = open ?? candidates[0];
  const cols = cmp.series[series].columns;
  const at = open === undefined ? cols.length - 1 : cols.findIndex((c) => cmp.columns[c].id === openId);
  // The open year and the one before it; the first year of a series is paired with the next.
  const [i, j] = at === 0 ? [0, 1] : [at - 1, at];
  return { series, a: cmp.columns[cols[i]].id, b: cmp.columns[cols[j]].id };
}

const bandChange = (a: Band | null, b: Band | null): BandChange => (a === null || b === null ? 'none' : b > a ? 'up' : b < a ? 'down' : 'same');

/** Every segment of the wheel in wheel order (overall, dimensions, categories, data points) with its change from year a to year b. */
export function wheelChanges(fw: Framework, a: Scores, b: Scores): WheelChange[] {
  const layout = wheelLayout(fw);
  const aggA = aggregates(a);
  const aggB = aggregates(b);
  const agg = (code: string, name: string, level: AggregateLevel): WheelChange => {
    const x = aggA.get(code);
    const y = aggB.get(code);
    const pa = { score: x?.percent ?? null, band: x?.band ?? null };
    const pb = { score: y?.percent ?? null, band: y?.band ?? null };
    return { code, name, level, a: pa, b: pb, change: bandChange(pa.band, pb.band) };
  };
  const itemsA = new Map(a.items.map((i) => [i.id, i]));
  const itemsB = new Map(b.items.map((i) => [i.id, i]));
  return [
    agg('overall', '', 'overall'),
    ...layout.dimensions.map((d) => agg(d.group.code, groupName(d.group), 'dimension')),
    ...layout.categories.map((c) => agg(c.group.code, groupName(c.group), 'category')),
    ...layout.datapoints.map((ref): WheelChange => {
      const x = itemsA.get(ref.id);
      const y = itemsB.get(ref.id);
      const pa = { score: x?.points ?? null, band: x?.band ?? null };
      const pb = { score: y?.points ?? null, band: y?.band ?? null };
      return {
        code: ref.def.key ? `${ref.kpi.code} ${ref.def.key}` : ref.kpi.code,
        name: ref.def.key ? `${kpiName(ref.kpi)} (${ref.def.key})` : kpiName(ref.kpi),
        level: 'datapoint',
        a: pa,
        b: pb,
        change: bandChange(pa.band, pb.band),
      };
    }),
  ];
}

function aggregates(s: Scores) {
  const map = new Map([[s.overall.code, s.overall]]);
  map.set('overall', s.overall);
  for (const list of [s.dimensions, s.subdimensions, s.categories]) for (const x of list) map.set(x.code, x);
  return map;
}
