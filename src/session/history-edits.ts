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
 */
import type { AssessmentDoc } from '../engine/assessment';
import { reviewEntry, sameInputs, valueInputs } from '../engine/history';
import { newId } from '../engine/ids';
import type { Edit } from './edits';

/** Value fields that make the value (the rest, quality, source, year, note, say about it). */
const VALUE_FIELDS = new Set(['numerator', 'denominator', 'value', 'status']);

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
    const was = valueInputs(before.values[e.id]);
    const now = valueInputs(after.values[e.id]);
    if (sameInputs(was, now)) continue;
    out.push({ kind: 'history', id: e.id, entry: { id: id(), kind: 'value', at, ...(name !== '' && { by: name }), value: now } });
  }
  for (const e of edits) if (e.kind === 'review' && e.stamp) out.push({ kind: 'history', id: e.id, entry: reviewEntry(e.stamp) });
  return out;
}
