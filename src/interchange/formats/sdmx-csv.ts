/**
 * SDMX-CSV (`-sdmx.csv`) against the U4SSC data structure (public/sdmx/u4ssc-structure.xml): one row per
 * assessment × data point, for a statistics office's SDMX tools. Read back as a values table (the value
 * of each data point, its status, quality, source and year) through the values reader, so its problems
 * are said like every values file's.
 */
import type { AssessmentDoc } from '../../engine/assessment';
import { readText, valuesTableRead, type FileFormat, type FormatContext } from '../formats';
import { csvBlob } from './csv-blob';

export const sdmxCsvFormat = {
  id: 'sdmx-csv',
  holds: 'values',
  suffix: '-sdmx.csv',
  // Its own export's ending, and the one SDMX tools use.
  extensions: ['-sdmx.csv', '.sdmx.csv'],
  mimeTypes: ['application/vnd.sdmx.data+csv'],
  partial: true,
  async read(file, ctx) {
    const text = await readText(file, ctx);
    if (!text.ok) return text;
    const [{ sdmxCsvAsValues, SDMX_CSV_COLUMNS }, { parseValuesTable }] = await Promise.all([import('../../engine/sdmx'), import('../../engine/csv')]);
    const source = sdmxCsvAsValues(text.text, ctx.fw);
    if (source === null)
      return {
        ok: false,
        problems: [
          { row: 1, problem: { kind: 'missing-columns', columns: ['KPI', 'DATA_POINT', 'OBS_VALUE'], expected: SDMX_CSV_COLUMNS, separators: false } },
        ],
      };
    if ('error' in source) return { ok: false, problems: [source.error] };
    // SDMX numbers always use a point.
    return valuesTableRead(parseValuesTable(source, ctx.fw, { decimal: 'point' }));
  },
  write: (doc, ctx) => writeMany([doc], ctx),
  writeMany,
} as const satisfies FileFormat<'sdmx-csv'>;

async function writeMany(docs: readonly AssessmentDoc[], { fw, targets }: FormatContext): Promise<Blob> {
  const { sdmxCsvText } = await import('./sdmx-files');
  return csvBlob(sdmxCsvText(fw, targets, docs));
}
