/**
 * Reading an assessment or workspace document from outside (a file, a share link, the repair of a
 * damaged stored row, the command line): validate, migrate, never trust. Every document is checked
 * against the published schema (schema.ts and its compiled validator, the largest part of this
 * module) and then by what a schema cannot know. Kept apart from the document model (assessment.ts)
 * so the page loads it only when a document is read: stored rows are checked by storage's own
 * structural test (storage/db.ts damageOf) and need none of it.
 */
import { upgradeCatalogue, type CatalogueReview } from './catalogue-version';
import type { Framework } from './framework';
import {
  SCORING_TARGETS,
  type CatalogueChange,
  type DefinitionChange,
  type MethodName,
  type NumInput,
  type OwnTarget,
  type Quality,
  type ScoringTargets,
  type Status,
  type TargetOverride,
  type ValueEntry,
} from './types';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './format-versions';
import { IMPORT_MAX_REVISION, IMPORT_MAX_TIME } from './headroom';
import { newId } from './ids';
import { textLength, yesNo } from './parse';
import { migrateAssessment, migrateWorkspace } from './migrations';
import { quoted, type AssessmentParseError, type DocNote, type DocProblem, type DocProblemKind, type RefusedAssessment } from './problems';
import { schemaProblems } from './schema';
import { MAX_VERSION_NUMBER, ORIGIN_KINDS, type Origin } from './versions';
import { readProvenance } from './provenance-read';
import { HISTORY_LIMIT, type HistoryEntry, type HistoryValue, type ValueHistory } from './history';
import {
  ACTION_STATUSES,
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
import {
  isValidRevision,
  isValidTime,
  MAX_ID,
  MAX_ITEMS,
  MAX_JSON_CHARS,
  MAX_NUM_TEXT,
  MAX_SHORT,
  MAX_TEXT,
  MAX_UNIT,
  MAX_WORKSPACE_CHARS,
  MAX_YEAR,
  METHODS,
  MIN_YEAR,
  QUALITIES,
  STATUSES,
  type AssessmentDoc,
} from './assessment';

/**
 * A successful read may carry notes: what was read as it stands but deserves a word (a value kept as
 * text and so not scored, a revision or a date that was out of range and was reset).
 */
export type ParseResult<T> = { ok: true; value: T; notes?: DocNote[] } | { ok: false; error: AssessmentParseError };

/** Untrusted values in messages: String() throws on objects like {"toString": {}}. */
const describe = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
};

/** Adds a problem at `path`. */
const add = (problems: DocProblem[], path: string, p: DocProblemKind): undefined => {
  problems.push({ path, ...p });
  return undefined;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Builds a plain record from untrusted keys, refusing prototype-polluting ones. */
function safeRecord<T>(
  source: Record<string, unknown>,
  where: string,
  problems: DocProblem[],
  read: (v: unknown, key: string) => T | undefined,
): Record<string, T> {
  // A plain object written key by key: the forbidden keys never reach it, so no key can set its
  // prototype. (Filling a prototype-less object and copying it cost 0.4 s on a 1 000-assessment import.)
  const out: Record<string, T> = {};
  for (const key of Object.keys(source)) {
    if (FORBIDDEN_KEYS.has(key)) {
      add(problems, where, { kind: 'forbidden-key', key });
      continue;
    }
    const v = read(source[key], key);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

const isYear = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= MIN_YEAR && (v as number) <= MAX_YEAR;

/** A city's own target (format version 4): each field optional, numbers finite, years whole; an empty one is dropped. */
function readOwnTarget(v: unknown, where: string, problems: DocProblem[]): OwnTarget | undefined {
  if (!isObject(v)) return add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  const out: OwnTarget = {};
  for (const field of ['target', 'baseline'] as const) {
    if (v[field] === undefined || v[field] === null) continue;
    if (typeof v[field] === 'number' && Number.isFinite(v[field])) out[field] = v[field];
    else add(problems, `${where}.${field}`, { kind: 'not-finite' });
  }
  for (const field of ['deadline', 'baselineYear'] as const) {
    if (v[field] === undefined || v[field] === null) continue;
    if (isYear(v[field])) out[field] = v[field];
    else add(problems, `${where}.${field}`, { kind: 'not-year', min: MIN_YEAR, max: MAX_YEAR });
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function readNumInput(v: unknown, where: string, problems: DocProblem[], notes: DocNote[] = [], yesno = false): NumInput | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      add(problems, where, { kind: 'not-finite' });
      return undefined;
    }
    return v;
  }
  if (typeof v === 'string') {
    // Text is kept as the user typed it, exactly as the grid keeps it (the engine rejects it with a
    // reason and it is not scored), so every backup restores; long text is refused.
    if (textLength(v) > MAX_NUM_TEXT) {
      add(problems, where, { kind: 'too-long', limit: MAX_NUM_TEXT });
      return undefined;
    }
    if (v.trim() !== '' && !(yesno && yesNo(v) !== null)) notes.push({ kind: 'kept-as-text', path: where, text: quoted(v) });
    return v;
  }
  add(problems, where, { kind: 'wrong-type', expected: ['number', 'string', 'null'] });
  return undefined;
}

function readText(v: unknown, where: string, problems: DocProblem[], fallback = ''): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string') {
    add(problems, where, { kind: 'wrong-type', expected: ['string'] });
    return fallback;
  }
  if (textLength(v) > MAX_TEXT) {
    // Refused, never cut: the same limit holds in the form and the grid.
    add(problems, where, { kind: 'too-long', limit: MAX_TEXT });
    return fallback;
  }
  return v;
}

