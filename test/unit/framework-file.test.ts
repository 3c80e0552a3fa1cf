import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { parseValuesCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { loadFramework } from '../../src/engine/framework';
import {
  FRAMEWORK_FILE_VERSION,
  FRAMEWORK_MIGRATIONS,
  frameworkFile,
  parseFrameworkFile,
  readFrameworkFile,
  type FrameworkFile,
  type FrameworkFileProblem,
} from '../../src/engine/framework-file';
import { frameworkText } from '../../src/engine/framework-edit';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { tableProblems } from '../../src/engine/migrations';
import { loadTargetSet } from '../../src/engine/targets';
import type { AssessmentInput, ValueEntry } from '../../src/engine/types';
import { catalogueTexts } from '../../src/ui/strings/catalogue';
import { problemWords } from '../../src/ui/strings/problems';
import { frameworkFiles } from '../../scripts/framework-files';
import { FRAMEWORK_MODULE_PATH } from '../../scripts/framework-validator';

const fixtures = new URL('../fixtures/', import.meta.url);
const u4sscText = readFileSync(new URL('../../public/frameworks/u4ssc.framework.json', import.meta.url), 'utf8');

const read = (text: string) => {
  const r = parseFrameworkFile(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5)));
  return r.value;
};
const fromFile = read(u4sscText);
const fileFw = loadFramework(fromFile.data);
const fileTargets = loadTargetSet(fromFile.targets!, fileFw);

/** Every assessment the repository's fixtures hold: the sample, each frozen format version, the demo cities and the values tables from other tools. */
function fixtureInputs(): [string, AssessmentInput][] {
  const out: [string, AssessmentInput][] = [];
  const json = (name: string) => {
    const r = parseAssessmentJson(readFileSync(new URL(name, fixtures), 'utf8'), u4ssc);
    if (r.ok) out.push([name, r.value]);
  };
  json('sample-assessment.json');
  for (const f of readdirSync(new URL('frozen/', fixtures))) if (/^assessment-v\d+\.json$|\.ssc\.json$/.test(f)) json(`frozen/${f}`);
  for (const f of readdirSync(new URL('other-tools/', fixtures))) {
    if (f.endsWith('.ssc.json')) json(`other-tools/${f}`);
    if (!f.endsWith('.csv')) continue;
    const r = parseValuesCsv(readFileSync(new URL(`other-tools/${f}`, fixtures), 'utf8'), u4ssc);
    if (r.ok) out.push([`other-tools/${f}`, r.input]);
  }
  out.push(['demo', demoInput(u4ssc)]);
  for (const city of DEMO_CITIES) out.push([`demo ${city.city}`, demoCityInput(u4ssc, city)]);
  return out;
}

