import { describe, expect, it } from 'vitest';
import { mergeInputs } from '../../src/engine/compare';
import { CLOCK_SKEW_MS, mergeCycle } from '../../src/engine/cycle-merge';
import {
  effectiveReview,
  reviewRows,
  standingOf,
  transition,
  valueBasis,
  verificationStatement,
  type CycleDoc,
  type ReviewStamp,
  type ValueStanding,
} from '../../src/engine/review';
import type { AssessmentInput, ValueEntry } from '../../src/engine/types';
import { emptyInput, mini } from './fixtures/mini';

const DP = 'SC: EH: ED: 1C|';
const DP2 = 'SC: EH: ED: 2C|';
const ref = mini.byId.get(DP)!;
const withValue = (entry: ValueEntry | undefined): AssessmentInput => ({ ...emptyInput(), values: entry ? { [DP]: entry } : {} });
const submitted: ReviewStamp = { state: 'submitted', by: 'Carla', at: 1, submittedBy: 'Carla' };

describe('what a data point holds (standingOf)', () => {
  it.each<[string, ValueEntry | undefined, ValueStanding]>([
    ['nothing', undefined, 'empty'],
    ['a number', { value: 50 }, 'valid'],
    ['text kept where a number belongs', { value: '12,5 approx' }, 'rejected'],
    ['a ratio with both inputs', { numerator: 3, denominator: 4 }, 'valid'],
    ['a ratio missing its denominator', { numerator: 3 }, 'empty'],
    ['a ratio dividing by zero', { numerator: 3, denominator: 0 }, 'rejected'],
    ['a negative input', { numerator: -3, denominator: 4 }, 'rejected'],
    ['text in an input', { numerator: 'n/a', denominator: 4 }, 'rejected'],
    ['a not-reported status', { status: 'not-reported' }, 'not-reported'],
    ['a not-applicable status', { status: 'not-applicable' }, 'not-applicable'],
  ])('%s', (_, entry, standing) => {
    expect(standingOf(withValue(entry), ref)).toBe(standing);
  });

  it('the evaluator’s rejection (a range or a part above its whole) counts where the caller has the scores', () => {
    expect(standingOf(withValue({ numerator: 5, denominator: 4 }), ref, 'invalid')).toBe('rejected');
  });
});