function readEntry(v: unknown, where: string, problems: DocProblem[], notes: DocNote[], yesno: boolean): ValueEntry | undefined {
  if (!isObject(v)) {
    add(problems, where, { kind: 'wrong-type', expected: ['object'] });
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
    else add(problems, `${where}.status`, { kind: 'not-one-of', value: quoted(describe(v.status)), allowed: STATUSES });
  }
  if (v.quality !== undefined) {
    if (QUALITIES.includes(v.quality as Quality)) entry.quality = v.quality as Quality;
    else add(problems, `${where}.quality`, { kind: 'not-one-of', value: quoted(describe(v.quality)), allowed: QUALITIES });
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
      textLength(e.unit) <= MAX_UNIT &&
      typeof e.factor === 'number' &&
      Number.isFinite(e.factor) &&
      e.factor > 0
    ) {
      entry.entered = { value: e.value, unit: e.unit, factor: e.factor };
    } else add(problems, `${where}.entered`, { kind: 'bad-shape', shape: 'entered' });
  }
  if (v.year !== undefined && v.year !== null) {
    if (Number.isInteger(v.year) && (v.year as number) >= MIN_YEAR && (v.year as number) <= MAX_YEAR) entry.year = v.year as number;
    else add(problems, `${where}.year`, { kind: 'not-year', min: MIN_YEAR, max: MAX_YEAR });
  }
  return entry;
}

function readTargetOverride(v: unknown, where: string, problems: DocProblem[]): TargetOverride | undefined {
  if (!isObject(v)) {
    add(problems, where, { kind: 'wrong-type', expected: ['object'] });
    return undefined;
  }
  const rationale = v.rationale === undefined ? undefined : readText(v.rationale, `${where}.rationale`, problems);
  if (v.target === 'none') return { target: 'none', ...(rationale !== undefined && { rationale }) };
  if (typeof v.target === 'number' && Number.isFinite(v.target) && v.target >= 0) {
    return { target: v.target, ...(rationale !== undefined && { rationale }) };
  }
  add(problems, `${where}.target`, { kind: 'not-target' });
  return undefined;
}

// The cycle's fields (format version 2). Every one is optional; what is present is checked like the rest.

function readShort(v: unknown, where: string, problems: DocProblem[], required = false): string | undefined {
  if (v === undefined || v === null) {
    if (required) add(problems, where, { kind: 'missing' });
    return undefined;
  }
  if (typeof v !== 'string') {
    add(problems, where, { kind: 'wrong-type', expected: ['string'] });
    return undefined;
  }
  if (textLength(v) > MAX_SHORT) {
    add(problems, where, { kind: 'too-long', limit: MAX_SHORT });
    return undefined;
  }
  return v;
}

function readItemId(v: unknown, where: string, problems: DocProblem[]): string | undefined {
  if (typeof v === 'string' && v.length > 0 && textLength(v) <= MAX_ID && !FORBIDDEN_KEYS.has(v)) return v;
  add(problems, `${where}.id`, { kind: 'bad-id', limit: MAX_ID });
  return undefined;
}

function readTime(v: unknown, where: string, problems: DocProblem[]): number | undefined {
  if (isValidTime(v)) return v;
  add(problems, where, { kind: 'not-time' });
  return undefined;
}

