/**
 * npm run score -- FILE... [--method NAME] [--decimal point|comma] [--format json|csv] [--encoding windows-1252] [--sheet NAME] [--framework FILE]
 * npm run score -- --template [--framework FILE]   prints a blank values CSV (one row per data point)
 *
 * `--framework FILE` reads and scores under a framework file (src/engine/framework-file.ts, e.g.
 * public/frameworks/sdg11.framework.json) with its reference targets, instead of the U4SSC catalogue.
 *
 * Scores values CSV, Excel (.xlsx) and assessment JSON files (a workspace JSON gives each of its
 * assessments). One file prints the scores JSON of docs/DESIGN.md; several files, or `--format csv`, print
 * one tidy table for all of them (the export panel's scores table with a `file` column first: one row
 * per assessment × data point or aggregate) for pandas, R or DuckDB; `--format json` with several files
 * prints a JSON array, one entry per assessment.
 *
 * Exit status 0 only when every file was read and every value is valid. A file that cannot be read, or a
 * value the engine rejects (150 %, a negative count, text), is listed on stderr as
 * `file:line: column: problem` (or `file:Sheet!C7: problem`), the scores of every file that could be
 * read are still printed, and the status is 1; wrong usage exits with 2. Files are read through the one
 * list of formats (src/interchange/formats.ts), the same readers as the app's import panel.
 */
import { METHODS } from '../engine/assessment';
import { valuesCsv, writeCsv } from '../engine/csv';
import { score } from '../engine/evaluator';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { shorten, type DecimalStyle } from '../engine/parse';
import { toScoresJson } from '../engine/report';
import { tidyFields, tidyRows, TIDY_COLUMNS, type AssessmentAbout } from '../engine/results-table';
import type { AssessmentInput, MethodName } from '../engine/types';
import { manyFormat, MANY_FORMATS, writeMany } from './export-many';
import { diskAccess, fileProblems, readForCli, readFrameworkForCli, type FileAccess } from './read';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const FORMAT_NAMES = ['json', 'csv', ...MANY_FORMATS.map((f) => f.id)];
const USAGE = `usage: npm run score -- FILE... [--method ${METHODS.join('|')}] [--decimal point|comma] [--format ${FORMAT_NAMES.join('|')}] [--encoding windows-1252] [--sheet NAME] [--framework FILE]
       npm run score -- --template [--framework FILE]
`;

/** The tidy table's columns on the command line: the file each row comes from, then the export's columns. */
export const CLI_TIDY_COLUMNS = ['file', ...TIDY_COLUMNS] as const;

/**
 * `read` gives a file as text (tests), `bytes` as bytes (the default reads the disk); every file is
 * decoded strictly through the same readers as the app's import panel.
 */
export async function runCli(
  args: string[],
  read?: (file: string) => string,
  size: (file: string) => number = diskAccess().size,
  bytes?: (file: string) => ArrayBuffer | Uint8Array,
): Promise<CliResult> {
  const fail = (code: number, stderr: string): CliResult => ({ code, stdout: '', stderr });
  let framework: { fw: Framework; targets: TargetSet } | undefined;
  const at = args.indexOf('--framework');
  if (at >= 0) {
    const file = args[at + 1];
    if (file === undefined) return fail(2, `--framework needs a framework file\n${USAGE}`);
    const loaded = readFrameworkForCli(file, { read, size, bytes });
    if (!loaded.ok) return fail(1, loaded.stderr);
    framework = loaded.framework;
    args = [...args.slice(0, at), ...args.slice(at + 2)];
  }
  const fw = framework?.fw ?? u4ssc;
  const targets = framework?.targets ?? referenceTargets;
  if (args.includes('--template')) return { code: 0, stdout: valuesCsv(fw), stderr: '' };

  let method: MethodName | undefined;
  let decimal: DecimalStyle | undefined;
  let format: 'json' | 'csv' | (string & {}) | undefined;
  let allow1252 = false;
  let sheet: string | undefined;
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
    } else if (args[i] === '--format') {
      const name = args[++i];
      if (!FORMAT_NAMES.includes(name)) return fail(2, `unknown format "${shorten(name ?? '')}"; expected ${FORMAT_NAMES.join(', ')}\n${USAGE}`);
      format = name as typeof format;
    } else if (args[i] === '--encoding') {
      if (args[++i]?.toLowerCase() !== 'windows-1252')
        return fail(2, `unknown encoding; only windows-1252 can be confirmed (UTF-8 and UTF-16 are read without it)\n${USAGE}`);
      allow1252 = true;
    } else if (args[i] === '--sheet') {
      sheet = args[++i];
      if (sheet === undefined) return fail(2, `--sheet needs the name of a sheet\n${USAGE}`);
    } else if (args[i].startsWith('--')) return fail(2, `unknown option ${shorten(args[i])}\n${USAGE}`);
    else files.push(args[i]);
  }
  if (files.length === 0) return fail(2, USAGE);
  const tidy = format === 'csv' || (format === undefined && files.length > 1);
  // A statistical format (SDMX, DHIS2) writes every assessment read into one file.
  const statistical = format === undefined ? undefined : manyFormat(format);
  const single = files.length === 1 && !tidy && !statistical;
  const io: FileAccess = { read, size, bytes };

  let stderr = '';
  let code = 0;
  const rows: string[][] = [];
  const entries: unknown[] = [];
  const forStatistical: Parameters<typeof writeMany>[1][number][] = [];
  for (const file of files) {
    const r = await readForCli(file, { decimal, allow1252, sheet, framework }, io);
    if (!r.ok) {
      stderr += r.stderr;
      code = 1;
      continue;
    }
    const assessments: (AssessmentInput & AssessmentAbout)[] = r.holds === 'values' ? [r.input!] : r.docs;
    if (single && assessments.length !== 1)
      return fail(1, `${file}: the file holds ${assessments.length} assessments; score them with --format csv or json.\n`);
    const scored = assessments.map((a) => {
      const input = method ? { ...a, method: { name: method } } : a;
      return { about: a, scores: score(fw, targets, input) };
    });
    const problems = fileProblems(
      file,
      r,
      scored.map((s) => s.scores),
    );
    stderr += r.lines.join('') + problems.join('');
    if (problems.length > 0) code = 1;
    for (const { about, scores } of scored) {
      if (statistical) forStatistical.push({ file, about });
      else if (tidy) for (const row of tidyRows(fw, scores, about)) rows.push([file, ...tidyFields(row)]);
      else {
        const json = toScoresJson(scores);
        entries.push(single ? json : { file, ...(about.id && { id: about.id, city: about.city, country: about.country, year: about.year }), ...json });
      }
    }
  }
  if (statistical) return { code, stdout: forStatistical.length > 0 ? await writeMany(statistical, forStatistical) : '', stderr };
  const stdout = tidy ? writeCsv([[...CLI_TIDY_COLUMNS], ...rows]) : JSON.stringify(single ? (entries[0] ?? null) : entries, null, 2) + '\n';
  // A single file that could not be read prints nothing on stdout, as before.
  return { code, stdout: single && entries.length === 0 ? '' : stdout, stderr };
}

// Run only when executed directly (tests import runCli).
if (process.argv[1] && /score\.ts$/.test(process.argv[1])) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the scoring.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  void runCli(process.argv.slice(2)).then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
