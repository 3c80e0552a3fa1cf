/** The values table as an Excel workbook (one sheet, the same columns as the values CSV). */
import { parseValuesXlsx, valuesXlsx as writeValuesXlsx } from '../../share/xlsx';
import { valuesTableRead, type FileFormat } from '../formats';

export const valuesXlsx = {
  id: 'values-xlsx',
  holds: 'values',
  suffix: '-values.xlsx',
  extensions: ['.xlsx'],
  mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  async read(file, ctx) {
    return valuesTableRead(await parseValuesXlsx(await file.arrayBuffer(), ctx.fw, { decimal: ctx.decimal, fallback: ctx.fallback }));
  },
  write(doc, { fw }) {
    return writeValuesXlsx(fw, doc);
  },
} as const satisfies FileFormat<'values-xlsx'>;
