/**
 * Scores of stored assessments computed in the page (issue #14), kept per assessment and revision
 * while the page is open: the Compare view and the trend in "explain this number" both read other
 * assessments' scores through here, so an assessment is scored once per revision whichever asks first.
 */
import type { AssessmentDoc } from '../../engine/assessment';
import type { ComparisonMember } from '../../engine/comparison';
import { score } from '../../engine/evaluator';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { AssessmentInput, Scores } from '../../engine/types';
import { scoreInWorker } from '../../worker/batch-client';
import { localiseScores } from '../strings/kpi-names';

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

/** The part of a document the engine scores: what crosses to the worker, not the review cycle or the journal. */
const inputOf = (d: AssessmentDoc): AssessmentInput => ({
  profile: d.profile,
  values: d.values,
  targets: d.targets,
  method: d.method,
  ...(d.ownTargets && { ownTargets: d.ownTargets }),
  ...(d.scoringTargets && { scoringTargets: d.scoringTargets }),
});

/**
 * Scores every document (`open`: the open assessment as on screen) and returns them as comparison
 * members; null when cancelled. Stored revisions not yet in the cache are scored in the batch worker,
 * `step` to a message, so the page stays free to answer input while 1 000 are scored (issue #27); the
 * open assessment, with its unsaved edits, is scored here like any single one.
 */
export async function scoreAll(docs: readonly AssessmentDoc[], cancelled: () => boolean, open?: AssessmentDoc, step = 25): Promise<ComparisonMember[] | null> {
  const missing = docs.filter((d) => d !== open && cache.get(d.id)?.key !== revisionKey(d));
  for (let i = 0; i < missing.length; i += step) {
    const part = missing.slice(i, i + step);
    const scores = await scoreInWorker(part.map(inputOf));
    if (cancelled()) return null;
    // The worker's catalogue is English: its names are put into the display language as they arrive.
    part.forEach((d, k) => cache.set(d.id, { key: revisionKey(d), scores: localiseScores(scores[k]) }));
  }
  return docs.map((d) => memberOf(d, open));
}
