import { MAX_NUM_TEXT, MAX_TEXT, MAX_YEAR, MIN_YEAR, QUALITIES } from './assessment';
import type { DatapointRef, Framework } from './framework';
import { convertedValue, decimalEvidence, parseFileNumber, shorten, textLength, withUnit, yesNo, type DecimalStyle } from './parse';
import { quoted, type NotCalculated, type TableNote, type TableProblem } from './problems';
import type { AssessmentInput, EnteredValue, NumInput, Quality, Status, TargetOverride, ValueEntry } from './types';

import { VALUES_COLUMNS, type ValuesColumn } from './values-columns';
import { addRowSources, PROVENANCE_COLUMN, provenanceCell, readProvenanceCell, rowSources } from './values-provenance';

/** The values CSV of docs/DESIGN.md's interchange contract, in this column order (values-columns.ts). */
export { VALUES_COLUMNS, type ValuesColumn };
const REQUIRED_COLUMNS = ['code', 'datapoint', 'value'] as const;
/**
 * Columns the results workbook's Values sheet adds (src/engine/results-table.ts): computed by the engine
 * from the inputs, so a values table that carries them is read without them, never as input.
 */
export const RESULT_COLUMNS = [
  'name',
  'unit',
  'direction',
  'target in force',
  'target source',
  'computed value',
  'achievement',
  'points',
  'band',
  'state',
] as const;

export interface CsvProblem {
  /** 1-based physical line in the file (the header is line 1), or the row of a spreadsheet. */
  row: number;
  column?: string;
  /** A spreadsheet's cell address, e.g. `Values!C7`. */
  cell?: string;
  problem: TableProblem;
}

/** Most problems reported for one file: past this the list stops being useful to a person. */
const MAX_PROBLEMS = 200;
/**
 * Most records and columns a table is read with: a values table has one row per data point (a few
 * hundred) and 21 columns at most. Past these a file is refused as it is split, so a crafted or wrong
 * file (a 45 MB log, a line of a million commas) costs bounded memory and time.
 */
export const MAX_RECORDS = 20_000;
export const MAX_COLUMNS = 200;

// ---------------------------------------------------------------------------------------------------
// RFC 4180 reading and writing

/** Separators a values or target file may use: comma, semicolon (Excel where the decimal mark is a comma), tab. */
export const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/**
 * The separator of a CSV file, from its header line: the one that splits it into the most of the
 * `known` column names, then the most fields. A comma when nothing tells.
 */
export function detectSeparator(text: string, known: readonly string[]): Separator {
  // The first line only, found without splitting (or copying) the whole text.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lf = text.indexOf('\n', start);
  const cr = text.indexOf('\r', start);
  const end = Math.min(lf < 0 ? text.length : lf, cr < 0 ? text.length : cr, start + 10_000);
  const first = text.slice(start, end);
  let best: Separator = ',';
  let bestScore = [-1, -1];
  for (const sep of SEPARATORS) {
    const fields = first.split(sep).map((f) => f.trim().replace(/^"|"$/g, '').trim().toLowerCase());
    const score = [fields.filter((f) => known.includes(f)).length, fields.length];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) [best, bestScore] = [sep, score];
  }
  return best;
}

export interface CsvRecords {
  records: string[][];
  /** The physical line (1-based) each record starts on: a quoted note over three lines moves the next record by three. */
  lines: number[];
  separator: Separator;
  error?: CsvProblem;
}

/**
 * Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR, optional BOM),
 * with the physical line each record starts on. `separator` defaults to the one the header line shows
 * among `known` column names (see `detectSeparator`).
 */
