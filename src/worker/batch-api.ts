import { score } from '../engine/evaluator';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import type { AssessmentInput, Scores } from '../engine/types';

/**
 * Scores many assessments at once, off the page's thread (the Compare view of a library of 1 000): one
 * call per batch, so a batch costs one message each way. Kept apart from the worker entry so it can be
 * exercised in Node.
 */
export function createBatchApi(fw: Framework, targets: TargetSet) {
  return {
    scoreMany(inputs: AssessmentInput[]): Scores[] {
      return inputs.map((input) => score(fw, targets, input));
    },
  };
}

export type BatchApi = ReturnType<typeof createBatchApi>;
