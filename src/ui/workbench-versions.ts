/**
 * The frozen and version paths of the workbench (#27 item 3), as plain functions: the freeze edit that
 * seals an assessment with its fingerprint, and the new version of a frozen one. Workbench.tsx keeps
 * only the checks that need its session and the notices.
 */
import { duplicateAssessment, type AssessmentDoc } from '../engine/assessment';
import { versionNumberOf } from '../engine/versions';
import type { Edit } from '../session';

/** The edit that freezes `current` as it is, signed by `signer` now. */
export async function freezeEdit(current: AssessmentDoc, signer: string): Promise<Edit> {
  // The fingerprint seals the data, the signer, the time and the parent (fingerprint.ts scheme 2).
  // Loaded when first used: freezing is rare, and the fingerprint code is not the first visit's (#32).
  const { freezeMark } = await import('../engine/fingerprint');
  const mark = await freezeMark(current, signer, Date.now());
  return { kind: 'freeze', frozen: mark };
}

/** Editing a frozen assessment: a new version (new id) recording this one as its parent. */
export function nextVersionOf(current: AssessmentDoc): AssessmentDoc {
  if (!current.frozen) throw new Error('nextVersionOf: the assessment is not frozen'); // a programming error
  const next = duplicateAssessment(current, {});
  delete next.frozen;
  delete next.origin;
  next.parent = { id: current.id, fingerprint: current.frozen.fingerprint };
  next.versionNumber = versionNumberOf(current) + 1;
  return next;
}