function readList<T>(v: unknown, where: string, problems: DocProblem[], read: (item: unknown, where: string) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) {
    add(problems, where, { kind: 'wrong-type', expected: ['array'] });
    return undefined;
  }
  if (v.length > MAX_ITEMS) {
    add(problems, where, { kind: 'too-many', limit: MAX_ITEMS });
    return undefined;
  }
  const out: T[] = [];
  const ids = new Set<string>();
  v.forEach((item, i) => {
    const x = read(item, `${where}[${i}]`);
    if (x === undefined) return;
    const id = (x as { id?: string }).id;
    if (id !== undefined && ids.has(id)) add(problems, `${where}[${i}].id`, { kind: 'duplicate-id', id: quoted(id) });
    else if (id !== undefined) ids.add(id);
    out.push(x);
  });
  return out;
}

function readStamp(v: unknown, where: string, problems: DocProblem[]): ReviewStamp | undefined {
  if (!isObject(v)) return void add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  if (!REVIEW_STATES.includes(v.state as ReviewStamp['state']))
    return add(problems, `${where}.state`, { kind: 'not-one-of', value: quoted(describe(v.state)), allowed: REVIEW_STATES });
  const by = readShort(v.by, `${where}.by`, problems, true);
  const at = readTime(v.at, `${where}.at`, problems);
  const reason = v.reason === undefined ? undefined : readText(v.reason, `${where}.reason`, problems);
  const basis = v.basis === undefined ? undefined : readShort(v.basis, `${where}.basis`, problems);
  if (v.state === 'not-verifiable' && !reason?.trim()) add(problems, `${where}.reason`, { kind: 'reason-required' });
  const submittedBy = v.submittedBy === undefined ? undefined : readShort(v.submittedBy, `${where}.submittedBy`, problems);
  if (v.self !== undefined && v.self !== true) add(problems, `${where}.self`, { kind: 'not-one-of', value: quoted(describe(v.self)), allowed: ['true'] });
  if (v.confirmed !== undefined && v.confirmed !== 'not-reported' && v.confirmed !== 'not-applicable')
    add(problems, `${where}.confirmed`, { kind: 'not-one-of', value: quoted(describe(v.confirmed)), allowed: ['not-reported', 'not-applicable'] });
  if (by === undefined || at === undefined) return undefined;
  return {
    state: v.state as ReviewStamp['state'],
    by,
    at,
    ...(reason !== undefined && { reason }),
    ...(basis !== undefined && { basis }),
    ...(submittedBy !== undefined && { submittedBy }),
    ...(v.self === true && { self: true as const }),
    ...((v.confirmed === 'not-reported' || v.confirmed === 'not-applicable') && { confirmed: v.confirmed }),
  };
}

function readThreadEntry(v: unknown, where: string, problems: DocProblem[]): ThreadEntry | undefined {
  if (!isObject(v)) return void add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  const id = readItemId(v.id, where, problems);
  if (!THREAD_KINDS.includes(v.kind as ThreadEntry['kind']))
    add(problems, `${where}.kind`, { kind: 'not-one-of', value: quoted(describe(v.kind)), allowed: THREAD_KINDS });
  if (typeof v.text === 'string' && v.text.trim() === '') add(problems, `${where}.text`, { kind: 'blank-text' });
  if (v.text === undefined || v.text === null) add(problems, `${where}.text`, { kind: 'missing' });
  const text = readText(v.text, `${where}.text`, problems);
  const by = readShort(v.by, `${where}.by`, problems, true);
  const at = readTime(v.at, `${where}.at`, problems);
  if (id === undefined || by === undefined || at === undefined || !THREAD_KINDS.includes(v.kind as ThreadEntry['kind'])) return undefined;
  return { id, kind: v.kind as ThreadEntry['kind'], text, by, at };
}

