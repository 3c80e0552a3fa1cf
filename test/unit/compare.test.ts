import { describe, expect, it } from 'vitest';
import { compareInputs, mergeInputs } from '../../src/engine/compare';
import { parseTargetCsv, targetCsv } from '../../src/engine/target-file';
import { emptyInput, mini, miniTargets } from './fixtures/mini';
import { worded } from './support/words';

const A = {
  ...emptyInput(),
  profile: { population: 1000 },
  values: { 'SC: EH: ED: 1C|': { value: 50, source: 'A survey' }, 'SC: EH: ED: 2C|': { value: 70 } },
};
const B = {
  ...emptyInput(),
  profile: { population: 1200 },
  values: { 'SC: EH: ED: 1C|': { value: 50, source: 'B register' }, 'SC: EH: ED: 3C|': { value: 10 } },
  targets: { 'SC: EH: ED: 1C|': { target: 80 } },
};

describe('compare and merge', () => {
  it('lists every difference value by value, provenance included', () => {
    const diffs = compareInputs(mini, A, B);
    expect(diffs.map((d) => d.key)).toEqual([
      'profile:population',
      'value:SC: EH: ED: 1C|',
      'target:SC: EH: ED: 1C|',
      'value:SC: EH: ED: 2C|',
      'value:SC: EH: ED: 3C|',
    ]);
    expect(diffs[1]).toMatchObject({ kind: 'value', fields: ['source'] });
    expect(compareInputs(mini, A, structuredClone(A))).toEqual([]);
  });
  it('merges the chosen sides into a new input and leaves both untouched', () => {
    const before = structuredClone(A);
    const merged = mergeInputs(mini, A, B, new Set(['profile:population', 'value:SC: EH: ED: 2C|', 'target:SC: EH: ED: 1C|']));
    expect(merged.profile.population).toBe(1200);
    expect(merged.values['SC: EH: ED: 1C|'].source).toBe('A survey');
    expect(merged.values['SC: EH: ED: 2C|']).toBeUndefined();
    expect(merged.values['SC: EH: ED: 3C|']).toBeUndefined();
    expect(merged.targets['SC: EH: ED: 1C|']).toEqual({ target: 80 });
    expect(A).toEqual(before);
  });
  it('lists and merges own targets and the choice of target set (format 5): never left behind in silence', () => {
    const a = { ...A, ownTargets: { 'SC: EH: ED: 1C|': { target: 90, deadline: 2030 } } };
    const b = { ...A, ownTargets: { 'SC: EH: ED: 2C|': { target: 85, baseline: 60, baselineYear: 2020 } }, scoringTargets: 'own' as const };
    const diffs = compareInputs(mini, a, b);
    expect(diffs.map((d) => d.key)).toEqual(['own:SC: EH: ED: 1C|', 'own:SC: EH: ED: 2C|', 'scoring-targets']);
    expect(diffs[2]).toMatchObject({ kind: 'scoring-targets', a: 'reference', b: 'own' });
    const before = structuredClone(a);
    const allB = mergeInputs(mini, a, b, new Set(diffs.map((d) => d.key)));
    expect(allB.ownTargets).toEqual(b.ownTargets);
    expect(allB.scoringTargets).toBe('own');
    const one = mergeInputs(mini, a, b, new Set(['own:SC: EH: ED: 2C|']));
    expect(one.ownTargets).toEqual({ ...a.ownTargets, ...b.ownTargets });
    expect(one.scoringTargets ?? 'reference').toBe('reference');
    expect(a).toEqual(before);
  });
});

describe('target files', () => {
  it('round-trips the targets in force', () => {
    const text = targetCsv(mini, miniTargets, { 'SC: EH: ED: 1C|': { target: 90, rationale: 'city plan' } });
    const r = parseTargetCsv(text, mini);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.targets['SC: EH: ED: 1C|']).toEqual({ target: 90, rationale: 'city plan Source: this assessment' });
    expect(r.targets['EN: EN: AQ: 1C|PM10']).toMatchObject({ target: 'none' });
    expect(r.targets['EN: EN: AQ: 1C|PM2.5']).toMatchObject({ target: 5 });
  });
  it('reports unknown codes, bad numbers and missing columns with their line', () => {
    expect(worded(parseTargetCsv('code,target\n', mini))).toMatchObject({ ok: false, problems: [{ row: 1, message: expect.stringMatching(/datapoint/) }] });
    const r = parseTargetCsv('code,datapoint,target,rationale,source\nZZ: 1C,,5,,\nSC: EH: ED: 1C,,-1,,\nSC: EH: ED: 2C,,lots,,\n', mini);
    expect(r).toMatchObject({
      ok: false,
      problems: [
        { row: 2, column: 'code' },
        { row: 3, column: 'target' },
        { row: 4, column: 'target' },
      ],
    });
  });
});
