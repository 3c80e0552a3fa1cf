import * as Comlink from 'comlink';
import type { SensitivityOptions } from '../engine/sensitivity';
import type { AssessmentInput } from '../engine/types';
import type { SensitivityApi, SensitivityOutcome } from './sensitivity-api';

export interface SensitivityClient {
  run(input: AssessmentInput, options: SensitivityOptions, onProgress: (done: number, total: number) => void): Promise<SensitivityOutcome>;
  cancel(): Promise<void>;
  dispose(): void;
}

/** Wraps a Comlink endpoint of the sensitivity API; the progress callback crosses as a Comlink proxy. */
export function wrapSensitivity(remote: Comlink.Remote<SensitivityApi>, onDispose: () => void = () => {}): SensitivityClient {
  return {
    run: (input, options, onProgress) => remote.run(input, options, Comlink.proxy(onProgress)),
    cancel: () => remote.cancel(),
    dispose() {
      remote[Comlink.releaseProxy]();
      onDispose();
    },
  };
}

/** Starts the Monte Carlo in its own module worker, so a long run never delays the grid's scores. */
export function createSensitivityClient(): SensitivityClient {
  const worker = new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module', name: 'sensitivity' });
  return wrapSensitivity(Comlink.wrap<SensitivityApi>(worker), () => worker.terminate());
}
