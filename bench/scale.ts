/**
 * A national programme at scale (issue #29 item 6): 10 000 generated city files (the benchmark
 * workspace's fictional cities, bench/workspace.ts, written as values CSV by the app's writer), and
 * - CSV read on one thread, in this process, against a well-kept parser: csv-parse 7 (sync API, a
 *   devDependency for this bench only) splitting the same texts into records. Ours is timed twice:
 *   `readCsv` (records, the same work as csv-parse) and `parseValuesCsv` (records, then every cell
 *   checked and read into an assessment's input, what an import or `npm run score` does). MiB/s of CPU
 *   time (user + system, process.cpuUsage) and of wall time: the CPU figure is the one that holds on a
 *   machine other work keeps busy;
 * - `npm run score` over the folder of 10 000 in one call, writing the tidy table as Parquet, on one
 *   thread (`--jobs 1`) and one per core: wall time, files/s and MiB/s of CSV, and the peak memory where
 *   GNU time is installed (the output is streamed: it should not grow with the files); DuckDB then counts
 *   the Parquet's files and rows, so a run that scored less says so.
 *
 *   npm run bench -- --only scale [--quick]      (also: npx tsx bench/scale.ts [--quick]; SCALE_FILES=N for a smaller run)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { parseValuesCsv, readCsv, valuesCsv } from '../src/engine/csv';
import { u4ssc } from '../src/engine/frameworks/u4ssc';
import { stat } from './stat';
import { variedInput } from './workspace';

const FILES = Number(process.env.SCALE_FILES ?? 10_000);
/** Texts the read throughput is measured on (every file would take minutes per run on a busy machine). */
const SAMPLE = Math.min(FILES, 1000);

const mib = (bytes: number) => bytes / 2 ** 20;
const GNU_TIME = '/usr/bin/time';

/** One reader over every sample text, `runs` times: MiB/s of CPU time and of wall time (medians). */
function throughput(texts: readonly string[], bytes: number, runs: number, read: (text: string) => unknown): { cpu: number; wall: number } {
  for (const t of texts.slice(0, 50)) read(t); // warm-up: compiled before it is timed
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c = process.cpuUsage();
    const t = performance.now();
    for (const text of texts) read(text);
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cpu: mib(bytes) / (stat(cpu).median / 1000), wall: mib(bytes) / (stat(wall).median / 1000) };
}

async function parquetCheck(file: string): Promise<{ files: number; rows: number }> {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  const row = (await c.runAndReadAll(`SELECT count(DISTINCT file) AS files, count(*) AS rows FROM read_parquet('${file}')`)).getRowObjects()[0];
  return { files: Number(row.files), rows: Number(row.rows) };
}

export async function scaleBench(quick: boolean): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ssc-scale-bench-'));
  try {
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, ${availableParallelism()} cores`,
    );
    const data = path.join(dir, 'programme');
    mkdirSync(data);
    const sample: string[] = [];
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const text = valuesCsv(u4ssc, variedInput(u4ssc, 100_003 + i));
      bytes += Buffer.byteLength(text);
      if (i < SAMPLE) sample.push(text);
      writeFileSync(path.join(data, `city-${String(i + 1).padStart(5, '0')}.csv`), text);
    }
    console.log(`${FILES.toLocaleString('en')} values CSV, ${mib(bytes).toFixed(1)} MiB (${(bytes / FILES / 1024).toFixed(1)} KiB each)`);

    // 1. CSV read on one thread: ours against csv-parse, on the same texts.
    const sampleBytes = sample.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const runs = quick ? 3 : 7;
    const reference = throughput(sample, sampleBytes, runs, (text) => parse(text, { relax_column_count: true, bom: true }));
    const records = throughput(sample, sampleBytes, runs, (text) => readCsv(text));
    const values = throughput(sample, sampleBytes, runs, (text) => parseValuesCsv(text, u4ssc));
    const line = (label: string, r: { cpu: number; wall: number }) =>
      `${label}: ${r.cpu.toFixed(1)} MiB/s CPU (${(r.cpu / reference.cpu).toFixed(2)}× csv-parse), ${r.wall.toFixed(1)} MiB/s wall (${(r.wall / reference.wall).toFixed(2)}×)`;
    console.log(`CSV read, one thread, ${SAMPLE} files (${mib(sampleBytes).toFixed(1)} MiB), median of ${runs} runs:`);
    console.log(`  csv-parse 7.0.3 (records): ${reference.cpu.toFixed(1)} MiB/s CPU, ${reference.wall.toFixed(1)} MiB/s wall`);
    console.log(`  ${line('ours, readCsv (records)', records)}`);
    console.log(`  ${line('ours, parseValuesCsv (records, every cell checked, an assessment input)', values)}`);

    // 2. npm run score over the folder in one call, the tidy table as Parquet.
    const tsx = path.resolve('node_modules/.bin/tsx');
    const walls = new Map<number, number>();
    for (const jobs of [1, availableParallelism()]) {
      const out = path.join(dir, `scores-${jobs}.parquet`);
      const t = performance.now();
      const command = [tsx, 'src/cli/score.ts', data, '--jobs', String(jobs), '--format', 'parquet', '--out', out];
      // GNU time, where the machine has it, gives the run's peak memory (the largest process's resident set).
      const rssFile = path.join(dir, `rss-${jobs}.txt`);
      const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...command] : command;
      const r = spawnSync(timed[0], timed.slice(1), { maxBuffer: 256 * 2 ** 20, encoding: 'utf8' });
      const wall = performance.now() - t;
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024 : NaN;
      walls.set(jobs, wall);
      const check = r.status === 2 || r.error ? { files: 0, rows: 0 } : await parquetCheck(out);
      console.log(
        `npm run score over the folder of ${FILES.toLocaleString('en')} in one call, --jobs ${jobs}, --format parquet: ${(wall / 1000).toFixed(1)} s, ` +
          `${(FILES / (wall / 1000)).toFixed(0)} files/s, ${(mib(bytes) / (wall / 1000)).toFixed(1)} MiB/s of CSV; exit ${r.status}, ` +
          `${check.files.toLocaleString('en')} files and ${check.rows.toLocaleString('en')} rows in the Parquet, ${r.stderr.split('\n').filter(Boolean).length} problem lines` +
          (Number.isNaN(rss) ? '' : `, peak RSS ${rss.toFixed(0)} MiB`) +
          (jobs > 1 ? `; ${(walls.get(1)! / wall).toFixed(2)}× one thread` : ''),
      );
    }
    console.log(`load average after: ${loadavg()[0].toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (/scale\.ts$/.test(process.argv[1] ?? '')) await scaleBench(process.argv.includes('--quick'));
