import { describe, it, expect } from 'vitest';
import catalogue from '../../src/engine/frameworks/u4ssc/catalogue.json';
import type { DataPointDef, FrameworkData, KpiDef } from '../../src/engine/types';

/**
 * Shape and counts of the shipped U4SSC catalogue, checked against the research note
 * (/work/shared/reference/u4ssc-kpis.md §2–§3) and the decisions recorded in the catalogue's notes.
 */
const data = catalogue as unknown as FrameworkData;
const kpis: KpiDef[] = data.kpis;
const allDatapoints: { kpi: KpiDef; dp: DataPointDef; id: string }[] = kpis.flatMap((kpi) =>
  kpi.datapoints.map((dp) => ({ kpi, dp, id: `${kpi.code}|${dp.key}` })),
);
const kpi = (code: string): KpiDef => {
  const found = kpis.find((k) => k.code === code);
  if (!found) throw new Error(`missing KPI ${code}`);
  return found;
};
/** `EC: ICT: ICT: 1C` → `EC: ICT` */
const subOf = (k: KpiDef): string => k.code.split(': ').slice(0, 2).join(': ');

const categoryPaths = data.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.categories.map((c) => `${d.code}: ${s.code}: ${c.code}`)));

describe('U4SSC catalogue: header and structure', () => {
  it('is a version-1 framework file', () => {
    expect(data.format).toBe('ssc-workbench/framework');
    expect(data.version).toBe(1);
    expect(data.id).toBe('u4ssc-kpi');
    expect(data.frameworkVersion).toBe('2017.4');
    expect(data.name).toBe('U4SSC Key Performance Indicators for Smart Sustainable Cities');
    expect(data.description.length).toBeGreaterThan(0);
  });

  it('has 3 dimensions, 7 sub-dimensions and 27 category cells', () => {
    expect(data.dimensions.map((d) => d.code)).toEqual(['EC', 'EN', 'SC']);
    expect(data.dimensions.flatMap((d) => d.subdimensions.map((s) => `${d.code}: ${s.code}`))).toEqual([
      'EC: ICT',
      'EC: P',
      'EC: I',
      'EN: EN',
      'EN: E',
      'SC: EH',
      'SC: SH',
    ]);
    expect(categoryPaths).toHaveLength(27);
    expect(new Set(categoryPaths).size).toBe(27);
    // 22 distinct category names
    const names = new Set(data.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.categories.map((c) => c.name))));
    expect(names.size).toBe(22);
  });

  it('has exactly the shared profile fields, each described', () => {
    expect(data.profile.map((p) => p.id)).toEqual([
      'population',
      'households',
      'labourForce',
      'youthLabourForce',
      'cityGdp',
      'cityArea',
      'municipalBudget',
      'liveBirths',
      'electricityCustomers',
    ]);
    for (const p of data.profile) {
      expect(p.label, p.id).toBeTruthy();
      expect(p.unit, p.id).toBeTruthy();
      expect(p.definition, p.id).toBeTruthy();
    }
  });
});

