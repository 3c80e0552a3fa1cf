/**
 * Issue #11 part 6: exports with results. The results workbook's sheets and headers, its computed
 * columns against the engine's scores, the tidy scores table, and every export read back exactly
 * (values, profile, notes), including a full demo assessment and every field at its length limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_NUM_TEXT, MAX_TEXT, type AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { parseValuesCsv, readCsv, RESULT_COLUMNS, VALUES_COLUMNS, writeCsv, type TableCell } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { toScoresJson } from '../../src/engine/report';
import { ABOUT_FIELDS, PROFILE_COLUMNS, SCORES_COLUMNS, TARGETS_COLUMNS, TIDY_COLUMNS, VALUES_SHEET_COLUMNS } from '../../src/engine/results-table';
import { FORMATS, formatForFile, type FileSource, type FormatContext } from '../../src/interchange/formats';
import { scoresCsv } from '../../src/interchange/formats/scores-table';
import { parseValuesXlsx, valuesXlsx } from '../../src/share/xlsx';
import { readWorkbook, type SheetCells } from '../../src/share/xlsx-cells';
import { worded } from './support/words';

const ctx: FormatContext = { fw: u4ssc, targets: referenceTargets };
const read = readAssessment(JSON.parse(readFileSync(new URL('../fixtures/sample-assessment.json', import.meta.url), 'utf8')), u4ssc);
if (!read.ok) throw new Error('the sample assessment does not read');
const demo: AssessmentDoc = read.value;

const sheetsOf = async (blob: Blob) => {
  const book = readWorkbook(await blob.arrayBuffer());
  if (!book.ok) throw new Error(book.kind);
  return book.sheets;
};
/** A sheet as rows of cells (numbers as numbers, percent cells as their stored ratio), header first. */
const rowsOf = (sheet: SheetCells): (TableCell | undefined)[][] =>
  [...sheet.rows.keys()].sort((a, b) => a - b).map((n) => Array.from(sheet.rows.get(n)!, (c) => c));
const plain = (c: TableCell | undefined): string | number | null =>
  c === undefined || c === '' ? null : typeof c === 'string' ? c : c.kind === 'number' ? c.value : c.kind === 'bool' ? String(c.value) : null;
const fromBlob = (name: string, blob: Blob): FileSource => ({ name, text: () => blob.text(), arrayBuffer: () => blob.arrayBuffer() });

