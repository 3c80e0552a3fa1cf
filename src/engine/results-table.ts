/**
 * Results as tables: the sheets of the results workbook (Values with its computed columns, Scores,
 * Profile, Targets) and the tidy table of scores (one row per assessment × data point or aggregate) that
 * the export panel and `npm run score -- --format csv` write for R, pandas or DuckDB.
 *
 * Every number comes from the engine's `Scores` (the same evaluator as the app); these functions only lay
 * them out. Column names are identifiers (like the values CSV's), the same in every language, so that
 * scripts and the values reader can rely on them. Pure: no DOM, no library.
 */
import { BAND_LABELS } from './bands';
import { RESULT_COLUMNS, valuesTable, VALUES_COLUMNS } from './csv';
import type { Framework } from './framework';
import { isSelection } from './framework-aggregates';
import type { LocalKpis } from './local-kpis';
import { roundResult } from './report';
import type { TargetSet } from './targets';
import type { AggregateResult, AssessmentInput, ItemResult, Scores } from './types';

/** A cell of a results table: text, a number, a ratio shown as a percentage, or empty. */
export type ResultCell = string | number | { ratio: number } | null;

/** Who an assessment is, for the tables that name it (all optional: a values file has none of them). */
export interface AssessmentAbout {
  id?: string;
  city?: string;
  country?: string;
  year?: number;
  framework?: { id: string; version: string };
}

/** The tidy table of scores: one row per assessment × data point or aggregate. */
export const TIDY_COLUMNS = [
  'assessment_id',
  'city',
  'country',
  'year',
  'method',
  'level',
  'code',
  'datapoint',
  'dimension',
  'subdimension',
  'category',
  'name',
  'value',
  'target',
  'target_origin',
  'achievement',
  'percent',
  'points',
  'max_points',
  'band',
  'band_label',
  'status',
  'state',
  'reported',
  'benchmarked',
  'expected',
  // Added for issue #30, last so that a reader by position reads the older columns where they were.
  'framework',
] as const;
export type TidyColumn = (typeof TIDY_COLUMNS)[number];
export type TidyRow = Record<TidyColumn, string | number | null>;

const EMPTY_ROW = Object.fromEntries(TIDY_COLUMNS.map((c) => [c, null])) as TidyRow;

/** Codes of the groups an aggregate sits in: `SC: EH: ED` → SC, SC: EH, SC: EH: ED. */
function groupPath(code: string): Pick<TidyRow, 'dimension' | 'subdimension' | 'category'> {
  const parts = code === 'overall' ? [] : code.split(': ');
  return {
    dimension: parts.length >= 1 ? parts[0] : null,
    subdimension: parts.length >= 2 ? parts.slice(0, 2).join(': ') : null,
    category: parts.length >= 3 ? parts.slice(0, 3).join(': ') : null,
  };
}

/**
 * The tidy rows of one assessment's scores: its aggregates (overall, dimensions, sub-dimensions,
 * categories, with coverage) then its data points (value, target, achievement as a ratio, points, band);
 * `framework` is the id of the framework `fw` that scored them.
 */
export function tidyRows(fw: Framework, scores: Scores, about: AssessmentAbout = {}): TidyRow[] {
  return rowsOf(fw, scores, about, [scores.overall, ...scores.dimensions, ...scores.subdimensions, ...scores.categories], scores.items);
}

/**
 * The tidy rows of the framework file an assessment names (issue #30), after its U4SSC rows: the
 * selection's own aggregates when it is a selection of `base` (U4SSC), and its local KPIs' data points,
 * each with `framework` the file's id. Its U4SSC data points are not repeated: they score as under U4SSC.
 */
export function localTidyRows(local: Extract<LocalKpis, { kind: 'scored' }>, base: Framework, about: AssessmentAbout = {}): TidyRow[] {
  const s = local.scores;
  const aggregates = isSelection(local.fw, base) ? [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories] : [];
  return rowsOf(local.fw, s, about, aggregates, local.items);
}

