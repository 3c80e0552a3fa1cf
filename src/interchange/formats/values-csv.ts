/** The values CSV of docs/DESIGN.md's interchange contract: one row per data point. Its reader and writer load when used. */
import { readText, valuesTableRead, type FileFormat } from '../formats';
import { csvBlob } from './csv-blob';
import { loadOnce } from '../load-once';

const csvModule = loadOnce(() => import('../../engine/csv'));

export const valuesCsv = {
  id: 'values-csv',
  holds: 'values',
  suffix: '-values.csv',
  // A tab-separated export (.tsv, or .txt from Excel's "Text (Tab delimited)") is the same table: the
  // command line always read them, the app now too.
  extensions: ['.csv', '.tsv', '.txt'],
  mimeTypes: ['text/csv', 'text/tab-separated-values'],
  async read(file, ctx) {
    const text = await readText(file, ctx);
    if (!text.ok) return text;
    const { parseValuesCsv } = await csvModule();
    return valuesTableRead(parseValuesCsv(text.text, ctx.fw, { decimal: ctx.decimal, fallback: ctx.fallback }));
  },
  async write(doc, { fw }) {
    const { valuesCsv: writeValuesCsv } = await csvModule();
    return csvBlob(writeValuesCsv(fw, doc));
  },
} as const satisfies FileFormat<'values-csv'>;
