import { describe, expect, it } from 'vitest';
import { flagText } from '../../src/ui/strings/flags';
import { achievementOf } from '../../src/engine/achievement';
import { BAND_LABELS, bandOf } from '../../src/engine/bands';
import { Evaluator, score } from '../../src/engine/evaluator';
import type { AssessmentInput, ValueEntry } from '../../src/engine/types';
import { emptyInput, mini, miniTargets } from './fixtures/mini';

const ED = (n: number) => `SC: EH: ED: ${n}C|`;
/** An Education value of p % (numerator p of denominator 100). */
const pctEntry = (p: number): ValueEntry => ({ numerator: p, denominator: 100 });

function withValues(values: Record<string, ValueEntry>, extra: Partial<AssessmentInput> = {}): AssessmentInput {
  return { ...emptyInput(), values, ...extra };
}

describe('achievement rules', () => {
  it('higher is better: value ÷ target, over-achievement kept', () => {
    expect(achievementOf('higher', 50, 100).value).toBe(0.5);
    expect(achievementOf('higher', 150, 100).value).toBe(1.5);
    expect(achievementOf('higher', 0, 100).value).toBe(0);
  });
  it('higher is better with a target of 0 is met by any value', () => {
    expect(achievementOf('higher', 0, 0).value).toBe(1);
  });
  it('lower is better: target ÷ value; zero counts as fully achieved', () => {
    expect(achievementOf('lower', 10, 5).value).toBe(0.5);
    expect(achievementOf('lower', 2.5, 5).value).toBe(2);
    expect(achievementOf('lower', 0, 5).value).toBe(1);
    expect(achievementOf('lower', -3, 5).value).toBe(1);
  });
  it('lower is better with a target of 0: only zero achieves', () => {
    expect(achievementOf('lower', 0, 0).value).toBe(1);
    expect(achievementOf('lower', 0.1, 0).value).toBe(0);
  });
  it('band: the smaller of x/t and t/x', () => {
    expect(achievementOf('band', 0.8, 1).value).toBeCloseTo(0.8);
    expect(achievementOf('band', 1.25, 1).value).toBeCloseTo(0.8);
    expect(achievementOf('band', 1, 1).value).toBe(1);
    expect(achievementOf('band', 0, 1).value).toBe(0);
  });
  it('yes/no: yes is 100 %, no is 0 %', () => {
    expect(achievementOf('yesno', 1, 1).value).toBe(1);
    expect(achievementOf('yesno', 0, 1).value).toBe(0);
  });
});

describe('points and bands at the boundaries', () => {
  it.each([
    [0, 1],
    [32.999, 1],
    [33, 2],
    [65.999, 2],
    [66, 3],
    [94.999, 3],
    [95, 4],
    [250, 4],
  ])('%s %% → %s points', (percent, points) => {
    expect(bandOf(percent)).toBe(points);
  });
  it('a ratio that is exactly 33 % in decimal arithmetic is not pushed below by floating point', () => {
    expect(bandOf((0.99 / 3) * 100)).toBe(2);
    expect(bandOf((0.66 / 1) * 100)).toBe(3);
  });
  it.each([
    [33, 2],
    [32.9, 1],
    [66, 3],
    [65.9, 2],
    [95, 4],
    [94.9, 3],
  ])('an Education value of %s %% against 100 %% scores %s points', (value, points) => {
    const s = score(mini, miniTargets, withValues({ [ED(1)]: pctEntry(value) }));
    expect(s.items[0].points).toBe(points);
  });
  it('labels every band', () => {
    expect(BAND_LABELS[2]).toBe('33–66 %');
    expect(BAND_LABELS[3]).toBe('66–95 %');
  });
});