describe('U4SSC catalogue: KPIs', () => {
  it('has 91 KPIs with unique codes and aliases', () => {
    expect(kpis).toHaveLength(91);
    const codes = kpis.map((k) => k.code);
    expect(new Set(codes).size).toBe(91);
    const aliases = kpis.flatMap((k) => k.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) expect(codes, alias).not.toContain(alias);
    for (const code of codes) expect(code).toMatch(/^(EC|EN|SC): [A-Z]+: [A-Z]+: \d+[CA]$/);
  });

  it('has the agreed aliases and nothing else', () => {
    const withAliases = Object.fromEntries(kpis.filter((k) => k.aliases.length > 0).map((k) => [k.code, k.aliases]));
    expect(withAliases).toEqual({
      'EC: ICT: ICT: 5A': ['EC: ICT: ICT: 5C'],
      'SC: EH: ED: 5A': ['SC: EH: H: 6A'],
    });
    expect(kpis.flatMap((k) => k.aliases)).not.toContain('EN: EN: WS: 3C');
  });

  it('tier matches the C/A suffix of the code', () => {
    for (const k of kpis) expect(k.tier, k.code).toBe(k.code.endsWith('C') ? 'core' : 'advanced');
  });

  it('has 54 core and 37 advanced KPIs, split by sub-dimension as in the reference', () => {
    expect(kpis.filter((k) => k.tier === 'core')).toHaveLength(54);
    expect(kpis.filter((k) => k.tier === 'advanced')).toHaveLength(37);
    const split: Record<string, [number, number]> = {};
    for (const k of kpis) {
      const s = (split[subOf(k)] ??= [0, 0]);
      s[k.tier === 'core' ? 0 : 1] += 1;
    }
    expect(split).toEqual({
      'EC: ICT': [8, 9],
      'EC: P': [4, 3],
      'EC: I': [11, 10],
      'EN: EN': [9, 4],
      'EN: E': [3, 1],
      'SC: EH': [8, 4],
      'SC: SH': [11, 6],
    });
  });

  it('places every KPI in an existing category, with the sizes of reference §3.1', () => {
    for (const k of kpis) expect(categoryPaths, k.code).toContain(k.category);
    const sizes: Record<string, number> = {};
    for (const k of kpis) sizes[k.category] = (sizes[k.category] ?? 0) + 1;
    expect(sizes).toEqual({
      'EC: ICT: ICT': 5,
      'EC: ICT: WS': 2,
      'EC: ICT: D': 1,
      'EC: ICT: ES': 3,
      'EC: ICT: T': 3,
      'EC: ICT: PS': 3,
      'EC: P: IN': 3,
      'EC: P: EM': 4,
      'EC: I: WS': 5,
      'EC: I: WA': 1,
      'EC: I: ES': 3,
      'EC: I: T': 8,
      'EC: I: B': 2,
      'EC: I: UP': 2,
      'EN: EN: AQ': 2,
      'EN: EN: WS': 4,
      'EN: EN: WA': 1,
      'EN: EN: EQ': 2,
      'EN: EN: PSN': 4,
      'EN: E: E': 4,
      'SC: EH: ED': 4,
      'SC: EH: H': 6,
      'SC: EH: C': 2,
      'SC: SH: HO': 2,
      'SC: SH: SI': 5,
      'SC: SH: SA': 9,
      'SC: SH: FS': 1,
    });
  });

  it('scores Electronic Health Records under Health while keeping its ED code', () => {
    const ehr = kpi('SC: EH: ED: 5A');
    expect(ehr.category).toBe('SC: EH: H');
    // every other KPI sits in the category its code names
    for (const k of kpis.filter((x) => x !== ehr)) {
      expect(k.category, k.code).toBe(k.code.split(': ').slice(0, 3).join(': '));
    }
  });

  it('has Wi-Fi as advanced 5A and Wastewater Treatment as 4C', () => {
    expect(kpi('EC: ICT: ICT: 5A').tier).toBe('advanced');
    expect(kpi('EN: EN: WS: 4C').name).toBe('Wastewater Treatment');
    expect(kpi('EN: EN: WS: 3C').name).toBe('Freshwater Consumption');
  });

  it('gives every KPI a name, definition, SDG links, sources, confidence and a valid type', () => {
    for (const k of kpis) {
      expect(k.name, k.code).toBeTruthy();
      expect(k.definition.trim().length, k.code).toBeGreaterThan(20);
      expect(k.sdg.length, k.code).toBeGreaterThan(0);
      for (const s of k.sdg) expect(s, k.code).toMatch(/^(Goal \d+|\d+\.[0-9a-z]+(\.\d+)?)$/);
      expect(k.sources, k.code).toBeTruthy();
      expect(['H', 'M', 'L'], k.code).toContain(k.confidence);
      expect(['smart', 'sustainable', 'structural', null], k.code).toContain(k.type);
      expect(k.datapoints.length, k.code).toBeGreaterThan(0);
    }
  });

  it('marks KPIs whose formula is from memory as low confidence, with a note', () => {
    for (const k of kpis.filter((x) => x.sources.includes('MEM'))) {
      expect(k.confidence, k.code).toBe('L');
      expect(k.notes ?? '', k.code).toMatch(/memory/i);
    }
  });
});

