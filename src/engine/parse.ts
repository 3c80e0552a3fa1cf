import { quoted, type NumberProblem } from './problems';

/** How the user writes decimals: `1,234.5` (point) or `1.234,5` / `1 234,5` (comma). */
export type DecimalStyle = 'point' | 'comma';

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: NumberProblem };

/** Largest magnitude accepted: beyond it a value is a typo or an attack, not a city statistic. */
export const MAX_MAGNITUDE = 1e15;

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Grouping in threes, by style: built once, not at every number (a programme reads millions). */
const GROUPED = {
  point: /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/,
  comma: /^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/,
} as const;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/**
 * A number as the app's own writers and most tools write it: digits, a minus, a point. It is read at
 * once, skipping the trims and replacements that `parseFileNumber` and `parseNumber` make for every
 * other form (the values reader spent most of its time there). Up to 15 digits each side, so the
 * magnitude limit is checked as on the long path.
 */
/** `5.000`, `176,000`: a decimal mark or a thousands separator. */
const AMBIGUOUS_GROUP = /^[1-9]\d{0,2}[.,]\d{3}$/;
const PLAIN_NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * Reads a number as typed or pasted from a spreadsheet, by the user's decimal style. Accepts grouping
 * separators (`,` or `.` as the style implies, spaces, narrow no-break spaces, apostrophes), a leading
 * sign, a trailing `%` (the number is taken as the percentage itself: `12 %` → 12) and exponent notation.
 * Anything else is refused with a reason; nothing is guessed.
 */
export function parseNumber(text: string, decimal: DecimalStyle): ParsedNumber {
  const original = text;
  let s = text.trim();
  if (s === '') return { ok: false, reason: { kind: 'empty' } };
  if (s.endsWith('%')) s = s.slice(0, -1).trim();
  s = s.replace(/^\u2212/, '-').replace(SPACES, '');
  const [group, point] = decimal === 'point' ? [',', '.'] : ['.', ','];
  // Grouping must be in threes after a first group without a leading zero, so that "1,5" or "0,125" in
  // point style is not silently read as 15 or 125.
  if (s.includes(group)) {
    if (!GROUPED[decimal].test(s)) {
      return { ok: false, reason: { kind: 'wrong-mark', text: quoted(original), mark: decimal } };
    }
    s = s.split(group).join('');
  }
  if (point === ',') s = s.replace(',', '.');
  if (!NUMBER_TEXT.test(s)) {
    return { ok: false, reason: { kind: 'not-a-number', text: quoted(original) } };
  }
  const value = Number(s);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
    return { ok: false, reason: { kind: 'out-of-range', text: quoted(original), limit: MAX_MAGNITUDE } };
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

/**
 * A value entered in another unit, converted: rounded to 10 decimals as the grid stores what it
 * converts (src/ui/format.ts `formatInput`), so a file and the grid give the same number.
 */
export const convertedValue = (value: number, factor: number): number => Math.round(value * factor * 1e10) / 1e10;

/**
 * The length of a text as every limit counts it: in characters (code points), as JSON Schema's
 * `maxLength` does, so an emoji counts once in the schema, the JSON reader, the CSV and Excel readers.
 */
export function textLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** User text echoed in a message: at most `max` characters, the rest said as a count. */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

const YES_WORDS = new Set(['yes', 'y', 'true', '1']);
const NO_WORDS = new Set(['no', 'n', 'false', '0']);

/**
 * The one yes/no vocabulary of the grid, the engine and every file: yes/no, y/n, true/false, 1/0, in
 * any case (Excel's TRUE and FALSE among them). Anything else is null.
 */
export function yesNo(text: string): 'yes' | 'no' | null {
  const word = text.trim().toLowerCase();
  return YES_WORDS.has(word) ? 'yes' : NO_WORDS.has(word) ? 'no' : null;
}

/**
 * What one number in a file says about its decimal mark: `12,5`, `0,125`, `1.234,5` or `1.234.567`
 * can only be written with a decimal comma; `12.5`, `0.125`, `1,234.5` or `1,234,567` only with a
 * decimal point. `12,125` or `1.234` (one separator, three digits after it) could be either, and say
 * nothing.
 */
export function decimalEvidence(text: string): DecimalStyle | null {
  // Every form below has a point or a comma: a text with neither says nothing (most cells of a file).
  if (!text.includes('.') && !text.includes(',')) return null;
  const s = text
    .trim()
    .replace(/%$/, '')
    .replace(SPACES, '')
    .replace(/^[+\-\u2212]/, '');
  const single = /^(\d*)([.,])(\d+)$/.exec(s);
  if (single) {
    const [, whole, mark, decimals] = single;
    const couldGroup = whole.length >= 1 && whole.length <= 3 && whole[0] !== '0' && decimals.length === 3;
    if (couldGroup) return null;
    return mark === ',' ? 'comma' : 'point';
  }
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^\d{1,3}(,\d{3}){2,}$/.test(s)) return 'point';
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s)) return 'comma';
  return null;
}

/**
 * A number from a file. `certain` says the decimal mark was declared by the user for this file or shown
 * by the file's own numbers; without that, a number that reads two ways (`12,125`: 12.125 or 12 125) is
 * refused rather than guessed.
 */
export function parseFileNumber(text: string, decimal: DecimalStyle, certain: boolean): ParsedNumber {
  // A point is a decimal point only in point style (`1.234` is 1 234 in comma style), and `1.234` is
  // ambiguous when the mark is not certain: both go the long way below.
  if (PLAIN_NUMBER.test(text) && (decimal === 'point' || !text.includes('.')) && (certain || !AMBIGUOUS_GROUP.test(text.replace(/^-/, '')))) {
    const value = Number(text);
    return { ok: true, value: value === 0 ? 0 : value };
  }
  const s = text
    .trim()
    .replace(/%$/, '')
    .replace(SPACES, '')
    .replace(/^[+\-\u2212]/, '');
  // Either mark: `5.000` in a file that shows no decimal mark is 5 or 5 000 whatever the setting says,
  // and `176,000` under a comma setting is 176 or 176 000 (both directions read in silence before).
  if (!certain && AMBIGUOUS_GROUP.test(s)) {
    return { ok: false, reason: { kind: 'ambiguous', text: quoted(text), other: s.includes(',') ? 'comma' : 'point' } };
  }
  return parseNumber(text, decimal);
}
