import { describe, expect, it } from 'vitest';
import { checkKpiFormula, checkRuleSide, kpiFields, putKpi, putRule, removeKpi, type LocalKpiFields } from '../../src/engine/framework-edit';
import { frameworkFile, readFrameworkFile } from '../../src/engine/framework-file';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';

const base = () => frameworkFile(u4ssc.data, referenceTargets.data);

const bikes: LocalKpiFields = {
  code: 'LOCAL: MOB: 1',
  name: 'Shared bicycles per 1 000 inhabitants',
  category: 'EN: EN: AQ',
  definition: 'Bicycles of the public sharing scheme for every 1 000 inhabitants.',
  unit: 'per 1 000 inhabitants',
  direction: 'higher',
  inputs: [
    { name: 'bikes', label: 'Shared bicycles in service' },
    { name: 'stations', label: 'Docking stations' },
  ],
  expression: 'bikes / profile.population * 1000',
  target: 10,
  basis: 'judgement',
  source: 'City mobility plan 2024',
  rationale: 'The plan aims at ten bicycles per 1 000 inhabitants.',
};

describe('the framework editor steps', () => {
  it('a local KPI added to the U4SSC file reads back with its formula and target', () => {
    const file = putKpi(base(), bikes);
    const read = readFrameworkFile(JSON.parse(JSON.stringify(file)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const kpi = read.value.data.kpis.find((k) => k.code === bikes.code)!;
    expect(kpi.datapoints[0].formula).toEqual({ kind: 'formula', expression: bikes.expression, inputs: bikes.inputs });
    expect(read.value.targets!.targets.find((t) => t.code === bikes.code)).toMatchObject({ target: 10, basis: 'judgement', source: bikes.source });
    expect(read.value.data.kpis).toHaveLength(u4ssc.data.kpis.length + 1);
    // Back into the form as it was typed.
    expect(kpiFields(file, bikes.code)).toEqual(bikes);
  });

  it('"no target" is a target of null with its reason and no basis', () => {
    const file = putKpi(base(), { ...bikes, target: null, rationale: 'No benchmark is agreed yet.' });
    const t = file.targets!.targets.find((x) => x.code === bikes.code)!;
    expect(t.target).toBeNull();
    expect(t.basis).toBeUndefined();
    expect(readFrameworkFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });

  it('editing puts the KPI in place; removing takes its target too', () => {
    const once = putKpi(base(), bikes);
    const twice = putKpi(once, { ...bikes, unit: 'per 1 000 people', target: 12 });
    expect(twice.kpis.filter((k) => k.code === bikes.code)).toHaveLength(1);
    expect(twice.targets!.targets.filter((t) => t.code === bikes.code)).toEqual([expect.objectContaining({ target: 12 })]);
    const gone = removeKpi(twice, bikes.code);
    expect(gone.kpis).toHaveLength(u4ssc.data.kpis.length);
    expect(gone.targets!.targets.some((t) => t.code === bikes.code)).toBe(false);
  });

  it('a formula error has its position; unknown names are named', () => {
    const r = checkKpiFormula(base(), 'bikes / (profile.population * 1000', ['bikes']);
    expect(r).toMatchObject({ ok: false, problems: [{ kind: 'unclosed', at: 8 }] });
    const u = checkKpiFormula(base(), 'bikes / docks', ['bikes']);
    expect(u).toMatchObject({ ok: false, problems: [{ kind: 'unknown-name', name: 'docks', at: 8 }] });
    expect(checkKpiFormula(base(), '[EC: ICT: ICT: 1C] / 2', []).ok).toBe(true);
    expect(checkRuleSide(base(), '[NO: SUCH: KPI]')).toMatchObject({ ok: false, problems: [{ kind: 'unknown-datapoint' }] });
  });

  it('a rule put in the file is read with it; a rule on an unknown data point is refused at its path', () => {
    const rule = {
      id: 'r1',
      name: 'At most 90 %',
      left: '[EC: ICT: ICT: 1C]',
      operator: '<=' as const,
      right: '90',
      importance: 'medium' as const,
      missing: 'skip-if-any-missing' as const,
      source: 'Local',
    };
    const ok = readFrameworkFile(JSON.parse(JSON.stringify(putRule(base(), rule))));
    expect(ok.ok && ok.value.rules).toEqual([rule]);
    const bad = readFrameworkFile(JSON.parse(JSON.stringify(putRule(base(), { ...rule, left: '[NO: SUCH]' }))));
    expect(bad).toMatchObject({ ok: false, problems: [{ kind: 'formula', path: 'rules[0].left' }] });
  });
});
