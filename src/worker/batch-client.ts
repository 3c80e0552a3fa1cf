import * as Comlink from 'comlink';
import type { AssessmentInput, Scores } from '../engine/types';
import type { BatchApi } from './batch-api';

let remote: Comlink.Remote<BatchApi> | null = null;

/**
 * Scores assessments in the batch worker, started on first use and kept for the page's life (a second
 * comparison reuses it). Resolves in the order given.
 */
export function scoreInWorker(inputs: AssessmentInput[]): Promise<Scores[]> {
  remote ??= Comlink.wrap<BatchApi>(new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module', name: 'batch-scores' }));
  return remote.scoreMany(inputs);
}
