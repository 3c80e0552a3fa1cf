/**
 * Editing and validation: cell text in, edits out. Numbers typed in the user's decimal style are
 * stored as canonical text; text that does not read as a number is kept as typed (and marked). Each
 * committed change becomes an Edit for the session; a status, quality, year or target that does not
 * read is kept in the cell and reported as a local error instead.
 */
import type { CellChange } from 'handsontable/base';
import type { Quality, Status, TargetOverride } from '../../engine/types';
import type { Edit, ValueField } from '../../session';
import { parseNumber, withUnit } from '../../engine/parse';
import { inputText, readInput } from '../format';
import { shellWords } from '../strings';
import { NUMERIC, type ColumnKey } from './columns';
import type { GridState } from './state';

const STATUS_BY_LABEL = new Map<string, Status>(Object.entries(shellWords.statusLabels).map(([k, v]) => [v, k as Status]));
const QUALITY_BY_LABEL = new Map<string, Quality>(Object.entries(shellWords.qualityLabels).map(([k, v]) => [v, k as Quality]));

/** Rewrites numeric changes in place: canonical text for a number ("1,234.5" → "1234.5"); rejected text kept, trimmed. */
export function canonicalise(state: GridState, changes: (CellChange | null)[]): void {
  const decimal = state.decimal();
  for (const change of changes) {
    if (!change) continue;
    const key = change[1] as ColumnKey;
    const meta = state.rows[change[0]];
    if (!NUMERIC.has(key) || meta?.kind !== 'dp' || (key === 'value' && meta.yesno)) continue;
    // A value typed in a unit the official method converts from (`12 ppb` of NO2, VM22-p95): converted
    // here, and what was typed is recorded with the value when the edit is made.
    const typed = key === 'value' && typeof change[3] === 'string' ? withUnit(change[3], meta.ref.def.conversions ?? []) : null;
    const number = typed && parseNumber(typed.number, decimal);
    if (typed && number?.ok) {
      const { unit, factor } = typed.conversion;
      change[3] = inputText(number.value * factor, decimal);
      state.entered.set(meta.ref.id, { value: number.value, unit, factor });
      continue;
    }
    const parsed = readInput(change[3], decimal);
    if (typeof parsed.value === 'number') change[3] = inputText(parsed.value, decimal);
    else if (typeof change[3] === 'string') change[3] = change[3].trim();
  }
}

/** The edits that committed changes make; records local errors for text that does not read. */
export function changesToEdits(state: GridState, changes: CellChange[], referenceTarget: (id: string) => number | null): Edit[] {
  const edits: Edit[] = [];
  const decimal = state.decimal();
  for (const [row, prop, , next] of changes) {
    const meta = state.rows[row];
    if (meta?.kind !== 'dp') continue;
    const key = prop as ColumnKey;
    const id = meta.ref.id;
    const errKey = `${id}|${key}`;
    state.localErrors.delete(errKey);
    const text = next === null || next === undefined ? '' : String(next).trim();
    let field: ValueField;
    let value: unknown;
    switch (key) {
      case 'numerator':
      case 'denominator':
      case 'value':
        field = key;
        value = key === 'value' && meta.yesno ? (text === '' ? null : text.toLowerCase()) : readInput(text, decimal).value;
        break;
      case 'status': {
        field = 'status';
        const status = STATUS_BY_LABEL.get(text.toLowerCase()) ?? (text in shellWords.statusLabels ? (text as Status) : undefined);
        if (text !== '' && !status) {
          state.localErrors.set(errKey, shellWords.statusNotValid(text));
          continue;
        }
        value = status;
        break;
      }
      case 'quality': {
        field = 'quality';
        const quality = QUALITY_BY_LABEL.get(text.toLowerCase()) ?? (text in shellWords.qualityLabels ? (text as Quality) : undefined);
        if (text !== '' && !quality) {
          state.localErrors.set(errKey, shellWords.qualityNotValid(text));
          continue;
        }
        value = quality;
        break;
      }
      case 'year': {
        field = 'year';
        const y = Number(text);
        if (text !== '' && !(Number.isInteger(y) && y >= 1900 && y <= 2200)) {
          state.localErrors.set(errKey, shellWords.yearNotValid(text));
          continue;
        }
        value = text === '' ? null : y;
        break;
      }
      case 'source':
      case 'note':
        field = key;
        value = text;
        break;
      case 'target': {
        // Read-only on a local KPI's row (its target is its framework's): nothing to make.
        if (meta.local) continue;
        // Blank, or the reference value itself, restores the reference target (so undo of an
        // override returns to the reference); "none" removes the benchmark for this assessment.
        const reference = referenceTarget(id);
        const parsed = readInput(text, decimal).value;
        let override: TargetOverride | null;
        if (text === '') override = null;
        else if (text.toLowerCase() === 'none' || text === shellWords.noBenchmark) override = reference === null ? null : { target: 'none' };
        else if (typeof parsed === 'number' && parsed >= 0) override = parsed === reference ? null : { target: parsed };
        else {
          state.localErrors.set(errKey, shellWords.targetNotValid(text));
          continue;
        }
        edits.push({ kind: 'target', id, override });
        continue;
      }
      default:
        continue;
    }
    // A local KPI's entry is in `localValues` (session/local-edits.ts), journalled and saved like a value.
    if (meta.local) {
      edits.push({ kind: 'local-value', id, field, value: value as never });
      continue;
    }
    edits.push({ kind: 'value', id, field, value: value as never });
    if (key === 'value') {
      // The record of a conversion at entry goes with the value it gave, and goes when the value is replaced.
      const entered = state.entered.get(id);
      state.entered.delete(id);
      if (entered && typeof value === 'number') edits.push({ kind: 'value', id, field: 'entered', value: entered });
      else if (state.doc?.values[id]?.entered) edits.push({ kind: 'value', id, field: 'entered', value: undefined });
    }
  }
  return edits;
}
