/**
 * `npm run score` over a whole programme (issue #11): 1 000 files in one call, as a programme office
 * would run it. The files are the benchmark workspace's 1 000 fictional cities (bench/workspace.ts:
 * varied values, some not reported, 1 % impossible on purpose), written by the app's own writers to a
 * temporary folder: all as values CSV, then a mix of a third each values CSV, results workbook (.xlsx)
 * and assessment JSON. Each run is the real command in a child process (`tsx src/cli/score.ts FILE...`,
 * which is what `npm run score --` runs), so its time includes starting Node and tsx; the time inside
 * the process (`runCli`) is given apart, and so is one file alone.
 *
 *   npm run bench -- --only score [--quick]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/score';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { formatById } from '../src/interchange/formats';
import { stat, type Stat } from './stat';
import { workspaceDocs } from './workspace';

export const SCORE_FILES = 1000;

export interface ScoreRun {
  label: string;
  files: number;
  bytes: number;
  /** Whole command, child process: median and p95 of the runs. */
  command: Stat;
  /** `runCli` in this process (no start-up). */
  inProcess: Stat;
  exitCode: number | null;
  rows: number;
  outputBytes: number;
  problems: number;
}

async function writeFiles(dir: string, mix: boolean): Promise<string[]> {
  const docs = workspaceDocs(u4ssc, SCORE_FILES, referenceTargets.data.id);
  const formats = mix ? (['values-csv', 'values-xlsx', 'assessment-json'] as const) : (['values-csv'] as const);
  const files: string[] = [];
  for (const [i, doc] of docs.entries()) {
    const format = formatById(formats[i % formats.length]);
    const file = path.join(dir, `city-${String(i + 1).padStart(4, '0')}${format.suffix}`);
    writeFileSync(file, new Uint8Array(await (await format.write(doc, { fw: u4ssc, targets: referenceTargets })).arrayBuffer()));
    files.push(file);
  }
  return files;
}

async function measure(label: string, mix: boolean, runs: number): Promise<ScoreRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ssc-score-bench-'));
  try {
    const files = await writeFiles(dir, mix);
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const tsx = path.resolve('node_modules/.bin/tsx');
    const times: number[] = [];
    let last: ReturnType<typeof spawnSync> | null = null;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      last = spawnSync(tsx, ['src/cli/score.ts', ...files], { maxBuffer: 1024 * 2 ** 20, encoding: 'utf8' });
      times.push(performance.now() - t);
    }
    const inside: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await runCli(files);
      inside.push(performance.now() - t);
    }
    const stdout = String(last?.stdout ?? '');
    return {
      label,
      files: files.length,
      bytes,
      command: stat(times),
      inProcess: stat(inside),
      exitCode: last?.status ?? null,
      rows: stdout.split('\n').filter(Boolean).length - 1,
      outputBytes: Buffer.byteLength(stdout),
      problems: String(last?.stderr ?? '')
        .split('\n')
        .filter(Boolean).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One values CSV alone, the whole command: what each file would cost called one by one. */
function oneFile(runs: number): Stat {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/score.ts', 'test/fixtures/sample-values.csv'], { encoding: 'utf8' });
    times.push(performance.now() - t);
  }
  return stat(times);
}

export async function scoreBench(quick: boolean): Promise<{ runs: ScoreRun[]; single: Stat }> {
  const runs = quick ? 1 : 3;
  return {
    runs: [await measure('values CSV', false, runs), await measure('a third each CSV, Excel, JSON', true, runs)],
    single: oneFile(quick ? 3 : 5),
  };
}

export function scoreLines(b: { runs: ScoreRun[]; single: Stat }): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  return [
    ...b.runs.map(
      (r) =>
        `${r.files} files (${r.label}, ${mb(r.bytes)}) in one call: median ${s(r.command.median)}, p95 ${s(r.command.p95)} (${r.command.runs} runs; ` +
        `${((r.command.median / r.files) * 1000).toFixed(0)} µs per file); inside the process ${s(r.inProcess.median)}; ` +
        `exit ${r.exitCode}, ${r.rows.toLocaleString('en')} tidy rows (${mb(r.outputBytes)}), ${r.problems} problem lines on stderr`,
    ),
    `one file alone, the whole command (start-up included): median ${s(b.single.median)} (${b.single.runs} runs)`,
  ];
}
