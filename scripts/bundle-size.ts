/**
 * Prints the gzip size of every chunk of `dist/` (run `npm run build` first) and fails when the first
 * visit (index.html's scripts, modulepreloads and their static imports) is over its budget. The same
 * figures as the bench's bundle block, without building again: `npm run build && npm run size`.
 */
import { FIRST_VISIT_BUDGET_GZIP, sizeDist } from '../bench/bundle';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const report = sizeDist();
if (report.error) {
  console.error(`size: ${report.error} (run npm run build first)`);
  process.exit(2);
}
const width = Math.max(...report.chunks.map((c) => c.file.length));
console.log(`${'chunk'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}  loaded`);
for (const c of report.chunks) console.log(`${c.file.padEnd(width)}  ${kb(c.raw).padStart(8)}  ${kb(c.gzip).padStart(8)}  ${c.loaded}`);
console.log(`first visit (page scripts, modulepreloads and their static imports): ${kb(report.initialGzip)} kB gzip`);
console.log(`engine worker: ${kb(report.workerGzip)} kB; lazily loaded: ${kb(report.lazyGzip)} kB; service worker: ${kb(report.serviceWorkerGzip)} kB gzip`);
console.log(`opening an assessment adds (the workbench: grid, Handsontable, panels): ${kb(report.workbenchGzip)} kB gzip`);
for (const [lang, gzip] of Object.entries(report.languageGzip)) console.log(`first visit in ${lang} (with its language chunk): ${kb(gzip)} kB gzip`);
if (report.initialGzip > FIRST_VISIT_BUDGET_GZIP) {
  console.error(
    `size: first visit ${kb(report.initialGzip)} kB gzip is over its ${kb(FIRST_VISIT_BUDGET_GZIP)} kB budget by ${kb(report.initialGzip - FIRST_VISIT_BUDGET_GZIP)} kB`,
  );
  process.exit(1);
}
console.log(`size: first visit within its ${kb(FIRST_VISIT_BUDGET_GZIP)} kB budget`);
