import { describe, expect, it } from 'vitest';
import { achievementOf, achievementValue } from '../../src/engine/achievement';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { sensitivity, SensitivityRun, sfc32 } from '../../src/engine/sensitivity';
import type { AssessmentInput, Direction, ValueEntry } from '../../src/engine/types';

const input = (values: Record<string, ValueEntry>): AssessmentInput => ({ profile: {}, values, targets: {}, method: { name: 'u4ssc-points' } });
const NET = 'EC: ICT: ICT: 1C|'; // higher is better, target 100 %
const ALL = ['u4ssc-points', 'continuous', 'goalposts'] as const;

describe('the seeded generator', () => {
  it('gives the same stream for a seed, another for another seed, all in [0, 1)', () => {
    const a = sfc32(7);
    const b = sfc32(7);
    const c = sfc32(8);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('the achievement number of the hot path', () => {
  it('agrees with achievementOf in every direction, including the edge cases', () => {
    const random = sfc32(3);
    for (const d of ['higher', 'lower', 'band', 'yesno'] as Direction[]) {
      for (const [x, t] of [[0, 0], [0, 5], [5, 0], [-1, 5], [1, 1], ...Array.from({ length: 200 }, () => [random() * 200 - 20, random() * 100])]) {
        expect(achievementValue(d, x, t)).toBe(achievementOf(d, x, t).value);
      }
    }
  });
});

describe('the sensitivity Monte Carlo', () => {
  const options = { spread: 0.2, methods: ALL, draws: 2000, seed: 42 };

  it('is reproducible from its seed, however the run is cut into steps', () => {
    const whole = sensitivity(u4ssc, referenceTargets, demoInput(u4ssc), options);
    expect(sensitivity(u4ssc, referenceTargets, demoInput(u4ssc), options)).toEqual(whole);
    const stepped = new SensitivityRun(u4ssc, referenceTargets, demoInput(u4ssc), options);
    while (stepped.completed < options.draws) stepped.run(333);
    expect(stepped.result()).toEqual(whole);
    expect(sensitivity(u4ssc, referenceTargets, demoInput(u4ssc), { ...options, seed: 43 })).not.toEqual(whole);
    expect(whole.rows).toHaveLength(1 + 3 + 7 + 27);
    expect(whole.rows.every((r) => r.bandCounts.reduce((a, b) => a + b, 0) === options.draws)).toBe(true);
  });

  it('never changes a band with no uncertainty and the assessment’s own method', () => {
    const r = sensitivity(u4ssc, referenceTargets, demoInput(u4ssc), { spread: 0, methods: ['u4ssc-points'], draws: 200, seed: 1 });
    expect(r.rows.every((row) => row.pChange === 0)).toBe(true);
  });

  it('converges on the known answer for target uncertainty', () => {
    // One data point at 80 % of its target, band 66–95 %. With targets ±30 %, t' = t(1 + 0.3u): the band
    // rises when 0.8 ÷ (1 + 0.3u) ≥ 0.95 (u ≤ −0.5263…) and falls when it is below 0.66 (u > 0.7070…):
    // P = (1 − 0.5263)/2 + (1 − 0.7071)/2 = 0.3833.
    const exact = (1 - (1 - 0.8 / 0.95) / 0.3) / 2 + (1 - (0.8 / 0.66 - 1) / 0.3) / 2;
    const r = sensitivity(u4ssc, referenceTargets, input({ [NET]: { value: 80 } }), { spread: 0.3, methods: ['u4ssc-points'], draws: 100_000, seed: 9 });
    const cat = r.rows.find((row) => row.code === 'EC: ICT: ICT')!;
    expect(cat.baseBand).toBe(3);
    // Standard error √(p(1−p)/n) ≈ 0.0015: 0.006 is four of them.
    expect(Math.abs(cat.pChange - exact)).toBeLessThan(0.006);
    expect(r.rows.find((row) => row.code === 'overall')!.pChange).toBeCloseTo(cat.pChange, 12);
    // Aggregates with nothing scored never change.
    expect(r.rows.find((row) => row.code === 'SC')!.pChange).toBe(0);
  });

  it('converges on the known answer for the choice of method', () => {
    // Unemployment at 2.9 × target: band 33–66 % under points, 0–33 % by goalposts. Choosing between the two
    // at random changes the band in half of the draws.
    const id = 'EC: P: EM: 1C|';
    const t = referenceTargets.byId.get(id)!.target!;
    const r = sensitivity(u4ssc, referenceTargets, input({ [id]: { value: 2.9 * t } }), {
      spread: 0,
      methods: ['u4ssc-points', 'goalposts'],
      draws: 40_000,
      seed: 5,
    });
    const cat = r.rows.find((row) => row.code === u4ssc.byId.get(id)!.path.category)!;
    expect(Math.abs(cat.pChange - 0.5)).toBeLessThan(0.01);
    expect(cat.bandCounts[1] + cat.bandCounts[2]).toBe(40_000);
  });

  it('refuses options it cannot run', () => {
    expect(() => new SensitivityRun(u4ssc, referenceTargets, demoInput(u4ssc), { ...options, methods: [] })).toThrow(RangeError);
    expect(() => new SensitivityRun(u4ssc, referenceTargets, demoInput(u4ssc), { ...options, spread: 1.5 })).toThrow(RangeError);
    expect(() => new SensitivityRun(u4ssc, referenceTargets, demoInput(u4ssc), { ...options, draws: 0 })).toThrow(RangeError);
  });
});
