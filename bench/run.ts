/**
 * npm run bench: measured figures, never asserted in tests. Prints a table per block, each headed with
 * the machine, the date and the number of runs, checks the budgets of issue #7 in the report, and
 * writes everything to bench/results.json (not committed; the README quotes the latest run).
 *
 *   npm run bench                 engine, HyperFormula (up to 1 000 assessments), bundle and browser
 *   npm run bench -- --full       also HyperFormula with 10 000 assessments (about 15 minutes more)
 *   npm run bench -- --quick      fewer runs
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { Evaluator, type Patch } from '../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import type { AssessmentInput } from '../src/engine/types';
import { browserBench } from './browser';
import { bundleBench } from './bundle';
import { aggregatePercent, buildWorkbook, COL } from './hyperformula';
import { prng, workspace } from './workspace';

const quick = process.argv.includes('--quick');
const full = process.argv.includes('--full');
const SIZES = [1, 100, 1000, 10_000];
const EDIT_RUNS = quick ? 60 : 300;
/**
 * HyperFormula builds the 1 000-assessment workbook (~1.4 million cells) in about 40 s on this 2-core
 * machine, so 10 000 would take several minutes per build: only with --full.
 */
const HF_MAX = full ? 10_000 : 1000;

export interface Stat {
  median: number;
  p95: number;
  runs: number;
}

export function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), runs: s.length };
}

const now = () => performance.now();
const ms = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : v < 10 ? `${v.toFixed(3)} ms` : `${v.toFixed(1)} ms`);

export const machine = () => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
  date: new Date().toISOString(),
});

/** An edit of one input: the numerator of a ratio data point, to a new valid value. */
function editPatch(input: AssessmentInput, rand: () => number): { patch: Patch; id: string; row: number; value: number } {
  const ratios = u4ssc.datapoints.filter((d) => d.def.formula.kind === 'ratio' && typeof input.values[d.id]?.numerator === 'number');
  const ref = ratios[Math.floor(rand() * ratios.length)];
  const entry = input.values[ref.id];
  const value = Math.round((entry.numerator as number) * (0.5 + rand() * 0.5) * 1000) / 1000;
  return { patch: { kind: 'value', id: ref.id, entry: { ...entry, numerator: value } }, id: ref.id, row: ref.index, value };
}

interface EngineRow {
  assessments: number;
  oursEdit: Stat;
  oursFull: Stat;
  hfEdit: Stat | null;
  hfFull: Stat | null;
  hfNote?: string;
  agree?: boolean;
}

