import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import type { DatapointRef } from '../../src/engine/framework';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { compareMethods, exclusionEffect, GOALPOST_RULES, goalpostsOf, goalpostScore } from '../../src/engine/methods';
import { achievementOf } from '../../src/engine/achievement';
import type { AssessmentInput, Direction, ValueEntry } from '../../src/engine/types';

const dp = (direction: Direction, min?: number): DatapointRef => {
  const ref = u4ssc.datapoints.find((r) => r.def.direction === direction)!;
  return { ...ref, def: { ...ref.def, direction, min } };
};
const input = (values: Record<string, ValueEntry>): AssessmentInput => ({ profile: {}, values, targets: {}, method: { name: 'u4ssc-points' } });

describe('goalposts (min-max against stated bounds)', () => {
  it('higher is better: from the smallest possible value to the target, clipped', () => {
    expect(goalpostScore(dp('higher'), 50, 100)).toBe(0.5);
    expect(goalpostScore(dp('higher', 20), 60, 100)).toBe(0.5);
    expect(goalpostScore(dp('higher'), 150, 100)).toBe(1);
    expect(goalpostScore(dp('higher'), 0, 0)).toBe(1);
  });
  it('lower is better: from three times the target down to the target', () => {
    expect(goalpostScore(dp('lower'), 300, 100)).toBe(0);
    expect(goalpostScore(dp('lower'), 200, 100)).toBe(0.5);
    expect(goalpostScore(dp('lower'), 80, 100)).toBe(1);
    expect(goalpostScore(dp('lower'), 500, 100)).toBe(0);
    expect(goalpostScore(dp('lower'), 0, 0)).toBe(1);
    expect(goalpostScore(dp('lower'), 2, 0)).toBe(0);
  });
  it('target band: 0 and twice the target score 0, the target scores 1', () => {
    expect(goalpostScore(dp('band'), 0.5, 1)).toBe(0.5);
    expect(goalpostScore(dp('band'), 1.5, 1)).toBe(0.5);
    expect(goalpostScore(dp('band'), 1, 1)).toBe(1);
    expect(goalpostScore(dp('band'), 2.5, 1)).toBe(0);
  });
  it('yes/no: yes 1, no 0', () => {
    expect(goalpostScore(dp('yesno'), 1, 1)).toBe(1);
    expect(goalpostScore(dp('yesno'), 0, 1)).toBe(0);
  });
});

describe('the goalposts as documented (GOALPOST_RULES)', () => {
  it('states every direction rule, the best goalpost from published practice, the worst ones as judgement', () => {
    expect(Object.keys(GOALPOST_RULES).sort()).toEqual(['band', 'higher', 'lower', 'yesno']);
    for (const d of ['higher', 'lower', 'band'] as const)
      expect(GOALPOST_RULES[d]).toMatchObject({ best: 'target', bestBasis: 'public', worstBasis: 'judgement' });
    expect(GOALPOST_RULES.yesno).toEqual({ best: 'yes', bestBasis: 'definition', worst: 'no', worstBasis: 'definition' });
  });
  it('the scoring follows the stated rules: 0 at the worst goalpost, 1 at the best', () => {
    const t = 40;
    for (const d of ['higher', 'lower'] as const) {
      const { worst, best } = goalpostsOf(dp(d), t);
      expect(goalpostScore(dp(d), worst, t), d).toBe(0);
      expect(goalpostScore(dp(d), best, t), d).toBe(1);
    }
    expect(goalpostsOf(dp('higher'), t)).toEqual({ worst: 0, best: t });
    expect(goalpostsOf(dp('higher', 5), t).worst).toBe(5);
    expect(goalpostScore(dp('band'), 0, t)).toBe(0);
    expect(goalpostScore(dp('band'), 2 * t, t)).toBe(0);
  });
  it('the stated reasons hold: three times the target is where U4SSC achievement is 33 %, and a worst of 0 equals capped achievement', () => {
    expect(goalpostsOf(dp('lower'), 40).worst).toBe(120);
    expect(achievementOf('lower', 120, 40).value).toBeCloseTo(1 / 3, 12);
    for (const x of [0, 7, 20, 39.9, 40, 55]) expect(goalpostScore(dp('higher'), x, 40)).toBeCloseTo(Math.min(1, achievementOf('higher', x, 40).value), 12);
  });
});

