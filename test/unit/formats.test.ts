import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { parseValuesTable, valuesTable } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { toScoresJson } from '../../src/engine/report';
import {
  acceptFor,
  endingsFor,
  exportFormats,
  FORMATS,
  formatForFile,
  type FileFormat,
  type FileSource,
  type FormatContext,
} from '../../src/interchange/formats';
import { EXPORT_FORMAT_TEXT } from '../../src/ui/strings/interchange';

const ctx: FormatContext = { fw: u4ssc, targets: referenceTargets };
const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/sample-assessment.json', import.meta.url), 'utf8'));
const read = readAssessment(raw, u4ssc);
if (!read.ok) throw new Error('the sample assessment does not read');
const doc: AssessmentDoc = read.value;

const fromBlob = (name: string, blob: Blob): FileSource => ({ name, text: () => blob.text(), arrayBuffer: () => blob.arrayBuffer() });

/** Writes with one format and reads back with the format the file's name selects. */
async function roundTrip(format: FileFormat, formats: readonly FileFormat[] = FORMATS) {
  const name = `Demoville-2025${format.suffix}`;
  const blob = await format.write!(doc, ctx);
  const chosen = formatForFile(name, '', [format.holds], formats);
  expect(chosen?.id, name).toBe(format.id);
  return chosen!.read!(fromBlob(name, blob), ctx);
}

describe('one list of file formats', () => {
  it('ids are unique, and every format can be told from the others that hold the same thing by its ending', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    for (const f of FORMATS) {
      if (!('read' in f)) continue;
      for (const ext of f.extensions) expect(formatForFile(`file${ext}`, '', [f.holds])?.id).toBe(f.id);
    }
  });

  it('every registered format round-trips the sample assessment: what it writes, it reads back with the same scores', async () => {
    const scores = score(u4ssc, referenceTargets, doc);
    // Write-only formats (the tidy scores table) are computed output: test/unit/exports.test.ts checks them against the engine.
    for (const format of FORMATS.filter((f) => 'read' in f)) {
      const r = await roundTrip(format);
      expect(r.ok, format.id).toBe(true);
      if (!r.ok) continue;
      if (r.holds === 'assessments') expect(r.docs).toEqual([doc]);
      if (r.holds === 'values') expect(score(u4ssc, referenceTargets, { ...r.input, targets: doc.targets, method: doc.method })).toEqual(scores);
      // A target file holds the targets in force (the assessment's, else the reference ones): the same scores.
      if (r.holds === 'targets') expect(toScoresJson(score(u4ssc, referenceTargets, { ...doc, targets: r.targets }))).toEqual(toScoresJson(scores));
    }
  });

  it('the file pickers accept what the registered formats read', () => {
    expect(acceptFor(['assessments', 'values'])).toBe(
      '.json,.csv,.tsv,.txt,.xlsx,.open-sdg.zip,application/json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.sdmx.data+csv',
    );
    expect(acceptFor(['targets'])).toBe('.csv,text/csv');
    expect(endingsFor(['assessments', 'values'])).toEqual(['.json', '.csv', '.tsv', '.txt', '.xlsx', '.open-sdg.zip']);
  });

  it('the export panel offers every registered format that writes, each with its words in src/ui/strings', () => {
    expect(exportFormats().map((f) => f.id)).toEqual([
      'assessment-json',
      'values-csv',
      'values-xlsx',
      'scores-csv',
      'scores-parquet',
      'targets-csv',
      'sdmx-csv',
      'sdmx-ml',
      'dhis2-values',
      'dhis2-metadata',
      'open-sdg',
      'all-zip',
    ]);
    for (const f of exportFormats()) expect(EXPORT_FORMAT_TEXT[f.id].label).not.toBe('');
  });

  it('adding a format is one module and one registration line (the ARCHITECTURE.md recipe, followed for a tab-separated values file)', async () => {
    // The module: endings, what it holds, read and write.
    const valuesTsv = {
      id: 'values-tsv',
      holds: 'values',
      // .tsv and text/tab-separated-values are the values CSV's own (its reader finds the tabs): the
      // recipe's example takes an ending no format has.
      suffix: '-values.tab',
      extensions: ['.tab'],
      mimeTypes: ['text/x-tab-separated-values'],
      async read(file, { fw }) {
        const records = (await file.text())
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split('\t'));
        const table = parseValuesTable({ records, lines: records.map((_, i) => i + 1) }, fw);
        return table.ok
          ? {
              ok: true,
              holds: 'values',
              input: table.input,
              rows: table.rows,
              decimal: table.decimal,
              places: table.places,
              rejected: table.rejected,
              ignored: table.ignored,
            }
          : { ok: false, problems: table.problems };
      },
      async write(d, { fw }) {
        return new Blob(
          [
            valuesTable(fw, d)
              .map((row) => row.join('\t'))
              .join('\n'),
          ],
          { type: 'text/tab-separated-values' },
        );
      },
    } satisfies FileFormat;
    // The registration line.
    const formats: FileFormat[] = [...FORMATS, valuesTsv];

    expect(formatForFile('Lisbon-2024-values.tab', '', ['assessments', 'values'], formats)?.id).toBe('values-tsv');
    expect(formatForFile('noext', 'text/x-tab-separated-values', ['values'], formats)?.id).toBe('values-tsv');
    const r = await roundTrip(valuesTsv, formats);
    expect(r.ok).toBe(true);
    if (r.ok && r.holds === 'values') expect(score(u4ssc, referenceTargets, { ...r.input, targets: doc.targets })).toEqual(score(u4ssc, referenceTargets, doc));
  });
});
