/**
 * Reading a file the user chose or dropped into documents, with every problem listed. The size is
 * checked before a single byte is read; nothing here stores anything.
 */
import type { AssessmentDoc, RefusedAssessment } from '../../engine/assessment';
import type { Framework } from '../../engine/framework';
import { referenceTargets } from '../../engine/frameworks/u4ssc';
import type { AssessmentInput, TargetOverride } from '../../engine/types';
import type { DecimalChoice, SheetChoice } from '../../engine/csv';
import { endingsFor, formatForFile, type FormatProblem, type FormatReadResult } from '../../interchange/formats';
import { readFile, type FileRead, type ReadChoices } from '../../interchange/read-file';
import type { UpdateSource } from '../../session/import-update';
import type { Held } from '../../worker/read-client';
import { targetsCsv } from '../../interchange/formats/targets-csv';
import { MAX_IMPORT_BYTES, megabytes, suggestFromFileName } from './files';
import { interchangeWords } from '../strings/interchange';
import { problemWords } from '../strings/problems';
import { errorName } from '../errors';

/** A reader's problem in words, with where it is: the line, column or cell. */
export type ImportProblem = Omit<FormatProblem, 'problem'> & { message: string };

const worded = ({ problem, ...at }: FormatProblem): ImportProblem => ({ ...at, message: problemWords.table(problem) });

/** Why a file was not read, in words: the headline and each problem. */
const failure = (r: Extract<FormatReadResult, { ok: false }>): { message: string; problems: ImportProblem[] } => ({
  message: r.error ? problemWords.parseError(r.error) : interchangeWords.problemsCount(r.problems.length),
  problems: [...r.problems.map(worded), ...(r.error ? problemWords.errorLines(r.error).map((message) => ({ message })) : [])],
});

export type ImportResult =
  /** `refused`: assessments of the file that could not be read (the others are imported); `notes`: what was read but deserves a word. */
  | { ok: true; kind: 'json'; docs: AssessmentDoc[]; refused: RefusedAssessment[]; notes: string[] }
  /** A file of assessments the read worker keeps and stores itself: what the preview shows of it. */
  | { ok: true; kind: 'held'; held: Held; refused: RefusedAssessment[]; notes: string[] }
  | {
      ok: true;
      kind: 'table';
      input: AssessmentInput;
      rows: number;
      suggestion: { city: string; year: number | null };
      decimal: DecimalChoice;
      rejected: ImportProblem[];
      ignored: ImportProblem[];
      /** Result columns the table also has: said in the preview, never read. */
      resultColumns: string[];
      /** What the reading says about the file as a whole (the sheet read, a column skipped), in words. */
      notes: string[];
      /** A workbook's sheets and the one read, to read another. */
      sheets?: SheetChoice;
      /** What an update of a stored assessment takes from the table: its rows, its columns, and the cells left out. */
      update: Extract<UpdateSource, { kind: 'table' }>;
    }
  /** `encoding`: a text file that is not UTF-8, with what it looks like; `decimal`: the mark a table was read with. */
  | {
      ok: false;
      message: string;
      problems: ImportProblem[];
      encoding?: { likely: 'windows-1252' | null };
      decimal?: DecimalChoice;
      sheets?: SheetChoice;
    };

export type { ReadChoices };

/** A values table as an update source: the data points it has rows for, its columns, and the cells the reader left out. */
function tableUpdate(r: Extract<FormatReadResult, { holds: 'values' }>): Extract<UpdateSource, { kind: 'table' }> {
  const idAt = new Map(Object.entries(r.places).map(([id, p]) => [p.row, id]));
  const leftOut = new Set(
    r.ignored.flatMap((q) => {
      const id = q.row === undefined ? undefined : idAt.get(q.row);
      return id && q.column ? [`${id}|${q.column}`] : [];
    }),
  );
  return { kind: 'table', input: r.input, rows: Object.keys(r.places), ...(r.columns && { columns: r.columns }), leftOut };
}

type FileLike = Pick<File, 'name' | 'size' | 'type' | 'text' | 'arrayBuffer'> & Blob;

