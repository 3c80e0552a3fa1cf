/**
 * npm run score -- FILE [--method NAME] [--decimal point|comma] [--encoding windows-1252]  scores a values CSV or Excel file, or an assessment JSON
 * npm run score -- --template                                 prints a blank values CSV (one row per data point)
 *
 * Prints the scores JSON of DESIGN.md to stdout. Exit status 0 only when the file was read and every
 * value is valid: a file that cannot be read exits 1 with its problems on stderr as
 * `file:line: column: problem` (or `file:Sheet!C7: problem`); values the engine rejects (150 %, a
 * negative count, text) are listed the same way and exit 1 with the scores still printed; wrong usage exits with status 2. Files are read through the one
 * list of formats (src/interchange/formats.ts), the same readers as the app's import panel.
 */
import { readFileSync, statSync } from 'node:fs';
import { valuesCsv } from '../engine/csv';
import { score } from '../engine/evaluator';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { toScoresJson } from '../engine/report';
import type { AssessmentInput, MethodName } from '../engine/types';
import { METHODS } from '../engine/assessment';
import { decodeText } from '../engine/decode';
import { shorten, type DecimalStyle } from '../engine/parse';
import { formatForFile, MAX_FILE_BYTES, type FileSource, type FormatProblem, type FormatReadResult } from '../interchange/formats';
import { assessmentJson } from '../interchange/formats/assessment-json';
import { valuesCsv as valuesCsvFormat } from '../interchange/formats/values-csv';
import { flagText } from '../ui/strings/flags';
import { P } from '../ui/strings/problems';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const readBytes = (f: string): Uint8Array => readFileSync(f);

const USAGE = `usage: npm run score -- FILE [--method ${METHODS.join('|')}] [--decimal point|comma] [--encoding windows-1252]
       npm run score -- --template
`;

/** A problem in words, with where it is. */
type Said = Omit<FormatProblem, 'problem'> & { message: string };
const inWords = ({ problem, ...at }: FormatProblem): Said => ({ ...at, message: P.table(problem) });

/** One problem line: `file:line: column: problem`, or with the Excel cell address in place of the line. */
const problemLine = (file: string, p: Said) => {
  const at = p.cell ?? (p.row !== undefined ? String(p.row) : '');
  return `${file}:${at ? `${at}:` : ''}${p.column && !p.cell ? ` ${p.column}:` : ''} ${p.message}\n`;
};

/**
 * `read` gives a file as text (tests), `bytes` as bytes (the default reads the disk); every file is
 * decoded strictly through the same readers as the app's import panel.
 */
