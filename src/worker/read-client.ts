import * as Comlink from 'comlink';
import type { FileRead, ReadChoices } from '../interchange/read-file';
import type { FileStored } from '../storage/import';
import type { HeldRead, ReadApi, ReadProgress } from './read-api';

export type { HeldRead, ReadProgress };

/** A file of assessments the worker keeps: what the preview shows, and storing it from the worker. */
export interface Held extends HeldRead {
  /** Stores the file as the user confirmed it, in the worker; a failure stores nothing and keeps the file there. */
  store(replaceConfirmed: boolean): Promise<FileStored>;
}

/** A reading under way in its own worker: its outcome, and cancelling it. */
export interface WorkerRead {
  /** The reading (a file kept in the worker: `held`), or `cancelled` once `cancel` was called. */
  result: Promise<FileRead | Held | { kind: 'cancelled' }>;
  /**
   * Ends the worker: at once while it reads or holds a file (nothing it read is kept), or once a store
   * under way is done (a transaction is never cut).
   */
  cancel(): void;
}

/**
 * Reads a file in a worker of its own, started for this file and ended when it is done or cancelled
 * (ending the worker is the only way to stop a reader in the middle of a table). With `dbName`, the
 * page's database, a file of several assessments stays in the worker, which stores it there once the
 * user confirms; the worker lives until then, or until `cancel`.
 */
export function readInWorker(file: File, choices: ReadChoices, onProgress: (p: ReadProgress) => void, dbName?: string): WorkerRead {
  const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'read-file' });
  const remote = Comlink.wrap<ReadApi>(worker);
  // Progress messages already on their way when the reading ends are dropped, not drawn after it.
  let live = true;
  let storing: Promise<unknown> | null = null;
  let ended = false;
  const end = () => {
    live = false;
    ended = true;
    worker.terminate();
  };
  let cancel: () => void = () => {};
  const cancelled = new Promise<{ kind: 'cancelled' }>((resolve) => {
    cancel = () => {
      if (storing) return void storing.finally(end);
      end();
      resolve({ kind: 'cancelled' });
    };
  });
  const told = (p: ReadProgress) => live && onProgress(p);
  const reading = remote.read(file, choices, Comlink.proxy(told), dbName === undefined ? undefined : { dbName }).then(
    (read): FileRead | Held => {
      live = false;
      if (read.kind !== 'held') {
        end();
        return read;
      }
      const store = (replaceConfirmed: boolean): Promise<FileStored> => {
        if (ended) return Promise.resolve({ ok: false, problem: { kind: 'closed' } });
        const run = remote.store(replaceConfirmed);
        storing = run;
        return run.finally(() => (storing = null));
      };
      return { ...read, store };
    },
    (e: unknown) => {
      end();
      throw e;
    },
  );
  return { result: Promise.race([reading, cancelled]), cancel: () => cancel() };
}
