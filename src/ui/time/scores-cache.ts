/**
 * Scores of stored assessments computed in the page (issue #14), kept per assessment and revision
 * while the page is open: the Compare view and the trend in "explain this number" both read other
 * assessments' scores through here, so an assessment is scored once per revision whichever asks first.
 */
import type { AssessmentDoc } from '../../engine/assessment';
import { comparisonRows, type Comparison, type ComparisonMember } from '../../engine/comparison';
import { unpackComparison } from '../../engine/comparison-pack';
import { score } from '../../engine/evaluator';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { AssessmentInput, Scores } from '../../engine/types';
import type { CompareMember } from '../../worker/batch-api';
import { compareInWorker, scoreInWorker } from '../../worker/batch-client';

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
    const scores = await scoreInWorker(
      part.map(inputOf),
      part.map((d) => ({ id: d.id, key: revisionKey(d) })),
    );
    if (cancelled()) return null;
    // Scores are the same wherever they are computed (the catalogue is English in the page too): kept as they come.
    part.forEach((d, k) => cache.set(d.id, { key: revisionKey(d), scores: scores[k] }));
  }
  return docs.map((d) => memberOf(d, open));
}

/**
 * The comparison of `docs` built in the batch worker from the scores it keeps (issue #27, item 5): the
 * page receives its tables, handed over rather than copied, and lays its own rows over them (named in the
 * display language where they are shown, by code). Stored revisions the worker has not scored (the page scored them for a trend,
 * say) are sent to it first, `step` at a time; the open assessment goes with its unsaved edits. Null
 * when cancelled.
 */
export async function compareAll(docs: readonly AssessmentDoc[], cancelled: () => boolean, open?: AssessmentDoc, step = 25): Promise<Comparison | null> {
  const members: CompareMember[] = docs.map((d) => ({
    id: d.id,
    city: d.city,
    country: d.country,
    year: d.year,
    ...(d.ownTargets && { ownTargets: d.ownTargets }),
    key: revisionKey(d),
    ...(d === open && { input: inputOf(d) }),
  }));
  // Twice at most: the second time the worker has every revision it asked for.
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = await compareInWorker(members);
    if (cancelled()) return null;
    if ('packed' in r) return unpackComparison(r.packed, comparisonRows(u4ssc));
    for (let i = 0; i < r.missing.length; i += step) {
      const part = r.missing.slice(i, i + step).map((k) => docs[k]);
      await scoreInWorker(
        part.map(inputOf),
        part.map((d) => ({ id: d.id, key: revisionKey(d) })),
      );
      if (cancelled()) return null;
    }
  }
  return null;
}
