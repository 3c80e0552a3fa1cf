import { describe, expect, it } from 'vitest';
import { workspace, workspaceDocs } from '../../bench/workspace';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { buildComparison, comparisonRows } from '../../src/engine/comparison';
import { unpackComparison } from '../../src/engine/comparison-pack';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { createBatchApi, type CompareMember } from '../../src/worker/batch-api';

describe('the batch scoring worker API', () => {
  it('scores each assessment as the engine does, in the order given', () => {
    const inputs = workspace(u4ssc, 12, 7);
    const out = createBatchApi(u4ssc, referenceTargets).scoreMany(inputs);
    expect(out).toHaveLength(12);
    out.forEach((s, i) => expect(s).toEqual(score(u4ssc, referenceTargets, inputs[i])));
    expect(new Set(out.map((s) => s.overall.percent)).size).toBeGreaterThan(1);
  });
});

describe('a comparison built in the batch worker (issue #27, item 5)', () => {
  // Pairs of one city in two years among the first ten, so that series and their trends cross too.
  const docs = workspaceDocs(u4ssc, 40, referenceTargets.data.id).map((d, i, all) =>
    i < 10 && i % 2 === 1 ? { ...d, city: all[i - 1].city, country: all[i - 1].country, year: all[i - 1].year + 1 } : d,
  );
  const revisions = docs.map((d, i) => ({ id: d.id, key: `${i}|1` }));
  const meta = (d: AssessmentDoc, i: number): CompareMember => ({ id: d.id, city: d.city, country: d.country, year: d.year, key: revisions[i].key });
  const expected = () =>
    buildComparison(
      u4ssc,
      docs.map((d) => ({ id: d.id, city: d.city, country: d.country, year: d.year, scores: score(u4ssc, referenceTargets, d) })),
    );

  it('is, unpacked, the comparison the page would build from the same scores', () => {
    const api = createBatchApi(u4ssc, referenceTargets);
    api.scoreMany(docs, revisions);
    const r = api.compare(docs.map(meta));
    expect('packed' in r).toBe(true);
    if (!('packed' in r)) return;
    const c = unpackComparison(r.packed, comparisonRows(u4ssc));
    expect(c).toEqual(expected());
    // Nulls, series of several years and their trends all made the way across.
    expect(c!.value.flat().some((x) => x === null)).toBe(true);
    expect(c!.series.some((s) => s.columns.length > 1)).toBe(true);
    expect(c!.trend.flat().some((t) => t !== null)).toBe(true);
  });

  it('names the assessments it has not scored at that revision, and scores one given with its input', () => {
    const api = createBatchApi(u4ssc, referenceTargets);
    api.scoreMany(docs.slice(0, 30), revisions.slice(0, 30));
    const members = docs.map(meta);
    members[3] = { ...members[3], key: 'edited since' };
    expect(api.compare(members)).toEqual({ missing: [3, ...Array.from({ length: 10 }, (_, i) => 30 + i)] });
    // The open assessment goes with its input; the rest once scored.
    api.scoreMany(docs.slice(30), revisions.slice(30));
    members[3] = { ...members[3], input: docs[3] };
    const r = api.compare(members);
    expect('packed' in r && unpackComparison(r.packed, comparisonRows(u4ssc))).toEqual(expected());
  });

  it('is not unpacked under rows of another catalogue', () => {
    const api = createBatchApi(u4ssc, referenceTargets);
    api.scoreMany(docs, revisions);
    const r = api.compare(docs.map(meta));
    const rows = comparisonRows(u4ssc);
    expect('packed' in r && unpackComparison(r.packed, rows.slice(1))).toBeNull();
    expect('packed' in r && unpackComparison(r.packed, [rows[1], rows[0], ...rows.slice(2)])).toBeNull();
  });
});
