/**
 * npm run convert -- IN OUT [--decimal point|comma] [--encoding windows-1252] [--sheet NAME] [--city NAME] [--country NAME] [--year YYYY] [--lang fr]
 * npm run convert -- IN OUT --profile-from TABLE.json --area AREA --period PERIOD [--field population] [--dim ID=CATEGORY]...
 *   fills a profile field from one figure of a statistics office's JSON-stat table, with the table as its
 *   source (provenance), as `npm run score --profile-from` does (cli/profile-from.ts, the same options and errors)
 *
 * Converts between a values CSV, the results workbook (.xlsx) and an assessment JSON through the same
 * readers and writers as the app (the one list of formats, src/interchange/formats.ts). The format of
 * OUT is chosen by its name: the ending of an export (`-scores.csv` for the tidy scores table,
 * `-targets.csv` for a target file, `.ssc.json`), else `.json`, `.csv` or `.xlsx`. A values table made
 * into an assessment JSON takes its city and year from --city and --year, else from the workbook's
 * Profile sheet, else from IN's file name (`lisbon-2024-values.csv`). `--lang` writes a results
 * workbook's sheet names and column labels in one of the app's six languages (the Values sheet's
 * columns stay the values CSV's identifiers, the file contract); it reads back in any of them.
 *
 * Exit status 0 only when IN was read and every value is valid. Cells kept as text (as the grid keeps
 * them) and values the engine rejects are listed on stderr as `file:line: column: problem` and the
 * file is still written (nothing typed is lost), with status 1; a file that cannot be read writes
 * nothing and exits 1; wrong usage exits 2.
 */
import { writeFileSync } from 'node:fs';
import { createAssessment, MAX_YEAR, MIN_YEAR, type AssessmentDoc } from '../engine/assessment';
import { score } from '../engine/evaluator';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { shorten, type DecimalStyle } from '../engine/parse';
import { FORMATS, type FileFormat } from '../interchange/formats';
import { workbookAbout, type WorkbookLabels } from '../share/xlsx';
import { workbookLabelsOf } from '../ui/strings/interchange';
import { LANGUAGES, type Lang } from '../ui/strings/languages';
import { loadCatalogue } from '../ui/strings/language';
import { diskAccess, fileProblems, readForCli, type FileAccess } from './read';
import { PROFILE_FROM_USAGE, resolveProfileFrom, takeProfileFrom, withProfileFill, type ProfileFill } from './profile-from';
import type { CliResult } from './score';

const USAGE = `usage: npm run convert -- IN OUT [--decimal point|comma] [--encoding windows-1252] [--sheet NAME] [--city NAME] [--country NAME] [--year YYYY] [--lang ${LANGUAGES.join('|')}]
       IN and OUT: a values CSV (.csv), an Excel workbook (.xlsx) or an assessment JSON (.json);
       OUT may also be a tidy scores table (-scores.csv), a target file (-targets.csv), SDMX (-sdmx.csv, -sdmx.xml),
       DHIS2 (-dhis2.json, -dhis2-metadata.json), Open SDG (-open-sdg.zip) or every export in one zip (-all.zip);
       IN may also be SDMX-CSV, a DHIS2 data value set or an Open SDG zip
       ${PROFILE_FROM_USAGE}
`;

/** The writer for an output file name: an export's own ending first (the longest), else the assessment or values format of its extension. */
export function formatForOutput(name: string): FileFormat | null {
  const lower = name.toLowerCase();
  const writers: FileFormat[] = FORMATS.filter((f) => 'write' in f);
  const bySuffix = writers.filter((f) => lower.endsWith(f.suffix)).sort((a, b) => b.suffix.length - a.suffix.length)[0];
  return bySuffix ?? writers.find((f) => (f.holds === 'assessments' || f.holds === 'values') && lower.endsWith(f.extensions[0])) ?? null;
}

/**
 * A results workbook's words in `lang`, read from its catalogue without switching the module's words
 * (they are state shared with whatever runs next in this process). A word the language lacks is English.
 */
async function workbookLabels(lang: Lang): Promise<WorkbookLabels> {
  return workbookLabelsOf(lang === 'en' ? undefined : (await loadCatalogue(lang)).messages?.interchange);
}

/** City and year from a file name such as `lisbon-2024-values.csv`: the year if one is there, the rest as the city. */
export function fromFileName(file: string): { city: string; year: number | null } {
  let base = file.replace(/^.*[\\/]/, '').replace(/\.(ssc\.json|json|csv|xlsx)$/i, '');
  base = base.replace(/[-_ ]?(values|scores|targets)$/i, '');
  const m = /(?:^|[^0-9])((?:19|20|21)\d\d)(?![0-9])/.exec(base);
  const year = m && Number(m[1]) >= MIN_YEAR && Number(m[1]) <= MAX_YEAR ? Number(m[1]) : null;
  if (m && year !== null) base = base.slice(0, m.index + m[0].length - 4) + base.slice(m.index + m[0].length);
  return { city: base.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim(), year };
}

