import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { parseValuesCsv } from '../../src/engine/csv';
import { toScoresJson } from '../../src/engine/report';
import { createEngineClient, type EngineClient } from '../../src/worker/client';
import sampleCsv from '../fixtures/sample-values.csv?raw';
import golden from '../fixtures/sample-scores.json';
import { scoreInWorker } from '../../src/worker/batch-client';
import { useLanguage } from '../../src/ui/strings/language';
import { groupName } from '../../src/ui/strings/kpi-names';

let engine: EngineClient | undefined;
afterAll(async () => {
  await useLanguage('en');
});
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

  // Issue #31: the catalogue is English in the page as in the workers, whatever the display language;
  // its words are looked up by id where they are shown. The page's scores used to carry the display
  // language's group names and the worker's English ones (the page renamed them as they arrived).
  it.each(['fr', 'ar'] as const)('gives the same scores as the page in %s, with the group names looked up where shown', async (lang) => {
    const parsed = parseValuesCsv(sampleCsv, u4ssc);
    if (!parsed.ok) throw new Error('the sample does not read');
    await useLanguage(lang);
    try {
      const inPage = score(u4ssc, referenceTargets, parsed.input);
      engine = createEngineClient();
      const fromWorker = await engine.load(parsed.input);
      const [fromBatch] = await scoreInWorker([parsed.input]);
      expect(fromWorker).toEqual(inPage);
      expect(fromBatch).toEqual(inPage);
      expect(inPage.dimensions.map((d) => d.name)).toEqual(['Economy', 'Environment', 'Society and Culture']);
      const shown = inPage.dimensions.map(groupName);
      expect(shown[0]).toBe(lang === 'fr' ? 'Économie' : 'الاقتصاد');
      expect(shown.every((name, i) => name !== inPage.dimensions[i].name)).toBe(true);
    } finally {
      await useLanguage('en');
    }
  });
});
