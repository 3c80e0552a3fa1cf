/**
 * The same assessment under three scoring methods, side by side per aggregate, and the exclusion effect.
 *
 * - **U4SSC points** and **continuous capped achievement** come from the evaluator (`score`).
 * - **Goalposts** (min-max against stated bounds): each scored data point is placed between a worst and
 *   a best goalpost, `(x − worst) ÷ (best − worst)`, clipped to [0, 1]; an aggregate is the mean over
 *   its scored data points × 100, banded with the U4SSC thresholds. The best goalpost is the target.
 *   The worst goalpost is stated per direction (`goalpostsOf`): for higher is better, the smallest
 *   possible value of the data point (its minimum, else 0); for lower is better, three times the target
 *   (where target ÷ value falls to 33 %, the top of band 1); for a target band, 0 below the target and
 *   twice the target above it; yes/no is 0 or 1. With a target of 0 under lower is better, any value
 *   above 0 scores 0 and 0 scores 1, as under the U4SSC rule. The best goalpost follows published
 *   practice, the worst ones are the workbench's judgement: `GOALPOST_RULES` says which, and why.
 * - **Exclusion effect**: for each scored data point in the lowest band, the aggregates whose band
 *   would change if it were left unreported (U4SSC excludes unreported data points from the pool).
 */
import { bandOf } from './bands';
import { score } from './evaluator';
import type { DatapointRef, Framework } from './framework';
import type { TargetSet } from './targets';
import type { AggregateResult, AssessmentInput, Band, Direction, ItemResult, Scores } from './types';

export type MethodId = 'u4ssc-points' | 'continuous' | 'goalposts';
export const METHOD_IDS: readonly MethodId[] = ['u4ssc-points', 'continuous', 'goalposts'];

/**
 * The goalposts per direction rule and what each rests on, as data (the UI words them through
 * `WS.goalpost*` and shows the caveat). `basis`: `public` where a published practice sets the bound,
 * `judgement` where the workbench chose it, `definition` where the scale leaves no choice.
 *
 * - Best = the target: the SDSN SDG Index sets its upper bound (score 100) at the optimum, an SDG or
 *   science-based target where one exists (Lafortune et al. 2018, SDG Index and Dashboards detailed
 *   methodological paper, §1.6; Sustainable Development Report 2024, Methods A.2); COINr's
 *   `n_goalposts` takes such bounds as given.
 * - Worst: published practice sets it from the data of many units (the SDG Index: the 2.5th percentile
 *   of the countries' observed values; the OECD/JRC Handbook's min-max: the minimum across units). One
 *   city has no such distribution, and no U4SSC document gives worst values, so these are judgement:
 *   the smallest possible value (with 0 the goalpost score equals capped achievement, the Handbook's
 *   distance to a reference); three times the target, where U4SSC achievement t ÷ x falls to 33 %, the
 *   top of band 1; 0 and twice the target, symmetric about a target band.
 */
export interface GoalpostRule {
  best: 'target' | 'yes';
  bestBasis: 'public' | 'definition';
  worst: 'smallest-possible' | 'three-times-target' | 'zero-or-twice-target' | 'no';
  worstBasis: 'judgement' | 'definition';
}

export const GOALPOST_RULES: Readonly<Record<Direction, GoalpostRule>> = {
  higher: { best: 'target', bestBasis: 'public', worst: 'smallest-possible', worstBasis: 'judgement' },
  lower: { best: 'target', bestBasis: 'public', worst: 'three-times-target', worstBasis: 'judgement' },
  band: { best: 'target', bestBasis: 'public', worst: 'zero-or-twice-target', worstBasis: 'judgement' },
  yesno: { best: 'yes', bestBasis: 'definition', worst: 'no', worstBasis: 'definition' },
};

/** Worst and best goalposts of a data point with target t (see the module comment). */
export function goalpostsOf(ref: DatapointRef, t: number): { worst: number; best: number } {
  switch (ref.def.direction) {
    case 'higher':
      return { worst: Math.min(ref.def.min ?? 0, t), best: t };
    case 'lower':
      return { worst: 3 * t, best: t };
    case 'band':
      return { worst: 0, best: t };
    case 'yesno':
      return { worst: 0, best: 1 };
  }
}

const clip01 = (v: number) => (v <= 0 ? 0 : v > 1 ? 1 : v);

