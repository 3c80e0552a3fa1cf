/**
 * pandas (Debian's python3-pandas, which .ci/run installs; PyPI is not used) reads what the workbench
 * writes, as a statistics office's analyst would (#29): the tidy scores table of a programme from
 * `npm run score --format csv`, whose data point rows give each assessment's overall score again, and a
 * values CSV with its `provenance` column, each cell a JSON object pandas' CSV reader hands over whole.
 * The values CSV is also committed (test/fixtures/values-with-provenance.csv, written from the frozen
 * format-8 assessment), so the writer is held to the bytes other tools were shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIDY_COLUMNS, runCli } from '../../src/cli/score';
import { readAssessment } from '../../src/engine/assessment-read';
import { valuesCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { rowSources } from '../../src/engine/values-provenance';

const script = new URL('../python/read_outputs.py', import.meta.url).pathname;
const fixture = new URL('../fixtures/values-with-provenance.csv', import.meta.url).pathname;
const v8 = readAssessment(JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v8.json', import.meta.url), 'utf8')), u4ssc);
const inputs = DEMO_CITIES.map((c) => ({ ...demoCityInput(u4ssc, c), targets: {} }));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssc-pandas-'));
  mkdirSync(path.join(dir, 'programme'));
  inputs.forEach((input, i) => writeFileSync(path.join(dir, 'programme', `city-${i}.csv`), valuesCsv(u4ssc, input)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pandas reads the tidy table and the values CSV (#29)', () => {
  it('the committed values CSV with sources is what the writer writes now', () => {
    expect(v8.ok).toBe(true);
    if (!v8.ok) return;
    expect(valuesCsv(u4ssc, v8.value)).toBe(readFileSync(fixture, 'utf8'));
  });

  it('each assessment’s overall score from the tidy table’s data point rows, and every source from the provenance column', async () => {
    const tidy = path.join(dir, 'scores.csv');
    expect(await runCli([path.join(dir, 'programme'), '--format', 'csv', '--out', tidy])).toMatchObject({ code: 0, stderr: '' });
    const run = spawnSync('/usr/bin/python3', [script, tidy, fixture], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const got = JSON.parse(run.stdout) as {
      columns: string[];
      frameworks: string[];
      dtypes: Record<string, string>;
      recomputed: Record<string, number>;
      overall: Record<string, number>;
      valuesColumns: string[];
      sources: Record<string, unknown>;
    };
    expect(got.columns).toEqual([...CLI_TIDY_COLUMNS]);
    // Every row says its framework: the command line scores under U4SSC here (issue #30).
    expect(got.frameworks).toEqual([u4ssc.data.id]);
    // pandas infers numbers where the table has them.
    expect(got.dtypes.points).toMatch(/float64|int64/);
    expect(got.dtypes.percent).toBe('float64');
    inputs.forEach((input, i) => {
      const file = path.join(dir, 'programme', `city-${i}.csv`);
      const overall = score(u4ssc, referenceTargets, input).overall.percent!;
      expect(got.recomputed[`${u4ssc.data.id}|${file}`]).toBeCloseTo(overall, 8);
      expect(got.overall[`${u4ssc.data.id}|${file}`]).toBeCloseTo(overall, 8);
    });
    if (!v8.ok) return;
    expect(got.valuesColumns.at(-1)).toBe('provenance');
    const expected = Object.fromEntries(
      u4ssc.datapoints.flatMap((ref) => {
        const s = rowSources(v8.value, ref);
        return s ? [[`${ref.kpi.code}|${ref.def.key}`, s]] : [];
      }),
    );
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(2);
    expect(got.sources).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 180_000);
});
