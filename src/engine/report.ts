import { BAND_LABELS } from './bands';
import type { AggregateResult, Flag, ItemResult, Scores } from './types';

/** The scores JSON of docs/DESIGN.md's command-line contract; the same shape from the CLI and the worker. */
export interface ScoresJson {
  method: string;
  overall: AggregateJson;
  dimensions: AggregateJson[];
  subdimensions: AggregateJson[];
  categories: AggregateJson[];
  kpis: KpiJson[];
}
export interface AggregateJson {
  code: string;
  name: string;
  percent: number | null;
  band: string | null;
  points: number;
  maxPoints: number;
  reported: number;
  benchmarked: number;
  expected: number;
}
export interface KpiJson {
  code: string;
  datapoint: string;
  value: number | null;
  target: number | null;
  achievement: number | null;
  points: number | null;
  status: string;
  state: string;
  /** The data point's flags as data (a kind and its numbers); src/ui/strings/flags.ts words them. */
  problems: Flag[];
}

/** Percentages and ratios are rounded to 10 significant decimals so output does not show float noise. */
export const roundResult = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e10) / 1e10);

const aggregate = (a: AggregateResult): AggregateJson => ({
  code: a.code,
  name: a.name,
  percent: roundResult(a.percent),
  band: a.band === null ? null : BAND_LABELS[a.band],
  points: a.points,
  maxPoints: a.maxPoints,
  reported: a.reported,
  benchmarked: a.benchmarked,
  expected: a.expected,
});

const kpi = (i: ItemResult): KpiJson => ({
  code: i.code,
  datapoint: i.datapoint,
  value: roundResult(i.value),
  target: i.target,
  achievement: roundResult(i.achievement),
  points: i.points,
  status: i.status,
  state: i.state,
  problems: i.flags,
});

export function toScoresJson(s: Scores): ScoresJson {
  return {
    method: s.method,
    overall: aggregate(s.overall),
    dimensions: s.dimensions.map(aggregate),
    subdimensions: s.subdimensions.map(aggregate),
    categories: s.categories.map(aggregate),
    kpis: s.items.map(kpi),
  };
}
