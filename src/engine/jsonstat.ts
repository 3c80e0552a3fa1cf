/**
 * JSON-stat 2.0 in: one figure of a statistics office's table (population, households, labour force…)
 * for one area and one period, to fill a city-profile field. Pure: the text of a file the user chose is
 * read here; nothing is fetched.
 *
 * Never a guess: the area and the period are named by the caller (the user's choice in a preview, or
 * the command line), every other dimension of more than one category must be named too, and a value the
 * office left out or withheld is a problem, not a zero. Problems are data (`JsonStatProblem`), worded in
 * src/ui/strings/jsonstat.ts.
 *
 * The format: https://json-stat.org/format/ (dataset class; `id`, `size`, `dimension[id].category`
 * with `index` as an array or an object, `label`, `unit`; `value` and `status` as an array, an object
 * keyed by the flat position (sparse), or for `status` one string for every cell; `role.geo`/`role.time`).
 */
import { quoted, type Quoted } from './problems';
import { firstRepeatedKeyPath } from './json-keys';

/** Text longer than this is refused before it is parsed (the size limit of every file read by the app). */
export const JSONSTAT_MAX_CHARS = 50 * 1024 * 1024;
/** A cube declaring more cells than this is refused: a sparse value object may declare any size. */
export const JSONSTAT_MAX_CELLS = 100_000_000;

/** Names a dimension id takes, lower-cased, when the file has no `role`: statistics offices' usual ones. */
const AREA_NAMES = ['geo', 'area', 'region', 'regions', 'state', 'county', 'municipality', 'kommune', 'county and region', 'reporting area'];
const TIME_NAMES = ['time', 'year', 'period', 'tid', 'date', 'years', 'time period'];
/** Status codes that mean the office withheld the figure (Eurostat `c`, and the word itself). */
const CONFIDENTIAL = new Set(['c', 'confidential']);

export type JsonStatProblem =
  | { kind: 'not-json' }
  /** A key written twice in one object (`path`: the first such member): `JSON.parse` would keep the last in silence. */
  | { kind: 'repeated-key'; path: string }
  | { kind: 'too-large'; limit: number; unit: 'chars' | 'cells' }
  /** `found`: the file's `class` (a collection, a lone dimension), or `version-1` for a JSON-stat 1.0 bundle. */
  | { kind: 'not-dataset'; found: string | null }
  /** The dataset lacks a part or has it in a wrong shape: `part` names it, `dimension` where it concerns one. */
  | { kind: 'bad-structure'; part: 'id' | 'size' | 'dimension' | 'category' | 'value'; dimension?: string }
  /** The declared cells (product of `size`, or one dimension's size) and the values or categories differ. */
  | { kind: 'size-mismatch'; expected: number; found: number; dimension?: string }
  | { kind: 'no-area-dimension'; dimensions: string[] }
  | { kind: 'no-time-dimension'; dimensions: string[] }
  | { kind: 'not-found'; role: 'area' | 'period' | 'other'; dimension: string; asked: Quoted; examples: string[] }
  /** More than one value is left after choosing: `dimension` must be named too. */
  | { kind: 'choose'; dimension: string; label: string; categories: string[] }
  /** The cell has no value (`null` or left out of a sparse object); `status` is the office's code for it. */
  | { kind: 'missing-value'; status: string | null; statusLabel: string | null }
  | { kind: 'confidential'; status: string; statusLabel: string | null }
  | { kind: 'not-a-number'; text: Quoted }
  | { kind: 'unknown-profile-field'; field: Quoted; fields: string[] };

export interface JsonStatCategory {
  id: string;
  label: string;
}

export interface JsonStatDimension {
  id: string;
  label: string;
  role: 'area' | 'time' | 'metric' | null;
  categories: JsonStatCategory[];
}