export function readCsv(text: string, options: { separator?: Separator; known?: readonly string[] } = {}): CsvRecords {
  const sep = options.separator ?? detectSeparator(text, options.known ?? VALUES_COLUMNS);
  const records: string[][] = [];
  const lines: number[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let quoteLine = 1;
  let line = 1;
  let recordLine = 1;
  const sepCode = sep.charCodeAt(0);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Text is taken in runs, one slice each (up to the next quote, or the next separator or line end):
  // built one character at a time, a 45 MB note became 45 million string pieces and 1.9 GB.
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      const q = text.indexOf('"', i);
      const end = q < 0 ? text.length : q;
      for (let k = i; k < end; k++) {
        const d = text.charCodeAt(k);
        if (d === 10 || (d === 13 && text.charCodeAt(k + 1) !== 10)) line++;
      }
      field += text.slice(i, end);
      if (q < 0) break;
      if (text[q + 1] === '"') {
        field += '"';
        i = q + 1;
      } else {
        quoted = false;
        i = q;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === sep) {
      record.push(field);
      field = '';
      if (record.length >= MAX_COLUMNS)
        return { records, lines, separator: sep, error: { row: recordLine, problem: { kind: 'too-many-columns', limit: MAX_COLUMNS } } };
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (records.length >= MAX_RECORDS)
        return { records, lines, separator: sep, error: { row: recordLine, problem: { kind: 'too-many-rows', limit: MAX_RECORDS } } };
      records.push(record);
      lines.push(recordLine);
      record = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === sepCode || d === 10 || d === 13) break;
        j++;
      }
      field += text.slice(i, j);
      i = j - 1;
    }
  }
  if (quoted) return { records, lines, separator: sep, error: { row: quoteLine, problem: { kind: 'unclosed-quote' } } };
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
    lines.push(recordLine);
  }
  return { records, lines, separator: sep };
}

const quote = (v: string) => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an apostrophe
 * when they are free text, so an exported file cannot inject formulas into the recipient's Excel.
 * Text that already starts with apostrophes before such a character gets one more, so that `undefuse`
 * (which removes exactly one) gives back every text as typed: `'=x` → `''=x` → `'=x`.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const defuse = (v: string) => (FORMULA_LIKE.test(v) ? `'${v}` : v);

/** Reverses `defuse` on import, so export → import gives back the text as typed. */
const undefuse = (v: string) => (v.startsWith("'") && FORMULA_LIKE.test(v) ? v.slice(1) : v);

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------------
// Values CSV ↔ assessment input

const STATUS_WORDS: Record<string, Status> = {
  reported: 'reported',
  'not-reported': 'not-reported',
  'not reported': 'not-reported',
  nr: 'not-reported',
  'not-applicable': 'not-applicable',
  'not applicable': 'not-applicable',
};

/**
 * Markers of a missing value by the tool that writes them (README, "Missing values"). `NA` is R's
 * missing value (write.csv, readr, data.table write it for any empty cell) and `..` the UN and OECD
 * tables' "not available": both are "not reported", and a cell holding one is empty. `N/A`, `n.a.`
 * and a dash mean "not available" in some tables and "not applicable" in others: never guessed, each is
 * refused with the two words to choose between.
 */
const MISSING_MARKERS = new Set(['na', '..']);
const AMBIGUOUS_MARKERS = new Set(['n/a', 'n.a.', 'n.a', 'n/a.', '-', '\u2013', '\u2014']);
// The markers are two to four characters: a longer text is trimmed and lower-cased only when that can
// make it one (every cell of a file is asked).
const isMissingMarker = (text: string) => (text.length === 2 || text.trim().length === 2) && MISSING_MARKERS.has(text.trim().toLowerCase());
const isAmbiguousMarker = (text: string) => (text.length <= 4 || text.trim().length <= 4) && AMBIGUOUS_MARKERS.has(text.trim().toLowerCase());

const QUALITY_WORDS: Record<string, Quality> = {
  ...Object.fromEntries(QUALITIES.map((q) => [q, q])),
  'accurate measurement': 'accurate',
  'extrapolated from an inhabitant survey': 'survey',
  'extrapolated from higher-level data': 'higher-level',
  'estimate based on assumptions': 'assumption',
  'personal estimate': 'personal',
  'unknown/not traceable': 'unknown',
};

/**
 * A cell of a spreadsheet as it is typed there, for the cells that are not plain text. A CSV has only
 * text; an Excel sheet also has numbers (with the percent format they are shown in), booleans, dates,
 * error values and formulas with no saved result, and each is read for what it is.
 */
export type SheetValue =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'bool'; value: boolean }
  /** A number formatted as a date: its year and the date as `YYYY-MM-DD`. */
  | { kind: 'date'; year: number; date: string }
  | { kind: 'error'; code: string }
  /** `stored`: a result saved by a writer that never calculated it (xlsxwriter's 0 under fullCalcOnLoad), and what says so. */
  | { kind: 'no-result'; formula: string; stored?: string; why?: NotCalculated };

export type TableCell = string | SheetValue;

