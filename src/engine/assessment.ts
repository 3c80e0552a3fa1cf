import type { CatalogueReview } from './catalogue-version';
import { withFittedBases } from './basis-fit';
import { Evaluator } from './evaluator';
import type { Framework } from './framework';
import type { AssessmentInput, MethodName, NumInput, Quality, ScoringTargets, Status, ValueEntry } from './types';

import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './format-versions';
import { newId } from './ids';
import type { AssessmentParseError, DocNote, DocProblem, RefusedAssessment } from './problems';
import { carryActions, type CycleFields } from './review';
import type { Origin } from './versions';
import type { Provenance } from './provenance';

export { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, WORKSPACE_FORMAT, WORKSPACE_VERSION };

/** One city in one year: what is stored in IndexedDB and exported as JSON. */
export interface AssessmentDoc extends AssessmentInput, CycleFields {
  format: typeof ASSESSMENT_FORMAT;
  version: typeof ASSESSMENT_VERSION;
  id: string;
  city: string;
  country: string;
  year: number;
  notes: string;
  /** The framework and the catalogue version the assessment was made with (or last brought to). */
  framework: { id: string; version: string };
  /**
   * Data points whose definitions changed since the catalogue version the assessment was made with,
   * kept until the user acknowledges each (engine/catalogue-version.ts). Absent when there is none.
   */
  catalogueReview?: CatalogueReview;
  /**
   * Which target set scores the assessment (format version 5): the reference targets, or the city's
   * own targets where a data point has one (`ownTargets`). Recorded in every document the app writes;
   * a file without it (older formats) reads as `reference`.
   */
  scoringTargets: ScoringTargets;
  targetSetId: string;
  createdAt: number;
  updatedAt: number;
  /** Increases with every save; lets storage refuse to overwrite a newer copy written by another tab. */
  revision: number;
  /** Which version of the assessment this is (format 7, versions.ts): absent means 1. */
  versionNumber?: number;
  /** Where this copy came from: a file, a link or a merge (format 7, versions.ts); absent: made here. */
  origin?: Origin;
  /** Where figures filled from a statistics table came from (format 8, provenance.ts); absent: none. */
  provenance?: Provenance;
  /**
   * The user's own framework whose local KPIs this assessment also scores (format 9, local-kpis.ts),
   * by the framework file's id and version; absent: the U4SSC KPIs alone, as every file before.
   */
  localFramework?: LocalFrameworkRef;
  /** The values of those local KPIs by data point id, kept whether or not the framework is held here (format 9). */
  localValues?: Record<string, ValueEntry>;
}

/** A framework file named by an assessment (format 9): its id and frameworkVersion, and its name to say which. */
export interface LocalFrameworkRef {
  id: string;
  version: string;
  name?: string;
}

export const QUALITIES: readonly Quality[] = ['accurate', 'survey', 'higher-level', 'assumption', 'personal', 'unknown'];
export const STATUSES: readonly Status[] = ['reported', 'not-reported', 'not-applicable'];
export const METHODS: readonly MethodName[] = ['u4ssc-points', 'continuous'];

export const MIN_YEAR = 1900;
/** Assessment ids: ours are UUIDs (36 characters); imported ones may be any text up to this length. */
export const MAX_ID = 100;
export const MAX_YEAR = 2200;
/** One limit for free text (city, country, notes, source, note) in the form, the grid, every file and the schema. */
export const MAX_TEXT = 10_000;
/** Text kept in a numeric cell (what the user typed that is not a number) is at most this long. */
export const MAX_NUM_TEXT = 200;
/** The unit a value was entered in (`ppb`) is at most this long. */
export const MAX_UNIT = 20;
/** Revisions count saves; past this, revision + 1 would no longer differ from revision in a double. */
export const MAX_REVISION = Number.MAX_SAFE_INTEGER - 1;
/** The largest time a Date can hold (ms since 1970); beyond it `new Date(t)` is an Invalid Date. */
const MAX_TIME = 8.64e15;

export const isValidRevision = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_REVISION;
export const isValidTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME;
/** One assessment is ~50 kB of JSON; a workspace file of 1 000 is ~50 MB. Single-assessment files stop at 20 MB. */
export const MAX_JSON_CHARS = 20 * 1024 * 1024;

export function createAssessment(
  fields: { city: string; country: string; year: number; notes?: string },
  fw: Framework,
  targetSetId: string,
  now = Date.now(),
): AssessmentDoc {
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    id: newId(),
    city: fields.city,
    country: fields.country,
    year: fields.year,
    notes: fields.notes ?? '',
    framework: { id: fw.data.id, version: fw.data.frameworkVersion },
    targetSetId,
    createdAt: now,
    updatedAt: now,
    revision: 0,
    profile: {},
    values: {},
    targets: {},
    method: { name: 'u4ssc-points' },
    scoringTargets: 'reference',
  };
}

