/**
 * Assessment format 9 (issue #30): an assessment names the user's own framework (a framework file of
 * the library's editor) and keeps its local KPIs' values; they are scored by the engine beside the
 * U4SSC scores when this browser holds that framework, and kept, unscored, when it does not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_VERSION, MAX_NUM_TEXT, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, readAssessment } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { checkFingerprint } from '../../src/engine/fingerprint';
import { parseFrameworkFile, type ReadFramework } from '../../src/engine/framework-file';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { localComparison, localKpis } from '../../src/engine/local-kpis';
import { migrateAssessment } from '../../src/engine/migrations';
import { assessmentBlob } from '../../src/interchange/formats/assessment-json';
import { applyEdits, checkEdit, isEdit, patchesFor } from '../../src/session/edits';

const dir = new URL('../fixtures/frozen/', import.meta.url);
const v8 = JSON.parse(readFileSync(new URL('assessment-v8.json', dir), 'utf8'));
const v9 = JSON.parse(readFileSync(new URL('assessment-v9.json', dir), 'utf8'));
const frameworkText = readFileSync(new URL('../fixtures/local-framework/demoville-local.framework.json', import.meta.url), 'utf8');
const held = (): ReadFramework => {
  const r = parseFrameworkFile(frameworkText);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const read = (raw: unknown): AssessmentDoc => {
  const r = readAssessment(raw, u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const BIKES = 'LOCAL: MOB: 1|';
const TREES = 'LOCAL: PSN: 1|';

describe('assessment format 8 → 9 (the framework an assessment is scored against)', () => {
  it('converts nothing: a version-8 file opens with no framework of its own, scores as before, and its freeze still matches', async () => {
    const migrated = migrateAssessment(v8);
    expect(migrated.ok && migrated.value.version).toBe(ASSESSMENT_VERSION);
    expect(migrated.ok && ('localFramework' in migrated.value || 'localValues' in migrated.value)).toBe(false);
    const doc = read(v8);
    expect(doc.localFramework).toBeUndefined();
    expect(doc.localValues).toBeUndefined();
    expect(localKpis(doc, held(), u4ssc)).toEqual({ kind: 'none' });
    expect((await checkFingerprint(doc, u4ssc)).matches).toBe(true);
  });

  it('the frozen version-9 file reads with its framework and local values, its freeze matches, and its U4SSC scores are the version-8 file’s', async () => {
    const doc = read(v9);
    expect(doc.localFramework).toEqual({ id: 'demoville-local', version: '2025.1', name: 'Demoville local KPIs (fictional)' });
    expect(doc.localValues?.[TREES]).toMatchObject({ numerator: 31200, denominator: 780 });
    expect((await checkFingerprint(doc, u4ssc)).matches).toBe(true);
    // The local values do not touch the U4SSC scores.
    expect(score(u4ssc, referenceTargets, doc)).toEqual(score(u4ssc, referenceTargets, read(v8)));
  });

  it.each<[string, (d: typeof v9) => void]>([
    ['a local value changed', (d) => (d.localValues[BIKES].numerator = 2500)],
    ['a local value removed', (d) => delete d.localValues[TREES]],
    ['the framework renamed', (d) => (d.localFramework.version = '2025.2')],
    ['the framework removed', (d) => delete d.localFramework],
  ])('is sealed by a freeze: %s reads "does not match"', async (_name, forge) => {
    const forged = structuredClone(v9);
    forge(forged);
    expect((await checkFingerprint(read(forged), u4ssc)).matches).toBe(false);
  });

  it.each<[string, (d: typeof v9) => void, string]>([
    ['a framework without its version', (d) => delete d.localFramework.version, 'localFramework'],
    ['a framework of an empty id', (d) => (d.localFramework.id = ''), 'localFramework.id'],
    ['a local value that is not a value entry', (d) => (d.localValues[BIKES] = 12), `localValues`],
    ['a local value keyed without a data point key', (d) => (d.localValues['LOCAL'] = {}), 'localValues'],
    ['an unknown field of a local value', (d) => (d.localValues[BIKES].colour = 'red'), 'localValues'],
  ])('refuses %s, with its path', (_name, spoil, path) => {
    const bad = structuredClone(v9);
    spoil(bad);
    const r = readAssessment(bad, u4ssc);
    expect(r.ok).toBe(false);
    if (r.ok || r.error.kind !== 'invalid') return;
    expect(r.error.problems.map((p) => p.path).some((p) => p.startsWith(path))).toBe(true);
  });

  it('export and import round-trip the framework and the local values, and the freeze still matches', async () => {
    const doc = read(v9);
    const text = await assessmentBlob(doc).text();
    const back = parseAssessmentJson(text, u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.localFramework).toEqual(doc.localFramework);
    expect(back.value.localValues).toEqual(doc.localValues);
    expect((await checkFingerprint(back.value, u4ssc)).matches).toBe(true);
  });

  it('a file of version 10 is refused as newer', () => {
    expect(parseAssessmentJson(JSON.stringify({ ...v9, version: 10 }), u4ssc)).toMatchObject({ ok: false, error: { kind: 'newer-version', version: 10 } });
  });
});

describe('local KPIs scored inside an assessment', () => {
  it('scores each local KPI with its formula, inputs and reference target when the named framework is held', () => {
    const doc = read(v9);
    const local = localKpis(doc, held(), u4ssc);
    expect(local.kind).toBe('scored');
    if (local.kind !== 'scored') return;
    expect(local.local.map((d) => d.id)).toEqual([BIKES, TREES]);
    // 2 100 bikes / 250 000 inhabitants × 1 000 = 8.4 per 1 000 against 10: 84 %.
    const [bikes, trees] = local.items;
    expect(bikes).toMatchObject({ id: BIKES, state: 'scored', target: 10, targetOrigin: 'reference' });
    expect(bikes.value).toBeCloseTo(8.4, 12);
    expect(bikes.achievement).toBeCloseTo(0.84, 12);
    expect(bikes.points).toBe(3);
    // 31 200 trees / 780 km = 40 per km against 50: 80 %.
    expect(trees.value).toBeCloseTo(40, 12);
    expect(trees.achievement).toBeCloseTo(0.8, 12);
    expect(local.orphans).toEqual([]);
  });

  it('follows the profile and the inputs: no population, no bicycle figure; one input missing asks for it', () => {
    const doc = read(v9);
    delete doc.profile.population;
    doc.localValues![TREES] = { numerator: 31200 };
    const local = localKpis(doc, held(), u4ssc);
    if (local.kind !== 'scored') throw new Error(local.kind);
    const [bikes, trees] = local.items;
    expect(bikes.state).toBe('not-reported');
    expect(bikes.flags.map((f) => f.kind)).toContain('enter-profile');
    expect(trees.state).toBe('not-reported');
    expect(trees.flags).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'enter-input', input: 'Municipal streets (km)' })]));
  });

  it('a framework this browser does not hold: the local values are kept, unscored, and the file is unchanged', () => {
    const doc = read(v9);
    expect(localKpis(doc, null, u4ssc)).toEqual({
      kind: 'not-held',
      ref: doc.localFramework,
      held: null,
      kept: [BIKES, TREES],
    });
    // Another version of it held here is not it.
    const other = held();
    const older = { ...other, data: { ...other.data, frameworkVersion: '2024.1' } };
    expect(localKpis(doc, older, u4ssc)).toMatchObject({ kind: 'not-held', held: { id: 'demoville-local', version: '2024.1' }, kept: [BIKES, TREES] });
    expect(doc.localValues).toEqual(v9.localValues);
  });

  it('a value kept for a KPI the framework no longer has is an orphan: kept, not scored', () => {
    const doc = read(v9);
    doc.localValues!['LOCAL: GONE: 1|'] = { value: 3 };
    const local = localKpis(doc, held(), u4ssc);
    if (local.kind !== 'scored') throw new Error(local.kind);
    expect(local.orphans).toEqual(['LOCAL: GONE: 1|']);
    expect(local.items).toHaveLength(2);
  });
});

describe('local edits (session/local-edits.ts)', () => {
  it('set and clear a local value and the framework, leaving the fields absent when empty, as the file writes them', () => {
    const doc = read(v8);
    const ref = { id: 'demoville-local', version: '2025.1' };
    let next = applyEdits(doc, [
      { kind: 'local-framework', ref },
      { kind: 'local-value', id: BIKES, field: 'numerator', value: 2100 },
    ]);
    expect(next.localFramework).toEqual(ref);
    expect(next.localValues).toEqual({ [BIKES]: { numerator: 2100 } });
    expect(doc.localValues).toBeUndefined();
    // Only the U4SSC scores' patches: none for these.
    expect(patchesFor(next, [{ kind: 'local-value', id: BIKES, field: 'numerator', value: 2100 }])).toEqual([]);
    next = applyEdits(next, [
      { kind: 'local-value', id: BIKES, field: 'numerator', value: '' },
      { kind: 'local-framework', ref: null },
    ]);
    expect('localValues' in next || 'localFramework' in next).toBe(false);
  });

  it('journal rows are checked like any edit, and the same length limits hold', () => {
    expect(isEdit({ kind: 'local-value', id: BIKES, field: 'numerator', value: 1 })).toBe(true);
    expect(isEdit({ kind: 'local-framework', ref: null })).toBe(true);
    expect(isEdit({ kind: 'local-framework', ref: { id: 'x' } })).toBe(false);
    expect(isEdit({ kind: 'local-value', field: 'numerator' })).toBe(false);
    expect(checkEdit({ kind: 'local-value', id: BIKES, field: 'numerator', value: 'x'.repeat(MAX_NUM_TEXT + 1) })).toMatchObject({
      kind: 'too-long',
      limit: MAX_NUM_TEXT,
    });
  });
});

describe('local KPIs across compared assessments', () => {
  const docA = () => read(v9);
  const docB = () => {
    const b = read(v9);
    delete b.frozen;
    return { ...b, id: 'other-year', year: b.year + 1, localValues: { ...b.localValues, [BIKES]: { numerator: 2600 } } };
  };

  it('gives one row per local KPI and one cell per assessment when they share the framework (id and version) held here', () => {
    const c = localComparison([docA(), docB()], held(), u4ssc);
    expect(c.kind).toBe('rows');
    if (c.kind !== 'rows') return;
    expect(c.local.map((d) => d.id)).toEqual([BIKES, TREES]);
    // 2 100 and 2 600 shared bicycles on 250 000 inhabitants: 8.4 and 10.4 per 1 000.
    expect(c.items[0].map((i) => i.value)).toEqual([8.4, 10.4]);
    expect(c.items[1]).toHaveLength(2);
  });

  it('says which framework each names when they do not share one, and gives no rows', () => {
    const other = { ...docB(), localFramework: { ...docA().localFramework!, version: '2026.1' } };
    const none = { ...docB(), id: 'no-local', localFramework: undefined, localValues: undefined };
    const c = localComparison([docA(), other, none], held(), u4ssc);
    expect(c).toMatchObject({ kind: 'not-shared', uses: [{ ref: { version: '2025.1' } }, { ref: { version: '2026.1' } }, { id: 'no-local', ref: null }] });
  });

  it('says the shared framework is not held here, and is silent when none names one', () => {
    expect(localComparison([docA(), docB()], null, u4ssc)).toMatchObject({ kind: 'not-held', ref: { id: 'demoville-local' } });
    const plain = { ...docB(), localFramework: undefined, localValues: undefined };
    expect(localComparison([plain], held(), u4ssc)).toEqual({ kind: 'none' });
    expect(localComparison([], held(), u4ssc)).toEqual({ kind: 'none' });
  });
});