/** A table to read: its records, and where each record and cell is in the file. */
export interface ValuesTableSource {
  records: TableCell[][];
  /** The 1-based physical line or row of each record. */
  lines: number[];
  /** An Excel cell address, e.g. `Values!C7`, for a record and column index; absent for CSV. */
  cellAt?: (record: number, column: number) => string;
  /** Spreadsheets: the header is the first row with code, datapoint and value (instructions above are skipped). */
  findHeader?: boolean;
  /** Spreadsheets: header cells hidden under a merged cell, by column index, with the merged range. */
  merged?: ReadonlyMap<number, string>;
  /**
   * The city profile read elsewhere (the results workbook's Profile sheet), with the cell each value is
   * in: a row's profile denominator must then agree with it, as rows must agree with each other.
   */
  profile?: Record<string, { value: NumInput; at: string }>;
}

export interface ReadOptions {
  /** Spreadsheets: the sheet to read, by name (`--sheet`, the import panel's choice). */
  sheet?: string;
  /** The decimal mark the user chose for this file; without it, the file's own numbers tell, else `fallback`. */
  decimal?: DecimalStyle;
  /** The user's decimal setting, used when neither the choice nor the file tells (ambiguous numbers are then refused). */
  fallback?: DecimalStyle;
}

/** The decimal mark a file was read with, and why. */
export type DecimalChoice =
  | { mark: DecimalStyle; from: 'declared' }
  | { mark: DecimalStyle; from: 'file'; row: number; text: string }
  | { mark: DecimalStyle; from: 'setting'; conflict: boolean };

export type CsvResult =
  | {
      ok: true;
      input: AssessmentInput;
      rows: number;
      decimal: DecimalChoice;
      /** Where each data point was read: its line or row, and the Excel cell of each column. */
      places: Record<string, { row: number; cells?: Partial<Record<ValuesColumn, string>> }>;
      /** Number cells that are not numbers: kept as their text (as the grid keeps it), not scored, each with its reason. */
      rejected: CsvProblem[];
      /** Cells left out (a status, quality, year or target that is not one), each with its reason. */
      ignored: CsvProblem[];
      /** The columns the file has: an update of a stored assessment changes only what the file carries. */
      columns: ValuesColumn[];
      /** Result columns the file also has (our results workbook's): never read, the scores are recomputed from the inputs. */
      resultColumns: ResultColumn[];
      /** What the reading says about the file as a whole (the sheet it read, a column it skipped). */
      notes: TableNote[];
      /** Spreadsheets: the sheet read and the workbook's sheets, to choose another. */
      sheets?: SheetChoice;
    }
  | { ok: false; problems: CsvProblem[]; decimal?: DecimalChoice; sheets?: SheetChoice };

/** The sheet a workbook was read from (null: none was), and its sheets, hidden ones said. */
export interface SheetChoice {
  read: string | null;
  names: string[];
  hidden: string[];
}

export type ResultColumn = (typeof RESULT_COLUMNS)[number];
const NUMBER_COLUMNS = ['numerator', 'denominator', 'value', 'target'] as const;

/** Reads a values CSV into an assessment input. Every problem names its line and column. */
export function parseValuesCsv(text: string, fw: Framework, options: ReadOptions = {}): CsvResult {
  const { records, lines, error } = readCsv(text, { known: VALUES_COLUMNS });
  if (error) return { ok: false, problems: [error] };
  return parseValuesTable({ records, lines }, fw, options);
}

