/**
 * The one list of file formats. Each format is a module in formats/ with its file endings, what it
 * holds, and `read` and/or `write`; registering it here is the only other change needed for the app's
 * import and export panels and the command line to offer it (its button label is then demanded by the
 * compiler in src/ui/strings/interchange.ts).
 *
 * Pure TypeScript over engine and share code: runs in the page and in Node (the CLI, unit tests).
 */
import type { AssessmentDoc } from '../engine/assessment';
import type { CsvResult, DecimalChoice, SheetChoice } from '../engine/csv';
import { decodeText } from '../engine/decode';
import type { Framework } from '../engine/framework';
import type { ReadFramework } from '../engine/framework-file';
import type { DecimalStyle } from '../engine/parse';
import type { AssessmentParseError, DocNote, OtherFormat, RefusedAssessment, TableNote, TableProblem } from '../engine/problems';
import type { TargetSet } from '../engine/targets';
import type { AssessmentInput, TargetOverride } from '../engine/types';
import { allZipFormat } from './formats/all-zip';
import { assessmentJson } from './formats/assessment-json';
import { dhis2MetadataFormat, dhis2ValuesFormat } from './formats/dhis2';
import { openSdgFormat } from './formats/open-sdg';
import { scoresTidyCsv } from './formats/scores-csv';
import { scoresParquetFormat } from './formats/scores-parquet';
import { sdmxCsvFormat } from './formats/sdmx-csv';
import { sdmxMlFormat } from './formats/sdmx-ml';
import { targetsCsv } from './formats/targets-csv';
import { valuesCsv } from './formats/values-csv';
import { valuesXlsx } from './formats/values-xlsx';
import type { WorkbookLabels } from '../share/xlsx';

/** One size limit for every file, in the app and the command line: larger files are refused before a byte is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** What a file holds once read: whole assessments, one table of values, or target overrides; or, written only, the scores. */
export type Holds = 'assessments' | 'values' | 'targets' | 'scores';

