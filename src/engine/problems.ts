/**
 * What the readers (values CSV and Excel, target files, assessment JSON) find wrong with a file, as
 * data: a `kind` and what it concerns (the offending text shortened, the limit, the line). The words
 * are in src/ui/strings/problems.ts, through switches the compiler checks for completeness, so the
 * app and the command line say the same and a translation covers every message.
 */
import type { DecimalStyle } from './parse';

/**
 * What shows that a workbook's saved formula results were never calculated: it asks to be recalculated
 * when opened (`fullCalcOnLoad`: xlsxwriter, pandas, openpyxl); it calculates only by hand and was
 * saved without calculating (`calcMode="manual"` with `calcOnSave="0"`: xlsxwriter's manual mode, or
 * Excel set so); or every formula's result is the writer's default (0) and the workbook has no
 * calculation chain, which Excel saves with every workbook it calculated (LibreOffice converting an
 * xlsxwriter file keeps the 0s and drops the flag).
 */
export type NotCalculated = 'recalc-on-load' | 'manual' | 'defaults';

/** User text quoted in a problem: its first characters, and the length of the whole. */
export interface Quoted {
  text: string;
  /** Length of the whole text: more than `text.length` when it was shortened. */
  length: number;
}

/** At most this many characters of user text are quoted in a problem. */
export const QUOTE_CHARS = 40;

export const quoted = (text: string, max = QUOTE_CHARS): Quoted => ({ text: text.slice(0, max), length: text.length });

/** Why a text is not a number (the grid, the what-if, every file). */
export type NumberProblem =
  | { kind: 'empty' }
  | { kind: 'wrong-mark'; text: Quoted; mark: DecimalStyle }
  | { kind: 'not-a-number'; text: Quoted }
  | { kind: 'out-of-range'; text: Quoted; limit: number }
  /** `12,125` with no mark declared and nothing in the file to tell: a decimal `other` or a thousands separator. */
  | { kind: 'ambiguous'; text: Quoted; other: DecimalStyle };

/** A problem of a values table, a target file or a text file's bytes; the line, column and cell are beside it. */
export type TableProblem =
  | { kind: 'empty-file' }
  | { kind: 'unclosed-quote' }
  | { kind: 'not-text'; likely: 'windows-1252' | null }
  | { kind: 'missing-columns'; columns: string[]; expected: readonly string[]; separators: boolean }
  | { kind: 'unknown-columns'; columns: Quoted[] }
  | { kind: 'duplicate-column'; name: string; columns: string[] }
  /** A column with data and no name; `merged` is the merged range hiding its header, if any. */
  | { kind: 'unnamed-column'; column: string; line: number; text: Quoted; merged: string | null }
  | { kind: 'error-value'; code: string }
  | { kind: 'no-saved-result'; formula: Quoted }
  | { kind: 'empty-code' }
  /** A `provenance` cell (values-provenance.ts) that is not the sources of a row: left out. */
  | { kind: 'bad-provenance' }
  | { kind: 'unknown-code'; code: Quoted }
  /** `expected`: the data point keys of the KPI ('' for its single data point). */
  | { kind: 'unknown-datapoint'; key: Quoted; kpi: string; expected: string[] }
  | { kind: 'unknown-target'; code: Quoted; key: Quoted }
  | { kind: 'repeated'; code: string; key: string; first: number | null }
  | { kind: 'number'; problem: NumberProblem }
  | { kind: 'not-yes-no'; text: Quoted }
  | { kind: 'bool-not-number'; value: boolean }
  | { kind: 'date-not-number'; date: string }
  | { kind: 'number-text-too-long'; text: Quoted; limit: number }
  /** `at`: where the profile figure was first read (a line of the values table, or a Profile sheet cell). */
  | { kind: 'profile-conflict'; field: string; value: string; previous: string; at: { line: number } | { cell: string } | null }
  | { kind: 'reported-directly'; code: string }
  /** A target that is not a number; `blank`: leaving the cell blank is a choice (values table, not a target file). */
  | { kind: 'bad-target'; problem: NumberProblem; blank: boolean }
  | { kind: 'negative-target' }
  | { kind: 'bad-status'; text: Quoted }
  | { kind: 'bad-quality'; text: Quoted; allowed: readonly string[] }
  | { kind: 'bad-year'; text: Quoted; min: number; max: number }
  | { kind: 'text-too-long'; length: number; limit: number }
  /** A zip archive of a layout (Open SDG's data and meta folders) that is not one, or has none of the layout's files. */
  | { kind: 'not-layout-zip'; layout: 'open-sdg'; detail: 'not-zip' | 'no-data' }
  | { kind: 'file-too-large'; limit: number }
  | { kind: 'unpacks-too-large'; limit: number }
  | { kind: 'not-xlsx'; detail: 'not-zip' | 'no-workbook' | 'no-worksheet' | 'broken-xml' }
  /** A formula whose saved result (`stored`) was never calculated, and what in the workbook says so (`NotCalculated`). */
  | { kind: 'not-calculated'; formula: Quoted; stored: string; why: NotCalculated }
  /** A cell formatted as a percentage for a data point not measured in %: its number and what it shows disagree. */
  | { kind: 'percent-not-unit'; value: number; shown: number; unit: string }
  /** `N/A`, `n.a.`, a dash: "not available" in some tables, "not applicable" in others. */
  | { kind: 'ambiguous-marker'; text: Quoted }
  /** Several visible sheets hold a values table and none is the one the workbook opens on. */
  | { kind: 'which-sheet'; sheets: string[] }
  /** The only values table is on a hidden sheet. */
  | { kind: 'hidden-sheet'; sheet: string }
  /** The sheet asked for (`--sheet`) is not in the workbook. */
  | { kind: 'no-such-sheet'; name: Quoted; sheets: string[] }
  /** A file of a format the workbench does not read, named by what it is. */
  | { kind: 'other-format'; format: OtherFormat }
  | { kind: 'too-many-rows'; limit: number }
  | { kind: 'too-many-columns'; limit: number };