/** A dataset read and checked: what a preview shows and `pickJsonStat` reads from. */
export interface JsonStatDataset {
  label: string | null;
  source: string | null;
  updated: string | null;
  href: string | null;
  dimensions: JsonStatDimension[];
  area: string;
  time: string;
  /** Values and statuses by flat position; `undefined` where a sparse object has none. */
  valueAt(position: number): number | string | null | undefined;
  statusAt(position: number): string | null;
  statusLabel(code: string): string | null;
  /** `category.unit` of the dimension that has one (the metric): label and power-of-ten multiplier. */
  unitOf(dimension: string, category: string): { label: string | null; multiplier: number } | null;
}

export type JsonStatRead<T> = { ok: true; value: T } | { ok: false; problem: JsonStatProblem };

const fail = (problem: JsonStatProblem) => ({ ok: false as const, problem });
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Reads a JSON-stat 2.0 dataset; `areaDimension`/`timeDimension` name them where the file's `role` does not. */
export function readJsonStat(text: string, names: { areaDimension?: string; timeDimension?: string } = {}): JsonStatRead<JsonStatDataset> {
  if (text.length > JSONSTAT_MAX_CHARS) return fail({ kind: 'too-large', limit: JSONSTAT_MAX_CHARS, unit: 'chars' });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return fail({ kind: 'not-json' });
  }
  // A value or a status written twice for one cell would be read as the last, in silence.
  const repeated = firstRepeatedKeyPath(body);
  if (repeated !== null) return fail({ kind: 'repeated-key', path: repeated });
  if (!isObj(doc)) return fail({ kind: 'not-dataset', found: null });
  if (doc.class !== 'dataset') {
    // JSON-stat 1.0 wraps datasets in a bundle ({"dataset": {...}}) without `class`.
    const v1 = doc.class === undefined && Object.values(doc).some((d) => isObj(d) && 'dimension' in d);
    return fail({ kind: 'not-dataset', found: v1 ? 'version-1' : str(doc.class) });
  }
  const ids = doc.id;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((i) => typeof i === 'string')) return fail({ kind: 'bad-structure', part: 'id' });
  const size = doc.size;
  if (!Array.isArray(size) || size.length !== ids.length || !size.every((n) => Number.isInteger(n) && (n as number) >= 0))
    return fail({ kind: 'bad-structure', part: 'size' });
  if (!isObj(doc.dimension)) return fail({ kind: 'bad-structure', part: 'dimension' });
  const cells = (size as number[]).reduce((a, b) => a * b, 1);
  if (cells > JSONSTAT_MAX_CELLS) return fail({ kind: 'too-large', limit: JSONSTAT_MAX_CELLS, unit: 'cells' });

  const role = isObj(doc.role) ? doc.role : {};
  const roleOf = (key: string, id: string) => Array.isArray(role[key]) && (role[key] as unknown[]).includes(id);
  const dimensions: JsonStatDimension[] = [];
  const units = new Map<string, Record<string, unknown>>();
  for (const [d, id] of (ids as string[]).entries()) {
    const dim = doc.dimension[id];
    if (!isObj(dim) || !isObj(dim.category)) return fail({ kind: 'bad-structure', part: 'category', dimension: id });
    const { index, label, unit } = dim.category;
    let order: string[];
    if (Array.isArray(index)) {
      if (!index.every((c) => typeof c === 'string')) return fail({ kind: 'bad-structure', part: 'category', dimension: id });
      order = index as string[];
    } else if (isObj(index)) {
      order = [];
      for (const [c, i] of Object.entries(index)) {
        if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= Object.keys(index).length || order[i as number] !== undefined)
          return fail({ kind: 'bad-structure', part: 'category', dimension: id });
        order[i as number] = c;
      }
    } else if (index === undefined && isObj(label) && Object.keys(label).length === 1) {
      // The format lets a dimension of one category omit `index`.
      order = Object.keys(label);
    } else return fail({ kind: 'bad-structure', part: 'category', dimension: id });
    if (order.length !== size[d]) return fail({ kind: 'size-mismatch', expected: size[d] as number, found: order.length, dimension: id });
    const labels = isObj(label) ? label : {};
    if (isObj(unit)) units.set(id, unit);
    const r: JsonStatDimension['role'] = roleOf('geo', id) ? 'area' : roleOf('time', id) ? 'time' : roleOf('metric', id) ? 'metric' : null;
    dimensions.push({ id, label: str(dim.label) ?? id, role: r, categories: order.map((c) => ({ id: c, label: str(labels[c]) ?? c })) });
  }

  const named = (asked: string | undefined, r: 'area' | 'time', words: readonly string[]): string | null => {
    if (asked !== undefined) return dimensions.some((d) => d.id === asked) ? asked : null;
    const byRole = dimensions.filter((d) => d.role === r);
    if (byRole.length === 1) return byRole[0]!.id;
    const byName = dimensions.filter((d) => words.includes(d.id.toLowerCase()));
    return byName.length === 1 ? byName[0]!.id : null;
  };
  const area = named(names.areaDimension, 'area', AREA_NAMES);
  if (area === null) return fail({ kind: 'no-area-dimension', dimensions: ids as string[] });
  const time = named(names.timeDimension, 'time', TIME_NAMES);
  if (time === null || time === area) return fail({ kind: 'no-time-dimension', dimensions: ids as string[] });

  const value = doc.value;
  let valueAt: JsonStatDataset['valueAt'];
  if (Array.isArray(value)) {
    if (value.length !== cells) return fail({ kind: 'size-mismatch', expected: cells, found: value.length });
    valueAt = (p) => value[p] as number | string | null;
  } else if (isObj(value)) {
    const keys = Object.keys(value);
    if (keys.some((k) => !/^(0|[1-9]\d*)$/.test(k) || Number(k) >= cells)) return fail({ kind: 'size-mismatch', expected: cells, found: keys.length });
    valueAt = (p) => (Object.hasOwn(value, String(p)) ? (value[String(p)] as number | string | null) : undefined);
  } else return fail({ kind: 'bad-structure', part: 'value' });

  const status = doc.status;
  const statusAt = (p: number): string | null => {
    if (typeof status === 'string') return status;
    if (Array.isArray(status)) return str(status[p]);
    if (isObj(status)) return str(status[String(p)]);
    return null;
  };
  // Eurostat says what its codes mean in `extension.status.label`.
  const ext = isObj(doc.extension) && isObj(doc.extension.status) && isObj(doc.extension.status.label) ? doc.extension.status.label : {};

  return {
    ok: true,
    value: {
      label: str(doc.label),
      source: str(doc.source),
      updated: str(doc.updated),
      href: str(doc.href),
      dimensions,
      area,
      time,
      valueAt,
      statusAt,
      statusLabel: (code) => str(ext[code]),
      unitOf(dimension, category) {
        const u = units.get(dimension)?.[category];
        if (!isObj(u)) return null;
        return { label: str(u.label), multiplier: Number.isInteger(u.multiplier) ? (u.multiplier as number) : 0 };
      },
    },
  };
}

