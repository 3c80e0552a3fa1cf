/**
 * One file of `npm run score`: read, scored, and turned into what the command prints for it (its
 * problem lines, its tidy rows or JSON entries, or its assessments for a statistical format). Apart from
 * score.ts so the worker threads that share a programme's files (score-worker.ts) run exactly this.
 */
import { writeCsv } from '../engine/csv';
import { score } from '../engine/evaluator';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../engine/parse';
import { toScoresJson } from '../engine/report';
import { tidyFields, tidyRows, type AssessmentAbout, type TidyRow } from '../engine/results-table';
import type { AssessmentInput, MethodName } from '../engine/types';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import { fileProblems, readForCli, type FileAccess } from './read';
import { withProfileFill, type ProfileFill } from './profile-from';

export interface ScoreOptions {
  method?: MethodName;
  decimal?: DecimalStyle;
  allow1252: boolean;
  sheet?: string;
  /** `--framework FILE`: the file, which a worker thread reads again for itself. */
  frameworkFile?: string;
  /** `--profile-from`: the figure of a statistics table that fills a profile field of every assessment read. */
  profileFill?: ProfileFill;
  /**
   * What the command prints: one scores JSON, a tidy table (as text, or typed for Parquet), a JSON array,
   * or a statistical format's assessments; `problems`, only the problem lines (`--lang`'s second reading).
   */
  output: 'single' | 'tidy' | 'typed' | 'json' | 'statistical' | 'problems';
}

export interface FileOutcome {
  stderr: string;
  code: number;
  /**
   * The file's part of the output as it is written, made here (in the worker thread that scored it):
   * its tidy rows as CSV lines, or its JSON entries as items of the array (indented, joined by `,\n`).
   */
  text: string;
  /** The tidy rows with their types (`--format parquet`). */
  typed: TidyRow[];
  /** The scores JSON of a single file. */
  entries: unknown[];
  statistical: { file: string; about: AssessmentInput & AssessmentAbout }[];
  /** A single file that holds several assessments: the command stops with this line. */
  stop?: string;
}

/** `framework`: what `--framework FILE` read (U4SSC with its reference targets when absent). */
export async function scoreFile(file: string, options: ScoreOptions, io: FileAccess, framework?: { fw: Framework; targets: TargetSet }): Promise<FileOutcome> {
  const fw = framework?.fw ?? u4ssc;
  const targets = framework?.targets ?? referenceTargets;
  const out: FileOutcome = { stderr: '', code: 0, text: '', typed: [], entries: [], statistical: [] };
  const { method, decimal, allow1252, sheet, output } = options;
  const r = await readForCli(file, { decimal, allow1252, sheet, framework }, io);
  if (!r.ok) return { ...out, stderr: r.stderr, code: 1 };
  const read: (AssessmentInput & AssessmentAbout)[] = r.holds === 'values' ? [r.input!] : r.docs;
  const fill = options.profileFill;
  const assessments = fill ? read.map((a) => withProfileFill(a, fill)) : read;
  if (output === 'single' && assessments.length !== 1)
    return { ...out, stop: `${file}: the file holds ${assessments.length} assessments; score them with --format csv or json.\n` };
  const scored = assessments.map((a) => {
    const input = method ? { ...a, method: { name: method } } : a;
    return { about: a, scores: score(fw, targets, input) };
  });
  const problems = fileProblems(
    file,
    r,
    scored.map((s) => s.scores),
  );
  out.stderr = r.lines.join('') + problems.join('');
  if (problems.length > 0) out.code = 1;
  if (output === 'problems') return out;
  const rows: string[][] = [];
  const items: string[] = [];
  for (const { about, scores } of scored) {
    if (output === 'statistical') out.statistical.push({ file, about });
    else if (output === 'tidy') for (const row of tidyRows(fw, scores, about)) rows.push([file, ...tidyFields(row)]);
    else if (output === 'typed') for (const row of tidyRows(fw, scores, about)) out.typed.push(row);
    else if (output === 'single') out.entries.push(toScoresJson(scores));
    else {
      const entry = { file, ...(about.id && { id: about.id, city: about.city, country: about.country, year: about.year }), ...toScoresJson(scores) };
      // The entry as `JSON.stringify(all, null, 2)` writes it inside the array: the same bytes, one file at a time.
      items.push(JSON.stringify([entry], null, 2).slice(2, -2));
    }
  }
  if (rows.length > 0) out.text = writeCsv(rows);
  else if (items.length > 0) out.text = items.join(',\n');
  return out;
}