function rowsOf(fw: Framework, scores: Scores, about: AssessmentAbout, aggregates: AggregateResult[], items: ItemResult[]): TidyRow[] {
  const base: TidyRow = {
    ...EMPTY_ROW,
    assessment_id: about.id ?? null,
    city: about.city ?? null,
    country: about.country ?? null,
    year: about.year ?? null,
    method: scores.method,
    framework: fw.data.id,
  };
  const aggregate = (a: AggregateResult): TidyRow => ({
    ...base,
    level: a.level,
    code: a.code,
    ...groupPath(a.code),
    name: a.name,
    percent: roundResult(a.percent),
    points: a.points,
    max_points: a.maxPoints,
    band: a.band,
    band_label: a.band === null ? null : BAND_LABELS[a.band],
    reported: a.reported,
    benchmarked: a.benchmarked,
    expected: a.expected,
  });
  const item = (i: ItemResult): TidyRow => {
    const ref = fw.byId.get(i.id);
    return {
      ...base,
      level: 'datapoint',
      code: i.code,
      datapoint: i.datapoint,
      ...(ref ? { dimension: ref.path.dimension, subdimension: ref.path.subdimension, category: ref.path.category } : {}),
      name: ref ? (ref.kpi.datapoints.length > 1 ? `${ref.kpi.name}: ${ref.def.label}` : ref.kpi.name) : null,
      value: roundResult(i.value),
      target: i.target,
      target_origin: i.targetOrigin,
      achievement: roundResult(i.achievement),
      points: i.points,
      band: i.band,
      band_label: i.band === null ? null : BAND_LABELS[i.band],
      status: i.status,
      state: i.state,
    };
  };
  return aggregates.map(aggregate).concat(items.map(item));
}

/** A tidy row as CSV fields: numbers as JavaScript prints them (a point, no grouping), empty for none. */
export const tidyFields = (row: TidyRow, columns: readonly string[] = TIDY_COLUMNS): string[] =>
  columns.map((c) => {
    const v = (row as Record<string, string | number | null>)[c];
    return v === null || v === undefined ? '' : String(v);
  });

// ---------------------------------------------------------------------------------------------------
// The results workbook

export interface ResultSheet {
  name: 'Values' | 'Scores' | 'Profile' | 'Targets';
  /** Header row first. */
  rows: ResultCell[][];
  /** Columns (0-based) whose values are computed by the engine, never read back as input. */
  computed: number[];
}

/** The Values sheet: descriptive columns, the inputs (exactly the values CSV's), then the results. */
export const VALUES_SHEET_COLUMNS = [
  'code',
  'datapoint',
  'name',
  'unit',
  'direction',
  ...VALUES_COLUMNS.slice(2),
  ...RESULT_COLUMNS.filter((c) => !['name', 'unit', 'direction'].includes(c)),
] as const;

export const SCORES_COLUMNS = ['level', 'code', 'name', 'percent', 'band', 'points', 'max points', 'reported', 'benchmarked', 'expected'] as const;
/** The Profile sheet: the assessment's identity (`city`, `country`, `year`, ...), then each city-profile field once. */
export const PROFILE_COLUMNS = ['field', 'label', 'unit', 'value'] as const;
export const ABOUT_FIELDS = ['city', 'country', 'year', 'method', 'catalogue', 'scoring targets'] as const;
/**
 * The Targets sheet: the reference target or the assessment's override (`target`, `origin`: reference,
 * assessment or none) with its rationale, source and basis; the city's own target, deadline and baseline
 * (format version 4); and `scored by`, the target that scored the data point under the assessment's
 * choice (`reference`, `assessment`, `own` or `none`). Added columns sit after the older ones, so a reader
 * of the older sheet (by header name) reads a newer one.
 */
export const TARGETS_COLUMNS = [
  'code',
  'datapoint',
  'target',
  'origin',
  'rationale',
  'source',
  'basis',
  'own target',
  'own deadline',
  'own baseline',
  'own baseline year',
  'scored by',
] as const;

const numberOrText = (v: string): ResultCell => (v === '' ? null : v);

/**
 * The four sheets of the results workbook for one assessment. `scores` are the engine's scores of
 * `input` under `targets` (the caller computes them with `score`, as the app's views do).
 */