function engineBench(): EngineRow[] {
  const rows: EngineRow[] = [];
  for (const n of SIZES) {
    const inputs = workspace(u4ssc, n);
    const fullRuns = n >= 10_000 ? 3 : n >= 1000 ? 5 : quick ? 10 : 30;

    // Ours: full recompute = an evaluator per assessment, scored.
    let evaluators: Evaluator[] = [];
    const full: number[] = [];
    for (let run = 0; run < fullRuns + 1; run++) {
      const t0 = now();
      evaluators = inputs.map((input) => new Evaluator(u4ssc, referenceTargets, input));
      for (const ev of evaluators) ev.scores();
      if (run > 0) full.push(now() - t0); // the first run warms up the JIT
    }
    // Ours: one-input edit in one assessment of the workspace, then the full scores snapshot.
    const rand = prng(7);
    const edits: number[] = [];
    for (let run = 0; run < EDIT_RUNS + 20; run++) {
      const i = Math.floor(rand() * n);
      const { patch } = editPatch(inputs[i], rand);
      const t0 = now();
      evaluators[i].apply([patch]);
      evaluators[i].scores();
      if (run >= 20) edits.push(now() - t0);
    }
    const row: EngineRow = { assessments: n, oursEdit: stat(edits), oursFull: stat(full), hfEdit: null, hfFull: null };

    if (n > HF_MAX) {
      row.hfNote = `not run: ~10× the 1 000 build time; use --full`;
    } else {
      // HyperFormula: full = build the workbook from the inputs (parse + evaluate every formula).
      const hfFull: number[] = [];
      const hfRuns = n >= 10_000 ? 1 : n >= 1000 ? (quick ? 1 : 3) : fullRuns;
      let book: ReturnType<typeof buildWorkbook> | undefined;
      for (let run = 0; run < hfRuns; run++) {
        book?.hf.destroy();
        const t0 = now();
        book = buildWorkbook(u4ssc, referenceTargets, inputs);
        hfFull.push(now() - t0);
      }
      if (!book) throw new Error('no HyperFormula run');
      // Correctness: the two engines agree on every aggregate of a sample of assessments.
      const fresh = inputs.map((input) => new Evaluator(u4ssc, referenceTargets, input));
      row.agree = checkAgreement(book, fresh, Math.min(n, 50));
      // HyperFormula: one-input edit, then read the aggregates it changes (category, sub-dimension,
      // dimension, overall). Ours returns every item and aggregate, so this favours HyperFormula.
      const hfEdits: number[] = [];
      const rand2 = prng(7);
      const hfEditRuns = Math.min(EDIT_RUNS, n >= 10_000 ? 60 : EDIT_RUNS);
      for (let run = 0; run < hfEditRuns + 10; run++) {
        const i = Math.floor(rand2() * n);
        const { row: r, value, id } = editPatch(inputs[i], rand2);
        const ref = u4ssc.byId.get(id)!;
        const t0 = now();
        book.hf.setCellContents({ sheet: i, row: r, col: COL.numerator }, value);
        for (const code of [ref.path.category, ref.path.subdimension, ref.path.dimension, 'overall']) aggregatePercent(book, i, code);
        if (run >= 10) hfEdits.push(now() - t0);
      }
      row.hfFull = stat(hfFull);
      row.hfEdit = stat(hfEdits);
      book.hf.destroy();
    }
    evaluators = [];
    rows.push(row);
  }
  return rows;
}

function checkAgreement(book: ReturnType<typeof buildWorkbook>, evaluators: Evaluator[], sample: number): boolean {
  for (let i = 0; i < sample; i++) {
    const s = evaluators[i].scores();
    for (const a of [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories]) {
      const theirs = aggregatePercent(book, i, a.code);
      const same = (a.percent === null && theirs === null) || (a.percent !== null && theirs !== null && Math.abs(a.percent - theirs) < 1e-9);
      if (!same) {
        console.error(`disagreement: assessment ${i}, ${a.code}: ours ${a.percent}, HyperFormula ${theirs}`);
        return false;
      }
    }
  }
  return true;
}

