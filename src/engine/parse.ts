/** How the user writes decimals: `1,234.5` (point) or `1.234,5` / `1 234,5` (comma). */
export type DecimalStyle = 'point' | 'comma';

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: string };

/** Largest magnitude accepted: beyond it a value is a typo or an attack, not a city statistic. */
export const MAX_MAGNITUDE = 1e15;

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Reads a number as typed or pasted from a spreadsheet, by the user's decimal style. Accepts grouping
 * separators (`,` or `.` as the style implies, spaces, narrow no-break spaces, apostrophes), a leading
 * sign, a trailing `%` (the number is taken as the percentage itself: `12 %` → 12) and exponent notation.
 * Anything else is refused with a reason; nothing is guessed.
 */
export function parseNumber(text: string, decimal: DecimalStyle): ParsedNumber {
  const original = text;
  let s = text.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  if (s.endsWith('%')) s = s.slice(0, -1).trim();
  s = s.replace(/^\u2212/, '-').replace(SPACES, '');
  const [group, point] = decimal === 'point' ? [',', '.'] : ['.', ','];
  // Grouping must be in threes so that "1,5" in point style is not silently read as 15.
  const grouped = new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+(\\${point}\\d+)?$`);
  if (s.includes(group)) {
    if (!grouped.test(s)) {
      return {
        ok: false,
        reason: `"${original}" is not a number with "${point}" as the decimal mark (check the decimal setting).`,
      };
    }
    s = s.split(group).join('');
  }
  if (point === ',') s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) {
    return { ok: false, reason: `"${original}" is not a number.` };
  }
  const value = Number(s);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
    return { ok: false, reason: `"${original}" is outside the range this workbench accepts (±10^15).` };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/**
 * A value typed with a unit the data point converts from at entry (`40 ppb`, `40ppb`, `40 PPB`): the
 * conversion it names and the number's text (still to be read by `parseNumber`). Null when the text
 * ends in none of the units.
 */
export function withUnit<T extends { unit: string }>(text: string, conversions: readonly T[]): { conversion: T; number: string } | null {
  const s = text.trim();
  for (const conversion of conversions) {
    const unit = conversion.unit.toLowerCase();
    if (s.length > unit.length && s.toLowerCase().endsWith(unit)) {
      const number = s.slice(0, s.length - unit.length).trim();
      if (/\d$/.test(number)) return { conversion, number };
    }
  }
  return null;
}
