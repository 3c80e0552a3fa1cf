import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_VERSION, createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, readAssessment } from '../../src/engine/assessment-read';
import { Evaluator, score } from '../../src/engine/evaluator';
import { canonicalForm } from '../../src/engine/fingerprint';
import { explain } from '../../src/engine/explain';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { migrateAssessment } from '../../src/engine/migrations';
import { scoringTargetsCount } from '../../src/engine/scoring-targets';
import type { AssessmentInput, OwnTarget, ValueEntry } from '../../src/engine/types';
import { applyEdits, isEdit, patchesFor, rebase, type Edit } from '../../src/session/edits';
import { worded } from './support/words';

/** Which target set scores an assessment (#14, format version 5). */
const frozen = (v: number) => JSON.parse(readFileSync(new URL(`../fixtures/frozen/assessment-v${v}.json`, import.meta.url), 'utf8'));
/** Higher is better, reference target 100 %. */
const ICT = 'EC: ICT: ICT: 1C|';
/** Lower is better, reference target 3 %. */
const UNEMPLOYMENT = 'EC: P: EM: 1C|';
/** Yes/no, reference target yes. */
const COMPACT = 'EC: I: UP: 2A|Compact';

const input = (values: Record<string, ValueEntry>, own?: Record<string, OwnTarget>, choice?: 'reference' | 'own'): AssessmentInput => ({
  profile: {},
  values,
  targets: {},
  method: { name: 'u4ssc-points' },
  ...(own && { ownTargets: own }),
  ...(choice && { scoringTargets: choice }),
});
const itemOf = (inp: AssessmentInput, id: string) => score(u4ssc, referenceTargets, inp).items.find((i) => i.id === id)!;

describe('format version 5: scoringTargets', () => {
  it('is the current version; every older frozen file opens, scored against the reference targets as before', () => {
    // Format 5 brought the choice; later formats keep it (format 6 sealed the freeze, issue #24).
    expect(ASSESSMENT_VERSION).toBeGreaterThanOrEqual(5);
    for (const v of [1, 2, 3, 4]) {
      const raw = frozen(v);
      const migrated = migrateAssessment(structuredClone(raw));
      expect(migrated).toMatchObject({ ok: true, from: v, value: { scoringTargets: 'reference' } });
      const read = readAssessment(raw, u4ssc);
      expect(read.ok, `v${v}`).toBe(true);
      if (!read.ok) continue;
      expect(read.value.version).toBe(ASSESSMENT_VERSION);
      expect(read.value.scoringTargets).toBe('reference');
      // The recorded choice changes nothing for an older file: the same scores as with no choice at all.
      const without: AssessmentInput = { ...read.value };
      delete without.scoringTargets;
      expect(score(u4ssc, referenceTargets, read.value)).toEqual(score(u4ssc, referenceTargets, without));
    }
  });

  it('the frozen version-5 file is scored against its own targets where set', () => {
    const read = readAssessment(frozen(5), u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.scoringTargets).toBe('own');
    const own = score(u4ssc, referenceTargets, read.value);
    const ict = own.items.find((i) => i.id === ICT)!;
    // 102 480 of 112 000 households = 91.5 %: 3 points against the reference 100 %, 4 against the own 95 %.
    expect(ict).toMatchObject({ target: 95, targetOrigin: 'own', points: 4 });
    // An own target with a deadline only keeps the reference target.
    expect(own.items.find((i) => i.id === UNEMPLOYMENT)!.targetOrigin).toBe('reference');
    expect(scoringTargetsCount(own)).toEqual({ own: 2, total: u4ssc.datapoints.length });
    const reference = score(u4ssc, referenceTargets, { ...read.value, scoringTargets: 'reference' });
    expect(reference.items.find((i) => i.id === ICT)).toMatchObject({ target: 100, targetOrigin: 'reference', points: 3 });
    expect(scoringTargetsCount(reference)).toEqual({ own: 0, total: u4ssc.datapoints.length });
  });

  it('the fingerprint: the reference set is the default (a file frozen before format 5 still matches); the choice of own targets is content', () => {
    const v4 = readAssessment(frozen(4), u4ssc);
    if (!v4.ok) throw new Error('frozen v4 does not read');
    const asBefore: Record<string, unknown> = { ...v4.value };
    delete asBefore.scoringTargets;
    expect(canonicalForm(v4.value)).toBe(canonicalForm(asBefore));
    expect(canonicalForm({ ...v4.value, scoringTargets: 'own' })).not.toBe(canonicalForm(v4.value));
  });

  it('a wrong choice is a problem naming the field; an export reads back with its choice', () => {
    const r = worded(readAssessment({ ...frozen(5), scoringTargets: 'mine' }, u4ssc));
    expect(r.ok).toBe(false);
    expect((r.error.problems as string[]).join('\n')).toContain('scoringTargets');
    const doc = createAssessment({ city: 'A', country: 'B', year: 2024 }, u4ssc, referenceTargets.data.id);
    expect(doc.scoringTargets).toBe('reference');
    const back = parseAssessmentJson(JSON.stringify({ ...doc, scoringTargets: 'own' }), u4ssc);
    expect(back.ok && back.value.scoringTargets).toBe('own');
  });
});

