import { afterEach, describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { parseValuesCsv } from '../../src/engine/csv';
import { toScoresJson } from '../../src/engine/report';
import { createEngineClient, type EngineClient } from '../../src/worker/client';
import sampleCsv from '../fixtures/sample-values.csv?raw';
import golden from '../fixtures/sample-scores.json';

let engine: EngineClient | undefined;
afterEach(() => {
  engine?.dispose();
  engine = undefined;
});

describe('the engine in a real module worker', () => {
  it('gives the same scores as the command line for the same values file', async () => {
    const parsed = parseValuesCsv(sampleCsv, u4ssc);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    engine = createEngineClient();
    const scores = await engine.load(parsed.input);
    // sample-scores.json is what `npm run score -- test/fixtures/sample-values.csv` prints (test/unit/cli.test.ts checks that side).
    expect(toScoresJson(scores!)).toEqual(golden);
    expect(scores).toEqual(score(u4ssc, referenceTargets, parsed.input));
  });

  it('recomputes an edit in the worker and delivers only the latest of a burst', async () => {
    engine = createEngineClient();
    await engine.load({ profile: { households: 1000 }, values: {}, targets: {}, method: { name: 'u4ssc-points' } });
    const id = 'EC: ICT: ICT: 1C|';
    const burst = await Promise.all([100, 400, 900].map((n) => engine!.apply([{ kind: 'value', id, entry: { numerator: n } }])));
    expect(burst.slice(0, 2)).toEqual([null, null]);
    const item = burst[2]!.items.find((i) => i.id === id)!;
    expect(item.value).toBe(90);
    const ict = burst[2]!.categories.find((c) => c.code === 'EC: ICT: ICT')!;
    expect(ict.benchmarked).toBe(1);
  });
});
