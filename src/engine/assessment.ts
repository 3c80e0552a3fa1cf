import { upgradeCatalogue, type CatalogueReview } from './catalogue-version';
import { Evaluator } from './evaluator';
import type { Framework } from './framework';
import type { AssessmentInput, CatalogueChange, DefinitionChange, MethodName, NumInput, OwnTarget, Quality, Status, TargetOverride, ValueEntry } from './types';

import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './format-versions';
import { newId } from './ids';
import { yesNo } from './parse';
import { migrateAssessment, migrateWorkspace } from './migrations';
import {
  ACTION_STATUSES,
  carryActions,
  REC_SCOPES,
  REVIEW_STATES,
  THREAD_KINDS,
  type Action,
  type CycleFields,
  type EvidenceRef,
  type Recommendation,
  type ReviewStamp,
  type ThreadEntry,
} from './review';

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
  /** The city's own targets, deadlines and baselines by data point (format version 4); absent when there is none. */
  ownTargets?: Record<string, OwnTarget>;
  targetSetId: string;
  createdAt: number;
  updatedAt: number;
  /** Increases with every save; lets storage refuse to overwrite a newer copy written by another tab. */
  revision: number;
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
const CYCLE_ONLY = ['review', 'threads', 'evidence', 'recommendations', 'frozen', 'parent'] as const;

/**
 * Next year's assessment from this year's ("Duplicate as next year"): the values as a starting point,
 * a new review cycle (no review stamps, threads, evidence, recommendations, freeze or parent), and the
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

// ---------------------------------------------------------------------------------------------------
// Reading a document from outside (file, IndexedDB, link): validate, migrate, never trust.

export type AssessmentParseError =
  | { kind: 'not-json'; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'not-an-assessment'; message: string }
  | { kind: 'newer-version'; message: string; version: number }
  | { kind: 'wrong-framework'; message: string }
  | { kind: 'invalid'; message: string; problems: string[] };

/**
 * A successful read may carry notes: what was read as it stands but deserves a word (a value kept as
 * text and so not scored, a revision or a date that was out of range and was reset).
 */
export type ParseResult<T> = { ok: true; value: T; notes?: string[] } | { ok: false; error: AssessmentParseError };

/** Untrusted values in messages: String() throws on objects like {"toString": {}}. */
const describe = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Builds a plain record from untrusted keys, refusing prototype-polluting ones. */
function safeRecord<T>(
  source: Record<string, unknown>,
  where: string,
  problems: string[],
  read: (v: unknown, key: string) => T | undefined,
): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const key of Object.keys(source)) {
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push(`${where}: the key "${key}" is not allowed.`);
      continue;
    }
    const v = read(source[key], key);
    if (v !== undefined) out[key] = v;
  }
  return { ...out };
}

const notFinite = (where: string) => `${where}: not a finite number.`;
const notAYear = (where: string) => `${where}: expected a whole year between ${MIN_YEAR} and ${MAX_YEAR}.`;
const isYear = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= MIN_YEAR && (v as number) <= MAX_YEAR;

/** A city's own target (format version 4): each field optional, numbers finite, years whole; an empty one is dropped. */
function readOwnTarget(v: unknown, where: string, problems: string[]): OwnTarget | undefined {
  if (!isObject(v)) return void problems.push(`${where}: expected an object.`);
  const out: OwnTarget = {};
  for (const field of ['target', 'baseline'] as const) {
    if (v[field] === undefined || v[field] === null) continue;
    if (typeof v[field] === 'number' && Number.isFinite(v[field])) out[field] = v[field];
    else problems.push(notFinite(`${where}.${field}`));
  }
  for (const field of ['deadline', 'baselineYear'] as const) {
    if (v[field] === undefined || v[field] === null) continue;
    if (isYear(v[field])) out[field] = v[field];
    else problems.push(notAYear(`${where}.${field}`));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function readNumInput(v: unknown, where: string, problems: string[], notes: string[] = [], yesno = false): NumInput | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      problems.push(notFinite(where));
      return undefined;
    }
    return v;
  }
  if (typeof v === 'string') {
    // Text is kept as the user typed it, exactly as the grid keeps it (the engine rejects it with a
    // reason and it is not scored), so every backup restores; long text is refused.
    if (v.length > MAX_NUM_TEXT) {
      problems.push(`${where}: text longer than ${MAX_NUM_TEXT} characters.`);
      return undefined;
    }
    if (v.trim() !== '' && !(yesno && yesNo(v) !== null)) notes.push(`${where}: "${v}" is text, kept as written and not scored until it is corrected.`);
    return v;
  }
  problems.push(`${where}: expected a number, text or null.`);
  return undefined;
}