describe('the results workbook', () => {
  it('has a Values, Scores, Profile and Targets sheet, each with its header', async () => {
    const sheets = await sheetsOf(await valuesXlsx(u4ssc, demo, referenceTargets));
    expect(sheets.map((s) => s.name)).toEqual(['Values', 'Scores', 'Profile', 'Targets']);
    const headers = sheets.map((s) => rowsOf(s)[0].map(plain));
    expect(headers).toEqual([[...VALUES_SHEET_COLUMNS], [...SCORES_COLUMNS], [...PROFILE_COLUMNS], [...TARGETS_COLUMNS]]);
    // The Values sheet holds every input column of the values CSV and every result column.
    expect(VALUES_SHEET_COLUMNS).toEqual(expect.arrayContaining([...VALUES_COLUMNS, ...RESULT_COLUMNS]));
    expect(VALUES_SHEET_COLUMNS.slice(0, 5)).toEqual(['code', 'datapoint', 'name', 'unit', 'direction']);
    // One row per data point, per aggregate, per profile field (after the identity rows), per target.
    const rows = sheets.map((s) => rowsOf(s).length - 1);
    expect(rows).toEqual([u4ssc.datapoints.length, 1 + 3 + 7 + 27, ABOUT_FIELDS.length + u4ssc.data.profile.length, u4ssc.datapoints.length]);
  });

  it('its result columns are the engine scores: target in force, computed value, achievement, points, band, state; and every aggregate with its coverage', async () => {
    for (const method of ['u4ssc-points', 'continuous'] as const) {
      const doc = { ...demo, method: { name: method } };
      const scores = score(u4ssc, referenceTargets, doc);
      const [values, scoreSheet] = await sheetsOf(await valuesXlsx(u4ssc, doc, referenceTargets));
      const [header, ...rows] = rowsOf(values);
      const at = (name: string) => header.findIndex((h) => h === name);
      expect(rows).toHaveLength(scores.items.length);
      scores.items.forEach((item, i) => {
        const row = rows[i];
        const ref = u4ssc.byId.get(item.id)!;
        expect(plain(row[at('code')])).toBe(item.code);
        expect(plain(row[at('datapoint')])).toBe(item.datapoint === '' ? null : item.datapoint);
        expect(plain(row[at('unit')])).toBe(ref.def.unit);
        expect(plain(row[at('direction')])).toBe(ref.def.direction);
        expect(plain(row[at('target in force')])).toBe(item.target ?? 'none');
        expect(plain(row[at('computed value')])).toBe(item.value === null ? null : Math.round(item.value * 1e10) / 1e10);
        const achievement = row[at('achievement')];
        if (item.achievement === null) expect(achievement).toBeUndefined();
        else expect(achievement).toEqual({ kind: 'number', value: Math.round(item.achievement * 1e10) / 1e10, percent: true });
        expect(plain(row[at('points')])).toBe(item.points);
        expect(plain(row[at('state')])).toBe(item.state);
        expect(plain(row[at('target source')])).toBe(
          doc.targets[item.id] ? 'assessment' : item.targetOrigin === 'none' ? 'none' : referenceTargets.byId.get(item.id)!.source,
        );
      });
      const json = toScoresJson(scores);
      const aggregates = [json.overall, ...json.dimensions, ...json.subdimensions, ...json.categories];
      const [, ...scoreRows] = rowsOf(scoreSheet);
      expect(
        scoreRows.map((r) => ({
          code: plain(r[1]),
          percent: r[3] === undefined ? null : (r[3] as { value: number }).value * 100,
          band: plain(r[4]),
          points: plain(r[5]),
          reported: plain(r[7]),
          benchmarked: plain(r[8]),
          expected: plain(r[9]),
        })),
      ).toEqual(
        aggregates.map((a) => ({
          code: a.code,
          percent: a.percent === null ? null : expect.closeTo(a.percent, 8),
          band: a.band,
          points: a.points,
          reported: a.reported,
          benchmarked: a.benchmarked,
          expected: a.expected,
        })),
      );
      expect(scores.overall.percent).not.toBeNull();
    }
  });

  it('holds the city profile once, on the Profile sheet, and not on the rows that use it', async () => {
    const [values, , profile] = await sheetsOf(await valuesXlsx(u4ssc, demo, referenceTargets));
    const [header, ...rows] = rowsOf(values);
    const denominator = header.indexOf('denominator');
    u4ssc.datapoints.forEach((ref, i) => {
      const f = ref.def.formula;
      if (f.kind === 'ratio' && 'profile' in f.denominator) expect(rows[i][denominator], ref.id).toBeUndefined();
    });
    const fields = Object.fromEntries(rowsOf(profile).map((r) => [plain(r[0]), plain(r[3])]));
    for (const p of u4ssc.data.profile) expect(fields[p.id], p.id).toBe(demo.profile[p.id]);
    expect(fields).toMatchObject({ city: demo.city, country: demo.country, year: demo.year, method: 'u4ssc-points' });
  });

  it('a profile figure changed once on the Profile sheet is read back; one also typed differently on a row is refused with both places', async () => {
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(await (await valuesXlsx(u4ssc, demo, referenceTargets)).arrayBuffer()));
    // The Profile sheet is the third; the population is its first profile row after the identity rows (row 8).
    const at = `D${ABOUT_FIELDS.length + 2}`;
    const sheet = strFromU8(files['xl/worksheets/sheet3.xml']);
    const cell = new RegExp(`<c r="${at}"[^>]*>[\\s\\S]*?<\\/c>`).exec(sheet)![0];
    files['xl/worksheets/sheet3.xml'] = strToU8(sheet.replace(cell, `<c r="${at}"><v>260000</v></c>`));
    const edited = zipSync(files);
    const back = await parseValuesXlsx(edited.buffer as ArrayBuffer, u4ssc);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.input.profile).toEqual({ ...demo.profile, population: 260000 });

    // The same population typed into a row's denominator, differently: refused, naming the row and the Profile cell.
    const values = strFromU8(files['xl/worksheets/sheet1.xml']);
    const ref = u4ssc.datapoints.find(
      (d) => d.def.formula.kind === 'ratio' && 'profile' in d.def.formula.denominator && d.def.formula.denominator.profile === 'population',
    )!;
    const row = ref.index + 2;
    const denominatorCol = String.fromCharCode(65 + VALUES_SHEET_COLUMNS.indexOf('denominator'));
    files['xl/worksheets/sheet1.xml'] = strToU8(
      values.replace(`<row r="${row}"`, `<row r="${row}"`).replace(new RegExp(`(<row r="${row}"[^>]*>)`), `$1<c r="${denominatorCol}${row}"><v>250000</v></c>`),
    );
    const conflict = await parseValuesXlsx(zipSync(files).buffer as ArrayBuffer, u4ssc);
    expect(conflict.ok).toBe(false);
    if (!conflict.ok)
      expect(worded(conflict.problems)).toContainEqual(
        expect.objectContaining({ row, column: 'denominator', message: expect.stringContaining(`Profile!${at}`) }),
      );
  });

  it('its Values sheet saved as CSV by a spreadsheet reads back without the result columns', async () => {
    const [values] = await sheetsOf(await valuesXlsx(u4ssc, demo, referenceTargets));
    const text = writeCsv(
      rowsOf(values).map((r) => r.map((c) => (c === undefined ? '' : typeof c === 'string' ? c : c.kind === 'number' ? String(c.value) : ''))),
    );
    const back = parseValuesCsv(text, u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.input.values).toEqual(demo.values);
    expect(score(u4ssc, referenceTargets, { ...back.input, profile: demo.profile, targets: demo.targets })).toEqual(score(u4ssc, referenceTargets, demo));
  });

  it('says which result columns it has, so the import can tell that they are not read; a plain values table has none', async () => {
    const [values] = await sheetsOf(await valuesXlsx(u4ssc, demo, referenceTargets));
    const text = writeCsv(
      rowsOf(values).map((r) => r.map((c) => (c === undefined ? '' : typeof c === 'string' ? c : c.kind === 'number' ? String(c.value) : ''))),
    );
    const withResults = parseValuesCsv(text, u4ssc);
    expect(withResults.ok && withResults.resultColumns).toEqual([...RESULT_COLUMNS]);
    const plain = parseValuesCsv(
      writeCsv([
        ['code', 'datapoint', 'value'],
        ['SC: EH: ED: 1C', '', '90'],
      ]),
      u4ssc,
    );
    expect(plain.ok && plain.resultColumns).toEqual([]);
  });

  it('keeps the rationale of a target set for the assessment (from the Targets sheet) and "none"', async () => {
    const doc = {
      ...demo,
      targets: { 'SC: EH: ED: 1C|': { target: 90, rationale: 'City council plan 2030' }, 'SC: EH: ED: 2C|': { target: 'none' as const } },
    };
    const back = await parseValuesXlsx(await (await valuesXlsx(u4ssc, doc, referenceTargets)).arrayBuffer(), u4ssc);
    expect(back.ok && back.input.targets).toEqual(doc.targets);
  });
});

