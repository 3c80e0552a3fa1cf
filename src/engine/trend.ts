import type { AggregateResult, Direction, OwnTarget, Scores } from './types';

/**
 * Progress over time (issue #14): the values of one data point or aggregate across a city's
 * assessments, their growth rate, the year the target is reached at that rate and a status against a
 * deadline in the style of the UN SDG Progress Chart (UN Statistics Division, technical note): the rate
 * of change since the baseline compared with the rate needed to reach the target by the deadline.
 *
 *   actual CAGR   = (x_latest / x_baseline)^(1 / (t_latest − t_baseline)) − 1
 *   required CAGR = (target / x_baseline)^(1 / (deadline − t_baseline)) − 1
 *   ratio         = actual ÷ required
 *
 * When the baseline, the latest value or the target is 0 or negative (or for a target band, whose
 * distance to the target can reach 0) a compound rate does not exist and the same comparison is made
 * with linear rates (change per year). Statuses: achieved (the latest value meets the target); on track
 * (ratio ≥ 0.95); acceleration needed (0.1 ≤ ratio < 0.95); stagnating (−0.1 < ratio < 0.1); moving
 * away (ratio ≤ −0.1); insufficient data (fewer than two years with a value, no target, or a deadline
 * not after the baseline year). Everything is returned as data; the words live in the UI's strings.
 */

/** A value observed in a year (one assessment of the same city per year). */
export interface Observation {
  year: number;
  value: number;
}

export type ProgressStatus = 'achieved' | 'on-track' | 'acceleration-needed' | 'stagnating' | 'moving-away' | 'insufficient-data';

/** Why a status is `insufficient-data`. */
export type InsufficientReason = 'no-values' | 'one-year' | 'no-target' | 'deadline-not-after-baseline';

/** Ratio thresholds between the statuses (actual rate ÷ required rate). */
export const STATUS_THRESHOLDS = { onTrack: 0.95, acceleration: 0.1 } as const;

/** The deadline of the 2030 Agenda, used when a data point has none of its own. */
export const DEFAULT_DEADLINE = 2030;

/** An aggregate counts as achieved at 95 % of its maximum, the U4SSC top band. */
export const AGGREGATE_TARGET = 95;

/** A band target is met within ±5 % of the target value. */
export const BAND_TOLERANCE = 0.05;

export interface Trend {
  /** The observations used, by year (finite values only; one per year, the last given wins). */
  observations: Observation[];
  /** Years given more than once, or without a finite value: left out of the rates. */
  skipped: { year: number; why: 'duplicate-year' | 'no-value' | 'before-baseline' }[];
  baseline: Observation | null;
  latest: Observation | null;
  target: number | null;
  deadline: number;
  /** compound: CAGR; linear: change per year (zero or negative values, band targets); yesno: answers only. */
  method: 'compound' | 'linear' | 'yesno' | null;
  /** Compound annual growth rate from baseline to latest (0.05 = +5 % a year); null where undefined. */
  annualGrowth: number | null;
  /** Change per year from baseline to latest (in the data point's unit). */
  slope: number | null;
  /** The rate (of `method`) needed from the baseline to reach the target by the deadline. */
  requiredRate: number | null;
  /** The rate (of `method`) since the baseline. */
  actualRate: number | null;
  /** actualRate ÷ requiredRate. */
  ratio: number | null;
  /**
   * The year the target is reached at the current rate: the latest year when it is already met; null
   * when it never is at this rate (`reach: 'never'`) or cannot be said (`reach: 'unknown'`).
   */
  projectedYear: number | null;
  reach: 'reached' | 'at-this-rate' | 'never' | 'unknown';
  status: ProgressStatus;
  reason: InsufficientReason | null;
}

/** Whether a value meets its target in the given direction. */
export function meetsTarget(direction: Direction, value: number, target: number): boolean {
  switch (direction) {
    case 'lower':
      return value <= target;
    case 'band':
      return Math.abs(value - target) <= BAND_TOLERANCE * Math.abs(target);
    case 'yesno':
      return value >= 1;
    case 'higher':
      return value >= target;
  }
}

/**
 * Sorted finite observations, one per year (the last given for a year wins), and what was left out.
 * A given baseline replaces the value of its year, and years before it are left out.
 */
