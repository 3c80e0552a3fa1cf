/**
 * Format migrations: the one place where a document written by an older version of the app (a file, an
 * IndexedDB row, a share link) is brought up to the current format, before it is validated.
 *
 * Each format has a numbered table. Entry i migrates version i + 1 to version i + 2, so the table
 * always steps by one, starts at version 1 and ends at the current version (checked by
 * test/unit/migrations.test.ts, together with a frozen file of every released version in
 * test/fixtures/frozen/). To change a format:
 *
 *   1. freeze a file of the current version as test/fixtures/frozen/assessment-vN.json (never edit it);
 *   2. raise ASSESSMENT_VERSION in assessment.ts to N + 1 and teach readAssessment the new shape;
 *   3. append `{ from: N, to: N + 1, description, up }` here; `up` gets an untrusted, JSON-shaped object
 *      of version N (already a private copy: change it freely) and returns the version N + 1 shape.
 *      It must not throw on odd input: leave what it does not recognise for readAssessment to report.
 *
 * Problems are data (a kind and the numbers involved); the UI turns them into words.
 */
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './format-versions';

/** A JSON-parsed, untrusted document. */
export type RawDoc = Record<string, unknown>;

export interface Migration {
  /** The version this step reads. */
  readonly from: number;
  /** Always `from + 1`. */
  readonly to: number;
  /** What changed in the format, in one line, for reviewers and the changelog. */
  readonly description: string;
  /** Turns a version-`from` document into a version-`to` one; `version` is set by `migrate`. */
  readonly up: (doc: RawDoc) => RawDoc;
}

export type MigrationProblem =
  | { kind: 'not-an-object' }
  | { kind: 'wrong-format'; expected: string; found: unknown }
  | { kind: 'no-version'; found: unknown }
  | { kind: 'newer-version'; version: number; current: number }
  | { kind: 'missing-step'; from: number }
  | { kind: 'step-failed'; from: number; to: number; cause: unknown };

export type MigrateResult = { ok: true; value: RawDoc; from: number } | { ok: false; problem: MigrationProblem };

/** The catalogue version every assessment of format version 1 was made with (the only one there was). */
export const FIRST_CATALOGUE_VERSION = '2017.1';

/** The assessment format (`ssc-workbench/assessment`). */
export const ASSESSMENT_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description:
      'Catalogue versions (#12): `framework.version` is the catalogue version the assessment was made with, and a version-1 document without one was made with 2017.1; new optional fields `catalogueReview` (data points whose definitions changed since, until acknowledged) and `values[id].entered` (a value entered in another unit, e.g. ppb, with its factor).',
    up: (doc) => {
      const framework = isObject(doc.framework) ? doc.framework : {};
      // Without a recorded version readAssessment would take the current catalogue's and no change
      // would ever be shown; every version-1 document was made with the first catalogue.
      if (typeof framework.version !== 'string') doc.framework = { ...framework, version: FIRST_CATALOGUE_VERSION };
      return doc;
    },
  },
  {
    from: 2,
    to: 3,
    description:
      'The U4SSC cycle: optional review (stamp per data point), threads (queries per data point), evidence (references per data point), recommendations, actions, frozen (freeze mark with its SHA-256) and parent (the version a new one started from). A version-2 document has none of them: it reads as all data points in draft, with nothing else.',
    // Nothing to convert: every new field is optional and absent means empty. Fields of those names in
    // a version-2 document were never written by the app; they are left for readAssessment to check.
    up: (doc) => doc,
  },
  {
    from: 3,
    to: 4,
    description:
      "Own targets (#14): optional ownTargets, per data point the city's own target, deadline year, baseline and baseline year, shown beside the reference target and used by the trend; they do not change the points. A version-3 document has none.",
    // Nothing to convert: the field is optional and absent means none. A field of that name in a
    // version-3 document was never written by the app; it is left for readAssessment to check.
    up: (doc) => doc,
  },
  {
    from: 4,
    to: 5,
    description:
      "Which target set scores the assessment (#14): scoringTargets, `reference` (the reference targets with the assessment's overrides) or `own` (the city's own targets where a data point has one with a number, the reference target elsewhere). A version-4 document was scored against the reference targets.",
    // A version-4 document was always scored against the reference targets: recorded as such. A field
    // of that name in a version-4 document was never written by the app; it is left for readAssessment.
    up: (doc) => {
      if (doc.scoringTargets === undefined) doc.scoringTargets = 'reference';
      return doc;
    },
  },
  {
    from: 5,
    to: 6,
    description:
      'Verification rules and an honest freeze (#24): review stamps may carry `submittedBy` (who submitted the value), `self` (verified by that same name, said explicitly) and `confirmed` (a not-reported or not-applicable status verified, not a value); the freeze mark may carry `scheme` (2: the fingerprint also covers who froze, when and the parent). A version-5 document has none: its freeze reads as scheme 1, which covers the data only.',
    // Nothing to convert: every new field is optional, and a freeze without `scheme` is checked under
    // scheme 1, the one it was made with. Fields of those names were never written before; readAssessment checks them.
    up: (doc) => doc,
  },
  {
    from: 6,
    to: 7,
    description:
      'A history per value (#24): optional `history`, per data point the values it held and the review steps it went through, each with who and when, the last 50 kept and the older ones counted (`dropped`); part of what a freeze seals. Optional `versionNumber` (which version of the assessment, sealed; absent: 1) and `origin` (where this copy came from: a file, a link or a merge, when, and who signed the other side; not sealed). A version-6 document has none: its history starts with the next change, it is version 1, made here.',
    // Nothing to convert: the field is optional and absent means nothing recorded yet (a history cannot be
    // rebuilt from a version-6 document, which kept only the latest stamp). A field of that name in a
    // version-6 document was never written by the app; it is left for readAssessment to check.
    up: (doc) => doc,
  },
  {
    from: 7,
    to: 8,
    description:
      "Where a figure came from (#29): optional `provenance`, by profile field and by data point's value, numerator or denominator, the statistics table a figure was filled from: the office, the table's label, address and update date, the file's name, the day it was read, every dimension's category picked, the cell's status and unit, and the number it gave (the source holds while the field holds that number); part of what a freeze seals. A version-7 document has none: its figures were typed or imported.",
    // Nothing to convert: the field is optional and absent means no figure came from a table (a
    // version-7 document kept no such record, and a source cannot be guessed). A field of that name in
    // a version-7 document was never written by the app; it is left for readAssessment to check.
    up: (doc) => doc,
  },
  {
    from: 8,
    to: 9,
    description:
      "The framework an assessment is scored against (#30): optional `localFramework`, the user's own framework file (made in the library's framework editor) named by its id and version, whose local KPIs the assessment also scores, and `localValues`, those KPIs' values by data point in the form of `values`; both part of what a freeze seals. A version-8 document has neither: it is scored with the U4SSC KPIs alone, as before.",
    // Nothing to convert: both fields are optional and absent means the U4SSC KPIs alone, which is
    // what every version-8 document was scored with. Fields of those names in a version-8 document
    // were never written by the app; they are left for readAssessment to check.
    up: (doc) => doc,
  },
];