/** The user's choice: the area and the period, and a category for every other dimension of several. */
export interface JsonStatChoice {
  area: string;
  period: string;
  /** By dimension id; a category by its id or its label. */
  others?: Record<string, string>;
}

export interface JsonStatFigure {
  /** The number, scaled by the unit's power-of-ten multiplier (a population in millions becomes persons). */
  value: number;
  /** The cell's status code (an estimate, provisional…), and what the file says it means. */
  status: string | null;
  statusLabel: string | null;
  unit: string | null;
  multiplier: number;
  /** Every dimension's category that made the choice, in the file's order. */
  picked: { dimension: string; dimensionLabel: string; category: string; label: string }[];
}

/** A category by id, else by a label that only one category has (a label read off a preview or a web page). */
function findCategory(dim: JsonStatDimension, asked: string): JsonStatCategory | null {
  const byId = dim.categories.find((c) => c.id === asked);
  if (byId) return byId;
  const want = asked.trim().toLowerCase();
  const byLabel = dim.categories.filter((c) => c.label.trim().toLowerCase() === want);
  return byLabel.length === 1 ? byLabel[0]! : null;
}

/** The one figure the choice names. */
export function pickJsonStat(ds: JsonStatDataset, choice: JsonStatChoice): JsonStatRead<JsonStatFigure> {
  const picked: JsonStatFigure['picked'] = [];
  let position = 0;
  for (const dim of ds.dimensions) {
    const asked = dim.id === ds.area ? choice.area : dim.id === ds.time ? choice.period : choice.others?.[dim.id];
    let cat: JsonStatCategory | null;
    if (asked === undefined) {
      if (dim.categories.length !== 1)
        return fail({ kind: 'choose', dimension: dim.id, label: dim.label, categories: dim.categories.slice(0, 10).map((c) => c.id) });
      cat = dim.categories[0]!;
    } else {
      cat = findCategory(dim, asked);
      if (!cat) {
        const role = dim.id === ds.area ? 'area' : dim.id === ds.time ? 'period' : 'other';
        return fail({ kind: 'not-found', role, dimension: dim.id, asked: quoted(asked), examples: dim.categories.slice(0, 5).map((c) => c.id) });
      }
    }
    position = position * dim.categories.length + dim.categories.indexOf(cat);
    picked.push({ dimension: dim.id, dimensionLabel: dim.label, category: cat.id, label: cat.label });
  }
  const raw = ds.valueAt(position);
  const status = ds.statusAt(position);
  const statusLabel = status === null ? null : ds.statusLabel(status);
  // Confidential first: a withheld cell usually has no value either, and "withheld" is the truer word.
  if (status !== null && CONFIDENTIAL.has(status.toLowerCase())) return fail({ kind: 'confidential', status, statusLabel });
  if (raw === null || raw === undefined) return fail({ kind: 'missing-value', status, statusLabel });
  const n = typeof raw === 'number' ? raw : Number.NaN;
  if (!Number.isFinite(n)) return fail({ kind: 'not-a-number', text: quoted(String(raw)) });
  let unit: { label: string | null; multiplier: number } | null = null;
  for (const p of picked) unit ??= ds.unitOf(p.dimension, p.category);
  const multiplier = unit?.multiplier ?? 0;
  // toPrecision clears the binary noise of the scaling (4.8 × 10⁶ is 4 800 000, not 4 799 999.999…).
  const value = multiplier === 0 ? n : Number((n * 10 ** multiplier).toPrecision(15));
  return { ok: true, value: { value, status, statusLabel, unit: unit?.label ?? null, multiplier, picked } };
}

