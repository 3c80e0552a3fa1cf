/**
 * Reading one file for the command line (`npm run score`, `npm run convert`): the bytes from disk (or
 * from a test), the format from the one list of formats (src/interchange/formats.ts) exactly as the
 * app's import panel chooses it, and every problem as a line `file:line: column: problem` (or
 * `file:Sheet!C7: problem` for a spreadsheet cell). Values the engine rejects (150 %, a negative
 * count, text) are problems of the file too, named at the row and column they were read from.
 */
import { readFileSync, statSync } from 'node:fs';
import type { AssessmentDoc } from '../engine/assessment';
import { decodeText } from '../engine/decode';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { loadFramework, type Framework } from '../engine/framework';
import { MAX_FRAMEWORK_BYTES, parseFrameworkFile } from '../engine/framework-file';
import { loadTargetSet, type TargetSet } from '../engine/targets';
import { catalogueTexts } from '../ui/strings/catalogue';
import { shorten, type DecimalStyle } from '../engine/parse';
import type { AssessmentInput, Scores } from '../engine/types';
import { formatForFile, MAX_FILE_BYTES, otherFormat, type FileSource, type FormatProblem, type FormatReadResult } from '../interchange/formats';
import { assessmentJson } from '../interchange/formats/assessment-json';
import { valuesCsv as valuesCsvFormat } from '../interchange/formats/values-csv';
import { flagText } from '../ui/strings/flags';
import { problemWords } from '../ui/strings/problems';

/** How the command line reaches files: the disk by default, memory in tests. */
export interface FileAccess {
  /** A file as text (tests). */
  read?: (file: string) => string;
  size: (file: string) => number;
  /** A file as bytes; the default reads the disk. */
  bytes?: (file: string) => ArrayBuffer | Uint8Array;
}

export const diskAccess = (): FileAccess => ({ size: (f) => statSync(f).size });

export interface ReadChoices {
  decimal?: DecimalStyle;
  allow1252?: boolean;
  /** A workbook's sheet to read (`--sheet`). */
  sheet?: string;
  /** The framework the files are read and scored under (`--framework FILE`); U4SSC when absent. */
  framework?: { fw: Framework; targets: TargetSet };
}

/** A problem in words (the readers return typed problems; the CLI words them as the app does), with where it is. */
export type Said = Omit<FormatProblem, 'problem'> & { message: string };
const inWords = ({ problem, ...at }: FormatProblem): Said => ({ ...at, message: problemWords.table(problem) });

/** One problem line: `file:line: column: problem`, or with the Excel cell address in place of the line. */
export const problemLine = (file: string, p: Said): string => {
  const at = p.cell ?? (p.row !== undefined ? String(p.row) : '');
  return `${file}:${at ? `${at}:` : ''}${p.column && !p.cell ? ` ${p.column}:` : ''} ${p.message}\n`;
};

/** What a file gave: its assessments (one for a values table), and where each data point was read. */
export type FileRead =
  | { ok: false; stderr: string }
  | {
      ok: true;
      holds: 'assessments' | 'values';
      /** The whole documents of an assessment or workspace JSON. */
      docs: AssessmentDoc[];
      /** The values table's input (holds `values`). */
      input?: AssessmentInput;
      /** What the reading says about the file as a whole that is not a problem (notes), as lines. */
      lines: string[];
      /** Cells the reader kept as text or left out, each with its reason; assessments of a workspace file it refused. */
      cellProblems: Said[];
      /** Where a data point's field was read (values tables); JSON has no lines. */
      where: (id: string, field: string) => Said;
      /** Cells the reader already named, so an engine flag on the same cell is said once. */
      said: Set<string>;
      /** The file as read, for a second look (a workbook's Profile sheet). */
      source: FileSource;
    };