describe('the tidy scores table', () => {
  it('has one row per assessment × aggregate and data point, with the engine numbers', () => {
    const docs = DEMO_CITIES.slice(0, 3).map((c, i) => ({ ...demoCityInput(u4ssc, c), id: `a${i}`, city: c.city, year: 2025 }));
    const { records } = readCsv(scoresCsv(u4ssc, referenceTargets, docs));
    expect(records[0]).toEqual([...TIDY_COLUMNS]);
    const perAssessment = 1 + 3 + 7 + 27 + u4ssc.datapoints.length;
    expect(records).toHaveLength(1 + docs.length * perAssessment);
    const col = (name: string) => TIDY_COLUMNS.indexOf(name as (typeof TIDY_COLUMNS)[number]);
    docs.forEach((doc, d) => {
      const rows = records.slice(1 + d * perAssessment, 1 + (d + 1) * perAssessment);
      const json = toScoresJson(score(u4ssc, referenceTargets, doc));
      expect(rows.every((r) => r[col('assessment_id')] === doc.id && r[col('city')] === doc.city)).toBe(true);
      const overall = rows[0];
      expect(overall[col('level')]).toBe('overall');
      expect(Number(overall[col('percent')])).toBe(json.overall.percent);
      expect(overall[col('band_label')]).toBe(json.overall.band);
      expect([overall[col('reported')], overall[col('benchmarked')], overall[col('expected')]].map(Number)).toEqual([
        json.overall.reported,
        json.overall.benchmarked,
        json.overall.expected,
      ]);
      const items = rows.filter((r) => r[col('level')] === 'datapoint');
      expect(items).toHaveLength(json.kpis.length);
      items.forEach((r, i) => {
        const k = json.kpis[i];
        expect([r[col('code')], r[col('datapoint')], r[col('status')], r[col('state')]]).toEqual([k.code, k.datapoint, k.status, k.state]);
        const num = (name: string) => (r[col(name)] === '' ? null : Number(r[col(name)]));
        expect([num('value'), num('target'), num('achievement'), num('points')]).toEqual([k.value, k.target, k.achievement, k.points]);
        expect(r[col('category')]).toBe(u4ssc.byId.get(`${k.code}|${k.datapoint}`)!.path.category);
      });
      expect(rows.filter((r) => r[col('level')] === 'category').map((r) => r[col('code')])).toEqual(json.categories.map((c) => c.code));
    });
  });

  it('is offered by the export panel and carries a byte-order mark for Excel', async () => {
    const format = FORMATS.find((f) => f.id === 'scores-csv')!;
    const blob = await format.write(demo, ctx);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readCsv(await blob.text()).records[1].slice(0, 7)).toEqual([
      demo.id,
      demo.city,
      demo.country,
      String(demo.year),
      'u4ssc-points',
      'overall',
      'overall',
    ]);
  });
});

