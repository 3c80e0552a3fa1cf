import { describe, expect, it } from 'vitest';
import { achievementOf } from '../../src/engine/achievement';
import { bandOf } from '../../src/engine/bands';
import { score } from '../../src/engine/evaluator';
import type { DatapointRef } from '../../src/engine/framework';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { leversOf, nextBandOf, nextBandValue } from '../../src/engine/levers';
import type { Band, Direction } from '../../src/engine/types';
import { applyWhatIf } from '../../src/engine/whatif';

/** A data point of the catalogue with the direction under test (and no range limit unless given). */
const dp = (direction: Direction, range: { min?: number; max?: number } = {}): DatapointRef => {
  const ref = u4ssc.datapoints.find((r) => r.def.direction === direction)!;
  return { ...ref, def: { ...ref.def, direction, min: range.min, max: range.max } };
};
const bandAt = (ref: DatapointRef, x: number, t: number): Band => bandOf(achievementOf(ref.def.direction, x, t).value * 100);

describe('next band of a data point, in every direction rule', () => {
  it('higher is better: threshold × target, and the value reaches exactly that band', () => {
    const ref = dp('higher');
    expect(nextBandValue(ref, 10, 100, 1)).toEqual({ kind: 'reach', value: 33, band: 2 });
    expect(nextBandValue(ref, 50, 100, 2)).toEqual({ kind: 'reach', value: 66, band: 3 });
    const r = nextBandValue(ref, 80, 100, 3);
    expect(r).toMatchObject({ kind: 'reach', band: 4 });
    expect((r as { value: number }).value).toBeCloseTo(95, 9);
    // Just below the value stays in the band: it is the boundary, not a value past it.
    expect(bandAt(ref, 32.99, 100)).toBe(1);
  });
  it('lower is better: target ÷ threshold', () => {
    const ref = dp('lower');
    const r = nextBandValue(ref, 500, 100, 1);
    expect(r).toMatchObject({ kind: 'reach', band: 2 });
    expect((r as { value: number }).value).toBeCloseTo(100 / 0.33, 9);
    expect(bandAt(ref, (r as { value: number }).value, 100)).toBe(2);
    expect(bandAt(ref, (r as { value: number }).value * 1.001, 100)).toBe(1);
    expect((nextBandValue(ref, 120, 100, 3) as { value: number }).value).toBeCloseTo(100 / 0.95, 9);
  });
  it('lower is better with a target of 0: only 0 scores, and it scores the top band', () => {
    expect(nextBandValue(dp('lower'), 3, 0, 1)).toEqual({ kind: 'reach', value: 0, band: 4 });
  });
  it('target band: from below, up to threshold × target; from above, down to target ÷ threshold', () => {
    const ref = dp('band');
    expect(nextBandValue(ref, 0.2, 1, 1)).toEqual({ kind: 'reach', value: 0.33, band: 2 });
    const above = nextBandValue(ref, 2, 1, 2);
    expect(above).toMatchObject({ kind: 'reach', band: 3 });
    expect((above as { value: number }).value).toBeCloseTo(1 / 0.66, 9);
    expect(bandAt(ref, (above as { value: number }).value, 1)).toBe(3);
  });
  it('yes/no: "yes" reaches the top band', () => {
    expect(nextBandValue(dp('yesno'), 0, 1, 1)).toEqual({ kind: 'reach', value: 1, band: 4 });
  });
  it('says when the band is the top one already, and when the value needed is impossible for the data point', () => {
    expect(nextBandValue(dp('higher'), 99, 100, 4)).toEqual({ kind: 'top' });
    expect(nextBandValue(dp('higher', { max: 100 }), 50, 200, 2)).toEqual({ kind: 'unreachable', value: 132, band: 3, limit: 100 });
  });
  it('every scored data point of the demo city reaches the band it claims', () => {
    const s = score(u4ssc, referenceTargets, demoInput(u4ssc));
    let checked = 0;
    for (const ref of u4ssc.datapoints) {
      const item = s.items[ref.index];
      const next = nextBandOf(ref, item);
      if (item.state !== 'scored') expect(next.kind).toBe('not-scored');
      if (next.kind !== 'reach') continue;
      const after = score(u4ssc, referenceTargets, applyWhatIf(demoInput(u4ssc), [{ id: ref.id, value: next.value }])).items[ref.index];
      expect(after.band, ref.id).toBe(next.band);
      expect(next.band, ref.id).toBeGreaterThan(item.band!);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('levers of an aggregate', () => {
  const input = demoInput(u4ssc);
  const s = score(u4ssc, referenceTargets, input);

  it.each(['u4ssc-points', 'continuous'] as const)('under %s, gives three levers whose predicted aggregate matches a re-score, best first', (method) => {
    const scores = score(u4ssc, referenceTargets, { ...input, method: { name: method } });
    for (const agg of [scores.overall, ...scores.dimensions, scores.subdimensions[0]]) {
      const levers = leversOf(u4ssc, scores, agg, method);
      expect(levers.length).toBe(3);
      for (const l of levers) {
        const again = score(u4ssc, referenceTargets, applyWhatIf({ ...input, method: { name: method } }, [{ id: l.id, value: l.to }]));
        const a = agg.level === 'overall' ? again.overall : [...again.dimensions, ...again.subdimensions].find((x) => x.code === agg.code)!;
        expect(l.percentAfter).toBeCloseTo(a.percent!, 9);
        expect(l.aggregateBandAfter).toBe(a.band);
        expect(l.percentAfter).toBeGreaterThan(l.percentBefore);
        expect(u4ssc.byId.get(l.id)!.path.dimension === agg.code || agg.level !== 'dimension').toBe(true);
      }
      const gains = levers.map((l) => l.percentAfter);
      expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    }
  });

  it('under continuous achievement, ranks the lever with the largest gain in achievement first', () => {
    const cat = 'EC: ICT: ICT';
    // Two data points of one category, one far below its next band, one just below it.
    const trial = applyWhatIf({ ...input, method: { name: 'continuous' } }, [
      { id: 'EC: ICT: ICT: 1C|', value: 10 },
      { id: 'EC: ICT: ICT: 2C|', value: 9.5 },
    ]);
    const scores = score(u4ssc, referenceTargets, trial);
    const agg = scores.categories.find((c) => c.code === cat)!;
    const levers = leversOf(u4ssc, scores, agg, 'continuous', 5);
    expect(levers[0].id).toBe('EC: ICT: ICT: 1C|');
  });

  it('under U4SSC points, breaks the tie of one point each by the smallest relative change', () => {
    const levers = leversOf(u4ssc, s, s.overall, 'u4ssc-points', 40);
    const effort = (l: (typeof levers)[number]) => Math.abs(l.to - l.from) / Math.max(Math.abs(l.from), Math.abs(l.to));
    const sameGain = levers.filter((l) => l.bandAfter - l.bandBefore === 1);
    // A move of more than one band (yes/no, a lower-is-better target of 0) ranks above every one-band move.
    const bigger = levers.filter((l) => l.bandAfter - l.bandBefore > 1);
    expect(levers.slice(0, bigger.length)).toEqual(bigger);
    expect(sameGain.length).toBeGreaterThan(1);
    for (let i = 1; i < sameGain.length; i++) expect(effort(sameGain[i])).toBeGreaterThanOrEqual(effort(sameGain[i - 1]));
  });

  it('has no lever for an aggregate with nothing scored', () => {
    const empty = score(u4ssc, referenceTargets, { profile: {}, values: {}, targets: {}, method: { name: 'u4ssc-points' } });
    expect(leversOf(u4ssc, empty, empty.overall, 'u4ssc-points')).toEqual([]);
  });
});