async function main() {
  const m = machine();
  const header = `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; date ${m.date}`;
  console.log(`SSC Workbench benchmark${quick ? ' (quick)' : ''}\n${header}\n`);

  console.log(`Engine (Node): one-input edit (incremental, then the full scores snapshot) and full recompute,`);
  console.log(`against the same workbook in HyperFormula ${(await import('hyperformula')).HyperFormula.version} (one sheet per assessment). Ratio = ours / HyperFormula.`);
  const engine = engineBench();
  const table = [['assessments', 'edit median', 'edit p95', 'HF edit median', 'edit ratio', 'full median', 'HF full median', 'full ratio', 'runs (edit/full)', 'agree']];
  for (const r of engine) {
    table.push([
      r.assessments.toLocaleString('en'),
      ms(r.oursEdit.median),
      ms(r.oursEdit.p95),
      r.hfEdit ? ms(r.hfEdit.median) : 'n/a',
      r.hfEdit ? (r.oursEdit.median / r.hfEdit.median).toFixed(3) : 'n/a',
      ms(r.oursFull.median),
      r.hfFull ? ms(r.hfFull.median) : 'n/a',
      r.hfFull ? (r.oursFull.median / r.hfFull.median).toFixed(3) : 'n/a',
      `${r.oursEdit.runs}/${r.oursFull.runs}${r.hfEdit ? ` (HF ${r.hfEdit.runs}/${r.hfFull!.runs})` : ''}`,
      r.agree === undefined ? r.hfNote ?? '' : r.agree ? 'yes' : 'NO',
    ]);
  }
  printTable(table);

  const budgets: string[] = [];
  const k = engine.find((r) => r.assessments === 1000);
  if (k?.hfEdit) {
    const speedup = k.hfEdit.median / k.oursEdit.median;
    budgets.push(speedup >= 10 ? `budget: engine edit ≥ 10× faster than HyperFormula at 1 000 assessments: met (${speedup.toFixed(1)}×)` : `budget: engine edit ≥ 10× faster than HyperFormula at 1 000 assessments: MISSED (${speedup.toFixed(1)}×, short by ${(10 / speedup).toFixed(1)}×)`);
  }

  console.log('\nBundle (vite build, gzip by node:zlib):');
  const bundle = await bundleBench();
  if (bundle.error) console.log(`bundle: build failed: ${bundle.error}`);
  else {
    printTable([['chunk', 'raw kB', 'gzip kB', 'loaded'], ...bundle.chunks.map((c) => [c.file, (c.raw / 1024).toFixed(1), (c.gzip / 1024).toFixed(1), c.initial ? 'initially' : 'lazily'])]);
    console.log(`initial JavaScript: ${(bundle.initialGzip / 1024).toFixed(1)} kB gzip; lazy: ${(bundle.lazyGzip / 1024).toFixed(1)} kB gzip`);
    budgets.push(bundle.initialGzip <= 350 * 1024 ? `budget: initial JavaScript < 350 kB gzip: met (${(bundle.initialGzip / 1024).toFixed(1)} kB)` : `budget: initial JavaScript < 350 kB gzip: MISSED by ${((bundle.initialGzip - 350 * 1024) / 1024).toFixed(1)} kB`);
  }

  console.log(`\nBrowser (headless Chromium ${'on the built app'}):`);
  const browser = bundle.error ? { error: 'no build' } : await browserBench(quick);
  if ('error' in browser) console.log(`browser: not run: ${browser.error}`);
  else {
    const b = browser;
    printTable([
      ['measure', 'median', 'p95', 'runs'],
      ['cold load to an interactive grid', ms(b.coldLoad.median), ms(b.coldLoad.p95), String(b.coldLoad.runs)],
      ['edit → points and aggregates on screen, 1 assessment', ms(b.edit1.median), ms(b.edit1.p95), String(b.edit1.runs)],
      ['edit → points and aggregates on screen, 1 000 in the workspace', ms(b.edit1000.median), ms(b.edit1000.p95), String(b.edit1000.runs)],
      ['import of a 1 000-assessment JSON', ms(b.import1000.median), ms(b.import1000.p95), String(b.import1000.runs)],
    ]);
    const check = (name: string, value: number, limit: number) =>
      budgets.push(value <= limit ? `budget: ${name} < ${limit} ms: met (${value.toFixed(1)} ms)` : `budget: ${name} < ${limit} ms: MISSED by ${(value - limit).toFixed(1)} ms (${value.toFixed(1)} ms)`);
    check('edit-to-screen p95, 1 assessment', b.edit1.p95, 50);
    check('edit-to-screen p95, 1 000 assessments', b.edit1000.p95, 100);
    check('import of 1 000 assessments', b.import1000.median, 3000);
  }

  console.log('\nBudgets (issue #7; checked here, never in unit tests):');
  for (const line of budgets) console.log(line);

  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ machine: m, quick, engine, bundle, browser, budgets }, null, 2) + '\n');
  console.log('\nwritten: bench/results.json');
  if (engine.some((r) => r.agree === false)) {
    console.error('HyperFormula and the engine disagree: the comparison is not of the same work.');
    process.exitCode = 1;
  }
}

function printTable(rows: string[][]) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

await main();
