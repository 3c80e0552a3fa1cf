/** The values CSV of DESIGN.md's interchange contract: one row per data point. */
import { parseValuesCsv, valuesCsv as writeValuesCsv } from '../../engine/csv';
import type { FileFormat } from '../formats';
import { csvBlob } from './csv-blob';

export const valuesCsv = {
  id: 'values-csv',
  holds: 'values',
  suffix: '-values.csv',
  extensions: ['.csv'],
  mimeTypes: ['text/csv'],
  async read(file, { fw }) {
    const table = parseValuesCsv(await file.text(), fw);
    return table.ok ? { ok: true, holds: 'values', input: table.input, rows: table.rows } : { ok: false, problems: table.problems };
  },
  async write(doc, { fw }) {
    return csvBlob(writeValuesCsv(fw, doc));
  },
} as const satisfies FileFormat<'values-csv'>;