/** Reads a file through the registered formats: by ending, a JSON also by its content; anything else as a values CSV. */
export async function readForCli(file: string, choices: ReadChoices, io: FileAccess): Promise<FileRead> {
  const fail = (stderr: string): FileRead => ({ ok: false, stderr });
  let data: Uint8Array;
  try {
    if (io.size(file) > MAX_FILE_BYTES) return fail(`${file}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.\n`);
    const raw = io.bytes ? io.bytes(file) : io.read ? new TextEncoder().encode(io.read(file)) : readFileSync(file);
    data = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  } catch (e) {
    return fail(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
  }
  const other = otherFormat(file, data.subarray(0, 128));
  if (other) return fail(problemLine(file, { message: problemWords.table({ kind: 'other-format', format: other }) }));
  const head = decodeText(data.subarray(0, 16));
  const looksJson = head.ok && head.text.trimStart().startsWith('{');
  // JSON by its content is an assessment, unless its name says another JSON format (a DHIS2 data value set).
  const named = formatForFile(file, '', ['assessments', 'values']);
  const format = looksJson && (!named || named.extensions.includes('.json')) ? assessmentJson : (named ?? valuesCsvFormat);
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const source: FileSource = { name: file, text: async () => new TextDecoder().decode(data), arrayBuffer: async () => buffer };
  const r: FormatReadResult = format.read
    ? await format.read(source, {
        fw: choices.framework?.fw ?? u4ssc,
        targets: choices.framework?.targets ?? referenceTargets,
        ...(choices.decimal && { decimal: choices.decimal }),
        allow1252: choices.allow1252,
        ...(choices.sheet !== undefined && { sheet: choices.sheet }),
      })
    : { ok: false, problems: [] };
  if (!r.ok) {
    const encodingHint = r.encoding?.likely === 'windows-1252' ? `${file}: to read it as Windows-1252, add --encoding windows-1252.\n` : '';
    const errorLines = r.error ? [problemWords.parseError(r.error), ...problemWords.errorLines(r.error)].map((line) => `${file}: ${line}\n`).join('') : '';
    return fail(errorLines + r.problems.map((p) => problemLine(file, inWords(p))).join('') + encodingHint);
  }
  if (r.holds === 'assessments') {
    const lines = r.notes.map((n) => `${file}: ${problemWords.note(n)}\n`);
    // An assessment of a workspace file that could not be read is a problem of the file; the others are scored.
    const refused = r.refused.map((a) => ({
      message: `assessment ${a.position} (${shorten(a.label)}): ${problemWords.refusedLines(a).slice(0, 3).join(' ')}`,
    }));
    return {
      ok: true,
      holds: 'assessments',
      docs: r.docs,
      lines,
      cellProblems: refused,
      where: (id, field) => ({ column: `${id.replace('|', ' ').trim()} ${field}`, message: '' }),
      said: new Set(),
      source,
    };
  }
  if (r.holds === 'values') {
    const cellProblems = [...r.rejected, ...r.ignored].map(inWords);
    const places = r.places;
    return {
      ok: true,
      holds: 'values',
      docs: [],
      input: r.input,
      lines: (r.notes ?? []).map((n) => `${file}: ${problemWords.tableNote(n)}\n`),
      cellProblems,
      where: (id, field) => {
        const column = field === 'profile' ? 'denominator' : field;
        const place = places[id];
        return { row: place?.row, column, cell: place?.cells?.[column as keyof typeof place.cells], message: '' };
      },
      said: new Set(cellProblems.map((p) => `${p.row}|${p.column}`)),
      source,
    };
  }
  return fail(`${file}: not an assessment or a values table.\n`);
}

/**
 * A framework file for `--framework FILE`: the framework and its reference targets (none: no data point
 * is benchmarked), or its problems as lines `file: problem` in the words the app uses.
 */
export function readFrameworkForCli(
  file: string,
  io: FileAccess,
): { ok: true; framework: { fw: Framework; targets: TargetSet } } | { ok: false; stderr: string } {
  let text: string;
  try {
    if (io.size(file) > MAX_FRAMEWORK_BYTES)
      return { ok: false, stderr: `${file}: ${catalogueTexts.frameworkFile({ kind: 'too-large', limit: MAX_FRAMEWORK_BYTES }, problemWords.doc)}\n` };
    text = io.read ? io.read(file) : readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, stderr: `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n` };
  }
  const r = parseFrameworkFile(text);
  if (!r.ok) return { ok: false, stderr: r.problems.map((p) => `${file}: ${catalogueTexts.frameworkFile(p, problemWords.doc)}\n`).join('') };
  const fw = loadFramework(r.value.data);
  const targets = loadTargetSet(
    r.value.targets ?? {
      format: 'ssc-workbench/targets',
      version: 1,
      id: `${fw.data.id}-none`,
      name: '',
      frameworkId: fw.data.id,
      illustrative: true,
      statement: '',
      targets: [],
    },
    fw,
  );
  return { ok: true, framework: { fw, targets } };
}

/** Engine messages quote the user's text whole; a 100 000-digit value is echoed shortened. */
const shortenQuoted = (message: string) => message.replace(/"([^"]{41,})"/g, (_, t: string) => `"${shorten(t)}"`);

/**
 * Every problem of a file that could be read, as lines in the order of the file: the cells the reader
 * kept as text or left out, and the values the engine rejects (150 %, a negative count, text) at the
 * place each was read; a cell the reader already named is not said twice.
 */
export function fileProblems(file: string, read: Extract<FileRead, { ok: true }>, scores: readonly Scores[]): string[] {
  const fromEngine = scores.flatMap((s) =>
    s.items.flatMap((item) =>
      item.flags
        .filter((f) => f.level === 'error')
        .map((f) => ({ ...read.where(item.id, f.field), message: shortenQuoted(flagText(f)) }))
        .filter((p) => !read.said.has(`${p.row}|${p.column}`)),
    ),
  );
  return [...read.cellProblems, ...fromEngine].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).map((p) => problemLine(file, p));
}
