/**
 * The values table as an Excel workbook, so a city can work in the spreadsheet it already uses and come
 * back. Same columns and rules as the values CSV. The two small libraries (MIT, built on fflate) are
 * imported on first use so they stay out of the initial bundle.
 */
import { parseValuesTable, valuesTable, VALUES_COLUMNS, type CsvResult } from '../engine/csv';
import type { Framework } from '../engine/framework';
import type { AssessmentInput } from '../engine/types';

const NUMERIC = new Set<string>(['numerator', 'denominator', 'value', 'target', 'year']);
/** Spreadsheets far larger than a catalogue's worth of rows are refused before they are unzipped. */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;

export async function valuesXlsx(fw: Framework, input: AssessmentInput): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const rows = valuesTable(fw, input);
  const data = rows.map((row, r) =>
    row.map((cell, c) => {
      if (r === 0) return { value: cell, fontWeight: 'bold' as const };
      // Numbers go in as numbers so the spreadsheet can compute with them; text (yes/no, "none",
      // text the user typed into a number cell) stays text.
      if (NUMERIC.has(VALUES_COLUMNS[c]) && cell !== '' && Number.isFinite(Number(cell))) return { value: Number(cell), type: Number };
      return cell === '' ? null : { value: cell, type: String };
    }),
  );
  return (await writeXlsxFile(data, { sheet: 'Values', stickyRowsCount: 1 }).toBlob()) as Blob;
}

export async function parseValuesXlsx(file: Blob | ArrayBuffer, fw: Framework): Promise<CsvResult> {
  const size = file instanceof Blob ? file.size : file.byteLength;
  if (size > MAX_XLSX_BYTES) return { ok: false, problems: [{ row: 1, message: `The spreadsheet is larger than ${MAX_XLSX_BYTES / 1024 / 1024} MB.` }] };
  const { readSheet } = await import('read-excel-file/universal');
  let sheet: unknown[][];
  try {
    sheet = await readSheet(file);
  } catch (e) {
    return { ok: false, problems: [{ row: 1, message: `This is not a readable .xlsx spreadsheet (${(e as Error).message}).` }] };
  }
  const records = sheet.map((row) =>
    row.map((cell) => {
      if (cell === null || cell === undefined) return '';
      if (cell instanceof Date) return String(cell.getUTCFullYear());
      return String(cell);
    }),
  );
  return parseValuesTable(records, fw);
}
