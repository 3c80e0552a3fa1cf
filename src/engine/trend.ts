import type { Direction } from './types';

/** A value observed in a year (one assessment of the same city per year). */
export interface Observation {
  year: number;
  value: number;
}

export type ProgressStatus = 'achieved' | 'on-track' | 'off-track' | 'moving-away' | 'insufficient-data';

export interface Trend {
  /** Compound annual growth rate between the first and last observation (0.05 = +5 % a year); null if undefined. */
  annualGrowth: number | null;
  /** Linear change per year between the first and last observation. */
  slope: number | null;
  /** Year in which the linear trend reaches the target; null when it never does. */
  projectedYear: number | null;
  status: ProgressStatus;
}

const meets = (direction: Direction, value: number, target: number) =>
  direction === 'lower' ? value <= target : direction === 'band' ? Math.abs(value - target) <= 0.05 * Math.abs(target) : value >= target;

/**
 * Progress of a city's own series toward a target and deadline, the way SDG progress dashboards read
 * it: achieved; on track if the linear trend reaches the target by the deadline; off track if it moves
 * the right way too slowly; moving away if it moves the wrong way. The trend runs from the first to the
 * last observation (two points are enough; more are summarised by their end points, as the SDG Index does).
 */
export function trendOf(series: readonly Observation[], direction: Direction, target: number, deadline: number): Trend {
  const points = [...series].filter((o) => Number.isFinite(o.value)).sort((a, b) => a.year - b.year);
  const last = points[points.length - 1];
  if (!last) return { annualGrowth: null, slope: null, projectedYear: null, status: 'insufficient-data' };
  if (direction !== 'yesno' && meets(direction, last.value, target)) {
    return { annualGrowth: null, slope: null, projectedYear: last.year, status: 'achieved' };
  }
  if (direction === 'yesno') {
    return { annualGrowth: null, slope: null, projectedYear: last.value >= 1 ? last.year : null, status: last.value >= 1 ? 'achieved' : 'off-track' };
  }
  const first = points[0];
  if (points.length < 2 || last.year === first.year) return { annualGrowth: null, slope: null, projectedYear: null, status: 'insufficient-data' };
  const years = last.year - first.year;
  const slope = (last.value - first.value) / years;
  const annualGrowth = first.value > 0 && last.value > 0 ? (last.value / first.value) ** (1 / years) - 1 : null;
  // Which way is "toward the target": for a band, toward the target value from where the city is.
  const towards = direction === 'lower' || (direction === 'band' && last.value > target) ? -1 : 1;
  if (slope * towards <= 0) return { annualGrowth, slope, projectedYear: null, status: 'moving-away' };
  const projectedYear = Math.ceil(last.year + (target - last.value) / slope);
  return { annualGrowth, slope, projectedYear, status: projectedYear <= deadline ? 'on-track' : 'off-track' };
}
