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
 * writes any output to FILE rather than stdout. The tidy table and the JSON array are written file by
 * file as they are scored (score-output.ts), the Parquet one row group at a time, so a programme of
 * 10 000 files takes the memory of a few; the statistical formats (SDMX, DHIS2) are one document each,
 * written once every file is read.
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
import { availableParallelism } from 'node:os';
import { METHODS } from '../engine/assessment';
import { valuesCsv, writeCsv } from '../engine/csv';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { shorten, type DecimalStyle } from '../engine/parse';
import { TIDY_COLUMNS } from '../engine/results-table';
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
import { fileOutput, inputNamedByOut, memoryOutput, streamOutput, type Output } from './score-output';
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
 * decoded strictly through the same readers as the app's import panel. `stdout` takes the output as it
 * is made (the command's own stdout); without it (tests) the output is returned whole as `stdout`.
 */
export async function runCli(
  args: string[],
  read?: (file: string) => string,
  size: (file: string) => number = diskAccess().size,
  bytes?: (file: string) => ArrayBuffer | Uint8Array,
  stdout?: Output,
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
  const only = !many && !tidy && !statistical && !parquet;

  const options: ScoreOptions = {
    method,
    decimal,
    allow1252,
    sheet,
    ...(frameworkFile !== undefined && { frameworkFile }),
    ...(profileFill && { profileFill }),
    output: statistical ? 'statistical' : parquet ? 'typed' : tidy ? 'tidy' : only ? 'single' : 'json',
  };
  // The output is opened before anything is scored: a file that cannot be written is said at once.
  if (out !== undefined && inputNamedByOut(out, files) !== undefined)
    return fail(2, `${out}: --out names a file that is also read; write the output elsewhere\n${USAGE}`);
  const opened = out === undefined ? undefined : fileOutput(out);
  if (opened && !opened.ok) return fail(1, opened.stderr);
  const memory = memoryOutput();
  const output: Output = opened?.output ?? stdout ?? memory;

  // Each file's part of the output is written as it is scored, in the files' order (score-output.ts):
  // the tidy CSV and the JSON array are never whole in memory, the Parquet is held one row group at a
  // time. A statistical format (SDMX, DHIS2) writes its assessments as one document, made at the end.
  const { tidyParquetStream } = parquet ? await import('../interchange/formats/scores-parquet-file') : { tidyParquetStream: undefined };
  const table = tidyParquetStream?.((bytes) => void output.write(bytes));
  const forStatistical: Parameters<typeof writeMany>[1][number][] = [];
  /** Each file's problem lines, in order; the index of those that have some (`--lang` words them again). */
  const problems: string[] = [];
  const withProblems: number[] = [];
  let code = 0;
  let entries = 0;
  let single: unknown;
  let stop: string | undefined;
  if (tidy) await output.write(writeCsv([[...CLI_TIDY_COLUMNS]]));
  const each = (o: FileOutcome, i: number): void | Promise<void> => {
    if (o.stop) stop ??= o.stop;
    if (o.stderr) {
      problems.push(o.stderr);
      withProblems.push(i);
    }
    code = Math.max(code, o.code);
    if (table) table.add(o.typed, files[i]);
    for (const one of o.statistical) forStatistical.push(one);
    if (o.entries.length > 0) single = o.entries[0];
    if (o.text === '') return;
    // A JSON array opens with its first entry, so a programme of which nothing could be read prints `[]`.
    if (!tidy) o.text = `${entries++ === 0 ? '[\n' : ',\n'}${o.text}`;
    return output.write(o.text);
  };
  const io: FileAccess = { read, size, bytes };
  const threads = Math.min(jobs ?? 1, availableParallelism() * 4);
  const halted = () => output.closed?.() === true;
  if (onDisk && threads > 1) await scoreInThreads(files, options, threads, each, halted);
  else
    for (const [i, file] of files.entries()) {
      if (halted()) break;
      await each(await scoreFile(file, options, io, framework), i);
      // The files are read synchronously: a turn of the event loop between two lets Ctrl-C be heard
      // (score-output.ts says the file it leaves incomplete) rather than only once every file is scored.
      if (onDisk) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  if (stop) {
    output.end();
    return fail(1, stop);
  }

  if (lang !== undefined && lang !== 'en' && withProblems.length > 0) {
    // The scores on stdout are data (their names too) and stay the same in every language; the
    // problems on stderr are read again with the words of the chosen language (and the catalogue's
    // names in it), in this thread, whose words are the ones switched; then the words are English
    // again: they are module state shared with whatever runs next here. Only the files that had
    // problems are read again: a file's problems are the same in every language, only their words differ.
    await useLanguage(lang);
    try {
      for (const [k, i] of withProblems.entries()) problems[k] = (await scoreFile(files[i], { ...options, output: 'problems' }, io, framework)).stderr;
    } finally {
      await useLanguage('en');
    }
  }
  let stderr = problems.join('');

  if (table) table.end();
  else if (statistical) {
    if (forStatistical.length > 0) await output.write(await writeMany(statistical, forStatistical));
  } else if (only) {
    // A single file that could not be read prints nothing on stdout, as before.
    if (single !== undefined) await output.write(JSON.stringify(single, null, 2) + '\n');
  } else if (!tidy) await output.write(entries === 0 ? '[]\n' : '\n]\n');
  const unwritten = output.end();
  if (unwritten) {
    stderr += unwritten;
    code = 1;
  }
  return { code, stdout: output === memory ? memory.text() : '', stderr };
}

// Run only when executed directly (tests import runCli).
if (process.argv[1] && /score\.ts$/.test(process.argv[1])) {
  void runCli(process.argv.slice(2), undefined, undefined, undefined, streamOutput(process.stdout)).then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
