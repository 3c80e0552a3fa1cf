import type { Direction } from './types';

/**
 * Relative methods across cities (issue #14): scores that say where a city stands among the cities
 * loaded, next to (never instead of) its target-based scores. Following the OECD/JRC Handbook on
 * Constructing Composite Indicators (2008): normalise each data point across the cities, aggregate with
 * weights (arithmetic: compensating; geometric: a weak data point pulls harder), and rank, with the
 * ranks' sensitivity to leaving one data point out.
 *
 * Missing values (null) stay missing: every statistic is over the cities that have a value, and an
 * aggregate re-weights over the data points a city has. Problems are returned as data.
 */

export type Normalisation = 'min-max' | 'z-score' | 'rank';
export type Aggregation = 'arithmetic' | 'geometric';

/** Why a normalisation or aggregation gives no number. */
export type RelativeProblem =
  /** No city has a value. */
  | 'no-values'
  /** Only one city has a value: there is nothing to compare it with (min-max, z-score). */
  | 'single-city'
  /** Every city has the same value: no spread to scale by (min-max, z-score). */
  | 'no-spread'
  /** A geometric mean of a negative number (z-scores are centred on 0): use min-max or rank. */
  | 'geometric-needs-non-negative'
  /** No weight above 0 on any data point the city has. */
  | 'no-weight';

export interface Normalised {
  /** Per city: min-max 0–100 (100 = best), z-score in standard deviations (positive = better), rank 1 = best (ties share the mean rank); null where missing. */
  values: (number | null)[];
  problem: RelativeProblem | null;
}

/**
 * Turns values into "higher is better" for comparing: lower is better is negated; for a band the
 * distance to the target is negated; yes/no stays 1/0.
 */
export function orient(values: readonly (number | null)[], direction: Direction, target: number | null = null): (number | null)[] {
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    if (direction === 'lower') return -v;
    if (direction === 'band') return target === null ? null : -Math.abs(v - target);
    return v;
  });
}

/** Normalises one data point across cities; `values` are oriented so that higher is better (see `orient`). */
export function normalise(values: readonly (number | null)[], method: Normalisation): Normalised {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const blank = values.map(() => null);
  if (present.length === 0) return { values: blank, problem: 'no-values' };
  if (method === 'rank') return { values: fractionalRanks(values), problem: null };
  if (present.length === 1) return { values: blank, problem: 'single-city' };
  if (method === 'min-max') {
    const min = Math.min(...present);
    const max = Math.max(...present);
    if (max === min) return { values: blank, problem: 'no-spread' };
    return { values: values.map((v) => (v === null || !Number.isFinite(v) ? null : ((v - min) / (max - min)) * 100)), problem: null };
  }
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  // Population standard deviation: the cities loaded are the whole group being compared.
  const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
  if (!(sd > 0)) return { values: blank, problem: 'no-spread' };
  return { values: values.map((v) => (v === null || !Number.isFinite(v) ? null : (v - mean) / sd)), problem: null };
}

/** Rank 1 = highest value; ties share the mean of the ranks they span; missing values get none. */
function fractionalRanks(values: readonly (number | null)[]): (number | null)[] {
  const order = values
    .map((v, i) => ({ v, i }))
    .filter((e): e is { v: number; i: number } => e.v !== null && Number.isFinite(e.v))
    .sort((a, b) => b.v - a.v);
  const out: (number | null)[] = values.map(() => null);
  for (let k = 0; k < order.length;) {
    let end = k;
    while (end + 1 < order.length && order[end + 1].v === order[k].v) end++;
    const rank = (k + 1 + end + 1) / 2;
    for (let m = k; m <= end; m++) out[order[m].i] = rank;
    k = end + 1;
  }
  return out;
}

export interface Aggregate {
  value: number | null;
  problem: RelativeProblem | null;
}

/**
 * Weighted mean of one city's normalised values (weights re-scaled over the values it has).
 * Geometric: Π x_i^(w_i / Σw); a 0 makes it 0 (a data point at the bottom cannot be made up for), a
 * negative value has no geometric mean.
 */
export function aggregate(values: readonly (number | null)[], weights: readonly number[], method: Aggregation): Aggregate {
  // Index loops, no iterators or copies: a ranking of 1 000 cities calls this 100 000 times and more.
  let total = 0;
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) continue;
    any = true;
    if (weights[i] > 0) total += weights[i];
  }
  if (!any) return { value: null, problem: 'no-values' };
  if (!(total > 0)) return { value: null, problem: 'no-weight' };
  if (method === 'arithmetic') {
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null && Number.isFinite(v) && weights[i] > 0) sum += (weights[i] / total) * v;
    }
    return { value: sum, problem: null };
  }
  let logSum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v) || !(weights[i] > 0)) continue;
    if (v < 0) return { value: null, problem: 'geometric-needs-non-negative' };
    if (v === 0) return { value: 0, problem: null };
    logSum += (weights[i] / total) * Math.log(v);
  }
  return { value: Math.exp(logSum), problem: null };
}

export interface RankedCity {
  /** Index of the city in the input. */
  city: number;
  composite: number | null;
  /** 1 = best; ties share the mean rank; null without a composite. */
  rank: number | null;
  /** Best and worst rank over the runs that each leave one data point out. */
  bestRank: number | null;
  worstRank: number | null;
  /** The data points (indices) whose leaving out changes this city's rank. */
  changedBy: number[];
  problem: RelativeProblem | null;
}

/**
 * Composite scores and ranks of cities from a matrix of normalised values (rows: cities; columns:
 * data points), with leave-one-out uncertainty: the ranking is recomputed once without each data point,
 * and each city is given the range of ranks it takes and the data points that move it.
 */
export function rankCities(matrix: readonly (readonly (number | null)[])[], weights: readonly number[], method: Aggregation): RankedCity[] {
  const run = startRanking(matrix, weights, method);
  for (let j = 0; j < weights.length; j++) run.leaveOut(j);
  return run.ranked;
}

/**
 * `rankCities` one leave-one-out run at a time, so that a caller with many cities can spread the runs
 * over several tasks: `ranked` holds the composites and ranks at once, and each `leaveOut(j)` widens the
 * rank ranges and `changedBy` by the run without data point j. Calling it for every j gives exactly
 * `rankCities`.
 */
export function startRanking(
  matrix: readonly (readonly (number | null)[])[],
  weights: readonly number[],
  method: Aggregation,
): { ranked: RankedCity[]; leaveOut: (j: number) => void } {
  const columns = weights.length;
  const compositeWithout = (skip: number) => {
    // The weights without `skip`, made once for every city (not once per city).
    const w = skip < 0 ? weights : weights.map((x, j) => (j === skip ? 0 : x));
    return matrix.map((row) => aggregate(row, w, method));
  };
  const full = compositeWithout(-1);
  const ranks = fractionalRanks(full.map((a) => a.value));
  const out: RankedCity[] = full.map((a, city) => ({
    city,
    composite: a.value,
    rank: ranks[city],
    bestRank: ranks[city],
    worstRank: ranks[city],
    changedBy: [],
    problem: a.problem,
  }));
  const leaveOut = (j: number) => {
    if (columns < 2 || !(weights[j] > 0)) return;
    const without = fractionalRanks(compositeWithout(j).map((a) => a.value));
    for (const r of out) {
      const k = without[r.city];
      if (r.rank === null || k === null) continue;
      if (k !== r.rank) r.changedBy.push(j);
      r.bestRank = Math.min(r.bestRank!, k);
      r.worstRank = Math.max(r.worstRank!, k);
    }
  };
  return { ranked: out, leaveOut };
}