/** A data point's goalpost score in [0, 1] at value x against target t (allocation-free: a hot loop uses it). */
export function goalpostScore(ref: DatapointRef, x: number, t: number): number {
  switch (ref.def.direction) {
    case 'yesno':
      return x >= 1 ? 1 : 0;
    case 'lower':
      if (t <= 0) return x <= 0 ? 1 : 0;
      // From the worst goalpost 3t down to the best, t.
      return clip01((x - 3 * t) / (t - 3 * t));
    case 'band':
      if (t <= 0) return 0;
      // Below the target: 0 → t; above it: 2t → t.
      return x <= t ? clip01(x / t) : clip01((2 * t - x) / t);
    case 'higher': {
      const worst = Math.min(ref.def.min ?? 0, t);
      // The target at the smallest possible value: any value meets it.
      if (t === worst) return 1;
      return clip01((x - worst) / (t - worst));
    }
  }
}

export interface MethodResult {
  percent: number | null;
  band: Band | null;
}

export interface MethodRow {
  code: string;
  name: string;
  level: AggregateResult['level'];
  byMethod: Record<MethodId, MethodResult>;
  /** The three methods do not all give the same band. */
  differs: boolean;
}

const aggregatesOf = (s: Scores): AggregateResult[] => [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories];

const inGroup = (ref: DatapointRef, code: string) =>
  code === 'overall' || ref.path.dimension === code || ref.path.subdimension === code || ref.path.category === code;

/** Goalpost percentages of every aggregate (same order as `aggregatesOf`), from scored items. */
export function goalpostAggregates(fw: Framework, s: Scores): MethodResult[] {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const a of aggregatesOf(s)) sums.set(a.code, { sum: 0, n: 0 });
  for (const ref of fw.datapoints) {
    const item: ItemResult = s.items[ref.index];
    if (item.state !== 'scored') continue;
    const g = goalpostScore(ref, item.value!, item.target!);
    for (const code of ['overall', ref.path.dimension, ref.path.subdimension, ref.path.category]) {
      const acc = sums.get(code)!;
      acc.sum += g;
      acc.n += 1;
    }
  }
  return aggregatesOf(s).map((a) => {
    const acc = sums.get(a.code)!;
    if (acc.n === 0) return { percent: null, band: null };
    const percent = (acc.sum / acc.n) * 100;
    return { percent, band: bandOf(percent) };
  });
}

/** Every aggregate under the three methods, in the order overall, dimensions, sub-dimensions, categories. */
export function compareMethods(fw: Framework, targets: TargetSet, input: AssessmentInput): MethodRow[] {
  const points = score(fw, targets, { ...input, method: { name: 'u4ssc-points' } });
  const continuous = score(fw, targets, { ...input, method: { name: 'continuous' } });
  const goal = goalpostAggregates(fw, points);
  const cont = aggregatesOf(continuous);
  return aggregatesOf(points).map((a, i) => {
    const byMethod: Record<MethodId, MethodResult> = {
      'u4ssc-points': { percent: a.percent, band: a.band },
      continuous: { percent: cont[i].percent, band: cont[i].band },
      goalposts: goal[i],
    };
    const bands = new Set(METHOD_IDS.map((m) => byMethod[m].band));
    return { code: a.code, name: a.name, level: a.level, byMethod, differs: bands.size > 1 };
  });
}

export interface Exclusion {
  /** The weak data point (scored, lowest band) left unreported. */
  id: string;
  /** Aggregates whose band changes, before → after. */
  changes: { code: string; name: string; before: MethodResult; after: MethodResult }[];
}

/**
 * For each scored data point in band 1, the aggregates whose band would change if it were left
 * unreported, under the assessment's own method. Data points that change no band are left out.
 */
export function exclusionEffect(fw: Framework, targets: TargetSet, input: AssessmentInput): Exclusion[] {
  const before = score(fw, targets, input);
  const beforeAggs = aggregatesOf(before);
  const out: Exclusion[] = [];
  for (const ref of fw.datapoints) {
    const item = before.items[ref.index];
    if (item.state !== 'scored' || item.band !== 1) continue;
    const after = score(fw, targets, { ...input, values: { ...input.values, [ref.id]: { ...input.values[ref.id], status: 'not-reported' } } });
    const afterAggs = aggregatesOf(after);
    const changes: Exclusion['changes'] = [];
    beforeAggs.forEach((a, i) => {
      if (!inGroup(ref, a.code) || a.band === afterAggs[i].band) return;
      changes.push({
        code: a.code,
        name: a.name,
        before: { percent: a.percent, band: a.band },
        after: { percent: afterAggs[i].percent, band: afterAggs[i].band },
      });
    });
    if (changes.length > 0) out.push({ id: ref.id, changes });
  }
  return out;
}