export function resultSheets(fw: Framework, targets: TargetSet, input: AssessmentInput & AssessmentAbout, scores: Scores): ResultSheet[] {
  // The inputs as the values CSV writes them, without the profile: it is on its own sheet, once.
  const inputs = valuesTable(fw, { ...input, profile: {} });
  const col = (name: string) => (VALUES_COLUMNS as readonly string[]).indexOf(name);
  const items = new Map(scores.items.map((i) => [i.id, i]));
  const values: ResultCell[][] = [[...VALUES_SHEET_COLUMNS]];
  fw.datapoints.forEach((ref, r) => {
    const row = inputs[r + 1];
    const item = items.get(ref.id)!;
    const override = input.targets[ref.id];
    const reference = targets.byId.get(ref.id);
    const cells: Record<string, ResultCell> = Object.fromEntries(VALUES_COLUMNS.map((c) => [c, numberOrText(row[col(c)])]));
    values.push(
      VALUES_SHEET_COLUMNS.map((c) => {
        switch (c) {
          case 'name':
            return ref.kpi.datapoints.length > 1 ? `${ref.kpi.name}: ${ref.def.label}` : ref.kpi.name;
          case 'unit':
            return ref.def.unit;
          case 'direction':
            return ref.def.direction;
          case 'target in force':
            return item.target ?? 'none';
          case 'target source':
            // The city's own target scores this data point (the assessment is scored against own targets).
            if (item.targetOrigin === 'own') return 'own';
            return override ? 'assessment' : reference && reference.target !== null ? reference.source : 'none';
          case 'computed value':
            return roundResult(item.value);
          case 'achievement':
            return item.achievement === null ? null : { ratio: roundResult(item.achievement)! };
          case 'points':
            return item.points;
          case 'band':
            return item.band === null ? null : BAND_LABELS[item.band];
          case 'state':
            return item.state;
          default:
            return cells[c];
        }
      }),
    );
  });
  const firstResult = VALUES_SHEET_COLUMNS.indexOf('target in force');
  const computedValues = VALUES_SHEET_COLUMNS.flatMap((c, i) => (i >= firstResult || ['name', 'unit', 'direction'].includes(c) ? [i] : []));

  const aggregates = [scores.overall, ...scores.dimensions, ...scores.subdimensions, ...scores.categories];
  const scoreRows: ResultCell[][] = [
    [...SCORES_COLUMNS],
    ...aggregates.map((a) => [
      a.level,
      a.code,
      a.name,
      a.percent === null ? null : { ratio: roundResult(a.percent / 100)! },
      a.band === null ? null : BAND_LABELS[a.band],
      a.points,
      a.maxPoints,
      a.reported,
      a.benchmarked,
      a.expected,
    ]),
  ];

  const about: Record<(typeof ABOUT_FIELDS)[number], ResultCell> = {
    city: input.city ?? null,
    country: input.country ?? null,
    year: input.year ?? null,
    method: input.method.name,
    catalogue: input.framework ? `${input.framework.id} ${input.framework.version}` : `${fw.data.id} ${fw.data.frameworkVersion}`,
    'scoring targets': input.scoringTargets ?? 'reference',
  };
  const profile: ResultCell[][] = [
    [...PROFILE_COLUMNS],
    ...ABOUT_FIELDS.map((f) => [f, null, null, about[f]]),
    ...fw.data.profile.map((p) => {
      const v = input.profile[p.id];
      return [p.id, p.label, p.unit, v === undefined || v === null || v === '' ? null : v];
    }),
  ];

  const targetRows: ResultCell[][] = [
    [...TARGETS_COLUMNS],
    ...fw.datapoints.map((ref) => {
      const o = input.targets[ref.id];
      const t = targets.byId.get(ref.id);
      const own = input.ownTargets?.[ref.id];
      const origin = items.get(ref.id)!.targetOrigin;
      const ownCells: ResultCell[] = [
        own?.target ?? null,
        own?.deadline ?? null,
        own?.baseline ?? null,
        own?.baselineYear ?? null,
        origin === 'override' ? 'assessment' : origin,
      ];
      if (o) return [ref.kpi.code, ref.def.key || null, o.target, 'assessment', o.rationale ?? null, null, null, ...ownCells];
      if (!t || t.target === null) return [ref.kpi.code, ref.def.key || null, 'none', 'none', t?.rationale ?? null, t?.source ?? null, null, ...ownCells];
      return [ref.kpi.code, ref.def.key || null, t.target, 'reference', t.rationale, t.source, t.basis ?? 'public', ...ownCells];
    }),
  ];
  return [
    { name: 'Values', rows: values, computed: computedValues },
    { name: 'Scores', rows: scoreRows, computed: SCORES_COLUMNS.map((_, i) => i) },
    { name: 'Profile', rows: profile, computed: [1, 2] },
    { name: 'Targets', rows: targetRows, computed: TARGETS_COLUMNS.map((_, i) => i) },
  ];
}
