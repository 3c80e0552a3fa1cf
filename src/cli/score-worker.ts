/**
 * A worker thread of `npm run score` over many files: it scores the batches of file names the main
 * thread sends (score-file.ts, as the main thread would) and sends each batch's outcomes back in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { diskAccess, readFrameworkForCli } from './read';
import { scoreFile, type ScoreOptions } from './score-file';

const options = workerData as ScoreOptions;
// The main thread read the framework file before starting the threads, so it reads here too.
const loaded = options.frameworkFile === undefined ? undefined : readFrameworkForCli(options.frameworkFile, diskAccess());
const framework = loaded?.ok ? loaded.framework : undefined;
parentPort!.on('message', (files: string[]) => {
  void (async () => {
    const outcomes = [];
    for (const file of files) outcomes.push(await scoreFile(file, options, diskAccess(), framework));
    parentPort!.postMessage(outcomes);
  })();
});