/** Spreadsheet formats the readers recognise and refuse by name. */
export type OtherFormat = 'ods' | 'xls' | 'xlsm' | 'xlsb' | 'html' | 'numbers';

/** What the reading of a table says about the file as a whole, which is not a problem. */
export type TableNote =
  /** The workbook's sheet that was read, among `of` sheets; `hidden`: its hidden sheets (not read). */
  | { kind: 'sheet-read'; sheet: string; of: number; hidden: string[] }
  /** An unnamed first column of 0, 1, 2… (pandas' row index) was skipped. */
  | { kind: 'index-column'; column: string };

/**
 * What is wrong in an assessment document, at `path` (`values["EC: ICT: ICT: 1C|"].status`,
 * `actions[0].id`; empty for the document itself). The published schema's verdicts and the
 * reader's own checks (data points of the catalogue, ids that must differ) use the same kinds.
 */
export type DocProblemKind =
  | { kind: 'wrong-type'; expected: readonly JsonType[] }
  | { kind: 'too-long'; limit: number }
  | { kind: 'too-short'; limit: number }
  | { kind: 'not-one-of'; value: Quoted; allowed: readonly (string | number)[] }
  | { kind: 'below'; limit: number; exclusive: boolean }
  | { kind: 'above'; limit: number }
  | { kind: 'not-whole' }
  | { kind: 'not-finite' }
  | { kind: 'pattern'; value: Quoted; form: 'datapoint-id' | 'fingerprint' | 'date' | 'other' }
  | { kind: 'missing' }
  | { kind: 'unknown-field'; name: Quoted }
  | { kind: 'forbidden-key'; key: string }
  /** The member's key is written more than once in its object; JSON.parse would keep only the last. */
  | { kind: 'repeated-key' }
  | { kind: 'too-many'; limit: number }
  | { kind: 'unknown-datapoint'; id: Quoted }
  | { kind: 'unknown-profile-field'; name: Quoted }
  | { kind: 'duplicate-id'; id: Quoted }
  | { kind: 'reason-required' }
  | { kind: 'blank-text' }
  | { kind: 'not-year'; min: number; max: number }
  | { kind: 'not-target' }
  | { kind: 'bad-id'; limit: number }
  | { kind: 'not-time' }
  | { kind: 'bad-shape'; shape: 'entered' | 'frozen' | 'parent' | 'carried-from' | 'catalogue-review' | 'changes' | 'origin' | 'provenance' }
  /** A schema keyword the words do not know yet: the keyword is said. */
  | { kind: 'schema'; keyword: string }
  | { kind: 'bad-version' }
  | { kind: 'migration-failed'; from: number; to: number };

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

export type DocProblem = DocProblemKind & {
  path: string;
  /** In a workspace file: the 1-based position of the assessment. */
  assessment?: number;
};

/** A note on a document that was read: something read as it stands that deserves a word. */
export type DocNote = (
  | { kind: 'kept-as-text'; text: Quoted }
  /** Repairing a stored row: a time or a revision out of range, reset. */
  | { kind: 'reset-time'; value: Quoted }
  | { kind: 'reset-revision'; value: Quoted }
) & { path: string; assessment?: number };

/** Why an assessment or workspace file was not read. */
export type AssessmentParseError =
  | { kind: 'not-json'; detail: string }
  | { kind: 'too-large'; limit: number }
  /** `workspace`: the file was read as a workspace file or an assessment, and is neither. */
  | { kind: 'not-an-assessment'; workspace: boolean }
  | { kind: 'newer-version'; version: number; max: number; workspace: boolean }
  | { kind: 'wrong-framework'; framework: Quoted; expected: string }
  | { kind: 'invalid'; problems: DocProblem[] }
  /** A workspace file in which no assessment could be read: each refused one. */
  | { kind: 'none-read'; refused: RefusedAssessment[] };

/** An assessment of a workspace file that could not be read; the others are imported all the same. */
export interface RefusedAssessment {
  /** 1-based position in the file. */
  position: number;
  /** City and year as the file has them, where they are text and a number. */
  label: string;
  error: AssessmentParseError;
}
