/**
 * The results workbook in the six languages (#31, item 4): its sheet names and the Scores, Profile and
 * Targets sheets' column labels are written in the chosen language, the Values sheet keeps the values
 * CSV's identifiers, and a workbook written in any language (or by an older version, in English) reads
 * back to the same assessment and scores.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { PROFILE_COLUMNS, SCORES_COLUMNS, TARGETS_COLUMNS, VALUES_SHEET_COLUMNS } from '../../src/engine/results-table';
import { parseValuesXlsx, valuesXlsx, workbookAbout, type WorkbookLabels } from '../../src/share/xlsx';
import { readWorkbook } from '../../src/share/xlsx-cells';
import { runConvert } from '../../src/cli/convert';
import type { FileAccess } from '../../src/cli/read';
import { interchangeWords, workbookLabelsOf } from '../../src/ui/strings/interchange';
import { LANGUAGES, type Lang } from '../../src/ui/strings/languages';
import { loadCatalogue } from '../../src/ui/strings/language';
import { useKpiCatalogue, workbookNames } from '../../src/ui/strings/kpi-names';

const read = readAssessment(JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v5.json', import.meta.url), 'utf8')), u4ssc);
if (!read.ok) throw new Error('the frozen version-5 assessment does not read');
const first = u4ssc.datapoints[0].id;
/** Own targets, scored against them, a profile, and an assessment target with its rationale. */
const doc: AssessmentDoc = {
  ...read.value,
  targets: { ...read.value.targets, [first]: { target: 42, rationale: 'Council decision 2024/7 ✓' } },
};

/** A language's workbook words, complete (a missing word would fall back to English and is a defect here). */
async function labels(lang: Lang): Promise<WorkbookLabels> {
  if (lang === 'en') return interchangeWords.workbook;
  const table = (await loadCatalogue(lang)).messages?.interchange ?? {};
  const english = [
    ...Object.keys(interchangeWords.workbook.sheets).map((k) => `workbook.sheets.${k}`),
    ...Object.keys(interchangeWords.workbook.columns).map((k) => `workbook.columns.${k}`),
  ];
  expect(english.filter((k) => typeof table[k] !== 'string')).toEqual([]);
  return workbookLabelsOf(table);
}

const sheetsOf = async (blob: Blob) => {
  const book = readWorkbook(await blob.arrayBuffer());
  if (!book.ok) throw new Error(book.kind);
  return book.sheets;
};
/** The workbook as an older version wrote it (English, no words given) and as it reads back. */
const englishBack = valuesXlsx(u4ssc, doc, referenceTargets).then(async (b) => parseValuesXlsx(await b.arrayBuffer(), u4ssc));
const headerOf = (rows: Map<number, unknown[]>) => Array.from(rows.get(1)!, (c) => c);

