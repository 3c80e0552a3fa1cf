import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievementOf, achievementValue } from '../../src/engine/achievement';
import { BAND_LABELS, bandOf } from '../../src/engine/bands';
import { Evaluator, score } from '../../src/engine/evaluator';
import { explain } from '../../src/engine/explain';
import { explainAggregate } from '../../src/engine/explain-aggregate';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import type { AssessmentInput, MethodName, Scores, TargetOverride, ValueEntry } from '../../src/engine/types';

/**
 * "Explain this number" over the whole catalogue (issue #25): for random values, targets and methods,
 * and random orders of selection, the explanation of every data point and aggregate says the
 * direction, numbers and result the engine scored, computed afresh from the same input; and the
 * explanation's own numbers give its result (achievement from value and target, points from
 * achievement, an aggregate's percent from its pooled points).
 */
const fw = u4ssc;
const ids = fw.datapoints.map((d) => d.id);
const codes = (s: Scores) => [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories].map((a) => a.code);

/** One data point's entry: not reported, not applicable, a yes/no answer, a direct value, or a ratio's inputs. */
function entryOf(id: string): fc.Arbitrary<ValueEntry | undefined> {
  const ref = fw.byId.get(id)!;
  const f = ref.def.formula;
  const num = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: -5, max: 1e5, noNaN: true, noDefaultInfinity: true }));
  const options: fc.Arbitrary<ValueEntry | undefined>[] = [fc.constant(undefined), fc.constant({ status: 'not-applicable' } as ValueEntry)];
  if (f.kind === 'yesno') options.push(fc.constantFrom<ValueEntry>({ value: 'yes' }, { value: 'no' }));
  else options.push(num.map((value) => ({ value })));
  if (f.kind === 'ratio' && !('profile' in f.denominator))
    options.push(fc.record({ numerator: fc.integer({ min: 0, max: 5000 }), denominator: fc.integer({ min: 1, max: 5000 }) }));
  return fc.oneof(...options);
}

const input: fc.Arbitrary<AssessmentInput> = fc
  .record({
    entries: fc.tuple(...ids.map(entryOf)),
    targets: fc.dictionary(
      fc.constantFrom(...ids),
      fc.oneof(
        fc.constant<TargetOverride>({ target: 'none' }),
        fc.double({ min: 0, max: 500, noNaN: true }).map((target): TargetOverride => ({ target })),
      ),
      { maxKeys: 12 },
    ),
    method: fc.constantFrom<MethodName>('u4ssc-points', 'continuous'),
  })
  .map(({ entries, targets, method }) => {
    const base = demoInput(fw);
    const values: Record<string, ValueEntry> = {};
    ids.forEach((id, i) => {
      if (entries[i]) values[id] = entries[i];
    });
    return { profile: base.profile, values, targets, method: { name: method } };
  });

function checkDatapoint(ev: Evaluator, fresh: Scores, id: string): void {
  const x = explain(fw, referenceTargets, ev, id);
  const ref = fw.byId.get(id)!;
  const item = fresh.items[ref.index];
  expect(x.id).toBe(id);
  expect(x.kpi.code).toBe(ref.kpi.code);
  expect(x.datapoint.direction).toBe(ref.def.direction);
  expect(x.state).toBe(item.state);
  expect(x.value.value).toBe(item.value);
  expect(x.target.value).toBe(item.target);
  expect(x.achievement.value).toBe(item.achievement);
  expect(x.points.points).toBe(item.points);
  expect(x.points.band).toBe(item.band === null ? null : BAND_LABELS[item.band]);
  if (item.state === 'scored') {
    // The rule is the data point's direction, and value and target give the explained achievement and points.
    expect(x.achievement.rule!.startsWith(ref.def.direction)).toBe(true);
    expect(x.achievement.rule).toBe(achievementOf(ref.def.direction, item.value!, item.target!).rule);
    expect(achievementValue(ref.def.direction, x.value.value!, x.target.value!)).toBeCloseTo(x.achievement.value!, 12);
    expect(x.points.points).toBe(bandOf(x.achievement.value! * 100));
  } else expect(x.achievement.rule).toBeNull();
  const c = x.value.calculation;
  if (c?.kind === 'ratio') expect((c.numerator / c.denominator) * c.multiplier).toBeCloseTo(c.value, 9);
  if (c) expect(c.kind === 'yesno' ? (c.yes ? 1 : 0) : c.value).toBe(item.value);
  expect(x.aggregates.map((a) => a.code)).toEqual([ref.path.category, ref.path.subdimension, ref.path.dimension, 'overall']);
  for (const a of x.aggregates)
    expect(a).toEqual([fresh.overall, ...fresh.dimensions, ...fresh.subdimensions, ...fresh.categories].find((b) => b.code === a.code));
}

