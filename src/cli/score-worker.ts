/**
 * A worker thread of `npm run score` over many files: it scores the batches of file names the main
 * thread sends (score-file.ts, as the main thread would) and sends each batch's outcomes back in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { diskAccess } from './read';
import { scoreFile, type ScoreOptions } from './score-file';

const options = workerData as ScoreOptions;
parentPort!.on('message', (files: string[]) => {
  void (async () => {
    const outcomes = [];
    for (const file of files) outcomes.push(await scoreFile(file, options, diskAccess()));
    parentPort!.postMessage(outcomes);
  })();
});
