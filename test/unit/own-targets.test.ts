import { worded } from './support/words';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_VERSION, createAssessment, duplicateAssessment } from '../../src/engine/assessment';
import { parseAssessmentJson, readAssessment } from '../../src/engine/assessment-read';
import { canonicalForm } from '../../src/engine/fingerprint';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { migrateAssessment } from '../../src/engine/migrations';
import { score } from '../../src/engine/evaluator';
import { applyEdits, isEdit, patchesFor, rebase } from '../../src/session/edits';
import { readOwnTargetForm } from '../../src/ui/time/own-target-form';

/** Own targets and deadlines (#14, format version 4). */
const frozen = (v: number) => JSON.parse(readFileSync(new URL(`../fixtures/frozen/assessment-v${v}.json`, import.meta.url), 'utf8'));
const ICT = 'EC: ICT: ICT: 1C|';

describe('format version 4: ownTargets', () => {
  it('a version-3 file opens with no own targets and the same scores', () => {
    expect(ASSESSMENT_VERSION).toBeGreaterThanOrEqual(4);
    const v3 = frozen(3);
    const migrated = migrateAssessment(v3);
    expect(migrated).toMatchObject({ ok: true, from: 3 });
    const read = readAssessment(v3, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.version).toBe(ASSESSMENT_VERSION);
    expect(read.value.ownTargets).toBeUndefined();
  });

  it('the frozen version-4 file keeps its own targets, and they do not change the points', () => {
    const v4 = frozen(4);
    const read = readAssessment(v4, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.ownTargets).toEqual({
      [ICT]: { target: 95, deadline: 2028, baseline: 72, baselineYear: 2019 },
      'EC: ICT: ICT: 4C|4G': { target: 100, deadline: 2027 },
      'EC: P: EM: 1C|': { deadline: 2035 },
    });
    const without = { ...read.value };
    delete without.ownTargets;
    expect(score(u4ssc, referenceTargets, read.value)).toEqual(score(u4ssc, referenceTargets, without));
    // They are part of what the assessment says: the fingerprint covers them.
    expect(canonicalForm(read.value)).not.toBe(canonicalForm(without));
  });

  it('bad own targets are problems naming the field; an unknown data point too; an empty one is dropped', () => {
    const base = frozen(4);
    const bad = {
      ...base,
      ownTargets: {
        [ICT]: { target: 'ninety', deadline: 2028.5, baseline: 72, baselineYear: 99 },
        'XX: NO: NO: 9C|': { target: 1 },
        'EC: ICT: ICT: 2C|': 'soon',
        'EC: ICT: ICT: 3C|': {},
      },
    };
    const r = worded(readAssessment(bad, u4ssc));
    expect(r.ok).toBe(false);
    expect(r.error.kind).toBe('invalid');
    const problems = (r.error.problems as string[]).join('\n');
    expect(problems).toContain(`ownTargets["${ICT}"].target`);
    expect(problems).toContain(`ownTargets["${ICT}"].deadline`);
    expect(problems).toContain(`ownTargets["${ICT}"].baselineYear`);
    expect(problems).not.toContain(`ownTargets["${ICT}"].baseline:`);
    expect(problems).toContain('XX: NO: NO: 9C|');
    expect(problems).toContain('ownTargets["EC: ICT: ICT: 2C|"]');
    const empty = readAssessment({ ...base, ownTargets: { 'EC: ICT: ICT: 3C|': {} } }, u4ssc);
    expect(empty.ok && empty.value.ownTargets).toBeUndefined();
  });

  it('an export reads back with its own targets, and a duplicate (next year) keeps them', () => {
    const doc = createAssessment({ city: 'A', country: 'B', year: 2024 }, u4ssc, referenceTargets.data.id);
    doc.ownTargets = { [ICT]: { target: 80, deadline: 2030 } };
    const back = parseAssessmentJson(JSON.stringify(doc), u4ssc);
    expect(back.ok && back.value.ownTargets).toEqual(doc.ownTargets);
    expect(duplicateAssessment(doc, { year: 2025 }).ownTargets).toEqual(doc.ownTargets);
  });
});

describe('the own-target edit', () => {
  const doc = createAssessment({ city: 'A', country: 'B', year: 2024 }, u4ssc, referenceTargets.data.id);
  it('sets, replaces and removes one data point; the engine gets it (it scores only under own targets, scoring-targets.test.ts)', () => {
    const set = { kind: 'own-target' as const, id: ICT, own: { target: 80, deadline: 2030 } };
    const a = applyEdits(doc, [set]);
    expect(a.ownTargets).toEqual({ [ICT]: { target: 80, deadline: 2030 } });
    expect(doc.ownTargets).toBeUndefined();
    expect(patchesFor(a, [set])).toEqual([{ kind: 'own-target', id: ICT, own: { target: 80, deadline: 2030 } }]);
    expect(score(u4ssc, referenceTargets, a)).toEqual(score(u4ssc, referenceTargets, doc));
    const b = applyEdits(a, [{ kind: 'own-target', id: ICT, own: null }]);
    expect(b.ownTargets).toBeUndefined();
    expect(isEdit(set)).toBe(true);
    expect(isEdit({ kind: 'own-target', id: ICT, own: 'x' })).toBe(false);
  });
  it('another tab setting the same data point is a clash; a different one is not', () => {
    const theirs = applyEdits(doc, [{ kind: 'own-target', id: ICT, own: { target: 70 } }]);
    const mine = { kind: 'own-target' as const, id: ICT, own: { target: 90 } };
    expect(rebase(doc, theirs, [mine]).clashes).toHaveLength(1);
    const other = rebase(doc, theirs, [{ kind: 'own-target', id: 'EC: ICT: ICT: 2C|', own: { deadline: 2030 } }]);
    expect(other.clashes).toEqual([]);
    expect(Object.keys(other.doc.ownTargets!)).toEqual([ICT, 'EC: ICT: ICT: 2C|']);
  });
});

describe('the own-target form', () => {
  const texts = (t: Partial<Record<'target' | 'deadline' | 'baseline' | 'baselineYear', string>>) => ({
    target: '',
    deadline: '',
    baseline: '',
    baselineYear: '',
    ...t,
  });
  it('reads numbers in the decimal style and whole years', () => {
    expect(readOwnTargetForm(texts({ target: '1.234,5', deadline: '2030' }), 'comma', 'higher')).toEqual({ ok: true, own: { target: 1234.5, deadline: 2030 } });
    expect(readOwnTargetForm(texts({}), 'point', 'higher')).toEqual({ ok: true, own: null });
  });
  it('refuses text, a year out of range, half a baseline and a deadline before the baseline', () => {
    const r = (t: Parameters<typeof texts>[0]) => readOwnTargetForm(texts(t), 'point', 'higher');
    expect(r({ target: 'lots' })).toMatchObject({ ok: false, problems: [expect.stringContaining('lots')] });
    expect(r({ deadline: '30' })).toMatchObject({ ok: false });
    expect(r({ deadline: '2030.5' })).toMatchObject({ ok: false });
    expect(r({ baseline: '5' })).toMatchObject({ ok: false });
    expect(r({ baseline: '5', baselineYear: '2020', deadline: '2020' })).toMatchObject({ ok: false });
    expect(r({ baseline: '5', baselineYear: '2020', deadline: '2021' })).toMatchObject({ ok: true });
  });
  it('a yes/no data point has no target field', () => {
    expect(readOwnTargetForm(texts({ target: 'whatever', deadline: '2030' }), 'point', 'yesno')).toEqual({ ok: true, own: { deadline: 2030 } });
  });
});