/** One entry of a data point's history (format 7): a value (its inputs) or a review step. */
function readHistoryEntry(v: unknown, where: string, problems: DocProblem[]): HistoryEntry | undefined {
  if (!isObject(v)) return void add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  const id = readItemId(v.id, where, problems);
  const at = readTime(v.at, `${where}.at`, problems);
  const by = readShort(v.by, `${where}.by`, problems, v.kind === 'review');
  if (v.kind === 'value') {
    const raw = v.value;
    if (!isObject(raw)) return void add(problems, `${where}.value`, { kind: 'wrong-type', expected: ['object'] });
    const value: HistoryValue = {};
    for (const field of ['numerator', 'denominator', 'value'] as const) {
      if (raw[field] === undefined) continue;
      const x = readNumInput(raw[field], `${where}.value.${field}`, problems);
      if (x !== undefined && x !== null) value[field] = x;
    }
    if (raw.status !== undefined) {
      if (STATUSES.includes(raw.status as HistoryValue['status'] & string)) value.status = raw.status as HistoryValue['status'];
      else add(problems, `${where}.value.status`, { kind: 'not-one-of', value: quoted(describe(raw.status)), allowed: STATUSES });
    }
    if (id === undefined || at === undefined) return undefined;
    return { id, kind: 'value', at, ...(by !== undefined && { by }), value };
  }
  if (v.kind !== 'review') return void add(problems, `${where}.kind`, { kind: 'not-one-of', value: quoted(describe(v.kind)), allowed: ['value', 'review'] });
  if (!REVIEW_STATES.includes(v.state as ReviewStamp['state']))
    return add(problems, `${where}.state`, { kind: 'not-one-of', value: quoted(describe(v.state)), allowed: REVIEW_STATES });
  const reason = v.reason === undefined ? undefined : readText(v.reason, `${where}.reason`, problems);
  if (v.self !== undefined && v.self !== true) add(problems, `${where}.self`, { kind: 'not-one-of', value: quoted(describe(v.self)), allowed: ['true'] });
  if (v.confirmed !== undefined && v.confirmed !== 'not-reported' && v.confirmed !== 'not-applicable')
    add(problems, `${where}.confirmed`, { kind: 'not-one-of', value: quoted(describe(v.confirmed)), allowed: ['not-reported', 'not-applicable'] });
  if (id === undefined || at === undefined || by === undefined) return undefined;
  return {
    id,
    kind: 'review',
    at,
    by,
    state: v.state as ReviewStamp['state'],
    ...(reason !== undefined && { reason }),
    ...(v.self === true && { self: true as const }),
    ...((v.confirmed === 'not-reported' || v.confirmed === 'not-applicable') && { confirmed: v.confirmed }),
  };
}

/** A data point's history: at most HISTORY_LIMIT entries (a longer list is refused, never cut in silence), put in time order. */
function readHistory(v: unknown, where: string, problems: DocProblem[]): ValueHistory | undefined {
  if (!isObject(v)) return void add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  if (Array.isArray(v.entries) && v.entries.length > HISTORY_LIMIT) return void add(problems, `${where}.entries`, { kind: 'too-many', limit: HISTORY_LIMIT });
  const entries = readList(v.entries, `${where}.entries`, problems, (x, w) => readHistoryEntry(x, w, problems));
  let dropped: number | undefined;
  if (v.dropped !== undefined) {
    if (Number.isSafeInteger(v.dropped) && (v.dropped as number) >= 1) dropped = v.dropped as number;
    else add(problems, `${where}.dropped`, { kind: 'wrong-type', expected: ['integer'] });
  }
  if (!entries) return undefined;
  entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, ...(dropped !== undefined && { dropped }) };
}

function readEvidence(v: unknown, where: string, problems: DocProblem[]): EvidenceRef | undefined {
  if (!isObject(v)) return void add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  const id = readItemId(v.id, where, problems);
  const title = readShort(v.title, `${where}.title`, problems, true);
  const location = readText(v.location, `${where}.location`, problems);
  const page = readShort(v.page, `${where}.page`, problems);
  const date = readShort(v.date, `${where}.date`, problems);
  if (id === undefined || title === undefined) return undefined;
  return { id, title, location, ...(page !== undefined && { page }), ...(date !== undefined && { date }) };
}

function readRecommendation(v: unknown, where: string, problems: DocProblem[], fw: Framework): Recommendation | undefined {
  if (!isObject(v)) return void add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  const id = readItemId(v.id, where, problems);
  const scope = v.scope as Recommendation['scope'];
  if (!REC_SCOPES.includes(scope)) add(problems, `${where}.scope`, { kind: 'not-one-of', value: quoted(describe(v.scope)), allowed: REC_SCOPES });
  const target = readShort(v.target, `${where}.target`, problems, true);
  if (scope === 'datapoint' && target !== undefined && !fw.byId.has(target))
    add(problems, `${where}.target`, { kind: 'unknown-datapoint', id: quoted(target) });
  const text = readText(v.text, `${where}.text`, problems);
  const by = readShort(v.by, `${where}.by`, problems, true);
  const at = readTime(v.at, `${where}.at`, problems);
  if (id === undefined || target === undefined || by === undefined || at === undefined || !REC_SCOPES.includes(scope)) return undefined;
  return { id, scope, target, text, by, at };
}

