import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evaluator, type Patch } from '../../src/engine/evaluator';
import { emptyInput, mini, miniTargets } from './fixtures/mini';
import { fuzzRuns } from './support/fuzz-runs';

const ids = mini.datapoints.map((d) => d.id);
const numInput = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -10, max: 300 }),
  fc.double({ min: -1, max: 1e6, noNaN: true }),
  fc.constantFrom('abc', 'yes', 'no', '', '1,5'),
);
const patch: fc.Arbitrary<Patch> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    id: fc.constantFrom(...ids),
    entry: fc.record(
      {
        numerator: numInput,
        denominator: numInput,
        value: numInput,
        status: fc.constantFrom('reported' as const, 'not-reported' as const, 'not-applicable' as const),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ kind: fc.constant('profile' as const), field: fc.constant('population'), value: numInput }),
  fc.record({
    kind: fc.constant('target' as const),
    id: fc.constantFrom(...ids),
    override: fc.oneof(fc.constant(null), fc.record({ target: fc.oneof(fc.constant('none' as const), fc.double({ min: 0, max: 500, noNaN: true })) })),
  }),
  fc.record({ kind: fc.constant('method' as const), method: fc.record({ name: fc.constantFrom('u4ssc-points' as const, 'continuous' as const) }) }),
  // The city's own targets (a number, a deadline only, or removed) and the target set that scores (#14).
  fc.record({
    kind: fc.constant('own-target' as const),
    id: fc.constantFrom(...ids),
    own: fc.oneof(
      fc.constant(null),
      fc.record({ target: fc.double({ min: 0, max: 500, noNaN: true }), deadline: fc.integer({ min: 2020, max: 2040 }) }, { requiredKeys: ['target'] }),
      fc.record({ deadline: fc.integer({ min: 2020, max: 2040 }) }),
    ),
  }),
  fc.record({ kind: fc.constant('scoring-targets' as const), choice: fc.constantFrom('reference' as const, 'own' as const) }),
);

describe('incremental recomputation equals a fresh computation', () => {
  it('for any sequence of edits, in any batching', () => {
    fc.assert(
      fc.property(fc.array(fc.array(patch, { minLength: 1, maxLength: 5 }), { maxLength: 20 }), (batches) => {
        const live = new Evaluator(mini, miniTargets, emptyInput());
        for (const batch of batches) live.apply(batch);
        const fresh = new Evaluator(mini, miniTargets, live.snapshotInput());
        expect(live.scores()).toEqual(fresh.scores());
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