function clean(series: readonly { year: number; value: number | null }[], baseline: Observation | null): Pick<Trend, 'observations' | 'skipped'> {
  const byYear = new Map<number, number>();
  const skipped: Trend['skipped'] = [];
  if (baseline) byYear.set(baseline.year, baseline.value);
  for (const o of series) {
    if (baseline && o.year <= baseline.year) {
      if (o.year < baseline.year) skipped.push({ year: o.year, why: 'before-baseline' });
      continue;
    }
    if (o.value === null || !Number.isFinite(o.value)) {
      skipped.push({ year: o.year, why: 'no-value' });
      continue;
    }
    if (byYear.has(o.year)) skipped.push({ year: o.year, why: 'duplicate-year' });
    byYear.set(o.year, o.value);
  }
  const observations = [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
  return { observations, skipped: skipped.sort((a, b) => a.year - b.year) };
}

function statusOf(ratio: number): ProgressStatus {
  if (ratio >= STATUS_THRESHOLDS.onTrack) return 'on-track';
  if (ratio >= STATUS_THRESHOLDS.acceleration) return 'acceleration-needed';
  if (ratio > -STATUS_THRESHOLDS.acceleration) return 'stagnating';
  return 'moving-away';
}

/**
 * The trend of one series toward a target and deadline. Values may be missing (null) in some years;
 * the baseline is the earliest year with a value, the latest the last one. A `baseline` given (the
 * city's own, with its year) is used instead: it replaces the value of its year and earlier years are
 * left out.
 */
export function trendOf(
  series: readonly { year: number; value: number | null }[],
  direction: Direction,
  target: number | null,
  deadline: number = DEFAULT_DEADLINE,
  baseline: Observation | null = null,
): Trend {
  const usable = baseline && Number.isFinite(baseline.value) && Number.isInteger(baseline.year) ? baseline : null;
  const { observations, skipped } = clean(series, usable);
  const first = observations[0] ?? null;
  const latest = observations[observations.length - 1] ?? null;
  const base: Trend = {
    observations,
    skipped,
    baseline: first,
    latest,
    target,
    deadline,
    method: null,
    annualGrowth: null,
    slope: null,
    requiredRate: null,
    actualRate: null,
    ratio: null,
    projectedYear: null,
    reach: 'unknown',
    status: 'insufficient-data',
    reason: null,
  };
  if (!first || !latest) return { ...base, reason: 'no-values' };
  return progress(base, first, latest, direction, target, deadline);
}

function progress(base: Trend, baseline: Observation, latest: Observation, direction: Direction, target: number | null, deadline: number): Trend {
  const { observations } = base;
  const years = latest.year - baseline.year;
  if (years > 0) {
    base.slope = (latest.value - baseline.value) / years;
    if (baseline.value > 0 && latest.value > 0) base.annualGrowth = (latest.value / baseline.value) ** (1 / years) - 1;
  }
  if (direction === 'yesno') {
    base.method = 'yesno';
    if (latest.value >= 1) return { ...base, projectedYear: latest.year, reach: 'reached', status: 'achieved' };
    if (years === 0) return { ...base, reason: 'one-year' };
    // No rate for an answer: a yes that became a no moves away; a no that stays a no stagnates.
    const everYes = observations.some((o) => o.value >= 1);
    return { ...base, reach: 'never', status: everYes ? 'moving-away' : 'stagnating' };
  }
  if (target === null) return { ...base, reason: 'no-target' };
  if (meetsTarget(direction, latest.value, target)) return { ...base, projectedYear: latest.year, reach: 'reached', status: 'achieved' };
  if (years === 0) return { ...base, reason: 'one-year' };
  if (deadline <= baseline.year) return { ...base, reason: 'deadline-not-after-baseline' };

  // For a band, progress is the distance to the target shrinking to within the tolerance.
  const measure = direction === 'band' ? (v: number) => Math.abs(v - target) : (v: number) => v;
  const goal = direction === 'band' ? BAND_TOLERANCE * Math.abs(target) : target;
  const x0 = measure(baseline.value);
  const x1 = measure(latest.value);
  const compound = direction !== 'band' && x0 > 0 && x1 > 0 && goal > 0;
  let actual: number;
  let required: number;
  if (compound) {
    actual = (x1 / x0) ** (1 / years) - 1;
    required = (goal / x0) ** (1 / (deadline - baseline.year)) - 1;
  } else {
    actual = (x1 - x0) / years;
    required = (goal - x0) / (deadline - baseline.year);
  }
  const result: Trend = { ...base, method: compound ? 'compound' : 'linear', actualRate: actual, requiredRate: required };
  // Higher is better: the value must rise; lower is better and band (the distance to the target): fall.
  const towards = direction === 'higher' ? 1 : -1;
  // The baseline already met the target and the city has since fallen behind it: it moved away.
  if (required * towards <= 0) return { ...result, ...projection(compound, x1, goal, actual, latest.year, towards), status: 'moving-away' };
  const ratio = actual / required;
  return { ...result, ratio, ...projection(compound, x1, goal, actual, latest.year, towards), status: statusOf(ratio) };
}

/** The year the goal is reached continuing at `rate` from the latest value; never when the rate does not lead there. */
function projection(compound: boolean, x: number, goal: number, rate: number, year: number, towards: 1 | -1): Pick<Trend, 'projectedYear' | 'reach'> {
  if (rate * towards <= 0) return { projectedYear: null, reach: 'never' };
  const years = compound ? Math.log(goal / x) / Math.log(1 + rate) : (goal - x) / rate;
  if (!Number.isFinite(years) || years < 0) return { projectedYear: null, reach: 'never' };
  return { projectedYear: year + Math.ceil(years - 1e-9), reach: 'at-this-rate' };
}

// ---------------------------------------------------------------------------------------------------
// Series: the assessments of one city over the years.

/** What a series needs of an assessment: its place, year and scores. */
export interface SeriesMember {
  id: string;
  city: string;
  country: string;
  year: number;
  scores: Scores;
}

/** City and country, compared without regard to case, repeated spaces or spaces around them. */
export function seriesKey(city: string, country: string): string {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return `${norm(city)}\u0000${norm(country)}`;
}

/**
 * Groups assessments into series, each sorted by year. `keyOf` lets the user adjust the grouping (put
 * a renamed city with its earlier years, or split two cities of the same name); by default a series is
 * one city in one country.
 */
export function groupSeries<T extends Pick<SeriesMember, 'city' | 'country' | 'year'>>(
  members: readonly T[],
  keyOf: (m: T) => string = (m) => seriesKey(m.city, m.country),
): T[][] {
  const groups = new Map<string, T[]>();
  for (const m of members) {
    const key = keyOf(m);
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((list) => list.sort((a, b) => a.year - b.year));
}

/** Where the target, deadline and baseline of a data point's trend come from. */
export interface TrendBasis {
  /** own: the city's own target; assessment: the target that scores the latest assessment (reference or override); none. */
  target: 'own' | 'assessment' | 'none';
  /** own: the city's own deadline; default: 2030. */
  deadline: 'own' | 'default';
  /** own: the city's own baseline and year; series: the earliest year with a value; incomplete: an own baseline without its year (or a year without a value), not used. */
  baseline: 'own' | 'series' | 'incomplete';
}

export interface DatapointTrend extends Trend {
  basis: TrendBasis;
  /** The target that scores the latest assessment with a value (reference or override), kept visible beside an own target. */
  assessmentTarget: number | null;
}

/**
 * The trend of a data point across a series: its values, against the city's own target, deadline and
 * baseline where the latest assessment that has them gives them (`ownTargets`), otherwise the target in
 * force in the latest assessment with a value and the 2030 deadline.
 */
export function datapointTrend(
  series: readonly (Pick<SeriesMember, 'year' | 'scores'> & { ownTargets?: Record<string, OwnTarget> })[],
  id: string,
  direction: Direction,
  deadline: number = DEFAULT_DEADLINE,
): DatapointTrend {
  const points = series.map((m) => {
    const item = m.scores.items.find((i) => i.id === id);
    return { year: m.year, value: item && (item.state === 'scored' || item.state === 'unbenchmarked') ? item.value : null, target: item?.target ?? null };
  });
  return trendWithOwn(
    points,
    series.map((m) => m.ownTargets?.[id]),
    direction,
    deadline,
  );
}

/**
 * `datapointTrend` over values already read: per assessment of the series (by year) its value (null
 * when not scored), the target in force, and its own target of the data point if any.
 */
export function trendWithOwn(
  points: readonly { year: number; value: number | null; target: number | null }[],
  owns: readonly (OwnTarget | undefined)[],
  direction: Direction,
  deadline: number = DEFAULT_DEADLINE,
): DatapointTrend {
  const last = [...points].reverse().find((p) => p.value !== null) ?? points[points.length - 1];
  const assessmentTarget = last ? last.target : null;
  const own = [...owns].reverse().find((o) => o !== undefined) ?? {};
  const hasBaseline = own.baseline !== undefined && own.baselineYear !== undefined;
  const basis: TrendBasis = {
    target: own.target !== undefined ? 'own' : assessmentTarget !== null ? 'assessment' : 'none',
    deadline: own.deadline !== undefined ? 'own' : 'default',
    baseline: hasBaseline ? 'own' : own.baseline !== undefined || own.baselineYear !== undefined ? 'incomplete' : 'series',
  };
  const trend = trendOf(
    points,
    direction,
    own.target ?? assessmentTarget,
    own.deadline ?? deadline,
    hasBaseline ? { year: own.baselineYear!, value: own.baseline! } : null,
  );
  return { ...trend, basis, assessmentTarget };
}

/** The trend of an aggregate's percentage (overall, a dimension, ...) toward the top band by the deadline. */
export function aggregateTrend(series: readonly Pick<SeriesMember, 'year' | 'scores'>[], code: string, deadline: number = DEFAULT_DEADLINE): Trend {
  const find = (s: Scores): AggregateResult | undefined =>
    code === 'overall' ? s.overall : [...s.dimensions, ...s.subdimensions, ...s.categories].find((a) => a.code === code);
  return trendOf(
    series.map((m) => ({ year: m.year, value: find(m.scores)?.percent ?? null })),
    'higher',
    AGGREGATE_TARGET,
    deadline,
  );
}
