import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { compileRules, rulesFromChecks, runRules, type CompiledRule, type ValidationRule } from '../../src/engine/rules';
import type { AssessmentInput, Scores, ValueEntry } from '../../src/engine/types';
import { catalogueTexts } from '../../src/ui/strings/catalogue';

const compiled = (rules: ValidationRule[]): CompiledRule[] => {
  const r = compileRules(u4ssc, rules);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.rules;
};
const input = (values: Record<string, ValueEntry>, profile: Record<string, number> = {}): AssessmentInput => ({
  profile,
  values,
  targets: {},
  method: { name: 'u4ssc-points' },
});
const run = (rules: ValidationRule[], a: AssessmentInput) => runRules(compiled(rules), score(u4ssc, referenceTargets, a), a.profile, u4ssc);

const BUS = 'EN: EN: AQ: 1C|PM2.5';
const rule = (over: Partial<ValidationRule> = {}): ValidationRule => ({
  id: 'pm',
  name: 'PM2.5 below 100',
  left: `[${BUS}]`,
  operator: '<',
  right: '100',
  importance: 'high',
  missing: 'skip-if-any-missing',
  source: 'judgement',
  ...over,
});

describe('a validation rule', () => {
  it('warns on its data point with both sides and its importance, and changes no score', () => {
    const a = input({ [BUS]: { value: 140 } });
    const findings = run([rule()], a);
    expect(findings).toEqual([
      { rule: 'pm', name: 'PM2.5 below 100', importance: 'high', operator: '<', left: 140, right: 100, source: 'judgement', datapoints: [BUS] },
    ]);
    expect(catalogueTexts.ruleFailed({ name: findings[0].name, left: '140', operator: findings[0].operator, right: '100' })).toBe(
      'PM2.5 below 100: 140 < 100 does not hold.',
    );
    expect(run([rule()], input({ [BUS]: { value: 40 } }))).toEqual([]);
  });

  it('says nothing about a data point left empty, marked not reported or refused', () => {
    expect(run([rule()], input({}))).toEqual([]);
    expect(run([rule()], input({ [BUS]: { value: 140, status: 'not-reported' } }))).toEqual([]);
    expect(run([rule()], input({ [BUS]: { value: 'lots' } }))).toEqual([]);
  });

  const PM10 = 'EN: EN: AQ: 1C|PM10';
  const pair = (missing: ValidationRule['missing']) => rule({ id: 'pair', left: `[${BUS}]`, operator: '<=', right: `[${PM10}]`, missing });
  it.each<[ValidationRule['missing'], boolean, boolean]>([
    // strategy, warns when PM10 is missing (read as 0 unless skipped), warns when both are there and PM2.5 > PM10
    ['skip-if-any-missing', false, true],
    ['skip-if-all-missing', true, true],
    ['never-skip', true, true],
  ])('missing values under %s (DHIS2’s strategies)', (missing, whenOneMissing, whenBoth) => {
    expect(run([pair(missing)], input({ [BUS]: { value: 30 } })).length > 0).toBe(whenOneMissing);
    expect(run([pair(missing)], input({ [BUS]: { value: 30 }, [PM10]: { value: 20 } })).length > 0).toBe(whenBoth);
    expect(run([pair(missing)], input({ [BUS]: { value: 10 }, [PM10]: { value: 20 } }))).toEqual([]);
  });

  it('reads city profile fields, and warns only on the data points it is shown on', () => {
    const households = 'EC: ICT: ICT: 1C|';
    const r = rule({ id: 'hh', left: 'profile.households', operator: '<=', right: 'profile.population', on: [households] });
    expect(run([r], input({ [households]: { numerator: 10 } }, { households: 900, population: 500 }))).toMatchObject([
      { left: 900, right: 500, datapoints: [households] },
    ]);
    expect(run([r], input({}, { households: 900, population: 500 }))).toEqual([]);
  });

  it('a data point marked not applicable is missing, or zero where the rule says so', () => {
    const sum = rule({ id: 'sum', left: `sum([${BUS}], [${PM10}])`, operator: '>=', right: '50', missing: 'skip-if-any-missing' });
    const a = input({ [BUS]: { value: 30 }, [PM10]: { status: 'not-applicable' } });
    expect(run([sum], a)).toEqual([]);
    expect(run([{ ...sum, notApplicable: 'zero' }], a)).toMatchObject([{ left: 30, right: 50 }]);
  });

  it('a side that divides by zero says nothing', () => {
    expect(run([rule({ left: `[${BUS}] / 0` })], input({ [BUS]: { value: 140 } }))).toEqual([]);
  });

  it('its sides are compiled like any formula: problems name the rule and the side, with the character', () => {
    const r = compileRules(u4ssc, [rule(), rule({ id: 'bad', left: '[XX: 1] +', right: 'households' }), rule({ id: 'on', on: ['nope|'] })]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { rule: 1, side: 'left', problem: { kind: 'unexpected-end', at: 9 } },
      { rule: 1, side: 'right', problem: { kind: 'unknown-name', at: 0, name: 'households', inputs: [] } },
      { rule: 2, side: 'on', problem: { kind: 'unknown-datapoint', at: 0, code: 'nope|' } },
    ]);
  });
});

/** The engine's check warnings of some scores as `<data point id>#<index of the check>`. */
function checkWarnings(scores: Scores): string[] {
  const out: string[] = [];
  for (const item of scores.items) {
    const checks = u4ssc.byId.get(item.id)!.def.checks ?? [];
    for (const f of item.flags) {
      if (f.kind !== 'check') continue;
      out.push(`${item.id}#${checks.findIndex((c) => c.kind === f.check && c.message === f.message)}`);
    }
  }
  return out.sort();
}
/** Rule findings as `<data point id>#<index of the check>`, the pair of "about 100 %" as one. */
const ruleWarnings = (findings: ReturnType<typeof runRules>): string[] =>
  [...new Set(findings.flatMap((f) => f.datapoints.map((d) => `${d}#${f.rule.slice(f.rule.lastIndexOf('#') + 1).replace(/-(above|below)$/, '')}`)))].sort();