function readAction(v: unknown, where: string, problems: DocProblem[], fw: Framework): Action | undefined {
  if (!isObject(v)) return void add(problems, where, { kind: 'wrong-type', expected: ['object'] });
  const id = readItemId(v.id, where, problems);
  const recommendation = readShort(v.recommendation, `${where}.recommendation`, problems);
  const title = readText(v.title, `${where}.title`, problems);
  const owner = readShort(v.owner, `${where}.owner`, problems) ?? '';
  const deadline = readShort(v.deadline, `${where}.deadline`, problems) ?? '';
  if (deadline !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) add(problems, `${where}.deadline`, { kind: 'pattern', value: quoted(deadline), form: 'date' });
  const status = v.status as Action['status'];
  if (!ACTION_STATUSES.includes(status)) add(problems, `${where}.status`, { kind: 'not-one-of', value: quoted(describe(v.status)), allowed: ACTION_STATUSES });
  const datapoints =
    v.datapoints === undefined
      ? []
      : readList(v.datapoints, `${where}.datapoints`, problems, (x, w) => {
          if (typeof x === 'string' && fw.byId.has(x)) return x;
          return add(problems, w, { kind: 'unknown-datapoint', id: quoted(describe(x)) });
        });
  let aimedBand: Action['aimedBand'];
  if (v.aimedBand !== undefined && v.aimedBand !== null) {
    if ([1, 2, 3, 4].includes(v.aimedBand as number)) aimedBand = v.aimedBand as Action['aimedBand'];
    else add(problems, `${where}.aimedBand`, { kind: 'not-one-of', value: quoted(describe(v.aimedBand)), allowed: [1, 2, 3, 4] });
  }
  const at = readTime(v.at, `${where}.at`, problems);
  let carriedFrom: Action['carriedFrom'];
  if (v.carriedFrom !== undefined) {
    const c = v.carriedFrom;
    const baseline: Record<string, number | null> = {};
    if (isObject(c) && typeof c.id === 'string' && textLength(c.id) <= MAX_ID && Number.isInteger(c.year) && isObject(c.baseline)) {
      for (const [k, x] of Object.entries(c.baseline)) {
        if (!fw.byId.has(k)) add(problems, `${where}.carriedFrom.baseline`, { kind: 'unknown-datapoint', id: quoted(k) });
        else if (x === null || (typeof x === 'number' && Number.isFinite(x))) baseline[k] = x;
        else add(problems, `${where}.carriedFrom.baseline["${k}"]`, { kind: 'wrong-type', expected: ['number', 'null'] });
      }
      carriedFrom = { id: c.id, year: c.year as number, baseline };
    } else add(problems, `${where}.carriedFrom`, { kind: 'bad-shape', shape: 'carried-from' });
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
function readCycle(
  raw: Record<string, unknown>,
  fw: Framework,
  problems: DocProblem[],
): CycleFields & Pick<AssessmentDoc, 'ownTargets' | 'versionNumber' | 'origin' | 'provenance'> {
  const out: CycleFields & Pick<AssessmentDoc, 'ownTargets' | 'versionNumber' | 'origin' | 'provenance'> = {};
  const perDatapoint = <T>(key: string, read: (v: unknown, where: string) => T | undefined): Record<string, T> | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (!isObject(v)) return add(problems, key, { kind: 'wrong-type', expected: ['object'] });
    return safeRecord(v, key, problems, (x, id) => {
      if (!fw.byId.has(id)) return add(problems, key, { kind: 'unknown-datapoint', id: quoted(id) });
      return read(x, `${key}["${id}"]`);
    });
  };
  const review = perDatapoint('review', (v, w) => readStamp(v, w, problems));
  if (review) out.review = review;
  const threads = perDatapoint('threads', (v, w) => readList(v, w, problems, (x, wi) => readThreadEntry(x, wi, problems)));
  if (threads) out.threads = threads;
  const evidence = perDatapoint('evidence', (v, w) => readList(v, w, problems, (x, wi) => readEvidence(x, wi, problems)));
  if (evidence) out.evidence = evidence;
  const history = perDatapoint('history', (v, w) => readHistory(v, w, problems));
  if (history) out.history = history;
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
    const scheme = isObject(f) ? f.scheme : undefined;
    if (
      isObject(f) &&
      isValidTime(f.at) &&
      by !== undefined &&
      typeof f.fingerprint === 'string' &&
      FINGERPRINT.test(f.fingerprint) &&
      (scheme === undefined || scheme === 1 || scheme === 2)
    ) {
      out.frozen = { at: f.at, by, fingerprint: f.fingerprint, ...(scheme !== undefined && { scheme }) };
    } else add(problems, 'frozen', { kind: 'bad-shape', shape: 'frozen' });
  }
  if (raw.parent !== undefined) {
    const p = raw.parent;
    if (
      isObject(p) &&
      typeof p.id === 'string' &&
      p.id.length > 0 &&
      textLength(p.id) <= MAX_ID &&
      typeof p.fingerprint === 'string' &&
      FINGERPRINT.test(p.fingerprint)
    ) {
      out.parent = { id: p.id, fingerprint: p.fingerprint };
    } else add(problems, 'parent', { kind: 'bad-shape', shape: 'parent' });
  }
  if (raw.versionNumber !== undefined) {
    const n = raw.versionNumber;
    if (Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_VERSION_NUMBER) out.versionNumber = n as number;
    else add(problems, 'versionNumber', { kind: 'wrong-type', expected: ['integer'] });
  }
  if (raw.origin !== undefined) {
    const o = raw.origin;
    const name = isObject(o) ? readShort(o.name, 'origin.name', problems) : undefined;
    const signer = isObject(o) ? readShort(o.signer, 'origin.signer', problems) : undefined;
    if (isObject(o) && ORIGIN_KINDS.includes(o.kind as Origin['kind']) && isValidTime(o.at)) {
      out.origin = { kind: o.kind as Origin['kind'], at: o.at, ...(name !== undefined && { name }), ...(signer !== undefined && { signer }) };
    } else add(problems, 'origin', { kind: 'bad-shape', shape: 'origin' });
  }
  if (raw.provenance !== undefined) {
    const provenance = readProvenance(raw.provenance, fw, problems);
    if (provenance) out.provenance = provenance;
  }
  return out;
}

