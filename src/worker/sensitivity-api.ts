import type { Framework } from '../engine/framework';
import { SensitivityRun, type SensitivityOptions, type SensitivityResult } from '../engine/sensitivity';
import type { TargetSet } from '../engine/targets';
import type { AssessmentInput } from '../engine/types';

/** How a run ended: all its draws, or stopped by `cancel` (with the draws done so far). */
export type SensitivityOutcome = { kind: 'done'; result: SensitivityResult } | { kind: 'cancelled'; done: number; total: number };

/** Draws per step: between steps the worker reports progress and reads a cancel (a few ms of work). */
export const SENSITIVITY_STEP = 1000;

/**
 * The sensitivity worker's API: one run at a time, in steps, yielding to the worker's message loop
 * between steps so that `cancel` (or a newer run) is heard. Kept apart from the worker entry so it can
 * be exercised over a MessageChannel in Node.
 */
export function createSensitivityApi(fw: Framework, targets: TargetSet) {
  let current = 0;
  const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    async run(input: AssessmentInput, options: SensitivityOptions, onProgress?: (done: number, total: number) => void): Promise<SensitivityOutcome> {
      const id = ++current;
      const run = new SensitivityRun(fw, targets, input, options);
      while (run.completed < run.total) {
        run.run(SENSITIVITY_STEP);
        void onProgress?.(run.completed, run.total);
        await yieldToMessages();
        if (id !== current) return { kind: 'cancelled', done: run.completed, total: run.total };
      }
      return { kind: 'done', result: run.result() };
    },
    /** Stops the run in progress after its current step. */
    cancel(): void {
      current++;
    },
  };
}

export type SensitivityApi = ReturnType<typeof createSensitivityApi>;
