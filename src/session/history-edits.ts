/**
 * The history entries an edit leaves (engine/history.ts, format 7). The session adds them beside the
 * edits it applies, in the same journal write, so every way a value changes (typing, paste, fill, undo
 * and redo, the phone entry, an import as update, the journal replayed after a crash) leaves its entry
 * with who and when, and a rebase onto another tab's copy re-applies them without doubling (by id).
 *
 * One value entry per data point per batch (a numerator and a denominator typed together, or a paste of
 * a thousand cells, is one change of each data point it touched), and only when the value inputs
 * actually changed (a note or a source is not a value). One review entry per review stamp (its id made
 * from the stamp, so the same step arriving again is not recorded twice).
 *
 * A ratio whose denominator is a city-profile field (households, population…) is computed with that
 * field, so its entries record the profile's value as their denominator, and an edit of the field leaves
 * an entry in the history of every data point that divides by it and holds a value: a denominator
 * changed after submission is as visible as a numerator (the verification's basis covers it too).
 */
import type { AssessmentDoc } from '../engine/assessment';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { reviewEntry, sameInputs, valueInputs, type HistoryValue } from '../engine/history';
import { newId } from '../engine/ids';
import { profileDenominatorOf } from '../engine/review';
import type { Edit } from './edits';

/** Value fields that make the value (the rest, quality, source, year, note, say about it). */
const VALUE_FIELDS = new Set(['numerator', 'denominator', 'value', 'status']);

/** The profile field each ratio data point divides by, and the data points dividing by each field. */
const PROFILE_OF = new Map<string, string>();
const DIVIDING_BY = new Map<string, string[]>();
for (const ref of u4ssc.datapoints) {
  const field = profileDenominatorOf(ref);
  if (field === null) continue;
  PROFILE_OF.set(ref.id, field);
  DIVIDING_BY.set(field, [...(DIVIDING_BY.get(field) ?? []), ref.id]);
}

/** A data point's value inputs as its history records them: with the profile's denominator when it divides by one that is set. */
export function historyValue(doc: AssessmentDoc, id: string): HistoryValue {
  const out = valueInputs(doc.values[id]);
  const field = PROFILE_OF.get(id);
  const den = field === undefined ? undefined : doc.profile[field];
  if (den !== undefined && den !== null && den !== '') out.denominator = den;
  return out;
}

/**
 * The history edits for `edits` applied to `before` giving `after`, signed `by` (the name set in this
 * browser; '' when none is: the entry then names nobody) at `at`. `id` makes entry ids (tests pass their own).
 */
export function historyEdits(before: AssessmentDoc, after: AssessmentDoc, edits: readonly Edit[], by: string, at: number, id: () => string = newId): Edit[] {
  const out: Edit[] = [];
  const name = by.trim();
  const seen = new Set<string>();
  for (const e of edits) {
    if (e.kind !== 'value' || !VALUE_FIELDS.has(e.field) || seen.has(e.id)) continue;
    seen.add(e.id);
    const was = historyValue(before, e.id);
    const now = historyValue(after, e.id);
    if (sameInputs(was, now)) continue;
    out.push({ kind: 'history', id: e.id, entry: { id: id(), kind: 'value', at, ...(name !== '' && { by: name }), value: now } });
  }
  // A profile denominator changed: each data point dividing by it that holds a value of its own.
  for (const e of edits) {
    if (e.kind !== 'profile') continue;
    for (const dp of DIVIDING_BY.get(e.field) ?? []) {
      if (seen.has(dp) || Object.keys(valueInputs(after.values[dp])).length === 0) continue;
      seen.add(dp);
      const was = historyValue(before, dp);
      const now = historyValue(after, dp);
      if (sameInputs(was, now)) continue;
      out.push({ kind: 'history', id: dp, entry: { id: id(), kind: 'value', at, ...(name !== '' && { by: name }), value: now } });
    }
  }
  for (const e of edits) if (e.kind === 'review' && e.stamp) out.push({ kind: 'history', id: e.id, entry: reviewEntry(e.stamp) });
  return out;
}