describe('the U4SSC catalogue as a framework file', () => {
  it('is what the catalogue gives (scripts/framework-files.ts --check)', () => {
    for (const f of frameworkFiles())
      expect(readFileSync(f.path, 'utf8') === f.text, `${f.path} is out of date: npx tsx scripts/framework-files.ts`).toBe(true);
  });

  it('its compiled schema is what public/framework.schema.json gives, and runs no eval', () => {
    // In a process of its own: the validator inlines a helper's source text, which vitest's transform would change.
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/framework-validator.ts', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const source = readFileSync(FRAMEWORK_MODULE_PATH, 'utf8');
    expect(source).not.toMatch(/\beval\(|new Function|require\(|import /);
  });

  it('reads back to the catalogue the app scores with, formula for formula', () => {
    expect(fromFile.from).toBe(FRAMEWORK_FILE_VERSION);
    expect(fromFile.data).toEqual(u4ssc.data);
    expect(fromFile.targets).toEqual({ ...referenceTargets.data, frameworkId: u4ssc.data.id });
    const file = JSON.parse(u4sscText) as FrameworkFile;
    const pm = file.kpis.find((k) => k.code === 'EC: ICT: ICT: 1C')!.datapoints[0].formula;
    expect(pm).toEqual({
      kind: 'formula',
      expression: 'numerator / profile.households * 100',
      inputs: [{ name: 'numerator', label: expect.any(String) }],
      share: true,
    });
    expect(new Set(file.kpis.flatMap((k) => k.datapoints.map((d) => d.formula.kind)))).toEqual(new Set(['formula', 'direct', 'yesno']));
  });

  const inputs = fixtureInputs();
  it('found the fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(inputs)('%s scores exactly the same under the file and under the catalogue (both methods)', (_name, input) => {
    expect(score(fileFw, fileTargets, input)).toEqual(score(u4ssc, referenceTargets, input));
    const continuous = { ...input, method: { name: 'continuous' as const } };
    expect(score(fileFw, fileTargets, continuous)).toEqual(score(u4ssc, referenceTargets, continuous));
  });

  it('random assessments score exactly the same under both (property)', () => {
    const num = fc.oneof(fc.constant(null), fc.double({ min: -10, max: 2e6, noNaN: true }), fc.constantFrom('12,5', 'n/a', ''));
    const entry: fc.Arbitrary<ValueEntry> = fc.record(
      {
        numerator: num,
        denominator: num,
        value: fc.oneof(num, fc.constantFrom('yes', 'no')),
        status: fc.constantFrom('reported' as const, 'not-reported' as const, 'not-applicable' as const),
      },
      { requiredKeys: [] },
    );
    const ids = u4ssc.datapoints.map((d) => d.id);
    const profileIds = u4ssc.data.profile.map((p) => p.id);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), entry, { maxKeys: 40 }), fc.dictionary(fc.constantFrom(...profileIds), num), (values, profile) => {
        const input: AssessmentInput = { profile, values, targets: {}, method: { name: 'u4ssc-points' } };
        expect(score(fileFw, fileTargets, input)).toEqual(score(u4ssc, referenceTargets, input));
      }),
      { numRuns: 150 },
    );
  });
});

describe('framework file versions', () => {
  it('the migration table steps by one up to the current version', () => {
    expect(tableProblems(FRAMEWORK_MIGRATIONS, FRAMEWORK_FILE_VERSION)).toEqual([]);
  });

  it('the frozen version-1 file (the catalogue as shipped before files had formulas) migrates, reads and scores as today', () => {
    const text = readFileSync(new URL('frozen/framework-file/framework-v1.json', fixtures), 'utf8');
    const v1 = read(text);
    expect(v1.from).toBe(1);
    expect(v1.targets).toBeNull();
    const fw = loadFramework(v1.data);
    expect(fw.datapoints.map((d) => d.id)).toEqual(u4ssc.datapoints.map((d) => d.id));
    const input = demoInput(u4ssc);
    expect(score(fw, referenceTargets, input).overall).toEqual(score(u4ssc, referenceTargets, input).overall);
  });
});

