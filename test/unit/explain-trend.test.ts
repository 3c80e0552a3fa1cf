import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../src/engine/comparison';
import { score } from '../../src/engine/evaluator';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import type { Scores } from '../../src/engine/types';
import { explainAggregateTrend, explainTrend, sameRevisions, type CurrentPoint } from '../../src/ui/time/explain-trend';

/** The trend in "explain this number" (issue #14): the same series and statuses as the Compare view. */
const NET = 'EC: ICT: ICT: 1C|';
const demoville = DEMO_CITIES.filter((c) => c.city.startsWith('Demoville'))
  .map((c) => ({
    id: c.key,
    city: c.city,
    country: c.country,
    year: c.year,
    scores: score(u4ssc, referenceTargets, demoCityInput(u4ssc, c)),
  }))
  .sort((a, b) => a.year - b.year);
const latest = demoville[demoville.length - 1];

/** The open assessment's data point as its explanation gives it, from its scores. */
function current(s: Scores, year: number, id = NET, change?: number): CurrentPoint {
  const item = s.items.find((i) => i.id === id)!;
  return {
    id,
    year,
    state: item.state,
    value: change ?? item.value,
    target: item.target,
    own: undefined,
    aggregates: [s.categories.find((a) => a.code === 'EC: ICT: ICT')!, s.overall].map((a) => ({ code: a.code, level: a.level, percent: a.percent })),
  };
}

describe('the trend of the explained data point', () => {
  it('agrees with the Compare view on the same series: status of the data point and of its aggregates', () => {
    const others = demoville.slice(0, -1);
    const x = explainTrend(u4ssc, others, current(latest.scores, latest.year), 'higher')!;
    expect(x.rows.map((r) => [r.year, r.current])).toEqual([
      [2023, false],
      [2024, false],
      [2025, true],
    ]);
    const cmp = buildComparison(u4ssc, demoville);
    const row = cmp.rows.findIndex((r) => r.key === NET);
    expect(x.trend.status).toBe(cmp.trend[row][0]);
    expect(x.aggregates.map((a) => a.trend.status)).toEqual([cmp.trend[cmp.rows.findIndex((r) => r.key === 'EC: ICT: ICT')][0], cmp.trend[0][0]]);
    expect(x.trend.basis.target).toBe('assessment');
  });

  it('follows an edit of this year: a value that falls below the baseline moves away and never reaches the target', () => {
    const base = demoville[1];
    const baseValue = base.scores.items.find((i) => i.id === NET)!.value!;
    const up = explainTrend(u4ssc, [base], current(latest.scores, 2025, NET, Math.min(99, baseValue * 1.2)), 'higher')!;
    expect(up.trend.annualGrowth).toBeCloseTo(Math.min(99, baseValue * 1.2) / baseValue - 1, 9);
    expect(['on-track', 'acceleration-needed']).toContain(up.trend.status);
    expect(up.trend.reach).toBe('at-this-rate');
    const down = explainTrend(u4ssc, [base], current(latest.scores, 2025, NET, baseValue * 0.8), 'higher')!;
    expect(down.trend.status).toBe('moving-away');
    expect(down.trend.reach).toBe('never');
    expect(down.trend.projectedYear).toBeNull();
  });

  it("the city's own target of the latest year it is set in decides, and the open assessment wins its year", () => {
    const base = demoville[1];
    const point = current(latest.scores, 2024, NET, 50);
    const withOwn = explainTrend(u4ssc, [{ ...base, year: 2023 }], { ...point, own: { target: 40, deadline: 2028 } }, 'higher')!;
    expect(withOwn.trend.basis).toMatchObject({ target: 'own', deadline: 'own' });
    expect(withOwn.trend.status).toBe('achieved');
    // Another stored assessment of the same year: the open one's value is the one used.
    const same = explainTrend(u4ssc, [{ ...base, year: 2024 }], point, 'higher')!;
    expect(same.rows.map((r) => r.current)).toEqual([false, true]);
    expect(same.trend.latest?.value).toBe(50);
    expect(same.trend.skipped).toEqual([{ year: 2024, why: 'duplicate-year' }]);
  });

  it('no other year: nothing to show; a value not reported counts as no value', () => {
    expect(explainTrend(u4ssc, [], current(latest.scores, 2025), 'higher')).toBeNull();
    const x = explainTrend(u4ssc, [demoville[1]], { ...current(latest.scores, 2025), state: 'not-reported' }, 'higher')!;
    expect(x.rows[1].value).toBeNull();
    expect(x.trend.status).toBe('insufficient-data');
    expect(x.trend.reason).toBe('one-year');
  });

  it('a re-read with the same revisions is the same list', () => {
    const a = [{ id: 'a', revision: 1, updatedAt: 5 }];
    expect(sameRevisions(a, [{ ...a[0] }])).toBe(true);
    expect(sameRevisions(a, [{ ...a[0], revision: 2 }])).toBe(false);
    expect(sameRevisions(a, [])).toBe(false);
  });
});

describe('the trend of an explained aggregate', () => {
  it("starts from the aggregate's own earliest year, and the open assessment wins its year", () => {
    const others = demoville.slice(0, -1);
    for (const code of ['overall', 'EN', 'EC: ICT', 'EC: ICT: ICT']) {
      const pick = (s: Scores) => [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories].find((a) => a.code === code)!.percent;
      const x = explainAggregateTrend(others, { code, year: latest.year, percent: pick(latest.scores) })!;
      expect(x.trend.baseline).toEqual({ year: 2023, value: pick(demoville[0].scores) });
      expect(x.rows.map((r) => [r.year, r.value, r.current])).toEqual(demoville.map((d) => [d.year, pick(d.scores), d === latest]));
    }
    // A same-year copy stored: the open assessment's percent counts for that year.
    const x = explainAggregateTrend([...others, { ...latest, id: 'copy' }], { code: 'overall', year: latest.year, percent: 12.5 })!;
    expect(x.trend.latest).toEqual({ year: latest.year, value: 12.5 });
    expect(explainAggregateTrend([], { code: 'overall', year: 2025, percent: 50 })).toBeNull();
  });
});
