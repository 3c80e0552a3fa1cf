import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/score';
import { readCsv } from '../../src/engine/csv';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { valuesXlsx } from '../../src/share/xlsx';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const inMemory = (files: Record<string, string>) =>
  [
    (f: string) => {
      if (!(f in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[f];
    },
    (f: string) => (files[f] ?? '').length,
  ] as const;

describe('npm run score', () => {
  it('--template lists every KPI code and every data point of the catalogue', async () => {
    const r = await runCli(['--template']);
    expect(r.code).toBe(0);
    const { records } = readCsv(r.stdout);
    expect(records[0]).toEqual(['code', 'datapoint', 'numerator', 'denominator', 'value', 'target', 'status', 'quality', 'source', 'year', 'note']);
    const rows = records.slice(1);
    expect(rows).toHaveLength(u4ssc.datapoints.length);
    expect(new Set(rows.map((r) => r[0])).size).toBe(91);
    expect(rows.map((r) => `${r[0]}|${r[1]}`)).toEqual(u4ssc.datapoints.map((d) => d.id));
  });

  it('scores the template (nothing reported) with full coverage counts', async () => {
    const [read, size] = inMemory({ 't.csv': (await runCli(['--template'])).stdout });
    const r = await runCli(['t.csv'], read, size);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.overall).toMatchObject({ code: 'overall', percent: null, band: null, reported: 0, benchmarked: 0, expected: u4ssc.datapoints.length });
    expect(out.dimensions.map((d: { code: string }) => d.code)).toEqual(['EC', 'EN', 'SC']);
    expect(out.categories).toHaveLength(27);
    expect(out.kpis).toHaveLength(u4ssc.datapoints.length);
  });

  it('prints the golden scores for the sample values file, in both methods', async () => {
    for (const [method, golden] of [
      ['u4ssc-points', 'sample-scores.json'],
      ['continuous', 'sample-scores-continuous.json'],
    ]) {
      const r = await runCli([fixture('sample-values.csv'), '--method', method]);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(fixture(golden), 'utf8')));
    }
  });

  it('scores an assessment JSON the same as the values CSV it was made from', async () => {
    const csv = await runCli([fixture('sample-values.csv')]);
    const json = await runCli([fixture('sample-assessment.json')]);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(csv.stdout));
  });

  it('names the file, line and problem for a bad CSV and exits non-zero', async () => {
    const [read, size] = inMemory({
      'bad.csv': 'code,datapoint,numerator,denominator,value,target,status,quality,source,year,note\nEC: ICT: ICT: 1C,,lots,,,,,,,,\nXX: 9Z,,,,1,,,,,,\n',
    });
    const r = await runCli(['bad.csv'], read, size);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('bad.csv:2: numerator: "lots" is not a number.\nbad.csv:3: code: Unknown KPI code "XX: 9Z".\n');
  });

  it('names the file and problem for a bad JSON', async () => {
    const [read, size] = inMemory({ 'a.json': '{"format":"ssc-workbench/assessment","version":9}' });
    const r = await runCli(['a.json'], read, size);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^a\.json: This assessment was written by a newer version/);
  });

  it('reports a missing file, an unknown method and wrong usage', async () => {
    expect(await runCli(['nope.csv'], ...inMemory({}))).toMatchObject({ code: 1, stderr: expect.stringMatching(/nope\.csv: cannot read the file \(ENOENT\)/) });
    expect(await runCli(['x.csv', '--method', 'magic'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown method "magic"/) });
    expect(await runCli([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage/) });
  });

  it('scores a values spreadsheet (.xlsx) the same as the values CSV, through the same reader as the app', async () => {
    const csv = await runCli([fixture('sample-values.csv')]);
    const sample = JSON.parse(readFileSync(fixture('sample-assessment.json'), 'utf8'));
    const xlsx = await valuesXlsx(u4ssc, sample);
    const bytes = await xlsx.arrayBuffer();
    const r = await runCli(
      ['city.xlsx'],
      () => 'PK (zip)',
      () => bytes.byteLength,
      () => bytes,
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).overall).toEqual(JSON.parse(csv.stdout).overall);
  });
});
