import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/score';
import { readCsv } from '../../src/engine/csv';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
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
    const xlsx = await valuesXlsx(u4ssc, sample, referenceTargets);
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

  const corpus = (name: string) => fixture(`other-tools/${name}`);
  const HEADER = 'code,datapoint,numerator,denominator,value,target,status,quality,source,year,note';

  it('exits 1 when the engine rejects a value (150 %, a negative count), with the scores still printed and the problems at their lines', async () => {
    const [read, size] = inMemory({ 'v.csv': `${HEADER}\nSC: SH: HO: 2A,,,,150,,,,,,\nEC: ICT: ICT: 1C,,-5,1000,,,,,,,\nSC: EH: H: 1C,,,,78,,,,,,\n` });
    const r = await runCli(['v.csv'], read, size);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).overall.reported).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^v\.csv:2: value: /);
    expect(lines[1]).toMatch(/^v\.csv:3: numerator: /);
  });

  it('names a bad value after a multi-line note at its physical line', async () => {
    const r = await runCli([corpus('csv-multiline-note-then-bad.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${corpus('csv-multiline-note-then-bad.csv')}:5: value: "1.35 approx" is not a number.\n`);
  });

  it('reads UTF-16 with tabs, semicolons with decimal commas and a JSON with a BOM like the app', async () => {
    const reference = await runCli([corpus('csv-bom-crlf.csv')]);
    expect(reference).toMatchObject({ code: 0, stderr: '' });
    for (const name of ['csv-utf16-tab.csv', 'csv-semicolon-decimal-comma.csv', 'openpyxl-typed.xlsx']) {
      const r = await runCli([corpus(name)]);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(JSON.parse(r.stdout), name).toEqual(JSON.parse(reference.stdout));
    }
    expect(await runCli([corpus('python-json-bom.ssc.json')])).toMatchObject({ code: 0, stderr: '' });
  });

  it('--decimal comma reads a number that reads two ways; without it the file is refused', async () => {
    const refused = await runCli([corpus('pandas-ambiguous-decimal.csv')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/:2: value: "12,125" reads two ways/);
    const r = await runCli([corpus('pandas-ambiguous-decimal.csv'), '--decimal', 'comma']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kpis.find((k: { datapoint: string }) => k.datapoint === 'PM2.5').value).toBe(12.125);
    expect(await runCli(['x.csv', '--decimal', 'dot'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown decimal mark "dot"/) });
  });

  it('refuses Windows-1252 with the option to confirm it, and reads it with --encoding windows-1252', async () => {
    const refused = await runCli([corpus('csv-windows-1252.csv')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/:2: The file is not UTF-8 \(it looks like Windows-1252/);
    expect(refused.stderr).toMatch(/add --encoding windows-1252/);
    const r = await runCli([corpus('csv-windows-1252.csv'), '--encoding', 'windows-1252']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it('echoes a 100 000-digit value shortened', async () => {
    const [read, size] = inMemory({ 'long.csv': `${HEADER}\nSC: EH: H: 1C,,,,${'9'.repeat(100_000)},,,,,,\n` });
    const r = await runCli(['long.csv'], read, size);
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(300);
    expect(r.stderr).toMatch(/… \(100000 characters\)/);
  });
});
