import * as Comlink from 'comlink';
import type { FileRead, ReadChoices } from '../interchange/read-file';
import type { ReadApi, ReadProgress } from './read-api';

export type { ReadProgress };

/** A reading under way in its own worker: its outcome, and cancelling it. */
export interface WorkerRead {
  /** The reading, or `cancelled` once `cancel` was called. */
  result: Promise<FileRead | { kind: 'cancelled' }>;
  /** Ends the worker at once, wherever the reading is: nothing it read is kept. */
  cancel(): void;
}

/**
 * Reads a file in a worker of its own, started for this file and ended when it is done or cancelled
 * (ending the worker is the only way to stop a reader in the middle of a table).
 */
export function readInWorker(file: File, choices: ReadChoices, onProgress: (p: ReadProgress) => void): WorkerRead {
  const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'read-file' });
  const remote = Comlink.wrap<ReadApi>(worker);
  // Progress messages already on their way when the reading ends are dropped, not drawn after it.
  let live = true;
  let cancel: () => void = () => {};
  const cancelled = new Promise<{ kind: 'cancelled' }>((resolve) => {
    cancel = () => {
      live = false;
      worker.terminate();
      resolve({ kind: 'cancelled' });
    };
  });
  const told = (p: ReadProgress) => live && onProgress(p);
  const reading = remote.read(file, choices, Comlink.proxy(told)).finally(() => {
    live = false;
    worker.terminate();
  });
  return { result: Promise.race([reading, cancelled]), cancel: () => cancel() };
}
