import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { parseValuesCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import type { AssessmentInput } from '../../src/engine/types';
import { formatForFile, type FormatContext } from '../../src/interchange/formats';
import { worded } from './support/words';
import type { CellChange } from 'handsontable/base';
import { runCli } from '../../src/cli/score';
import { toScoresJson } from '../../src/engine/report';
import { canonicalise } from '../../src/ui/grid/editing';
import type { GridState } from '../../src/ui/grid/state';
import { readInput } from '../../src/ui/format';
import { parseValuesXlsx } from '../../src/share/xlsx';
import { readImportFile } from '../../src/ui/interchange/import-file';

/** Files written by Python's json and csv modules (test/fixtures/other-tools/make.py), read as they are. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/other-tools/${name}`, import.meta.url), 'utf8');

describe('files written by other tools', () => {
  it("Python's json: a revision of 2^53 and updatedAt 1e+308 are refused by the schema, each named; in range, a number quoted as text is kept as written and said", () => {
    const text = fixture('python-json-kept-text.ssc.json');
    expect(worded(parseAssessmentJson(text, u4ssc))).toMatchObject({
      ok: false,
      error: { problems: ['updatedAt: expected a number of at most 8640000000000000.', 'revision: expected a number of at most 9007199254740990.'] },
    });
    const r = parseAssessmentJson(JSON.stringify({ ...JSON.parse(text), revision: 0, updatedAt: 1_700_000_000_000 }), u4ssc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.values['EC: ICT: ICT: 1C|']).toEqual({ numerator: '91000', denominator: 100000 });
    expect(r.value.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5, note: "'=not a formula" });
    expect(r.value.createdAt).toBe(1_700_000_000_000);
    expect(worded(r).notes).toEqual([expect.stringMatching(/numerator: "91000" is text, kept as written and not scored/)]);
  });

  it("Python's csv: the formula guard comes off exactly once, as Excel reads it; other apostrophes stay", () => {
    const r = parseValuesCsv(fixture('python-csv-apostrophes.csv'), u4ssc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.values['EC: ICT: ICT: 1C|']).toMatchObject({ numerator: 91000, source: "'=HYPERLINK(x)", note: '=not a formula' });
    expect(r.input.values['EC: ICT: ICT: 2C|']).toMatchObject({ value: 31.5, source: 'plain', note: "'plain apostrophe" });
  });
});

// ---------------------------------------------------------------------------------------------------
// The corpus of make.py: one city, written by Python's csv, pandas, openpyxl and LibreOffice. Each file
// gives exactly the scores of the same data entered by hand, or is refused naming the line or cell.

const SOURCE = "Ville de Genève, Département de l'économie";
const NOTE = 'Première ligne\nDeuxième ligne, « citée »';
const common = { status: 'reported', quality: 'accurate', source: SOURCE } as const;
/** The city of make.py's ROWS, as typed into the grid. */
const HAND: AssessmentInput = {
  profile: { households: 100000 },
  values: {
    'EC: ICT: ICT: 1C|': { numerator: 91000, ...common, year: 2024, note: NOTE },
    'SC: SH: HO: 2A|': { value: 99.5, ...common, year: 2024 },
    'EC: I: T: 5A|': { value: 1.35, ...common, year: 2023 },
    'SC: SH: SA: 3A|': { value: 'yes', ...common, year: 2024 },
    'SC: EH: H: 1C|': { value: 78.25, ...common, year: 2022 },
    'EN: EN: AQ: 1C|PM2.5': { value: 12.125, ...common, year: 2024 },
  },
  targets: {},
  method: { name: 'u4ssc-points' },
};
const handWithout = (...ids: string[]): AssessmentInput => ({
  ...HAND,
  values: Object.fromEntries(Object.entries(HAND.values).filter(([id]) => !ids.includes(id))),
});

const bytesOf = (name: string) => readFileSync(new URL(`../fixtures/other-tools/${name}`, import.meta.url));
async function readFixture(name: string, ctx: Partial<FormatContext> = {}): Promise<ReturnType<typeof worded>> {
  const bytes = bytesOf(name);
  const format = formatForFile(name, '', ['assessments', 'values'])!;
  const source = {
    name,
    text: async () => bytes.toString('utf8'),
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  };
  return worded(await format.read!(source, { fw: u4ssc, targets: referenceTargets, ...ctx }));
}
async function expectHand(name: string, hand = HAND, ctx: Partial<FormatContext> = {}) {
  const r = await readFixture(name, ctx);
  if (!r.ok) expect.fail(`${name}: ${JSON.stringify(r.problems)}`);
  if (r.holds !== 'values') return expect.fail(`${name} holds ${r.holds}`);
  expect(r.input).toEqual(hand);
  expect(score(u4ssc, referenceTargets, r.input)).toEqual(score(u4ssc, referenceTargets, hand));
  return r;
}
async function expectRefused(name: string, ctx: Partial<FormatContext> = {}) {
  const r = await readFixture(name, ctx);
  if (r.ok) return expect.fail(`${name} was read`);
  return r;
}

/** Read with bad cells kept as text (or left out), each said: the rest is the hand-entered city. */
async function expectKept(name: string, kept: Record<string, Record<string, string>>, ctx: Partial<FormatContext> = {}) {
  const r = await readFixture(name, ctx);
  if (!r.ok) return expect.fail(`${name}: ${JSON.stringify(r.problems)}`);
  if (r.holds !== 'values') return expect.fail(`${name} holds ${r.holds}`);
  const expected = structuredClone(HAND);
  for (const [id, fields] of Object.entries(kept)) Object.assign(expected.values[id], fields);
  expect(r.input).toEqual(expected);
  return r;
}

describe('files written by other tools give the hand-entered scores, or are refused naming the place', () => {
  it.each([
    ['csv-bom-crlf.csv', "Python's csv, utf-8-sig and CRLF (Excel's CSV UTF-8)"],
    ['csv-cr.csv', 'CR line ends'],
    ['csv-tab.csv', 'tab separated'],
    ['csv-reordered.csv', 'columns in another order'],
    ['csv-utf16-tab.csv', 'UTF-16 with a BOM and tabs (Excel "Unicode Text")'],
    ['pandas-float-years.csv', "pandas' float columns: 2024.0 and 91000.0"],
    ['openpyxl-typed.xlsx', 'openpyxl: an instructions sheet first, the table from B3, 99.5 % as a percent cell, yes as TRUE'],
    ['openpyxl-year-as-date.xlsx', 'openpyxl: a year cell formatted as a date'],
    ['libreoffice-calc.xlsx', 'LibreOffice Calc converting the CSV'],
    ['libreoffice-formula-saved.xlsx', 'LibreOffice: =199/200 as a percentage with its saved result'],
  ])('%s (%s)', async (name) => {
    await expectHand(name);
  });

  it('semicolons with decimal commas: the mark is read from the file (99,5 on line 4, after a two-line note) and said', async () => {
    const r = await expectHand('csv-semicolon-decimal-comma.csv');
    expect(r.holds === 'values' && r.decimal).toEqual({ mark: 'comma', from: 'file', row: 4, text: '99,5' });
  });

  it('pandas decimal=",": quoted "12,125" is 12.125 because "91000,0" shows the decimal comma (finding 4)', async () => {
    const r = await expectHand('pandas-decimal-comma.csv', handWithout('SC: SH: SA: 3A|'));
    expect(r.holds === 'values' && r.decimal).toMatchObject({ mark: 'comma', from: 'file', row: 2 });
  });

  it('a lone "12,125" reads two ways: kept as text and said until the user chooses the mark, then read as chosen', async () => {
    const r = await readFixture('pandas-ambiguous-decimal.csv');
    if (!r.ok || r.holds !== 'values') return expect.fail('not read');
    expect(r.input.values['EN: EN: AQ: 1C|PM2.5'].value).toBe('12,125');
    expect(r.rejected).toEqual([{ row: 2, column: 'value', message: expect.stringMatching(/"12,125" reads two ways.*choose the decimal mark/) }]);
    const only = { ...HAND, profile: {}, values: { 'EN: EN: AQ: 1C|PM2.5': HAND.values['EN: EN: AQ: 1C|PM2.5'] } };
    await expectHand('pandas-ambiguous-decimal.csv', only, { decimal: 'comma' });
  });

  it('Windows-1252 is refused, never read through �; read as such only when the user confirms (finding 6)', async () => {
    const r = await expectRefused('csv-windows-1252.csv');
    expect(r.encoding).toEqual({ likely: 'windows-1252' });
    expect(r.problems).toEqual([{ row: 2, message: expect.stringMatching(/not UTF-8 \(it looks like Windows-1252/) }]);
    await expectHand('csv-windows-1252.csv', HAND, { allow1252: true });
  });

  it('a second "value" column, an extra column and a column without a header are refused, never dropped (finding 5)', async () => {
    expect((await expectRefused('csv-duplicate-value.csv')).problems).toEqual([
      { row: 1, column: 'L', message: 'The column "value" appears twice (columns E and L); keep one.' },
    ]);
    expect((await expectRefused('csv-extra-column.csv')).problems).toEqual([{ row: 1, message: 'Unknown column: comment.' }]);
    // pandas' row index (unnamed, 0…n−1) is the one unnamed column that is skipped, with a note.
    const index = await expectHand('pandas-index-column.csv');
    expect(index.holds === 'values' && index.notes).toEqual([
      'Column A (0, 1, 2… or 1, 2, 3… with no header: a row index as pandas and R write it) was skipped.',
    ]);
  });

  it('a header hidden under a merged cell is named with the merged range (finding 5)', async () => {
    expect((await expectRefused('openpyxl-merged-header.xlsx')).problems).toEqual([
      {
        row: 1,
        column: 'J',
        cell: 'Values!J1',
        message: expect.stringMatching(/^Column J has data \(line 2: "2024"\) but its header is hidden under the merged cell I1:J1/),
      },
    ]);
  });

  it('after a multi-line note, a bad value is kept as text and named at its physical line', async () => {
    const r = await expectKept('csv-multiline-note-then-bad.csv', { 'EC: I: T: 5A|': { value: '1.35 approx' } });
    expect(r.holds === 'values' && r.rejected).toEqual([{ row: 5, column: 'value', message: '"1.35 approx" is not a number.' }]);
  });

  it('a date where a number belongs is kept as text, not scored, and named with its cell (finding 2)', async () => {
    const r = await expectKept('openpyxl-date-in-value.xlsx', { 'EC: I: T: 5A|': { value: '2024-01-01' } });
    expect(r.holds === 'values' && r.rejected).toEqual([
      { row: 4, column: 'value', cell: 'Values!E4', message: expect.stringMatching(/^The cell is a date \(2024-01-01\), not a number/) },
    ]);
    if (r.holds === 'values') expect(score(u4ssc, referenceTargets, r.input).items.find((i) => i.id === 'EC: I: T: 5A|')!.state).toBe('invalid');
  });

  it('a formula without a saved result and an error value are kept as text with their cells, never read as empty (finding 3)', async () => {
    const r = await expectKept('openpyxl-formula-and-error.xlsx', { 'SC: SH: HO: 2A|': { value: '=199/2' }, 'SC: EH: H: 1C|': { value: '#DIV/0!' } });
    expect(r.holds === 'values' && r.rejected).toEqual([
      { row: 3, column: 'value', cell: 'Values!E3', message: expect.stringMatching(/^The formula =199\/2 has no saved result/) },
      { row: 6, column: 'value', cell: 'Values!E6', message: 'The cell holds the error value #DIV/0!.' },
    ]);
  });

  it('an assessment JSON with a byte-order mark reads', async () => {
    const r = await readFixture('python-json-bom.ssc.json');
    expect(r.ok && r.holds === 'assessments' && r.docs[0].values).toEqual({ 'EC: ICT: ICT: 2C|': { value: 31.5 } });
  });
});

// ---------------------------------------------------------------------------------------------------
// The second round (make2.py, issue #26): each file through the readers of the app and through
// `npm run score`, read exactly or refused with the cell and the reason; never a silent misread.

const corpusPath = (name: string) => new URL(`../fixtures/other-tools/${name}`, import.meta.url).pathname;
const cli = async (name: string, ...args: string[]) => {
  const r = await runCli([corpusPath(name), ...args]);
  return { ...r, stderr: r.stderr.replaceAll(corpusPath(name), name) };
};
const scoresOf = (input: AssessmentInput) => JSON.parse(JSON.stringify(toScoresJson(score(u4ssc, referenceTargets, input))));

describe('the second round of files: no silent misread', () => {
  it('pandas through xlsxwriter: formulas saved as 0 and never calculated are refused cell by cell, never read as 0', async () => {
    const kept = { 'EC: I: T: 5A|': { value: '=27/20' } };
    const r = await expectKept('pandas-xlsxwriter-formulas.xlsx', kept);
    const why = /was saved with the result 0 but never calculated \(the workbook asks to be recalculated when opened/;
    expect(r.holds === 'values' && r.rejected).toEqual([{ row: 4, column: 'value', cell: 'Values!E4', message: expect.stringMatching(why) }]);
    // The note "=see the 2022 health survey" became a formula: left out and said, not "0".
    expect(r.holds === 'values' && r.ignored).toEqual([{ row: 6, column: 'note', cell: 'Values!K6', message: expect.stringMatching(why) }]);
    const c = await cli('pandas-xlsxwriter-formulas.xlsx');
    expect(c.code).toBe(1);
    expect(c.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^pandas-xlsxwriter-formulas\.xlsx:Values!E4: The formula =27\/20 was saved with the result 0 but never calculated/),
      expect.stringMatching(/^pandas-xlsxwriter-formulas\.xlsx:Values!K6: The formula =see the 2022 health survey was saved/),
    ]);
  });

  it('a hidden first sheet (last year) is passed over for the active sheet, and the reading says which it read', async () => {
    const r = await expectHand('openpyxl-hidden-first-sheet.xlsx');
    expect(r.holds === 'values' && r.notes).toEqual(['Read the sheet "2024" (of 2 sheets; hidden, not read: 2023).']);
    const c = await cli('openpyxl-hidden-first-sheet.xlsx');
    expect(c).toMatchObject({ code: 0, stderr: 'openpyxl-hidden-first-sheet.xlsx: Read the sheet "2024" (of 2 sheets; hidden, not read: 2023).\n' });
    expect(JSON.parse(c.stdout)).toEqual(scoresOf(HAND));
    // Named, the hidden sheet is read: last year's values.
    const last = await expectRefused('openpyxl-hidden-first-sheet.xlsx', { sheet: 'nope' });
    expect(last.problems).toEqual([{ row: 1, message: 'The workbook has no sheet "nope" (its sheets: 2023 and 2024).' }]);
    const named = await readFixture('openpyxl-hidden-first-sheet.xlsx', { sheet: '2023' });
    expect(named.ok && named.holds === 'values' && named.input.values['EC: I: T: 5A|']).toMatchObject({ value: 2.7, year: 2022 });
  });

  it('a table only on a hidden sheet is refused with its name, and read when named (--sheet)', async () => {
    const r = await expectRefused('openpyxl-only-hidden-sheet.xlsx');
    expect(r.problems).toEqual([{ row: 1, message: expect.stringMatching(/^The only values table is on the hidden sheet "Values"/) }]);
    expect(r.sheets).toEqual({ read: null, names: ['Notes', 'Values'], hidden: ['Values'] });
    expect(await cli('openpyxl-only-hidden-sheet.xlsx')).toMatchObject({ code: 1, stdout: '' });
    await expectHand('openpyxl-only-hidden-sheet.xlsx', HAND, { sheet: 'Values' });
    const c = await cli('openpyxl-only-hidden-sheet.xlsx', '--sheet', 'Values');
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout)).toEqual(scoresOf(HAND));
  });

  it('a percent format is a percentage only for a data point in %: a travel time index shown as 135 % is refused', async () => {
    const r = await expectKept('openpyxl-percent-index.xlsx', { 'EC: I: T: 5A|': { value: '1.35' } });
    expect(r.holds === 'values' && r.rejected).toEqual([
      {
        row: 4,
        column: 'value',
        cell: 'Values!E4',
        message:
          'The cell is formatted as a percentage (it shows 135 %) but this data point is measured in ratio, not in %: format the cell as a number that shows the value (1.35 or 135).',
      },
    ]);
    // 99.5 % in a percent cell of a data point in % is still 99.5.
    expect(r.holds === 'values' && r.input.values['SC: SH: HO: 2A|'].value).toBe(99.5);
    expect((await cli('openpyxl-percent-index.xlsx')).code).toBe(1);
  });

  it('counts only in a comma-decimal file: "91.000" is never read as 91; --decimal comma reads 91 000', async () => {
    const read = await readFixture('csv-comma-locale-counts.csv');
    expect(read.ok && read.holds === 'values' && read.rejected.map((p: { message: string }) => p.message)).toEqual([
      expect.stringMatching(/^"91\.000" reads two ways/),
      expect.stringMatching(/^"100\.000" reads two ways/),
    ]);
    const c = await cli('csv-comma-locale-counts.csv');
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('csv-comma-locale-counts.csv:2: numerator: "91.000" reads two ways');
    const chosen = await readFixture('csv-comma-locale-counts.csv', { decimal: 'comma' });
    expect(chosen.ok && chosen.holds === 'values' && [chosen.input.values['EC: ICT: ICT: 1C|'].numerator, chosen.input.profile.households]).toEqual([
      91000, 100000,
    ]);
    expect(await cli('csv-comma-locale-counts.csv', '--decimal', 'comma')).toMatchObject({ code: 0, stderr: '' });
  });

  it('Windows-1252 dashes and quotes (0x80-0x9F) decode to the same text in the app and the command line', async () => {
    const r = await readFixture('csv-windows-1252-quotes.csv', { allow1252: true });
    expect(r.ok && r.holds === 'values' && r.input.values['EC: ICT: ICT: 1C|']).toMatchObject({
      source: 'Stadt – Amt für „Statistik“',
      note: '€ 5 – „geschätzt“',
    });
    expect(await cli('csv-windows-1252-quotes.csv', '--encoding', 'windows-1252')).toMatchObject({ code: 0, stderr: '' });
  });

  it('a pollutant in ppb is converted as the grid converts it, in the readers and npm run score (#28 item 5)', async () => {
    // What the grid stores for "40 ppb" typed into NO2's value cell (src/ui/grid/editing.ts).
    const ref = u4ssc.datapoint('EN: EN: AQ: 1C', 'NO2')!;
    const state = { decimal: () => 'point', rows: [{ kind: 'dp', ref, yesno: false }], entered: new Map() } as unknown as GridState;
    const change: CellChange = [0, 'value', null, '40 ppb'];
    canonicalise(state, [change]);
    const grid: AssessmentInput = {
      profile: {},
      values: {
        [ref.id]: { value: readInput(change[3], 'point').value, entered: state.entered.get(ref.id), ...common, year: 2024 },
      },
      targets: {},
      method: { name: 'u4ssc-points' },
    };
    expect(grid.values[ref.id]).toMatchObject({ value: 76, entered: { value: 40, unit: 'ppb', factor: 1.9 } });
    const r = await readFixture('csv-ppb.csv');
    expect(r.ok && r.holds === 'values' && r.input).toEqual(grid);
    const c = await cli('csv-ppb.csv');
    expect(c).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(c.stdout)).toEqual(scoresOf(grid));
  });

  it("R's write.csv (row names, bare NA, 1e+05) and write.csv2 read exactly: NA is not reported, never not applicable", async () => {
    const hand = structuredClone(HAND);
    delete hand.values['SC: EH: H: 1C|'].status;
    const r = await expectHand('r-write-csv.csv', hand);
    expect(r.holds === 'values' && r.notes).toEqual(['Column A (0, 1, 2… or 1, 2, 3… with no header: a row index as pandas and R write it) was skipped.']);
    expect(score(u4ssc, referenceTargets, hand).overall.reported).toBe(6);
    const c = await cli('r-write-csv.csv');
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout)).toEqual(scoresOf(hand));
    const csv2 = structuredClone(hand);
    delete csv2.values['SC: SH: SA: 3A|'];
    await expectHand('r-write-csv2.csv', csv2);
  });
});