/** A copy under a new id, e.g. last year's assessment as the start of this year's. */
export function duplicateAssessment(
  doc: AssessmentDoc,
  changes: Partial<Pick<AssessmentDoc, 'city' | 'country' | 'year' | 'notes'>>,
  now = Date.now(),
): AssessmentDoc {
  return { ...structuredClone(doc), ...changes, id: newId(), createdAt: now, updatedAt: now, revision: 0 };
}

/** The fields of one cycle that do not carry into next year's assessment. */
const CYCLE_ONLY = ['review', 'threads', 'evidence', 'recommendations', 'frozen', 'parent', 'history'] as const;

/**
 * Next year's assessment from this year's ("Duplicate as next year"): the values as a starting point,
 * a new review cycle (no review stamps, threads, evidence, recommendations, freeze, parent or history), and the
 * open actions carried forward with this year's value of each data point they target as their baseline
 * (`baselineOf`), so that next year's report shows their progress. The recommendations those actions
 * implement come along, so the action still says what it answers.
 */
export function nextYearAssessment(
  doc: AssessmentDoc,
  changes: Partial<Pick<AssessmentDoc, 'city' | 'country' | 'year' | 'notes'>>,
  baselineOf: (id: string) => number | null,
  now = Date.now(),
): AssessmentDoc {
  const next = duplicateAssessment(doc, changes, now);
  for (const key of CYCLE_ONLY) delete next[key];
  // Next year's is the first version of a new assessment, made here.
  delete next.versionNumber;
  delete next.origin;
  const actions = carryActions(doc, now).map((a) => ({
    ...a,
    carriedFrom: { id: doc.id, year: doc.year, baseline: Object.fromEntries(a.datapoints.map((id) => [id, baselineOf(id)])) },
  }));
  if (actions.length > 0) {
    next.actions = actions;
    const wanted = new Set(actions.map((a) => a.recommendation).filter(Boolean));
    const recs = (doc.recommendations ?? []).filter((r) => wanted.has(r.id));
    if (recs.length > 0) next.recommendations = structuredClone(recs);
  } else delete next.actions;
  return next;
}

/** This year's value of each data point (the engine's reading; null when none is accepted), for nextYearAssessment. */
export function valueBaseline(fw: Framework, doc: AssessmentInput): (id: string) => number | null {
  const reader = Evaluator.valueReader(fw, doc);
  return (id) => {
    const ref = fw.byId.get(id);
    if (!ref) return null;
    const outcome = reader.valueOf(ref);
    return outcome.flags.some((f) => f.level === 'error') ? null : outcome.value;
  };
}

/**
 * Data points done (a value the engine accepts) against all data points that apply. A value the engine
 * rejects (text, out of range, a numerator without its denominator) is not done, and neither is a
 * status of "reported" without a value. The engine's own `valueOf` decides, not a pattern here.
 */
export function completion(doc: AssessmentInput, fw: Framework): { reported: number; expected: number } {
  const reader = Evaluator.valueReader(fw, doc);
  let reported = 0;
  let expected = 0;
  for (const ref of fw.datapoints) {
    const entry = doc.values[ref.id];
    if (entry?.status === 'not-applicable') continue;
    expected++;
    if (!entry || entry.status === 'not-reported' || !hasInput(entry)) continue;
    const outcome = reader.valueOf(ref);
    if (outcome.value !== null && !outcome.flags.some((f) => f.level === 'error')) reported++;
  }
  return { reported, expected };
}

const present = (v: NumInput | undefined) => v !== undefined && v !== null && v !== '';
export const hasInput = (e: ValueEntry): boolean => present(e.value) || present(e.numerator) || present(e.denominator);

export type { AssessmentParseError, DocNote, DocProblem, RefusedAssessment };

/** Names, titles, pages and dates in the cycle are short; thread texts and recommendations use MAX_TEXT. */
export const MAX_SHORT = 500;
/** At most this many thread entries per data point, evidence references per data point, recommendations and actions. */
export const MAX_ITEMS = 1000;

// ---------------------------------------------------------------------------------------------------
// Workspace files: many assessments in one export (backups, a verifier's batch). Reading a document
// from outside (file, link, repair) is assessment-read.ts, loaded only when one is read.

/** A workspace of 1 000 assessments is about 50 MB of JSON; larger files are refused unread. */
export const MAX_WORKSPACE_CHARS = 200 * 1024 * 1024;

export interface WorkspaceDoc {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  exportedAt: number;
  assessments: AssessmentDoc[];
}

export function workspaceDoc(assessments: AssessmentDoc[], now = Date.now()): WorkspaceDoc {
  return { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt: now, assessments: assessments.map(withFittedBases) };
}
