/**
 * The values table as an Excel workbook, so a city can work in the spreadsheet it already uses and come
 * back, with the results beside the values. The inputs have the same columns and rules as the values CSV. The two small libraries (MIT, built on fflate) are
 * imported on first use so they stay out of the initial bundle.
 */
import { parseValuesTable, type CsvProblem, type CsvResult, type ReadOptions, type SheetChoice, type TableCell } from '../engine/csv';
import { quoted, type TableNote, type TableProblem } from '../engine/problems';
import { score } from '../engine/evaluator';
import type { DatapointRef, Framework } from '../engine/framework';
import { parseFileNumber } from '../engine/parse';
import { PROFILE_COLUMNS, resultSheets, SCORES_COLUMNS, TARGETS_COLUMNS, type AssessmentAbout, type ResultSheet } from '../engine/results-table';
import type { TargetSet } from '../engine/targets';
import { MAX_YEAR, MIN_YEAR } from '../engine/assessment';
import { SCORING_TARGETS, type AssessmentInput, type NumInput, type OwnTarget, type ScoringTargets } from '../engine/types';
import type { SheetCells } from './xlsx-cells';

const NUMERIC = new Set<string>(['numerator', 'denominator', 'value', 'target', 'year']);
/** Spreadsheets far larger than a catalogue's worth of rows are refused before they are unzipped. */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;
/** Header cells of computed columns are shaded (their names also say what they are: colour is not the only sign). */
const COMPUTED_FILL = '#dce6f0';

/** A column of the Scores, Profile or Targets sheet, named in the workbook's language. */
export type LabelledColumn = (typeof SCORES_COLUMNS)[number] | (typeof PROFILE_COLUMNS)[number] | (typeof TARGETS_COLUMNS)[number];
/**
 * The words of a results workbook (src/ui/strings/, `X.workbook`): its sheets' names and the column
 * labels of the Scores, Profile and Targets sheets. The Values sheet's columns are never translated:
 * they are the values CSV's, the file contract other tools read.
 */
export interface WorkbookLabels {
  sheets: Record<ResultSheet['name'], string>;
  columns: Record<LabelledColumn, string>;
  /**
   * The catalogue's names in the workbook's language (the app's display language): a data point's name
   * on the Values sheet, an aggregate's on the Scores sheet, from their English. Without it the names
   * are the catalogue's English, as the command line writes them. Codes and values are never renamed.
   */
  names?: { datapoint: (ref: DatapointRef) => string; group: (code: string, english: string) => string };
}

/**
 * The results workbook (src/engine/results-table.ts): a Values sheet with the inputs and, beside them,
 * each data point's name, unit, direction, target in force and its source, computed value, achievement,
 * points, band and state; a Scores sheet with every aggregate and its coverage; the Profile sheet with
 * the city's profile once; the Targets sheet with each target's rationale, source and basis. The
 * results are the engine's scores under `targets`, as the app shows them. It reads back as the values
 * it holds (`parseValuesXlsx`): the computed columns are never read as input.
 */
export async function valuesXlsx(fw: Framework, input: AssessmentInput & AssessmentAbout, targets: TargetSet, labels?: WorkbookLabels): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const sheets = named(fw, resultSheets(fw, targets, input, score(fw, targets, input)), labels?.names);
  return (await writeXlsxFile(
    sheets.map((sheet) => {
      const header = sheet.rows[0] as string[];
      const computed = new Set(sheet.computed);
      // The Values sheet keeps its identifiers (the values CSV's columns); the other sheets' headers are
      // words, which the reader recognises by the sheets' fixed content (`sheetTable`).
      const label = (key: string) => (sheet.name === 'Values' || !labels ? key : labels.columns[key as LabelledColumn]);
      return {
        sheet: labels?.sheets[sheet.name] ?? sheet.name,
        stickyRowsCount: 1,
        columns: header.map((h) => ({ width: h === 'name' || h === 'rationale' || h === 'source' || h === 'note' ? 40 : Math.max(10, h.length + 2) })),
        data: sheet.rows.map((row, r) =>
          row.map((cell, c) => {
            if (r === 0)
              return {
                value: label(String(cell)),
                fontWeight: 'bold' as const,
                ...(computed.has(c) && sheet.name === 'Values' && { backgroundColor: COMPUTED_FILL }),
              };
            if (cell === null || cell === '') return null;
            if (typeof cell === 'object') return { value: cell.ratio, type: Number, format: '0.0%' };
            if (typeof cell === 'number') return { value: cell, type: Number };
            // Inputs go in as numbers where they are ones, so the spreadsheet can compute with them; text
            // (yes/no, "none", text the user typed into a number cell) stays text.
            if (sheet.name === 'Values' && NUMERIC.has(header[c]) && Number.isFinite(Number(cell))) return { value: Number(cell), type: Number };
            return { value: cell, type: String };
          }),
        ),
      };
    }),
  ).toBlob()) as Blob;
}