function readText(v: unknown, where: string, problems: string[], fallback = ''): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string') {
    problems.push(`${where}: expected text.`);
    return fallback;
  }
  if (v.length > MAX_TEXT) {
    // Refused, never cut: the same limit holds in the form and the grid.
    problems.push(`${where}: text longer than ${MAX_TEXT} characters.`);
    return fallback;
  }
  return v;
}

function readEntry(v: unknown, where: string, problems: string[], notes: string[], yesno: boolean): ValueEntry | undefined {
  if (!isObject(v)) {
    problems.push(`${where}: expected an object.`);
    return undefined;
  }
  const entry: ValueEntry = {};
  for (const field of ['numerator', 'denominator', 'value'] as const) {
    if (field in v) {
      const n = readNumInput(v[field], `${where}.${field}`, problems, notes, yesno && field === 'value');
      if (n !== undefined && n !== null) entry[field] = n;
    }
  }
  if (v.status !== undefined) {
    if (STATUSES.includes(v.status as Status)) entry.status = v.status as Status;
    else problems.push(`${where}.status: "${describe(v.status)}" is not one of ${STATUSES.join(', ')}.`);
  }
  if (v.quality !== undefined) {
    if (QUALITIES.includes(v.quality as Quality)) entry.quality = v.quality as Quality;
    else problems.push(`${where}.quality: "${describe(v.quality)}" is not one of ${QUALITIES.join(', ')}.`);
  }
  if (v.source !== undefined) entry.source = readText(v.source, `${where}.source`, problems);
  if (v.note !== undefined) entry.note = readText(v.note, `${where}.note`, problems);
  if (v.entered !== undefined && v.entered !== null) {
    const e = v.entered;
    if (
      isObject(e) &&
      typeof e.value === 'number' &&
      Number.isFinite(e.value) &&
      typeof e.unit === 'string' &&
      e.unit.length > 0 &&
      e.unit.length <= MAX_UNIT &&
      typeof e.factor === 'number' &&
      Number.isFinite(e.factor) &&
      e.factor > 0
    ) {
      entry.entered = { value: e.value, unit: e.unit, factor: e.factor };
    } else problems.push(`${where}.entered: expected { value, unit, factor } (the value as entered in another unit).`);
  }
  if (v.year !== undefined && v.year !== null) {
    if (Number.isInteger(v.year) && (v.year as number) >= MIN_YEAR && (v.year as number) <= MAX_YEAR) entry.year = v.year as number;
    else problems.push(notAYear(`${where}.year`));
  }
  return entry;
}

function readTargetOverride(v: unknown, where: string, problems: string[]): TargetOverride | undefined {
  if (!isObject(v)) {
    problems.push(`${where}: expected an object.`);
    return undefined;
  }
  const rationale = v.rationale === undefined ? undefined : readText(v.rationale, `${where}.rationale`, problems);
  if (v.target === 'none') return { target: 'none', ...(rationale !== undefined && { rationale }) };
  if (typeof v.target === 'number' && Number.isFinite(v.target) && v.target >= 0) {
    return { target: v.target, ...(rationale !== undefined && { rationale }) };
  }
  problems.push(`${where}.target: expected a number ≥ 0 or "none".`);
  return undefined;
}

