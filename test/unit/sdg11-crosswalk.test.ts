import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/score';
import { carryAcross } from '../../src/engine/crosswalk';
import { score } from '../../src/engine/evaluator';
import { parseFrameworkFile } from '../../src/engine/framework-file';
import { U4SSC_SDG11 } from '../../src/engine/frameworks/crosswalks';
import { sdg11, sdg11Targets } from '../../src/engine/frameworks/sdg11';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import type { AssessmentInput } from '../../src/engine/types';

const SDG11_FILE = 'public/frameworks/sdg11.framework.json';
const U4SSC_FILE = 'public/frameworks/u4ssc.framework.json';

describe('SDG 11 as a second built-in framework', () => {
  it('holds the 14 global indicators of Goal 11 under its 9 targets (11.c.1 was deleted in 2020)', () => {
    expect(sdg11.data.kpis.map((k) => k.code)).toEqual([
      '11.1.1',
      '11.2.1',
      '11.3.1',
      '11.3.2',
      '11.4.1',
      '11.5.1',
      '11.5.2',
      '11.6.1',
      '11.6.2',
      '11.7.1',
      '11.7.2',
      '11.a.1',
      '11.b.1',
      '11.b.2',
    ]);
    expect(sdg11.groups.subdimensions.map((g) => g.code)).toEqual(
      ['11.1', '11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.a', '11.b'].map((t) => `G11: ${t}`),
    );
    expect(sdg11.datapoint('11.6.2', 'PM2.5')?.def.unit).toBe('µg/m³ (annual mean)');
  });

  it('marks every indicator with its confidence and its source, and says the entry method is the workbench’s reading', () => {
    for (const k of sdg11.data.kpis) {
      expect(['H', 'M', 'L']).toContain(k.confidence);
      expect(k.sources).toMatch(/A\/RES\/71\/313/);
      expect(k.notes).toMatch(/this workbench’s reading/);
    }
    expect(sdg11Targets.data.illustrative).toBe(true);
    expect([...sdg11Targets.byId.keys()]).toEqual(['11.6.2|PM2.5', '11.6.2|PM10']);
  });

  it('scores its formulas (a share of waste managed from two inputs; affected persons per 100 000 from the profile)', () => {
    const s = score(sdg11, sdg11Targets, {
      profile: { population: 250_000 },
      values: { '11.6.1|': { numerator: 900, denominator: 1000 }, '11.5.1|': { numerator: 50 }, '11.6.2|PM2.5': { value: 10 } },
      targets: {},
      method: { name: 'u4ssc-points' },
    });
    const item = (id: string) => s.items.find((i) => i.id === id)!;
    expect(item('11.6.1|').value).toBeCloseTo(90, 9);
    expect(item('11.5.1|').value).toBeCloseTo(20, 9);
    expect(item('11.6.2|PM2.5')).toMatchObject({ value: 10, target: 5, achievement: 0.5, points: 2, state: 'scored' });
    expect(s.overall).toMatchObject({ points: 2, benchmarked: 1, reported: 3, expected: 15 });
  });

  it('the public copy is the shipped file, and reads through the framework file reader', () => {
    const r = parseFrameworkFile(readFileSync(SDG11_FILE, 'utf8'));
    expect(r.ok && r.value.data).toEqual(sdg11.data);
  });
});

