/**
 * Issue #11 part 5, "the schema is the validator": the published public/assessment.schema.json,
 * compiled ahead of time (no eval in the page), validates every assessment the app and the command line
 * read. Here an independent validator (Ajv compiling the schema at test time, not the app's generated
 * module) checks every export, and mutated documents are accepted or refused alike by it and the app.
 */
import { IMPORT_MAX_REVISION } from '../../src/engine/headroom';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { MODULE_PATH, SCHEMA_PATH } from '../../scripts/schema-validator';
import { createAssessment, MAX_ID, MAX_ITEMS, MAX_NUM_TEXT, MAX_SHORT, MAX_TEXT, MAX_UNIT, type AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { migrateAssessment } from '../../src/engine/migrations';
import { assessmentJson } from '../../src/interchange/formats/assessment-json';
import { worded } from './support/words';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
const independent = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
const frozenDir = new URL('../fixtures/frozen/', import.meta.url);
const frozen = (file: string) => JSON.parse(readFileSync(new URL(file, frozenDir), 'utf8')) as Record<string, unknown>;

/** The schema's verdict on a file as the app reads it: older versions migrated first, as the app does. */
function schemaAccepts(raw: unknown): boolean {
  const migrated = migrateAssessment(raw);
  return migrated.ok && independent(migrated.value);
}

/** The bytes the JSON export writes, parsed back. */
async function exported(doc: AssessmentDoc): Promise<unknown> {
  const blob = await assessmentJson.write(doc);
  return JSON.parse(await blob.text());
}

const demo = (i = 0): AssessmentDoc => ({
  ...createAssessment(
    { city: DEMO_CITIES[i].city, country: DEMO_CITIES[i].country, year: DEMO_CITIES[i].year, notes: DEMO_CITIES[i].notes },
    u4ssc,
    referenceTargets.data.id,
    1_700_000_000_000,
  ),
  ...demoCityInput(u4ssc, DEMO_CITIES[i]),
});

/** A document with every text at its limit, every list at its length, every optional field present. */
function atLimits(): AssessmentDoc {
  const doc = demo();
  const [a, b] = u4ssc.datapoints;
  const long = (n: number, c = 'x') => c.repeat(n);
  doc.id = long(MAX_ID, 'i');
  doc.city = long(MAX_TEXT, 'c');
  doc.country = long(MAX_TEXT, 'k');
  doc.notes = long(MAX_TEXT - 1) + '😀'; // an emoji counts as one character, in the schema and the readers
  // The largest revision a file keeps as it is (headroom.ts); above it, up to the schema's 2^53 − 2, it
  // is read but reset with a note (headroom.test.ts), so that editing never pushes it out of range.
  doc.revision = IMPORT_MAX_REVISION;
  doc.values[a.id] = {
    numerator: long(MAX_NUM_TEXT, '9'),
    denominator: 100,
    status: 'reported',
    quality: 'survey',
    source: long(MAX_TEXT, 's'),
    note: long(MAX_TEXT, 'n'),
    year: 2200,
    entered: { value: 1, unit: long(MAX_UNIT, 'u'), factor: 1.9 },
  };
  doc.targets[b.id] = { target: 0, rationale: long(MAX_TEXT, 'r') };
  const at = 1_700_000_000_000;
  doc.review = { [a.id]: { state: 'not-verifiable', by: long(MAX_SHORT, 'v'), at, reason: long(MAX_TEXT, 'w'), basis: long(MAX_SHORT, 'b') } };
  doc.threads = { [a.id]: Array.from({ length: MAX_ITEMS }, (_, i) => ({ id: `t${i}`, kind: 'question' as const, text: 'q', by: 'V', at })) };
  doc.threads[a.id][0].text = long(MAX_TEXT, 'q');
  doc.evidence = {
    [a.id]: [{ id: long(MAX_ID, 'e'), title: long(MAX_SHORT, 't'), location: long(MAX_TEXT, 'l'), page: long(MAX_SHORT, 'p'), date: long(MAX_SHORT, 'd') }],
  };
  doc.recommendations = [{ id: 'r1', scope: 'datapoint', target: a.id, text: long(MAX_TEXT, 'r'), by: long(MAX_SHORT, 'b'), at }];
  doc.actions = [
    {
      id: 'a1',
      recommendation: 'r1',
      title: long(MAX_TEXT, 'a'),
      owner: long(MAX_SHORT, 'o'),
      deadline: '2026-06-30',
      status: 'planned',
      datapoints: [a.id, b.id],
      aimedBand: 4,
      at,
      carriedFrom: { id: long(MAX_ID, 'p'), year: 2024, baseline: { [a.id]: 12.5, [b.id]: null } },
    },
  ];
  return doc;
}

describe('the compiled validator is the published schema', () => {
  it('is what scripts/schema-validator.ts makes of the schema now (regenerate it after a schema edit)', () => {
    // In a process of its own: Ajv numbers its helpers across the instances of one process.
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/schema-validator.ts', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('runs no eval and imports nothing: it works under a Content Security Policy without unsafe-eval', () => {
    const source = readFileSync(MODULE_PATH, 'utf8');
    expect(source).not.toMatch(/\bnew Function\b|\beval\s*\(|\brequire\s*\(|^\s*import\s/m);
  });

  it("the schema's profile fields are the catalogue's: no other field is accepted", () => {
    const profile = (schema as { properties: { profile: { properties: object; additionalProperties: boolean } } }).properties.profile;
    expect(Object.keys(profile.properties).sort()).toEqual(u4ssc.data.profile.map((p) => p.id).sort());
    expect(profile.additionalProperties).toBe(false);
  });
});

describe('every export validates against the schema (independent validator) and re-imports', () => {
  it.each(DEMO_CITIES.map((c, i) => [c.key, i] as const))('the demo assessment %s', async (_key, i) => {
    const doc = demo(i);
    const json = await exported(doc);
    expect(independent(json), JSON.stringify(independent.errors?.slice(0, 3))).toBe(true);
    const back = readAssessment(json, u4ssc);
    expect(worded(back)).toMatchObject({ ok: true });
    if (back.ok) expect(back.value).toEqual(doc);
  });

  it('a document with every field at its limit', async () => {
    const doc = atLimits();
    const json = await exported(doc);
    expect(independent(json), JSON.stringify(independent.errors?.slice(0, 3))).toBe(true);
    const back = readAssessment(json, u4ssc);
    expect(worded(back)).toMatchObject({ ok: true });
    if (back.ok) expect(back.value).toEqual(doc);
  });

  it('the frozen files of every version migrate, then validate, and open', () => {
    const files = readdirSync(frozenDir).filter((f) => /^assessment-v\d+\.json$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      expect(schemaAccepts(frozen(file)), file).toBe(true);
      expect(readAssessment(frozen(file), u4ssc).ok, file).toBe(true);
    }
  });
});

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Mutations of a valid document: each is accepted or refused alike by the schema and the app. */
const MUTATIONS: [string, (d: Doc, id: string) => void][] = [
  // wrong types
  ['city is a number', (d) => (d.city = 42)],
  ['country is null', (d) => (d.country = null)],
  ['notes is a list', (d) => (d.notes = [])],
  ['year is text', (d) => (d.year = '2024')],
  ['year has a fraction', (d) => (d.year = 2024.5)],
  ['year is before 1900', (d) => (d.year = 1899)],
  ['year is after 2200', (d) => (d.year = 2201)],
  ['id is a number', (d) => (d.id = 5)],
  ['revision is negative', (d) => (d.revision = -1)],
  ['revision has a fraction', (d) => (d.revision = 1.5)],
  ['revision is 2^53', (d) => (d.revision = 2 ** 53)],
  ['createdAt is text', (d) => (d.createdAt = 'yesterday')],
  ['updatedAt is 1e308', (d) => (d.updatedAt = 1e308)],
  ['a value is true', (d, id) => (d.values[id] = { value: true })],
  ['a value is an object', (d, id) => (d.values[id] = { value: {} })],
  ['a status is unknown', (d, id) => (d.values[id] = { status: 'done' })],
  ['a quality is a number', (d, id) => (d.values[id] = { quality: 5 })],
  ['a value year has a fraction', (d, id) => (d.values[id] = { value: 1, year: 2020.5 })],
  ['an entered value lacks its unit', (d, id) => (d.values[id] = { value: 1, entered: { value: 1, factor: 2 } })],
  ['an entered factor is 0', (d, id) => (d.values[id] = { value: 1, entered: { value: 1, unit: 'ppb', factor: 0 } })],
  ['a target is negative', (d, id) => (d.targets[id] = { target: -1 })],
  ['a target is a word', (d, id) => (d.targets[id] = { target: 'nope' })],
  ['a target has no target', (d, id) => (d.targets[id] = { rationale: 'why' })],
  ['the method is unknown', (d) => (d.method = { name: 'other' })],
  ['a review state is unknown', (d, id) => (d.review = { [id]: { state: 'approved', by: 'V', at: 1 } })],
  ['a deadline is not a date', (d) => (d.actions = [{ id: 'a', title: 't', status: 'planned', at: 1, deadline: '30/06/2026' }])],
  ['an aimed band is 5', (d) => (d.actions = [{ id: 'a', title: 't', status: 'planned', at: 1, aimedBand: 5 }])],
  ['a fingerprint is short', (d) => (d.frozen = { at: 1, by: 'V', fingerprint: 'abc' })],
  ['a parent id is empty', (d) => (d.parent = { id: '', fingerprint: 'a'.repeat(64) })],
  // overlong strings, and the same at the limit
  ['the city is 10 001 characters', (d) => (d.city = 'c'.repeat(MAX_TEXT + 1))],
  ['the city is 10 000 characters', (d) => (d.city = 'c'.repeat(MAX_TEXT))],
  ['the city is 10 000 emoji', (d) => (d.city = '😀'.repeat(MAX_TEXT))],
  ['the city is 10 001 emoji', (d) => (d.city = '😀'.repeat(MAX_TEXT + 1))],
  ['a note is 10 001 characters', (d, id) => (d.values[id] = { note: 'n'.repeat(MAX_TEXT + 1) })],
  ['a note is 20 000 characters', (d, id) => (d.values[id] = { note: 'n'.repeat(20_000) })],
  ['a number kept as text is 201 characters', (d, id) => (d.values[id] = { numerator: '9'.repeat(MAX_NUM_TEXT + 1) })],
  ['a number kept as text is 200 characters', (d, id) => (d.values[id] = { numerator: '9'.repeat(MAX_NUM_TEXT) })],
  ['the id is 101 characters', (d) => (d.id = 'i'.repeat(MAX_ID + 1))],
  ['a reviewer name is 501 characters', (d, id) => (d.review = { [id]: { state: 'submitted', by: 'v'.repeat(MAX_SHORT + 1), at: 1 } })],
  ['a unit is 21 characters', (d, id) => (d.values[id] = { value: 1, entered: { value: 1, unit: 'u'.repeat(MAX_UNIT + 1), factor: 2 } })],
  [
    '1 001 recommendations',
    (d, id) =>
      (d.recommendations = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({ id: `r${i}`, scope: 'datapoint', target: id, text: '', by: 'V', at: 1 }))),
  ],
  // unknown fields
  ['an unknown top-level field', (d) => (d.colour = 'blue')],
  ['an unknown field in a value', (d, id) => (d.values[id] = { value: 1, colour: 'blue' })],
  ['an unknown profile field', (d) => (d.profile = { ...d.profile, area: 3 })],
  ['an unknown field in the framework', (d) => (d.framework = { ...d.framework, edition: 2 })],
  ['an unknown field in the method', (d) => (d.method = { name: 'continuous', weights: {} })],
  ['an unknown field in a target', (d, id) => (d.targets[id] = { target: 1, source: 'x' })],
  ['a key that is no data point id', (d) => (d.values = { ...d.values, nope: { value: 1 } })],
  // missing fields
  ['no city', (d) => delete d.city],
  ['no year', (d) => delete d.year],
  ['no values', (d) => delete d.values],
  ['no method', (d) => delete d.method],
  ['no framework id', (d) => (d.framework = { version: '2017.2' })],
  ['a review stamp without its time', (d, id) => (d.review = { [id]: { state: 'submitted', by: 'V' } })],
  // bad versions
  ['version 0', (d) => (d.version = 0)],
  ['version as text', (d) => (d.version = '3')],
  ['version 3.5', (d) => (d.version = 3.5)],
  ['version 99', (d) => (d.version = 99)],
  ['no version', (d) => delete d.version],
  // fine as they are
  ['a number kept as text', (d, id) => (d.values[id] = { numerator: 'twelve' })],
  ['the other method', (d) => (d.method = { name: 'continuous' })],
  ['no target for a data point', (d) => (d.targets = {})],
];

describe('mutated documents are accepted or refused alike by the schema and the app', () => {
  it.each(MUTATIONS)('%s', (_name, mutate) => {
    const doc: Doc = structuredClone(frozen('assessment-v3.json'));
    mutate(doc, u4ssc.datapoints[1].id);
    const app = readAssessment(doc, u4ssc);
    expect(app.ok, JSON.stringify(worded(app)).slice(0, 400)).toBe(schemaAccepts(doc));
    // A refusal names where: every problem has its path (or the version).
    if (!app.ok && app.error.kind === 'invalid') for (const p of app.error.problems) expect(p.path.length + p.kind.length).toBeGreaterThan(0);
  });
});