describe('every export reads back exactly', () => {
  /** Values, profile, notes and the targets set for the assessment, as the values formats carry them. */
  async function roundTrips(doc: AssessmentDoc) {
    // Publication formats (SDMX-CSV …) read back the same scores, not every input: test/unit/sdmx.test.ts and the like.
    for (const format of FORMATS.filter((f) => 'read' in f && f.holds !== 'targets' && !('partial' in f))) {
      const name = `city${format.suffix}`;
      const blob = await format.write(doc, ctx);
      const chosen = formatForFile(name, '', [format.holds]);
      expect(chosen?.id).toBe(format.id);
      const r = await chosen!.read!(fromBlob(name, blob), ctx);
      expect(r.ok, `${format.id}: ${JSON.stringify(!r.ok && r.problems.slice(0, 3))}`).toBe(true);
      if (!r.ok) continue;
      if (r.holds === 'assessments') expect(r.docs, format.id).toEqual([doc]);
      else if (r.holds === 'values') {
        expect(r.input.values, format.id).toEqual(doc.values);
        expect(r.input.profile, format.id).toEqual(doc.profile);
        const targets = Object.fromEntries(Object.entries(doc.targets).map(([id, t]) => [id, format.id === 'values-xlsx' ? t : { target: t.target }]));
        expect(r.input.targets, format.id).toEqual(targets);
        expect(score(u4ssc, referenceTargets, { ...r.input, method: doc.method }), format.id).toEqual(score(u4ssc, referenceTargets, doc));
      }
    }
  }

  it('a full demo assessment', async () => {
    expect(Object.keys(demo.values).length).toBeGreaterThan(100);
    await roundTrips(demo);
  });

  it('every field at its length limit: notes and sources of 10 000 characters, kept text of 200, quotes, line breaks and formula-like text', async () => {
    const long = (c: string) => c.repeat(MAX_TEXT);
    const doc: AssessmentDoc = {
      ...demo,
      city: 'C'.repeat(MAX_TEXT),
      country: 'K'.repeat(MAX_TEXT),
      notes: long('n'),
      values: {
        ...demo.values,
        'SC: EH: ED: 1C|': {
          numerator: 'x'.repeat(MAX_NUM_TEXT),
          denominator: 100,
          note: `"${'é'.repeat(MAX_TEXT - 4)}"\r\n`,
          source: `=${long('s').slice(1)}`,
        },
        'SC: EH: H: 1C|': { value: 81.7, note: long('\n').replace(/^\n/, 'a').replace(/\n$/, 'z'), source: long('ü'), year: 2200, quality: 'unknown' },
        'EN: EN: AQ: 1C|PM2.5': { value: 12.125, note: `+${long('+').slice(2)}'`, status: 'reported', year: 1900 },
      },
      profile: { ...demo.profile, population: 'about a quarter million' },
      targets: { 'EN: EN: AQ: 1C|PM2.5': { target: 5, rationale: 'r'.repeat(MAX_TEXT) }, 'SC: EH: ED: 4C|': { target: 'none' } },
    };
    const checked = readAssessment(JSON.parse(JSON.stringify(doc)), u4ssc);
    expect(checked.ok).toBe(true);
    await roundTrips(doc);
  });
});
