import { Evaluator } from './evaluator';
import type { Framework } from './framework';
import type { AssessmentInput, MethodName, NumInput, Quality, Status, TargetOverride, ValueEntry } from './types';

export const ASSESSMENT_FORMAT = 'ssc-workbench/assessment';
export const ASSESSMENT_VERSION = 1;

/** One city in one year: what is stored in IndexedDB and exported as JSON. */
export interface AssessmentDoc extends AssessmentInput {
  format: typeof ASSESSMENT_FORMAT;
  version: typeof ASSESSMENT_VERSION;
  id: string;
  city: string;
  country: string;
  year: number;
  notes: string;
  framework: { id: string; version: string };
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
export const MAX_YEAR = 2200;
export const MAX_TEXT = 10_000;
/** One assessment is ~50 kB of JSON; a workspace file of 1 000 is ~50 MB. Single-assessment files stop at 20 MB. */
export const MAX_JSON_CHARS = 20 * 1024 * 1024;

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

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

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: AssessmentParseError };

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
function safeRecord<T>(source: Record<string, unknown>, where: string, problems: string[], read: (v: unknown, key: string) => T | undefined): Record<string, T> {
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

function readNumInput(v: unknown, where: string, problems: string[]): NumInput | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      problems.push(`${where}: not a finite number.`);
      return undefined;
    }
    return v;
  }
  if (typeof v === 'string') {
    // Text is kept as the user typed it (the engine rejects it with a reason); long text is refused.
    if (v.length > 200) {
      problems.push(`${where}: text longer than 200 characters.`);
      return undefined;
    }
    // A number written as text is a file error, not something the user typed into a cell.
    if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(v)) {
      problems.push(`${where}: the number "${v}" is written as text; write it without quotes.`);
      return undefined;
    }
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
    problems.push(`${where}: text longer than ${MAX_TEXT} characters.`);
    return v.slice(0, MAX_TEXT);
  }
  return v;
}

