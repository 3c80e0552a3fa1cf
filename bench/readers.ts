/**
 * The readers at a programme's scale (issues #26 item 9 and #29 item 6):
 * - CSV read throughput: the benchmark workspace's 1 000 cities as values CSV (the app's own writer),
 *   each read by `parseValuesCsv` in this process: MB/s and files/s on one thread;
 * - large files: each read in a child process of its own, so its peak resident memory (maxRSS) is its
 *   own, with the heap in use after the reading and the time;
 * - `npm run score` over the 1 000 files as a folder, one worker thread (`--jobs 1`) against one per core.
 *
 *   npm run bench -- --only readers [--quick]     (also: npx tsx bench/readers.ts [--quick])
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceDoc } from '../src/engine/assessment';
import { parseValuesCsv } from '../src/engine/csv';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { formatById } from '../src/interchange/formats';
import { stat } from './stat';
import { workspaceDocs } from './workspace';

const FILES = 1000;

/** The large files: what each holds, written to `dir`. */
const LARGE: { name: string; label: string; write: (file: string) => Promise<void> | void }[] = [
  {
    name: 'notes-45mb.csv',
    label: '45 MB values CSV (19 999 rows, each a 2 300-character note)',
    write: (file) => {
      const note = 'x'.repeat(2300);
      const lines = ['code,datapoint,numerator,denominator,value,target,status,quality,source,year,note'];
      for (let i = 0; i < 19_999; i++) lines.push(`EC: ICT: ICT: 2C,,,,31.5,,reported,accurate,,2024,${note}`);
      writeFileSync(file, lines.join('\n') + '\n');
    },
  },
  {
    name: 'workspace-1000.ssc.json',
    label: 'workspace JSON of 1 000 assessments',
    write: (file) => writeFileSync(file, JSON.stringify(workspaceDoc(workspaceDocs(u4ssc, FILES, referenceTargets.data.id)))),
  },
];

/** In a child process: reads one file through the command line's reader, then prints its figures as JSON. */
async function child(file: string): Promise<void> {
  const { readForCli, diskAccess } = await import('../src/cli/read');
  const t = performance.now();
  const r = await readForCli(file, {}, diskAccess());
  const ms = performance.now() - t;
  const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(JSON.stringify({ ms, heapMiB, maxRssMiB: process.resourceUsage().maxRSS / 1024, ok: r.ok }));
}

async function main(quick: boolean): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ssc-readers-bench-'));
  try {
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, ${availableParallelism()} cores`,
    );
    // 1. CSV read throughput on one thread.
    const docs = workspaceDocs(u4ssc, FILES, referenceTargets.data.id);
    const csv = formatById('values-csv');
    const texts: string[] = [];
    for (const [i, doc] of docs.entries()) {
      const text = await (await csv.write(doc, { fw: u4ssc, targets: referenceTargets })).text();
      texts.push(text);
      writeFileSync(path.join(dir, `city-${String(i).padStart(4, '0')}.csv`), text);
    }
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const times: number[] = [];
    for (let run = 0; run < (quick ? 2 : 5); run++) {
      const t = performance.now();
      for (const text of texts) parseValuesCsv(text, u4ssc);
      times.push(performance.now() - t);
    }
    const s = stat(times);
    console.log(
      `CSV read (parseValuesCsv, one thread): ${FILES} files, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${s.median.toFixed(0)} ms median ` +
        `(${s.runs} runs): ${(bytes / 2 ** 20 / (s.median / 1000)).toFixed(1)} MiB/s, ${(FILES / (s.median / 1000)).toFixed(0)} files/s`,
    );

    // 2. Large files, each in a child process.
    const large = path.join(dir, 'large');
    spawnSync('mkdir', [large]);
    for (const l of LARGE) {
      const file = path.join(large, l.name);
      await l.write(file);
      const size = readFileSync(file).length;
      const r = spawnSync(path.resolve('node_modules/.bin/tsx'), [new URL(import.meta.url).pathname, '--child', file], { encoding: 'utf8' });
      const m = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; heapMiB: number; maxRssMiB: number; ok: boolean };
      console.log(
        `${l.label} (${(size / 2 ** 20).toFixed(1)} MiB): ${m.ok ? 'read' : 'refused'} in ${m.ms.toFixed(0)} ms, peak RSS ${m.maxRssMiB.toFixed(0)} MiB, heap in use after ${m.heapMiB.toFixed(0)} MiB`,
      );
    }

    // 3. npm run score over the folder: one thread, then one per core.
    const tsx = path.resolve('node_modules/.bin/tsx');
    for (const jobs of [1, availableParallelism()]) {
      const wall: number[] = [];
      let code: number | null = null;
      for (let run = 0; run < (quick ? 1 : 3); run++) {
        const t = performance.now();
        const r = spawnSync(tsx, ['src/cli/score.ts', dir, '--jobs', String(jobs)], { maxBuffer: 1024 * 2 ** 20, encoding: 'utf8' });
        wall.push(performance.now() - t);
        code = r.status;
      }
      const w = stat(wall);
      console.log(
        `npm run score over the folder of ${FILES} CSV, --jobs ${jobs}: median ${(w.median / 1000).toFixed(2)} s (${w.runs} runs), ` +
          `${(FILES / (w.median / 1000)).toFixed(0)} files/s, exit ${code}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(process.argv[childAt + 1]);
else if (/readers\.ts$/.test(process.argv[1] ?? '')) await main(process.argv.includes('--quick'));

export { main as readersBench };