describe('the U4SSC ↔ SDG 11 crosswalk', () => {
  it('links data points that exist on both sides, each with a relation and a source', () => {
    expect(U4SSC_SDG11.links.length).toBeGreaterThanOrEqual(8);
    for (const l of U4SSC_SDG11.links) {
      expect(u4ssc.byId.has(l.datapoint), l.datapoint).toBe(true);
      expect(sdg11.byId.has(l.indicator), l.indicator).toBe(true);
      expect(l.source.length).toBeGreaterThan(20);
    }
  });

  it('the U4SSC framework file carries the links', () => {
    const r = parseFrameworkFile(readFileSync(U4SSC_FILE, 'utf8'));
    expect(r.ok && r.value.links).toEqual(U4SSC_SDG11.links);
  });

  const report = (input: AssessmentInput) => carryAcross(U4SSC_SDG11, u4ssc, score(u4ssc, referenceTargets, input), input, sdg11);

  it('a value typed once under U4SSC feeds SDG 11 where the link is close and the unit the same, and the SDG 11 scores follow', () => {
    const input = demoInput(u4ssc);
    const pm25 = score(u4ssc, referenceTargets, input).items.find((i) => i.id === 'EN: EN: AQ: 1C|PM2.5')!;
    const { input: sdgInput, coverage } = report(input);
    expect(sdgInput.values['11.6.2|PM2.5']).toEqual({ value: pm25.value, status: 'reported', source: 'u4ssc: EN: EN: AQ: 1C|PM2.5' });
    expect(sdgInput.profile.population).toBe(input.profile.population);
    const sdgScores = score(sdg11, sdg11Targets, sdgInput);
    expect(sdgScores.items.find((i) => i.id === '11.6.2|PM2.5')!.achievement).toBe(pm25.achievement);
    expect(coverage.expected).toBe(sdg11.datapoints.length);
    expect(coverage.linked).toBe(new Set(U4SSC_SDG11.links.map((l) => l.indicator)).size);
    expect(coverage.carried).toBe(Object.keys(sdgInput.values).length);
  });

  it('an edit under U4SSC changes the mapped SDG 11 value; related links and other units are listed, never carried', () => {
    const input = demoInput(u4ssc);
    const edited = { ...input, values: { ...input.values, 'EN: EN: AQ: 1C|PM2.5': { value: 33 } } };
    const { input: sdgInput, coverage } = report(edited);
    expect(sdgInput.values['11.6.2|PM2.5'].value).toBe(33);
    const waste = coverage.items.find((i) => i.id === '11.6.1|')!;
    expect(waste.carried).toEqual({ none: 'relation' });
    expect(sdgInput.values['11.6.1|']).toBeUndefined();
    const deaths = coverage.items.find((i) => i.id === '11.5.1|')!;
    expect(deaths.from[0].relation).toBe('narrow');
    expect(deaths.carried).toEqual({ none: 'relation' });
  });

  it('a U4SSC value not reported, refused or not applicable carries nothing, and says why', () => {
    const { coverage, input } = report({
      profile: {},
      values: { 'EN: EN: AQ: 1C|PM2.5': { value: 'high' }, 'EN: EN: AQ: 1C|PM10': { value: 30, status: 'not-applicable' } },
      targets: {},
      method: { name: 'u4ssc-points' },
    });
    expect(coverage.items.find((i) => i.id === '11.6.2|PM2.5')!.carried).toEqual({ none: 'no-value' });
    expect(coverage.items.find((i) => i.id === '11.6.2|PM10')!.carried).toEqual({ none: 'no-value' });
    expect(coverage.carried).toBe(0);
    expect(input.values).toEqual({});
  });
});

describe('npm run score -- --framework FILE', () => {
  const files: Record<string, string> = {
    [SDG11_FILE]: readFileSync(SDG11_FILE, 'utf8'),
    'values.csv': 'code,datapoint,numerator,denominator,value,target,status,quality,source,year,note\n11.6.2,PM2.5,,,10,,,,,,\n11.6.1,,900,1000,,,,,,,\n',
    'bad-framework.json': '{"format":"ssc-workbench/framework","version":2,"id":"x"}',
  };
  const run = (args: string[]) =>
    runCli(
      args,
      (f) => files[f],
      (f) => files[f]?.length ?? 0,
    );

  it('scores a values table under the SDG 11 file and prints its codes', async () => {
    const r = await run(['values.csv', '--framework', SDG11_FILE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      overall: { points: number; benchmarked: number };
      kpis: { code: string; datapoint: string; value: number | null }[];
    };
    expect(json.overall).toMatchObject({ points: 2, benchmarked: 1 });
    expect(json.kpis.find((k) => k.code === '11.6.1')!.value).toBeCloseTo(90, 9);
  });

  it('prints the SDG 11 template', async () => {
    const r = await run(['--template', '--framework', SDG11_FILE]);
    const lines = r.stdout.split(/\r?\n/);
    expect(lines[1]).toBe('11.1.1,,,,,,,,,,');
    expect(lines.filter((l) => l.startsWith('11.6.2,'))).toEqual(['11.6.2,PM2.5,,,,,,,,,', '11.6.2,PM10,,,,,,,,,']);
  });

  it('a framework file with problems is refused with each problem said, and nothing is scored', async () => {
    const r = await run(['values.csv', '--framework', 'bad-framework.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad-framework.json: kpis: missing.');
    expect((await run(['values.csv', '--framework'])).code).toBe(2);
  });
});
