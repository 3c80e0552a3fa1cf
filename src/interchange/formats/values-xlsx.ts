/** The results workbook: the values table (the values CSV's columns) with the results beside it, the scores, the profile and the targets. Its reader and writer load when used. */
import { valuesTableRead, type FileFormat } from '../formats';
import { loadOnce } from '../load-once';

const xlsxModule = loadOnce(() => import('../../share/xlsx'));

export const valuesXlsx = {
  id: 'values-xlsx',
  holds: 'values',
  suffix: '-values.xlsx',
  extensions: ['.xlsx'],
  mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  async read(file, ctx) {
    const { parseValuesXlsx } = await xlsxModule();
    return valuesTableRead(
      await parseValuesXlsx(await file.arrayBuffer(), ctx.fw, {
        decimal: ctx.decimal,
        fallback: ctx.fallback,
        ...(ctx.sheet !== undefined && { sheet: ctx.sheet }),
      }),
    );
  },
  async write(doc, { fw, targets, workbook }) {
    const { valuesXlsx: writeValuesXlsx } = await xlsxModule();
    return writeValuesXlsx(fw, doc, targets, workbook);
  },
} as const satisfies FileFormat<'values-xlsx'>;
