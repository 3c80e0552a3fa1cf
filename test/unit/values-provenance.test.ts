/**
 * Where a figure came from, in the values CSV (#29): the `provenance` column is written when a figure
 * has a source that holds, and read back to the same sources (the JSON's provenance), through the CSV
 * reader, `npm run convert` and an import that updates a stored assessment. A CSV without the column
 * (every CSV before it) is written and read exactly as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../src/cli/convert';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, readAssessment } from '../../src/engine/assessment-read';
import { parseValuesCsv, readCsv, valuesCsv, VALUES_COLUMNS, writeCsv, valuesTable } from '../../src/engine/csv';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { sourceOf, sourcesIn } from '../../src/engine/provenance';
import { applyEdits } from '../../src/session';
import { updateEdits } from '../../src/session/import-update';
import { problemWords } from '../../src/ui/strings/problems';

const v8 = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v8.json', import.meta.url), 'utf8'));
const sample = readFileSync(new URL('../fixtures/sample-values.csv', import.meta.url), 'utf8');
const WS = 'EC: ICT: WS: 1C|';

function doc(): AssessmentDoc {
  const read = readAssessment(v8, u4ssc);
  if (!read.ok) throw new Error('v8 not read');
  const { frozen: _frozen, ...unfrozen } = read.value;
  return unfrozen as AssessmentDoc;
}
const read = (text: string) => {
  const r = parseValuesCsv(text, u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('the values CSV’s provenance column (#29)', () => {
  it('is written last, only on the rows whose figures have a source, and reads back to the same sources', () => {
    const d = doc();
    expect(sourcesIn(d.provenance).length).toBeGreaterThanOrEqual(2);
    const text = valuesCsv(u4ssc, d);
    const { records } = readCsv(text);
    expect(records[0]).toEqual([...VALUES_COLUMNS, 'provenance']);
    const filled = records.slice(1).filter((r) => r[11] !== '');
    // WS 1C (its own denominator) and every data point divided by the population.
    expect(filled.some((r) => r[0] === 'EC: ICT: WS: 1C')).toBe(true);
    expect(JSON.parse(filled.find((r) => r[0] === 'EC: ICT: WS: 1C')![11]).denominator).toEqual(d.provenance!.values![WS].denominator);
    const back = read(text);
    expect(back.ignored).toEqual([]);
    expect(back.input.provenance).toEqual(d.provenance);
    expect(sourceOf({ ...d, ...back.input }, { profile: 'population' })).toEqual(d.provenance!.profile!.population);
    // Written again from what was read: the same bytes.
    expect(valuesCsv(u4ssc, back.input)).toBe(text);
  });

  it('a file with no source is the values CSV it always was, and an old file reads with no provenance', () => {
    const { provenance: _p, ...none } = doc();
    expect(valuesCsv(u4ssc, none)).toBe(writeCsv(valuesTable(u4ssc, none)));
    expect(readCsv(valuesCsv(u4ssc, none)).records[0]).toEqual([...VALUES_COLUMNS]);
    // A source that no longer holds (the figure changed since) is not written either.
    const stale = { ...doc(), profile: { ...doc().profile, population: 1 }, values: { ...doc().values, [WS]: { ...doc().values[WS], denominator: 2 } } };
    expect(readCsv(valuesCsv(u4ssc, stale)).records[0]).toEqual([...VALUES_COLUMNS]);
    const old = read(sample);
    expect('provenance' in old.input).toBe(false);
    expect(old.columns).toEqual([...VALUES_COLUMNS]);
  });

  it('a figure changed in a spreadsheet after the export loses its source, the others keep theirs', () => {
    const d = doc();
    const { records } = readCsv(valuesCsv(u4ssc, d));
    const ws = records.findIndex((r) => r[0] === 'EC: ICT: WS: 1C');
    records[ws][3] = String(Number(records[ws][3]) + 1);
    const back = read(writeCsv(records));
    expect(back.ignored).toEqual([]);
    expect(back.input.provenance?.values?.[WS]).toBeUndefined();
    expect(back.input.provenance?.profile?.population).toEqual(d.provenance!.profile!.population);
  });

  it('a cell that is not the row’s sources is left out and said at its line and column; the figures are read', () => {
    const { records } = readCsv(valuesCsv(u4ssc, doc()));
    const ws = records.findIndex((r) => r[0] === 'EC: ICT: WS: 1C');
    for (const bad of ['not json', '{"value": 3}', '{"note": {}}', '[]', '{}']) {
      records[ws][11] = bad;
      const back = read(writeCsv(records));
      expect(back.ignored).toEqual([{ row: ws + 1, column: 'provenance', problem: { kind: 'bad-provenance' } }]);
      expect(problemWords.table(back.ignored[0].problem)).toMatch(/provenance cell/);
      expect(back.input.values[WS]?.denominator).toBe(Number(records[ws][3]));
      expect(back.input.provenance?.values?.[WS]).toBeUndefined();
    }
    records[0].push('provenance');
    expect(parseValuesCsv(writeCsv(records), u4ssc)).toMatchObject({ ok: false, problems: [{ problem: { kind: 'duplicate-column', name: 'provenance' } }] });
  });

  it('npm run convert: JSON → values CSV → JSON keeps every source', async () => {
    const d = doc();
    const files: Record<string, Uint8Array> = { 'demoville-2025.ssc.json': new TextEncoder().encode(JSON.stringify(d)) };
    const io = { size: (f: string) => files[f]?.length ?? 0, bytes: (f: string) => files[f]! };
    const write = (f: string, b: Uint8Array) => void (files[f] = b);
    expect(await runConvert(['demoville-2025.ssc.json', 'demoville-2025-values.csv'], io, write)).toMatchObject({ stderr: '' });
    expect(new TextDecoder().decode(files['demoville-2025-values.csv'])).toContain(',provenance\r\n');
    expect(await runConvert(['demoville-2025-values.csv', 'back.ssc.json'], io, write)).toMatchObject({ stderr: '' });
    const back = parseAssessmentJson(new TextDecoder().decode(files['back.ssc.json']), u4ssc);
    expect(back.ok && back.value.provenance).toEqual(d.provenance);
  });

  it('an import that updates a stored assessment from the CSV sets the sources with the figures', () => {
    const d = doc();
    const { provenance: _p, ...bare } = d;
    const stored = { ...bare, profile: { ...bare.profile, population: 5 }, values: { ...bare.values, [WS]: { ...bare.values[WS], denominator: 7 } } };
    const table = read(valuesCsv(u4ssc, d));
    const edits = updateEdits(stored as AssessmentDoc, { kind: 'table', input: table.input, rows: Object.keys(table.places), columns: table.columns });
    const after = applyEdits(stored as AssessmentDoc, edits);
    expect(after.profile.population).toBe(d.profile.population);
    expect(sourceOf(after, { profile: 'population' })).toEqual(d.provenance!.profile!.population);
    expect(sourceOf(after, { id: WS, field: 'denominator' })).toEqual(d.provenance!.values![WS].denominator);
    // The same file again changes nothing.
    expect(updateEdits(after, { kind: 'table', input: table.input, rows: Object.keys(table.places), columns: table.columns })).toEqual([]);
  });
});
