import { buildComparison, type ComparisonMember } from '../engine/comparison';
import { packComparison, type PackedComparison } from '../engine/comparison-pack';
import { score } from '../engine/evaluator';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import type { AssessmentInput, Scores } from '../engine/types';

/** A stored assessment as the worker knows it: its id and the revision it was scored at. */
export interface Revision {
  id: string;
  key: string;
}

/** What a comparison needs of an assessment, without its scores: the worker has them, or is given its input. */
export type CompareMember = Omit<ComparisonMember, 'scores'> & { key: string; input?: AssessmentInput };

/**
 * Scores many assessments at once, off the page's thread (the Compare view of a library of 1 000): one
 * call per batch, so a batch costs one message each way. The scores of stored revisions are kept, so a
 * comparison is built here too and only its tables cross to the page (issue #27, item 5). Kept apart
 * from the worker entry so it can be exercised in Node.
 */
export function createBatchApi(fw: Framework, targets: TargetSet) {
  const kept = new Map<string, { key: string; scores: Scores }>();
  return {
    /** The scores of `inputs`; those named in `revisions` (same order) are kept for `compare`. */
    scoreMany(inputs: AssessmentInput[], revisions?: Revision[]): Scores[] {
      return inputs.map((input, i) => {
        const scores = score(fw, targets, input);
        const r = revisions?.[i];
        if (r) kept.set(r.id, { key: r.key, scores });
        return scores;
      });
    },
    /**
     * The comparison of `members`, packed; or, when some stored revision has not been scored here, the
     * positions of those, for the page to send (a member given with its input is scored as it is).
     */
    compare(members: CompareMember[]): { packed: PackedComparison } | { missing: number[] } {
      const missing: number[] = [];
      const scored: ComparisonMember[] = members.map(({ key, input, ...m }, i) => {
        if (input) return { ...m, scores: score(fw, targets, input) };
        const hit = kept.get(m.id);
        if (!hit || hit.key !== key) missing.push(i);
        return { ...m, scores: hit?.scores as Scores };
      });
      if (missing.length > 0) return { missing };
      return { packed: packComparison(buildComparison(fw, scored)) };
    },
  };
}

export type BatchApi = ReturnType<typeof createBatchApi>;
