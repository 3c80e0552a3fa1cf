import { describe, expect, it } from 'vitest';
import { coverageByGroup, PROVISIONAL_SHARE } from '../../src/engine/coverage';
import { score } from '../../src/engine/evaluator';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc/index';
import type { AssessmentInput } from '../../src/engine/types';

const NET = 'EC: ICT: ICT: 1C|';
const empty = (): AssessmentInput => ({ profile: {}, values: {}, targets: {}, method: { name: 'u4ssc-points' } });
const benchmarked = u4ssc.datapoints.filter((ref) => referenceTargets.byId.get(ref.id)?.target != null).length;

describe('coverage of headline scores', () => {
  it('marks a score from 1 of 112 data points as provisional', () => {
    const input = empty();
    input.values[NET] = { value: 100 };
    const s = score(u4ssc, referenceTargets, input);
    expect(s.overall.percent).toBe(100);
    const c = coverageByGroup(u4ssc, s).get('overall')!;
    expect(c).toEqual({ scored: 1, expected: 112, benchmarkable: benchmarked, provisional: true });
    // Every group that data point counts towards is provisional too.
    for (const code of ['EC', 'EC: ICT', 'EC: ICT: ICT']) expect(coverageByGroup(u4ssc, s).get(code)!.provisional).toBe(true);
  });

  it('is not provisional once half of the benchmarked data points that apply are scored, and has no mark without a score', () => {
    const none = coverageByGroup(u4ssc, score(u4ssc, referenceTargets, empty())).get('overall')!;
    expect(none.provisional).toBe(false);
    const demo = coverageByGroup(u4ssc, score(u4ssc, referenceTargets, demoInput(u4ssc))).get('overall')!;
    expect(demo.scored).toBeGreaterThanOrEqual(PROVISIONAL_SHARE * demo.benchmarkable);
    expect(demo.provisional).toBe(false);
  });

  it('counts only data points that apply: marking the rest not applicable settles a small category', () => {
    const cat = u4ssc.datapoints.filter((r) => r.path.category === 'EC: ICT: ICT' && referenceTargets.byId.get(r.id)?.target != null);
    const input = empty();
    input.values[cat[0].id] = { value: 100 };
    expect(coverageByGroup(u4ssc, score(u4ssc, referenceTargets, input)).get('EC: ICT: ICT')!.provisional).toBe(true);
    for (const r of cat.slice(1)) input.values[r.id] = { status: 'not-applicable' };
    const c = coverageByGroup(u4ssc, score(u4ssc, referenceTargets, input)).get('EC: ICT: ICT')!;
    expect(c).toMatchObject({ scored: 1, benchmarkable: 1, provisional: false });
  });
});