describe('published worked example (Education)', () => {
  it('four KPIs scoring 1 + 3 + 4 + 1 = 9 of 16 = 56.25 % → band 33–66 %', () => {
    const s = score(mini, miniTargets, withValues({ [ED(1)]: pctEntry(20), [ED(2)]: pctEntry(80), [ED(3)]: pctEntry(100), [ED(4)]: pctEntry(10) }));
    expect(s.items.slice(0, 4).map((i) => i.points)).toEqual([1, 3, 4, 1]);
    const education = s.categories.find((c) => c.code === 'SC: EH: ED')!;
    expect(education.points).toBe(9);
    expect(education.maxPoints).toBe(16);
    expect(education.percent).toBe(56.25);
    expect(BAND_LABELS[education.band!]).toBe('33–66 %');
    expect([education.reported, education.benchmarked, education.expected]).toEqual([4, 4, 4]);
  });
  it('three reported scoring 3 + 4 + 2 = 9 of 12 = 75 % → band 66–95 %', () => {
    const s = score(mini, miniTargets, withValues({ [ED(1)]: pctEntry(70), [ED(2)]: pctEntry(99), [ED(3)]: pctEntry(50) }));
    const education = s.categories.find((c) => c.code === 'SC: EH: ED')!;
    expect(education.points).toBe(9);
    expect(education.maxPoints).toBe(12);
    expect(education.percent).toBe(75);
    expect(BAND_LABELS[education.band!]).toBe('66–95 %');
    expect([education.reported, education.benchmarked, education.expected]).toEqual([3, 3, 4]);
  });
});

describe('exclusions and coverage', () => {
  it('excludes not-reported, not-applicable and unbenchmarked items from the pooled points', () => {
    const s = score(
      mini,
      miniTargets,
      withValues({
        [ED(1)]: pctEntry(100),
        [ED(2)]: { ...pctEntry(10), status: 'not-reported' },
        [ED(3)]: { status: 'not-applicable' },
        'EN: EN: AQ: 1C|PM10': { value: 40 },
        'EN: EN: AQ: 1C|PM2.5': { value: 5 },
      }),
    );
    const ed = s.categories.find((c) => c.code === 'SC: EH: ED')!;
    expect(ed).toMatchObject({ points: 4, maxPoints: 4, percent: 100, reported: 1, benchmarked: 1, expected: 3 });
    const pm10 = s.items.find((i) => i.id === 'EN: EN: AQ: 1C|PM10')!;
    expect(pm10.state).toBe('unbenchmarked');
    expect(pm10.points).toBeNull();
    const aq = s.categories.find((c) => c.code === 'EN: EN: AQ')!;
    expect(aq).toMatchObject({ points: 4, maxPoints: 4, reported: 2, benchmarked: 1, expected: 4 });
    expect(s.items[1].state).toBe('not-reported');
    expect(s.items[1].status).toBe('not-reported');
    expect(s.items[2].status).toBe('not-applicable');
  });
  it('an aggregate with nothing scored has no percent and no band, but shows its coverage', () => {
    const s = score(mini, miniTargets, emptyInput());
    expect(s.overall).toMatchObject({ percent: null, band: null, reported: 0, benchmarked: 0, expected: 11 });
  });
  it('pools points at every level', () => {
    const s = score(mini, miniTargets, withValues({ [ED(1)]: pctEntry(100), 'SC: EH: H: 8A|': { value: 'no' }, 'EN: EN: AQ: 1C|PM2.5': { value: 10 } }));
    // 4 (ED1) + 1 (no) = 5 of 8 in SC; PM2.5 10 vs 5 → 50 % → 2 points in EN.
    expect(s.dimensions.find((d) => d.code === 'SC')).toMatchObject({ points: 5, maxPoints: 8, percent: 62.5, band: 2 });
    expect(s.subdimensions.find((d) => d.code === 'SC: EH')).toMatchObject({ points: 5, maxPoints: 8 });
    expect(s.dimensions.find((d) => d.code === 'EN')).toMatchObject({ points: 2, maxPoints: 4, percent: 50 });
    expect(s.overall).toMatchObject({ points: 7, maxPoints: 12, benchmarked: 3 });
  });
  it('a target override replaces the reference and "none" removes the benchmark', () => {
    const input = withValues(
      { [ED(1)]: pctEntry(50), [ED(2)]: pctEntry(50) },
      {
        targets: { [ED(1)]: { target: 50 }, [ED(2)]: { target: 'none' } },
      },
    );
    const s = score(mini, miniTargets, input);
    expect(s.items[0]).toMatchObject({ target: 50, targetOrigin: 'override', points: 4 });
    expect(s.items[1]).toMatchObject({ target: null, targetOrigin: 'none', state: 'unbenchmarked' });
  });
});

