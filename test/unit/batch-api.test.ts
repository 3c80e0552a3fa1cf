import { describe, expect, it } from 'vitest';
import { workspace } from '../../bench/workspace';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { createBatchApi } from '../../src/worker/batch-api';

describe('the batch scoring worker API', () => {
  it('scores each assessment as the engine does, in the order given', () => {
    const inputs = workspace(u4ssc, 12, 7);
    const out = createBatchApi(u4ssc, referenceTargets).scoreMany(inputs);
    expect(out).toHaveLength(12);
    out.forEach((s, i) => expect(s).toEqual(score(u4ssc, referenceTargets, inputs[i])));
    expect(new Set(out.map((s) => s.overall.percent)).size).toBeGreaterThan(1);
  });
});
