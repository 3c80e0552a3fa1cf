/**
 * npm run score -- FILE [--method u4ssc-points|continuous]   scores a values CSV or Excel file, or an assessment JSON
 * npm run score -- --template                                 prints a blank values CSV (one row per data point)
 *
 * Prints the scores JSON of DESIGN.md to stdout. Bad input exits with status 1 and names the file,
 * the line and the problem on stderr; wrong usage exits with status 2. Files are read through the one
 * list of formats (src/interchange/formats.ts), the same readers as the app's import panel.
 */
import { readFileSync, statSync } from 'node:fs';
import { valuesCsv } from '../engine/csv';
import { score } from '../engine/evaluator';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { toScoresJson } from '../engine/report';
import type { AssessmentInput, MethodName } from '../engine/types';
import { METHODS } from '../engine/assessment';
import { formatForFile, type FileSource, type FormatReadResult } from '../interchange/formats';
import { assessmentJson } from '../interchange/formats/assessment-json';
import { valuesCsv as valuesCsvFormat } from '../interchange/formats/values-csv';

/** Same cap as the app's import: larger files are refused rather than read into memory. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const readBytes = (f: string): ArrayBuffer => {
  const b = readFileSync(f);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

export async function runCli(
  args: string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
  size: (file: string) => number = (f) => statSync(f).size,
  bytes: (file: string) => ArrayBuffer = readBytes,
): Promise<CliResult> {
  const usage = 'usage: npm run score -- FILE [--method u4ssc-points|continuous]\n       npm run score -- --template\n';
  const fail = (code: number, stderr: string): CliResult => ({ code, stdout: '', stderr });
  if (args.includes('--template')) return { code: 0, stdout: valuesCsv(u4ssc), stderr: '' };

  let method: MethodName | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--method') {
      const name = args[++i];
      if (!METHODS.includes(name as MethodName)) return fail(2, `unknown method "${name ?? ''}"; expected ${METHODS.join(' or ')}\n${usage}`);
      method = name as MethodName;
    } else if (args[i].startsWith('--')) return fail(2, `unknown option ${args[i]}\n${usage}`);
    else files.push(args[i]);
  }
  if (files.length !== 1) return fail(2, usage);
  const file = files[0];

  let text: string;
  try {
    if (size(file) > MAX_FILE_BYTES) return fail(1, `${file}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.\n`);
    text = read(file);
  } catch (e) {
    return fail(1, `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
  }

  // The registered formats (src/interchange/formats.ts), by file ending; JSON also by content, and
  // anything else is read as a values CSV.
  const format = text.trimStart().startsWith('{') ? assessmentJson : (formatForFile(file, '', ['assessments', 'values']) ?? valuesCsvFormat);
  const source: FileSource = { name: file, text: async () => text, arrayBuffer: async () => bytes(file) };
  const r: FormatReadResult = format.read ? await format.read(source, { fw: u4ssc, targets: referenceTargets }) : { ok: false, problems: [] };
  if (!r.ok) {
    if (r.message !== undefined) return fail(1, `${file}: ${r.message}\n${r.problems.map((p) => `${file}: ${p.message}\n`).join('')}`);
    return fail(1, r.problems.map((p) => `${file}:${p.row}:${p.column ? ` ${p.column}:` : ''} ${p.message}\n`).join(''));
  }
  let input: AssessmentInput;
  if (r.holds === 'assessments') {
    if (r.docs.length !== 1) return fail(1, `${file}: the file holds ${r.docs.length} assessments; score one at a time.\n`);
    input = r.docs[0];
  } else if (r.holds === 'values') input = r.input;
  else return fail(1, `${file}: not an assessment or a values table.\n`);
  if (method) input = { ...input, method: { name: method } };
  return { code: 0, stdout: JSON.stringify(toScoresJson(score(u4ssc, referenceTargets, input)), null, 2) + '\n', stderr: '' };
}

// Run only when executed directly (tests import runCli).
if (process.argv[1] && /score\.ts$/.test(process.argv[1])) {
  void runCli(process.argv.slice(2)).then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