export async function runCli(
  args: string[],
  read?: (file: string) => string,
  size: (file: string) => number = (f) => statSync(f).size,
  bytes?: (file: string) => ArrayBuffer | Uint8Array,
): Promise<CliResult> {
  const fail = (code: number, stderr: string): CliResult => ({ code, stdout: '', stderr });
  if (args.includes('--template')) return { code: 0, stdout: valuesCsv(u4ssc), stderr: '' };

  let method: MethodName | undefined;
  let decimal: DecimalStyle | undefined;
  let allow1252 = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--method') {
      const name = args[++i];
      if (!METHODS.includes(name as MethodName)) return fail(2, `unknown method "${shorten(name ?? '')}"; expected ${METHODS.join(' or ')}\n${USAGE}`);
      method = name as MethodName;
    } else if (args[i] === '--decimal') {
      const mark = args[++i];
      if (mark !== 'point' && mark !== 'comma') return fail(2, `unknown decimal mark "${shorten(mark ?? '')}"; expected point or comma\n${USAGE}`);
      decimal = mark;
    } else if (args[i] === '--encoding') {
      if (args[++i]?.toLowerCase() !== 'windows-1252')
        return fail(2, `unknown encoding; only windows-1252 can be confirmed (UTF-8 and UTF-16 are read without it)\n${USAGE}`);
      allow1252 = true;
    } else if (args[i].startsWith('--')) return fail(2, `unknown option ${shorten(args[i])}\n${USAGE}`);
    else files.push(args[i]);
  }
  if (files.length !== 1) return fail(2, USAGE);
  const file = files[0];

  let data: Uint8Array;
  try {
    if (size(file) > MAX_FILE_BYTES) return fail(1, `${file}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.\n`);
    const raw = bytes ? bytes(file) : read ? new TextEncoder().encode(read(file)) : readBytes(file);
    data = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  } catch (e) {
    return fail(1, `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
  }

  // The registered formats (src/interchange/formats.ts), by file ending; JSON also by content (after a
  // byte-order mark), and anything else is read as a values CSV.
  const head = decodeText(data.subarray(0, 16));
  const looksJson = head.ok && head.text.trimStart().startsWith('{');
  const format = looksJson ? assessmentJson : (formatForFile(file, '', ['assessments', 'values']) ?? valuesCsvFormat);
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const source: FileSource = { name: file, text: async () => new TextDecoder().decode(data), arrayBuffer: async () => buffer };
  const r: FormatReadResult = format.read
    ? await format.read(source, { fw: u4ssc, targets: referenceTargets, ...(decimal && { decimal }), allow1252 })
    : { ok: false, problems: [] };
  if (!r.ok) {
    const encodingHint = r.encoding?.likely === 'windows-1252' ? `${file}: to read it as Windows-1252, add --encoding windows-1252.\n` : '';
    const errorLines = r.error ? [P.parseError(r.error), ...P.errorLines(r.error)].map((line) => `${file}: ${line}\n`).join('') : '';
    return fail(1, errorLines + r.problems.map((p) => problemLine(file, inWords(p))).join('') + encodingHint);
  }
  let input: AssessmentInput;
  let where: (id: string, field: string) => Said = (id, field) => ({ column: `${id.replace('|', ' ').trim()} ${field}`, message: '' });
  let notes: string[] = [];
  let cellProblems: Said[] = [];
  if (r.holds === 'assessments') {
    if (r.docs.length !== 1) return fail(1, `${file}: the file holds ${r.docs.length} assessments; score one at a time.\n`);
    input = r.docs[0];
    notes = r.notes.map(P.note);
  } else if (r.holds === 'values') {
    input = r.input;
    cellProblems = [...r.rejected, ...r.ignored].map(inWords);
    const places = r.places;
    where = (id, field) => {
      const column = field === 'profile' ? 'denominator' : field;
      const place = places[id];
      return { row: place?.row, column, cell: place?.cells?.[column as keyof typeof place.cells], message: '' };
    };
  } else return fail(1, `${file}: not an assessment or a values table.\n`);
  if (method) input = { ...input, method: { name: method } };
  const scores = score(u4ssc, referenceTargets, input);
  // A value the engine rejects (150 %, a negative count, text) is a problem of the file: the scores are
  // still printed, and the exit status says not everything was valid.
  // Cells the reader kept as text or left out are said once, with the reader's reason.
  const said = new Set(cellProblems.map((p) => `${p.row}|${p.column}`));
  const problems = [
    ...cellProblems,
    ...scores.items.flatMap((item) =>
      item.flags
        .filter((f) => f.level === 'error')
        .map((f) => ({ ...where(item.id, f.field), message: shortenQuoted(flagText(f)) }))
        .filter((p) => !said.has(`${p.row}|${p.column}`)),
    ),
  ]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .map((p) => problemLine(file, p));
  const stderr = notes.map((n) => `${file}: ${n}\n`).join('') + problems.join('');
  return { code: problems.length > 0 ? 1 : 0, stdout: JSON.stringify(toScoresJson(scores), null, 2) + '\n', stderr };
}

/** Engine messages quote the user's text whole; a 100 000-digit value is echoed shortened. */
const shortenQuoted = (message: string) => message.replace(/"([^"]{41,})"/g, (_, t: string) => `"${shorten(t)}"`);

// Run only when executed directly (tests import runCli).
if (process.argv[1] && /score\.ts$/.test(process.argv[1])) {
  void runCli(process.argv.slice(2)).then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
