/**
 * The one number formatter of the app: grid, summary, explanation, results, report, charts and the
 * interchange views all format numbers and percentages here, so grouping, the decimal mark and the
 * rounding of percentages agree everywhere.
 *
 * - Grouping and digits follow one locale (English by default; `setNumberLocale` lets a language setting
 *   plug in). The user's decimal-mark setting wins over the locale's decimal symbol, and the grouping
 *   symbol then never equals the decimal mark (a narrow no-break space takes its place: `1 234,5`).
 * - A displayed percentage never rounds up across a band threshold (33, 66, 95 %): 94.99 % is shown as
 *   `94.9 %`, never as `95 %` next to band "66–95 %". Values are first rounded to 9 decimals, exactly as
 *   the engine's `bandOf` does, so the display and the band always agree.
 */
import { BAND_LABELS, BAND_THRESHOLDS } from '../engine/bands';
import { parseNumber, type DecimalStyle } from '../engine/parse';
import { problemWords } from './strings/problems';
import type { Band, Flag, NumInput } from '../engine/types';
import { shellWords } from './strings';
import { flagText } from './strings/flags';

export const DEFAULT_NUMBER_LOCALE = 'en';
let numberLocale = DEFAULT_NUMBER_LOCALE;
const formatters = new Map<string, Intl.NumberFormat>();

/** Sets the locale used for every displayed number (a BCP 47 tag such as `en`, `fr`, `de-CH`). */
export function setNumberLocale(locale: string): void {
  // An unknown tag throws here, not in the middle of a render.
  numberLocale = Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? DEFAULT_NUMBER_LOCALE;
  formatters.clear();
}
export const getNumberLocale = (): string => numberLocale;

/** The decimal mark of a locale (`fr` → comma, `en` → point): the default for typing and pasting. */
export function localeDecimal(locale: string = numberLocale): DecimalStyle {
  const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return mark === ',' ? 'comma' : 'point';
}

/** No-break narrow space: the grouping symbol when the locale's own would read as the decimal mark. */
const NARROW_SPACE = '\u202f';

function formatter(locale: string, maxFraction: number): Intl.NumberFormat {
  const key = `${locale}|${maxFraction}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction });
    formatters.set(key, f);
  }
  return f;
}

/** A number as the user edits it: no grouping, the chosen decimal mark, at most 10 decimals. */
export function formatInput(n: number, decimal: DecimalStyle): string {
  const s = String(Math.round(n * 1e10) / 1e10);
  return decimal === 'comma' ? s.replace('.', ',') : s;
}

/** A numeric input as the grid holds it (text), whatever was stored. */
export function inputText(v: NumInput | undefined, decimal: DecimalStyle): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'number' ? formatInput(v, decimal) : v;
}

/** Reads cell text into a stored input: a number, nothing, or the text itself (rejected). */
export function readInput(text: unknown, decimal: DecimalStyle): { value: NumInput; reason: string | null } {
  if (text === null || text === undefined) return { value: null, reason: null };
  if (typeof text === 'number') return { value: text, reason: null };
  const s = String(text);
  if (s.trim() === '') return { value: null, reason: null };
  const parsed = parseNumber(s, decimal);
  return parsed.ok ? { value: parsed.value, reason: null } : { value: s, reason: problemWords.number(parsed.reason) };
}

/**
 * A computed number for display: grouped by the locale, with the chosen decimal mark, at most
 * `maxFraction` decimals. Empty text for no number.
 */
export function formatNumber(n: number | null | undefined, decimal: DecimalStyle = 'point', maxFraction = 2, locale: string = numberLocale): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  const mark = decimal === 'comma' ? ',' : '.';
  let out = '';
  for (const part of formatter(locale, maxFraction).formatToParts(n)) {
    if (part.type === 'decimal') out += mark;
    else if (part.type === 'group') out += part.value === '.' || part.value === ',' ? (mark === '.' ? ',' : NARROW_SPACE) : part.value;
    else out += part.value;
  }
  return out;
}

/**
 * A percentage rounded for display to `fraction` decimals, never up across a band threshold: a value
 * below 33, 66 or 95 that would round to the threshold or above is cut (floored) instead.
 */
export function displayPercent(p: number, fraction = 1): number {
  const exact = Math.round(p * 1e9) / 1e9;
  const scale = 10 ** fraction;
  const rounded = Math.round(exact * scale) / scale;
  for (const t of BAND_THRESHOLDS) {
    if (exact < t && rounded >= t) return Math.floor(Math.round(exact * scale * 1e6) / 1e6) / scale;
  }
  return rounded;
}

/** `94.9 %`; empty text for no number. */
export function formatPercent(p: number | null | undefined, decimal: DecimalStyle = 'point', fraction = 1, locale: string = numberLocale): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '';
  return shellWords.percentText(formatNumber(displayPercent(p, fraction), decimal, fraction, locale));
}

export const bandLabel = (band: Band): string => BAND_LABELS[band];

/** An engine flag in words, its numbers in the user's decimal mark. */
export const flagMessage = (f: Flag, decimal: DecimalStyle = 'point'): string => flagText(f, (n) => formatNumber(n, decimal, 3));
