import { MAX_YEAR, MIN_YEAR } from '../../engine/assessment';
import { parseNumber, type DecimalStyle } from '../../engine/parse';
import type { Direction, OwnTarget } from '../../engine/types';
import { timeWords } from '../strings/time';

export type Field = 'target' | 'deadline' | 'baseline' | 'baselineYear';
export const FIELDS: readonly Field[] = ['target', 'deadline', 'baseline', 'baselineYear'];
export const YEARS: ReadonlySet<Field> = new Set(['deadline', 'baselineYear']);
export const LABEL: Record<Field, () => string> = {
  target: () => timeWords.ownTarget,
  deadline: () => timeWords.ownDeadline,
  baseline: () => timeWords.ownBaseline,
  baselineYear: () => timeWords.ownBaselineYear,
};

/**
 * Reads the form's four texts into an own target, or the problems (worded) that stop it. A yes/no data
 * point has no target field (its target is yes); years are whole years in the range every reader accepts.
 */
export function readOwnTargetForm(
  texts: Record<Field, string>,
  decimal: DecimalStyle,
  direction: Direction,
): { ok: true; own: OwnTarget | null } | { ok: false; problems: string[] } {
  const own: OwnTarget = {};
  const problems: string[] = [];
  for (const field of FIELDS) {
    if (field === 'target' && direction === 'yesno') continue;
    const text = texts[field].trim();
    if (text === '') continue;
    if (YEARS.has(field)) {
      const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
      if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) own[field] = year;
      else problems.push(timeWords.ownProblem.notYear(LABEL[field](), text, MIN_YEAR, MAX_YEAR));
    } else {
      const parsed = parseNumber(text, decimal);
      if (parsed.ok) own[field] = parsed.value;
      else problems.push(timeWords.ownProblem.notNumber(LABEL[field](), text));
    }
  }
  if (problems.length === 0 && (own.baseline === undefined) !== (own.baselineYear === undefined)) problems.push(timeWords.ownProblem.baselinePair);
  if (own.deadline !== undefined && own.baselineYear !== undefined && own.deadline <= own.baselineYear)
    problems.push(timeWords.ownProblem.deadlineAfterBaseline);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, own: Object.keys(own).length > 0 ? own : null };
}
