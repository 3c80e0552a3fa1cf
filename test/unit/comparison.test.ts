import { describe, expect, it } from 'vitest';
import { buildComparison, comparisonRows } from '../../src/engine/comparison';
import { score } from '../../src/engine/evaluator';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { rankingOf } from '../../src/ui/time/ranking-model';

const members = DEMO_CITIES.map((c) => {
  const input = demoCityInput(u4ssc, c);
  return { id: c.key, city: c.city, country: c.country, year: c.year, scores: score(u4ssc, referenceTargets, input) };
});

describe('a comparison of assessments', () => {
  it('one row per aggregate and data point, in grid order', () => {
    const rows = comparisonRows(u4ssc);
    const g = u4ssc.groups;
    expect(rows).toHaveLength(1 + g.dimensions.length + g.subdimensions.length + g.categories.length + u4ssc.datapoints.length);
    expect(rows[0].key).toBe('overall');
    expect(rows[1]).toMatchObject({ key: 'EC', level: 'dimension' });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('columns grouped by city and sorted by year; values, points and percent read from the scores', () => {
    const cmp = buildComparison(u4ssc, members);
    expect(cmp.columns.map((c) => `${c.city.split(' ')[0]} ${c.year}`)).toEqual([
      'Demoville 2023',
      'Demoville 2024',
      'Demoville 2025',
      'Verdania 2025',
      'Ferrum 2025',
    ]);
    expect(cmp.series.map((s) => s.columns.length)).toEqual([3, 1, 1]);
    const col = cmp.columns.findIndex((c) => c.id === 'demoville-2025');
    const m = members.find((x) => x.id === 'demoville-2025')!;
    expect(cmp.value[0][col]).toBe(m.scores.overall.percent);
    const row = cmp.rows.findIndex((r) => r.key === 'EC: ICT: ICT: 1C|');
    const item = m.scores.items.find((i) => i.id === 'EC: ICT: ICT: 1C|')!;
    expect([cmp.value[row][col], cmp.points[row][col], cmp.percent[row][col]]).toEqual([item.value, item.points, item.achievement! * 100]);
  });

  it('a trend status for each series of two years or more, with own targets taken into account', () => {
    const cmp = buildComparison(u4ssc, members);
    const row = cmp.rows.findIndex((r) => r.key === 'EC: ICT: ICT: 1C|');
    expect(cmp.trend[row][1]).toBeNull();
    expect(cmp.trend[row][0]).not.toBeNull();
    // A target already met by the latest value is achieved; one far above, never reached by 2030, is not.
    const latest = cmp.value[row][2]!;
    const withOwn = (target: number) =>
      buildComparison(
        u4ssc,
        members.map((m) => (m.id === 'demoville-2025' ? { ...m, ownTargets: { 'EC: ICT: ICT: 1C|': { target } } } : m)),
      ).trend[row][0];
    expect(withOwn(latest * 0.9)).toBe('achieved');
    expect(withOwn(latest * 100)).not.toBe('achieved');
  });

  it('no assessment: the rows and nothing else', () => {
    const cmp = buildComparison(u4ssc, []);
    expect(cmp.columns).toEqual([]);
    expect(cmp.value.every((r) => r.length === 0)).toBe(true);
  });
});

describe('the ranking of the cities of a comparison', () => {
  const cmp = buildComparison(u4ssc, members);
  it('ranks the latest year of each city, 1 = best, with leave-one-out ranges around the rank', () => {
    for (const method of ['min-max', 'z-score', 'rank'] as const) {
      const { rows, cities } = rankingOf(cmp, method, 'arithmetic');
      expect(cities).toBe(3);
      expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
      expect(rows.map((r) => r.label)).not.toContain('Demoville (fictional) 2023');
      for (const r of rows) {
        expect(r.bestRank!).toBeLessThanOrEqual(r.rank!);
        expect(r.worstRank!).toBeGreaterThanOrEqual(r.rank!);
        expect(r.movedBy.length).toBe(r.changedBy.length);
      }
    }
  });
  it('geometric aggregation of z-scores (negative) is refused as data; of min-max it works', () => {
    expect(rankingOf(cmp, 'z-score', 'geometric').rows.every((r) => r.problem === 'geometric-needs-non-negative')).toBe(true);
    expect(rankingOf(cmp, 'min-max', 'geometric').rows.filter((r) => r.composite !== null).length).toBeGreaterThan(0);
  });
});
