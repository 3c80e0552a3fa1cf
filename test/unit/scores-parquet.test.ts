/**
 * The tidy scores table as Parquet and CSV from the command line (issue #29 item 6), read by a real
 * consumer: DuckDB (@duckdb/node-api, a devDependency) reads the files `npm run score` and
 * `npm run convert` write, and one SQL query over the data point rows reproduces each assessment's
 * overall score as the engine computes it (U4SSC points pooled: points / 4 × scored data points).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConvert } from '../../src/cli/convert';
import { CLI_TIDY_COLUMNS, runCli } from '../../src/cli/score';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { valuesCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { tableFields } from '../../src/engine/table-metadata';
import { assessmentBlob } from '../../src/interchange/formats/assessment-json';

let dir = '';
const at = (...parts: string[]) => path.join(dir, ...parts);
const docs: AssessmentDoc[] = DEMO_CITIES.map((c, i) => ({
  ...createAssessment({ city: c.city, country: 'Fictional', year: 2020 + i }, u4ssc, referenceTargets.data.id, 0),
  ...demoCityInput(u4ssc, c),
  id: `a${i}`,
}));
/** The programme: every demo city as a values CSV, and the first also as an assessment JSON. */
const files = () => [...docs.map((_, i) => at('programme', `city-${i}.csv`)), at('programme', 'city-x.ssc.json')];
const overallOf = (file: string) => {
  const i = file.endsWith('.json') ? 0 : Number(/city-(\d+)\.csv$/.exec(file)![1]);
  return score(u4ssc, referenceTargets, docs[i]).overall.percent!;
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssc-parquet-'));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(at('programme'));
  docs.forEach((doc, i) => writeFileSync(at('programme', `city-${i}.csv`), valuesCsv(u4ssc, doc)));
  writeFileSync(at('programme', 'city-x.ssc.json'), new Uint8Array(await assessmentBlob(docs[0]).arrayBuffer()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function duck() {
  return (await DuckDBInstance.create(':memory:')).connect();
}

/** The one query: each file's overall score from its data point rows. */
const overallSql = (table: string) =>
  `SELECT file, round(100.0 * sum(points) / (4 * count(*)), 8) AS percent FROM ${table}
   WHERE level = 'datapoint' AND state = 'scored' GROUP BY file ORDER BY file`;

describe('npm run score --format parquet, read by DuckDB', () => {
  it('writes the tidy table as Parquet with a type per column, and one SQL query reproduces each overall score', async () => {
    const out = at('programme-scores.parquet');
    const r = await runCli([at('programme'), '--format', 'parquet', '--out', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    const c = await duck();
    const table = `read_parquet('${out}')`;
    const described = (await c.runAndReadAll(`DESCRIBE SELECT * FROM ${table}`)).getRowObjects();
    expect(described.map((d) => d.column_name)).toEqual([...CLI_TIDY_COLUMNS]);
    // Each column typed as its descriptor says (table-metadata.ts): text, whole number, number.
    const duckType = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE' } as const;
    expect(described.slice(1).map((d) => d.column_type)).toEqual(tableFields('scores').map((f) => duckType[f.field.type]));
    const rows = (await c.runAndReadAll(overallSql(table))).getRowObjects();
    expect(rows.map((row) => row.file)).toEqual(files().sort());
    for (const row of rows) expect(Number(row.percent)).toBeCloseTo(overallOf(String(row.file)), 8);
    // The same rows as the CSV table, value for value.
    const csv = at('programme-scores.csv');
    expect(await runCli([at('programme'), '--format', 'csv', '--out', csv])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const count = async (t: string) => Number((await c.runAndReadAll(`SELECT count(*) AS n FROM ${t}`)).getRowObjects()[0].n);
    expect(await count(table)).toBe(await count(`read_csv('${csv}')`));
    const differ = await c.runAndReadAll(
      `SELECT file, code, datapoint, level, points, percent FROM ${table} EXCEPT SELECT file, code, datapoint, level, points, percent FROM read_csv('${csv}')`,
    );
    expect(differ.getRowObjects()).toEqual([]);
  });

  it('the CSV table gives the same overall scores with the same query', async () => {
    const csv = at('programme-scores.csv');
    expect(await runCli([at('programme'), '--format', 'csv', '--out', csv])).toMatchObject({ code: 0 });
    const rows = (await (await duck()).runAndReadAll(overallSql(`read_csv('${csv}')`))).getRowObjects();
    expect(rows).toHaveLength(files().length);
    for (const row of rows) expect(Number(row.percent)).toBeCloseTo(overallOf(String(row.file)), 8);
  });

  it('refuses Parquet on stdout, and says a file it cannot write', async () => {
    const r = await runCli([at('programme'), '--format', 'parquet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out FILE/);
    expect((await runCli([at('programme'), '--format', 'parquet', '--out'])).code).toBe(2);
    const bad = await runCli([at('programme'), '--format', 'parquet', '--out', at('no-such-folder', 'x.parquet')]);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toMatch(/no-such-folder\/x\.parquet: cannot write the file \(ENOENT\)/);
  });

  it('a file with problems is still in the table, and the status says so', async () => {
    const broken = at('broken');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'a.csv'), valuesCsv(u4ssc, docs[1]));
    writeFileSync(path.join(broken, 'b.csv'), 'code,datapoint,value\nEC: ICT: ICT: 1C,,150\n');
    const out = at('broken.parquet');
    const r = await runCli([broken, '--format', 'parquet', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.csv:2: value:/);
    const files = (await (await duck()).runAndReadAll(`SELECT DISTINCT file FROM read_parquet('${out}') ORDER BY file`)).getRowObjects();
    expect(files.map((f) => f.file)).toEqual([path.join(broken, 'a.csv'), path.join(broken, 'b.csv')]);
  });
});

describe('npm run convert to -scores.parquet', () => {
  it("writes one assessment's tidy table as Parquet, whose overall score one SQL query reproduces", async () => {
    const out = at('city-2-scores.parquet');
    const r = await runConvert([at('programme', 'city-2.csv'), out, '--year', '2022']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const c = await duck();
    const rows = (
      await c.runAndReadAll(
        `SELECT round(100.0 * sum(points) / (4 * count(*)), 8) AS percent FROM read_parquet('${out}') WHERE level = 'datapoint' AND state = 'scored'`,
      )
    ).getRowObjects();
    expect(Number(rows[0].percent)).toBeCloseTo(overallOf('city-2.csv'), 8);
    const overall = (await c.runAndReadAll(`SELECT percent FROM read_parquet('${out}') WHERE level = 'overall'`)).getRowObjects();
    expect(Number(overall[0].percent)).toBeCloseTo(overallOf('city-2.csv'), 8);
  });
});