describe('scoring against own targets', () => {
  it('higher is better: the points at the 33 / 66 / 95 % boundaries of the own target, against the reference target for comparison', () => {
    // Own target 50 %: 16.4 → 32.8 %, 16.5 → 33 %, 32.9 → 65.8 %, 33 → 66 %, 47.4 → 94.8 %, 47.5 → 95 %.
    const cases: [number, number, number][] = [
      [16.4, 1, 1],
      [16.5, 2, 1],
      [32.9, 2, 1],
      [33, 3, 2],
      [47.4, 3, 2],
      [47.5, 4, 2],
    ];
    for (const [value, own, reference] of cases) {
      const values = { [ICT]: { value } };
      expect(itemOf(input(values, { [ICT]: { target: 50 } }, 'own'), ICT), `${value} own`).toMatchObject({ target: 50, targetOrigin: 'own', points: own });
      expect(itemOf(input(values, { [ICT]: { target: 50 } }, 'reference'), ICT).points, `${value} reference`).toBe(reference);
      expect(itemOf(input(values, { [ICT]: { target: 50 } }), ICT).points, `${value} no choice`).toBe(reference);
    }
  });

  it('lower is better: the same formula (target ÷ value) against the own target', () => {
    // Own target 6 %: 18.2 → 33.0 % less a hair, 18 → 33.3 %, 9.1 → 65.9 %, 9 → 66.7 %, 6.4 → 93.8 %, 6.3 → 95.2 %.
    const cases: [number, number][] = [
      [18.2, 1],
      [18, 2],
      [9.1, 2],
      [9, 3],
      [6.4, 3],
      [6.3, 4],
    ];
    for (const [value, points] of cases) {
      const item = itemOf(input({ [UNEMPLOYMENT]: { value } }, { [UNEMPLOYMENT]: { target: 6 } }, 'own'), UNEMPLOYMENT);
      expect(item, String(value)).toMatchObject({ targetOrigin: 'own', points });
      expect(item.achievement).toBeCloseTo(6 / value, 12);
    }
    // Against the reference 3 %, 6.3 % is 47.6 %: 2 points.
    expect(itemOf(input({ [UNEMPLOYMENT]: { value: 6.3 } }, { [UNEMPLOYMENT]: { target: 6 } }), UNEMPLOYMENT).points).toBe(2);
  });

  it('yes/no: the own target is yes or no, and the answer scores as always (yes 4 points, no 1)', () => {
    const yes = itemOf(input({ [COMPACT]: { value: 'yes' } }, { [COMPACT]: { target: 1, deadline: 2030 } }, 'own'), COMPACT);
    expect(yes).toMatchObject({ target: 1, targetOrigin: 'own', points: 4 });
    const no = itemOf(input({ [COMPACT]: { value: 'no' } }, { [COMPACT]: { target: 1 } }, 'own'), COMPACT);
    expect(no).toMatchObject({ targetOrigin: 'own', points: 1 });
  });

  it('a data point without an own target (or with a deadline only) keeps the reference target; an own target wins over an override', () => {
    const values = { [ICT]: { value: 60 }, [UNEMPLOYMENT]: { value: 6 } };
    const s = score(u4ssc, referenceTargets, input(values, { [UNEMPLOYMENT]: { deadline: 2030 } }, 'own'));
    expect(s.items.find((i) => i.id === ICT)).toMatchObject({ target: 100, targetOrigin: 'reference', points: 2 });
    expect(s.items.find((i) => i.id === UNEMPLOYMENT)).toMatchObject({ target: 3, targetOrigin: 'reference', points: 2 });
    const withOverride: AssessmentInput = {
      ...input(values, { [ICT]: { target: 60 } }, 'own'),
      targets: { [ICT]: { target: 'none' }, [UNEMPLOYMENT]: { target: 12 } },
    };
    const o = score(u4ssc, referenceTargets, withOverride);
    expect(o.items.find((i) => i.id === ICT)).toMatchObject({ target: 60, targetOrigin: 'own', points: 4, state: 'scored' });
    expect(o.items.find((i) => i.id === UNEMPLOYMENT)).toMatchObject({ target: 12, targetOrigin: 'override', points: 4 });
    // Under the reference set the override's "no benchmark" holds again.
    expect(score(u4ssc, referenceTargets, { ...withOverride, scoringTargets: 'reference' }).items.find((i) => i.id === ICT)).toMatchObject({
      targetOrigin: 'none',
      state: 'unbenchmarked',
    });
  });

  it('switching to own targets and back by patches restores the old scores exactly; each step equals a fresh score', () => {
    const doc = readAssessment(frozen(4), u4ssc);
    if (!doc.ok) throw new Error('frozen v4 does not read');
    const base: AssessmentInput = { ...doc.value, scoringTargets: 'reference' };
    const before = score(u4ssc, referenceTargets, base);
    const ev = new Evaluator(u4ssc, referenceTargets, base);
    ev.apply([{ kind: 'scoring-targets', choice: 'own' }]);
    const own = ev.scores();
    expect(own).toEqual(score(u4ssc, referenceTargets, { ...base, scoringTargets: 'own' }));
    expect(own.overall.points).toBeGreaterThan(before.overall.points);
    // An own target added, changed and removed while scoring against own targets.
    ev.apply([{ kind: 'own-target', id: UNEMPLOYMENT, own: { target: 20, deadline: 2035 } }]);
    expect(ev.item(UNEMPLOYMENT)).toMatchObject({ target: 20, targetOrigin: 'own' });
    expect(ev.scores()).toEqual(score(u4ssc, referenceTargets, ev.snapshotInput()));
    ev.apply([{ kind: 'own-target', id: UNEMPLOYMENT, own: { deadline: 2035 } }]);
    expect(ev.item(UNEMPLOYMENT)!.targetOrigin).toBe('reference');
    ev.apply([{ kind: 'scoring-targets', choice: 'reference' }]);
    expect(ev.scores()).toEqual(before);
    // An own target edited under the reference set changes nothing until the choice is own.
    ev.apply([{ kind: 'own-target', id: ICT, own: { target: 10 } }]);
    expect(ev.scores()).toEqual(before);
    ev.apply([{ kind: 'scoring-targets', choice: 'own' }]);
    expect(ev.item(ICT)).toMatchObject({ target: 10, targetOrigin: 'own', points: 4 });
    expect(ev.snapshotInput()).toMatchObject({ scoringTargets: 'own', ownTargets: { [ICT]: { target: 10 } } });
    // The caller's document is never changed.
    expect(doc.value.ownTargets![ICT]).toEqual({ target: 95, deadline: 2028, baseline: 72, baselineYear: 2019 });
  });

  it('"explain this number" says which target scored it', () => {
    const inp = input({ [ICT]: { value: 60 }, [UNEMPLOYMENT]: { value: 6 } }, { [ICT]: { target: 60, deadline: 2029 } }, 'own');
    const ev = new Evaluator(u4ssc, referenceTargets, inp);
    const x = explain(u4ssc, referenceTargets, ev, ICT);
    expect(x.target).toMatchObject({ value: 60, origin: 'own', from: 'own', deadline: 2029 });
    expect(x.scoringTargets).toEqual({ choice: 'own', hasOwn: true });
    expect(explain(u4ssc, referenceTargets, ev, UNEMPLOYMENT).scoringTargets).toEqual({ choice: 'own', hasOwn: false });
    ev.apply([{ kind: 'scoring-targets', choice: 'reference' }]);
    const r = explain(u4ssc, referenceTargets, ev, ICT);
    expect(r.target).toMatchObject({ value: 100, origin: 'reference', from: 'reference' });
    expect(r.scoringTargets).toEqual({ choice: 'reference', hasOwn: true });
  });
});