/** A file to read: a browser File or Blob, or the CLI's file from disk. */
export interface FileSource {
  readonly name: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FormatContext {
  fw: Framework;
  targets: TargetSet;
  /** The decimal mark the user chose for this file (import panel, `--decimal`); else the file's numbers tell, else `fallback`. */
  decimal?: DecimalStyle;
  /** The user's decimal setting. */
  fallback?: DecimalStyle;
  /** The user confirmed reading a text file that is not UTF-8 as Windows-1252. */
  allow1252?: boolean;
  /** A workbook's sheet to read, by name (`--sheet`, the import panel's choice). */
  sheet?: string;
  /** The words of a results workbook to write (the interface language, `--lang`); English without them. */
  workbook?: WorkbookLabels;
  /**
   * The framework file this browser holds (the library's editor), for the scores tables of an assessment
   * that names it: its own aggregates and local KPIs are written after the U4SSC rows (issue #30).
   */
  held?: ReadFramework | null;
}

export interface FormatProblem {
  /** 1-based line (CSV) or row (spreadsheet), when the problem has one. */
  row?: number;
  column?: string;
  /** A spreadsheet's cell address, e.g. `Values!C7`. */
  cell?: string;
  problem: TableProblem;
}

/**
 * A text file's bytes as text, strictly (src/engine/decode.ts): a file that is not UTF-8 or UTF-16 is
 * refused, with the encoding it looks like so the user can confirm reading it as such.
 */
export async function readText(
  file: FileSource,
  ctx: Pick<FormatContext, 'allow1252'>,
): Promise<{ ok: true; text: string } | Extract<FormatReadResult, { ok: false }>> {
  const decoded = decodeText(await file.arrayBuffer(), ctx.allow1252 === true);
  if (decoded.ok) return { ok: true, text: decoded.text };
  return {
    ok: false,
    encoding: { likely: decoded.likely },
    problems: [{ row: decoded.line, problem: { kind: 'not-text', likely: decoded.likely } }],
  };
}

/** What a values table read (CSV or Excel, the same table) says to the import: the same for both formats. */
export function valuesTableRead(table: CsvResult): FormatReadResult {
  if (!table.ok)
    return { ok: false, problems: table.problems, ...(table.decimal && { decimal: table.decimal }), ...(table.sheets && { sheets: table.sheets }) };
  const { input, rows, decimal, places, rejected, ignored, columns, resultColumns, notes, sheets } = table;
  return { ok: true, holds: 'values', input, rows, decimal, places, rejected, ignored, columns, resultColumns, notes, ...(sheets && { sheets }) };
}

export type FormatReadResult =
  /** `refused`: assessments of a workspace file that could not be read (the others are imported); `notes`: what was read but deserves a word. */
  | { ok: true; holds: 'assessments'; docs: AssessmentDoc[]; refused: RefusedAssessment[]; notes: DocNote[] }
  /** `rejected`: number cells kept as text with their reason (not scored); `ignored`: cells left out with theirs. */
  | {
      ok: true;
      holds: 'values';
      input: AssessmentInput;
      rows: number;
      decimal: DecimalChoice;
      places: Extract<CsvResult, { ok: true }>['places'];
      rejected: FormatProblem[];
      ignored: FormatProblem[];
      /** The columns the table has (an update changes only what the file carries); absent: every column. */
      columns?: Extract<CsvResult, { ok: true }>['columns'];
      /** Result columns the table also has, which are not read (the scores are recomputed). */
      resultColumns?: Extract<CsvResult, { ok: true }>['resultColumns'];
      /** What the reading says about the file as a whole (the sheet read, a column skipped). */
      notes?: TableNote[];
      /** A workbook's sheets and the one read. */
      sheets?: SheetChoice;
    }
  | { ok: true; holds: 'targets'; targets: Record<string, TargetOverride> }
  /**
   * `error`: why an assessment file was not read (its own problems in it); `encoding`: the text is not
   * UTF-8, `likely` names what it looks like, to offer reading it as such.
   */
  | {
      ok: false;
      error?: AssessmentParseError;
      problems: FormatProblem[];
      encoding?: { likely: 'windows-1252' | null };
      decimal?: DecimalChoice;
      sheets?: SheetChoice;
    };

export interface FileFormat<Id extends string = string> {
  readonly id: Id;
  readonly holds: Holds;
  /** Ending of an exported file's name after `<city>-<year>`, e.g. `-values.csv`. */
  readonly suffix: string;
  /** Lower-case endings and MIME types that mark a file to import as this format. */
  readonly extensions: readonly string[];
  readonly mimeTypes: readonly string[];
  /** Reads a file; bad input is a result with problems, never a throw. Absent for write-only formats. */
  read?(file: FileSource, ctx: FormatContext): Promise<FormatReadResult>;
  /** Writes one assessment. Absent for read-only formats. */
  write?(doc: AssessmentDoc, ctx: FormatContext): Promise<Blob>;
  /**
   * A publication format: it reads back the values it publishes (each data point's value, status,
   * quality, source and year), not the inputs, notes, profile or targets; the same scores under the same
   * targets, not the same document.
   */
  readonly partial?: true;
  /** Writes several assessments into one file (statistical formats: one table or message for a programme of cities). */
  writeMany?(docs: readonly AssessmentDoc[], ctx: FormatContext): Promise<Blob>;
}

/** Every format, in the order the export panel lists them. Add a format here, once. */
export const FORMATS = [
  assessmentJson,
  valuesCsv,
  valuesXlsx,
  scoresTidyCsv,
  scoresParquetFormat,
  targetsCsv,
  sdmxCsvFormat,
  sdmxMlFormat,
  dhis2ValuesFormat,
  dhis2MetadataFormat,
  openSdgFormat,
  allZipFormat,
] as const satisfies readonly FileFormat[];

export type FormatId = (typeof FORMATS)[number]['id'];

/**
 * The format of a file to import, among those holding one of `accepts`: by ending first (the longest that
 * matches, so `x.sdmx.csv` is SDMX-CSV and `x.csv` a values CSV), then by MIME type.
 */
export function formatForFile(name: string, type: string, accepts: readonly Holds[], formats: readonly FileFormat[] = FORMATS): FileFormat | null {
  const candidates = formats.filter((f) => f.read && accepts.includes(f.holds));
  const lower = name.toLowerCase();
  const ending = (f: FileFormat) => Math.max(0, ...f.extensions.filter((e) => lower.endsWith(e)).map((e) => e.length));
  const byEnding = candidates.filter((f) => ending(f) > 0).sort((a, b) => ending(b) - ending(a))[0];
  return byEnding ?? candidates.find((f) => type !== '' && f.mimeTypes.includes(type)) ?? null;
}

/**
 * A spreadsheet of a format the workbench does not read, by its ending or its first bytes: named so the
 * user knows what to save it as, where it would otherwise be read as text and refused for the wrong
 * reason (an .ods as "not UTF-8", an HTML page saved as .xls as "missing columns").
 */
export function otherFormat(name: string, head: Uint8Array): OtherFormat | null {
  const lower = name.toLowerCase();
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  // An OpenDocument package starts with its uncompressed `mimetype` entry (ODF 1.2 part 3, §3.3).
  const zipName = String.fromCharCode(...head.subarray(30, 38));
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  if (
    lower.endsWith('.ods') ||
    lower.endsWith('.ots') ||
    (isZip && zipName === 'mimetype' && String.fromCharCode(...head.subarray(38, 84)).includes('opendocument'))
  )
    return 'ods';
  if (lower.endsWith('.xlsm')) return 'xlsm';
  if (lower.endsWith('.xlsb')) return 'xlsb';
  if (lower.endsWith('.numbers')) return 'numbers';
  if (/\.xlsx?$/.test(lower) && !isZip) {
    const text = String.fromCharCode(...head.subarray(0, 64))
      .replace(/^\ufeff|^\xef\xbb\xbf/, '')
      .trimStart()
      .toLowerCase();
    if (text.startsWith('<')) return 'html';
  }
  return null;
}

/** The endings of the formats that read one of `accepts`, e.g. `['.json', '.csv', '.xlsx']`. */
export function endingsFor(accepts: readonly Holds[]): string[] {
  return pickerEndings(FORMATS.filter((f) => 'read' in f && accepts.includes(f.holds)).flatMap((f) => f.extensions));
}

/** Endings a file picker can name: those after a dot, each once, without those a shorter one covers (`.sdmx.csv` is a `.csv`). */
function pickerEndings(endings: readonly string[]): string[] {
  const dotted = [...new Set(endings.filter((e) => e.startsWith('.')))];
  return dotted.filter((e) => !dotted.some((o) => o !== e && e.endsWith(o)));
}

/** The `accept` attribute of a file input for the formats that read one of `accepts`: endings, then MIME types. */
export function acceptFor(accepts: readonly Holds[]): string {
  const formats = FORMATS.filter((f) => 'read' in f && accepts.includes(f.holds));
  return [...pickerEndings(formats.flatMap((f) => f.extensions)), ...new Set(formats.flatMap((f) => f.mimeTypes))].join(',');
}

/** The formats the export panel offers for one assessment. */
export const exportFormats = (): RegisteredFormat[] => FORMATS.filter((f) => 'write' in f);

export type RegisteredFormat = (typeof FORMATS)[number];

export function formatById(id: FormatId): RegisteredFormat {
  return FORMATS.find((f) => f.id === id)!;
}
