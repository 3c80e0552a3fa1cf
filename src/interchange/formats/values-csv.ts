/** The values CSV of DESIGN.md's interchange contract: one row per data point. */
import { parseValuesCsv, valuesCsv as writeValuesCsv } from '../../engine/csv';
import { readText, type FileFormat } from '../formats';
import { csvBlob } from './csv-blob';

export const valuesCsv = {
  id: 'values-csv',
  holds: 'values',
  suffix: '-values.csv',
  extensions: ['.csv'],
  mimeTypes: ['text/csv'],
  async read(file, ctx) {
    const text = await readText(file, ctx);
    if (!text.ok) return text;
    const table = parseValuesCsv(text.text, ctx.fw, { decimal: ctx.decimal, fallback: ctx.fallback });
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
      : { ok: false, problems: table.problems, ...(table.decimal && { decimal: table.decimal }) };
  },
  async write(doc, { fw }) {
    return csvBlob(writeValuesCsv(fw, doc));
  },
} as const satisfies FileFormat<'values-csv'>;