const isBlankCell = (c: TableCell | undefined) => c === undefined || (typeof c === 'string' && c.trim() === '');
const cellText = (c: TableCell): string => {
  if (typeof c === 'string') return c;
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
const columnLetter = (i: number): string => (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** The decimal mark of a table: declared, else shown by its numbers, else the user's setting. */
function chooseDecimal(source: ValuesTableSource, columns: number[], headerIndex: number, options: ReadOptions): DecimalChoice {
  if (options.decimal) return { mark: options.decimal, from: 'declared' };
  let first: { mark: DecimalStyle; row: number; text: string } | null = null;
  let conflict = false;
  for (let r = headerIndex + 1; r < source.records.length && !conflict; r++) {
    for (const c of columns) {
      const cell = source.records[r][c];
      if (typeof cell !== 'string') continue;
      const mark = decimalEvidence(cell);
      if (mark === null) continue;
      if (first === null) first = { mark, row: source.lines[r], text: shorten(cell.trim()) };
      else if (first.mark !== mark) conflict = true;
    }
  }
  if (first && !conflict) return { mark: first.mark, from: 'file', row: first.row, text: first.text };
  return { mark: options.fallback ?? 'point', from: 'setting', conflict };
}

/**
 * Reads the values table (header row first, or for spreadsheets the first row that is a header) from
 * any tabular source: CSV text or a spreadsheet's typed cells. Problems name the line or row, the
 * column and, in a spreadsheet, the cell.
 */
export function parseValuesTable(source: ValuesTableSource, fw: Framework, options: ReadOptions = {}): CsvResult {
  const { records, lines } = source;
  const nonEmpty = records.filter((r) => r.some((f) => !isBlankCell(f)));
  if (nonEmpty.length === 0) return { ok: false, problems: [{ row: 1, problem: { kind: 'empty-file' } }] };

  const headerOf = (rec: TableCell[]) => rec.map((h) => (typeof h === 'string' ? h.trim().toLowerCase() : ''));
  let headerIndex = records.findIndex((r) => r.some((f) => !isBlankCell(f)));
  if (source.findHeader) {
    const found = records.findIndex((r) => REQUIRED_COLUMNS.every((c) => headerOf(r).includes(c)));
    if (found >= 0) headerIndex = found;
  }
  const header = headerOf(records[headerIndex]);
  const headerRow = lines[headerIndex];
  const headerCell = (c: number) => source.cellAt?.(headerIndex, c);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [{ row: headerRow, problem: { kind: 'missing-columns', columns: [...missing], expected: VALUES_COLUMNS, separators: true } }],
    };
  }
  const problems: CsvProblem[] = [];
  const headerProblem = (c: number, problem: TableProblem) =>
    problems.push({ row: headerRow, column: columnLetter(c), ...(source.cellAt && { cell: headerCell(c) }), problem });
  const unknown = header.filter(
    (h) => h !== '' && h !== PROVENANCE_COLUMN && !(VALUES_COLUMNS as readonly string[]).includes(h) && !(RESULT_COLUMNS as readonly string[]).includes(h),
  );
  if (unknown.length > 0) {
    problems.push({ row: headerRow, problem: { kind: 'unknown-columns', columns: unknown.map((u) => quoted(u)) } });
  }
  // Two columns of one name, or a column of data without a name (a blank header cell, or one hidden
  // under a merged cell), would lose data in silence: both are refused.
  [...VALUES_COLUMNS, PROVENANCE_COLUMN].forEach((name) => {
    const at = header.flatMap((h, i) => (h === name ? [i] : []));
    if (at.length > 1) headerProblem(at[1], { kind: 'duplicate-column', name, columns: at.map(columnLetter) });
  });
  // The first record with data in each column, in one pass (no spread of every record into one call:
  // 150 000 lines overflowed the stack; no search per column: a wide file made it quadratic).
  const firstData: number[] = [];
  for (let r = headerIndex + 1; r < records.length; r++) {
    const rec = records[r];
    for (let c = 0; c < rec.length; c++) if (firstData[c] === undefined && !isBlankCell(rec[c])) firstData[c] = r;
  }
  const notes: TableNote[] = [];
  for (let c = 0; c < firstData.length; c++) {
    if (header[c] !== undefined && header[c] !== '') continue;
    const r = firstData[c];
    if (r === undefined) continue;
    if (c === 0 && isIndexColumn(records, headerIndex)) {
      // pandas' DataFrame.to_csv writes its row index (0, 1, 2…), R's write.csv its row names (1, 2, 3…),
      // as an unnamed first column.
      notes.push({ kind: 'index-column', column: columnLetter(c) });
      continue;
    }
    const merged = source.merged?.get(c);
    headerProblem(c, { kind: 'unnamed-column', column: columnLetter(c), line: lines[r], text: quoted(cellText(records[r][c]).trim()), merged: merged ?? null });
  }
  if (problems.length > 0) return { ok: false, problems };
  const col = Object.fromEntries(VALUES_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<ValuesColumn, number>;
  const decimal = chooseDecimal(
    source,
    NUMBER_COLUMNS.map((c) => col[c]).filter((c) => c >= 0),
    headerIndex,
    options,
  );
  const certain = decimal.from !== 'setting';

  const t: TableRead = {
    source,
    fw,
    col,
    decimal,
    certain,
    provenanceColumn: header.indexOf(PROVENANCE_COLUMN),
    input: { profile: {}, values: {}, targets: {}, method: { name: 'u4ssc-points' } },
    seen: new Map(),
    profileRow: new Map(),
    places: {},
    problems,
    rejected: [],
    ignored: [],
  };
  for (const [field, p] of Object.entries(source.profile ?? {})) {
    t.input.profile[field] = p.value;
    t.profileRow.set(field, { cell: p.at });
  }
  for (let r = headerIndex + 1; r < records.length && problems.length + t.rejected.length + t.ignored.length < MAX_PROBLEMS; r++) {
    if (!records[r].every(isBlankCell)) readRow(t, r);
  }
  const { input, seen, places, rejected, ignored } = t;
  if (problems.length > 0) {
    // Everything is said when the file is refused, in the order of the file.
    const all = [...problems, ...rejected, ...ignored].sort((a, b) => a.row - b.row).slice(0, MAX_PROBLEMS);
    return { ok: false, problems: all, decimal };
  }
  const resultColumns = RESULT_COLUMNS.filter((c) => header.includes(c));
  return {
    ok: true,
    input,
    rows: seen.size,
    decimal,
    places,
    rejected,
    ignored,
    columns: VALUES_COLUMNS.filter((c) => col[c] >= 0),
    resultColumns,
    notes,
  };
}

/**
 * What reading a values table keeps as it goes. The row reader below is made of module functions that
 * take it, not of closures made anew for each row: under tsx (the command line) esbuild names every
 * named closure as it is made, and the eleven per row were a third of the time of reading a file.
 */
interface TableRead {
  source: ValuesTableSource;
  fw: Framework;
  col: Record<ValuesColumn, number>;
  decimal: DecimalChoice;
  certain: boolean;
  /** The index of the `provenance` column (values-provenance.ts), -1 when the file has none. */
  provenanceColumn: number;
  input: AssessmentInput;
  /** The line each data point was read on, for a repeated one. */
  seen: Map<string, number>;
  /** Where each profile figure was first read: a line, or a cell such as `Profile!D7`. */
  profileRow: Map<string, { line: number } | { cell: string }>;
  places: Record<string, { row: number; cells?: Partial<Record<ValuesColumn, string>> }>;
  problems: CsvProblem[];
  rejected: CsvProblem[];
  ignored: CsvProblem[];
}

/** One record being read: its index, its line or row, its cells; `entered` is the unit a value was typed in. */
interface RowRead {
  t: TableRead;
  r: number;
  row: number;
  rec: TableCell[];
  entered?: EnteredValue;
}

type NumberColumn = (typeof NUMBER_COLUMNS)[number];

/**
 * Says a problem at a cell of the row, in one of three lists: `problem`, a problem of the row (an unknown
 * code, a repeated data point: the file is not read); `reject`, a bad number cell, kept as the text it
 * holds (as the grid keeps it) and not scored; `ignore`, a bad cell that has no text form to keep
 * (status, quality, year, target), left out.
 */
function say(w: RowRead, list: 'problem' | 'reject' | 'ignore', column: ValuesColumn | undefined, problem: TableProblem): void {
  const { source, col } = w.t;
  const cell = column && source.cellAt && col[column] >= 0 ? source.cellAt(w.r, col[column]) : undefined;
  const p: CsvProblem = { row: w.row, ...(column && { column }), ...(cell && { cell }), problem };
  (list === 'problem' ? w.t.problems : list === 'reject' ? w.t.rejected : w.t.ignored).push(p);
}

function raw(w: RowRead, c: ValuesColumn): TableCell {
  const i = w.t.col[c];
  return i >= 0 ? (w.rec[i] ?? '') : '';
}

function typedReason(v: Extract<SheetValue, { kind: 'error' | 'no-result' }>): TableProblem {
  return v.kind === 'error'
    ? { kind: 'error-value', code: v.code }
    : v.stored !== undefined
      ? { kind: 'not-calculated', formula: quoted(v.formula), stored: shorten(v.stored), why: v.why ?? 'recalc-on-load' }
      : { kind: 'no-saved-result', formula: quoted(v.formula) };
}

/** A cell that must hold text (code, status, a note...): an error value or an unsaved formula is a problem or left out. */
function textOf(w: RowRead, c: ValuesColumn, bad: 'problem' | 'ignore'): string | null {
  const v = raw(w, c);
  if (typeof v === 'string') return c !== 'code' && c !== 'datapoint' && isMissingMarker(v) ? '' : v.trim();
  if (v.kind === 'error' || v.kind === 'no-result') return (say(w, bad, c, typedReason(v)), null);
  return cellText(v);
}

/** A text cell, or blank when it holds none. */
function textOrBlank(w: RowRead, c: ValuesColumn): string {
  return textOf(w, c, 'ignore') ?? '';
}

/**
 * A number cell: a number, yes or no; or, when it is not one, the text it holds with its reason
 * (`bad`), which the caller keeps as the grid keeps it or leaves out.
 */
function readNumber(w: RowRead, ref: DatapointRef, c: NumberColumn): { value?: NumInput; bad?: { text: string; reason: TableProblem } } {
  const v = raw(w, c);
  const yesno = ref.def.formula.kind === 'yesno';
  if (typeof v !== 'string') {
    switch (v.kind) {
      case 'number':
        if (c === 'value' && yesno) {
          if (v.value === 1 || v.value === 0) return { value: v.value === 1 ? 'yes' : 'no' };
          return { bad: { text: String(v.value), reason: { kind: 'not-yes-no', text: quoted(String(v.value)) } } };
        }
        // A percent-formatted cell holds 0.995 and shows 99.5 %: the percentage shown is the value of a
        // data point in %. For any other unit the number and what the cell shows disagree (a travel
        // time index of 1.35 shown as 135 %): the cell is refused, never read either way in silence.
        if (!v.percent) return { value: v.value };
        if (ref.def.unit === '%') return { value: Number((v.value * 100).toPrecision(15)) };
        return {
          bad: {
            text: String(v.value),
            reason: { kind: 'percent-not-unit', value: v.value, shown: Number((v.value * 100).toPrecision(15)), unit: ref.def.unit },
          },
        };
      case 'bool':
        if (c === 'value' && yesno) return { value: v.value ? 'yes' : 'no' };
        return { bad: { text: cellText(v), reason: { kind: 'bool-not-number', value: v.value } } };
      case 'date':
        return { bad: { text: v.date, reason: { kind: 'date-not-number', date: v.date } } };
      default:
        return { bad: { text: cellText(v), reason: typedReason(v) } };
    }
  }
  const text = v.trim();
  if (text === '' || isMissingMarker(text)) return {};
  const { mark } = w.t.decimal;
  const certain = w.t.certain;
  if (isAmbiguousMarker(text)) return { bad: { text, reason: { kind: 'ambiguous-marker', text: quoted(text) } } };
  if (c === 'value' && yesno) {
    const word = yesNo(text);
    return word ? { value: word } : { bad: { text, reason: { kind: 'not-yes-no', text: quoted(text) } } };
  }
  // A value typed in a unit the data point converts from (`12 ppb` of NO2), converted as the grid
  // converts it, and recorded with the value as the grid records it.
  const typed = c === 'value' ? withUnit(text, ref.def.conversions ?? []) : null;
  if (typed) {
    const number = parseFileNumber(typed.number, mark, certain);
    if (!number.ok) return { bad: { text, reason: { kind: 'number', problem: number.reason } } };
    const { unit, factor } = typed.conversion;
    w.entered = { value: number.value, unit, factor };
    return { value: convertedValue(number.value, factor) };
  }
  const parsed = parseFileNumber(text, mark, certain);
  return parsed.ok ? { value: parsed.value } : { bad: { text, reason: { kind: 'number', problem: parsed.reason } } };
}

/** A numerator, denominator or value: its number, or the text of a bad cell, kept with its reason. */
function readInput(w: RowRead, ref: DatapointRef, c: 'numerator' | 'denominator' | 'value'): NumInput | undefined {
  const { value, bad } = readNumber(w, ref, c);
  if (!bad) return value;
  if (textLength(bad.text) > MAX_NUM_TEXT) {
    say(w, 'problem', c, { kind: 'number-text-too-long', text: quoted(bad.text), limit: MAX_NUM_TEXT });
    return undefined;
  }
  say(w, 'reject', c, bad.reason);
  return bad.text;
}

/** Reads record `r` (not blank) into the table's input, or says why it cannot be. */
function readRow(t: TableRead, r: number): void {
  const { fw, input, col, source } = t;
  const w: RowRead = { t, r, row: source.lines[r], rec: source.records[r] };
  const row = w.row;
  const code = textOf(w, 'code', 'problem') ?? '';
  const key = textOf(w, 'datapoint', 'problem') ?? '';
  const kpi = fw.kpiByCode(code);
  if (!kpi) {
    say(w, 'problem', 'code', code === '' ? { kind: 'empty-code' } : { kind: 'unknown-code', code: quoted(code) });
    return;
  }
  const ref = fw.datapoint(code, key);
  if (!ref) {
    say(w, 'problem', 'datapoint', { kind: 'unknown-datapoint', key: quoted(key), kpi: kpi.code, expected: kpi.datapoints.map((d) => d.key) });
    return;
  }
  if (t.seen.has(ref.id)) {
    say(w, 'problem', 'code', { kind: 'repeated', code: ref.kpi.code, key: ref.def.key, first: t.seen.get(ref.id) ?? null });
    return;
  }
  t.seen.set(ref.id, row);
  const cellAt = source.cellAt;
  if (cellAt) t.places[ref.id] = { row, cells: Object.fromEntries(VALUES_COLUMNS.filter((c) => col[c] >= 0).map((c) => [c, cellAt(r, col[c])])) };
  else t.places[ref.id] = { row };

  const entry: ValueEntry = {};
  const numerator = readInput(w, ref, 'numerator');
  const value = readInput(w, ref, 'value');
  const denominator = readInput(w, ref, 'denominator');
  if (numerator !== undefined) entry.numerator = numerator;
  if (value !== undefined) entry.value = value;
  if (w.entered && typeof value === 'number') entry.entered = w.entered;
  const f = ref.def.formula;
  if (denominator !== undefined) {
    if (f.kind === 'ratio' && 'profile' in f.denominator) {
      // A profile denominator (population, households...) is one number for the whole city.
      const field = f.denominator.profile;
      const previous = input.profile[field];
      if (previous !== undefined && previous !== denominator) {
        say(w, 'problem', 'denominator', {
          kind: 'profile-conflict',
          field,
          value: String(denominator),
          previous: String(previous),
          at: t.profileRow.get(field) ?? null,
        });
      } else {
        input.profile[field] = denominator;
        t.profileRow.set(field, { line: row });
      }
    } else if (f.kind === 'ratio') entry.denominator = denominator;
    else say(w, 'problem', 'denominator', { kind: 'reported-directly', code: ref.kpi.code });
  }
  if (numerator !== undefined && f.kind !== 'ratio') {
    say(w, 'problem', 'numerator', { kind: 'reported-directly', code: ref.kpi.code });
  }

  const targetCell = raw(w, 'target');
  if (typeof targetCell === 'string' && targetCell.trim().toLowerCase() === 'none') input.targets[ref.id] = { target: 'none' } satisfies TargetOverride;
  else if (!isBlankCell(targetCell) && !(typeof targetCell === 'string' && isMissingMarker(targetCell))) {
    const { value: target, bad } = readNumber(w, ref, 'target');
    if (bad) say(w, 'ignore', 'target', bad.reason.kind === 'number' ? { kind: 'bad-target', problem: bad.reason.problem, blank: true } : bad.reason);
    else if (typeof target === 'number' && target < 0) say(w, 'ignore', 'target', { kind: 'negative-target' });
    else if (typeof target === 'number') input.targets[ref.id] = { target };
  }
  const status = textOrBlank(w, 'status');
  if (status !== '') {
    const s = STATUS_WORDS[status.toLowerCase()];
    if (s) entry.status = s;
    else
      say(w, 'ignore', 'status', isAmbiguousMarker(status) ? { kind: 'ambiguous-marker', text: quoted(status) } : { kind: 'bad-status', text: quoted(status) });
  }
  const quality = textOrBlank(w, 'quality');
  if (quality !== '') {
    const q = QUALITY_WORDS[quality.toLowerCase()];
    if (q) entry.quality = q;
    else say(w, 'ignore', 'quality', { kind: 'bad-quality', text: quoted(quality), allowed: QUALITIES });
  }
  const yearCell = raw(w, 'year');
  if (!isBlankCell(yearCell) && !(typeof yearCell === 'string' && isMissingMarker(yearCell))) {
    // A year as typed (2024), as pandas writes a float column (2024.0, or 2024,0 with decimal=','),
    // as a number cell or a date cell.
    const year =
      typeof yearCell === 'string'
        ? /^\d{4}([.,]0+)?$/.test(yearCell.trim())
          ? Number(yearCell.trim().slice(0, 4))
          : null
        : yearCell.kind === 'number' && !yearCell.percent && Number.isInteger(yearCell.value)
          ? yearCell.value
          : yearCell.kind === 'date'
            ? yearCell.year
            : null;
    if (year !== null && year >= MIN_YEAR && year <= MAX_YEAR) entry.year = year;
    else if (typeof yearCell === 'string' || yearCell.kind === 'number' || yearCell.kind === 'bool')
      say(w, 'ignore', 'year', { kind: 'bad-year', text: quoted(cellText(yearCell).trim()), min: MIN_YEAR, max: MAX_YEAR });
    else textOf(w, 'year', 'ignore');
  }
  for (const c of ['source', 'note'] as const) {
    // Free text is kept as written, spaces and line breaks at its ends too (the writers quote them).
    const cell = raw(w, c);
    const text = undefuse(typeof cell === 'string' ? (isMissingMarker(cell) ? '' : cell) : textOrBlank(w, c));
    if (textLength(text) > MAX_TEXT) say(w, 'problem', c, { kind: 'text-too-long', length: textLength(text), limit: MAX_TEXT });
    else if (text.trim() !== '') entry[c] = text;
  }
  if (t.provenanceColumn >= 0) readRowProvenance(w, ref, { numerator, value, denominator });
  if (Object.keys(entry).length > 0) input.values[ref.id] = entry;
}

/** The row's `provenance` cell: each source that holds for the row's number is kept; a cell that is not one is left out, said. */
function readRowProvenance(w: RowRead, ref: DatapointRef, numbers: Partial<Record<'numerator' | 'value' | 'denominator', NumInput>>): void {
  const cell = w.rec[w.t.provenanceColumn];
  if (isBlankCell(cell)) return;
  const sources = typeof cell === 'string' ? readProvenanceCell(cell.trim(), numbers) : null;
  if (!sources) {
    const at = w.t.source.cellAt?.(w.r, w.t.provenanceColumn);
    w.t.ignored.push({ row: w.row, column: PROVENANCE_COLUMN, ...(at && { cell: at }), problem: { kind: 'bad-provenance' } });
  } else if (Object.keys(sources).length > 0) addRowSources((w.t.input.provenance ??= {}), ref, sources);
}

/**
 * An unnamed first column that holds 0, 1, 2… (pandas' index) or 1, 2, 3… (R's row names) on the rows
 * with data, in order: a row index, not data.
 */
function isIndexColumn(records: TableCell[][], headerIndex: number): boolean {
  const first = records.slice(headerIndex + 1).find((rec) => !rec.every((f) => isBlankCell(f)))?.[0];
  let expected = first === '1' || (typeof first === 'object' && first.kind === 'number' && first.value === 1) ? 1 : 0;
  const start = expected;
  for (let r = headerIndex + 1; r < records.length; r++) {
    const rec = records[r];
    if (rec.every((f) => isBlankCell(f))) continue;
    const cell = rec[0];
    const text = cell === undefined ? '' : typeof cell === 'string' ? cell.trim() : cell.kind === 'number' ? String(cell.value) : '';
    if (text !== String(expected)) return false;
    expected++;
  }
  return expected > start;
}

const text = (v: NumInput | undefined) => (v === undefined || v === null ? '' : String(v));

/**
 * Writes one row per data point of the framework, in catalogue order. A blank input gives the template
 * (`npm run score -- --template`).
 */
export function valuesCsv(fw: Framework, input?: AssessmentInput): string {
  const rows = valuesTable(fw, input);
  // The sources of figures filled from statistics tables, in a last column only when there is one.
  const cells = input?.provenance ? fw.datapoints.map((ref) => provenanceCell(rowSources(input, ref))) : [];
  if (cells.some((c) => c !== '')) {
    rows[0].push(PROVENANCE_COLUMN);
    cells.forEach((c, i) => rows[i + 1].push(c));
  }
  return writeCsv(rows);
}

/** The values table (header row first), shared by the CSV and spreadsheet exports. */
export function valuesTable(fw: Framework, input?: AssessmentInput): string[][] {
  const rows: string[][] = [[...VALUES_COLUMNS]];
  for (const ref of fw.datapoints) {
    const e = input?.values[ref.id] ?? {};
    const f = ref.def.formula;
    const denominator = f.kind === 'ratio' && 'profile' in f.denominator ? input?.profile[f.denominator.profile] : e.denominator;
    const t = input?.targets[ref.id];
    rows.push([
      ref.kpi.code,
      ref.def.key,
      text(e.numerator),
      text(denominator),
      text(e.value),
      t === undefined ? '' : String(t.target),
      e.status ?? '',
      e.quality ?? '',
      defuse(e.source ?? ''),
      e.year === undefined || e.year === null ? '' : String(e.year),
      defuse(e.note ?? ''),
    ]);
  }
  return rows;
}