describe('U4SSC catalogue: data points', () => {
  it('has 112 data points with unique ids', () => {
    expect(allDatapoints).toHaveLength(112);
    expect(new Set(allDatapoints.map((d) => d.id)).size).toBe(112);
  });

  it('gives single-point KPIs the key "" and the KPI name as label', () => {
    for (const k of kpis.filter((x) => x.datapoints.length === 1)) {
      expect(k.datapoints[0].key, k.code).toBe('');
      expect(k.datapoints[0].label, k.code).toBe(k.name);
    }
  });

  it('gives multi-point KPIs exactly the agreed keys', () => {
    const multi = Object.fromEntries(kpis.filter((k) => k.datapoints.length > 1).map((k) => [k.code, k.datapoints.map((d) => d.key)]));
    expect(multi).toEqual({
      'EC: ICT: ICT: 4C': ['3G', '4G'],
      'EC: ICT: PS: 1A': ['Percentage', 'Number'],
      'EC: I: T: 4A': ['Public transport', 'Private vehicle', 'Walking', 'Cycling', 'Para-transport'],
      'EC: I: UP: 2A': ['Compact', 'Connected', 'Integrated', 'Inclusive', 'Resilient'],
      'EN: EN: AQ: 1C': ['PM10', 'PM2.5', 'NO2', 'SO2', 'O3'],
      'EN: EN: WS: 4C': ['Primary', 'Secondary', 'Tertiary'],
      'EN: EN: WA: 1C': ['Landfill', 'Burnt', 'Incinerated', 'Open dump', 'Recycled', 'Other'],
    });
  });

  it('gives every data point a label, unit, direction and a well-formed formula', () => {
    const profileIds = new Set(data.profile.map((p) => p.id));
    for (const { dp, id } of allDatapoints) {
      expect(dp.label.trim(), id).not.toBe('');
      expect(dp.unit.trim(), id).not.toBe('');
      expect(['higher', 'lower', 'band', 'yesno'], id).toContain(dp.direction);
      expect(dp.direction === 'yesno', id).toBe(dp.formula.kind === 'yesno');
      if (dp.formula.kind === 'ratio') {
        expect(dp.formula.numerator.trim(), id).not.toBe('');
        expect([1, 100, 100000], id).toContain(dp.formula.multiplier);
        const den = dp.formula.denominator;
        if ('profile' in den) expect(profileIds.has(den.profile), `${id}: ${den.profile}`).toBe(true);
        else expect(den.input.trim(), id).not.toBe('');
      }
      if (dp.min !== undefined && dp.max !== undefined) expect(dp.min, id).toBeLessThan(dp.max);
    }
  });

  it('bounds every share ratio to 0–100 %', () => {
    const shares = allDatapoints.filter(({ dp }) => dp.formula.kind === 'ratio' && dp.formula.share);
    expect(shares.length).toBeGreaterThan(50);
    for (const { dp, id } of shares) {
      expect(dp.formula.kind === 'ratio' && dp.formula.multiplier, id).toBe(100);
      expect(dp.unit, id).toBe('%');
      expect(dp.min, id).toBe(0);
      expect(dp.max, id).toBe(100);
    }
  });

  it('uses per-100 000 units with the 100 000 multiplier', () => {
    for (const { dp, id } of allDatapoints) {
      if (dp.formula.kind !== 'ratio') continue;
      expect(dp.formula.multiplier === 100000, id).toBe(/per 100 000/.test(dp.unit));
    }
  });

  it('resolves every notAbove check to another data point', () => {
    const ids = new Set(allDatapoints.map((d) => d.id));
    const notAbove = allDatapoints.flatMap(({ dp, id }) =>
      (dp.checks ?? []).filter((c) => c.kind === 'notAbove').map((c) => ({ id, other: (c as { other: string }).other })),
    );
    expect(notAbove.map((c) => c.id).sort()).toEqual(['EC: I: WS: 2C|', 'EC: ICT: ICT: 2C|', 'EN: EN: WS: 4C|Secondary', 'EN: EN: WS: 4C|Tertiary']);
    for (const { id, other } of notAbove) {
      expect(ids.has(other), `${id} → ${other}`).toBe(true);
      expect(other, id).not.toBe(id);
    }
  });

  it('encodes the Verification Manual sanity ranges and the sum checks', () => {
    const checksOf = (id: string) => allDatapoints.find((d) => d.id === id)?.dp.checks ?? [];
    expect(checksOf('EC: I: ES: 3C|')).toMatchObject([{ kind: 'below', value: 90 }]);
    expect(checksOf('EC: P: IN: 3A|')).toMatchObject([{ kind: 'below', value: 95 }]);
    expect(checksOf('EC: P: IN: 1C|')).toMatchObject([{ kind: 'above', value: 5 }]);
    expect(checksOf('EC: ICT: WS: 1C|')).toEqual([]);
    for (const code of ['EC: I: T: 4A', 'EN: EN: WA: 1C']) {
      for (const dp of kpi(code).datapoints) {
        // VM: the values add up to about 100 % (± 2 %), not merely at most 100.
        expect(dp.checks, `${code}|${dp.key}`).toMatchObject([{ kind: 'sumAbout', value: 100, tolerance: 2 }]);
      }
    }
    for (const { dp, id } of allDatapoints) {
      for (const c of dp.checks ?? []) expect(c.message.trim().length, id).toBeGreaterThan(20);
    }
  });

  it('uses the agreed directions for the ambiguous KPIs', () => {
    const dir = (code: string, key = '') => kpi(code).datapoints.find((d) => d.key === key)?.direction;
    expect(dir('SC: SH: SI: 1C')).toBe('band');
    expect(dir('SC: SH: SA: 6C')).toBe('higher');
    expect(dir('SC: SH: SA: 7C')).toBe('higher');
    expect(dir('EC: P: EM: 3A')).toBe('higher');
    expect(dir('EC: I: WS: 3C')).toBe('lower');
    expect(dir('EN: EN: WS: 3C')).toBe('lower');
    expect(dir('EN: E: E: 2C')).toBe('lower');
    expect(dir('EC: I: T: 4A', 'Private vehicle')).toBe('lower');
    expect(dir('EN: EN: WA: 1C', 'Recycled')).toBe('higher');
    expect(dir('SC: SH: SA: 3A')).toBe('yesno');
    for (const key of ['PM10', 'PM2.5', 'NO2', 'SO2', 'O3']) expect(dir('EN: EN: AQ: 1C', key)).toBe('lower');
  });

  it('leaves GHG per capita without a lower bound and bounds Gini and life expectancy', () => {
    const only = (code: string) => kpi(code).datapoints[0];
    expect(only('EN: EN: AQ: 2C').min).toBeUndefined();
    expect(only('SC: SH: SI: 2C')).toMatchObject({ min: 0, max: 1 });
    expect(only('SC: EH: H: 1C')).toMatchObject({ min: 0, max: 130 });
  });
});
