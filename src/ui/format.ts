import { BAND_LABELS } from '../engine/bands';
import { parseNumber, type DecimalStyle } from '../engine/parse';
import type { Band, NumInput } from '../engine/types';
import { S } from './strings';

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
  return parsed.ok ? { value: parsed.value, reason: null } : { value: s, reason: parsed.reason };
}

/** A computed number for display, grouped, with the chosen decimal mark. */
export function formatNumber(n: number | null | undefined, decimal: DecimalStyle, maxFraction = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  const locale = decimal === 'comma' ? 'de-DE' : 'en-US';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction }).format(n);
}

export function formatPercent(p: number | null | undefined, decimal: DecimalStyle): string {
  if (p === null || p === undefined) return '';
  return S.percentText(formatNumber(p, decimal, 1));
}

export const bandLabel = (band: Band): string => BAND_LABELS[band];
