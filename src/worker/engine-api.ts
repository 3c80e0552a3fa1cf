import { Evaluator, type Patch } from '../engine/evaluator';
import { explain, type Explanation } from '../engine/explain';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import type { AssessmentInput, Scores } from '../engine/types';

/**
 * What the worker exposes: one evaluator for the assessment on screen. Calls are coarse (a whole
 * input once, then batches of patches) so the message traffic stays small. Kept apart from the worker
 * entry so it can be exercised over a MessageChannel in Node.
 */
export function createEngineApi(fw: Framework, targets: TargetSet) {
  let evaluator: Evaluator | null = null;
  const current = () => {
    if (!evaluator) throw new Error('No assessment loaded in the engine.');
    return evaluator;
  };
  return {
    /** Loads an assessment and scores it from scratch. `seq` is echoed back for latest-wins. */
    load(input: AssessmentInput, seq: number): { seq: number; scores: Scores } {
      evaluator = new Evaluator(fw, targets, input);
      return { seq, scores: evaluator.scores() };
    },
    /** Applies edits in order; every edit is kept even when its result is superseded. */
    apply(patches: Patch[], seq: number): { seq: number; scores: Scores } {
      current().apply(patches);
      return { seq, scores: current().scores() };
    },
    explain(id: string): Explanation {
      return explain(fw, targets, current(), id);
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
