/**
 * npm run score -- FILE|FOLDER|GLOB... [--method NAME] [--decimal point|comma] [--format json|csv|parquet] [--out FILE] [--encoding windows-1252] [--sheet NAME] [--jobs N] [--lang fr] [--framework FILE]
 * npm run score -- --template [--framework FILE]   prints a blank values CSV (one row per data point)
 * npm run score -- FILE... --profile-from TABLE.json --area AREA --period PERIOD [--field population] [--dim ID=CATEGORY]...
 *   fills a profile field of every assessment from one figure of a statistics office's JSON-stat table (cli/profile-from.ts)
 *
 * `--framework FILE` reads and scores under a framework file (src/engine/framework-file.ts, e.g.
 * public/frameworks/sdg11.framework.json) with its reference targets, instead of the U4SSC catalogue.
 *
 * Scores values CSV, Excel (.xlsx) and assessment JSON files (a workspace JSON gives each of its
 * assessments). One file prints the scores JSON of docs/DESIGN.md; several files, or `--format csv`, print
 * one tidy table for all of them (the export panel's scores table with a `file` column first: one row
 * per assessment × data point or aggregate) for pandas, R or DuckDB; `--format json` with several files
 * prints a JSON array, one entry per assessment. `--format parquet --out FILE` writes the same tidy table
 * as Apache Parquet, each column typed (src/interchange/formats/scores-parquet-file.ts); `--out FILE`
 * writes any output to FILE rather than stdout.
 *
 * Exit status 0 only when every file was read and every value is valid. A file that cannot be read, or a
 * value the engine rejects (150 %, a negative count, text), is listed on stderr as
 * `file:line: column: problem` (or `file:Sheet!C7: problem`), the scores of every file that could be
 * read are still printed, and the status is 1; wrong usage exits with 2. `--lang` words the problems in
 * one of the app's six languages (the catalogue's names in them too); what is printed on stdout (the
 * scores JSON, the tidy table) is data and the same in every language, the file contract. Files are read through the one
 * list of formats (src/interchange/formats.ts), the same readers as the app's import panel.
 *
 * A folder gives every file in it and below that a reader takes; a glob (`'data/*.csv'`, `'data/city-202?.xlsx'`)
 * the files it matches, each list sorted. `--jobs N` shares the files among N worker threads, with the
 * same output. One thread is the default: on the shared 2-core machine (load 17-20), 300 files took
 * 18.3 s on one thread and 31.4 s on two, each thread starting tsx and the engine on its own; a
 * programme office measures its own machine (`npm run bench -- --only readers`) before choosing N.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { METHODS } from '../engine/assessment';
import { valuesCsv, writeCsv } from '../engine/csv';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { shorten, type DecimalStyle } from '../engine/parse';
import { TIDY_COLUMNS, type TidyRow } from '../engine/results-table';
import type { MethodName } from '../engine/types';
import { endingsFor } from '../interchange/formats';
import { expandArgs } from './expand';
import { LANGUAGES, type Lang } from '../ui/strings/languages';
import { useLanguage } from '../ui/strings/language';
import { manyFormat, MANY_FORMATS, writeMany } from './export-many';
import { diskAccess, readFrameworkForCli, type FileAccess } from './read';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import { scoreFile, type FileOutcome, type ScoreOptions } from './score-file';
import { scoreInThreads } from './score-threads';
import { PROFILE_FROM_USAGE, resolveProfileFrom, takeProfileFrom, type ProfileFill } from './profile-from';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const FORMAT_NAMES = ['json', 'csv', 'parquet', ...MANY_FORMATS.map((f) => f.id)];
const USAGE = `usage: npm run score -- FILE... [--method ${METHODS.join('|')}] [--decimal point|comma] [--format ${FORMAT_NAMES.join('|')}] [--out FILE] [--encoding windows-1252] [--sheet NAME] [--jobs N] [--lang ${LANGUAGES.join('|')}] [--framework FILE]
       ${PROFILE_FROM_USAGE}
       npm run score -- --template [--framework FILE]
FILE may be a folder (every readable file in it and below) or a quoted glob ('data/*.csv').
--format parquet writes the tidy table as Apache Parquet to the file --out names.
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
  let frameworkFile: string | undefined;
  const at = args.indexOf('--framework');
  if (at >= 0) {
    frameworkFile = args[at + 1];
    if (frameworkFile === undefined) return fail(2, `--framework needs a framework file\n${USAGE}`);
    const loaded = readFrameworkForCli(frameworkFile, { read, size, bytes });
    if (!loaded.ok) return fail(1, loaded.stderr);
    framework = loaded.framework;
    args = [...args.slice(0, at), ...args.slice(at + 2)];
  }
  const profileFrom = takeProfileFrom(args);
  if (!profileFrom.ok) return fail(2, `${profileFrom.usage}\n${USAGE}`);
  args = profileFrom.rest;
  if (args.includes('--template')) return { code: 0, stdout: valuesCsv(framework?.fw ?? u4ssc), stderr: '' };

  let method: MethodName | undefined;
  let decimal: DecimalStyle | undefined;
  let format: 'json' | 'csv' | 'parquet' | (string & {}) | undefined;
  let out: string | undefined;
  let allow1252 = false;
  let sheet: string | undefined;
  let jobs: number | undefined;
  let lang: Lang | undefined;
  const args0: string[] = [];
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
    } else if (args[i] === '--out') {
      out = args[++i];
      if (out === undefined || out.startsWith('--')) return fail(2, `--out needs the name of the file to write\n${USAGE}`);
    } else if (args[i] === '--encoding') {
      if (args[++i]?.toLowerCase() !== 'windows-1252')
        return fail(2, `unknown encoding; only windows-1252 can be confirmed (UTF-8 and UTF-16 are read without it)\n${USAGE}`);
      allow1252 = true;
    } else if (args[i] === '--sheet') {
      sheet = args[++i];
      if (sheet === undefined) return fail(2, `--sheet needs the name of a sheet\n${USAGE}`);
    } else if (args[i] === '--jobs') {
      jobs = Number(args[++i]);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return fail(2, `--jobs needs a whole number of threads from 1 to 256\n${USAGE}`);
    } else if (args[i] === '--lang') {
      const name = args[++i];
      if (!LANGUAGES.includes(name as Lang)) return fail(2, `unknown language "${shorten(name ?? '')}"; expected ${LANGUAGES.join(', ')}\n${USAGE}`);
      lang = name as Lang;
    } else if (args[i].startsWith('--')) return fail(2, `unknown option ${shorten(args[i])}\n${USAGE}`);
    else args0.push(args[i]);
  }
  if (args0.length === 0) return fail(2, USAGE);
  // Parquet is binary: never mixed into a terminal or a pipe of text.
  if (format === 'parquet' && out === undefined) return fail(2, `--format parquet writes a binary file: name it with --out FILE\n${USAGE}`);
  let profileFill: ProfileFill | undefined;
  if (profileFrom.spec) {
    const r = resolveProfileFrom(profileFrom.spec, framework?.fw ?? u4ssc, lang ?? 'en', read);
    if (!r.ok) return fail(1, r.stderr);
    profileFill = r.fill;
  }
  // Folders and globs are the disk's; files given in memory (tests) are taken as named.
  const onDisk = read === undefined && bytes === undefined;
  const expanded = onDisk ? expandArgs(args0, endingsFor(['assessments', 'values'])) : { ok: true as const, files: args0 };
  if (!expanded.ok)
    return fail(
      2,
      expanded.why === 'no-match'
        ? `no file matches ${expanded.arg}\n`
        : `${expanded.arg}: the folder holds no file a reader takes (${endingsFor(['assessments', 'values']).join(', ')})\n`,
    );
  const files = expanded.files;
  // A folder or a glob is a programme: its table, whatever the number of files it gave.
  const many = files.length > 1 || args0.some((a) => a !== files[0]);
  const parquet = format === 'parquet';
  const tidy = format === 'csv' || (format === undefined && many);
  // A statistical format (SDMX, DHIS2) writes every assessment read into one file.
  const statistical = format === undefined ? undefined : manyFormat(format);
  const single = !many && !tidy && !statistical && !parquet;
  const io: FileAccess = { read, size, bytes };

  const options: ScoreOptions = {
    method,
    decimal,
    allow1252,
    sheet,
    ...(frameworkFile !== undefined && { frameworkFile }),
    ...(profileFill && { profileFill }),
    output: statistical ? 'statistical' : parquet ? 'typed' : tidy ? 'tidy' : single ? 'single' : 'json',
  };
  const threads = Math.min(jobs ?? 1, availableParallelism() * 4);
  const scoreAll = async (threads: number): Promise<FileOutcome[]> => {
    if (onDisk && threads > 1) return scoreInThreads(files, options, threads);
    const outcomes: FileOutcome[] = [];
    for (const file of files) outcomes.push(await scoreFile(file, options, io, framework));
    return outcomes;
  };
  const outcomes = await scoreAll(threads);
  if (lang !== undefined && lang !== 'en') {
    // The scores on stdout are data (their names too) and stay the same in every language; the
    // problems on stderr are read again with the words of the chosen language (and the catalogue's
    // names in it), in this thread, whose words are the ones switched; then the words are English
    // again: they are module state shared with whatever runs next here.
    await useLanguage(lang);
    try {
      const worded = await scoreAll(1);
      outcomes.forEach((o, i) => (o.stderr = worded[i].stderr));
    } finally {
      await useLanguage('en');
    }
  }

  let stderr = '';
  let code = 0;
  const rows: string[][] = [];
  const typed: TidyRow[] = [];
  const typedFiles: string[] = [];
  const entries: unknown[] = [];
  const forStatistical: Parameters<typeof writeMany>[1][number][] = [];
  for (const [i, o] of outcomes.entries()) {
    if (o.stop) return fail(1, o.stop);
    stderr += o.stderr;
    code = Math.max(code, o.code);
    // One by one: a workspace file's rows can be more than a call's arguments may be.
    for (const row of o.rows) rows.push(row);
    for (const row of o.typed) {
      typed.push(row);
      typedFiles.push(files[i]);
    }
    for (const entry of o.entries) entries.push(entry);
    for (const one of o.statistical) forStatistical.push(one);
  }
  let result: CliResult;
  if (parquet) {
    const { tidyParquet } = await import('../interchange/formats/scores-parquet-file');
    return written(out!, tidyParquet(typed, typedFiles), code, stderr);
  }
  if (statistical) result = { code, stdout: forStatistical.length > 0 ? await writeMany(statistical, forStatistical) : '', stderr };
  else {
    const stdout = tidy ? writeCsv([[...CLI_TIDY_COLUMNS], ...rows]) : JSON.stringify(single ? (entries[0] ?? null) : entries, null, 2) + '\n';
    // A single file that could not be read prints nothing on stdout, as before.
    result = { code, stdout: single && entries.length === 0 ? '' : stdout, stderr };
  }
  return out === undefined ? result : written(out, result.stdout, result.code, result.stderr);
}

/** The output written to `--out FILE` instead of stdout; a file that cannot be written is said, and the status is 1. */
function written(file: string, data: string | Uint8Array, code: number, stderr: string): CliResult {
  try {
    writeFileSync(file, data);
  } catch (e) {
    return { code: 1, stdout: '', stderr: `${stderr}${file}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n` };
  }
  return { code, stdout: '', stderr };
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
