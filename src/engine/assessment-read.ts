/**
 * Reading an assessment or workspace document from outside (a file, a share link, the repair of a
 * damaged stored row, the command line): validate, migrate, never trust. The document's shape and
 * limits are written once, in the published schema (public/assessment.schema.json, checked by schema.ts
 * with its compiled validator, the largest part of this module); the reader adds only what a schema
 * cannot say (assessment-rules.ts: the catalogue's data points and profile fields, cross-field rules),
 * then builds the document from what was checked. Kept apart from the document model (assessment.ts)
 * so the page loads it only when a document is read: stored rows are checked by storage's own
 * structural test (storage/db.ts damageOf, derived from the same schema) and need none of it.
 */
import { upgradeCatalogue, type CatalogueReview } from './catalogue-version';
import type { Framework } from './framework';
import type { NumInput, OwnTarget, ScoringTargets, TargetOverride, ValueEntry } from './types';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './format-versions';
import { IMPORT_MAX_REVISION, IMPORT_MAX_TIME } from './headroom';
import { newId } from './ids';
import { yesNo } from './parse';
import { migrateAssessment, migrateWorkspace } from './migrations';
import { quoted, type AssessmentParseError, type DocNote, type RefusedAssessment } from './problems';
import { schemaProblems } from './schema';
import { repeatedKeyProblems, repeatedKeys, type RepeatedKey } from './json-keys';
import { readProvenance } from './provenance-read';
import { documentProblems, FORBIDDEN_KEYS, ruleProblems } from './assessment-rules';
import type { Origin } from './versions';
import type { HistoryEntry, HistoryValue, ValueHistory } from './history';
import type { Action, CycleFields, EvidenceRef, Recommendation, ReviewStamp, ThreadEntry } from './review';
import { isValidRevision, isValidTime, MAX_JSON_CHARS, MAX_WORKSPACE_CHARS, type AssessmentDoc, type LocalFrameworkRef } from './assessment';

/**
 * A successful read may carry notes: what was read as it stands but deserves a word (a value kept as
 * text and so not scored, a revision or a date that was out of range and was reset).
 */
export type ParseResult<T> = { ok: true; value: T; notes?: DocNote[] } | { ok: false; error: AssessmentParseError };

/** Most problems reported for one document. */
const MAX_PROBLEMS = 200;

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

// ---------------------------------------------------------------------------------------------------
// Building the document. Everything below runs on a document the schema and the rules have accepted,
// so it reads without checking: it copies what is there into fresh objects of the app's types, drops
// what is empty, and notes text kept in a number field.

/** JSON objects as the schema accepted them: a map of values of one kind. */
type Json = Record<string, unknown>;

/**
 * A plain record written key by key from `source`. The schema refuses the keys that would reach a
 * prototype; they are skipped here as well, so no key can set one even if a schema edit let it through.
 * (Filling a prototype-less object and copying it cost 0.4 s on a 1 000-assessment import.)
 */
function record<T>(source: unknown, read: (v: unknown, key: string) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(source)) return out;
  for (const key of Object.keys(source)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const v = read(source[key], key);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Copies the fields of `v` that are present (neither undefined nor null). */
function present<T extends object>(v: Json, fields: readonly (keyof T & string)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const f of fields) if (v[f] !== undefined && v[f] !== null) out[f] = v[f] as T[typeof f];
  return out;
}

/**
 * A number field's input. Text is kept as the user typed it, exactly as the grid keeps it (the engine
 * rejects it with a reason and it is not scored), so every backup restores; it is said in a note.
 */
function numInput(v: unknown, where: string, notes: DocNote[] | null, yesno = false): NumInput {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' && notes && v.trim() !== '' && !(yesno && yesNo(v) !== null)) notes.push({ kind: 'kept-as-text', path: where, text: quoted(v) });
  return v as NumInput;
}

const INPUTS = ['numerator', 'denominator', 'value'] as const;

