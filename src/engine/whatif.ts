/**
 * The what-if sandbox's arithmetic: an assessment's inputs with some KPI values replaced (never stored),
 * and what changed between two sets of scores, aggregate by aggregate and data point by data point.
 * Pure: the UI scores both sides with `score` and shows this difference.
 */
import type { Framework } from './framework';
import type { AggregateResult, AssessmentInput, Band, ItemResult, Scores } from './types';

/** A trial value for one data point: a number, or yes / no for a yes/no data point. */
export interface WhatIfChange {
  id: string;
  value: number | 'yes' | 'no';
}

/** The inputs with each changed data point reported directly at its trial value; provenance kept. */
export function applyWhatIf(input: AssessmentInput, changes: readonly WhatIfChange[]): AssessmentInput {
  const values = { ...input.values };
  for (const c of changes) values[c.id] = { ...values[c.id], value: c.value, status: 'reported' };
  return { ...input, values };
}

export type Trend = 'up' | 'down' | 'same';

const trend = (before: number | null, after: number | null): Trend => {
  const b = before ?? -Infinity;
  const a = after ?? -Infinity;
  return a > b + 1e-9 ? 'up' : a < b - 1e-9 ? 'down' : 'same';
};

export interface AggregateChange {
  code: string;
  level: AggregateResult['level'];
  before: AggregateResult;
  after: AggregateResult;
  percent: Trend;
  /** How the band moved (a band of none counts as below band 1). */
  band: Trend;
}

export interface ItemChange {
  id: string;
  before: ItemResult;
  after: ItemResult;
  achievement: Trend;
  band: Trend;
}

export interface ScoresDiff {
  aggregates: AggregateChange[];
  items: ItemChange[];
}

const bandRank = (b: Band | null) => b ?? 0;

/** Every aggregate and data point whose percentage, achievement, band or state differs, in catalogue order. */
export function diffScores(fw: Framework, before: Scores, after: Scores): ScoresDiff {
  const aggregates: AggregateChange[] = [];
  const pairs: [AggregateResult, AggregateResult][] = [
    [before.overall, after.overall],
    ...before.dimensions.map((d, i) => [d, after.dimensions[i]] as [AggregateResult, AggregateResult]),
    ...before.subdimensions.map((d, i) => [d, after.subdimensions[i]] as [AggregateResult, AggregateResult]),
    ...before.categories.map((d, i) => [d, after.categories[i]] as [AggregateResult, AggregateResult]),
  ];
  for (const [b, a] of pairs) {
    const percent = trend(b.percent, a.percent);
    const band = trend(bandRank(b.band), bandRank(a.band));
    if (percent !== 'same' || band !== 'same' || b.benchmarked !== a.benchmarked) {
      aggregates.push({ code: b.code, level: b.level, before: b, after: a, percent, band });
    }
  }
  const items: ItemChange[] = [];
  for (const ref of fw.datapoints) {
    const b = before.items[ref.index];
    const a = after.items[ref.index];
    if (b.value !== a.value || b.state !== a.state || b.achievement !== a.achievement || b.band !== a.band) {
      items.push({ id: ref.id, before: b, after: a, achievement: trend(b.achievement, a.achievement), band: trend(bandRank(b.band), bandRank(a.band)) });
    }
  }
  return { aggregates, items };
}
