import * as Comlink from 'comlink';
import type { AssessmentInput, Scores } from '../engine/types';
import type { BatchApi, CompareMember, Revision } from './batch-api';
import type { PackedComparison } from '../engine/comparison-pack';

let remote: Comlink.Remote<BatchApi> | null = null;
const worker = () => (remote ??= Comlink.wrap<BatchApi>(new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module', name: 'batch-scores' })));

/**
 * Scores assessments in the batch worker, started on first use and kept for the page's life (a second
 * comparison reuses it). Resolves in the order given; the revisions named are kept there for `compareInWorker`.
 */
export function scoreInWorker(inputs: AssessmentInput[], revisions?: Revision[]): Promise<Scores[]> {
  return worker().scoreMany(inputs, revisions);
}

/** The comparison of `members` built in the batch worker; `missing` when it has not scored some of them. */
export function compareInWorker(members: CompareMember[]): Promise<{ packed: PackedComparison } | { missing: number[] }> {
  return worker().compare(members);
}
