/**
 * Scoring a programme's files over worker threads (`npm run score` with many files): each thread takes
 * the next batch of files when it is done with one, so a slow file (a large workbook) holds up only its
 * thread, and the outcomes are put back in the files' order, so the output is the same as one thread's.
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

export async function scoreInThreads(files: readonly string[], options: ScoreOptions, threads: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let taken = 0;
      const give = () => {
        if (next >= files.length) return void worker.terminate().then(() => resolve());
        taken = next;
        next = Math.min(files.length, next + BATCH);
        worker.postMessage(files.slice(taken, next));
      };
      worker.on('message', (batch: FileOutcome[]) => {
        batch.forEach((o, i) => (outcomes[taken + i] = o));
        give();
      });
      worker.on('error', reject);
      give();
    });
  const workers = Array.from({ length: Math.max(1, Math.min(threads, Math.ceil(files.length / BATCH))) }, () =>
    tsWorker(new URL('./score-worker.ts', import.meta.url), options),
  );
  await Promise.all(workers.map(run));
  return outcomes;
}