describe('values from inputs', () => {
  it('divides by a city-profile denominator and applies the multiplier', () => {
    const s = score(mini, miniTargets, withValues({ 'SC: EH: H: 3C|': { numerator: 500 } }, { profile: { population: 250000 } }));
    const physicians = s.items.find((i) => i.code === 'SC: EH: H: 3C')!;
    expect(physicians.value).toBe(200);
    expect(physicians.achievement).toBeCloseTo(200 / 300);
    expect(physicians.points).toBe(3);
  });
  it('a directly reported value wins over numerator and denominator', () => {
    const s = score(mini, miniTargets, withValues({ [ED(1)]: { numerator: 10, denominator: 100, value: 90 } }));
    expect(s.items[0].value).toBe(90);
  });
  it('a missing profile denominator leaves the item not reported, with a hint', () => {
    const s = score(mini, miniTargets, withValues({ 'SC: EH: H: 3C|': { numerator: 500 } }));
    const physicians = s.items.find((i) => i.code === 'SC: EH: H: 3C')!;
    expect(physicians.state).toBe('not-reported');
    expect(physicians.flags[0]).toMatchObject({ level: 'warning', field: 'profile' });
    expect(physicians.flags[0]).toMatchObject({ kind: 'enter-profile', profileField: 'population', label: 'Population' });
    expect(flagText(physicians.flags[0])).toMatch(/Population/);
  });
  it('yes/no accepts yes/no in any case and refuses anything else', () => {
    const yes = score(mini, miniTargets, withValues({ 'SC: EH: H: 8A|': { value: 'Yes' } }));
    expect(yes.items.find((i) => i.code === 'SC: EH: H: 8A')).toMatchObject({ value: 1, points: 4 });
    const bad = score(mini, miniTargets, withValues({ 'SC: EH: H: 8A|': { value: 'maybe' } }));
    expect(bad.items.find((i) => i.code === 'SC: EH: H: 8A')).toMatchObject({ state: 'invalid', value: null });
  });
  it('band direction scores parity', () => {
    const s = score(mini, miniTargets, withValues({ 'SC: EH: H: 7C|': { value: 0.74 } }));
    expect(s.items.find((i) => i.code === 'SC: EH: H: 7C')).toMatchObject({ points: 3 });
  });
  it('over-achievement scores 4 points and counts as 100 % in the continuous method', () => {
    const input = withValues({ 'EN: EN: AQ: 1C|PM2.5': { value: 2.5 } }, { method: { name: 'continuous' } });
    const s = score(mini, miniTargets, input);
    const pm = s.items.find((i) => i.id === 'EN: EN: AQ: 1C|PM2.5')!;
    expect(pm.achievement).toBe(2);
    expect(pm.points).toBe(4);
    expect(s.categories.find((c) => c.code === 'EN: EN: AQ')!.percent).toBe(100);
  });
  it('zero is a value: 0 % scores 1 point, 0 µg/m³ is fully achieved', () => {
    const s = score(mini, miniTargets, withValues({ [ED(1)]: pctEntry(0), 'EN: EN: AQ: 1C|PM2.5': { value: 0 } }));
    expect(s.items[0]).toMatchObject({ value: 0, state: 'scored', points: 1 });
    expect(s.items.find((i) => i.id === 'EN: EN: AQ: 1C|PM2.5')).toMatchObject({ achievement: 1, points: 4 });
  });
});

describe('bad input is rejected with a reason and never scored', () => {
  const rejected = (entry: ValueEntry, field: string, pattern: RegExp, profile = {}) => {
    const s = score(mini, miniTargets, withValues({ [ED(1)]: entry }, { profile }));
    const item = s.items[0];
    expect(item.state).toBe('invalid');
    expect(item.value).toBeNull();
    expect(item.points).toBeNull();
    expect(item.flags).toContainEqual(expect.objectContaining({ level: 'error', field }));
    expect(item.flags.map((f) => flagText(f)).join(' ')).toMatch(pattern);
    expect(s.categories[0]).toMatchObject({ reported: 0, benchmarked: 0, percent: null });
  };
  it('text in a number column', () => rejected({ numerator: '12abc', denominator: 100 }, 'numerator', /"12abc" is not a number/));
  it('text as a reported value', () => rejected({ value: 'n/a' }, 'value', /not a number/));
  it('a negative count', () => rejected({ numerator: -5, denominator: 100 }, 'numerator', /cannot be negative/));
  it('division by zero', () => rejected({ numerator: 5, denominator: 0 }, 'denominator', /Division by zero/));
  it('a numerator above its denominator', () => rejected({ numerator: 140, denominator: 100 }, 'numerator', /larger than its denominator/));
  it('a percentage of 140', () => rejected({ value: 140 }, 'value', /above the largest possible value \(100 %\)/));
  it('a negative percentage', () => rejected({ value: -1 }, 'value', /below the smallest possible value/));
  it('NaN and Infinity', () => {
    rejected({ value: Number.NaN }, 'value', /finite/);
    rejected({ numerator: Number.POSITIVE_INFINITY, denominator: 1 }, 'numerator', /finite/);
  });
});