function checkAggregate(fresh: Scores, code: string): void {
  const x = explainAggregate(fw, fresh, code);
  const result = [fresh.overall, ...fresh.dimensions, ...fresh.subdimensions, ...fresh.categories].find((a) => a.code === code)!;
  expect(x.result).toEqual(result);
  const members = fresh.items.filter((i) => {
    const path = fw.byId.get(i.id)!.path;
    return x.level === 'overall' || path[x.level] === code;
  });
  expect(x.counted.map((c) => c.id)).toEqual(members.filter((i) => i.state === 'scored').map((i) => i.id));
  expect(x.leftOut).toEqual(members.filter((i) => i.state !== 'scored').map((i) => ({ id: i.id, why: i.state })));
  // Coverage from the lists: reported = counted + reported without a benchmark; expected = all but N/A.
  expect(result.benchmarked).toBe(x.counted.length);
  expect(result.reported).toBe(x.counted.length + x.leftOut.filter((l) => l.why === 'unbenchmarked').length);
  expect(result.expected).toBe(members.length - x.leftOut.filter((l) => l.why === 'not-applicable').length);
  const points = x.counted.reduce((s, c) => s + c.points, 0);
  expect(points).toBe(result.points);
  if (x.counted.length === 0) {
    expect(x.pooled).toBeNull();
    expect(result.percent).toBeNull();
    return;
  }
  const p = x.pooled!;
  const percent = p.kind === 'points' ? (p.points / (4 * p.scored)) * 100 : (p.achievements / p.scored) * 100;
  expect(p.kind).toBe(fresh.method === 'continuous' ? 'continuous' : 'points');
  expect(percent).toBeCloseTo(result.percent!, 4);
  expect(result.band).toBe(bandOf(result.percent!));
  expect(x.parts.every((part) => part.code.startsWith(x.level === 'overall' ? '' : `${code}: `))).toBe(true);
}

describe('explanations over the whole catalogue', () => {
  it('say what the engine scored, for every data point and aggregate, in any order of selection', () => {
    fc.assert(
      fc.property(
        input,
        fc.array(fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...codes(score(fw, referenceTargets, demoInput(fw))))), { minLength: 4, maxLength: 24 }),
        (inp, order) => {
          const ev = new Evaluator(fw, referenceTargets, inp);
          const fresh = score(fw, referenceTargets, inp);
          for (const sel of order) {
            if (fw.byId.has(sel)) checkDatapoint(ev, fresh, sel);
            else checkAggregate(fresh, sel);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('explain every data point and aggregate of the demo city', () => {
    const inp = demoInput(fw);
    const ev = new Evaluator(fw, referenceTargets, inp);
    const fresh = score(fw, referenceTargets, inp);
    for (const id of ids) checkDatapoint(ev, fresh, id);
    for (const code of codes(fresh)) checkAggregate(fresh, code);
  });
});

describe('an aggregate explained', () => {
  it('pools the published Education example: 1 + 3 + 4 + 1 = 9 of 16 points, 56.25 %', () => {
    const education = fw.datapoints.filter((r) => r.path.category === 'SC: EH: ED');
    expect(education.length).toBeGreaterThanOrEqual(4);
    // Achievements that give 1, 3, 4 and 1 points under the reference targets (each direction read).
    const wanted = [0.2, 0.8, 1, 0.1];
    const values: Record<string, ValueEntry> = {};
    const targets: Record<string, TargetOverride> = {};
    education.slice(0, 4).forEach((r, i) => {
      targets[r.id] = { target: 100 };
      values[r.id] =
        r.def.direction === 'yesno' ? { value: wanted[i] >= 1 ? 'yes' : 'no' } : { value: r.def.direction === 'lower' ? 100 / wanted[i] : 100 * wanted[i] };
    });
    for (const r of education.slice(4)) values[r.id] = { status: 'not-applicable' };
    const s = score(fw, referenceTargets, { profile: {}, values, targets, method: { name: 'u4ssc-points' } });
    const x = explainAggregate(fw, s, 'SC: EH: ED');
    expect(x.pooled).toEqual({ kind: 'points', points: 9, max: 16, scored: 4, percent: 56.25 });
    expect(x.result.band).toBe(2);
    expect(x.counted.map((c) => c.points)).toEqual([1, 3, 4, 1]);
    expect(x.leftOut.every((l) => l.why === 'not-applicable')).toBe(true);
    expect(x.parts).toEqual([]);
  });

  it('refuses a code that names no aggregate', () => {
    expect(() => explainAggregate(fw, score(fw, referenceTargets, demoInput(fw)), 'XX: YY')).toThrow(/Unknown aggregate/);
  });
});
