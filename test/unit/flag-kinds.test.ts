import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import type { AssessmentInput, ValueEntry } from '../../src/engine/types';
import { emptyInput, mini, miniTargets } from './fixtures/mini';

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
