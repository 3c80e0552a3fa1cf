import { describe, expect, it } from 'vitest';
import { aggregate, normalise, orient, rankCities } from '../../src/engine/relative';

describe('orientation', () => {
  it('lower is better is negated, a band becomes minus the distance to its target, missing stays missing', () => {
    expect(orient([10, null, 5], 'lower')).toEqual([-10, null, -5]);
    expect(orient([0.8, 1.1], 'band', 1).map((v) => Number(v!.toFixed(12)))).toEqual([-0.2, -0.1]);
    expect(orient([0.8], 'band', null)).toEqual([null]);
    expect(orient([1, 0, Number.NaN], 'yesno')).toEqual([1, 0, null]);
  });
});

describe('normalisation across cities', () => {
  it('min-max: 0 for the worst, 100 for the best', () => {
    expect(normalise([10, 20, 15], 'min-max')).toEqual({ values: [0, 100, 50], problem: null });
  });
  it('z-score: distance from the mean in (population) standard deviations', () => {
    const { values, problem } = normalise([2, 4, 4, 4, 5, 5, 7, 9], 'z-score');
    expect(problem).toBeNull();
    expect(values).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });
  it('rank: 1 is the best, ties share the mean rank', () => {
    expect(normalise([10, 30, 20, 30], 'rank')).toEqual({ values: [4, 1.5, 3, 1.5], problem: null });
  });
  it('all-equal values: no spread for min-max and z-score, one shared rank', () => {
    expect(normalise([5, 5, 5], 'min-max')).toEqual({ values: [null, null, null], problem: 'no-spread' });
    expect(normalise([5, 5, 5], 'z-score')).toEqual({ values: [null, null, null], problem: 'no-spread' });
    expect(normalise([5, 5, 5], 'rank')).toEqual({ values: [2, 2, 2], problem: null });
  });
  it('a single city: nothing to compare with, but it ranks first', () => {
    expect(normalise([42], 'min-max').problem).toBe('single-city');
    expect(normalise([42, null], 'z-score')).toEqual({ values: [null, null], problem: 'single-city' });
    expect(normalise([null, 42], 'rank')).toEqual({ values: [null, 1], problem: null });
  });
  it('missing data: statistics over the cities that have a value; the others stay missing', () => {
    expect(normalise([10, null, 30, 20], 'min-max')).toEqual({ values: [0, null, 100, 50], problem: null });
    expect(normalise([null, null], 'rank')).toEqual({ values: [null, null], problem: 'no-values' });
    expect(normalise([], 'z-score').problem).toBe('no-values');
  });
});

describe('aggregation with weights', () => {
  it('arithmetic: weighted mean, re-weighted over the data points a city has', () => {
    expect(aggregate([100, 0, 50], [1, 1, 2], 'arithmetic')).toEqual({ value: 50, problem: null });
    expect(aggregate([100, null, 40], [1, 5, 3], 'arithmetic').value).toBeCloseTo(55, 12);
  });
  it('geometric: weighted product of powers', () => {
    expect(aggregate([100, 25], [1, 1], 'geometric').value).toBeCloseTo(50, 12);
    expect(aggregate([8, 1], [1, 2], 'geometric').value).toBeCloseTo(2, 12);
  });
  it('geometric with a zero is 0 (no compensation); a zero weight leaves the data point out', () => {
    expect(aggregate([0, 100, 100], [1, 1, 1], 'geometric')).toEqual({ value: 0, problem: null });
    expect(aggregate([0, 100], [0, 1], 'geometric').value).toBeCloseTo(100, 12);
  });
  it('geometric of z-scores (negative) is refused; nothing to weigh is said', () => {
    expect(aggregate([-0.5, 1], [1, 1], 'geometric')).toEqual({ value: null, problem: 'geometric-needs-non-negative' });
    expect(aggregate([null, null], [1, 1], 'arithmetic')).toEqual({ value: null, problem: 'no-values' });
    expect(aggregate([10, null], [0, 1], 'arithmetic')).toEqual({ value: null, problem: 'no-weight' });
  });
});

describe('ranking with leave-one-out uncertainty', () => {
  it('ranks composites and says which data points move each city', () => {
    // Three cities, three data points (already normalised, equal weights).
    const matrix = [
      [100, 0, 60], // A: 53.3
      [50, 50, 50], // B: 50
      [0, 100, 40], // C: 46.7
    ];
    const ranked = rankCities(matrix, [1, 1, 1], 'arithmetic');
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranked[0].composite).toBeCloseTo(160 / 3, 12);
    // Without data point 0: A 30, B 50, C 70 → 3, 2, 1. Without 1: A 80, B 50, C 20 → 1, 2, 3. Without 2: A 50, B 50, C 50 → 2, 2, 2.
    expect(ranked.map((r) => [r.bestRank, r.worstRank])).toEqual([
      [1, 3],
      [2, 2],
      [1, 3],
    ]);
    expect(ranked[0].changedBy).toEqual([0, 2]);
    expect(ranked[1].changedBy).toEqual([]);
  });
  it('a single data point: no leave-one-out; a city without values has no rank', () => {
    const ranked = rankCities([[80], [null], [20]], [1], 'geometric');
    expect(ranked.map((r) => r.rank)).toEqual([1, null, 2]);
    expect(ranked[1].problem).toBe('no-values');
    expect(ranked[0]).toMatchObject({ bestRank: 1, worstRank: 1, changedBy: [] });
  });
  it('a single city ranks first whatever is left out', () => {
    expect(rankCities([[10, 20]], [1, 1], 'arithmetic')[0]).toMatchObject({ rank: 1, bestRank: 1, worstRank: 1, changedBy: [] });
  });
});
