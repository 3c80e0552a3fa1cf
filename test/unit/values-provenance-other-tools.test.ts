/**
 * The values CSV's `provenance` column (#29) as other tools write it back, off the happy path: Python's
 * csv module and pandas (test/fixtures/other-tools/make-provenance.py, Debian's python3 and pandas
 * 1.5.3), a cell quoted every way, the column not last or twice, a huge cell, a source for a figure
 * the row does not have. Every file either reads to the very sources of the workbench's own export, or
 * has the cell that is not one said at its line (never a source put on a figure in silence).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { parseValuesCsv, readCsv, valuesCsv, writeCsv } from '../../src/engine/csv';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { sourcesIn } from '../../src/engine/provenance';
import { problemWords } from '../../src/ui/strings/problems';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/other-tools/${name}`, import.meta.url), 'utf8');
const own = readFileSync(new URL('../fixtures/values-with-provenance.csv', import.meta.url), 'utf8');
const read = (text: string) => {
  const r = parseValuesCsv(text, u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};
const expected = read(own);

describe('a values CSV with provenance written by other tools', () => {
  it('the export has sources to lose (the population and a denominator of its own)', () => {
    expect(sourcesIn(expected.input.provenance).length).toBe(2);
    expect(expected.ignored).toEqual([]);
  });

  it.each([
    ["Python's csv, the provenance column first", 'python-csv-provenance-first.csv'],
    ["Python's csv, every cell quoted, a BOM, CRLF, each JSON pretty-printed over lines", 'python-csv-provenance-pretty-bom.csv'],
    ['pandas read as text, written with its index', 'pandas-provenance-index.csv'],
    ['pandas read as numbers (250000.0, blanks as NaN)', 'pandas-provenance-floats.csv'],
  ])('%s: the same figures and the same sources, nothing ignored', (_label, name) => {
    const r = read(fixture(name));
    expect(r.ignored).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.input.provenance).toEqual(expected.input.provenance);
    expect(r.input.values).toEqual(expected.input.values);
    expect(r.input.profile).toEqual(expected.input.profile);
  });

  it('the fixtures are what they say: pretty JSON has line breaks inside quoted cells, the BOM is there', () => {
    const pretty = fixture('python-csv-provenance-pretty-bom.csv');
    expect(pretty.charCodeAt(0)).toBe(0xfeff);
    expect(pretty).toContain('\r\n');
    expect(pretty).toMatch(/"\{\n {2}""denominator"": \{\n/);
    expect(fixture('python-csv-provenance-first.csv').startsWith('provenance,code,')).toBe(true);
    expect(fixture('pandas-provenance-floats.csv')).toContain(',250000.0,');
  });

  it('pandas with the column twice: refused, both columns named', () => {
    expect(parseValuesCsv(fixture('pandas-provenance-duplicate.csv'), u4ssc)).toMatchObject({
      ok: false,
      problems: [{ problem: { kind: 'duplicate-column', name: 'provenance', columns: ['A', 'M'] } }],
    });
  });

  it('a source for a figure the row leaves blank is not moved onto another: the cell is said at its line; a stale number drops its source as an edit does', () => {
    const r = read(fixture('python-csv-provenance-misplaced.csv'));
    const { records } = readCsv(fixture('python-csv-provenance-misplaced.csv'));
    const moved = records.findIndex((rec) => rec[11]?.includes('"value"'));
    expect(records[moved][4]).toBe('');
    expect(r.ignored).toEqual([{ row: moved + 1, column: 'provenance', problem: { kind: 'bad-provenance' } }]);
    expect(problemWords.table(r.ignored[0].problem)).toMatch(/provenance cell/);
    const id = `${records[moved][0]}|${records[moved][1]}`;
    expect(r.input.provenance?.values?.[id]?.value).toBeUndefined();
    // The figures of both rows are read as they are.
    expect(r.input.values).toEqual(expected.input.values);
    expect(r.input.profile).toEqual(expected.input.profile);
  });

  it('a numerator source on a data point reported directly is said, not kept', () => {
    const { records } = readCsv(own);
    const direct = records.findIndex((rec, i) => i > 0 && rec[4] !== '' && rec[2] === '');
    expect(direct).toBeGreaterThan(0);
    const source = JSON.parse(records.find((rec) => rec[11]?.startsWith('{'))![11]).denominator;
    records[direct][11] = JSON.stringify({ numerator: { ...source, value: Number(records[direct][4]) } });
    const r = read(writeCsv(records));
    expect(r.ignored).toEqual([{ row: direct + 1, column: 'provenance', problem: { kind: 'bad-provenance' } }]);
  });

  it('a source written twice for one figure (a repeated key) is said, not read as the last one', () => {
    const { records } = readCsv(own);
    const at = records.findIndex((rec) => rec[11]?.startsWith('{'));
    const source = JSON.stringify(JSON.parse(records[at][11]).denominator);
    const other = JSON.stringify({ ...JSON.parse(source), source: 'Another office' });
    records[at][11] = `{"denominator": ${other}, "denominator": ${source}}`;
    const r = read(writeCsv(records));
    expect(r.ignored).toEqual([{ row: at + 1, column: 'provenance', problem: { kind: 'bad-provenance' } }]);
    expect(r.input.profile).toEqual(expected.input.profile);
  });

  it('a huge cell (4 MB) is said and left out; the figures are read', () => {
    const { records } = readCsv(own);
    const at = records.findIndex((rec) => rec[11]?.startsWith('{'));
    const source = JSON.parse(records[at][11]).denominator;
    records[at][11] = JSON.stringify({ denominator: { ...source, source: 'x'.repeat(4_000_000) } });
    const r = read(writeCsv(records));
    expect(r.ignored).toEqual([{ row: at + 1, column: 'provenance', problem: { kind: 'bad-provenance' } }]);
    expect(r.input.profile).toEqual(expected.input.profile);
  });

  it('quotes, commas and line breaks inside a source’s words round-trip through the writer and CRLF/LF alike', () => {
    const v8 = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v8.json', import.meta.url), 'utf8'));
    const got = readAssessment(v8, u4ssc);
    if (!got.ok) throw new Error('v8 not read');
    const { frozen: _f, ...d } = got.value;
    const pop = d.provenance!.profile!.population!;
    const doc = { ...d, provenance: { ...d.provenance, profile: { population: { ...pop, source: 'Office "A", rows\n1,2\r\n3 ""' } } } } as AssessmentDoc;
    const text = valuesCsv(u4ssc, doc);
    const back = read(text);
    expect(back.ignored).toEqual([]);
    expect(back.input.provenance?.profile?.population).toEqual(doc.provenance!.profile!.population);
    const lf = read(text.replace(/\r\n/g, '\n'));
    expect(lf.input.provenance?.profile?.population?.source).toBe('Office "A", rows\n1,2\r\n3 ""');
  });
});