/**
 * Validates an untrusted assessment document (already JSON-parsed) and migrates it to the current
 * version. Unknown data-point ids and profile fields are problems: they would otherwise vanish silently.
 */
export function readAssessment(input: unknown, fw: Framework, options: { repair?: boolean } = {}): ParseResult<AssessmentDoc> {
  if (!isObject(input) || input.format !== ASSESSMENT_FORMAT) return { ok: false, error: { kind: 'not-an-assessment', workspace: false } };
  if (typeof input.version !== 'number' || !Number.isInteger(input.version) || input.version < 1) {
    return { ok: false, error: { kind: 'invalid', problems: [{ path: 'version', kind: 'bad-version' }] } };
  }
  if (input.version > ASSESSMENT_VERSION) {
    return { ok: false, error: { kind: 'newer-version', version: input.version, max: ASSESSMENT_VERSION, workspace: false } };
  }
  // Older versions are brought to the current one by the numbered steps of migrations.ts first.
  const migrated = migrateAssessment(input);
  if (!migrated.ok) {
    const p = migrated.problem;
    const step = p.kind === 'step-failed' ? { from: p.from, to: p.to } : { from: input.version, to: ASSESSMENT_VERSION };
    return { ok: false, error: { kind: 'invalid', problems: [{ path: '', kind: 'migration-failed', ...step }] } };
  }
  const raw = options.repair ? { ...migrated.value } : migrated.value;
  const problems: DocProblem[] = [];
  const notes: DocNote[] = [];
  // Repairing a stored row: bookkeeping fields out of range (a revision of 2^53 or more stops conflict
  // detection; a time past what a Date holds breaks every listing) are reset before validation, and
  // said. A file being imported gets no such help: the schema refuses them.
  if (options.repair) {
    const now = Date.now();
    for (const field of ['createdAt', 'updatedAt'] as const) {
      if (raw[field] !== undefined && !isValidTime(raw[field])) {
        notes.push({ kind: 'reset-time', path: field, value: quoted(describe(raw[field])) });
        raw[field] = now;
      }
    }
    if (raw.revision !== undefined && !isValidRevision(raw.revision)) {
      notes.push({ kind: 'reset-revision', path: 'revision', value: quoted(describe(raw.revision)) });
      raw.revision = 0;
    }
  }
  // The published schema is the validator (schema.ts): what it refuses is refused, with its path. The
  // checks below add what a schema cannot know (the catalogue's data points and profile fields, ids
  // that must differ, a reason a state requires), and build the document.
  const refused = schemaProblems(raw);
  const framework = isObject(raw.framework) ? raw.framework : {};
  if (framework.id !== undefined && framework.id !== fw.data.id) {
    return { ok: false, error: { kind: 'wrong-framework', framework: quoted(describe(framework.id)), expected: fw.data.id } };
  }
  const year = raw.year;
  if (!(Number.isInteger(year) && (year as number) >= MIN_YEAR && (year as number) <= MAX_YEAR)) {
    add(problems, 'year', { kind: 'not-year', min: MIN_YEAR, max: MAX_YEAR });
  }

  const profileIds = new Set(fw.data.profile.map((p) => p.id));
  const profile = safeRecord(isObject(raw.profile) ? raw.profile : {}, 'profile', problems, (v, key) => {
    if (!profileIds.has(key)) {
      add(problems, 'profile', { kind: 'unknown-profile-field', name: quoted(key) });
      return undefined;
    }
    return readNumInput(v, `profile.${key}`, problems, notes);
  });
  const values = safeRecord(isObject(raw.values) ? raw.values : {}, 'values', problems, (v, key) => {
    if (!fw.byId.has(key)) {
      add(problems, 'values', { kind: 'unknown-datapoint', id: quoted(key) });
      return undefined;
    }
    return readEntry(v, `values["${key}"]`, problems, notes, fw.byId.get(key)!.def.formula.kind === 'yesno');
  });
  const targets = safeRecord(isObject(raw.targets) ? raw.targets : {}, 'targets', problems, (v, key) => {
    if (!fw.byId.has(key)) {
      add(problems, 'targets', { kind: 'unknown-datapoint', id: quoted(key) });
      return undefined;
    }
    return readTargetOverride(v, `targets["${key}"]`, problems);
  });
  const catalogueReview = raw.catalogueReview === undefined ? undefined : readCatalogueReview(raw.catalogueReview, fw, problems);
  const methodName = isObject(raw.method) ? raw.method.name : undefined;
  if (methodName !== undefined && !METHODS.includes(methodName as MethodName)) {
    add(problems, 'method.name', { kind: 'not-one-of', value: quoted(describe(methodName)), allowed: METHODS });
  }
  const scoringTargets = raw.scoringTargets ?? 'reference';
  if (!SCORING_TARGETS.includes(scoringTargets as ScoringTargets)) {
    add(problems, 'scoringTargets', { kind: 'not-one-of', value: quoted(describe(scoringTargets)), allowed: SCORING_TARGETS });
  }
  // Read before the verdict, so that a wrong type or an over-long text is a problem, never cut or blanked.
  const city = readText(raw.city, 'city', problems);
  const country = readText(raw.country, 'country', problems);
  const notesText = readText(raw.notes, 'notes', problems);
  if (raw.id !== undefined && !(typeof raw.id === 'string' && raw.id.length > 0 && textLength(raw.id) <= MAX_ID)) {
    add(problems, 'id', { kind: 'bad-id', limit: MAX_ID });
  }
  // The schema has checked their ranges; a file without them gets the time of reading and revision 0.
  const now = Date.now();
  // Within the reader's limits but without room for use (headroom.ts): reset, and said.
  const roomy = (field: 'revision' | 'createdAt' | 'updatedAt', limit: number, reset: number, kind: 'reset-revision' | 'reset-time'): number | null => {
    const v = raw[field];
    if (typeof v !== 'number' || v <= limit) return null;
    notes.push({ kind, path: field, value: quoted(describe(v)) });
    return reset;
  };
  const revision = roomy('revision', IMPORT_MAX_REVISION, 0, 'reset-revision') ?? (isValidRevision(raw.revision) ? raw.revision : 0);
  const createdAt = roomy('createdAt', IMPORT_MAX_TIME, now, 'reset-time') ?? (isValidTime(raw.createdAt) ? raw.createdAt : now);
  const updatedAt = roomy('updatedAt', IMPORT_MAX_TIME, now, 'reset-time') ?? (isValidTime(raw.updatedAt) ? raw.updatedAt : now);
  const cycle = readCycle(raw, fw, problems);

  if (refused.length > 0 || problems.length > 0) return { ok: false, error: { kind: 'invalid', problems: mergeProblems(refused, problems) } };
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
    scoringTargets: scoringTargets as ScoringTargets,
    ...cycle,
  };
  return { ok: true, ...(notes.length > 0 && { notes }), value: upgradeCatalogue(doc, fw) };
}

