/**
 * Scoring a programme's files over worker threads (`npm run score` with many files): each thread takes
 * the next batch of files when it is done with one, so a slow file (a large workbook) holds up only its
 * thread, and the outcomes are written in the files' order as they come, so the output is the same as one
 * thread's and is not held until the end.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome, ScoreOptions } from './score-file';

/** Files a thread takes at a time: few enough to share the work out, enough that messages cost little. */
const BATCH = 25;

/**
 * A worker thread running a TypeScript module: under tsx (`npm run score`) a worker does not inherit
 * tsx's loader, so the thread registers it before importing the module; compiled JavaScript would need
 * none of this.
 */
function tsWorker(module: URL, workerData: unknown): Worker {
  const source = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(source, { eval: true, workerData });
}

/**
 * Outcomes a programme holds that are not yet written (a slow file ahead of them, a slow reader of the
 * output): past this, a thread waits for the writing before it takes more files, so memory stays flat.
 */
const HELD = 8 * BATCH;

/**
 * Scores `files` over `threads` worker threads; `each` takes every outcome in the files' order, as soon
 * as it and all before it are scored, and the threads wait while a promise it returns is pending.
 */
export async function scoreInThreads(
  files: readonly string[],
  options: ScoreOptions,
  threads: number,
  each: (outcome: FileOutcome, index: number) => void | Promise<void>,
  /** True when the output can take nothing more: no further batch is given out. */
  halted: () => boolean = () => false,
): Promise<void> {
  const held = new Map<number, FileOutcome>();
  /** Threads that wait, past HELD, to take their next batch. */
  const waiting: (() => void)[] = [];
  let written = 0;
  let writing: Promise<void> = Promise.resolve();
  let stop: (e: unknown) => void = () => {};
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  const writeReady = async () => {
    for (let o = held.get(written); o !== undefined; o = held.get(written)) {
      held.delete(written);
      await each(o, written++);
    }
    // What is held now waits for a batch still being scored, never for a waiting thread: no deadlock.
    while (held.size <= HELD && waiting.length > 0) waiting.shift()!();
  };
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let taken = 0;
      const give = () => {
        if (next >= files.length || halted()) return void worker.terminate().then(() => resolve());
        taken = next;
        next = Math.min(files.length, next + BATCH);
        worker.postMessage(files.slice(taken, next));
      };
      worker.on('message', (batch: FileOutcome[]) => {
        batch.forEach((o, i) => held.set(taken + i, o));
        writing = writing.then(writeReady);
        writing.catch(stop);
        if (held.size > HELD) waiting.push(give);
        else give();
      });
      worker.on('error', stop);
      give();
    });
  const workers = Array.from({ length: Math.max(1, Math.min(threads, Math.ceil(files.length / BATCH))) }, () =>
    tsWorker(new URL('./score-worker.ts', import.meta.url), options),
  );
  try {
    await Promise.race([Promise.all(workers.map(run)), stopped]);
    await writing;
  } finally {
    // A thread or a write that failed leaves the other threads running: they are stopped, or the command would never end.
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
