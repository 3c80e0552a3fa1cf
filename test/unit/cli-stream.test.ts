/**
 * `npm run score` writes its output as it scores (issue #29 item 6: a programme of 10 000 files in one
 * call, in flat memory): each file's rows or JSON entries go out once it and every file before it are
 * scored, to stdout (waiting for a slow reader), to `--out FILE`, and the bytes are those the command
 * wrote whole before it streamed (the tidy CSV, the JSON array, the Parquet's row groups).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/score';
import { fileOutput, streamOutput, type Output } from '../../src/cli/score-output';
import { valuesCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { tidyRows, type TidyRow } from '../../src/engine/results-table';
import { tidyParquet, tidyParquetStream } from '../../src/interchange/formats/scores-parquet-file';

const sample = new URL('../fixtures/sample-values.csv', import.meta.url).pathname;
let dir = '';
const at = (...parts: string[]) => path.join(dir, ...parts);
const cities = DEMO_CITIES.map((c) => valuesCsv(u4ssc, { ...demoCityInput(u4ssc, c), targets: {} }));
/** Files in memory: the demo cities, one broken, one unreadable; the reads in order, for the tests that ask when. */
const events: string[] = [];
const memory: Record<string, string> = {
  'a.csv': cities[0],
  'b.csv': 'code,datapoint,value\nEC: ICT: ICT: 1C,,150\n',
  'c.csv': cities[1],
  'd.csv': 'not a table\n',
  'e.csv': cities[2],
};
const read = (f: string) => {
  events.push(`read ${f}`);
  if (!(f in memory)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return memory[f];
};
const size = (f: string) => (memory[f] ?? '').length;

/** An output that keeps each piece, and says in `events` when each came. */
function recording(): Output & { pieces: string[] } {
  const pieces: string[] = [];
  return {
    pieces,
    write(chunk) {
      const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      events.push(`write ${text.length}`);
      pieces.push(text);
    },
    end: () => '',
  };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssc-cli-stream-'));
  mkdirSync(at('programme'));
  for (let i = 0; i < 60; i++) copyFileSync(sample, at('programme', `city-${String(i).padStart(2, '0')}.csv`));
  writeFileSync(at('programme', 'city-07.csv'), 'code,value\nEC: ICT: ICT: 2C,150\n');
  writeFileSync(at('programme', 'city-41.csv'), 'not a table\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run score streams its output', () => {
  it('writes each file’s rows once it is scored, before the next file is read, and the same bytes as a whole', async () => {
    const files = Object.keys(memory);
    for (const format of ['csv', 'json']) {
      events.length = 0;
      const out = recording();
      const streamed = await runCli([...files, '--format', format], read, size, undefined, out);
      expect(streamed.stdout).toBe('');
      // a.csv's part is written before c.csv is read; d.csv, unreadable, writes nothing.
      const afterA = events.findIndex((e, i) => e.startsWith('write') && i > events.indexOf('read a.csv'));
      expect(afterA).toBeGreaterThan(0);
      expect(afterA).toBeLessThan(events.indexOf('read c.csv'));
      expect(out.pieces.length).toBeGreaterThanOrEqual(4);
      const whole = await runCli([...files, '--format', format], read, size);
      expect(out.pieces.join('')).toBe(whole.stdout);
      expect(streamed).toMatchObject({ code: 1, stderr: whole.stderr });
      expect(whole.stderr).toMatch(/b\.csv:2: value:.*\n.*d\.csv/s);
    }
  });

  it('the JSON array is byte for byte JSON.stringify of its entries, and [] when nothing could be read', async () => {
    const r = await runCli(['a.csv', 'b.csv', 'd.csv', 'e.csv', '--format', 'json'], read, size);
    const entries = JSON.parse(r.stdout) as { file: string }[];
    expect(entries.map((e) => e.file)).toEqual(['a.csv', 'b.csv', 'e.csv']);
    expect(r.stdout).toBe(JSON.stringify(entries, null, 2) + '\n');
    expect(await runCli(['d.csv', 'x.csv', '--format', 'json'], read, size)).toMatchObject({ code: 1, stdout: '[]\n' });
    // The tidy table of files none of which could be read is its header.
    expect((await runCli(['d.csv', 'x.csv', '--format', 'csv'], read, size)).stdout.split('\r\n')).toHaveLength(2);
  });

  it('over worker threads, with a reader slower than the scoring, the output and the problems are one thread’s', async () => {
    const slow = (): Output & { pieces: string[] } => {
      const pieces: string[] = [];
      return {
        pieces,
        // Each write is taken a turn of the event loop later, as a pipe to a slow reader does.
        write: (chunk) => new Promise<void>((resolve) => setImmediate(() => (pieces.push(String(chunk)), resolve()))),
        end: () => '',
      };
    };
    const one = await runCli([at('programme'), '--format', 'csv', '--jobs', '1']);
    const out = slow();
    const two = await runCli([at('programme'), '--format', 'csv', '--jobs', '2'], undefined, undefined, undefined, out);
    expect(out.pieces.join('')).toBe(one.stdout);
    expect(two).toMatchObject({ code: 1, stderr: one.stderr });
    expect(one.stderr).toMatch(/city-07\.csv.*\n.*city-41\.csv/s);
    const json = await runCli([at('programme'), '--format', 'json', '--jobs', '2']);
    expect(json.stdout).toBe((await runCli([at('programme'), '--format', 'json', '--jobs', '1'])).stdout);
  }, 120_000);

  it('--out writes the same bytes as stdout; a file it cannot open is said before anything is read', async () => {
    const out = at('scores.csv');
    expect(await runCli([at('programme'), '--format', 'csv', '--out', out])).toMatchObject({ code: 1, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe((await runCli([at('programme'), '--format', 'csv'])).stdout);
    events.length = 0;
    const bad = await runCli(['a.csv', 'c.csv', '--out', at('no-such-folder', 'x.csv')], read, size);
    expect(bad).toEqual({ code: 1, stdout: '', stderr: `${at('no-such-folder', 'x.csv')}: cannot write the file (ENOENT).\n` });
    expect(events).toEqual([]);
  });

  it('--out naming a file the command also reads is a usage error: it would be emptied before it was read', async () => {
    const r = await runCli([at('programme'), '--format', 'csv', '--out', at('programme', 'city-03.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/city-03\.csv: --out names a file that is also read/);
    expect(readFileSync(at('programme', 'city-03.csv'), 'utf8')).toBe(readFileSync(sample, 'utf8'));
  });

  it('a write that fails on the way (a full disk) stops the writing and is said once, with status 1', async () => {
    const full = fileOutput('/dev/full');
    expect(full.ok).toBe(true);
    if (!full.ok) return;
    full.output.write('code,value\r\n');
    full.output.write('more\r\n');
    expect(full.output.end()).toBe('/dev/full: cannot write the file (ENOSPC).\n');
    const r = await runCli(['a.csv', 'c.csv', '--format', 'csv', '--out', '/dev/full'], read, size);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '/dev/full: cannot write the file (ENOSPC).\n' });
  });
});

describe('stdout as a stream', () => {
  it('waits for a slow reader (drain) before the next write, and what it takes is everything in order', async () => {
    const got: string[] = [];
    let pending = 0;
    let most = 0;
    const pipe = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _enc, done) {
        pending++;
        most = Math.max(most, pending);
        setImmediate(() => {
          got.push(chunk.toString());
          pending--;
          done();
        });
      },
    });
    const out = streamOutput(pipe);
    let waited = 0;
    for (let i = 0; i < 20; i++) {
      const w = out.write(`piece ${i};`);
      if (w) {
        waited++;
        await w;
      }
    }
    await new Promise<void>((resolve) => pipe.end(resolve));
    expect(waited).toBe(20);
    expect(most).toBe(1);
    expect(got.join('')).toBe(Array.from({ length: 20 }, (_, i) => `piece ${i};`).join(''));
  });

  it('a reader that stops early (| head: EPIPE) ends the writing without an error; other errors are not hidden', async () => {
    const pipe = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const out = streamOutput(pipe);
    await out.write('first');
    // The pipe is closed: nothing more is written, nothing waits for a drain that will never come.
    expect(out.write('second')).toBeUndefined();
    expect(out.end()).toBe('');
    const broken = new Writable({ write: (_c, _e, done) => done() });
    streamOutput(broken);
    expect(() => broken.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }))).toThrow('write EIO');
  });
});

