import type { Band } from './types';

/** U4SSC band thresholds, in percent of target: below 33 → 1, below 66 → 2, below 95 → 3, else 4. */
export const BAND_THRESHOLDS = [33, 66, 95] as const;

export const BAND_LABELS: Record<Band, string> = {
  1: '0–33 %',
  2: '33–66 %',
  3: '66–95 %',
  4: '95 %+',
};

/**
 * Band of a percentage. The percentage is rounded to 9 decimals first so that a ratio that is 33 % in
 * exact arithmetic (33/100, 0.99/3) is not pushed below the boundary by binary floating point.
 */
export function bandOf(percent: number): Band {
  const p = Math.round(percent * 1e9) / 1e9;
  if (p < BAND_THRESHOLDS[0]) return 1;
  if (p < BAND_THRESHOLDS[1]) return 2;
  if (p < BAND_THRESHOLDS[2]) return 3;
  return 4;
}