/** Problems a list may hold several of at one path: each is said, not only the first. */
const LISTED = new Set<DocProblem['kind']>(['unknown-datapoint', 'unknown-field', 'unknown-profile-field', 'forbidden-key']);

/** The schema's problems, then the reader's own where the schema said nothing of that value. */
function mergeProblems(schema: DocProblem[], own: DocProblem[]): DocProblem[] {
  const same = (a: DocProblem, b: DocProblem) => JSON.stringify(a) === JSON.stringify(b);
  const extra = own.filter((p) =>
    LISTED.has(p.kind)
      ? !schema.some(
          (s) =>
            s.path === p.path &&
            (same(s, p) ||
              (p.kind === 'forbidden-key' && (s.kind === 'unknown-datapoint' || s.kind === 'unknown-field')) ||
              (p.kind === 'unknown-profile-field' && s.kind === 'unknown-field' && s.name.text === p.name.text)),
        )
      : !schema.some((s) => s.path === p.path || s.path.startsWith(`${p.path}.`) || s.path.startsWith(`${p.path}[`)),
  );
  return [...schema, ...extra].slice(0, 200);
}

const CHANGE_KINDS: Record<DefinitionChange['kind'], true> = {
  measure: true,
  'max-lifted': true,
  numerator: true,
  denominator: true,
  'check-added': true,
  'check-changed': true,
  'check-removed': true,
  target: true,
};

