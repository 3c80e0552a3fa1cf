import type { Framework } from './framework';
import type { AggregateResult, Scores } from './types';

/**
 * When a headline score is "provisional". A score pools only the data points that are reported and
 * benchmarked, so one reported data point can make "Overall 100 %". A score is provisional while fewer
 * than half of the data points of its group that apply and have a benchmark are scored: those are the
 * ones that could count, so the rule does not punish a group for data points nobody can benchmark.
 */
export const PROVISIONAL_SHARE = 0.5;

export interface Coverage {
  /** Data points reported and benchmarked (= counted in the score). */
  scored: number;
  /** Data points that apply (all minus those marked not applicable). */
  expected: number;
  /** Data points that apply and have a benchmark: the most that could be scored. */
  benchmarkable: number;
  /** True when the group has a score but fewer than PROVISIONAL_SHARE of `benchmarkable` are scored. */
  provisional: boolean;
}

/** Coverage of every group (`overall`, dimension, sub-dimension and category codes) of a scores snapshot. */
export function coverageByGroup(fw: Framework, scores: Scores): Map<string, Coverage> {
  const benchmarkable = new Map<string, number>();
  const add = (code: string) => benchmarkable.set(code, (benchmarkable.get(code) ?? 0) + 1);
  for (const item of scores.items) {
    if (item.state === 'not-applicable' || item.target === null) continue;
    const ref = fw.byId.get(item.id);
    if (!ref) continue;
    add('overall');
    add(ref.path.dimension);
    add(ref.path.subdimension);
    add(ref.path.category);
  }
  const out = new Map<string, Coverage>();
  for (const a of [scores.overall, ...scores.dimensions, ...scores.subdimensions, ...scores.categories]) {
    out.set(a.code, coverageOf(a, benchmarkable.get(a.code) ?? 0));
  }
  return out;
}

export function coverageOf(a: AggregateResult, benchmarkable: number): Coverage {
  return {
    scored: a.benchmarked,
    expected: a.expected,
    benchmarkable,
    provisional: a.percent !== null && a.benchmarked < PROVISIONAL_SHARE * benchmarkable,
  };
}
