/**
 * Files crafted to make the readers slow, large or wrong (issue #26): each is refused with its reason or
 * read, by the readers the app and `npm run score` share. No timing is asserted: a reader that went
 * quadratic again would run these past the test's time limit (the figures are in the README).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readForCli } from '../../src/cli/read';
import { MAX_COLUMNS, MAX_RECORDS, parseValuesCsv } from '../../src/engine/csv';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { readWorkbook, unzipBounded } from '../../src/share/xlsx-cells';
import { parseValuesXlsx } from '../../src/share/xlsx';
import { readImportFile } from '../../src/ui/interchange/import-file';
import { worded } from './support/words';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER = ['code', 'datapoint', 'numerator', 'denominator', 'value'];

/** An inline-string cell and a number cell, as a sheet writes them (with an optional prefix). */
const row = (n: number, cells: (string | number)[], x = '') =>
  `<${x}row r="${n}">${cells
    .map((v, i) =>
      typeof v === 'number'
        ? `<${x}c r="${String.fromCharCode(65 + i)}${n}"><${x}v>${v}</${x}v></${x}c>`
        : `<${x}c r="${String.fromCharCode(65 + i)}${n}" t="inlineStr"><${x}is><${x}t>${v}</${x}t></${x}is></${x}c>`,
    )
    .join('')}</${x}row>`;

/** A minimal workbook of one Values sheet with the given sheet XML and optional parts. */
function workbook(sheetXml: string, extra: Zippable = {}): Uint8Array<ArrayBuffer> {
  return zipSync({
    '_rels/.rels': strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns:r="${REL}"><sheets><sheet name="Values" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    ...extra,
  });
}
const valuesSheet = `<worksheet><sheetData>${row(1, HEADER)}${row(2, ['EC: ICT: ICT: 2C', '', '', '', 31.5])}</sheetData></worksheet>`;