describe('methods side by side', () => {
  it('gives the evaluator’s points and continuous percentages, and the goalpost mean, per aggregate', () => {
    // Two data points of one category: 50 % and 100 % of target under higher is better.
    const rows = compareMethods(u4ssc, referenceTargets, input({ 'EC: ICT: ICT: 1C|': { value: 50 }, 'EC: ICT: ICT: 4C|3G': { value: 100 } }));
    const cat = rows.find((r) => r.code === 'EC: ICT: ICT')!;
    // Points: 2 + 4 of 8 = 75 %; continuous: (0.5 + 1) / 2 = 75 %; goalposts the same here.
    expect(cat.byMethod['u4ssc-points']).toEqual({ percent: 75, band: 3 });
    expect(cat.byMethod.continuous.percent).toBeCloseTo(75, 9);
    expect(cat.byMethod.goalposts.percent).toBeCloseTo(75, 9);
    expect(cat.differs).toBe(false);
    expect(rows.find((r) => r.code === 'SC')!.byMethod.goalposts).toEqual({ percent: null, band: null });
  });
  it('flags aggregates whose band depends on the method', () => {
    // Lower is better at 2.9 × the target: 34.5 % of target (2 points, 50 %; continuous 34.5 %), but only
    // 5 % of the way from the worst goalpost (3 × target) to the target.
    const id = 'EC: P: EM: 1C|';
    const t = referenceTargets.byId.get(id)!.target!;
    const rows = compareMethods(u4ssc, referenceTargets, input({ [id]: { value: 2.9 * t } }));
    const cat = rows.find((r) => r.code === u4ssc.byId.get(id)!.path.category)!;
    expect(cat.byMethod['u4ssc-points']).toEqual({ percent: 50, band: 2 });
    expect(cat.byMethod.continuous.band).toBe(2);
    expect(cat.byMethod.goalposts.percent).toBeCloseTo(5, 9);
    expect(cat.byMethod.goalposts.band).toBe(1);
    expect(cat.differs).toBe(true);
    const demo = compareMethods(u4ssc, referenceTargets, demoInput(u4ssc));
    expect(demo).toHaveLength(1 + 3 + 7 + 27);
  });
});

describe('the exclusion effect', () => {
  it('lists the aggregates whose band rises when a weak data point is left unreported', () => {
    // A category of two: 100 % (4 points) and 10 % (1 point) = 5 of 8 = 62.5 %, band 2; without the weak one, band 4.
    const doc = input({ 'EC: ICT: ICT: 1C|': { value: 100 }, 'EC: ICT: ICT: 4C|3G': { value: 10 } });
    const effect = exclusionEffect(u4ssc, referenceTargets, doc);
    expect(effect.map((e) => e.id)).toEqual(['EC: ICT: ICT: 4C|3G']);
    const codes = effect[0].changes.map((c) => c.code);
    expect(codes).toContain('EC: ICT: ICT');
    const cat = effect[0].changes.find((c) => c.code === 'EC: ICT: ICT')!;
    expect(cat.before).toEqual({ percent: 62.5, band: 2 });
    expect(cat.after).toEqual({ percent: 100, band: 4 });
    // Checked against a re-score with the data point marked not reported.
    const again = score(u4ssc, referenceTargets, { ...doc, values: { ...doc.values, 'EC: ICT: ICT: 4C|3G': { value: 10, status: 'not-reported' } } });
    expect(again.categories.find((c) => c.code === 'EC: ICT: ICT')!.band).toBe(4);
  });
  it('lists nothing when no data point is in the lowest band', () => {
    expect(exclusionEffect(u4ssc, referenceTargets, input({ 'EC: ICT: ICT: 1C|': { value: 100 } }))).toEqual([]);
  });
});