describe('the Parquet tidy table streamed one row group at a time', () => {
  it('writes the bytes of the whole table at once, over the first group (1 000 rows) and the next (100 000)', () => {
    // The demo cities' rows, scored once and repeated under other file names: the table is large, the scoring is not the test.
    const byCity = DEMO_CITIES.map((c, i) => {
      const input = { ...demoCityInput(u4ssc, c), targets: {} };
      return tidyRows(u4ssc, score(u4ssc, referenceTargets, input), { ...input, id: `a${i}`, city: c.city, country: 'Fictional', year: 2020 });
    });
    const one = (i: number): TidyRow[] => byCity[i % byCity.length];
    const rows: TidyRow[] = [];
    const files: string[] = [];
    const pieces: Uint8Array[] = [];
    const stream = tidyParquetStream((bytes) => pieces.push(bytes));
    for (let i = 0; rows.length < 102_500; i++) {
      const more = one(i);
      stream.add(more, `city-${i}.csv`);
      for (const row of more) {
        rows.push(row);
        files.push(`city-${i}.csv`);
      }
    }
    stream.end();
    // The first two groups went out as they filled, the third and the footer at the end.
    expect(pieces.length).toBe(4);
    expect(Buffer.concat(pieces).equals(Buffer.from(tidyParquet(rows, files)))).toBe(true);
    const empty: Uint8Array[] = [];
    const none = tidyParquetStream((bytes) => empty.push(bytes));
    none.end();
    expect(Buffer.concat(empty).equals(Buffer.from(tidyParquet([], [])))).toBe(true);
  }, 120_000);
});
