import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import { aggregateTrend, datapointTrend, groupSeries, seriesKey, STATUS_THRESHOLDS, trendOf } from '../../src/engine/trend';
import type { AssessmentInput, ValueEntry } from '../../src/engine/types';
import { emptyInput, mini, miniTargets } from './fixtures/mini';

const obs = (...pairs: [number, number | null][]) => pairs.map(([year, value]) => ({ year, value }));

describe('growth rates', () => {
  it('compound annual growth from the first to the last year with a value', () => {
    const t = trendOf(obs([2020, 60], [2024, 80]), 'higher', 100, 2030);
    expect(t.method).toBe('compound');
    expect(t.annualGrowth).toBeCloseTo((80 / 60) ** 0.25 - 1, 12);
    expect(t.actualRate).toBe(t.annualGrowth);
    expect(t.requiredRate).toBeCloseTo((100 / 60) ** 0.1 - 1, 12);
    expect(t.slope).toBe(5);
  });
  it('zero values: no compound rate, the linear rate instead', () => {
    const t = trendOf(obs([2020, 0], [2022, 10]), 'higher', 100, 2040);
    expect(t.annualGrowth).toBeNull();
    expect(t.method).toBe('linear');
    expect(t.actualRate).toBe(5);
    expect(t.requiredRate).toBe(5);
    expect(t).toMatchObject({ ratio: 1, status: 'on-track', projectedYear: 2040, reach: 'at-this-rate' });
  });
  it('negative values (net emissions): linear rates, lower is better', () => {
    const t = trendOf(obs([2020, 10], [2025, -5]), 'lower', -10, 2030);
    expect(t.annualGrowth).toBeNull();
    expect(t.method).toBe('linear');
    expect(t.actualRate).toBe(-3);
    expect(t.requiredRate).toBe(-2);
    expect(t.status).toBe('on-track');
    expect(t.projectedYear).toBe(2027); // −5 − 3 × 2 = −11 ≤ −10 after 2 years (5/3 rounded up)
  });
  it('a flat series grows at 0 % and never reaches the target at this rate', () => {
    const t = trendOf(obs([2020, 50], [2024, 50]), 'higher', 100, 2030);
    expect(t).toMatchObject({ annualGrowth: 0, ratio: 0, status: 'stagnating', projectedYear: null, reach: 'never' });
  });
  it('missing years are skipped and said; the baseline is the earliest year with a value', () => {
    const t = trendOf(obs([2019, null], [2020, 60], [2022, Number.NaN], [2024, 80]), 'higher', 100, 2030);
    expect(t.baseline).toEqual({ year: 2020, value: 60 });
    expect(t.latest).toEqual({ year: 2024, value: 80 });
    expect(t.skipped).toEqual([
      { year: 2019, why: 'no-value' },
      { year: 2022, why: 'no-value' },
    ]);
    expect(t.annualGrowth).toBeCloseTo((80 / 60) ** 0.25 - 1, 12);
  });
  it('a year given twice: the last one counts, and it is said', () => {
    const t = trendOf(obs([2020, 60], [2024, 70], [2024, 80]), 'higher', 100, 2030);
    expect(t.latest).toEqual({ year: 2024, value: 80 });
    expect(t.skipped).toEqual([{ year: 2024, why: 'duplicate-year' }]);
  });
  it('one year only, or none: no rate, and the reason', () => {
    expect(trendOf(obs([2022, 40]), 'higher', 100, 2030)).toMatchObject({
      status: 'insufficient-data',
      reason: 'one-year',
      annualGrowth: null,
      slope: null,
      projectedYear: null,
    });
    expect(trendOf([], 'higher', 100, 2030)).toMatchObject({ status: 'insufficient-data', reason: 'no-values' });
    expect(trendOf(obs([2022, null]), 'higher', 100, 2030)).toMatchObject({ status: 'insufficient-data', reason: 'no-values' });
    expect(trendOf(obs([2020, 40], [2022, 50]), 'higher', null, 2030)).toMatchObject({ status: 'insufficient-data', reason: 'no-target' });
    expect(trendOf(obs([2020, 40], [2022, 50]), 'higher', 100, 2020)).toMatchObject({
      status: 'insufficient-data',
      reason: 'deadline-not-after-baseline',
    });
  });
});

