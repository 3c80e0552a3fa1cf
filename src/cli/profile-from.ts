/**
 * `--profile-from TABLE.json --area AREA --period PERIOD [--field population] [--dim ID=CATEGORY]...
 * [--area-dimension ID] [--time-dimension ID]`: one figure of a statistics office's JSON-stat 2.0 table
 * fills a profile field of every assessment the command reads (`npm run score`) or converts (`npm run
 * convert`), as the profile panel's fill does (#29 item 4), the table kept as the field's source. The table is a file on disk: nothing is fetched. Its problems are the reader's typed ones
 * (engine/jsonstat.ts), worded in the `--lang` language; wrong usage is said like the command's own.
 */
import { readFileSync, statSync } from 'node:fs';
import { pickJsonStat, readJsonStat, withJsonStatFigure, JSONSTAT_MAX_CHARS } from '../engine/jsonstat';
import type { Framework } from '../engine/framework';
import { shorten } from '../engine/parse';
import { tableSource, withSource, type Provenance, type TableSource } from '../engine/provenance';
import type { NumInput } from '../engine/types';
import { jsonStatProblemIn } from '../ui/strings/jsonstat-in';
import type { Lang } from '../ui/strings/languages';

export interface ProfileFromSpec {
  table: string;
  area: string;
  period: string;
  field: string;
  others: Record<string, string>;
  areaDimension?: string;
  timeDimension?: string;
}

/** The figure, the field it fills and its source: plain data, passed to worker threads as it is. */
export interface ProfileFill {
  field: string;
  value: number;
  source: TableSource;
}

const OPTIONS = ['--profile-from', '--area', '--period', '--field', '--dim', '--area-dimension', '--time-dimension'];
export const PROFILE_FROM_USAGE =
  '[--profile-from TABLE.json --area AREA --period PERIOD [--field population] [--dim DIMENSION=CATEGORY]... [--area-dimension ID] [--time-dimension ID]]';

/** Takes the options out of `args`: the rest, and the spec when `--profile-from` is given. */
export function takeProfileFrom(args: string[]): { ok: true; rest: string[]; spec?: ProfileFromSpec } | { ok: false; usage: string } {
  const rest: string[] = [];
  const got: Record<string, string> = {};
  const others: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!OPTIONS.includes(a)) {
      rest.push(a);
      continue;
    }
    const v = args[++i];
    if (v === undefined || v.startsWith('--')) return { ok: false, usage: `${a} needs a value` };
    if (a === '--dim') {
      const eq = v.indexOf('=');
      if (eq <= 0) return { ok: false, usage: `--dim needs DIMENSION=CATEGORY, not "${shorten(v)}"` };
      others[v.slice(0, eq)] = v.slice(eq + 1);
    } else got[a] = v;
  }
  const given = Object.keys(got).length > 0 || Object.keys(others).length > 0;
  if (!given) return { ok: true, rest };
  const table = got['--profile-from'];
  if (table === undefined) return { ok: false, usage: `${Object.keys(got)[0] ?? '--dim'} is an option of --profile-from` };
  if (got['--area'] === undefined || got['--period'] === undefined) return { ok: false, usage: '--profile-from needs --area and --period' };
  return {
    ok: true,
    rest,
    spec: {
      table,
      area: got['--area'],
      period: got['--period'],
      field: got['--field'] ?? 'population',
      others,
      ...(got['--area-dimension'] !== undefined && { areaDimension: got['--area-dimension'] }),
      ...(got['--time-dimension'] !== undefined && { timeDimension: got['--time-dimension'] }),
    },
  };
}

/** Reads the table and picks the figure; `read` gives the table's text (tests), else the disk. */
export function resolveProfileFrom(
  spec: ProfileFromSpec,
  fw: Framework,
  lang: Lang,
  read?: (file: string) => string,
  today = new Date().toISOString().slice(0, 10),
): { ok: true; fill: ProfileFill } | { ok: false; stderr: string } {
  const say = (text: string) => ({ ok: false as const, stderr: `${spec.table}: ${text}\n` });
  let text: string;
  try {
    if (!read && statSync(spec.table).size > JSONSTAT_MAX_CHARS)
      return say(jsonStatProblemIn({ kind: 'too-large', limit: JSONSTAT_MAX_CHARS, unit: 'chars' }, lang));
    text = read ? read(spec.table) : readFileSync(spec.table, 'utf8');
  } catch (e) {
    return say((e as NodeJS.ErrnoException).code ?? 'cannot be read');
  }
  const ds = readJsonStat(text, { areaDimension: spec.areaDimension, timeDimension: spec.timeDimension });
  if (!ds.ok) return say(jsonStatProblemIn(ds.problem, lang));
  const figure = pickJsonStat(ds.value, { area: spec.area, period: spec.period, others: spec.others });
  if (!figure.ok) return say(jsonStatProblemIn(figure.problem, lang));
  const checked = withJsonStatFigure({}, fw.data.profile, spec.field, figure.value);
  if (!checked.ok) return say(jsonStatProblemIn(checked.problem, lang));
  const file = spec.table.replace(/^.*[\\/]/, '');
  return { ok: true, fill: { field: spec.field, value: figure.value.value, source: tableSource(ds.value, figure.value, file, today) } };
}

/**
 * A document with the figure in its profile field and the table recorded as that field's source
 * (provenance.ts), as the profile panel's fill leaves it: an assessment JSON written from it carries the
 * source, and SDMX names the table where the data point's own source is blank.
 */
export function withProfileFill<T extends { profile: Record<string, NumInput>; provenance?: Provenance }>(doc: T, fill: ProfileFill): T {
  return { ...doc, profile: { ...doc.profile, [fill.field]: fill.value }, provenance: withSource(doc.provenance, { profile: fill.field }, fill.source) };
}
