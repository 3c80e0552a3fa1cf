/** The values table as an Excel workbook (one sheet, the same columns as the values CSV). */
import { parseValuesXlsx, valuesXlsx as writeValuesXlsx } from '../../share/xlsx';
import type { FileFormat } from '../formats';

export const valuesXlsx = {
  id: 'values-xlsx',
  holds: 'values',
  suffix: '-values.xlsx',
  extensions: ['.xlsx'],
  mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  async read(file, ctx) {
    const table = await parseValuesXlsx(await file.arrayBuffer(), ctx.fw, { decimal: ctx.decimal, fallback: ctx.fallback });
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
  write(doc, { fw }) {
    return writeValuesXlsx(fw, doc);
  },
} as const satisfies FileFormat<'values-xlsx'>;