function buildEntry(v: Json, where: string, notes: DocNote[], yesno: boolean): ValueEntry {
  const entry: ValueEntry = {};
  for (const field of INPUTS) {
    const n = numInput(v[field], `${where}.${field}`, notes, yesno && field === 'value');
    if (n !== null) entry[field] = n;
  }
  Object.assign(entry, present<ValueEntry>(v, ['status', 'quality', 'source', 'note', 'year']));
  if (isObject(v.entered)) entry.entered = { value: v.entered.value as number, unit: v.entered.unit as string, factor: v.entered.factor as number };
  return entry;
}

function buildStamp(v: Json): ReviewStamp {
  return { ...present<ReviewStamp>(v, ['state', 'by', 'at', 'reason', 'basis', 'submittedBy', 'self', 'confirmed']) } as ReviewStamp;
}

const buildThreadEntry = (v: Json): ThreadEntry => ({
  id: v.id as string,
  kind: v.kind as ThreadEntry['kind'],
  text: v.text as string,
  by: v.by as string,
  at: v.at as number,
});

function buildHistoryEntry(v: Json): HistoryEntry {
  if (v.kind === 'value') {
    const raw = v.value as Json;
    const value: HistoryValue = {};
    for (const field of INPUTS) {
      const x = numInput(raw[field], '', null);
      if (x !== null) value[field] = x;
    }
    if (raw.status !== undefined) value.status = raw.status as HistoryValue['status'];
    return { id: v.id as string, kind: 'value', at: v.at as number, ...(typeof v.by === 'string' && { by: v.by }), value };
  }
  return {
    kind: 'review',
    ...present<Extract<HistoryEntry, { kind: 'review' }>>(v, ['id', 'at', 'by', 'state', 'reason', 'self', 'confirmed']),
  } as HistoryEntry;
}

/** A data point's history, put in time order. */
function buildHistory(v: Json): ValueHistory {
  const entries = (v.entries as Json[]).map(buildHistoryEntry);
  entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, ...(typeof v.dropped === 'number' && { dropped: v.dropped }) };
}

const buildEvidence = (v: Json): EvidenceRef => ({
  id: v.id as string,
  title: v.title as string,
  location: (v.location as string | undefined) ?? '',
  ...present<EvidenceRef>(v, ['page', 'date']),
});

const buildRecommendation = (v: Json): Recommendation => ({
  id: v.id as string,
  scope: v.scope as Recommendation['scope'],
  target: v.target as string,
  text: (v.text as string | undefined) ?? '',
  by: v.by as string,
  at: v.at as number,
});

function buildAction(v: Json): Action {
  const c = v.carriedFrom as Json | undefined;
  return {
    id: v.id as string,
    ...present<Action>(v, ['recommendation']),
    title: (v.title as string | undefined) ?? '',
    owner: (v.owner as string | undefined) ?? '',
    deadline: (v.deadline as string | undefined) ?? '',
    status: v.status as Action['status'],
    datapoints: [...((v.datapoints as string[] | undefined) ?? [])],
    ...present<Action>(v, ['aimedBand']),
    at: v.at as number,
    ...(c && { carriedFrom: { id: c.id as string, year: c.year as number, baseline: record(c.baseline, (x) => x as number | null) } }),
  };
}