// The cycle's fields (format version 2). Every one is optional; what is present is checked like the rest.

/** Names, titles, pages and dates in the cycle are short; thread texts and recommendations use MAX_TEXT. */
export const MAX_SHORT = 500;
/** At most this many thread entries per data point, evidence references per data point, recommendations and actions. */
export const MAX_ITEMS = 1000;

function readShort(v: unknown, where: string, problems: string[], required = false): string | undefined {
  if (v === undefined || v === null) {
    if (required) problems.push(`${where}: missing.`);
    return undefined;
  }
  if (typeof v !== 'string') {
    problems.push(`${where}: expected text.`);
    return undefined;
  }
  if (v.length > MAX_SHORT) {
    problems.push(`${where}: text longer than ${MAX_SHORT} characters.`);
    return undefined;
  }
  return v;
}

function readItemId(v: unknown, where: string, problems: string[]): string | undefined {
  if (typeof v === 'string' && v.length > 0 && v.length <= MAX_ID && !FORBIDDEN_KEYS.has(v)) return v;
  problems.push(`${where}.id: expected text of 1 to ${MAX_ID} characters.`);
  return undefined;
}

function readTime(v: unknown, where: string, problems: string[]): number | undefined {
  if (isValidTime(v)) return v;
  problems.push(`${where}: expected a time (ms since 1970).`);
  return undefined;
}

function readList<T>(v: unknown, where: string, problems: string[], read: (item: unknown, where: string) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) {
    problems.push(`${where}: expected a list.`);
    return undefined;
  }
  if (v.length > MAX_ITEMS) {
    problems.push(`${where}: more than ${MAX_ITEMS} items.`);
    return undefined;
  }
  const out: T[] = [];
  const ids = new Set<string>();
  v.forEach((item, i) => {
    const x = read(item, `${where}[${i}]`);
    if (x === undefined) return;
    const id = (x as { id?: string }).id;
    if (id !== undefined && ids.has(id)) problems.push(`${where}[${i}].id: "${id}" appears twice.`);
    else if (id !== undefined) ids.add(id);
    out.push(x);
  });
  return out;
}

function readStamp(v: unknown, where: string, problems: string[]): ReviewStamp | undefined {
  if (!isObject(v)) return void problems.push(`${where}: expected an object.`);
  if (!REVIEW_STATES.includes(v.state as ReviewStamp['state']))
    return void problems.push(`${where}.state: "${describe(v.state)}" is not one of ${REVIEW_STATES.join(', ')}.`);
  const by = readShort(v.by, `${where}.by`, problems, true);
  const at = readTime(v.at, `${where}.at`, problems);
  const reason = v.reason === undefined ? undefined : readText(v.reason, `${where}.reason`, problems);
  const basis = v.basis === undefined ? undefined : readShort(v.basis, `${where}.basis`, problems);
  if (v.state === 'not-verifiable' && !reason?.trim()) problems.push(`${where}.reason: a reason is required for "not-verifiable".`);
  if (by === undefined || at === undefined) return undefined;
  return { state: v.state as ReviewStamp['state'], by, at, ...(reason !== undefined && { reason }), ...(basis !== undefined && { basis }) };
}

function readThreadEntry(v: unknown, where: string, problems: string[]): ThreadEntry | undefined {
  if (!isObject(v)) return void problems.push(`${where}: expected an object.`);
  const id = readItemId(v.id, where, problems);
  if (!THREAD_KINDS.includes(v.kind as ThreadEntry['kind'])) problems.push(`${where}.kind: "${describe(v.kind)}" is not one of ${THREAD_KINDS.join(', ')}.`);
  if (typeof v.text !== 'string' || v.text.trim() === '') problems.push(`${where}.text: expected text.`);
  const text = readText(v.text, `${where}.text`, problems);
  const by = readShort(v.by, `${where}.by`, problems, true);
  const at = readTime(v.at, `${where}.at`, problems);
  if (id === undefined || by === undefined || at === undefined || !THREAD_KINDS.includes(v.kind as ThreadEntry['kind'])) return undefined;
  return { id, kind: v.kind as ThreadEntry['kind'], text, by, at };
}

