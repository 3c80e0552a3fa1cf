import * as Comlink from 'comlink';
import type { Patch } from '../engine/evaluator';
import type { Explanation } from '../engine/explain';
import type { AssessmentInput, Scores } from '../engine/types';
import type { EngineApi } from './engine-api';

export interface EngineClient {
  /** Loads an assessment; resolves null if a newer load or edit overtook it. */
  load(input: AssessmentInput): Promise<Scores | null>;
  /** Sends edits; every edit is applied in order, but only the newest result is delivered. */
  apply(patches: Patch[]): Promise<Scores | null>;
  explain(id: string): Promise<Explanation>;
  dispose(): void;
}

/**
 * Wraps a Comlink endpoint with latest-wins delivery: when edits arrive faster than results, results
 * of superseded calls resolve to null and the caller keeps showing the previous scores until the
 * newest arrives. The worker applies every patch (its state must see them all); only results are dropped.
 */
export function wrapEngine(remote: Comlink.Remote<EngineApi>, onDispose: () => void = () => {}): EngineClient {
  let latest = 0;
  const deliver = ({ seq, scores }: { seq: number; scores: Scores }) => (seq === latest ? scores : null);
  return {
    load: (input) => remote.load(input, ++latest).then(deliver),
    apply: (patches) => remote.apply(patches, ++latest).then(deliver),
    explain: (id) => remote.explain(id),
    dispose() {
      remote[Comlink.releaseProxy]();
      onDispose();
    },
  };
}

/** Starts the engine in a module worker (bundled by Vite as its own chunk). */
export function createEngineClient(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  return wrapEngine(Comlink.wrap<EngineApi>(worker), () => worker.terminate());
}
