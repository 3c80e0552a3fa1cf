/**
 * The values table as an Excel workbook, so a city can work in the spreadsheet it already uses and come
 * back. Same columns and rules as the values CSV. The two small libraries (MIT, built on fflate) are
 * imported on first use so they stay out of the initial bundle.
 */
import { parseValuesTable, valuesTable, VALUES_COLUMNS, type CsvResult, type ReadOptions, type TableCell } from '../engine/csv';
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

/** `Values!C7`: a sheet name as Excel writes it in a reference (quoted when it has spaces or signs). */
const cellRef = (sheet: string, row: number, col: number) =>
  `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${columnName(col)}${row}`;
export const columnName = (i: number): string => (i >= 26 ? columnName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

const isHeader = (row: TableCell[] | undefined) => {
  const names = (row ?? []).map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
  return ['code', 'datapoint', 'value'].every((n) => names.includes(n));
};

/**
 * Reads a values table from a workbook: on the first sheet that has one (an instructions sheet before it
 * is passed over), starting at any row and column, every cell read as what it is typed as.
 */
export async function parseValuesXlsx(file: Blob | ArrayBuffer, fw: Framework, options: ReadOptions = {}): Promise<CsvResult> {
  const size = file instanceof Blob ? file.size : file.byteLength;
  if (size > MAX_XLSX_BYTES) return { ok: false, problems: [{ row: 1, problem: { kind: 'file-too-large', limit: MAX_XLSX_BYTES } }] };
  // The reader and fflate are loaded on first use, like the writer, so they stay out of the initial bundle.
  const { readWorkbook } = await import('./xlsx-cells');
  const book = readWorkbook(file instanceof Blob ? await file.arrayBuffer() : file);
  if (!book.ok) {
    return {
      ok: false,
      problems: [{ row: 1, problem: book.kind === 'too-large' ? { kind: 'unpacks-too-large', limit: book.limit } : { kind: 'not-xlsx', detail: book.detail } }],
    };
  }
  const sheet = book.sheets.find((s) => [...s.rows.values()].some(isHeader)) ?? book.sheets[0];
  const numbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  const records = numbers.map((n) => Array.from(sheet.rows.get(n)!, (c) => c ?? ''));
  const headerRow = numbers.find((n) => isHeader(sheet.rows.get(n)));
  const merged = new Map<number, string>();
  for (const m of sheet.merges) if (m.row <= (headerRow ?? 1)) for (let c = m.from + 1; c <= m.to; c++) merged.set(c, m.ref);
  return parseValuesTable({ records, lines: numbers, cellAt: (r, c) => cellRef(sheet.name, numbers[r], c), findHeader: true, merged }, fw, options);
}
