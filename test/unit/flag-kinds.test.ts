import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import type { AssessmentInput, ValueEntry } from '../../src/engine/types';
import { emptyInput, mini, miniTargets } from './fixtures/mini';
import { flagText } from '../../src/ui/strings/flags';

const ED1 = 'SC: EH: ED: 1C|';
const withValues = (values: Record<string, ValueEntry>): AssessmentInput => ({ ...emptyInput(), values });
const item = (values: Record<string, ValueEntry>, id = ED1) => score(mini, miniTargets, withValues(values)).items.find((i) => i.id === id)!;

describe('reminders are told apart from problems', () => {
  it('an input still to be entered is a reminder (missing), not a problem', () => {
    const it = item({ [ED1]: { denominator: 100 } });
    expect(it.flags).toEqual([expect.objectContaining({ level: 'warning', field: 'numerator', missing: true })]);
  });
  it('"reported" with no value is a reminder', () => {
    expect(item({ [ED1]: { status: 'reported' } }).flags).toEqual([expect.objectContaining({ missing: true })]);
  });
  it('a refused value is an error, never a reminder', () => {
    const flags = item({ [ED1]: { numerator: 'abc', denominator: 100 } }).flags;
    expect(flags).toEqual([expect.objectContaining({ level: 'error', field: 'numerator' })]);
    expect(flags[0].missing).toBeUndefined();
  });
  it('rows marked not reported or not applicable ask for no input', () => {
    expect(item({ [ED1]: { denominator: 100, status: 'not-reported' } }).flags).toEqual([]);
    expect(item({ [ED1]: { denominator: 100, status: 'not-applicable' } }).flags).toEqual([]);
    // A refused value stays visible whatever the status.
    expect(item({ [ED1]: { numerator: 'abc', denominator: 100, status: 'not-applicable' } }).flags).toEqual([expect.objectContaining({ level: 'error' })]);
  });
});

describe('flags are data: a kind and its numbers, worded only in src/ui/strings/flags.ts', () => {
  const cases: Record<string, ValueEntry> = {
    'not-a-number': { numerator: 'abc', denominator: 100 },
    'not-finite': { value: Number.POSITIVE_INFINITY },
    'enter-input': { denominator: 100 },
    negative: { numerator: -1, denominator: 100 },
    'division-by-zero': { numerator: 1, denominator: 0 },
    'part-above-whole': { numerator: 140, denominator: 100 },
    'below-min': { value: -1 },
    'above-max': { value: 140 },
    'reported-without-value': { status: 'reported' },
  };
  it.each(Object.entries(cases))('%s carries no prose and is worded', (kind, entry) => {
    const flags = item({ [ED1]: entry }).flags;
    expect(flags.map((f) => f.kind)).toContain(kind);
    for (const f of flags) {
      expect(f).not.toHaveProperty('message');
      const text = flagText(f, (n) => n.toFixed(1));
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|\[object/);
    }
  });
  it('a failed check carries the catalogue wording and its page, worded with both', () => {
    const flags = score(mini, miniTargets, withValues({ 'EN: EN: AQ: 1C|Basic': { value: 80 } })).items.find((i) => i.id === 'EN: EN: AQ: 1C|Basic')!.flags;
    expect(flags).toEqual([expect.objectContaining({ kind: 'check', check: 'below', source: 'VM22-p77', actual: 80, bound: 90 })]);
    expect(flagText(flags[0])).toBe('expected 90 % or more (Verification Manual (2022), p. 77; here 80, below 90.)');
  });
});
