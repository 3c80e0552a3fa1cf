/**
 * Own targets and the target set that scored an assessment (#14) in its exports: the assessment JSON
 * (the document), the results workbook (Targets sheet, Profile sheet, Values sheet's target source),
 * and the tidy scores table (`target_origin`); each read back, and an older workbook still read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, readAssessment } from '../../src/engine/assessment-read';
import { readCsv, type TableCell } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { resultSheets, TARGETS_COLUMNS, TIDY_COLUMNS } from '../../src/engine/results-table';
import { scoresCsv } from '../../src/interchange/formats/scores-table';
import { parseValuesXlsx, valuesXlsx } from '../../src/share/xlsx';
import { readWorkbook, type SheetCells } from '../../src/share/xlsx-cells';

const read = readAssessment(JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v5.json', import.meta.url), 'utf8')), u4ssc);
if (!read.ok) throw new Error('the frozen version-5 assessment does not read');
/** Scored against own targets: 1C has an own target of 95 % (deadline 2028, baseline 72 in 2019), 4C 4G 100 % by 2027. */
const doc: AssessmentDoc = read.value;
const ICT = 'EC: ICT: ICT: 1C|';

const rowsOf = (sheet: SheetCells): (TableCell | undefined)[][] =>
  [...sheet.rows.keys()].sort((a, b) => a - b).map((n) => Array.from(sheet.rows.get(n)!, (c) => c));
const plain = (c: TableCell | undefined): string | number | null =>
  c === undefined || c === '' ? null : typeof c === 'string' ? c : c.kind === 'number' ? c.value : null;
const sheets = async (blob: Blob) => {
  const book = readWorkbook(await blob.arrayBuffer());
  if (!book.ok) throw new Error(book.kind);
  return book.sheets;
};

describe('own targets and the target set in the exports', () => {
  it('the assessment JSON carries both and reads back exactly', () => {
    const back = parseAssessmentJson(JSON.stringify(doc), u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.ownTargets).toEqual(doc.ownTargets);
    expect(back.value.scoringTargets).toBe('own');
  });

  it('the results workbook: own target, deadline and baseline and the target that scored each row; the Profile sheet names the set', async () => {
    const all = await sheets(await valuesXlsx(u4ssc, doc, referenceTargets));
    const targets = rowsOf(all.find((s) => s.name === 'Targets')!);
    expect(targets[0].map(plain)).toEqual([...TARGETS_COLUMNS]);
    const at = (name: string) => (TARGETS_COLUMNS as readonly string[]).indexOf(name);
    const ict = targets.find((r) => plain(r[0]) === 'EC: ICT: ICT: 1C')!;
    // The reference target stays in its columns; the own one beside it, and which one scored.
    expect(
      [at('target'), at('origin'), at('own target'), at('own deadline'), at('own baseline'), at('own baseline year'), at('scored by')].map((c) =>
        plain(ict[c]),
      ),
    ).toEqual([100, 'reference', 95, 2028, 72, 2019, 'own']);
    const employment = targets.find((r) => plain(r[0]) === 'EC: P: EM: 1C')!;
    expect(plain(employment[at('own deadline')])).toBe(2035);
    expect(plain(employment[at('scored by')])).toBe('reference');
    const profile = rowsOf(all.find((s) => s.name === 'Profile')!);
    expect(profile.find((r) => plain(r[0]) === 'scoring targets')!.map(plain)).toEqual(['scoring targets', null, null, 'own']);
    const values = rowsOf(all.find((s) => s.name === 'Values')!);
    const col = (name: string) => values[0].findIndex((h) => plain(h) === name);
    const ictValues = values.find((r) => plain(r[0]) === 'EC: ICT: ICT: 1C')!;
    expect([plain(ictValues[col('target in force')]), plain(ictValues[col('target source')]), plain(ictValues[col('points')])]).toEqual([95, 'own', 4]);
  });

  it('the workbook reads back with its own targets and its choice, and scores the same', async () => {
    const back = await parseValuesXlsx(await (await valuesXlsx(u4ssc, doc, referenceTargets)).arrayBuffer(), u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.input.ownTargets).toEqual(doc.ownTargets);
    expect(back.input.scoringTargets).toBe('own');
    expect(score(u4ssc, referenceTargets, back.input).items.map((i) => [i.id, i.target, i.targetOrigin, i.points])).toEqual(
      score(u4ssc, referenceTargets, doc).items.map((i) => [i.id, i.target, i.targetOrigin, i.points]),
    );
  });

  it('an older results workbook (no own-target columns, no scoring-targets row) still reads: reference targets, no own targets', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const withOverride = { ...doc, targets: { 'SC: EH: ED: 1C|': { target: 90, rationale: 'City council plan 2030' } } };
    const laid = resultSheets(u4ssc, referenceTargets, withOverride, score(u4ssc, referenceTargets, withOverride));
    // The sheets as the app wrote them before format 5: seven Targets columns, five identity rows.
    const old = laid.map((s) =>
      s.name === 'Targets' ? s.rows.map((r) => r.slice(0, 7)) : s.name === 'Profile' ? s.rows.filter((r) => r[0] !== 'scoring targets') : s.rows,
    );
    const blob = (await writeXlsxFile(
      old.map((rows, i) => ({
        sheet: laid[i].name,
        data: rows.map((r) =>
          r.map((c) =>
            c === null ? null : typeof c === 'object' ? { value: c.ratio, type: Number } : { value: c, type: typeof c === 'number' ? Number : String },
          ),
        ),
      })),
    ).toBlob()) as Blob;
    const back = await parseValuesXlsx(await blob.arrayBuffer(), u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.input.ownTargets).toBeUndefined();
    expect(back.input.scoringTargets).toBeUndefined();
    expect(back.input.targets).toEqual(withOverride.targets);
    expect(score(u4ssc, referenceTargets, back.input).items.find((i) => i.id === ICT)).toMatchObject({ target: 100, targetOrigin: 'reference' });
  });

  it('the tidy scores table says which target scored each data point row (target_origin: own, reference, override or none)', () => {
    const { records } = readCsv(scoresCsv(u4ssc, referenceTargets, [doc, { ...doc, id: 'ref', scoringTargets: 'reference' }]));
    const col = (name: string) => TIDY_COLUMNS.indexOf(name as (typeof TIDY_COLUMNS)[number]);
    const ictRows = records.filter((r) => r[col('level')] === 'datapoint' && r[col('code')] === 'EC: ICT: ICT: 1C');
    expect(ictRows.map((r) => [r[col('assessment_id')], r[col('target')], r[col('target_origin')], r[col('points')]])).toEqual([
      [doc.id, '95', 'own', '4'],
      ['ref', '100', 'reference', '3'],
    ]);
  });
});
