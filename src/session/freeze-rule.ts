/**
 * Freeze as a rule of the data, not of the screen: a frozen assessment refuses every edit, whatever
 * made it (typing, paste, fill, undo and redo, the phone entry, a form, an import as update, another
 * tab, the journal replayed after a crash). The session applies edits only through `applyUnlessFrozen`,
 * and storage refuses any write over a frozen row (storage/db.ts FrozenError), so no path can change
 * what a verifier signed. "New version" (a copy with a new id recording its parent) is the way on.
 *
 * Every kind of edit has a rule here, and the compiler checks that a new kind gets one. A kind may be
 * `allowed` on a frozen assessment only if it changes nothing the fingerprint covers
 * (test/unit/freeze-rule.test.ts applies one of each kind and checks that claim); today every kind
 * changes what was signed, so every kind is refused.
 */
import type { AssessmentDoc } from '../engine/assessment';
import { applyEdits, type Edit } from './edits';

export type FreezeRule = 'refused' | 'allowed';

/** What a frozen assessment does with each kind of edit (the freeze mark itself included: frozen once). */
export const FROZEN_RULE: Readonly<Record<Edit['kind'], FreezeRule>> = {
  value: 'refused',
  profile: 'refused',
  target: 'refused',
  'own-target': 'refused',
  method: 'refused',
  'scoring-targets': 'refused',
  info: 'refused',
  acknowledge: 'refused',
  review: 'refused',
  thread: 'refused',
  evidence: 'refused',
  recommendation: 'refused',
  action: 'refused',
  freeze: 'refused',
  // The history is sealed content (fingerprint.ts), and only ever records an edit that is itself refused.
  history: 'refused',
  // Where a figure came from is sealed content (fingerprint.ts): a verifier signs the sources with the figures.
  provenance: 'refused',
  // The framework an assessment names and its local KPIs' values are sealed content (fingerprint.ts, format 9).
  'local-value': 'refused',
  'local-framework': 'refused',
};

/** Edits a frozen assessment refused: nothing of them was applied or saved. Worded by V.frozenRefused. */
export interface FrozenProblem {
  kind: 'frozen';
  refused: Edit[];
}

/**
 * Applies edits in order, refusing each that meets a frozen document: the edits before a `freeze`
 * edit in the same list still apply, the ones after it do not. `refused` is empty when all applied.
 */
export function applyUnlessFrozen(doc: AssessmentDoc, edits: readonly Edit[]): { doc: AssessmentDoc; applied: Edit[]; refused: Edit[] } {
  // The common case in one pass (a paste of a thousand cells copies the document once, not a thousand times).
  if (!doc.frozen && !edits.some((e) => e.kind === 'freeze')) return { doc: applyEdits(doc, edits), applied: [...edits], refused: [] };
  const applied: Edit[] = [];
  const refused: Edit[] = [];
  let next = doc;
  for (const e of edits) {
    if (next.frozen && FROZEN_RULE[e.kind] === 'refused') {
      refused.push(e);
      continue;
    }
    next = applyEdits(next, [e]);
    applied.push(e);
  }
  return { doc: next, applied, refused };
}

/** The problem of edits refused, or null when none was. */
export const frozenProblem = (refused: Edit[]): FrozenProblem | null => (refused.length > 0 ? { kind: 'frozen', refused } : null);
