/**
 * A selection's own aggregates beside U4SSC's (issue #30): computed by the engine over the selection's
 * KPIs, local ones included; a selection keeping every U4SSC KPI (in any order) and adding none gives
 * U4SSC's aggregates exactly (property test over orders, methods and which values are typed).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { frameworkAggregates, isSelection, selectionAggregates } from '../../src/engine/framework-aggregates';
import { frameworkText, moveKpi, putKpi, removeKpi, u4sscFile, type LocalKpiFields } from '../../src/engine/framework-edit';
import { parseFrameworkFile, type FrameworkFile, type ReadFramework } from '../../src/engine/framework-file';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { localKpis, refOf } from '../../src/engine/local-kpis';

const v8 = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v8.json', import.meta.url), 'utf8'));
const AIR = 'EN: EN: AQ: 1C';
const ICT = 'EC: ICT: ICT: 1C';

const held = (file: FrameworkFile): ReadFramework => {
  const r = parseFrameworkFile(frameworkText(file));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const docOf = (raw: unknown): AssessmentDoc => {
  const r = readAssessment(raw, u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
/** The demo city's values as an assessment naming `h`. */
function demoDoc(h: ReadFramework, keep: (i: number) => boolean = () => true, method: 'u4ssc-points' | 'continuous' = 'u4ssc-points'): AssessmentDoc {
  const demo = demoInput(u4ssc);
  const base = docOf(v8);
  const values = Object.fromEntries(Object.entries(demo.values).filter((_, i) => keep(i)));
  return { ...base, profile: demo.profile, values, method: { ...base.method, name: method }, localFramework: refOf(h) };
}

const local: LocalKpiFields = {
  code: 'LOCAL: 1',
  name: 'Bike share of trips',
  category: 'EC: ICT: ICT',
  definition: 'Trips by bike over all trips.',
  unit: '%',
  direction: 'higher',
  inputs: [
    { name: 'bike', label: 'Bike trips' },
    { name: 'car', label: 'Car trips' },
  ],
  expression: 'bike / (bike + car) * 100',
  target: 40,
  basis: 'judgement',
  source: 'City plan',
  rationale: 'The plan.',
};

describe('a selection’s aggregates beside U4SSC’s', () => {
  it('a copy of U4SSC is no selection; one left out, one moved or one added is', () => {
    const copy = held(u4sscFile());
    const index = (f: FrameworkFile) => localKpis(demoDoc(held(f)), held(f), u4ssc);
    expect(isSelection(u4ssc, u4ssc)).toBe(false);
    const l = localKpis(demoDoc(copy), copy, u4ssc);
    expect(l.kind === 'scored' && isSelection(l.fw, u4ssc)).toBe(false);
    expect(selectionAggregates(score(u4ssc, referenceTargets, demoDoc(copy)), u4ssc, l)).toBeNull();
    for (const f of [removeKpi(u4sscFile(), AIR), moveKpi(u4sscFile(), ICT, 1), putKpi(u4sscFile(), local)]) {
      const s = index(f);
      expect(s.kind === 'scored' && isSelection(s.fw, u4ssc)).toBe(true);
    }
  });

  it('counts the selection’s KPIs, its own and those left out, and computes its aggregates over them, local KPIs included', () => {
    const file = putKpi(removeKpi(u4sscFile(), AIR), local);
    const h = held(file);
    const doc = { ...demoDoc(h), localValues: { 'LOCAL: 1|': { numerator: 300, denominator: 700, status: 'reported' } } } as AssessmentDoc;
    const mine = score(u4ssc, referenceTargets, doc);
    const l = localKpis(doc, h, u4ssc);
    const both = selectionAggregates(mine, u4ssc, l)!;
    expect(both).not.toBeNull();
    expect(both.u4ssc).toMatchObject({ id: 'u4ssc-kpi', kpis: 91, local: 0, left: 0 });
    expect(both.u4ssc.overall).toEqual(mine.overall);
    expect(both.u4ssc.dimensions).toEqual(mine.dimensions);
    expect(both.selection).toMatchObject({ id: h.data.id, kpis: 91, local: 1, left: 1, name: h.data.name });
    // The local KPI is scored (30 % of a target of 40) and counts in its dimension (EC) and overall.
    const item = l.kind === 'scored' ? l.items[0] : null;
    expect(item).toMatchObject({ value: 30, state: 'scored' });
    const ec = (a: typeof both.u4ssc) => a.dimensions.find((d) => d.code === 'EC')!;
    const en = (a: typeof both.u4ssc) => a.dimensions.find((d) => d.code === 'EN')!;
    expect(ec(both.selection).expected).toBe(ec(both.u4ssc).expected + 1);
    expect(ec(both.selection).points).toBe(ec(both.u4ssc).points + item!.points!);
    // The KPI left out (air quality, in EN) counts no longer.
    const airPoints = mine.items.filter((i) => i.code === AIR).length;
    expect(en(both.selection).expected).toBe(en(both.u4ssc).expected - airPoints);
    expect(both.selection.overall.expected).toBe(both.u4ssc.overall.expected + 1 - airPoints);
    expect(both.selection.overall.percent).not.toBe(both.u4ssc.overall.percent);
  });

  it('frameworkAggregates of U4SSC under itself is its scores’ overall and dimensions', () => {
    const s = score(u4ssc, referenceTargets, demoInput(u4ssc));
    expect(frameworkAggregates(u4ssc, u4ssc, s)).toMatchObject({ kpis: 91, local: 0, left: 0, overall: s.overall, dimensions: s.dimensions });
  });

  it('property: a selection keeping every U4SSC KPI, in any order, gives U4SSC’s aggregates exactly', () => {
    const base = u4sscFile();
    const n = base.kpis.length;
    const values = Object.keys(demoInput(u4ssc).values).length;
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...base.kpis.keys()], { minLength: n, maxLength: n }),
        fc.array(fc.boolean(), { minLength: values, maxLength: values }),
        fc.constantFrom('u4ssc-points' as const, 'continuous' as const),
        (order, keep, method) => {
          const h = held({ ...base, id: 'national', name: 'National selection', kpis: order.map((i) => base.kpis[i]) });
          const doc = demoDoc(h, (i) => keep[i], method);
          const l = localKpis(doc, h, u4ssc);
          if (l.kind !== 'scored') return false;
          const theirs = score(u4ssc, referenceTargets, doc);
          const mine = frameworkAggregates(l.fw, u4ssc, l.scores);
          expect(mine.kpis).toBe(91);
          expect(mine.overall).toEqual(theirs.overall);
          expect(mine.dimensions).toEqual(theirs.dimensions);
          return true;
        },
      ),
      { numRuns: 40 },
    );
  });
});