function readEvidence(v: unknown, where: string, problems: string[]): EvidenceRef | undefined {
  if (!isObject(v)) return void problems.push(`${where}: expected an object.`);
  const id = readItemId(v.id, where, problems);
  const title = readShort(v.title, `${where}.title`, problems, true);
  const location = readText(v.location, `${where}.location`, problems);
  const page = readShort(v.page, `${where}.page`, problems);
  const date = readShort(v.date, `${where}.date`, problems);
  if (id === undefined || title === undefined) return undefined;
  return { id, title, location, ...(page !== undefined && { page }), ...(date !== undefined && { date }) };
}

function readRecommendation(v: unknown, where: string, problems: string[], fw: Framework): Recommendation | undefined {
  if (!isObject(v)) return void problems.push(`${where}: expected an object.`);
  const id = readItemId(v.id, where, problems);
  const scope = v.scope as Recommendation['scope'];
  if (!REC_SCOPES.includes(scope)) problems.push(`${where}.scope: "${describe(v.scope)}" is not one of ${REC_SCOPES.join(', ')}.`);
  const target = readShort(v.target, `${where}.target`, problems, true);
  if (scope === 'datapoint' && target !== undefined && !fw.byId.has(target)) problems.push(`${where}.target: unknown data point "${target}".`);
  const text = readText(v.text, `${where}.text`, problems);
  const by = readShort(v.by, `${where}.by`, problems, true);
  const at = readTime(v.at, `${where}.at`, problems);
  if (id === undefined || target === undefined || by === undefined || at === undefined || !REC_SCOPES.includes(scope)) return undefined;
  return { id, scope, target, text, by, at };
}

function readAction(v: unknown, where: string, problems: string[], fw: Framework): Action | undefined {
  if (!isObject(v)) return void problems.push(`${where}: expected an object.`);
  const id = readItemId(v.id, where, problems);
  const recommendation = readShort(v.recommendation, `${where}.recommendation`, problems);
  const title = readText(v.title, `${where}.title`, problems);
  const owner = readShort(v.owner, `${where}.owner`, problems) ?? '';
  const deadline = readShort(v.deadline, `${where}.deadline`, problems) ?? '';
  if (deadline !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) problems.push(`${where}.deadline: expected a date as YYYY-MM-DD.`);
  const status = v.status as Action['status'];
  if (!ACTION_STATUSES.includes(status)) problems.push(`${where}.status: "${describe(v.status)}" is not one of ${ACTION_STATUSES.join(', ')}.`);
  const datapoints =
    v.datapoints === undefined
      ? []
      : readList(v.datapoints, `${where}.datapoints`, problems, (x, w) => {
          if (typeof x === 'string' && fw.byId.has(x)) return x;
          return void problems.push(`${w}: unknown data point "${describe(x)}".`);
        });
  let aimedBand: Action['aimedBand'];
  if (v.aimedBand !== undefined && v.aimedBand !== null) {
    if ([1, 2, 3, 4].includes(v.aimedBand as number)) aimedBand = v.aimedBand as Action['aimedBand'];
    else problems.push(`${where}.aimedBand: expected 1, 2, 3 or 4.`);
  }
  const at = readTime(v.at, `${where}.at`, problems);
  let carriedFrom: Action['carriedFrom'];
  if (v.carriedFrom !== undefined) {
    const c = v.carriedFrom;
    const baseline: Record<string, number | null> = {};
    if (isObject(c) && typeof c.id === 'string' && c.id.length <= MAX_ID && Number.isInteger(c.year) && isObject(c.baseline)) {
      for (const [k, x] of Object.entries(c.baseline)) {
        if (!fw.byId.has(k)) problems.push(`${where}.carriedFrom.baseline: unknown data point "${k}".`);
        else if (x === null || (typeof x === 'number' && Number.isFinite(x))) baseline[k] = x;
        else problems.push(`${where}.carriedFrom.baseline["${k}"]: expected a number or null.`);
      }
      carriedFrom = { id: c.id, year: c.year as number, baseline };
    } else problems.push(`${where}.carriedFrom: expected { id, year, baseline }.`);
  }
  if (id === undefined || at === undefined || datapoints === undefined || !ACTION_STATUSES.includes(status)) return undefined;
  return {
    id,
    ...(recommendation !== undefined && { recommendation }),
    title,
    owner,
    deadline,
    status,
    datapoints,
    ...(aimedBand !== undefined && { aimedBand }),
    at,
    ...(carriedFrom !== undefined && { carriedFrom }),
  };
}