describe('the scoring-targets edit', () => {
  const doc: AssessmentDoc = {
    ...createAssessment({ city: 'A', country: 'B', year: 2024 }, u4ssc, referenceTargets.data.id),
    ownTargets: { [ICT]: { target: 50 } },
  };
  const toOwn: Edit = { kind: 'scoring-targets', choice: 'own' };

  it('records the choice and sends the engine a patch; an own-target edit sends one too', () => {
    const a = applyEdits(doc, [toOwn]);
    expect(a.scoringTargets).toBe('own');
    expect(doc.scoringTargets).toBe('reference');
    expect(patchesFor(a, [toOwn])).toEqual([{ kind: 'scoring-targets', choice: 'own' }]);
    const set: Edit = { kind: 'own-target', id: ICT, own: { target: 80 } };
    expect(patchesFor(applyEdits(a, [set]), [set])).toEqual([{ kind: 'own-target', id: ICT, own: { target: 80 } }]);
    expect(isEdit(toOwn)).toBe(true);
    expect(isEdit({ kind: 'scoring-targets', choice: 'mine' })).toBe(false);
  });

  it('merges between tabs like the method: the same choice is no clash, a different one is told', () => {
    const theirs = applyEdits(doc, [{ kind: 'scoring-targets', choice: 'own' }]);
    expect(rebase(doc, theirs, [toOwn]).clashes).toEqual([]);
    const back = rebase(doc, theirs, [{ kind: 'scoring-targets', choice: 'reference' }]);
    expect(back.clashes).toHaveLength(1);
    expect(back.doc.scoringTargets).toBe('reference');
    // Another tab's value edit and this tab's choice both survive.
    const other = applyEdits(doc, [{ kind: 'value', id: ICT, field: 'value', value: 40 }]);
    const merged = rebase(doc, other, [toOwn]);
    expect(merged.clashes).toEqual([]);
    expect(merged.doc).toMatchObject({ scoringTargets: 'own', values: { [ICT]: { value: 40 } } });
    expect(score(u4ssc, referenceTargets, merged.doc).items.find((i) => i.id === ICT)).toMatchObject({ targetOrigin: 'own', achievement: 0.8 });
  });
});