/** A stored catalogue review: its data points must exist and its changes be of a known kind. */
function readCatalogueReview(v: unknown, fw: Framework, problems: DocProblem[]): CatalogueReview | undefined {
  if (!isObject(v) || typeof v.from !== 'string' || typeof v.to !== 'string' || !isObject(v.datapoints)) {
    add(problems, 'catalogueReview', { kind: 'bad-shape', shape: 'catalogue-review' });
    return undefined;
  }
  const datapoints = safeRecord(v.datapoints, 'catalogueReview.datapoints', problems, (list, id) => {
    if (!fw.byId.has(id)) {
      add(problems, 'catalogueReview', { kind: 'unknown-datapoint', id: quoted(id) });
      return undefined;
    }
    if (!Array.isArray(list) || !list.every((c) => isObject(c) && typeof c.kind === 'string' && c.kind in CHANGE_KINDS && typeof c.source === 'string')) {
      add(problems, `catalogueReview.datapoints["${id}"]`, { kind: 'bad-shape', shape: 'changes' });
      return undefined;
    }
    return list as CatalogueChange[];
  });
  return { from: v.from, to: v.to, datapoints };
}

/** Parses JSON text into an assessment; every failure is a typed error. */
export function parseAssessmentJson(text: string, fw: Framework): ParseResult<AssessmentDoc> {
  if (text.length > MAX_JSON_CHARS) {
    return { ok: false, error: { kind: 'too-large', limit: MAX_JSON_CHARS } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', detail: (e as Error).message } };
  }
  return readAssessment(raw, fw);
}

// ---------------------------------------------------------------------------------------------------
// Workspace files (workspaceDoc in assessment.ts writes them).

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
    return { ok: false, error: { kind: 'too-large', limit: MAX_WORKSPACE_CHARS } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', detail: (e as Error).message } };
  }
  if (isObject(raw) && raw.format === ASSESSMENT_FORMAT) {
    const one = readAssessment(raw, fw);
    return one.ok ? { ok: true, value: { docs: [one.value], refused: [] }, ...(one.notes && { notes: one.notes }) } : one;
  }
  if (!isObject(raw) || raw.format !== WORKSPACE_FORMAT || !Array.isArray(raw.assessments)) {
    return { ok: false, error: { kind: 'not-an-assessment', workspace: true } };
  }
  // The envelope migrates by the numbered steps of migrations.ts; each assessment in it on its own.
  const envelope = migrateWorkspace(raw);
  if (!envelope.ok) {
    if (envelope.problem.kind === 'newer-version') {
      return { ok: false, error: { kind: 'newer-version', version: envelope.problem.version, max: WORKSPACE_VERSION, workspace: true } };
    }
    return { ok: false, error: { kind: 'invalid', problems: [{ path: 'version', kind: 'bad-version' }] } };
  }
  const docs: AssessmentDoc[] = [];
  const refused: RefusedAssessment[] = [];
  const notes: DocNote[] = [];
  raw.assessments.forEach((item, i) => {
    const r = readAssessment(item, fw);
    if (r.ok) {
      docs.push(r.value);
      notes.push(...(r.notes ?? []).map((n) => ({ ...n, assessment: i + 1 })));
      return;
    }
    const city = isObject(item) && typeof item.city === 'string' ? item.city.slice(0, 80) : '';
    const year = isObject(item) && typeof item.year === 'number' ? ` ${item.year}` : '';
    refused.push({
      position: i + 1,
      label: `${city}${year}`.trim(),
      error: r.error.kind === 'invalid' ? { ...r.error, problems: r.error.problems.slice(0, 50) } : r.error,
    });
  });
  if (docs.length === 0 && refused.length > 0) {
    return { ok: false, error: { kind: 'none-read', refused: refused.slice(0, 200) } };
  }
  return { ok: true, value: { docs, refused }, ...(notes.length > 0 && { notes: notes.slice(0, 200) }) };
}