describe('the results workbook in six languages', () => {
  it.each(LANGUAGES)('%s: labels in the language, Values columns in English, and it reads back to the same assessment and scores', async (lang) => {
    const words = await labels(lang);
    const blob = await valuesXlsx(u4ssc, doc, referenceTargets, words);
    const sheets = await sheetsOf(blob);
    expect(sheets.map((s) => s.name)).toEqual([words.sheets.Values, words.sheets.Scores, words.sheets.Profile, words.sheets.Targets]);
    // Excel's rules for sheet names: unique, at most 31 characters, none of : \ / ? * [ ].
    for (const s of sheets) expect(s.name).toMatch(/^[^:\\/?*[\]]{1,31}$/);
    expect(new Set(sheets.map((s) => s.name)).size).toBe(4);
    expect(headerOf(sheets[0].rows)).toEqual([...VALUES_SHEET_COLUMNS]);
    expect(headerOf(sheets[1].rows)).toEqual(SCORES_COLUMNS.map((c) => words.columns[c]));
    expect(headerOf(sheets[2].rows)).toEqual(PROFILE_COLUMNS.map((c) => words.columns[c]));
    expect(headerOf(sheets[3].rows)).toEqual(TARGETS_COLUMNS.map((c) => words.columns[c]));
    if (lang !== 'en') expect(headerOf(sheets[3].rows)).not.toContain('origin');

    // Exactly what the English workbook (the one an older version wrote) reads back as, and scores the same.
    const back = await parseValuesXlsx(await blob.arrayBuffer(), u4ssc);
    const english = await englishBack;
    expect(back.ok && english.ok).toBe(true);
    if (!back.ok || !english.ok) return;
    expect(back.input).toEqual(english.input);
    expect(back.rejected).toEqual(english.rejected);
    expect(back.input.profile).toEqual(doc.profile);
    expect(back.input.targets).toEqual(doc.targets);
    expect(back.input.ownTargets).toEqual(doc.ownTargets);
    expect(back.input.scoringTargets).toBe('own');
    expect(score(u4ssc, referenceTargets, back.input)).toEqual(score(u4ssc, referenceTargets, english.input));
    expect(await workbookAbout(await blob.arrayBuffer())).toEqual({ city: doc.city, country: doc.country, year: doc.year });
  });

  it('English words are the identifiers: an English workbook is exactly what an older version wrote, and one written before the words existed still reads', async () => {
    const older = await valuesXlsx(u4ssc, doc, referenceTargets);
    const english = await valuesXlsx(u4ssc, doc, referenceTargets, interchangeWords.workbook);
    const [a, b] = [await sheetsOf(older), await sheetsOf(english)];
    expect(b.map((s) => [s.name, headerOf(s.rows)])).toEqual(a.map((s) => [s.name, headerOf(s.rows)]));
    expect(a.map((s) => s.name)).toEqual(['Values', 'Scores', 'Profile', 'Targets']);
    const back = await parseValuesXlsx(await older.arrayBuffer(), u4ssc);
    expect(back.ok && back.input.ownTargets).toEqual(doc.ownTargets);
    expect(back.ok && back.input.targets).toEqual(doc.targets);
  });

  it('a translated sheet whose header was changed (a column added) (a word left empty) is not taken for the Targets sheet: nothing is read from it', async () => {
    const words = await labels('fr');
    const changed: WorkbookLabels = { ...words, columns: { ...words.columns, 'scored by': '' } };
    const back = await parseValuesXlsx(await (await valuesXlsx(u4ssc, doc, referenceTargets, changed)).arrayBuffer(), u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    // The values and the Profile sheet still read; the rationale and own targets come only from a Targets sheet.
    const english = await englishBack;
    expect(english.ok && back.input.values).toEqual(english.ok && english.input.values);
    expect(back.input.scoringTargets).toBe('own');
    expect(back.input.ownTargets).toBeUndefined();
    expect(back.input.targets[first]).toEqual({ target: 42 });
  });

  it('npm run convert -- IN OUT.xlsx --lang ar writes Arabic sheets that convert back to the same assessment; an unknown language is usage', async () => {
    const files: Record<string, Uint8Array> = { 'in.ssc.json': new TextEncoder().encode(JSON.stringify(doc)) };
    const io: FileAccess = {
      size: (f) => files[f]?.byteLength ?? Number.NaN,
      bytes: (f) => files[f] ?? new Uint8Array(),
    };
    const write = (f: string, b: Uint8Array) => void (files[f] = b);
    expect(await runConvert(['in.ssc.json', 'out.xlsx', '--lang', 'ar'], io, write)).toEqual({ code: 0, stdout: '', stderr: '' });
    const words = await labels('ar');
    expect((await sheetsOf(new Blob([files['out.xlsx'] as Uint8Array<ArrayBuffer>]))).map((s) => s.name)).toEqual(Object.values(words.sheets));
    expect(await runConvert(['out.xlsx', 'back.json'], io, write)).toMatchObject({ code: 0, stderr: '' });
    const back = JSON.parse(new TextDecoder().decode(files['back.json']));
    const english = await englishBack;
    expect(back).toMatchObject({ city: doc.city, country: doc.country, year: doc.year, profile: doc.profile, targets: doc.targets });
    expect(english.ok && back.values).toEqual(english.ok && english.input.values);
    expect(back.ownTargets).toEqual(doc.ownTargets);
    const usage = await runConvert(['in.ssc.json', 'out2.xlsx', '--lang', 'xx'], io, write);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown language "xx"/) });
    expect(files['out2.xlsx']).toBeUndefined();
  });

  it('written from the page in French, the data points and aggregates are named in French (codes and values as they are), and it reads back the same', async () => {
    const fr = await loadCatalogue('fr');
    useKpiCatalogue(fr.kpis);
    try {
      const words = { ...(await labels('fr')), names: workbookNames };
      const sheets = await sheetsOf(await valuesXlsx(u4ssc, doc, referenceTargets, words));
      const values = sheets[0].rows;
      const nameAt = VALUES_SHEET_COLUMNS.indexOf('name');
      const codeAt = VALUES_SHEET_COLUMNS.indexOf('code');
      const ref = u4ssc.datapoints[0];
      const frName = fr.kpis?.kpis?.[ref.kpi.code]?.name;
      expect(frName).toBeTruthy();
      expect(String(values.get(2)![nameAt])).toContain(frName!);
      expect(values.get(2)![codeAt]).toBe(ref.kpi.code);
      // No fallback marks in a file: a name a language lacks is plain English.
      for (const row of values.values()) expect(String(row[nameAt] ?? '')).not.toMatch(/[\u2068\u2069]/);
      const scores = sheets[1].rows;
      const dimension = u4ssc.data.dimensions[0];
      const frDimension = fr.kpis?.groups?.[dimension.code];
      expect(frDimension).toBeTruthy();
      expect([...scores.values()].some((row) => row[1] === dimension.code && row[2] === frDimension)).toBe(true);
      // The names are computed columns: it reads back exactly as the English workbook.
      const back = await parseValuesXlsx(await (await valuesXlsx(u4ssc, doc, referenceTargets, words)).arrayBuffer(), u4ssc);
      const english = await englishBack;
      expect(back.ok && english.ok && back.input).toEqual(english.ok && english.input);
    } finally {
      useKpiCatalogue(undefined);
    }
  });
});