/** Where a profile figure came from: kept beside it so a reader can find the table again. */
export interface JsonStatProvenance {
  /** The office or table's `source`, else its label, else the file's name. */
  source: string;
  table: string | null;
  updated: string | null;
  href: string | null;
  file: string;
  /** The day the user read the file (YYYY-MM-DD): the figure's retrieval date. */
  retrieved: string;
  picked: JsonStatFigure['picked'];
}

export function jsonStatProvenance(ds: JsonStatDataset, figure: JsonStatFigure, file: string, retrieved: string): JsonStatProvenance {
  return { source: ds.source ?? ds.label ?? file, table: ds.label, updated: ds.updated, href: ds.href, file, retrieved, picked: figure.picked };
}

/**
 * Sets one profile field from a JSON-stat figure: a new profile, the other fields as they were. The
 * field must be one of the framework's profile fields.
 */
export function withJsonStatFigure(
  profile: Readonly<Record<string, number | string | null>>,
  fields: readonly { id: string }[],
  field: string,
  figure: JsonStatFigure,
): JsonStatRead<Record<string, number | string | null>> {
  if (!fields.some((f) => f.id === field)) return fail({ kind: 'unknown-profile-field', field: quoted(field), fields: fields.map((f) => f.id) });
  return { ok: true, value: { ...profile, [field]: figure.value } };
}