/** The workspace format (`ssc-workbench/workspace`): the envelope only; each assessment in it migrates on its own. */
export const WORKSPACE_MIGRATIONS: readonly Migration[] = [];

const isObject = (v: unknown): v is RawDoc => typeof v === 'object' && v !== null && !Array.isArray(v);

export type TableProblem =
  | { kind: 'wrong-start'; index: number; from: number; expected: number }
  | { kind: 'not-by-one'; index: number; from: number; to: number }
  | { kind: 'wrong-end'; end: number; current: number };

/** What is wrong with a table: steps that do not go from 1 to `current` by one. Empty when sound. */
export function tableProblems(migrations: readonly Migration[], current: number): TableProblem[] {
  const problems: TableProblem[] = [];
  migrations.forEach((m, index) => {
    if (m.from !== index + 1) problems.push({ kind: 'wrong-start', index, from: m.from, expected: index + 1 });
    if (m.to !== m.from + 1) problems.push({ kind: 'not-by-one', index, from: m.from, to: m.to });
  });
  const end = migrations.length === 0 ? 1 : migrations[migrations.length - 1].to;
  if (end !== current) problems.push({ kind: 'wrong-end', end, current });
  return problems;
}

/**
 * Checks the envelope (`format`, integer `version` ≥ 1, not newer than `current`) and runs the steps
 * from the document's version up to `current`, in order. The input is never changed: a document that
 * needs steps is copied first; a current one is returned as it is (no copy, so loading 1 000 current
 * assessments costs nothing here). `from` is the version the document had.
 */
export function migrate(raw: unknown, format: string, current: number, migrations: readonly Migration[]): MigrateResult {
  if (!isObject(raw)) return { ok: false, problem: { kind: 'not-an-object' } };
  if (raw.format !== format) return { ok: false, problem: { kind: 'wrong-format', expected: format, found: raw.format } };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { kind: 'no-version', found: version } };
  if (version > current) return { ok: false, problem: { kind: 'newer-version', version, current } };
  if (version === current) return { ok: true, value: raw, from: version };
  let doc: RawDoc = structuredClone(raw);
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1];
    if (!step || step.from !== v || step.to !== v + 1) return { ok: false, problem: { kind: 'missing-step', from: v } };
    try {
      const next = step.up(doc);
      if (!isObject(next)) return { ok: false, problem: { kind: 'step-failed', from: step.from, to: step.to, cause: 'not an object' } };
      doc = { ...next, format, version: step.to };
    } catch (cause) {
      return { ok: false, problem: { kind: 'step-failed', from: step.from, to: step.to, cause } };
    }
  }
  return { ok: true, value: doc, from: version };
}

/** An assessment document of any released version, brought to ASSESSMENT_VERSION. */
export function migrateAssessment(raw: unknown): MigrateResult {
  return migrate(raw, ASSESSMENT_FORMAT, ASSESSMENT_VERSION, ASSESSMENT_MIGRATIONS);
}

/** A workspace envelope of any released version, brought to WORKSPACE_VERSION (its assessments are not touched). */
export function migrateWorkspace(raw: unknown): MigrateResult {
  return migrate(raw, WORKSPACE_FORMAT, WORKSPACE_VERSION, WORKSPACE_MIGRATIONS);
}
