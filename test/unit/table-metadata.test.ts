/**
 * The descriptors of the values and scores tables, checked by a real consumer: DuckDB (@duckdb/node-api,
 * a devDependency) reads each CSV with the column types the Data Package declares (strictly: a value of
 * another type fails the read) and reproduces each assessment's overall score with one SQL query.
 * frictionless and csvw (Python) cannot be installed here (no PyPI; Debian has neither), so the
 * descriptors are also checked against the rules of their specifications that a loader relies on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { readCsv, valuesCsv, VALUES_COLUMNS } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { TIDY_COLUMNS } from '../../src/engine/results-table';
import { csvwMetadata, dataPackage, tableFields, type TableFile } from '../../src/engine/table-metadata';
import { scoresCsv } from '../../src/interchange/formats/scores-table';

const dir = mkdtempSync(path.join(tmpdir(), 'ssc-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const docs: AssessmentDoc[] = DEMO_CITIES.map((c, i) => ({
  ...createAssessment({ city: c.city, country: 'Fictional', year: 2020 + i }, u4ssc, referenceTargets.data.id, 0),
  ...demoCityInput(u4ssc, c),
  id: `a${i}`,
}));
const files: TableFile[] = [
  { kind: 'values', path: 'city-values.csv' },
  { kind: 'scores', path: 'programme-scores.csv' },
];
// The writers' own text, with the byte-order mark the export adds for Excel.
writeFileSync(path.join(dir, 'city-values.csv'), '\ufeff' + valuesCsv(u4ssc, docs[0]));
writeFileSync(path.join(dir, 'programme-scores.csv'), '\ufeff' + scoresCsv(u4ssc, referenceTargets, docs));

const DUCK_TYPES: Record<string, string> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'BIGINT' };

async function duck() {
  const db = await DuckDBInstance.create(':memory:');
  return db.connect();
}

/** DuckDB's read_csv with exactly the descriptor's columns and types: a cell of another type is an error. */
function readAs(resource: { path: string; schema: { fields: { name: string; type: string }[] } }): string {
  const columns = resource.schema.fields.map((f) => `'${f.name}': '${DUCK_TYPES[f.type]}'`).join(', ');
  return `read_csv('${path.join(dir, resource.path)}', header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`;
}

describe('Data Package and CSVW descriptors of the values and scores tables', () => {
  const pkg = dataPackage(files) as {
    resources: { path: string; name: string; schema: { fields: { name: string; type: string; constraints?: { enum?: string[] } }[] } }[];
  };

  it('list every column the writers write, in their order, with a Table Schema type', () => {
    expect(pkg.resources[0].schema.fields.map((f) => f.name)).toEqual([...VALUES_COLUMNS]);
    expect(pkg.resources[1].schema.fields.map((f) => f.name)).toEqual([...TIDY_COLUMNS]);
    for (const r of pkg.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      for (const f of r.schema.fields) expect(['string', 'number', 'integer']).toContain(f.type);
    }
    const csvw = csvwMetadata(files) as { '@context': string; tables: { url: string; tableSchema: { columns: { name: string; datatype: unknown }[] } }[] };
    expect(csvw['@context']).toBe('http://www.w3.org/ns/csvw');
    expect(csvw.tables.map((t) => t.url)).toEqual(files.map((f) => f.path));
    expect(csvw.tables[1].tableSchema.columns.map((c) => c.name)).toEqual([...TIDY_COLUMNS]);
    expect(tableFields('scores').find((f) => f.name === 'level')!.field.enum).toContain('datapoint');
  });

  it('DuckDB reads both tables with the declared types, and every enumerated column holds only its declared codes', async () => {
    const c = await duck();
    for (const r of pkg.resources) {
      const rows = (await c.runAndReadAll(`SELECT count(*) AS n FROM ${readAs(r)}`)).getRowObjects();
      const lines = readCsv((await import('node:fs')).readFileSync(path.join(dir, r.path), 'utf8').replace(/^\ufeff/, '')).records.length - 1;
      expect(Number(rows[0].n)).toBe(lines);
      for (const f of r.schema.fields.filter((x) => x.constraints?.enum)) {
        const seen = (await c.runAndReadAll(`SELECT DISTINCT "${f.name}" AS v FROM ${readAs(r)} WHERE "${f.name}" IS NOT NULL`))
          .getRowObjects()
          .map((x) => String(x.v));
        for (const v of seen) expect(f.constraints!.enum, `${r.path} ${f.name}`).toContain(v);
      }
    }
  });

  it("one SQL query over the tidy CSV reproduces each assessment's overall score (pooled points / 4 × scored data points)", async () => {
    const c = await duck();
    const sql = `SELECT assessment_id, round(100.0 * sum(points) / (4 * count(*)), 8) AS percent
                 FROM ${readAs(pkg.resources[1])} WHERE level = 'datapoint' AND state = 'scored' GROUP BY assessment_id ORDER BY assessment_id`;
    const rows = (await c.runAndReadAll(sql)).getRowObjects();
    expect(rows).toHaveLength(docs.length);
    for (const row of rows) {
      const doc = docs.find((d) => d.id === row.assessment_id)!;
      const overall = score(u4ssc, referenceTargets, doc).overall.percent!;
      expect(Number(row.percent)).toBeCloseTo(overall, 8);
    }
    // The overall rows the table already holds say the same.
    const check = (
      await c.runAndReadAll(`SELECT assessment_id, percent FROM ${readAs(pkg.resources[1])} WHERE level = 'overall' ORDER BY assessment_id`)
    ).getRowObjects();
    check.forEach((r, i) => expect(Number(r.percent)).toBeCloseTo(Number(rows[i].percent), 8));
  });

  it('a table that does not match its descriptor fails the typed read (the check can fail)', async () => {
    writeFileSync(path.join(dir, 'bad-scores.csv'), `${TIDY_COLUMNS.join(',')}\n${TIDY_COLUMNS.map((c) => (c === 'points' ? 'three' : '')).join(',')}\n`);
    const c = await duck();
    await expect(c.runAndReadAll(`SELECT * FROM ${readAs({ ...pkg.resources[1], path: 'bad-scores.csv' })}`)).rejects.toThrow();
  });
});