/** A city's own target: the fields present; an empty one is dropped. */
function buildOwnTarget(v: unknown): OwnTarget | undefined {
  const out = present<OwnTarget>(v as Json, ['target', 'baseline', 'deadline', 'baselineYear']);
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The cycle's fields (format 2 and later): only those present are returned. */
function buildCycle(raw: Json, fw: Framework): CycleFields & Pick<AssessmentDoc, 'ownTargets' | 'versionNumber' | 'origin' | 'provenance'> {
  const out: CycleFields & Pick<AssessmentDoc, 'ownTargets' | 'versionNumber' | 'origin' | 'provenance'> = {};
  const perDatapoint = <T>(key: string, build: (v: Json) => T): Record<string, T> | undefined =>
    raw[key] === undefined ? undefined : record(raw[key], (v) => build(v as Json));
  const list =
    <T>(build: (v: Json) => T) =>
    (v: Json) =>
      (v as unknown as Json[]).map(build);
  const review = perDatapoint('review', buildStamp);
  if (review) out.review = review;
  const threads = perDatapoint('threads', list(buildThreadEntry));
  if (threads) out.threads = threads;
  const evidence = perDatapoint('evidence', list(buildEvidence));
  if (evidence) out.evidence = evidence;
  const history = perDatapoint('history', buildHistory);
  if (history) out.history = history;
  const ownTargets = raw.ownTargets === undefined ? undefined : record(raw.ownTargets, buildOwnTarget);
  if (ownTargets && Object.keys(ownTargets).length > 0) out.ownTargets = ownTargets;
  if (raw.recommendations !== undefined) out.recommendations = (raw.recommendations as Json[]).map(buildRecommendation);
  if (raw.actions !== undefined) out.actions = (raw.actions as Json[]).map(buildAction);
  const f = raw.frozen as Json | undefined;
  if (f)
    out.frozen = { at: f.at as number, by: f.by as string, fingerprint: f.fingerprint as string, ...(f.scheme !== undefined && { scheme: f.scheme as 1 | 2 }) };
  const p = raw.parent as Json | undefined;
  if (p) out.parent = { id: p.id as string, fingerprint: p.fingerprint as string };
  if (raw.versionNumber !== undefined) out.versionNumber = raw.versionNumber as number;
  const o = raw.origin as Json | undefined;
  if (o) out.origin = { kind: o.kind as Origin['kind'], at: o.at as number, ...present<Origin>(o, ['name', 'signer']) };
  // Checked by the schema and the rules (ruleProblems); read again here only to build plain objects.
  if (raw.provenance !== undefined) {
    const provenance = readProvenance(raw.provenance, fw, []);
    if (provenance) out.provenance = provenance;
  }
  return out;
}

/**
 * The user's framework an assessment names and its local KPIs' values (format 9), checked by the schema.
 * The values are read without the framework: whether it is held in this browser is not the file's
 * business, and a file naming one that is not is kept whole (local-kpis.ts says what is not scored).
 */
function buildLocal(raw: Json, notes: DocNote[]): Pick<AssessmentDoc, 'localFramework' | 'localValues'> {
  const out: Pick<AssessmentDoc, 'localFramework' | 'localValues'> = {};
  const f = raw.localFramework as Json | undefined;
  if (f) out.localFramework = { id: f.id as string, version: f.version as string, ...present<LocalFrameworkRef>(f, ['name']) };
  if (raw.localValues !== undefined) out.localValues = record(raw.localValues, (v, key) => buildEntry(v as Json, `localValues["${key}"]`, notes, false));
  return out;
}

function buildCatalogueReview(v: Json): CatalogueReview {
  return { from: v.from as string, to: v.to as string, datapoints: record(v.datapoints, (list) => list as CatalogueReview['datapoints'][string]) };
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
  const framework = isObject(raw.framework) ? raw.framework : {};
  if (framework.id !== undefined && framework.id !== fw.data.id) {
    return { ok: false, error: { kind: 'wrong-framework', framework: quoted(describe(framework.id)), expected: fw.data.id } };
  }
  // The published schema says what is refused, with the path of each value (schema.ts); the rules add
  // what it cannot know (assessment-rules.ts). Nothing is built from a document either refuses.
  const problems = documentProblems(schemaProblems(raw), ruleProblems(raw, fw), MAX_PROBLEMS);
  if (problems.length > 0) return { ok: false, error: { kind: 'invalid', problems } };

  // Within the schema's limits but without room for use (headroom.ts): reset, and said. A file without
  // them gets the time of reading and revision 0.
  const now = Date.now();
  const roomy = (field: 'revision' | 'createdAt' | 'updatedAt', limit: number, reset: number, kind: 'reset-revision' | 'reset-time'): number | null => {
    const v = raw[field];
    if (typeof v !== 'number' || v <= limit) return null;
    notes.push({ kind, path: field, value: quoted(describe(v)) });
    return reset;
  };
  const revision = roomy('revision', IMPORT_MAX_REVISION, 0, 'reset-revision') ?? (raw.revision as number | undefined) ?? 0;
  const createdAt = roomy('createdAt', IMPORT_MAX_TIME, now, 'reset-time') ?? (raw.createdAt as number | undefined) ?? now;
  const updatedAt = roomy('updatedAt', IMPORT_MAX_TIME, now, 'reset-time') ?? (raw.updatedAt as number | undefined) ?? now;

  const profile = record(raw.profile, (v, key) => numInput(v, `profile.${key}`, notes));
  const values = record(raw.values, (v, key) => buildEntry(v as Json, `values["${key}"]`, notes, fw.byId.get(key)!.def.formula.kind === 'yesno'));
  const targets = record(raw.targets, (v): TargetOverride => {
    const t = v as Json;
    return { target: t.target as TargetOverride['target'], ...present<TargetOverride>(t, ['rationale']) };
  });
  const catalogueReview = isObject(raw.catalogueReview) ? buildCatalogueReview(raw.catalogueReview) : undefined;
  // An assessment made with an older catalogue is brought to the current one: every value kept, the
  // data points whose definitions changed listed for review (catalogue-version.ts).
  const doc: AssessmentDoc = {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    id: typeof raw.id === 'string' ? raw.id : newId(),
    city: (raw.city as string | undefined) ?? '',
    country: (raw.country as string | undefined) ?? '',
    year: raw.year as number,
    notes: (raw.notes as string | undefined) ?? '',
    framework: { id: fw.data.id, version: typeof framework.version === 'string' ? framework.version : fw.data.frameworkVersion },
    ...(catalogueReview && { catalogueReview }),
    targetSetId: typeof raw.targetSetId === 'string' ? raw.targetSetId : '',
    createdAt,
    updatedAt,
    revision,
    profile,
    values,
    targets,
    method: { name: (raw.method as AssessmentDoc['method']).name },
    scoringTargets: (raw.scoringTargets as ScoringTargets | undefined) ?? 'reference',
    ...buildCycle(raw, fw),
    ...buildLocal(raw, notes),
  };
  return { ok: true, ...(notes.length > 0 && { notes }), value: upgradeCatalogue(doc, fw) };
}

/** Repeated keys refuse what holds them: each is a problem at the member's path. */
const repeatedKeysError = (at: RepeatedKey[]): AssessmentParseError => ({ kind: 'invalid', problems: repeatedKeyProblems(at) });

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
  const repeated = repeatedKeys(text);
  if (repeated.length > 0) return { ok: false, error: repeatedKeysError(repeated) };
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
  // A key repeated inside one assessment of a workspace refuses that assessment alone; anywhere else, the file.
  const repeated = repeatedKeys(text);
  const isWorkspace = isObject(raw) && raw.format !== ASSESSMENT_FORMAT;
  const inOne = ({ segments: s }: RepeatedKey) => isWorkspace && s[0] === 'assessments' && typeof s[1] === 'number' && s.length > 2;
  const repeatedOutside = repeated.filter((s) => !inOne(s));
  if (repeatedOutside.length > 0) return { ok: false, error: repeatedKeysError(repeatedOutside) };
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
    const own = repeated.filter((r) => inOne(r) && r.segments[1] === i).map((r) => ({ segments: r.segments.slice(2) }));
    const r = own.length > 0 ? ({ ok: false, error: repeatedKeysError(own) } as const) : readAssessment(item, fw);
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