/** A small framework file, changed by `edit`. */
const smallFile = (edit: (f: FrameworkFile) => void = () => {}): FrameworkFile => {
  const f: FrameworkFile = {
    format: 'ssc-workbench/framework',
    version: 2,
    id: 'city-local',
    frameworkVersion: '2026.1',
    name: 'Local KPIs',
    description: 'A city’s own KPIs.',
    dimensions: [{ code: 'L', name: 'Local', subdimensions: [{ code: 'M', name: 'Mobility', categories: [{ code: 'B', name: 'Bicycles' }] }] }],
    profile: [{ id: 'population', label: 'Population', unit: 'inhabitants', definition: 'People living in the city.' }],
    kpis: [
      {
        code: 'L: M: B: 1',
        aliases: [],
        name: 'Bicycle lanes',
        category: 'L: M: B',
        tier: 'core',
        type: null,
        definition: 'Km of bicycle lanes per 100 000 inhabitants.',
        sdg: ['11.2'],
        confidence: 'H',
        sources: 'judgement',
        datapoints: [
          {
            key: '',
            label: 'Bicycle lanes',
            unit: 'km per 100 000',
            direction: 'higher',
            formula: { kind: 'formula', expression: 'km / profile.population * 100000', inputs: [{ name: 'km', label: 'Km of lanes' }] },
          },
        ],
      },
      {
        code: 'L: M: B: 2',
        aliases: [],
        name: 'Shared bicycles',
        category: 'L: M: B',
        tier: 'core',
        type: null,
        definition: 'Share of shared bicycles in use.',
        sdg: [],
        confidence: 'M',
        sources: 'judgement',
        datapoints: [
          {
            key: '',
            label: 'Shared bicycles in use',
            unit: '%',
            direction: 'higher',
            formula: {
              kind: 'formula',
              expression: 'used / fleet * 100',
              inputs: [
                { name: 'used', label: 'Bicycles in use' },
                { name: 'fleet', label: 'Fleet' },
              ],
              share: true,
            },
          },
        ],
      },
    ],
    targets: {
      id: 'city-local-targets',
      name: 'Local targets',
      illustrative: false,
      statement: 'The city’s own.',
      targets: [{ code: 'L: M: B: 1', datapoint: '', target: 50, rationale: 'Council plan.', source: 'Council plan 2026' }],
    },
    rules: [
      {
        id: 'r1',
        name: 'Lanes at most 500',
        left: '[L: M: B: 1]',
        operator: '<=',
        right: '500',
        importance: 'low',
        missing: 'skip-if-any-missing',
        source: 'judgement',
      },
    ],
    links: [{ datapoint: 'L: M: B: 1|', framework: 'sdg-11', indicator: '11.2.1', relation: 'related', source: 'judgement' }],
  };
  edit(f);
  return f;
};
/** The small file, changed by `edit`, read back. */
const small = (edit?: (f: FrameworkFile) => void) => readFrameworkFile(JSON.parse(JSON.stringify(smallFile(edit))));
const problemsOf = (r: ReturnType<typeof small>): FrameworkFileProblem[] => (r.ok ? [] : r.problems);