describe('plausibility checks are warnings, still scored', () => {
  it('flags a value below the Verification Manual range', () => {
    const s = score(mini, miniTargets, withValues({ 'EN: EN: AQ: 1C|Basic': { value: 80 } }));
    const basic = s.items.find((i) => i.id === 'EN: EN: AQ: 1C|Basic')!;
    expect(basic.state).toBe('scored');
    expect(basic.flags).toEqual([
      { level: 'warning', field: 'value', kind: 'check', check: 'below', message: 'expected 90 % or more', source: 'VM22-p77', actual: 80, bound: 90 },
    ]);
  });
  it('flags a data point above the one it must not exceed, and re-checks when the other changes', () => {
    const ev = new Evaluator(mini, miniTargets, withValues({ 'EN: EN: AQ: 1C|Basic': { value: 95 }, 'EN: EN: AQ: 1C|Potable': { value: 97 } }));
    expect(ev.item('EN: EN: AQ: 1C|Potable')!.flags.map((f) => f.kind === 'check' && f.message)).toEqual(['potable above basic']);
    ev.apply([{ kind: 'value', id: 'EN: EN: AQ: 1C|Basic', entry: { value: 99 } }]);
    expect(ev.item('EN: EN: AQ: 1C|Potable')!.flags).toEqual([]);
  });
});

describe('incremental recomputation', () => {
  it('an edit changes the item and every aggregate above it', () => {
    const ev = new Evaluator(mini, miniTargets, withValues({ [ED(1)]: pctEntry(20) }));
    expect(ev.scores().categories[0].percent).toBe(25);
    ev.apply([{ kind: 'value', id: ED(1), entry: pctEntry(100) }]);
    const s = ev.scores();
    expect(s.items[0].points).toBe(4);
    expect(s.categories[0].percent).toBe(100);
    expect(s.overall.percent).toBe(100);
  });
  it('a profile edit recomputes the data points that divide by it', () => {
    const ev = new Evaluator(mini, miniTargets, withValues({ 'SC: EH: H: 3C|': { numerator: 600 } }, { profile: { population: 200000 } }));
    expect(ev.item('SC: EH: H: 3C|')!.value).toBe(300);
    ev.apply([{ kind: 'profile', field: 'population', value: 400000 }]);
    expect(ev.item('SC: EH: H: 3C|')!.value).toBe(150);
    expect(ev.item('SC: EH: H: 3C|')!.points).toBe(2);
  });
  it('switching method re-reads the same sums', () => {
    const ev = new Evaluator(mini, miniTargets, withValues({ [ED(1)]: pctEntry(50), [ED(2)]: pctEntry(100) }));
    expect(ev.scores().categories[0].percent).toBe(75); // (2 + 4) / 8
    ev.apply([{ kind: 'method', method: { name: 'continuous' } }]);
    expect(ev.scores().categories[0].percent).toBe(75); // mean(50 %, 100 %)
    ev.apply([{ kind: 'value', id: ED(1), entry: pctEntry(40) }]);
    expect(ev.scores().categories[0].percent).toBeCloseTo(70, 10);
  });
  it('does not mutate the caller input', () => {
    const input = withValues({ [ED(1)]: pctEntry(20) });
    const before = structuredClone(input);
    new Evaluator(mini, miniTargets, input).apply([{ kind: 'value', id: ED(2), entry: pctEntry(5) }]);
    expect(input).toEqual(before);
  });
});
