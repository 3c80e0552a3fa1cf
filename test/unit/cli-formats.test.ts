import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../src/cli/convert';
import type { FileAccess } from '../../src/cli/read';
import { runCli } from '../../src/cli/score';
import { readCsv, writeCsv } from '../../src/engine/csv';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { SDMX_CSV_COLUMNS } from '../../src/engine/sdmx';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const sample = readFileSync(fixture('sample-values.csv'), 'utf8');
const memory = (files: Record<string, Uint8Array | string>): FileAccess => ({
  size: (f) => {
    if (!(f in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return typeof files[f] === 'string' ? (files[f] as string).length : (files[f] as Uint8Array).byteLength;
  },
  bytes: (f) => {
    const v = files[f];
    if (v === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return typeof v === 'string' ? new TextEncoder().encode(v) : v;
  },
});
const score = (args: string[], files: Record<string, Uint8Array | string>) => {
  const io = memory(files);
  return runCli(args, undefined, io.size, io.bytes);
};

describe('the command line writes the statistical formats through the one list of formats', () => {
  it('score --format sdmx-csv: every file read, one SDMX-CSV, each city and year from its file name', async () => {
    const r = await score(['lisbon-2024-values.csv', 'porto-2023-values.csv', '--format', 'sdmx-csv'], {
      'lisbon-2024-values.csv': sample,
      'porto-2023-values.csv': sample,
    });
    expect(r.code).toBe(0);
    const { records } = readCsv(r.stdout);
    expect(records[0]).toEqual([...SDMX_CSV_COLUMNS]);
    expect(records).toHaveLength(1 + 2 * u4ssc.datapoints.length);
    expect(new Set(records.slice(1).map((row) => `${row[1]} ${row[4]}`))).toEqual(new Set(['LISBON 2024', 'PORTO 2023']));
  });

  it('score --format dhis2-values and sdmx-ml; an unknown format is a usage error naming the formats', async () => {
    const files = { 'demo.ssc.json': readFileSync(fixture('sample-assessment.json')) };
    const dhis2 = await score(['demo.ssc.json', '--format', 'dhis2-values'], files);
    expect(dhis2.code).toBe(0);
    expect(JSON.parse(dhis2.stdout).dataValues).toHaveLength(u4ssc.datapoints.length);
    const ml = await score(['demo.ssc.json', '--format', 'sdmx-ml'], files);
    expect(ml.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<mes:StructureSpecificData /);
    const bad = await score(['demo.ssc.json', '--format', 'feather'], files);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected json, csv, parquet, sdmx-csv, sdmx-ml, dhis2-values');
  });

  it('convert writes and reads the Open SDG zip, DHIS2 and SDMX-CSV by their endings, to the same scores', async () => {
    // The statistical formats publish values, not the assessment's own targets: a file without any.
    const records = readCsv(sample).records;
    const untargeted = writeCsv(records.map((row, i) => (i === 0 ? row : row.map((c, j) => (records[0][j] === 'target' ? '' : c)))));
    const files: Record<string, Uint8Array | string> = { 'lisbon-2024-values.csv': untargeted };
    const io = memory(files);
    const write = (f: string, b: Uint8Array) => void (files[f] = b);
    const scores = JSON.parse((await score(['lisbon-2024-values.csv'], files)).stdout);
    for (const out of ['lisbon-2024-open-sdg.zip', 'lisbon-2024-dhis2.json', 'lisbon-2024-sdmx.csv']) {
      expect(await runConvert(['lisbon-2024-values.csv', out], io, write), out).toMatchObject({ code: 0, stderr: '' });
      expect(await runConvert([out, `${out}.ssc.json`, '--city', 'Lisbon', '--year', '2024'], io, write), out).toMatchObject({ code: 0, stderr: '' });
      const back = JSON.parse((await score([`${out}.ssc.json`], files)).stdout);
      expect(back.overall, out).toEqual(scores.overall);
      expect(
        back.kpis.map((k: { points: number | null }) => k.points),
        out,
      ).toEqual(scores.kpis.map((k: { points: number | null }) => k.points));
    }
  });
});