/** The sheets with the Values and Scores sheets' `name` cells in the workbook's language (see WorkbookLabels.names). */
function named(fw: Framework, sheets: ResultSheet[], names: WorkbookLabels['names']): ResultSheet[] {
  if (!names) return sheets;
  return sheets.map((sheet) => {
    const header = sheet.rows[0] as string[];
    const name = header.indexOf('name');
    const code = header.indexOf('code');
    if (name < 0 || (sheet.name !== 'Values' && sheet.name !== 'Scores')) return sheet;
    const rows = sheet.rows.map((row, r) => {
      if (r === 0 || typeof row[name] !== 'string') return row;
      // The Values sheet has a row per data point in the framework's order; the Scores sheet names each aggregate by its code.
      const word = sheet.name === 'Values' ? names.datapoint(fw.datapoints[r - 1]!) : names.group(String(row[code]), row[name] as string);
      return row.map((cell, c) => (c === name ? word : cell));
    });
    return { ...sheet, rows };
  });
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
  const picked = pickSheet(book.sheets, options.sheet);
  const sheets: SheetChoice = {
    read: picked.ok ? picked.sheet.name : null,
    names: book.sheets.map((s) => s.name),
    hidden: book.sheets.filter((s) => s.hidden).map((s) => s.name),
  };
  if (!picked.ok) return { ok: false, problems: [{ row: 1, problem: picked.problem }], sheets };
  const sheet = picked.sheet;
  // Said when it could have been another: another sheet has a values header too, a sheet is hidden, or
  // the table is not on the first sheet.
  const said = picked.others || sheets.hidden.length > 0 || sheet !== book.sheets[0];
  const notes: TableNote[] = said
    ? [{ kind: 'sheet-read', sheet: sheet.name, of: book.sheets.length, hidden: sheets.hidden.filter((h) => h !== sheet.name) }]
    : [];
  const numbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  const records = numbers.map((n) => Array.from(sheet.rows.get(n)!, (c) => c ?? ''));
  const headerRow = numbers.find((n) => isHeader(sheet.rows.get(n)));
  const merged = new Map<number, string>();
  for (const m of sheet.merges) if (m.row <= (headerRow ?? 1)) for (let c = m.from + 1; c <= m.to; c++) merged.set(c, m.ref);
  const profile = book.sheets.find((s) => s !== sheet && profileTable(s) !== null);
  const fromProfile = profile ? profileSheet(profile, fw, options) : { values: {}, rejected: [] };
  const table = parseValuesTable(
    { records, lines: numbers, cellAt: (r, c) => cellRef(sheet.name, numbers[r], c), findHeader: true, merged, profile: fromProfile.values },
    fw,
    options,
  );
  if (!table.ok) return { ...table, problems: [...fromProfile.rejected, ...table.problems], sheets };
  const targetsSheet = book.sheets.find((s) => s !== sheet && targetsTable(s) !== null);
  if (targetsSheet) keepRationales(targetsSheet, fw, table.input);
  if (profile) keepScoringTargets(profile, table.input);
  return { ...table, rejected: [...fromProfile.rejected, ...table.rejected], notes: [...notes, ...table.notes], sheets };
}

/**
 * The sheet that holds the values table: the one named (`--sheet`, the import panel's choice); else the
 * one visible sheet with a values header, or among several the one the workbook opens on. A hidden
 * sheet (last year's table, kept out of sight) is never read unless named; several candidates and none
 * active is a choice for the user. With no values header anywhere, the first visible sheet is read (its
 * missing columns are then said).
 */
