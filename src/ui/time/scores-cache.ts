/**
 * Scores of stored assessments computed in the page (issue #14), kept per assessment and revision
 * while the page is open: the Compare view and the trend in "explain this number" both read other
 * assessments' scores through here, so an assessment is scored once per revision whichever asks first.
 */
import type { AssessmentDoc } from '../../engine/assessment';
import type { ComparisonMember } from '../../engine/comparison';
import { score } from '../../engine/evaluator';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { Scores } from '../../engine/types';

const cache = new Map<string, { key: string; scores: Scores }>();
/**
 * The open assessment as on screen carries edits not yet saved under the revision it was loaded at, so
 * its revision does not tell its contents: it is kept by the document object itself (each edit makes a
 * new one).
 */
const live = new WeakMap<AssessmentDoc, Scores>();
/** A stored revision: the revision number and the time it was saved (an import may reset revisions). */
export const revisionKey = (d: Pick<AssessmentDoc, 'revision' | 'updatedAt'>): string => `${d.revision}|${d.updatedAt}`;

/** The scores of a stored assessment, computed once per revision; of `open` (the open assessment as on screen), once per document object. */
export function scoresOf(d: AssessmentDoc, open?: AssessmentDoc): Scores {
  if (d === open) {
    let s = live.get(d);
    if (!s) live.set(d, (s = score(u4ssc, referenceTargets, d)));
    return s;
  }
  let hit = cache.get(d.id);
  if (!hit || hit.key !== revisionKey(d)) {
    hit = { key: revisionKey(d), scores: score(u4ssc, referenceTargets, d) };
    cache.set(d.id, hit);
  }
  return hit.scores;
}

/** What a comparison or a series needs of an assessment, with its scores. */
export function memberOf(d: AssessmentDoc, open?: AssessmentDoc): ComparisonMember {
  return { id: d.id, city: d.city, country: d.country, year: d.year, scores: scoresOf(d, open), ...(d.ownTargets && { ownTargets: d.ownTargets }) };
}

/** Scores every document (`open`: the open assessment as on screen), `step` at a time, yielding to the page between steps; null when cancelled. */
export async function scoreAll(docs: readonly AssessmentDoc[], cancelled: () => boolean, open?: AssessmentDoc, step = 50): Promise<ComparisonMember[] | null> {
  const out: ComparisonMember[] = [];
  for (let i = 0; i < docs.length; i++) {
    out.push(memberOf(docs[i], open));
    if ((i + 1) % step === 0) {
      await new Promise((r) => setTimeout(r, 0));
      if (cancelled()) return null;
    }
  }
  return out;
}
