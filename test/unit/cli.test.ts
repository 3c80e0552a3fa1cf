import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatForOutput, runConvert } from '../../src/cli/convert';
import type { FileAccess } from '../../src/cli/read';
import { CLI_TIDY_COLUMNS, runCli } from '../../src/cli/score';
import { workspaceDoc } from '../../src/engine/assessment';
import { TIDY_COLUMNS } from '../../src/engine/results-table';
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
    const [read, size] = inMemory({ 'a.json': '{"format":"ssc-workbench/assessment","version":10}' });
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
      // The table is on the workbook's second sheet: the reading says which it read.
      expect(r.stderr, name).toBe(name.endsWith('.xlsx') ? `${corpus(name)}: Read the sheet "Values" (of 2 sheets).\n` : '');
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

describe('npm run score over many files, and npm run convert', () => {
  const sample = readFileSync(fixture('sample-values.csv'));
  const HEADER = 'code,datapoint,numerator,denominator,value,target,status,quality,source,year,note';
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
  const run = (args: string[], files: Record<string, Uint8Array | string>) => {
    const io = memory(files);
    return runCli(args, undefined, io.size, io.bytes);
  };
  const workspace = () => {
    const doc = JSON.parse(readFileSync(fixture('sample-assessment.json'), 'utf8'));
    return JSON.stringify(workspaceDoc([doc, { ...doc, id: 'second', city: 'Second City', values: {} }]));
  };

  it('several files give one tidy table, a file column first, with the scores each file gives alone', async () => {
    const xlsx = new Uint8Array(
      await (await valuesXlsx(u4ssc, JSON.parse(readFileSync(fixture('sample-assessment.json'), 'utf8')), referenceTargets)).arrayBuffer(),
    );
    const files = { 'a.csv': sample, 'b.xlsx': xlsx, 'c.ssc.json': readFileSync(fixture('sample-assessment.json')) };
    const r = await run(['a.csv', 'b.xlsx', 'c.ssc.json'], files);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const { records } = readCsv(r.stdout);
    expect(records[0]).toEqual([...CLI_TIDY_COLUMNS]);
    const perFile = 1 + 3 + 7 + 27 + u4ssc.datapoints.length;
    expect(records).toHaveLength(1 + 3 * perFile);
    const alone = JSON.parse((await run(['a.csv'], files)).stdout);
    const col = (n: string) => CLI_TIDY_COLUMNS.indexOf(n as (typeof CLI_TIDY_COLUMNS)[number]);
    for (const [i, file] of ['a.csv', 'b.xlsx', 'c.ssc.json'].entries()) {
      const rows = records.slice(1 + i * perFile, 1 + (i + 1) * perFile);
      expect(rows.every((row) => row[col('file')] === file)).toBe(true);
      const overall = rows.find((row) => row[col('level')] === 'overall')!;
      expect(Number(overall[col('percent')])).toBe(alone.overall.percent);
      expect(Number(overall[col('points')])).toBe(alone.overall.points);
      const items = rows.filter((row) => row[col('level')] === 'datapoint');
      expect(items.map((row) => (row[col('points')] === '' ? null : Number(row[col('points')])))).toEqual(
        alone.kpis.map((k: { points: number | null }) => k.points),
      );
    }
    expect(records[1 + 2 * perFile][col('city')]).toBe('Demoville (fictional)');
  });

  it('--format csv gives the tidy table for one file; --format json gives an array for several', async () => {
    const csv = await run(['a.csv', '--format', 'csv'], { 'a.csv': sample });
    expect(readCsv(csv.stdout).records[1].slice(0, 8)).toEqual(['a.csv', '', '', '', '', 'u4ssc-points', 'overall', 'overall']);
    const json = await run(['a.csv', 'b.csv', '--format', 'json'], { 'a.csv': sample, 'b.csv': sample });
    const out = JSON.parse(json.stdout);
    expect(out.map((e: { file: string }) => e.file)).toEqual(['a.csv', 'b.csv']);
    expect(out[1].overall).toEqual(JSON.parse((await run(['b.csv'], { 'b.csv': sample })).stdout).overall);
    expect(await run(['a.csv', '--format', 'xml'], {})).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown format "xml"/) });
  });

  it('a workspace file gives a row group per assessment; alone in JSON it is refused with the way out', async () => {
    const r = await run(['w.json'], { 'w.json': workspace() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/holds 2 assessments; score them with --format csv or json/);
    const tidy = await run(['w.json', '--format', 'csv'], { 'w.json': workspace() });
    expect(tidy.code).toBe(0);
    const overall = readCsv(tidy.stdout).records.filter((row) => row[CLI_TIDY_COLUMNS.indexOf('level')] === 'overall');
    expect(overall.map((row) => row[CLI_TIDY_COLUMNS.indexOf('city')])).toEqual(['Demoville (fictional)', 'Second City']);
  });

  it('exits 1 when one file of several cannot be read or holds a bad value, and still prints the scores of the others', async () => {
    const r = await run(['good.csv', 'missing.csv', 'bad.csv', 'broken.xlsx'], {
      'good.csv': sample,
      'bad.csv': `${HEADER}\nSC: SH: HO: 2A,,,,150,,,,,,\n`,
      'broken.xlsx': 'not a zip',
    });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^missing\.csv: cannot read the file \(ENOENT\)/);
    expect(lines[1]).toMatch(/^bad\.csv:2: value: /);
    expect(lines[2]).toMatch(/^broken\.xlsx:1: This is not a readable \.xlsx/);
    const files = new Set(
      readCsv(r.stdout)
        .records.slice(1)
        .map((row) => row[0]),
    );
    expect([...files]).toEqual(['good.csv', 'bad.csv']);
  });

  it('convert: JSON → Excel → JSON and CSV → Excel → CSV keep every value, the profile and the notes', async () => {
    const files: Record<string, Uint8Array | string> = { 'demo.ssc.json': readFileSync(fixture('sample-assessment.json')), 'lisbon-2024-values.csv': sample };
    const io = memory(files);
    const write = (f: string, b: Uint8Array) => void (files[f] = b);
    const source = JSON.parse(readFileSync(fixture('sample-assessment.json'), 'utf8'));
    expect(await runConvert(['demo.ssc.json', 'demo.xlsx'], io, write)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await runConvert(['demo.xlsx', 'back.json'], io, write)).toMatchObject({ code: 0, stderr: '' });
    const back = JSON.parse(new TextDecoder().decode(files['back.json'] as Uint8Array));
    // City, country and year from the workbook's Profile sheet.
    expect(back).toMatchObject({
      city: source.city,
      country: source.country,
      year: 2025,
      profile: source.profile,
      values: source.values,
      targets: source.targets,
    });

    expect(await runConvert(['lisbon-2024-values.csv', 'l.xlsx'], io, write)).toMatchObject({ code: 0 });
    expect(await runConvert(['l.xlsx', 'l.csv'], io, write)).toMatchObject({ code: 0 });
    const again = await run(['l.csv'], files);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse((await run(['lisbon-2024-values.csv'], files)).stdout));
    expect(await runConvert(['lisbon-2024-values.csv', 'l.json'], io, write)).toMatchObject({ code: 0 });
    expect(JSON.parse(new TextDecoder().decode(files['l.json'] as Uint8Array))).toMatchObject({ city: 'lisbon', year: 2024 });

    expect(await runConvert(['demo.ssc.json', 'demo-scores.csv'], io, write)).toMatchObject({ code: 0 });
    expect(readCsv(new TextDecoder().decode(files['demo-scores.csv'] as Uint8Array)).records[0]).toEqual([...TIDY_COLUMNS]);
  });

  it('convert: a bad cell is kept as text and said, with status 1; unreadable input writes nothing; wrong usage is 2', async () => {
    const files: Record<string, Uint8Array | string> = { 'x-2024.csv': `${HEADER}\nSC: EH: H: 1C,,,,lots,,,,,,\n`, 'bad.csv': 'a,b\n' };
    const io = memory(files);
    const write = (f: string, b: Uint8Array) => void (files[f] = b);
    const r = await runConvert(['x-2024.csv', 'x.json'], io, write);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^x-2024\.csv:2: value: /);
    expect(JSON.parse(new TextDecoder().decode(files['x.json'] as Uint8Array)).values['SC: EH: H: 1C|'].value).toBe('lots');
    expect(await runConvert(['bad.csv', 'y.json'], io, write)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^bad\.csv:1: Missing columns/) });
    expect('y.json' in files).toBe(false);
    expect(await runConvert(['x-2024.csv'], io, write)).toMatchObject({ code: 2 });
    expect(await runConvert(['x-2024.csv', 'x.txt'], io, write)).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown kind of file/) });
    expect(await runConvert(['x-2024.csv', 'x.json', '--year', '99'], io, write)).toMatchObject({ code: 2 });
    expect(formatForOutput('a-targets.csv')?.id).toBe('targets-csv');
    expect(formatForOutput('a.ssc.json')?.id).toBe('assessment-json');
    expect(formatForOutput('a.CSV')?.id).toBe('values-csv');
  });
});