describe('a framework file of a city’s own KPIs', () => {
  it('reads, and scores its formulas over named inputs and profile fields', () => {
    const r = small();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fw = loadFramework(r.value.data);
    const targets = loadTargetSet(r.value.targets!, fw);
    const s = score(fw, targets, {
      profile: { population: 200_000 },
      values: { 'L: M: B: 1|': { numerator: 60 }, 'L: M: B: 2|': { numerator: 30, denominator: 120 } },
      targets: {},
      method: { name: 'u4ssc-points' },
    });
    expect(s.items[0].value).toBeCloseTo(30, 9);
    expect(s.items[0]).toMatchObject({ target: 50, points: 2, state: 'scored' });
    expect(s.items[1]).toMatchObject({ value: 25, state: 'unbenchmarked' });
    expect(r.value.rules).toHaveLength(1);
    expect(r.value.links[0].indicator).toBe('11.2.1');
  });

  it.each<[string, (f: FrameworkFile) => void, FrameworkFileProblem[]]>([
    [
      'a formula with a syntax error, with its path and character',
      (f) => (f.kpis[0].datapoints[0].formula = { kind: 'formula', expression: 'km / * 2', inputs: [{ name: 'km', label: 'Km' }] }),
      [{ kind: 'formula', path: 'kpis[0].datapoints[0].formula.expression', problem: { kind: 'unexpected-token', at: 5, token: '*' } }],
    ],
    [
      'a formula naming an input it does not have',
      (f) => (f.kpis[0].datapoints[0].formula = { kind: 'formula', expression: 'kms / profile.population', inputs: [{ name: 'km', label: 'Km' }] }),
      [{ kind: 'formula', path: 'kpis[0].datapoints[0].formula.expression', problem: { kind: 'unknown-name', at: 0, name: 'kms', inputs: ['km'] } }],
    ],
    [
      'formulas reading each other in a ring, by name',
      (f) => {
        f.kpis[0].datapoints[0].formula = { kind: 'formula', expression: '[L: M: B: 2] + km', inputs: [{ name: 'km', label: 'Km' }] };
        f.kpis[1].datapoints[0].formula = { kind: 'formula', expression: '[L: M: B: 1] * used', inputs: [{ name: 'used', label: 'Used' }] };
      },
      [
        {
          kind: 'formula',
          path: 'kpis',
          problem: { kind: 'cycle', names: ['L: M: B: 1 Bicycle lanes', 'L: M: B: 2 Shared bicycles in use', 'L: M: B: 1 Bicycle lanes'] },
        },
      ],
    ],
    [
      'a KPI under a category the file does not have',
      (f) => (f.kpis[1].category = 'L: M: X'),
      [{ kind: 'unknown-category', path: 'kpis[1].category', category: 'L: M: X' }],
    ],
    ['a code used twice', (f) => (f.kpis[1].code = 'L:M:B:1'), [{ kind: 'duplicate-code', path: 'kpis[1].code', code: 'L:M:B:1' }]],
    [
      'a target of no data point',
      (f) => (f.targets!.targets[0].code = 'L: M: B: 9'),
      [{ kind: 'unknown-target', path: 'targets.targets[0]', id: 'L: M: B: 9|' }],
    ],
    [
      'a rule naming no data point',
      (f) => (f.rules![0].left = '[L: M: B: 7] + 1'),
      [{ kind: 'formula', path: 'rules[0].left', problem: { kind: 'unknown-datapoint', at: 0, code: 'L: M: B: 7' } }],
    ],
    [
      'a formula of more inputs than an assessment holds',
      (f) =>
        (f.kpis[1].datapoints[0].formula = {
          kind: 'formula',
          expression: 'sum(inputs)',
          inputs: [
            { name: 'a', label: 'A' },
            { name: 'b', label: 'B' },
            { name: 'c', label: 'C' },
          ],
        }),
      [{ kind: 'formula-not-scored', path: 'kpis[1].datapoints[0].formula.inputs', inputs: 3, max: 2 }],
    ],
    [
      'an input named twice',
      (f) =>
        (f.kpis[1].datapoints[0].formula = {
          kind: 'formula',
          expression: 'used / used',
          inputs: [
            { name: 'used', label: 'A' },
            { name: 'used', label: 'B' },
          ],
        }),
      [{ kind: 'duplicate-input', path: 'kpis[1].datapoints[0].formula.inputs', name: 'used' }],
    ],
  ])('%s is a typed problem', (_what, edit, expected) => {
    expect(problemsOf(small(edit))).toEqual(expected);
  });

  it('what the schema refuses is a problem at its path, worded like an assessment’s', () => {
    const problems = problemsOf(
      small((f) => {
        (f.kpis[0].datapoints[0] as { direction: string }).direction = 'sideways';
        (f as unknown as Record<string, unknown>).extra = 1;
      }),
    );
    expect(problems).toContainEqual({
      kind: 'doc',
      problem: {
        kind: 'not-one-of',
        path: 'kpis[0].datapoints[0].direction',
        value: { text: 'sideways', length: 8 },
        allowed: ['higher', 'lower', 'band', 'yesno'],
      },
    });
    expect(problems).toContainEqual({ kind: 'doc', problem: { kind: 'unknown-field', path: '', name: { text: 'extra', length: 5 } } });
    expect(problems.map((p) => catalogueTexts.frameworkFile(p, problemWords.doc))).toContain(
      'kpis[0].datapoints[0].direction: "sideways" is not one of higher, lower, band or yesno.',
    );
  });

  it('a file that is not one, or is newer, is refused with a reason', () => {
    expect(parseFrameworkFile('{ nope')).toEqual({ ok: false, problems: [{ kind: 'not-json' }] });
    expect(parseFrameworkFile('{"format":"ssc-workbench/assessment","version":1}')).toEqual({ ok: false, problems: [{ kind: 'not-framework' }] });
    expect(parseFrameworkFile('{"format":"ssc-workbench/framework","version":9}')).toEqual({
      ok: false,
      problems: [{ kind: 'newer-version', version: 9, max: FRAMEWORK_FILE_VERSION }],
    });
    expect(parseFrameworkFile('x'.repeat(9 * 1024 * 1024))).toEqual({ ok: false, problems: [{ kind: 'too-large', limit: 8 * 1024 * 1024 }] });
  });

  it('a key written twice (a KPI’s name, a target) is refused at its path, not read as the last one', () => {
    const text = frameworkText(smallFile());
    const twice = text.replace('"name": "Bicycle lanes",', '"name": "Bicycle lanes",\n        "name": "Cycle paths",');
    expect(twice).not.toBe(text);
    expect(parseFrameworkFile(text).ok).toBe(true);
    expect(parseFrameworkFile(twice)).toEqual({ ok: false, problems: [{ kind: 'doc', problem: { kind: 'repeated-key', path: 'kpis[0].name' } }] });
  });

  it('the words say where and what, in English here (every language: languages.test.ts)', () => {
    const [p] = problemsOf(
      small((f) => (f.kpis[0].datapoints[0].formula = { kind: 'formula', expression: 'km / * 2', inputs: [{ name: 'km', label: 'Km' }] })),
    );
    expect(catalogueTexts.frameworkFile(p, problemWords.doc)).toBe('kpis[0].datapoints[0].formula.expression: "*" was not expected here (character 6).');
  });

  it('a file written from a read file reads the same (round trip)', () => {
    const r = small();
    if (!r.ok) throw new Error('not read');
    const again = readFrameworkFile(JSON.parse(JSON.stringify(frameworkFile(r.value.data, r.value.targets, r.value.rules, r.value.links))));
    expect(again.ok && again.value).toEqual({ ...r.value });
  });
});