describe('projected year', () => {
  it('at the compound rate, rounded up to a whole year', () => {
    // 80 × 1.0746^n ≥ 100 → n = ln(1.25) / ln((4/3)^(1/4)) = 3.10 → 2028.
    expect(trendOf(obs([2020, 60], [2024, 80]), 'higher', 100, 2030)).toMatchObject({ projectedYear: 2028, status: 'on-track' });
    // 64 × 1.0162^n ≥ 100 → n = 27.8 → 2052, after the deadline: acceleration needed.
    expect(trendOf(obs([2020, 60], [2024, 64]), 'higher', 100, 2030)).toMatchObject({ projectedYear: 2052, status: 'acceleration-needed' });
  });
  it('lower is better: falling at its compound rate', () => {
    const t = trendOf(obs([2018, 20], [2022, 16]), 'lower', 10, 2030);
    expect(t.method).toBe('compound');
    expect(t.annualGrowth).toBeCloseTo(0.8 ** 0.25 - 1, 12);
    expect(t.projectedYear).toBe(2022 + Math.ceil(Math.log(10 / 16) / Math.log(0.8 ** 0.25)));
  });
  it('never, when the series moves away from the target', () => {
    expect(trendOf(obs([2018, 12], [2022, 16]), 'lower', 10, 2030)).toMatchObject({ status: 'moving-away', projectedYear: null, reach: 'never' });
  });
  it('already reached: the latest year, whatever the trend', () => {
    expect(trendOf(obs([2020, 3], [2022, 4]), 'lower', 5, 2030)).toMatchObject({ status: 'achieved', projectedYear: 2022, reach: 'reached' });
    expect(trendOf(obs([2022, 120]), 'higher', 100, 2030)).toMatchObject({ status: 'achieved', projectedYear: 2022, reach: 'reached' });
  });
  it('a city that met its target at the baseline and has fallen below it moves away', () => {
    expect(trendOf(obs([2020, 110], [2022, 90]), 'higher', 100, 2030)).toMatchObject({ status: 'moving-away', reach: 'never' });
  });
});

describe('status boundaries (ratio of the actual to the required rate)', () => {
  // Baseline 0 in 2020, target 100 by 2030: 10 a year required (linear); the latest value in 2022 sets the ratio.
  const at = (latest: number) => trendOf(obs([2020, 0], [2022, latest]), 'higher', 100, 2030);
  it('on track from 0.95', () => {
    expect(at(19).ratio).toBe(STATUS_THRESHOLDS.onTrack);
    expect(at(19).status).toBe('on-track');
    expect(at(18.98).status).toBe('acceleration-needed');
  });
  it('acceleration needed from 0.1', () => {
    expect(at(2).ratio).toBe(STATUS_THRESHOLDS.acceleration);
    expect(at(2).status).toBe('acceleration-needed');
    expect(at(1.98).status).toBe('stagnating');
  });
  it('stagnating between −0.1 and 0.1, moving away at −0.1 and below', () => {
    expect(at(0).status).toBe('stagnating');
    expect(at(-1.98).status).toBe('stagnating');
    expect(at(-2).status).toBe('moving-away');
  });
});

describe('directions', () => {
  it('a target band: the distance to the target must shrink to within 5 %', () => {
    const toward = trendOf(obs([2020, 0.7], [2024, 0.85]), 'band', 1, 2030);
    expect(toward.method).toBe('linear');
    expect(toward.status).toBe('on-track');
    expect(trendOf(obs([2018, 0.8], [2022, 0.75]), 'band', 1, 2030).status).toBe('moving-away');
    expect(trendOf(obs([2018, 1.3], [2022, 1.2]), 'band', 1, 2030).status).not.toBe('moving-away');
    expect(trendOf(obs([2022, 1.04]), 'band', 1, 2030).status).toBe('achieved');
  });
  it('yes/no: achieved at yes; a yes that became a no moves away; a lasting no stagnates', () => {
    expect(trendOf(obs([2020, 0], [2022, 1]), 'yesno', 1, 2030).status).toBe('achieved');
    expect(trendOf(obs([2020, 1], [2022, 0]), 'yesno', 1, 2030).status).toBe('moving-away');
    expect(trendOf(obs([2020, 0], [2022, 0]), 'yesno', 1, 2030)).toMatchObject({ status: 'stagnating', annualGrowth: null, reach: 'never' });
    expect(trendOf(obs([2022, 0]), 'yesno', 1, 2030)).toMatchObject({ status: 'insufficient-data', reason: 'one-year' });
  });
});

