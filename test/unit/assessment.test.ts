import { describe, expect, it } from 'vitest';
import { ASSESSMENT_VERSION, completion, createAssessment, type AssessmentDoc, duplicateAssessment, workspaceDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, parseWorkspaceJson, readAssessment } from '../../src/engine/assessment-read';
import { mini } from './fixtures/mini';
import { worded } from './support/words';

const base = () => createAssessment({ city: 'Testville', country: 'Nowhere', year: 2024 }, mini, 'mini-targets', 1_700_000_000_000);

describe('assessment documents', () => {
  it('a new assessment carries its envelope, framework and method', () => {
    const doc = base();
    expect(doc).toMatchObject({
      format: 'ssc-workbench/assessment',
      version: ASSESSMENT_VERSION,
      framework: { id: 'mini', version: 'test' },
      method: { name: 'u4ssc-points' },
      revision: 0,
    });
  });

  it('duplicating makes a new id and keeps the values', () => {
    const doc = { ...base(), values: { 'SC: EH: ED: 1C|': { value: 5 } } };
    const copy = duplicateAssessment(doc, { year: 2025 });
    expect(copy.id).not.toBe(doc.id);
    expect(copy.year).toBe(2025);
    expect(copy.values).toEqual(doc.values);
    copy.values['SC: EH: ED: 1C|'].value = 9;
    expect(doc.values['SC: EH: ED: 1C|'].value).toBe(5);
  });

  it('completion counts entered data points against those that apply', () => {
    const doc = {
      ...base(),
      values: { 'SC: EH: ED: 1C|': { value: 5 }, 'SC: EH: ED: 2C|': { status: 'not-applicable' as const }, 'SC: EH: ED: 3C|': { note: 'only a note' } },
    };
    expect(completion(doc, mini)).toEqual({ reported: 1, expected: mini.datapoints.length - 1 });
  });

  it('completion counts only values the engine accepts', () => {
    const doc: AssessmentDoc = {
      ...base(),
      values: {
        'SC: EH: ED: 1C|': { value: 5 }, // valid: done
        'SC: EH: ED: 2C|': { value: 'five' }, // rejected text
        'SC: EH: ED: 3C|': { value: 140 }, // a percentage above 100: rejected
        'SC: EH: ED: 4C|': { numerator: 30, denominator: 20 }, // numerator above its denominator: rejected
      },
    };
    expect(completion(doc, mini).reported).toBe(1);
    // Marked reported without a value, or not reported with one: not done either.
    const marked = {
      ...base(),
      values: { 'SC: EH: ED: 1C|': { status: 'reported' as const }, 'SC: EH: ED: 2C|': { value: 50, status: 'not-reported' as const } },
    };
    expect(completion(marked, mini).reported).toBe(0);
    // Fixing the text makes it count.
    doc.values['SC: EH: ED: 2C|'] = { value: 95 };
    expect(completion(doc, mini).reported).toBe(2);
  });

  it('JSON round trip gives the same document', () => {
    const doc = {
      ...base(),
      values: {
        'SC: EH: ED: 1C|': { numerator: 3, denominator: 4, quality: 'survey' as const, source: 'S', year: 2023, note: 'n' },
        'SC: EH: ED: 2C|': { numerator: 'twelve' },
      },
      targets: { 'SC: EH: ED: 3C|': { target: 'none' as const } },
    };
    const back = parseAssessmentJson(JSON.stringify(doc), mini);
    // Kept text comes back exactly, with a note that it is not scored.
    expect(worded(back)).toEqual({ ok: true, value: doc, notes: [expect.stringMatching(/"twelve" is text, kept as written/)] });
  });
});