const tooLarge = (file: Pick<File, 'size'>): ImportResult | null =>
  file.size > MAX_IMPORT_BYTES ? { ok: false, message: interchangeWords.fileTooLarge(megabytes(file.size), megabytes(MAX_IMPORT_BYTES)), problems: [] } : null;

/** A file of at least this size is read in a worker, with progress and cancel (ImportPanel): a 1 MB table reads in about 0.1 s. */
export const OFF_THREAD_BYTES = 1024 * 1024;

/** Reads an assessment JSON or workspace file, a values CSV or a values spreadsheet, in the page. */
export async function readImportFile(file: FileLike, fw: Framework, choices: ReadChoices = {}): Promise<ImportResult> {
  const refused = tooLarge(file);
  if (refused) return refused;
  try {
    const source = {
      name: file.name,
      type: file.type,
      head: async () => new Uint8Array(await file.slice(0, 128).arrayBuffer()),
      text: () => file.text(),
      arrayBuffer: () => file.arrayBuffer(),
    };
    return wordFileRead(await readFile(source, fw, referenceTargets, ['assessments', 'values'], choices), file.name);
  } catch (e) {
    return { ok: false, message: interchangeWords.readFailed(errorName(e)), problems: [] };
  }
}

/** A file's reading in words, whether it was read in the page or in a worker (src/worker/read-client.ts). */
export function wordFileRead(read: FileRead | Held, name: string): ImportResult {
  if (read.kind === 'held') return { ok: true, kind: 'held', held: read, refused: read.refused, notes: read.notes.map(problemWords.note) };
  // A spreadsheet of a format not read here is named, as the command line names it (src/cli/read.ts).
  if (read.kind === 'other-format') return { ok: false, message: problemWords.table({ kind: 'other-format', format: read.format }), problems: [] };
  if (read.kind === 'unknown') return { ok: false, message: interchangeWords.unknownKind(name, endingsFor(['assessments', 'values'])), problems: [] };
  const r = read.result;
  if (!r.ok) {
    return {
      ok: false,
      ...failure(r),
      ...(r.encoding && { encoding: r.encoding }),
      ...(r.decimal && { decimal: r.decimal }),
      ...(r.sheets && { sheets: r.sheets }),
    };
  }
  if (r.holds === 'assessments') return { ok: true, kind: 'json', docs: r.docs, refused: r.refused, notes: r.notes.map(problemWords.note) };
  if (r.holds === 'values')
    return {
      ok: true,
      kind: 'table',
      input: r.input,
      rows: r.rows,
      suggestion: suggestFromFileName(name),
      decimal: r.decimal,
      rejected: r.rejected.map(worded),
      ignored: r.ignored.map(worded),
      resultColumns: r.resultColumns ?? [],
      notes: (r.notes ?? []).map(problemWords.tableNote),
      ...(r.sheets && { sheets: r.sheets }),
      update: tableUpdate(r),
    };
  return { ok: false, message: interchangeWords.unknownKind(name, endingsFor(['assessments', 'values'])), problems: [] };
}

/** A file too large to import, refused before a byte is read (by the page, before any worker starts). */
export const refusedForSize = tooLarge;

export type TargetImportResult = { ok: true; targets: Record<string, TargetOverride> } | { ok: false; message: string; problems: ImportProblem[] };

/** Reads a target file (CSV). */
export async function readTargetFile(file: FileLike, fw: Framework): Promise<TargetImportResult> {
  const refused = tooLarge(file);
  if (refused && !refused.ok) return refused;
  // By its ending among the target formats; any other file is read as a target CSV, the panel's default.
  const format = formatForFile(file.name, file.type, ['targets']) ?? targetsCsv;
  try {
    const r: FormatReadResult = format.read ? await format.read(file, { fw, targets: referenceTargets }) : { ok: false, problems: [] };
    if (r.ok)
      return r.holds === 'targets'
        ? { ok: true, targets: r.targets }
        : { ok: false, message: interchangeWords.unknownKind(file.name, endingsFor(['targets'])), problems: [] };
    return { ok: false, ...failure(r) };
  } catch (e) {
    return { ok: false, message: interchangeWords.readFailed(errorName(e)), problems: [] };
  }
}