describe('the Verification Manual’s checks as rules', () => {
  const rules = compiled(rulesFromChecks(u4ssc));
  const both = (a: AssessmentInput) => {
    const s = score(u4ssc, referenceTargets, a);
    return { engine: checkWarnings(s), rules: ruleWarnings(runRules(rules, s, a.profile, u4ssc)) };
  };

  it('every check of the catalogue becomes a rule (two for about 100 % ± 2 %)', () => {
    const checks = u4ssc.datapoints.flatMap((d) => d.def.checks ?? []);
    expect(checks.length).toBeGreaterThan(10);
    expect(rulesFromChecks(u4ssc)).toHaveLength(checks.length + checks.filter((c) => c.kind === 'sumAbout').length);
  });

  const fixtures = new URL('../fixtures/', import.meta.url);
  const docs: [string, AssessmentInput][] = [
    ['demo', demoInput(u4ssc)],
    ...DEMO_CITIES.map((c) => [`demo ${c.city}`, demoCityInput(u4ssc, c)] as [string, AssessmentInput]),
    ...[
      'sample-assessment.json',
      ...readdirSync(new URL('frozen/', fixtures))
        .filter((f) => /^assessment-v\d+\.json$/.test(f))
        .map((f) => `frozen/${f}`),
    ].flatMap((f) => {
      const r = parseAssessmentJson(readFileSync(new URL(f, fixtures), 'utf8'), u4ssc);
      return r.ok ? [[f, r.value] as [string, AssessmentInput]] : [];
    }),
  ];

  it.each(docs)('%s: the rules warn where the engine’s checks warn', (_name, a) => {
    const { engine, rules: byRules } = both(a);
    expect(byRules).toEqual(engine);
  });

  it('a value past its bound by floating-point noise only: neither the check nor its rule warns (the property found 5e-324)', () => {
    const primary = 'EN: EN: WS: 4C|Primary';
    const secondary = 'EN: EN: WS: 4C|Secondary';
    for (const tiny of [5e-324, 1e-310, 1e-12]) {
      const { engine, rules: byRules } = both(input({ [primary]: { value: 0 }, [secondary]: { value: tiny } }));
      expect(engine).toEqual([]);
      expect(byRules).toEqual(engine);
    }
    // Past the tolerance, both warn on the secondary level.
    const { engine, rules: byRules } = both(input({ [primary]: { value: 0 }, [secondary]: { value: 1e-6 } }));
    expect(engine).toHaveLength(1);
    expect(byRules).toEqual(engine);
  });

  it('a check reads another data point only as it is scored: a value kept on a row marked not reported or not applicable, or refused, is not read', () => {
    const primary = 'EN: EN: WS: 4C|Primary';
    const secondary = 'EN: EN: WS: 4C|Secondary';
    // Scored, the primary level bounds the secondary: 50 % above 10 % warns, in both.
    const scored = both(input({ [primary]: { value: 10 }, [secondary]: { value: 50 } }));
    expect(scored.engine).toHaveLength(1);
    expect(scored.rules).toEqual(scored.engine);
    // The same 10 kept on a row that is not scored bounds nothing.
    for (const kept of [{ value: 10, status: 'not-reported' as const }, { value: 10, status: 'not-applicable' as const }, { value: 150 }]) {
      const s = score(u4ssc, referenceTargets, input({ [primary]: kept, [secondary]: { value: 50 } }));
      expect(s.items.find((i) => i.id === primary)?.state).not.toBe('scored');
      const { engine, rules: byRules } = both(input({ [primary]: kept, [secondary]: { value: 50 } }));
      expect(engine).toEqual([]);
      expect(byRules).toEqual(engine);
    }
    // Modal shares: walking 80 % and cycling 30 % kept but not reported is not 110 %; the sum is
    // incomplete (cycling is not reported), so nothing warns. Reported, 110 % warns on each share.
    const walking = 'EC: I: T: 4A|Walking';
    const cycling = 'EC: I: T: 4A|Cycling';
    const kept = both(input({ [walking]: { value: 80 }, [cycling]: { value: 30, status: 'not-reported' } }));
    expect(kept.engine).toEqual([]);
    expect(kept.rules).toEqual(kept.engine);
    const over = both(input({ [walking]: { value: 80 }, [cycling]: { value: 30 } }));
    expect(over.engine.length).toBeGreaterThan(0);
    expect(over.rules).toEqual(over.engine);
  });

  it('random values of the data points with checks: the same warnings (property)', () => {
    const checked = u4ssc.datapoints.filter((d) => d.def.checks?.length || d.kpi.datapoints.length > 1);
    const entry = fc.oneof(
      fc.record({ value: fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.integer({ min: 0, max: 100 })) }),
      fc.constant({ status: 'not-applicable' as const }),
      fc.constant({}),
      // A value kept on a row that is not scored: no check may read it.
      fc.record({ value: fc.integer({ min: 0, max: 100 }), status: fc.constantFrom('not-reported' as const, 'not-applicable' as const) }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...checked.map((d) => d.id)), entry, { maxKeys: 30 }), (values) => {
        const { engine, rules: byRules } = both(input(values as Record<string, ValueEntry>));
        expect(byRules).toEqual(engine);
      }),
      { numRuns: 300 },
    );
  });
});
