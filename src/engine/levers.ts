/**
 * Next band and levers, for teaching what moves a score.
 *
 * - `nextBandOf`: for a scored data point, the value that reaches the next band under its direction rule
 *   (higher, lower, target band, yes/no), or why there is none (top band already, or the value needed
 *   lies outside what the data point can take).
 * - `leversOf`: for an aggregate, the data points that raise it most when each moves to its next band,
 *   with the aggregate's percentage and band afterwards under the active method. Ties (under U4SSC
 *   points every one-band move adds one point) go to the smallest relative change of value.
 *
 * Pure: built on `achievementOf` and `bandOf`, the same rules the evaluator scores with.
 */
import { achievementOf } from './achievement';
import { BAND_THRESHOLDS, bandOf } from './bands';
import type { DatapointRef, Framework } from './framework';
import type { AggregateResult, Band, ItemResult, MethodName, Scores } from './types';

export type NextBand =
  /** At `value` (in the data point's unit) the data point reaches `band`. */
  | { kind: 'reach'; value: number; band: Band }
  | { kind: 'top' }
  /** The next band needs `value`, which is outside the data point's possible range (`limit`). */
  | { kind: 'unreachable'; value: number; band: Band; limit: number }
  /** Not scored (not reported, no benchmark, invalid): no band to move from. */
  | { kind: 'not-scored' };

const bandAt = (ref: DatapointRef, x: number, t: number): Band => bandOf(achievementOf(ref.def.direction, x, t).value * 100);

/** The value at which a data point of value x, target t, in band `band`, reaches the next band. */
export function nextBandValue(ref: DatapointRef, x: number, t: number, band: Band): NextBand {
  if (band === 4) return { kind: 'top' };
  const threshold = BAND_THRESHOLDS[band - 1] / 100;
  let value: number;
  switch (ref.def.direction) {
    case 'yesno':
      value = 1;
      break;
    case 'higher':
      value = threshold * t;
      break;
    case 'lower':
      // Target 0 means "none at all": only a value of 0 scores, and it scores fully.
      value = t === 0 ? 0 : t / threshold;
      break;
    case 'band':
      // Below the target, come up to threshold × target; above it, come down to target ÷ threshold.
      value = x > t ? t / threshold : threshold * t;
      break;
  }
  // Binary floating point may land a hair short of the threshold: step towards the target until it counts.
  for (let i = 0; i < 4 && bandAt(ref, value, t) <= band; i++) {
    const towards = ref.def.direction === 'lower' || (ref.def.direction === 'band' && x > t) ? -1 : 1;
    value += towards * Math.max(Math.abs(value), 1) * 1e-12;
  }
  const reached = bandAt(ref, value, t);
  if (ref.def.max !== undefined && value > ref.def.max) return { kind: 'unreachable', value, band: reached, limit: ref.def.max };
  if (ref.def.min !== undefined && value < ref.def.min) return { kind: 'unreachable', value, band: reached, limit: ref.def.min };
  return { kind: 'reach', value, band: reached };
}

/** Next band of a scored item (see `nextBandValue`). */
export function nextBandOf(ref: DatapointRef, item: ItemResult): NextBand {
  if (item.state !== 'scored' || item.value === null || item.target === null || item.band === null) return { kind: 'not-scored' };
  return nextBandValue(ref, item.value, item.target, item.band);
}

export interface Lever {
  id: string;
  from: number;
  to: number;
  /** The data point's band before and after the move. */
  bandBefore: Band;
  bandAfter: Band;
  /** The aggregate before and after this one move. */
  percentBefore: number;
  percentAfter: number;
  aggregateBandAfter: Band;
}

/** The code of each group a data point counts towards, for membership tests. */
const inGroup = (ref: DatapointRef, code: string) =>
  code === 'overall' || ref.path.dimension === code || ref.path.subdimension === code || ref.path.category === code;

/**
 * The `count` data points that raise aggregate `agg` most by each moving to its next band, best first.
 * The new percentage is computed from the aggregate's pooled sums (points, or capped achievements under
 * the continuous method), exactly as the evaluator pools them.
 */
export function leversOf(fw: Framework, scores: Scores, agg: AggregateResult, method: MethodName, count = 3): Lever[] {
  if (agg.percent === null || agg.benchmarked === 0) return [];
  const candidates: (Lever & { effort: number; index: number })[] = [];
  for (const ref of fw.datapoints) {
    if (!inGroup(ref, agg.code)) continue;
    const item = scores.items[ref.index];
    const next = nextBandOf(ref, item);
    if (next.kind !== 'reach') continue;
    let percentAfter: number;
    if (method === 'continuous') {
      const sum = (agg.percent / 100) * agg.benchmarked;
      const gained = Math.min(1, achievementOf(ref.def.direction, next.value, item.target!).value) - Math.min(1, item.achievement!);
      percentAfter = ((sum + gained) / agg.benchmarked) * 100;
    } else {
      percentAfter = ((agg.points + next.band - item.band!) / agg.maxPoints) * 100;
    }
    const from = item.value!;
    candidates.push({
      id: ref.id,
      from,
      to: next.value,
      bandBefore: item.band!,
      bandAfter: next.band,
      percentBefore: agg.percent,
      percentAfter,
      aggregateBandAfter: bandOf(percentAfter),
      effort: Math.abs(next.value - from) / Math.max(Math.abs(from), Math.abs(next.value), 1e-9),
      index: ref.index,
    });
  }
  candidates.sort((a, b) => b.percentAfter - a.percentAfter || a.effort - b.effort || a.index - b.index);
  return candidates.slice(0, count).map(({ effort: _e, index: _i, ...lever }) => lever);
}