export async function runConvert(
  args: string[],
  io: FileAccess = diskAccess(),
  write: (file: string, bytes: Uint8Array) => void = (f, b) => writeFileSync(f, b),
  now = Date.now(),
): Promise<CliResult> {
  const fail = (code: number, stderr: string): CliResult => ({ code, stdout: '', stderr });
  const profileFrom = takeProfileFrom(args);
  if (!profileFrom.ok) return fail(2, `${profileFrom.usage}\n${USAGE}`);
  args = profileFrom.rest;
  let decimal: DecimalStyle | undefined;
  let allow1252 = false;
  let sheet: string | undefined;
  let lang: Lang = 'en';
  const fields: { city?: string; country?: string; year?: number } = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--decimal') {
      const mark = args[++i];
      if (mark !== 'point' && mark !== 'comma') return fail(2, `unknown decimal mark "${shorten(mark ?? '')}"; expected point or comma\n${USAGE}`);
      decimal = mark;
    } else if (a === '--encoding') {
      if (args[++i]?.toLowerCase() !== 'windows-1252') return fail(2, `unknown encoding; only windows-1252 can be confirmed\n${USAGE}`);
      allow1252 = true;
    } else if (a === '--sheet') {
      sheet = args[++i];
      if (sheet === undefined) return fail(2, USAGE);
    } else if (a === '--lang') {
      const name = args[++i];
      if (!LANGUAGES.includes(name as Lang)) return fail(2, `unknown language "${shorten(name ?? '')}"; expected ${LANGUAGES.join(', ')}\n${USAGE}`);
      lang = name as Lang;
    } else if (a === '--city' || a === '--country') {
      const v = args[++i];
      if (v === undefined) return fail(2, USAGE);
      fields[a === '--city' ? 'city' : 'country'] = v;
    } else if (a === '--year') {
      const y = Number(args[++i]);
      if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return fail(2, `--year takes a year between ${MIN_YEAR} and ${MAX_YEAR}\n${USAGE}`);
      fields.year = y;
    } else if (a.startsWith('--')) return fail(2, `unknown option ${shorten(a)}\n${USAGE}`);
    else files.push(a);
  }
  if (files.length !== 2) return fail(2, USAGE);
  const [input, output] = files;
  const format = formatForOutput(output);
  if (!format?.write) return fail(2, `${output}: unknown kind of file to write; use .json, .csv or .xlsx\n${USAGE}`);

  // The table is read before the file: a figure that is not in it writes nothing.
  let fill: ProfileFill | undefined;
  if (profileFrom.spec) {
    const t = resolveProfileFrom(profileFrom.spec, u4ssc, lang, io.read);
    if (!t.ok) return fail(1, t.stderr);
    fill = t.fill;
  }
  const r = await readForCli(input, { decimal, allow1252, sheet }, io);
  if (!r.ok) return fail(1, r.stderr);
  let doc: AssessmentDoc;
  if (r.holds === 'assessments') {
    if (r.docs.length !== 1) return fail(1, `${input}: the file holds ${r.docs.length} assessments; convert one at a time.\n`);
    doc = { ...r.docs[0], ...fields };
  } else {
    // A results workbook names its city and year on its Profile sheet; a CSV only by its file name.
    const fromBook = /\.xlsx$/i.test(input) ? await workbookAbout(await r.source.arrayBuffer()) : {};
    const named = { ...fromFileName(input), ...fromBook };
    const year = fields.year ?? named.year;
    if (year === null) return fail(2, `${input}: the file name has no year; add --year YYYY\n${USAGE}`);
    const created = createAssessment(
      { city: fields.city ?? named.city, country: fields.country ?? named.country ?? '', year },
      u4ssc,
      referenceTargets.data.id,
      now,
    );
    const { ownTargets, scoringTargets } = r.input!;
    doc = {
      ...created,
      profile: r.input!.profile,
      values: r.input!.values,
      targets: r.input!.targets,
      method: r.input!.method,
      // A results workbook carries the city's own targets and the target set that scored it.
      ...(ownTargets && { ownTargets }),
      ...(scoringTargets && { scoringTargets }),
      // A values CSV's `provenance` column: where its figures came from.
      ...(r.input!.provenance && { provenance: r.input!.provenance }),
    };
  }
  if (fill) doc = withProfileFill(doc, fill);
  const problems = fileProblems(input, r, [score(u4ssc, referenceTargets, doc)]);
  const blob = await format.write(doc, { fw: u4ssc, targets: referenceTargets, workbook: await workbookLabels(lang) });
  try {
    write(output, new Uint8Array(await blob.arrayBuffer()));
  } catch (e) {
    return fail(1, `${output}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
  }
  return { code: problems.length > 0 ? 1 : 0, stdout: '', stderr: r.lines.join('') + problems.join('') };
}

// Run only when executed directly (tests import runConvert).
if (process.argv[1] && /convert\.ts$/.test(process.argv[1])) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the scoring.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  void runConvert(process.argv.slice(2)).then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