const FINGERPRINT = /^[0-9a-f]{64}$/;

/** The cycle's fields of a (migrated) document: only those present are returned. */
function readCycle(raw: Record<string, unknown>, fw: Framework, problems: string[]): CycleFields & Pick<AssessmentDoc, 'ownTargets'> {
  const out: CycleFields & Pick<AssessmentDoc, 'ownTargets'> = {};
  const perDatapoint = <T>(key: string, read: (v: unknown, where: string) => T | undefined): Record<string, T> | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (!isObject(v)) return void problems.push(`${key}: expected an object keyed by data point.`);
    return safeRecord(v, key, problems, (x, id) => {
      if (!fw.byId.has(id)) return void problems.push(`${key}: unknown data point "${id}".`);
      return read(x, `${key}["${id}"]`);
    });
  };
  const review = perDatapoint('review', (v, w) => readStamp(v, w, problems));
  if (review) out.review = review;
  const threads = perDatapoint('threads', (v, w) => readList(v, w, problems, (x, wi) => readThreadEntry(x, wi, problems)));
  if (threads) out.threads = threads;
  const evidence = perDatapoint('evidence', (v, w) => readList(v, w, problems, (x, wi) => readEvidence(x, wi, problems)));
  if (evidence) out.evidence = evidence;
  const ownTargets = perDatapoint('ownTargets', (v, w) => readOwnTarget(v, w, problems));
  if (ownTargets && Object.keys(ownTargets).length > 0) out.ownTargets = ownTargets;
  if (raw.recommendations !== undefined) {
    const recs = readList(raw.recommendations, 'recommendations', problems, (x, w) => readRecommendation(x, w, problems, fw));
    if (recs) out.recommendations = recs;
  }
  if (raw.actions !== undefined) {
    const actions = readList(raw.actions, 'actions', problems, (x, w) => readAction(x, w, problems, fw));
    if (actions) out.actions = actions;
  }
  if (raw.frozen !== undefined) {
    const f = raw.frozen;
    const by = isObject(f) ? readShort(f.by, 'frozen.by', problems, true) : undefined;
    if (isObject(f) && isValidTime(f.at) && by !== undefined && typeof f.fingerprint === 'string' && FINGERPRINT.test(f.fingerprint)) {
      out.frozen = { at: f.at, by, fingerprint: f.fingerprint };
    } else problems.push('frozen: expected { at, by, fingerprint } with a 64-digit hexadecimal SHA-256.');
  }
  if (raw.parent !== undefined) {
    const p = raw.parent;
    if (
      isObject(p) &&
      typeof p.id === 'string' &&
      p.id.length > 0 &&
      p.id.length <= MAX_ID &&
      typeof p.fingerprint === 'string' &&
      FINGERPRINT.test(p.fingerprint)
    ) {
      out.parent = { id: p.id, fingerprint: p.fingerprint };
    } else problems.push('parent: expected { id, fingerprint } with a 64-digit hexadecimal SHA-256.');
  }
  return out;
}