// ---------------------------------------------------------------------------------------------------
// The third round (make3.py, issue #26): formula results never calculated in workbooks that do not ask
// to be recalculated, and LibreOffice Calc in English, French and German.

describe('formula results never calculated, with no recalculation flag', () => {
  const kept = { 'EC: I: T: 5A|': { value: '=27/20' } };

  it("xlsxwriter's manual mode (calcMode manual, calcOnSave 0, the result saved as 0) is refused at the cell with the reason", async () => {
    const r = await expectKept('xlsxwriter-manual-calc.xlsx', kept);
    const why = /^The formula =27\/20 was saved with the result 0 but may never have been calculated \(the workbook calculates only when asked/;
    expect(r.holds === 'values' && r.rejected).toEqual([{ row: 4, column: 'value', cell: 'Values!E4', message: expect.stringMatching(why) }]);
    const c = await cli('xlsxwriter-manual-calc.xlsx');
    // Scored without the refused cell, and exit 1: the file needs a look.
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/^xlsxwriter-manual-calc\.xlsx:Values!E4: The formula =27\/20 was saved with the result 0 but may never/);
  });

  it("LibreOffice converting pandas' xlsxwriter file keeps the 0 and drops the flag: every result a default and no calculation chain is refused", async () => {
    const bytes = new Uint8Array(bytesOf('libreoffice-from-xlsxwriter.xlsx'));
    const parts = unzipSync(bytes);
    // What makes this file: Calc names itself and keeps xlsxwriter's 0, with no recalculation flag.
    expect(strFromU8(parts['docProps/app.xml'])).toContain('<Application>LibreOffice/');
    expect(strFromU8(parts['xl/workbook.xml'])).not.toContain('fullCalcOnLoad');
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).toMatch(/<f aca="false">27\/20<\/f><v>0<\/v>/);
    const r = await expectKept('libreoffice-from-xlsxwriter.xlsx', kept);
    const why = /^The formula =27\/20 was saved with the result 0, as was every formula in the workbook, and nothing shows the workbook was ever calculated/;
    expect(r.holds === 'values' && r.rejected).toEqual([{ row: 4, column: 'value', cell: 'Values!E4', message: expect.stringMatching(why) }]);
    expect(await cli('libreoffice-from-xlsxwriter.xlsx')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^libreoffice-from-xlsxwriter\.xlsx:Values!E4: /),
    });
  });

  it('a calculation chain (Excel saves one with every workbook it calculated) vouches for saved results, a 0 among them', async () => {
    const parts = unzipSync(new Uint8Array(bytesOf('libreoffice-from-xlsxwriter.xlsx')));
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']).replace(
      '</Relationships>',
      '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    );
    const chained = zipSync({ ...parts, 'xl/_rels/workbook.xml.rels': strToU8(rels), 'xl/calcChain.xml': strToU8('<calcChain><c r="E4" i="1"/></calcChain>') });
    const sheet = await parseValuesXlsx(chained.buffer, u4ssc);
    expect(sheet.ok && sheet.input.values['EC: I: T: 5A|'].value).toBe(0);
  });

  it('one calculated result among the formulas is evidence enough: LibreOffice saving =199/200 as 0.995 is read', async () => {
    await expectHand('libreoffice-formula-saved.xlsx');
  });
});