describe('formulas the engine scores beyond ratios', () => {
  /** The small file with a third KPI whose formula reads the other two and an `if`. */
  const withFormula = (expression: string, inputs = [{ name: 'extra', label: 'Extra lanes (km)' }]) =>
    small((f) => {
      f.kpis.push({
        ...f.kpis[0],
        code: 'L: M: B: 3',
        name: 'Bicycle index',
        datapoints: [{ key: '', label: 'Bicycle index', unit: 'points', direction: 'higher', formula: { kind: 'formula', expression, inputs } }],
      });
      f.targets!.targets.push({ code: 'L: M: B: 3', datapoint: '', target: 100, rationale: 'Plan.', source: 'Council plan 2026' });
    });
  const load = (r: ReturnType<typeof small>) => {
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const fw = loadFramework(r.value.data);
    return { fw, targets: loadTargetSet(r.value.targets!, fw) };
  };
  const base = (values: Record<string, ValueEntry>, profile: Record<string, number> = { population: 200_000 }): AssessmentInput => ({
    profile,
    values,
    targets: {},
    method: { name: 'u4ssc-points' },
  });

  it('a local KPI from other data points, an input and a condition is scored, and recomputed when what it reads is edited', async () => {
    const { fw, targets } = load(withFormula('if([L: M: B: 2] > 20, [L: M: B: 1] + extra, 0)'));
    expect(fw.byId.get('L: M: B: 3|')!.def.formula.kind).toBe('formula');
    const input = base({ 'L: M: B: 1|': { numerator: 60 }, 'L: M: B: 2|': { numerator: 30, denominator: 120 }, 'L: M: B: 3|': { numerator: 40 } });
    const { Evaluator } = await import('../../src/engine/evaluator');
    const ev = new Evaluator(fw, targets, input);
    const index = () => ev.item('L: M: B: 3|')!;
    expect(index().value).toBeCloseTo(70, 9);
    expect(index()).toMatchObject({ target: 100, points: 3, state: 'scored' });
    // An edit of a data point it reads, of the profile, and of its own input: each recomputes it, as a fresh scoring does.
    for (const patch of [
      { kind: 'value' as const, id: 'L: M: B: 2|', entry: { numerator: 10, denominator: 120 } },
      { kind: 'value' as const, id: 'L: M: B: 2|', entry: { numerator: 100, denominator: 120 } },
      { kind: 'profile' as const, field: 'population', value: 100_000 },
      { kind: 'value' as const, id: 'L: M: B: 3|', entry: { numerator: 5 } },
    ]) {
      ev.apply([patch]);
      expect(ev.scores()).toEqual(score(fw, targets, ev.snapshotInput()));
    }
    expect(index().value).toBeCloseTo(65, 9);
  });

  it('a missing input is a reminder, a division by zero a refusal, a data point it reads with no value a reminder', () => {
    const { fw, targets } = load(withFormula('[L: M: B: 1] / extra'));
    const item = (values: Record<string, ValueEntry>) => score(fw, targets, base(values)).items[2];
    expect(item({ 'L: M: B: 1|': { numerator: 60 } })).toMatchObject({ state: 'not-reported', flags: [] });
    expect(item({ 'L: M: B: 1|': { numerator: 60 }, 'L: M: B: 3|': { numerator: 0 } })).toMatchObject({
      state: 'invalid',
      flags: [{ level: 'error', field: 'value', kind: 'formula', problem: { kind: 'division-by-zero', at: 13 } }],
    });
    expect(item({ 'L: M: B: 3|': { numerator: 2 } })).toMatchObject({
      state: 'not-reported',
      flags: [{ level: 'warning', kind: 'formula', missing: true, problem: { kind: 'missing', ref: { kind: 'datapoint', id: 'L: M: B: 1|' } } }],
    });
    expect(item({ 'L: M: B: 3|': { numerator: 'two' } })).toMatchObject({ state: 'invalid', flags: [{ kind: 'not-a-number', field: 'numerator' }] });
  });

  it('a data point marked not reported or not applicable, or refused, feeds no formula, as it is never scored (bench/formulas.ts found it)', async () => {
    const { fw, targets } = load(withFormula('[L: M: B: 2] + extra'));
    const item = (values: Record<string, ValueEntry>) => score(fw, targets, base(values)).items[2];
    const shared = { numerator: 30, denominator: 120 };
    expect(item({ 'L: M: B: 2|': shared, 'L: M: B: 3|': { numerator: 1 } })).toMatchObject({ value: 26, state: 'scored' });
    const missing = {
      state: 'not-reported',
      value: null,
      flags: [{ kind: 'formula', missing: true, problem: { kind: 'missing', ref: { kind: 'datapoint', id: 'L: M: B: 2|' } } }],
    };
    for (const status of ['not-reported', 'not-applicable'] as const)
      expect(item({ 'L: M: B: 2|': { ...shared, status }, 'L: M: B: 3|': { numerator: 1 } })).toMatchObject(missing);
    // A part above its whole is refused on its row; the formula does not add it.
    expect(item({ 'L: M: B: 2|': { numerator: 150, denominator: 120 }, 'L: M: B: 3|': { numerator: 1 } })).toMatchObject(missing);
    // Marking it not reported, then reported again, recomputes the formula as a fresh scoring does.
    const { Evaluator } = await import('../../src/engine/evaluator');
    const ev = new Evaluator(fw, targets, base({ 'L: M: B: 2|': shared, 'L: M: B: 3|': { numerator: 1 } }));
    for (const entry of [{ ...shared, status: 'not-reported' as const }, shared]) {
      ev.apply([{ kind: 'value', id: 'L: M: B: 2|', entry }]);
      expect(ev.scores()).toEqual(score(fw, targets, ev.snapshotInput()));
    }
    expect(ev.item('L: M: B: 3|')!.value).toBe(26);
  });
});
