/** The values table as an Excel workbook (one sheet, the same columns as the values CSV). */
import { parseValuesXlsx, valuesXlsx as writeValuesXlsx } from '../../share/xlsx';
import type { FileFormat } from '../formats';

export const valuesXlsx = {
  id: 'values-xlsx',
  holds: 'values',
  suffix: '-values.xlsx',
  extensions: ['.xlsx'],
  mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  async read(file, { fw }) {
    const table = await parseValuesXlsx(await file.arrayBuffer(), fw);
    return table.ok ? { ok: true, holds: 'values', input: table.input, rows: table.rows } : { ok: false, problems: table.problems };
  },
  write(doc, { fw }) {
    return writeValuesXlsx(fw, doc);
  },
} as const satisfies FileFormat<'values-xlsx'>;