/**
 * Validates an untrusted assessment document (already JSON-parsed) and migrates it to the current
 * version. Unknown data-point ids and profile fields are problems: they would otherwise vanish silently.
 */
export function readAssessment(input: unknown, fw: Framework): ParseResult<AssessmentDoc> {
  if (!isObject(input) || input.format !== ASSESSMENT_FORMAT) {
    return { ok: false, error: { kind: 'not-an-assessment', message: `This is not an SSC Workbench assessment (expected "format": "${ASSESSMENT_FORMAT}").` } };
  }
  if (typeof input.version !== 'number' || !Number.isInteger(input.version) || input.version < 1) {
    return { ok: false, error: { kind: 'invalid', message: 'The assessment has no valid "version".', problems: ['version'] } };
  }
  if (input.version > ASSESSMENT_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'newer-version',
        version: input.version,
        message: `This assessment was written by a newer version of the workbench (format version ${input.version}; this app reads up to ${ASSESSMENT_VERSION}). Update the app to open it.`,
      },
    };
  }
  // Older versions are brought to the current one by the numbered steps of migrations.ts first.
  const migrated = migrateAssessment(input);
  if (!migrated.ok) {
    return {
      ok: false,
      error: { kind: 'invalid', message: 'The assessment could not be brought to the current format version.', problems: [describe(migrated.problem)] },
    };
  }
  const raw = migrated.value;
  const problems: string[] = [];
  const notes: string[] = [];
  const framework = isObject(raw.framework) ? raw.framework : {};
  if (framework.id !== undefined && framework.id !== fw.data.id) {
    return { ok: false, error: { kind: 'wrong-framework', message: `The assessment uses the framework "${describe(framework.id)}", not "${fw.data.id}".` } };
  }
  const year = raw.year;
  if (!(Number.isInteger(year) && (year as number) >= MIN_YEAR && (year as number) <= MAX_YEAR)) {
    problems.push(notAYear('year'));
  }

  const profileIds = new Set(fw.data.profile.map((p) => p.id));
  const profile = safeRecord(isObject(raw.profile) ? raw.profile : {}, 'profile', problems, (v, key) => {
    if (!profileIds.has(key)) {
      problems.push(`profile: unknown field "${key}".`);
      return undefined;
    }
    return readNumInput(v, `profile.${key}`, problems, notes);
  });
  const values = safeRecord(isObject(raw.values) ? raw.values : {}, 'values', problems, (v, key) => {
    if (!fw.byId.has(key)) {
      problems.push(`values: unknown data point "${key}".`);
      return undefined;
    }
    return readEntry(v, `values["${key}"]`, problems, notes, fw.byId.get(key)!.def.formula.kind === 'yesno');
  });
  const targets = safeRecord(isObject(raw.targets) ? raw.targets : {}, 'targets', problems, (v, key) => {
    if (!fw.byId.has(key)) {
      problems.push(`targets: unknown data point "${key}".`);
      return undefined;
    }
    return readTargetOverride(v, `targets["${key}"]`, problems);
  });
  const catalogueReview = raw.catalogueReview === undefined ? undefined : readCatalogueReview(raw.catalogueReview, fw, problems);
  const methodName = isObject(raw.method) ? raw.method.name : undefined;
  if (methodName !== undefined && !METHODS.includes(methodName as MethodName)) {
    problems.push(`method.name: "${describe(methodName)}" is not one of ${METHODS.join(', ')}.`);
  }
  // Read before the verdict, so that a wrong type or an over-long text is a problem, never cut or blanked.
  const city = readText(raw.city, 'city', problems);
  const country = readText(raw.country, 'country', problems);
  const notesText = readText(raw.notes, 'notes', problems);
  if (raw.id !== undefined && !(typeof raw.id === 'string' && raw.id.length > 0 && raw.id.length <= MAX_ID)) {
    problems.push(`id: expected text of 1 to ${MAX_ID} characters.`);
  }
  const now = Date.now();
  // Bookkeeping fields out of range (a revision of 2^53 or more stops conflict detection; a time past
  // what a Date holds breaks every listing) are reset, and said.
  const time = (v: unknown, field: string): number => {
    if (v === undefined) return now;
    if (isValidTime(v)) return v;
    notes.push(`${field}: ${describe(v)} is not a valid time; reset to now.`);
    return now;
  };
  let revision = 0;
  if (raw.revision !== undefined) {
    if (isValidRevision(raw.revision)) revision = raw.revision;
    else notes.push(`revision: ${describe(raw.revision)} is out of range; reset to 0.`);
  }
  const createdAt = time(raw.createdAt, 'createdAt');
  const updatedAt = time(raw.updatedAt, 'updatedAt');
  const cycle = readCycle(raw, fw, problems);

  if (problems.length > 0) {
    return { ok: false, error: { kind: 'invalid', message: `The assessment has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`, problems } };
  }
  // An assessment made with an older catalogue is brought to the current one: every value kept, the
  // data points whose definitions changed listed for review (catalogue-version.ts).
  const doc: AssessmentDoc = {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    id: typeof raw.id === 'string' ? raw.id : newId(),
    city,
    country,
    year: year as number,
    notes: notesText,
    framework: { id: fw.data.id, version: typeof framework.version === 'string' ? framework.version : fw.data.frameworkVersion },
    ...(catalogueReview && { catalogueReview }),
    targetSetId: typeof raw.targetSetId === 'string' ? raw.targetSetId : '',
    createdAt,
    updatedAt,
    revision,
    profile,
    values,
    targets,
    method: { name: (methodName as MethodName | undefined) ?? 'u4ssc-points' },
    ...cycle,
  };
  return { ok: true, ...(notes.length > 0 && { notes }), value: upgradeCatalogue(doc, fw) };
}

