import type { Framework } from './framework';
import { leversOf, type Lever } from './levers';
import type { AggregateLevel, AggregateResult, Band, ItemState, MethodName, Scores } from './types';

/**
 * "Explain this number" for an aggregate (issue #25): how a category, sub-dimension, dimension or the
 * overall score is pooled from its data points, which of them count and which are left out and why,
 * its coverage and band, and the data points that would raise it most. Derived from the scores alone
 * (every number is the evaluator's), so the main thread can explain any aggregate it shows without a
 * round trip to the worker. Data only; the UI words it.
 */
export interface AggregateExplanation {
  code: string;
  name: string;
  level: AggregateLevel;
  method: MethodName;
  /** The aggregate as the scores give it (percent, band, pooled points, coverage counts). */
  result: AggregateResult;
  /**
   * How the percent comes about. points: pooled U4SSC points ÷ (4 × data points scored) × 100;
   * continuous: the sum of the scored data points' achievements, each capped at 100 %, ÷ their number.
   * Null when no data point of the group is scored.
   */
  pooled:
    | { kind: 'points'; points: number; max: number; scored: number; percent: number }
    | { kind: 'continuous'; achievements: number; scored: number; percent: number }
    | null;
  /** The data points that count (reported and benchmarked), in catalogue order. */
  counted: { id: string; points: Band; achievement: number }[];
  /** The data points left out of the pool, each with why (its state). */
  leftOut: { id: string; why: Exclude<ItemState, 'scored'> }[];
  /** The aggregates one level down (dimensions of the overall score, ...), as the scores give them. */
  parts: AggregateResult[];
  /** The three data points that raise this aggregate most by each moving up a band. */
  levers: Lever[];
}

/** Thrown for a code that names no aggregate of the framework (a programming error, not user input). */
export class UnknownAggregateError extends RangeError {}

export function explainAggregate(fw: Framework, scores: Scores, code: string): AggregateExplanation {
  const all = [scores.overall, ...scores.dimensions, ...scores.subdimensions, ...scores.categories];
  const result = all.find((a) => a.code === code);
  if (!result) throw new UnknownAggregateError(`Unknown aggregate ${code}`);
  const member = (id: string) => {
    if (result.level === 'overall') return true;
    const path = fw.byId.get(id)!.path;
    return path[result.level] === code;
  };
  const counted: AggregateExplanation['counted'] = [];
  const leftOut: AggregateExplanation['leftOut'] = [];
  let achievements = 0;
  for (const item of scores.items) {
    if (!member(item.id)) continue;
    if (item.state === 'scored') {
      counted.push({ id: item.id, points: item.points!, achievement: item.achievement! });
      achievements += Math.min(1, item.achievement!);
    } else leftOut.push({ id: item.id, why: item.state });
  }
  const below: Record<AggregateLevel, AggregateResult[]> = {
    overall: scores.dimensions,
    dimension: scores.subdimensions.filter((s) => s.code.startsWith(`${code}: `)),
    subdimension: scores.categories.filter((c) => c.code.startsWith(`${code}: `)),
    category: [],
  };
  const pooled: AggregateExplanation['pooled'] =
    result.percent === null
      ? null
      : scores.method === 'continuous'
        ? { kind: 'continuous', achievements, scored: result.benchmarked, percent: result.percent }
        : { kind: 'points', points: result.points, max: result.maxPoints, scored: result.benchmarked, percent: result.percent };
  return {
    code: result.code,
    name: result.name,
    level: result.level,
    method: scores.method,
    result,
    pooled,
    counted,
    leftOut,
    parts: below[result.level],
    levers: leversOf(fw, scores, result, scores.method),
  };
}
