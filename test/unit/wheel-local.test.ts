import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import { parseFrameworkFile } from '../../src/engine/framework-file';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { localKpis } from '../../src/engine/local-kpis';
import { scoreIndex, wheelBands, wheelLayout, type LocalWheelGroup } from '../../src/ui/results/wheel-model';
import { wheelSegments } from '../../src/ui/results/wheel-segments';

const held = parseFrameworkFile(readFileSync(new URL('../fixtures/local-framework/demoville-local.framework.json', import.meta.url), 'utf8'));
const doc = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v9.json', import.meta.url), 'utf8'));

describe('the wheel with local KPIs (issue #30)', () => {
  it('draws them after the U4SSC data points as one group named with the framework, unscored on the inner rings, marked local in words', () => {
    if (!held.ok) throw new Error('fixture');
    const l = localKpis(doc, held.value, u4ssc);
    if (l.kind !== 'scored') throw new Error(l.kind);
    const local: LocalWheelGroup = {
      datapoints: l.local,
      items: l.items,
      code: 'Local',
      category: 'Demoville (local KPIs)',
      dimension: 'Local: Demoville',
      mark: 'local KPI',
    };
    const plain = wheelLayout(u4ssc);
    const layout = wheelLayout(u4ssc, local);
    expect(layout.datapoints).toHaveLength(plain.datapoints.length + 2);
    expect(layout.categories.at(-1)).toMatchObject({ group: { code: 'Local', name: 'Demoville (local KPIs)' }, size: 2 });
    expect(layout.dimensions.at(-1)).toMatchObject({ group: { code: 'Local', name: 'Local: Demoville' }, size: 2 });
    // The rings still line up: each ring spans as many outer segments.
    const sum = (xs: { size: number }[]) => xs.reduce((a, x) => a + x.size, 0);
    expect(sum(layout.categories)).toBe(layout.datapoints.length);
    expect(sum(layout.dimensions)).toBe(layout.datapoints.length);

    const index = scoreIndex(score(u4ssc, referenceTargets, doc), l.items);
    const bands = wheelBands(layout, index);
    expect(bands[0].slice(-2)).toEqual(l.items.map((i) => i.band));
    expect(bands[1].at(-1)).toBeNull();
    const segments = wheelSegments(layout, index, 'point', local);
    expect(segments[0].at(-2)?.name).toBe('Shared bicycles per 1 000 inhabitants (local KPI)');
    expect(segments[1].at(-1)?.name).toBe('Demoville (local KPIs)');
    // Without a local group nothing changes.
    expect(wheelLayout(u4ssc, null)).toEqual(plain);
  });
});