describe('bad assessment files are reported, never half-read', () => {
  const good = () => JSON.parse(JSON.stringify(base()));
  it('truncated JSON', () => {
    const text = JSON.stringify(base());
    expect(parseAssessmentJson(text.slice(0, text.length / 2), mini)).toMatchObject({ ok: false, error: { kind: 'not-json' } });
  });
  it('wrong format', () => {
    expect(readAssessment({ ...good(), format: 'excalidraw' }, mini)).toMatchObject({ ok: false, error: { kind: 'not-an-assessment' } });
    expect(readAssessment([1, 2], mini)).toMatchObject({ ok: false, error: { kind: 'not-an-assessment' } });
  });
  it('a future version', () => {
    expect(worded(readAssessment({ ...good(), version: ASSESSMENT_VERSION + 1 }, mini))).toMatchObject({
      ok: false,
      error: { kind: 'newer-version', version: ASSESSMENT_VERSION + 1, message: expect.stringMatching(/newer version/) },
    });
  });
  it('another framework', () => {
    expect(readAssessment({ ...good(), framework: { id: 'iso-37120' } }, mini)).toMatchObject({ ok: false, error: { kind: 'wrong-framework' } });
  });
  it('__proto__ keys', () => {
    const text = JSON.stringify(good()).replace('"values":{}', '"values":{"__proto__":{"polluted":true}}');
    const r = parseAssessmentJson(text, mini);
    // The schema's data point ids refuse it first.
    expect(worded(r)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', problems: ['values: unknown data point "__proto__".', 'values.__proto__: unknown field "polluted".'] },
    });
    const profile = readAssessment({ ...good(), profile: JSON.parse('{"__proto__":1}') }, mini);
    expect(worded(profile)).toMatchObject({ ok: false, error: { kind: 'invalid', problems: ['profile: unknown field "__proto__".'] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('numbers as strings are kept as text, exactly, and said (the grid keeps such text; a backup must restore it)', () => {
    const kept = ['12', '10000000000000000', '1.5', '1'];
    const doc = { ...good(), values: Object.fromEntries(kept.map((t, i) => [`SC: EH: ED: ${i + 1}C|`, { numerator: t }])) };
    const r = readAssessment(doc, mini);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(kept.map((t, i) => r.value.values[`SC: EH: ED: ${i + 1}C|`].numerator)).toEqual(kept);
    expect(r.notes).toHaveLength(4);
    expect(worded(r).notes[1]).toMatch(/"10000000000000000" is text, kept as written and not scored/);
  });
  it('over-long text is refused, never cut; text of the wrong type is refused, never blanked', () => {
    const long = 'x'.repeat(10_001);
    for (const field of ['city', 'country', 'notes']) {
      const r = readAssessment({ ...good(), [field]: long }, mini);
      expect(worded(r)).toMatchObject({ ok: false, error: { problems: [`${field}: text longer than 10000 characters.`] } });
    }
    expect(worded(readAssessment({ ...good(), city: 42 }, mini))).toMatchObject({ ok: false, error: { problems: ['city: expected text.'] } });
    expect(worded(readAssessment({ ...good(), id: 'i'.repeat(101) }, mini))).toMatchObject({
      ok: false,
      error: { problems: [expect.stringMatching(/^id: text longer than 100 characters/)] },
    });
    const note = readAssessment({ ...good(), values: { 'SC: EH: ED: 1C|': { note: long } } }, mini);
    expect(worded(note)).toMatchObject({ ok: false, error: { problems: [expect.stringMatching(/note: text longer than 10000/)] } });
  });
  it('a revision of 2^53 or more, and times no Date can hold, are refused in a file, and reset with a note when repairing a stored row', () => {
    for (const revision of [2 ** 53, 2 ** 60, -1, 1.5, 1e308]) {
      expect(worded(readAssessment({ ...good(), revision }, mini))).toMatchObject({
        ok: false,
        error: { problems: [expect.stringMatching(/^revision: expected/)] },
      });
      const r = readAssessment({ ...good(), revision }, mini, { repair: true });
      expect(worded(r)).toMatchObject({ ok: true, value: { revision: 0 }, notes: [expect.stringMatching(/^revision: .* out of range; reset to 0/)] });
    }
    expect(readAssessment({ ...good(), updatedAt: 1e308, createdAt: -5 }, mini)).toMatchObject({ ok: false });
    const before = Date.now();
    const r = readAssessment({ ...good(), updatedAt: 1e308, createdAt: -5 }, mini, { repair: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.updatedAt).toBeGreaterThanOrEqual(before);
    expect(r.value.createdAt).toBeGreaterThanOrEqual(before);
    expect(worded(r).notes).toEqual([
      expect.stringMatching(/^createdAt: -5 is not a valid time/),
      expect.stringMatching(/^updatedAt: 1e\+308 is not a valid time/),
    ]);
    expect(() => new Date(r.value.updatedAt).toISOString()).not.toThrow();
  });
  it('unknown data points, bad statuses, bad years, non-finite numbers', () => {
    const doc = {
      ...good(),
      year: 20245,
      values: { 'XX|': { value: 1 }, 'SC: EH: ED: 1C|': { status: 'done', year: 1.5 } },
      profile: { population: 'many', area: 3 },
    };
    const r = readAssessment(doc, mini);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.kind === 'invalid') {
      expect(worded(r).error.problems).toEqual([
        'year: expected a number of at most 2200.',
        'profile: unknown field "area".',
        'values: unknown data point "XX|".',
        expect.stringMatching(/status: "done"/),
        expect.stringMatching(/\.year: expected a whole number/),
      ]);
    }
  });
  it('objects where text is expected are reported, not thrown (found by the fuzz test)', () => {
    const doc = { ...good(), values: { 'SC: EH: ED: 1C|': { quality: { toString: {} } } }, method: { name: { valueOf: 1 } } };
    const r = readAssessment(JSON.parse(JSON.stringify(doc)), mini);
    expect(worded(r)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', problems: [expect.stringMatching(/quality: "\{"toString":\{\}\}" is not one of/), expect.stringMatching(/method\.name/)] },
    });
  });
  it('a file over the size cap is refused before parsing', () => {
    const huge = '{"format":"ssc-workbench/assessment","notes":"' + 'x'.repeat(21 * 1024 * 1024) + '"}';
    expect(parseAssessmentJson(huge, mini)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });
});

describe('workspace files', () => {
  it('round-trip many assessments, and accept a single assessment file as a workspace of one', () => {
    const docs = [base(), { ...base(), city: 'Other', values: { 'SC: EH: ED: 1C|': { value: 3 } } }];
    expect(parseWorkspaceJson(JSON.stringify(workspaceDoc(docs)), mini)).toEqual({ ok: true, value: { docs, refused: [] } });
    expect(parseWorkspaceJson(JSON.stringify(docs[1]), mini)).toEqual({ ok: true, value: { docs: [docs[1]], refused: [] } });
  });
  it('read every good assessment and report each refused one by position, never all-or-nothing', () => {
    const docs = [base(), { ...base(), city: 'Bad year', year: 'soon' }, { ...base(), city: 'Third' }, 'not even an object'];
    const r = parseWorkspaceJson(JSON.stringify(workspaceDoc(docs as never)), mini);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.docs.map((d) => d.city)).toEqual(['Testville', 'Third']);
    expect(worded(r.value.refused)).toEqual([
      { position: 2, label: 'Bad year', message: expect.any(String), problems: [expect.stringMatching(/^year/)] },
      { position: 4, label: '', message: expect.stringMatching(/not an SSC Workbench assessment/), problems: [] },
    ]);
  });
  it('a workspace in which no assessment can be read is an error naming each position', () => {
    const r = parseWorkspaceJson(JSON.stringify(workspaceDoc([{ ...base(), year: 'soon' }] as never)), mini);
    expect(worded(r)).toMatchObject({
      ok: false,
      error: { kind: 'none-read', message: expect.stringMatching(/No assessment/), problems: [expect.stringMatching(/^assessment 1: year/)] },
    });
  });
  it('refuse a newer workspace version and other files', () => {
    expect(parseWorkspaceJson(JSON.stringify({ ...workspaceDoc([]), version: 2 }), mini)).toMatchObject({ ok: false, error: { kind: 'newer-version' } });
    expect(parseWorkspaceJson('{"hello":1}', mini)).toMatchObject({ ok: false, error: { kind: 'not-an-assessment' } });
  });
});
