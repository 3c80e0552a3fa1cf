/**
 * The README's catalogue section says what the data holds: the KPI and data-point counts, the table
 * per dimension, the catalogue version, and how many reference targets rest on a public source, how
 * many are the workbench's judgement and how many data points have no benchmark (#12).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## The catalogue'), readme.indexOf('## Scoring'));
const count = (pattern: RegExp): number => {
  const m = pattern.exec(section);
  expect(m, String(pattern)).not.toBeNull();
  return Number(m![1].replace(/\s/g, ''));
};

describe("the README's catalogue section matches the data", () => {
  it('KPIs, core and advanced, data points', () => {
    const kpis = u4ssc.data.kpis;
    expect(count(/all \*\*(\d+) KPIs\*\*/)).toBe(kpis.length);
    expect(count(/\((\d+) core, \d+ advanced\)/)).toBe(kpis.filter((k) => k.tier === 'core').length);
    expect(count(/\(\d+ core, (\d+) advanced\)/)).toBe(kpis.filter((k) => k.tier === 'advanced').length);
    expect(count(/\*\*(\d+) scorable data points\*\*/)).toBe(u4ssc.datapoints.length);
  });

  it('the table per dimension', () => {
    for (const d of u4ssc.data.dimensions) {
      const row = new RegExp(`^\\| ${d.name} \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$`, 'm').exec(section);
      expect(row, d.name).not.toBeNull();
      const kpis = u4ssc.data.kpis.filter((k) => k.category.startsWith(`${d.code}:`));
      expect(row!.slice(1).map(Number), d.name).toEqual([
        kpis.length,
        kpis.filter((k) => k.tier === 'core').length,
        kpis.filter((k) => k.tier === 'advanced').length,
      ]);
    }
  });

  it('type tags and confidence marks', () => {
    const kpis = u4ssc.data.kpis;
    const typed = kpis.filter((k) => k.type !== null);
    expect(count(/\*\*(\d+) KPIs carry their type tag\*\*/)).toBe(typed.length);
    expect(count(/\((\d+) Smart,/)).toBe(kpis.filter((k) => k.type === 'smart').length);
    expect(count(/(\d+)\s+Sustainable,/)).toBe(kpis.filter((k) => k.type === 'sustainable').length);
    expect(count(/(\d+) Structural\)/)).toBe(kpis.filter((k) => k.type === 'structural').length);
    expect(count(/the other (\d+) have `type: null`/)).toBe(kpis.length - typed.length);
    for (const c of ['H', 'M', 'L'] as const) expect(count(new RegExp(`\\*\\*(\\d+) ${c}\\*\\*`)), c).toBe(kpis.filter((k) => k.confidence === c).length);
  });

  it('the catalogue version', () => {
    expect(section).toContain(`**Catalogue version ${u4ssc.data.frameworkVersion}**`);
  });

  it('how many targets are public, how many the workbench judgement, how many none', () => {
    const targets = [...referenceTargets.byId.values()];
    const publicCount = targets.filter((t) => t.target !== null && t.basis === 'public').length;
    const judgement = targets.filter((t) => t.target !== null && t.basis === 'judgement').length;
    const none = targets.filter((t) => t.target === null).length;
    expect(publicCount + judgement + none).toBe(u4ssc.datapoints.length);
    expect(count(/of (\d+) entries/)).toBe(targets.length);
    expect(count(/\*\*(\d+) targets rest on a\s+public source\*\*/)).toBe(publicCount);
    expect(count(/\*\*(\d+) targets are\s+the workbench's judgement\*\*/)).toBe(judgement);
    expect(count(/\*\*(\d+) data points have no benchmark\*\*/)).toBe(none);
  });
});
