/**
 * Updating a stored assessment from an assessment file (import-update.ts), for the user's own framework
 * (format 9, local-edits.ts): the framework the file names and its local KPIs' values. Before this, an
 * update from a file carrying local values changed every U4SSC value to the file's and left the local
 * ones as stored: the file's local figures were lost without a word, and an undo could not restore them.
 *
 * A file that names a framework or holds local values says them whole, as it says `values` whole: the
 * stored local values it lacks are cleared (the undo puts them back). A file that has neither (a file
 * of format 8 or earlier, or one made without a framework of its own) says nothing about them: the
 * stored framework and local values are kept.
 */
import type { AssessmentDoc } from '../engine/assessment';
import type { ValueEntry } from '../engine/types';
import type { Edit } from './edits';
import { same } from './edits';
import type { LocalEdit } from './local-edits';

/** Whether an assessment file says anything about the user's own framework. */
export const carriesLocal = (file: AssessmentDoc): boolean => file.localFramework !== undefined || file.localValues !== undefined;

/** The local edits that bring `stored` to what `file` says of its own framework (see above). */
export function localUpdateEdits(stored: AssessmentDoc, file: AssessmentDoc): LocalEdit[] {
  if (!carriesLocal(file)) return [];
  const out: LocalEdit[] = [];
  if (!same(stored.localFramework ?? null, file.localFramework ?? null)) out.push({ kind: 'local-framework', ref: file.localFramework ?? null });
  const before = stored.localValues ?? {};
  const after = file.localValues ?? {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const fields = new Set([...Object.keys(before[id] ?? {}), ...Object.keys(after[id] ?? {})]) as Set<keyof ValueEntry>;
    for (const field of fields) {
      const next = after[id]?.[field];
      if (!same(before[id]?.[field], next)) out.push({ kind: 'local-value', id, field, value: next });
    }
  }
  return out;
}

/** The edit that puts back what `before` held where a local edit writes (the undo of an update), or null for another kind. */
export function inverseLocal(before: AssessmentDoc, e: Edit): LocalEdit | null {
  if (e.kind === 'local-framework') return { kind: 'local-framework', ref: before.localFramework ?? null };
  if (e.kind === 'local-value') return { ...e, value: before.localValues?.[e.id]?.[e.field] };
  return null;
}