describe('the verification rules of the state machine', () => {
  const verify = (standing: ValueStanding | undefined, who = 'Vera', extra: { selfVerified?: boolean; basis?: string } = {}) =>
    transition('submitted', 'verified', who, 5, { basis: 'b', ...extra, ...(standing && { standing }), previous: submitted });

  it('no Verified without a valid value: empty and rejected data points are refused, an unknown one counts as empty', () => {
    expect(verify('empty')).toEqual({ ok: false, problem: { kind: 'no-valid-value', standing: 'empty' } });
    expect(verify('rejected')).toEqual({ ok: false, problem: { kind: 'no-valid-value', standing: 'rejected' } });
    expect(verify(undefined)).toEqual({ ok: false, problem: { kind: 'no-valid-value', standing: 'empty' } });
    expect(verify('valid')).toMatchObject({ ok: true, stamp: { state: 'verified', by: 'Vera', basis: 'b', submittedBy: 'Carla' } });
  });

  it('a verification must name the value it vouches for', () => {
    expect(transition('submitted', 'verified', 'Vera', 5, { standing: 'valid', previous: submitted })).toMatchObject({
      ok: false,
      problem: { kind: 'no-valid-value' },
    });
  });

  it('a not-reported or not-applicable status can be verified, recorded as confirmed (counted apart)', () => {
    expect(verify('not-reported')).toMatchObject({ ok: true, stamp: { confirmed: 'not-reported' } });
    expect(verify('not-applicable')).toMatchObject({ ok: true, stamp: { confirmed: 'not-applicable' } });
    const r = verify('valid');
    expect(r.ok && r.stamp.confirmed).toBe(undefined);
  });

  it('nothing empty or rejected is submitted', () => {
    expect(transition('draft', 'submitted', 'Carla', 1, { standing: 'empty' })).toMatchObject({ ok: false, problem: { kind: 'no-valid-value' } });
    expect(transition('draft', 'submitted', 'Carla', 1, { standing: 'rejected' })).toMatchObject({ ok: false, problem: { kind: 'no-valid-value' } });
    expect(transition('draft', 'submitted', 'Carla', 1, { standing: 'valid' })).toEqual({
      ok: true,
      stamp: { state: 'submitted', by: 'Carla', at: 1, submittedBy: 'Carla' },
    });
  });

  it('not verifiable needs a reason', () => {
    expect(transition('submitted', 'not-verifiable', 'Vera', 1, { reason: '  ' })).toEqual({ ok: false, problem: { kind: 'reason-required' } });
  });

  it('the name that submitted cannot verify it without an explicit, recorded self-verification; the submitter is carried through the cycle', () => {
    expect(verify('valid', 'Carla')).toEqual({ ok: false, problem: { kind: 'self-verify', by: 'Carla' } });
    expect(verify('valid', 'Carla', { selfVerified: true })).toMatchObject({ ok: true, stamp: { state: 'verified', by: 'Carla', self: true } });
    // Queried by the verifier, answered by the city: the submitter is still Carla.
    const queried = transition('submitted', 'queried', 'Vera', 2, { previous: submitted, standing: 'valid', text: 'Source?' });
    expect(queried).toMatchObject({ ok: true, stamp: { submittedBy: 'Carla' } });
    const answered = transition('queried', 'answered', 'Vera', 3, { previous: queried.ok ? queried.stamp : undefined, text: 'The census.' });
    const again = transition('answered', 'verified', 'Carla', 4, { previous: answered.ok ? answered.stamp : undefined, basis: 'b', standing: 'valid' });
    expect(again).toEqual({ ok: false, problem: { kind: 'self-verify', by: 'Carla' } });
    // A stamp written before format 6 ("submitted" without submittedBy) names its own signer.
    expect(transition('submitted', 'verified', 'Old', 4, { previous: { state: 'submitted', by: 'Old', at: 1 }, basis: 'b', standing: 'valid' })).toMatchObject({
      ok: false,
      problem: { kind: 'self-verify' },
    });
  });
});