function pickSheet(all: SheetCells[], name: string | undefined): { ok: true; sheet: SheetCells; others: boolean } | { ok: false; problem: TableProblem } {
  const tables = all.filter((s) => [...s.rows.values()].some(isHeader));
  if (name !== undefined) {
    const named = all.find((s) => s.name === name) ?? all.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
    return named
      ? { ok: true, sheet: named, others: tables.some((t) => t !== named) }
      : { ok: false, problem: { kind: 'no-such-sheet', name: quoted(name), sheets: all.map((s) => s.name) } };
  }
  const visible = tables.filter((s) => !s.hidden);
  const others = tables.length > 1;
  if (visible.length === 1) return { ok: true, sheet: visible[0], others };
  if (visible.length > 1) {
    const active = visible.find((s) => s.active);
    return active ? { ok: true, sheet: active, others } : { ok: false, problem: { kind: 'which-sheet', sheets: visible.map((s) => s.name) } };
  }
  if (tables.length > 0) return { ok: false, problem: { kind: 'hidden-sheet', sheet: tables[0].name } };
  return { ok: true, sheet: all.find((s) => !s.hidden) ?? all[0], others };
}

/**
 * A sheet as a header (lower-cased names by column) and its rows below, each with its row number. The
 * header is the row with the `wanted` names (an English workbook, or one written before the workbook
 * spoke other languages); else, in a workbook written in another language, the row just above the
 * first row that `first` recognises by its fixed content (identifiers and codes, the same in every
 * language), whose cells are then the `columns` in the order the writer puts them. A header with more
 * or fewer words than `columns` is not one of the workbench's sheets.
 */