describe('crafted workbooks', () => {
  it('250 000 unclosed <si> tags: refused as a broken part, not read for minutes as "empty"', async () => {
    const book = workbook(valuesSheet, { 'xl/sharedStrings.xml': strToU8(`<sst>${'<si>'.repeat(250_000)}`) });
    expect(book.length).toBeLessThan(10_000);
    expect(readWorkbook(book)).toEqual({ ok: false, kind: 'not-xlsx', detail: 'broken-xml' });
    expect(worded(await parseValuesXlsx(book.buffer as ArrayBuffer, u4ssc)).problems).toEqual([
      { row: 1, message: 'This is not a readable .xlsx spreadsheet (a part is cut short or its XML is broken). Save it as an Excel workbook (.xlsx).' },
    ]);
  });

  it('unclosed <row> and <c> tags: refused the same way', () => {
    const rows = `<worksheet><sheetData>${'<row r="1"><c r="A1"><v>1</v></c>'.repeat(100_000)}</sheetData></worksheet>`;
    expect(readWorkbook(workbook(rows))).toEqual({ ok: false, kind: 'not-xlsx', detail: 'broken-xml' });
    const cells = `<worksheet><sheetData><row r="1">${'<c r="A1"><v>1</v>'.repeat(100_000)}</row></sheetData></worksheet>`;
    expect(readWorkbook(workbook(cells))).toEqual({ ok: false, kind: 'not-xlsx', detail: 'broken-xml' });
  });

  it('a zip entry that understates its size is read whole (the sizes declared are not trusted)', async () => {
    const book = workbook(valuesSheet);
    const view = new DataView(book.buffer);
    // Every central directory and local header says the entries unpack to 10 bytes.
    for (let i = 0; i < book.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 10, true);
    }
    const r = await parseValuesXlsx(book.buffer as ArrayBuffer, u4ssc);
    expect(r.ok && r.input.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5 });
  });

  it('an entry that declares a small size and inflates past the limit is stopped at the limit', () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const zip = zipSync({ 'xl/big.xml': [zeros, { level: 9 }] });
    const view = new DataView(zip.buffer);
    for (let i = 0; i < zip.length - 4; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024, true);
    expect(zip.length).toBeLessThan(10_000);
    expect(unzipBounded(zip, () => true, 1024 * 1024)).toBe('too-large');
    expect(unzipBounded(zip, () => true, 4 * 1024 * 1024)).toMatchObject({ 'xl/big.xml': expect.any(Uint8Array) });
  });

  it('tags with a namespace prefix (<x:c>) are read', async () => {
    const x = 'x:';
    const book = zipSync({
      '_rels/.rels': strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<x:workbook xmlns:x="s" xmlns:r="${REL}"><x:sheets><x:sheet name="Values" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8(
        `<x:worksheet xmlns:x="s"><x:sheetData>${row(1, HEADER, x)}${row(2, ['EC: ICT: ICT: 2C', '', '', '', 31.5], x)}</x:sheetData></x:worksheet>`,
      ),
    });
    const r = await parseValuesXlsx(book.buffer as ArrayBuffer, u4ssc);
    expect(r.ok && r.input.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5 });
  });

  it('parts are found through the relationships, whatever their names', async () => {
    const book = zipSync({
      '_rels/.rels': strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`),
      'book/main.xml': strToU8(`<workbook xmlns:r="${REL}"><sheets><sheet name="Values" sheetId="1" r:id="s1"/></sheets></workbook>`),
      'book/_rels/main.xml.rels': strToU8(
        `<Relationships><Relationship Id="s1" Type="${REL}/worksheet" Target="data/values.xml"/><Relationship Id="s2" Type="${REL}/sharedStrings" Target="text.xml"/></Relationships>`,
      ),
      'book/text.xml': strToU8('<sst><si><t>EC: ICT: ICT: 2C</t></si></sst>'),
      'book/data/values.xml': strToU8(
        `<worksheet><sheetData>${row(1, HEADER)}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="E2"><v>31.5</v></c></row></sheetData></worksheet>`,
      ),
    });
    const r = await parseValuesXlsx(book.buffer as ArrayBuffer, u4ssc);
    expect(r.ok && r.input.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5 });
  });
});

describe('crafted CSV files', () => {
  const line = 'EC: ICT: ICT: 2C,,,,31.5\n';
  it(`200 000 lines are refused past ${MAX_RECORDS} rows (no stack overflow), in the reader and the command line`, async () => {
    const text = `${HEADER.join(',')}\n${line.repeat(200_000)}`;
    expect(worded(parseValuesCsv(text, u4ssc)).problems).toEqual([
      { row: MAX_RECORDS + 1, message: `The file has more than ${MAX_RECORDS} rows; a values table has one row per data point.` },
    ]);
    const r = await readForCli('big.csv', {}, { size: () => text.length, read: () => text });
    expect(r).toEqual({
      ok: false,
      stderr: `big.csv:${MAX_RECORDS + 1}: The file has more than ${MAX_RECORDS} rows; a values table has one row per data point.\n`,
    });
  });

  it('blank lines up to the limit are read (the widest row is found without spreading every row into one call)', () => {
    const text = `${HEADER.join(',')}\n${'\n'.repeat(MAX_RECORDS - 10)}${line}`;
    const r = parseValuesCsv(text, u4ssc);
    expect(r.ok && r.input.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5 });
  });

  it('a 10 MB note, quoted or not, is refused for its length (read in slices, not character by character)', () => {
    for (const note of [`"${'x'.repeat(10_000_000)}"`, 'y'.repeat(10_000_000)]) {
      expect(worded(parseValuesCsv(`${HEADER.join(',')},note\nEC: ICT: ICT: 2C,,,,31.5,${note}\n`, u4ssc)).problems).toEqual([
        { row: 2, column: 'note', message: 'The text is 10000000 characters long; at most 10000 are kept, so shorten it.' },
      ]);
    }
  });

  it('a line of a million separators is refused at the column limit', () => {
    expect(worded(parseValuesCsv(`${HEADER.join(',')}\n${','.repeat(1_000_000)}\n`, u4ssc)).problems).toEqual([
      { row: 2, message: `A row has more than ${MAX_COLUMNS} columns; a values table has at most 21.` },
    ]);
  });
});

describe('spreadsheets of other formats are named, in the command line and the app', () => {
  const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<x/>') });
  const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(100)]);
  const html = strToU8('<html><body><table><tr><td>code</td></tr></table></body></html>');
  const cases: [string, Uint8Array, RegExp][] = [
    ['city.ods', ods, /^This is an OpenDocument spreadsheet \(\.ods\): save it as \.xlsx or CSV\.$/],
    ['city-ods-renamed.xlsx', ods, /OpenDocument spreadsheet/],
    ['city.xls', xls, /^This is an Excel 97-2003 workbook \(\.xls\)/],
    ['city.xlsm', workbook(valuesSheet), /^This is a macro-enabled Excel workbook \(\.xlsm\)/],
    ['city.xls', html, /^This is a web page saved with a spreadsheet ending/],
  ];
  it.each(cases)('%s', async (name, bytes, message) => {
    const r = await readForCli(name, {}, { size: () => bytes.length, bytes: () => bytes });
    if (r.ok) return expect.fail(`${name} was read`);
    expect(r.stderr.startsWith(`${name}: `)).toBe(true);
    expect(r.stderr.slice(name.length + 2).trim()).toMatch(message);
    const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
    const app = await readImportFile(file, u4ssc);
    expect(app.ok).toBe(false);
    expect(!app.ok && app.message).toMatch(message);
  });

  it('the app reads .tsv and .txt tables as the command line does', async () => {
    const text = `${HEADER.join('\t')}\nEC: ICT: ICT: 2C\t\t\t\t31.5\n`;
    for (const name of ['city.tsv', 'city.txt']) {
      const app = await readImportFile(new File([text], name), u4ssc);
      expect(app.ok && app.kind === 'table' && app.input.values['EC: ICT: ICT: 2C|'], name).toEqual({ value: 31.5 });
    }
  });
});

describe('a percent format on the Profile sheet', () => {
  it('a count formatted as a percentage is refused at its cell, not multiplied by 100', async () => {
    const profile = `<worksheet><sheetData>${row(1, ['field', 'value'])}<row r="2"><c r="A2" t="inlineStr"><is><t>households</t></is></c><c r="B2" s="1"><v>1000</v></c></row></sheetData></worksheet>`;
    const book = zipSync({
      '_rels/.rels': strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns:r="${REL}"><sheets><sheet name="Values" sheetId="1" r:id="rId1"/><sheet name="Profile" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/styles.xml': strToU8('<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>'),
      'xl/worksheets/sheet1.xml': strToU8(valuesSheet),
      'xl/worksheets/sheet2.xml': strToU8(profile),
    });
    const r = worded(await parseValuesXlsx(book.buffer as ArrayBuffer, u4ssc));
    expect(r.ok && r.input.profile).toEqual({ households: '1000' });
    expect(r.ok && r.rejected).toEqual([
      {
        row: 2,
        column: 'value',
        cell: 'Profile!B2',
        message:
          'The cell is formatted as a percentage (it shows 100000 %) but this data point is measured in households, not in %: format the cell as a number that shows the value (1000 or 100000).',
      },
    ]);
  });
});

describe('several sheets with a values table', () => {
  const twoTables = (activeTab: number | null) =>
    zipSync({
      '_rels/.rels': strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns:r="${REL}">${activeTab === null ? '' : `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>`}<sheets><sheet name="2023" sheetId="1" r:id="rId1"/><sheet name="2024" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${row(1, HEADER)}${row(2, ['EC: ICT: ICT: 2C', '', '', '', 20])}</sheetData></worksheet>`),
      'xl/worksheets/sheet2.xml': strToU8(`<worksheet><sheetData>${row(1, HEADER)}${row(2, ['EC: ICT: ICT: 2C', '', '', '', 31.5])}</sheetData></worksheet>`),
    });

  it('the sheet the workbook opens on is read, and the reading says so', async () => {
    const r = worded(await parseValuesXlsx(twoTables(1).buffer as ArrayBuffer, u4ssc));
    expect(r.ok && r.input.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5 });
    expect(r.notes).toEqual(['Read the sheet "2024" (of 2 sheets).']);
  });

  it('when the one it opens on holds no table, the user chooses; the choice is read', async () => {
    // activeTab 0 is the first sheet: with both visible and the first active, the first is read.
    const first = worded(await parseValuesXlsx(twoTables(0).buffer as ArrayBuffer, u4ssc));
    expect(first.ok && first.input.values['EC: ICT: ICT: 2C|']).toEqual({ value: 20 });
    const book = twoTables(5);
    const r = worded(await parseValuesXlsx(book.buffer as ArrayBuffer, u4ssc));
    expect(r).toMatchObject({
      ok: false,
      problems: [{ row: 1, message: 'Several sheets hold a values table (2023 and 2024): choose the sheet to read (--sheet NAME on the command line).' }],
    });
    const chosen = await parseValuesXlsx(book.buffer as ArrayBuffer, u4ssc, { sheet: '2024' });
    expect(chosen.ok && chosen.input.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5 });
    const cli = await readForCli('two.xlsx', { sheet: '2023' }, { size: () => book.length, bytes: () => book });
    expect(cli.ok && cli.input?.values['EC: ICT: ICT: 2C|']).toEqual({ value: 20 });
  });
});