function readEntry(v: unknown, where: string, problems: string[]): ValueEntry | undefined {
  if (!isObject(v)) {
    problems.push(`${where}: expected an object.`);
    return undefined;
  }
  const entry: ValueEntry = {};
  for (const field of ['numerator', 'denominator', 'value'] as const) {
    if (field in v) {
      const n = readNumInput(v[field], `${where}.${field}`, problems);
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
  if (v.year !== undefined && v.year !== null) {
    if (Number.isInteger(v.year) && (v.year as number) >= MIN_YEAR && (v.year as number) <= MAX_YEAR) entry.year = v.year as number;
    else problems.push(`${where}.year: expected a whole year between ${MIN_YEAR} and ${MAX_YEAR}.`);
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

/**
 * Validates an untrusted assessment document (already JSON-parsed) and migrates it to the current
 * version. Unknown data-point ids and profile fields are problems: they would otherwise vanish silently.
 */
export function readAssessment(raw: unknown, fw: Framework): ParseResult<AssessmentDoc> {
  if (!isObject(raw) || raw.format !== ASSESSMENT_FORMAT) {
    return { ok: false, error: { kind: 'not-an-assessment', message: `This is not an SSC Workbench assessment (expected "format": "${ASSESSMENT_FORMAT}").` } };
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return { ok: false, error: { kind: 'invalid', message: 'The assessment has no valid "version".', problems: ['version'] } };
  }
  if (raw.version > ASSESSMENT_VERSION) {
    return {
      ok: false,
      error: { kind: 'newer-version', version: raw.version, message: `This assessment was written by a newer version of the workbench (format version ${raw.version}; this app reads up to ${ASSESSMENT_VERSION}). Update the app to open it.` },
    };
  }
  const problems: string[] = [];
  const framework = isObject(raw.framework) ? raw.framework : {};
  if (framework.id !== undefined && framework.id !== fw.data.id) {
    return { ok: false, error: { kind: 'wrong-framework', message: `The assessment uses the framework "${describe(framework.id)}", not "${fw.data.id}".` } };
  }
  const year = raw.year;
  if (!(Number.isInteger(year) && (year as number) >= MIN_YEAR && (year as number) <= MAX_YEAR)) {
    problems.push(`year: expected a whole year between ${MIN_YEAR} and ${MAX_YEAR}.`);
  }

  const profileIds = new Set(fw.data.profile.map((p) => p.id));
  const profile = safeRecord(isObject(raw.profile) ? raw.profile : {}, 'profile', problems, (v, key) => {
    if (!profileIds.has(key)) {
      problems.push(`profile: unknown field "${key}".`);
      return undefined;
    }
    return readNumInput(v, `profile.${key}`, problems);
  });
  const values = safeRecord(isObject(raw.values) ? raw.values : {}, 'values', problems, (v, key) => {
    if (!fw.byId.has(key)) {
      problems.push(`values: unknown data point "${key}".`);
      return undefined;
    }
    return readEntry(v, `values["${key}"]`, problems);
  });
  const targets = safeRecord(isObject(raw.targets) ? raw.targets : {}, 'targets', problems, (v, key) => {
    if (!fw.byId.has(key)) {
      problems.push(`targets: unknown data point "${key}".`);
      return undefined;
    }
    return readTargetOverride(v, `targets["${key}"]`, problems);
  });
  const methodName = isObject(raw.method) ? raw.method.name : undefined;
  if (methodName !== undefined && !METHODS.includes(methodName as MethodName)) {
    problems.push(`method.name: "${describe(methodName)}" is not one of ${METHODS.join(', ')}.`);
  }
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

  if (problems.length > 0) {
    return { ok: false, error: { kind: 'invalid', message: `The assessment has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`, problems } };
  }
  const now = Date.now();
  return {
    ok: true,
    value: {
      format: ASSESSMENT_FORMAT,
      version: ASSESSMENT_VERSION,
      id: typeof raw.id === 'string' && raw.id.length <= 100 ? raw.id : newId(),
      city: readText(raw.city, 'city', problems),
      country: readText(raw.country, 'country', problems),
      year: year as number,
      notes: readText(raw.notes, 'notes', problems),
      framework: { id: fw.data.id, version: typeof framework.version === 'string' ? framework.version : fw.data.frameworkVersion },
      targetSetId: typeof raw.targetSetId === 'string' ? raw.targetSetId : '',
      createdAt: num(raw.createdAt, now),
      updatedAt: num(raw.updatedAt, now),
      revision: num(raw.revision, 0),
      profile,
      values,
      targets,
      method: { name: (methodName as MethodName | undefined) ?? 'u4ssc-points' },
    },
  };
}

/** Parses JSON text into an assessment; every failure is a typed error with a message. */
export function parseAssessmentJson(text: string, fw: Framework): ParseResult<AssessmentDoc> {
  if (text.length > MAX_JSON_CHARS) {
    return { ok: false, error: { kind: 'too-large', message: `The file is larger than ${MAX_JSON_CHARS / 1024 / 1024} MB; an assessment is far smaller, so it was not read.` } };
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

export const WORKSPACE_FORMAT = 'ssc-workbench/workspace';
export const WORKSPACE_VERSION = 1;
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

/**
 * Reads a workspace file, or a single assessment file as a workspace of one. All or nothing: one bad
 * assessment rejects the file, with the position of each problem, so a partial import never happens.
 */
export function parseWorkspaceJson(text: string, fw: Framework): ParseResult<AssessmentDoc[]> {
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
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  if (!isObject(raw) || raw.format !== WORKSPACE_FORMAT || !Array.isArray(raw.assessments)) {
    return { ok: false, error: { kind: 'not-an-assessment', message: 'This is neither an SSC Workbench assessment nor a workspace file.' } };
  }
  if (typeof raw.version !== 'number' || raw.version > WORKSPACE_VERSION) {
    return { ok: false, error: { kind: 'newer-version', version: Number(raw.version), message: `This workspace was written by a newer version of the workbench (format version ${describe(raw.version)}).` } };
  }
  const out: AssessmentDoc[] = [];
  const problems: string[] = [];
  raw.assessments.forEach((item, i) => {
    const r = readAssessment(item, fw);
    if (r.ok) out.push(r.value);
    else problems.push(...(r.error.kind === 'invalid' ? r.error.problems : [r.error.message]).map((p) => `assessment ${i + 1}: ${p}`));
  });
  if (problems.length > 0) {
    return { ok: false, error: { kind: 'invalid', message: `${problems.length} problem${problems.length === 1 ? '' : 's'} in the workspace file; nothing was imported.`, problems: problems.slice(0, 200) } };
  }
  return { ok: true, value: out };
}