describe('a verification read as it stands', () => {
  it('a verified stamp without the value it verified, or on an empty or rejected data point, reads as submitted', () => {
    const basis = valueBasis({ value: 50 });
    expect(effectiveReview({ state: 'verified', by: 'V', at: 1 }, basis)).toMatchObject({ state: 'submitted', stale: true });
    expect(effectiveReview({ state: 'verified', by: 'V', at: 1, basis }, basis, null, 'rejected')).toMatchObject({ state: 'submitted', unfounded: 'rejected' });
    expect(effectiveReview({ state: 'verified', by: 'V', at: 1, basis }, basis, null, 'valid')).toMatchObject({ state: 'verified' });
  });

  it('the verified report’s counts exclude an empty or rejected data point a file marks verified, and count confirmed statuses and self-verifications apart', () => {
    const empty = valueBasis(undefined);
    const text = valueBasis({ value: 'about 12' });
    const doc: CycleDoc = {
      ...emptyInput(),
      values: {
        [DP]: { value: 'about 12' },
        'SC: EH: ED: 3C|': { value: 40 },
        'SC: EH: ED: 4C|': { status: 'not-reported' },
        'SC: EH: H: 3C|': { value: 2 },
      },
      review: {
        [DP]: { state: 'verified', by: 'Vera', at: 20, basis: text },
        [DP2]: { state: 'verified', by: 'Vera', at: 21, basis: empty },
        'SC: EH: ED: 3C|': { state: 'verified', by: 'Vera', at: 22, basis: valueBasis({ value: 40 }) },
        'SC: EH: ED: 4C|': { state: 'verified', by: 'Vera', at: 23, basis: valueBasis({ status: 'not-reported' }), confirmed: 'not-reported' },
        'SC: EH: H: 3C|': { state: 'verified', by: 'Carla', at: 24, basis: valueBasis({ value: 2 }), self: true },
      },
    };
    const rows = reviewRows(doc, mini.datapoints);
    expect(rows.find((r) => r.id === DP)).toMatchObject({ state: 'submitted', unfounded: 'rejected' });
    expect(rows.find((r) => r.id === DP2)).toMatchObject({ state: 'submitted', unfounded: 'empty' });
    expect(verificationStatement(rows)).toMatchObject({ verified: 3, confirmed: 1, self: 1 });
  });

  it('the merge applies the same rules: a verification of an empty data point or one without its value is dropped and listed', () => {
    const forged: CycleDoc = { ...emptyInput(), review: { [DP]: { state: 'verified', by: 'V', at: 10, basis: valueBasis(undefined) } } };
    const city: CycleDoc = { ...emptyInput(), review: { [DP]: { state: 'submitted', by: 'C', at: 4 } } };
    const r = mergeCycle(mini.datapoints, city, forged, mergeInputs(mini, city, forged, new Set()));
    expect(r.fields.review![DP]).toMatchObject({ state: 'submitted' });
    expect(r.conflicts).toEqual([{ kind: 'review-dropped', id: DP, dropped: forged.review![DP], kept: city.review![DP] }]);

    const noBasis: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 5 } }, review: { [DP]: { state: 'verified', by: 'V', at: 10 } } };
    const city2: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 5 } }, review: { [DP]: { state: 'submitted', by: 'C', at: 4 } } };
    const r2 = mergeCycle(mini.datapoints, city2, noBasis, mergeInputs(mini, city2, noBasis, new Set()));
    expect(r2.fields.review![DP]).toMatchObject({ state: 'submitted' });
  });
});

describe('forgeries the merge does not take on trust', () => {
  const NOW = Date.UTC(2026, 11, 7, 12);

  it('a review step dated beyond the clock skew is refused and listed; a real verification stands', () => {
    const basis = valueBasis({ value: 5 });
    const real: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 5 } }, review: { [DP]: { state: 'verified', by: 'Vera', at: NOW - 1000, basis } } };
    const future: ReviewStamp = { state: 'queried', by: 'Forger', at: NOW + CLOCK_SKEW_MS + 1 };
    const forger: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 5 } }, review: { [DP]: future } };
    const r = mergeCycle(mini.datapoints, real, forger, mergeInputs(mini, real, forger, new Set()), NOW);
    expect(r.fields.review![DP]).toEqual(real.review![DP]);
    expect(r.conflicts).toContainEqual({ kind: 'future-stamp', id: DP, stamp: future });
    // Within the skew, a later step is an ordinary later step.
    const close: CycleDoc = { ...forger, review: { [DP]: { ...future, at: NOW + CLOCK_SKEW_MS } } };
    expect(mergeCycle(mini.datapoints, real, close, mergeInputs(mini, real, close, new Set()), NOW).fields.review![DP].by).toBe('Forger');
  });

  it('an evidence reference one side removed is kept and listed, never brought back unsaid', () => {
    const ref1 = { id: 'e1', title: 'Register', location: 'register.pdf' };
    const ref2 = { id: 'e2', title: 'Survey', location: 'survey.pdf' };
    const a: CycleDoc = { ...emptyInput(), evidence: { [DP]: [ref1, ref2] } };
    const b: CycleDoc = { ...emptyInput(), evidence: { [DP]: [ref1] } };
    const r = mergeCycle(mini.datapoints, a, b, mergeInputs(mini, a, b, new Set()), NOW);
    expect(r.fields.evidence![DP].map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(r.conflicts).toEqual([{ kind: 'one-side', id: DP, title: 'Survey', side: 'a' }]);
  });
});