const CHANGE_KINDS: Record<DefinitionChange['kind'], true> = {
  measure: true,
  'max-lifted': true,
  numerator: true,
  denominator: true,
  'check-added': true,
  'check-changed': true,
  target: true,
};

/** A stored catalogue review: its data points must exist and its changes be of a known kind. */
function readCatalogueReview(v: unknown, fw: Framework, problems: string[]): CatalogueReview | undefined {
  if (!isObject(v) || typeof v.from !== 'string' || typeof v.to !== 'string' || !isObject(v.datapoints)) {
    problems.push('catalogueReview: expected { from, to, datapoints }.');
    return undefined;
  }
  const datapoints = safeRecord(v.datapoints, 'catalogueReview.datapoints', problems, (list, id) => {
    if (!fw.byId.has(id)) {
      problems.push(`catalogueReview: unknown data point "${id}".`);
      return undefined;
    }
    if (!Array.isArray(list) || !list.every((c) => isObject(c) && typeof c.kind === 'string' && c.kind in CHANGE_KINDS && typeof c.source === 'string')) {
      problems.push(`catalogueReview.datapoints["${id}"]: expected a list of changes of a known kind, each with its source.`);
      return undefined;
    }
    return list as CatalogueChange[];
  });
  return { from: v.from, to: v.to, datapoints };
}

