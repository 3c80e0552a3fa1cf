import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_VERSION } from '../../src/engine/assessment';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';

/**
 * One file per released assessment format version, never edited after its release: every version
 * this app ever wrote must still open (migrated) in the current one. Add `assessment-vN.json` with
 * every new format version.
 */
const dir = new URL('../fixtures/frozen/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^assessment-v\d+\.json$/.test(f));

describe('frozen assessment files of every released format version', () => {
  it('covers every version up to the current one', () => {
    const versions = files.map((f) => Number(/v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: ASSESSMENT_VERSION }, (_, i) => i + 1));
  });

  it.each(files)('%s opens in this version and scores', (file) => {
    const r = parseAssessmentJson(readFileSync(new URL(file, dir), 'utf8'), u4ssc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(ASSESSMENT_VERSION);
    expect(score(u4ssc, referenceTargets, r.value).overall.benchmarked).toBeGreaterThan(0);
  });
});