describe('series of one city', () => {
  const assessment = (city: string, country: string, year: number, values: Record<string, ValueEntry>) => {
    const input: AssessmentInput = { ...emptyInput(), profile: { population: 100_000 }, values };
    return { id: `${city}-${year}`, city, country, year, scores: score(mini, miniTargets, input) };
  };
  const literacy = 'SC: EH: ED: 4C|';
  const list = [
    assessment('Springfield', 'Freedonia', 2024, { [literacy]: { numerator: 80, denominator: 100 } }),
    assessment(' springfield ', 'FREEDONIA', 2020, { [literacy]: { numerator: 60, denominator: 100 } }),
    assessment('Springfield', 'Sylvania', 2022, { [literacy]: { numerator: 10, denominator: 100 } }),
  ];
  it('groups by city and country regardless of case and spacing, sorted by year; the grouping can be changed', () => {
    const groups = groupSeries(list);
    expect(groups.map((g) => g.map((m) => m.id))).toEqual([[' springfield -2020', 'Springfield-2024'], ['Springfield-2022']]);
    expect(seriesKey('São  Paulo', 'Brazil')).toBe(seriesKey('são paulo ', ' brazil'));
    expect(groupSeries(list, (m) => m.city.trim().toLowerCase()).map((g) => g.length)).toEqual([3]);
  });
  it('a data point trend reads the scored values and the target in force', () => {
    const [freedonia] = groupSeries(list);
    const t = datapointTrend(freedonia, literacy, 'higher', 2030);
    expect(t.observations).toEqual(obs([2020, 60], [2024, 80]));
    expect(t.target).toBe(100);
    expect(t).toMatchObject({ status: 'on-track', projectedYear: 2028 });
  });
  it('an aggregate trend follows its percentage toward the top band (95 %)', () => {
    const [freedonia] = groupSeries(list);
    const t = aggregateTrend(freedonia, 'SC: EH: ED', 2030);
    expect(t.observations.map((o) => o.year)).toEqual([2020, 2024]);
    expect(t.target).toBe(95);
    // One data point scored per year: 60 % → 2 points of 4 = 50 %, 80 % → 3 points = 75 %.
    expect(t.observations.map((o) => o.value)).toEqual([50, 75]);
    expect(t.status).toBe('on-track');
  });
  it("the city's own target, deadline and baseline, where the latest assessment with them gives them", () => {
    const [freedonia] = groupSeries(list);
    const withOwn = freedonia.map((m, i) => (i === freedonia.length - 1 ? { ...m, ownTargets: { [literacy]: { target: 90, deadline: 2026 } } } : m));
    const t = datapointTrend(withOwn, literacy, 'higher', 2030);
    expect(t.basis).toEqual({ target: 'own', deadline: 'own', baseline: 'series' });
    expect(t).toMatchObject({ target: 90, deadline: 2026, assessmentTarget: 100 });
    expect(t.requiredRate).toBeCloseTo((90 / 60) ** (1 / 6) - 1, 12);
    // 60 → 80 in four years is 7.46 % a year; 90 by 2026 needs 6.99 % a year from 2020: on track.
    expect(t.status).toBe('on-track');
    // A nearer own deadline needs more than the city does: acceleration needed.
    const soon = datapointTrend(
      freedonia.map((m) => ({ ...m, ownTargets: { [literacy]: { target: 100, deadline: 2025 } } })),
      literacy,
      'higher',
    );
    expect(soon.status).toBe('acceleration-needed');
  });
  it('an own baseline replaces the series start; years before it are left out and said; half a baseline is not used', () => {
    const [freedonia] = groupSeries(list);
    const own = (o: object) => freedonia.map((m) => ({ ...m, ownTargets: { [literacy]: o } }));
    const t = datapointTrend(own({ baseline: 70, baselineYear: 2021 }), literacy, 'higher', 2030);
    expect(t.basis.baseline).toBe('own');
    expect(t.baseline).toEqual({ year: 2021, value: 70 });
    expect(t.observations).toEqual(obs([2021, 70], [2024, 80]));
    expect(t.skipped).toEqual([{ year: 2020, why: 'before-baseline' }]);
    expect(t.actualRate).toBeCloseTo((80 / 70) ** (1 / 3) - 1, 12);
    const half = datapointTrend(own({ baseline: 70 }), literacy, 'higher', 2030);
    expect(half.basis.baseline).toBe('incomplete');
    expect(half.baseline).toEqual({ year: 2020, value: 60 });
    // With a baseline, one assessment is enough for a trend.
    const one = datapointTrend([{ ...freedonia[1], ownTargets: { [literacy]: { baseline: 50, baselineYear: 2015 } } }], literacy, 'higher', 2030);
    expect(one.observations).toEqual(obs([2015, 50], [2024, 80]));
    expect(one.status).not.toBe('insufficient-data');
    expect(trendOf(obs([2020, 60], [2024, 80]), 'higher', 100, 2019, { year: 2019, value: 50 })).toMatchObject({ reason: 'deadline-not-after-baseline' });
  });
});