/** Parses JSON text into an assessment; every failure is a typed error with a message. */
export function parseAssessmentJson(text: string, fw: Framework): ParseResult<AssessmentDoc> {
  if (text.length > MAX_JSON_CHARS) {
    return {
      ok: false,
      error: { kind: 'too-large', message: `The file is larger than ${MAX_JSON_CHARS / 1024 / 1024} MB; an assessment is far smaller, so it was not read.` },
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', message: `The file is not valid JSON (${(e as Error).message}).` } };
  }
  return readAssessment(raw, fw);
}

// ---------------------------------------------------------------------------------------------------
// Workspace files: many assessments in one export (backups, a verifier's batch).

/** A workspace of 1 000 assessments is about 50 MB of JSON; larger files are refused unread. */
export const MAX_WORKSPACE_CHARS = 200 * 1024 * 1024;

export interface WorkspaceDoc {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  exportedAt: number;
  assessments: AssessmentDoc[];
}

export function workspaceDoc(assessments: AssessmentDoc[], now = Date.now()): WorkspaceDoc {
  return { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt: now, assessments };
}

/** An assessment of a workspace file that could not be read; the others are imported all the same. */
export interface RefusedAssessment {
  /** 1-based position in the file. */
  position: number;
  /** City and year as the file has them, where they are text and a number. */
  label: string;
  message: string;
  problems: string[];
}

export interface WorkspaceRead {
  docs: AssessmentDoc[];
  refused: RefusedAssessment[];
}

/**
 * Reads a workspace file, or a single assessment file as a workspace of one. Each assessment stands on
 * its own: the good ones are read, and each refused one is reported with its position and problems,
 * so one bad cell in one assessment never blocks a whole backup. A file in which nothing can be read
 * is an error.
 */
export function parseWorkspaceJson(text: string, fw: Framework): ParseResult<WorkspaceRead> {
  if (text.length > MAX_WORKSPACE_CHARS) {
    return { ok: false, error: { kind: 'too-large', message: `The file is larger than ${MAX_WORKSPACE_CHARS / 1024 / 1024} MB and was not read.` } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', message: `The file is not valid JSON (${(e as Error).message}).` } };
  }
  if (isObject(raw) && raw.format === ASSESSMENT_FORMAT) {
    const one = readAssessment(raw, fw);
    return one.ok ? { ok: true, value: { docs: [one.value], refused: [] }, ...(one.notes && { notes: one.notes }) } : one;
  }
  if (!isObject(raw) || raw.format !== WORKSPACE_FORMAT || !Array.isArray(raw.assessments)) {
    return { ok: false, error: { kind: 'not-an-assessment', message: 'This is neither an SSC Workbench assessment nor a workspace file.' } };
  }
  // The envelope migrates by the numbered steps of migrations.ts; each assessment in it on its own.
  const envelope = migrateWorkspace(raw);
  if (!envelope.ok) {
    if (envelope.problem.kind === 'newer-version') {
      return {
        ok: false,
        error: {
          kind: 'newer-version',
          version: envelope.problem.version,
          message: `This workspace was written by a newer version of the workbench (format version ${envelope.problem.version}).`,
        },
      };
    }
    return { ok: false, error: { kind: 'invalid', message: 'The workspace file has no valid "version".', problems: [describe(envelope.problem)] } };
  }
  const docs: AssessmentDoc[] = [];
  const refused: RefusedAssessment[] = [];
  const notes: string[] = [];
  raw.assessments.forEach((item, i) => {
    const r = readAssessment(item, fw);
    if (r.ok) {
      docs.push(r.value);
      notes.push(...(r.notes ?? []).map((n) => `assessment ${i + 1}: ${n}`));
      return;
    }
    const city = isObject(item) && typeof item.city === 'string' ? item.city.slice(0, 80) : '';
    const year = isObject(item) && typeof item.year === 'number' ? ` ${item.year}` : '';
    refused.push({
      position: i + 1,
      label: `${city}${year}`.trim(),
      message: r.error.message,
      problems: r.error.kind === 'invalid' ? r.error.problems.slice(0, 50) : [],
    });
  });
  if (docs.length === 0 && refused.length > 0) {
    const problems = refused.flatMap((f) => (f.problems.length > 0 ? f.problems : [f.message]).map((p) => `assessment ${f.position}: ${p}`));
    return {
      ok: false,
      error: { kind: 'invalid', message: `No assessment in the workspace file could be read (${refused.length} refused).`, problems: problems.slice(0, 200) },
    };
  }
  return { ok: true, value: { docs, refused }, ...(notes.length > 0 && { notes: notes.slice(0, 200) }) };
}