function sheetTable(sheet: SheetCells, wanted: readonly string[], columns?: readonly string[], first?: (cells: TableCell[]) => boolean) {
  const numbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  const rowsAfter = (at: number) => numbers.filter((n) => n > at).map((n) => ({ n, cells: sheet.rows.get(n)! }));
  const headerAt = numbers.find((n) => {
    const names = (sheet.rows.get(n) ?? []).map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
    return wanted.every((w) => names.includes(w));
  });
  if (headerAt !== undefined) {
    const names = Array.from(sheet.rows.get(headerAt)!, (c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
    return { col: (name: string) => names.indexOf(name), rows: rowsAfter(headerAt) };
  }
  if (!columns || !first) return null;
  const at = numbers.findIndex((n) => first(sheet.rows.get(n)!));
  if (at < 1) return null;
  const header = sheet.rows.get(numbers[at - 1])!;
  const words = Array.from(header, (c) => (typeof c === 'string' ? c.trim() : ''));
  if (words.length !== columns.length || words.some((w) => w === '')) return null;
  return { col: (name: string) => columns.indexOf(name), rows: rowsAfter(numbers[at - 1]) };
}

/** The Profile sheet: its first row below the header is always the `city` identity row. */
const profileTable = (sheet: SheetCells) => sheetTable(sheet, ['field', 'value'], PROFILE_COLUMNS, (cells) => textOf(cells[0]) === 'city');
/** The Targets sheet: its rows start with a KPI code, and their `origin` is one of three identifiers. */
const ORIGINS = new Set(['reference', 'assessment', 'none']);
const targetsTable = (sheet: SheetCells) =>
  sheetTable(sheet, ['code', 'origin', 'rationale'], TARGETS_COLUMNS, (cells) => /^[A-Z]{2}: /.test(textOf(cells[0])) && ORIGINS.has(textOf(cells[3])));

const textOf = (c: TableCell | undefined): string => {
  if (c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  switch (c.kind) {
    case 'number':
      return String(c.value);
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'date':
      return c.date;
    case 'error':
      return c.code;
    case 'no-result':
      return `=${c.formula}`;
  }
};

/**
 * The results workbook's Profile sheet (`field`, ..., `value`): each city-profile field once, read like
 * a number cell of the values table. Text that is not a number is kept as typed (the engine then rejects
 * it with its reason, as the grid does); the assessment's identity rows (city, year...) are not values.
 */
function profileSheet(sheet: SheetCells, fw: Framework, options: ReadOptions) {
  const values: Record<string, { value: NumInput; at: string }> = {};
  const rejected: CsvProblem[] = [];
  const table = profileTable(sheet);
  if (!table) return { values, rejected };
  const fields = new Set(fw.data.profile.map((p) => p.id));
  const valueCol = table.col('value');
  for (const { n, cells } of table.rows) {
    const field = textOf(cells[table.col('field')]);
    const cell = cells[valueCol];
    if (!fields.has(field) || cell === undefined) continue;
    const at = cellRef(sheet.name, n, valueCol);
    if (typeof cell !== 'string') {
      const unit = fw.data.profile.find((p) => p.id === field)?.unit ?? '';
      if (cell.kind === 'number' && !cell.percent) values[field] = { value: cell.value, at };
      else if (cell.kind === 'number' && unit === '%') values[field] = { value: Number((cell.value * 100).toPrecision(15)), at };
      else if (cell.kind === 'number') {
        // A count shown as a percentage: the number and what the cell shows disagree (as on the Values sheet).
        const shown = Number((cell.value * 100).toPrecision(15));
        values[field] = { value: String(cell.value), at };
        rejected.push({ row: n, column: 'value', cell: at, problem: { kind: 'percent-not-unit', value: cell.value, shown, unit } });
      } else values[field] = { value: textOf(cell), at };
      continue;
    }
    const text = cell.trim();
    if (text === '') continue;
    const parsed = parseFileNumber(text, options.decimal ?? options.fallback ?? 'point', options.decimal !== undefined);
    if (parsed.ok) values[field] = { value: parsed.value, at };
    else {
      values[field] = { value: text, at };
      rejected.push({ row: n, column: 'value', cell: at, problem: { kind: 'number', problem: parsed.reason } });
    }
  }
  return { values, rejected };
}

/**
 * The Targets sheet gives back the rationale of each target set for this assessment (the number is the
 * Values sheet's) and, from a workbook that has its columns, the city's own target, deadline and
 * baseline. A number that does not read, or a year out of range, is left out: these columns are the
 * workbench's own output, never typed input (an older workbook has none of them).
 */
function keepRationales(sheet: SheetCells, fw: Framework, input: AssessmentInput) {
  const table = targetsTable(sheet);
  if (!table) return;
  const number = (c: TableCell | undefined): number | undefined => {
    if (c === undefined || typeof c === 'string') {
      const text = c?.trim() ?? '';
      return text !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
    }
    return c.kind === 'number' && Number.isFinite(c.value) ? c.value : undefined;
  };
  const year = (c: TableCell | undefined) => {
    const v = number(c);
    return v !== undefined && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR ? v : undefined;
  };
  const own: Record<string, OwnTarget> = {};
  for (const { cells } of table.rows) {
    const ref = fw.datapoint(textOf(cells[table.col('code')]), textOf(cells[table.col('datapoint')]));
    const rationale = textOf(cells[table.col('rationale')]);
    const override = ref && input.targets[ref.id];
    if (override && rationale !== '' && textOf(cells[table.col('origin')]) === 'assessment') input.targets[ref.id] = { ...override, rationale };
    if (!ref || table.col('own target') < 0) continue;
    const at = (name: string) => (table.col(name) < 0 ? undefined : cells[table.col(name)]);
    const o: OwnTarget = {};
    const target = number(at('own target'));
    const deadline = year(at('own deadline'));
    const baseline = number(at('own baseline'));
    const baselineYear = year(at('own baseline year'));
    if (target !== undefined) o.target = target;
    if (deadline !== undefined) o.deadline = deadline;
    if (baseline !== undefined && baselineYear !== undefined) Object.assign(o, { baseline, baselineYear });
    if (Object.keys(o).length > 0) own[ref.id] = o;
  }
  if (Object.keys(own).length > 0) input.ownTargets = own;
}

/** The Profile sheet's `scoring targets` row: which target set scored the assessment (absent in an older workbook). */
function keepScoringTargets(sheet: SheetCells, input: AssessmentInput) {
  const table = profileTable(sheet);
  if (!table) return;
  for (const { cells } of table.rows) {
    if (textOf(cells[table.col('field')]) !== 'scoring targets') continue;
    const value = textOf(cells[table.col('value')]);
    if ((SCORING_TARGETS as readonly string[]).includes(value)) input.scoringTargets = value as ScoringTargets;
  }
}

/**
 * Who a results workbook is about, from its Profile sheet's identity rows (`city`, `country`, `year`):
 * what `npm run convert` names an assessment made from it. Empty for any other workbook.
 */
export async function workbookAbout(file: ArrayBuffer): Promise<{ city?: string; country?: string; year?: number }> {
  const { readWorkbook } = await import('./xlsx-cells');
  const book = readWorkbook(file);
  const table = book.ok ? book.sheets.map(profileTable).find((t) => t !== null) : undefined;
  if (!table) return {};
  const about: { city?: string; country?: string; year?: number } = {};
  for (const { cells } of table.rows) {
    const field = textOf(cells[table.col('field')]);
    const value = textOf(cells[table.col('value')]);
    if (value === '') continue;
    if (field === 'city' || field === 'country') about[field] = value;
    if (field === 'year' && /^\d{4}$/.test(value)) about.year = Number(value);
  }
  return about;
}