describe('LibreOffice Calc in English, French and German (make3.py)', () => {
  it.each(['en', 'fr', 'de'])('%s: the CSV Calc saves reads as the hand-entered city, in the readers and npm run score', async (tag) => {
    const r = await expectHand(`libreoffice-${tag}.csv`);
    // French and German Calc save semicolons and decimal commas: the mark is read from the file and said.
    expect(r.holds === 'values' && r.decimal).toEqual(
      tag === 'en' ? { mark: 'point', from: 'file', row: 4, text: '99.5' } : { mark: 'comma', from: 'file', row: 4, text: '99,5' },
    );
    const c = await cli(`libreoffice-${tag}.csv`);
    expect(c).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(c.stdout)).toEqual(scoresOf(HAND));
  });

  it.each(['en', 'fr', 'de'])('%s: the .xlsx Calc saves reads as the hand-entered city, in the readers and npm run score', async (tag) => {
    await expectHand(`libreoffice-${tag}.xlsx`);
    const c = await cli(`libreoffice-${tag}.xlsx`);
    expect(c).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(c.stdout)).toEqual(scoresOf(HAND));
  });

  it.each(['en', 'fr', 'de'])('%s: the .ods Calc saves is named and refused, in the import panel and npm run score', async (tag) => {
    const name = `libreoffice-${tag}.ods`;
    const bytes = bytesOf(name);
    const app = await readImportFile(new File([new Uint8Array(bytes)], name), u4ssc);
    expect(!app.ok && app.message).toBe('This is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV.');
    expect(await cli(name)).toMatchObject({ code: 1, stdout: '', stderr: `${name}: This is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV.\n` });
  });
});

describe('DuckDB (make-duckdb.ts)', () => {
  it("COPY ... TO with DuckDB's defaults reads as the hand-entered city, in the readers and npm run score", async () => {
    await expectHand('duckdb-copy.csv');
    const c = await cli('duckdb-copy.csv');
    expect(c).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(c.stdout)).toEqual(scoresOf(HAND));
  });
});
