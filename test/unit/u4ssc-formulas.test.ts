import { describe, expect, it } from 'vitest';
import { flagText } from '../../src/ui/strings/flags';
import { score } from '../../src/engine/evaluator';
import { u4ssc, referenceTargets } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, DEMO_IDS, demoCityInput, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import type { AssessmentInput, Scores, ValueEntry } from '../../src/engine/types';

const input = (values: Record<string, ValueEntry>, profile: Record<string, number> = {}): AssessmentInput => ({
  profile,
  values,
  targets: {},
  method: { name: 'u4ssc-points' },
});
const item = (s: ReturnType<typeof score>, id: string) => s.items.find((i) => i.id === id)!;

describe('every data point formula of the U4SSC catalogue', () => {
  // For each data point, inputs chosen inside its valid range; the expected value is worked out
  // here from the formula's declared parts, so a wrong multiplier, denominator or kind fails.
  const profile = Object.fromEntries(u4ssc.data.profile.map((p, i) => [p.id, 1000 * (i + 2)]));
  it.each(u4ssc.datapoints.map((d) => [d.id, d] as const))('%s', (id, ref) => {
    const f = ref.def.formula;
    let entry: ValueEntry;
    let expected: number;
    if (f.kind === 'ratio') {
      const denominator = 'profile' in f.denominator ? profile[f.denominator.profile] : 800;
      const numerator = f.share ? denominator / 4 : 3;
      entry = 'profile' in f.denominator ? { numerator } : { numerator, denominator };
      expected = (numerator / denominator) * f.multiplier;
    } else if (f.kind === 'yesno') {
      entry = { value: 'yes' };
      expected = 1;
    } else {
      const v = ref.def.max !== undefined ? ref.def.max / 2 : 1.5;
      entry = { value: v };
      expected = v;
    }
    const result = item(score(u4ssc, referenceTargets, input({ [id]: entry }, profile)), id);
    expect(result.flags.filter((fl) => fl.level === 'error')).toEqual([]);
    expect(result.value).toBeCloseTo(expected, 9);
    expect(['scored', 'unbenchmarked']).toContain(result.state);
    expect(result.state === 'scored').toBe(referenceTargets.byId.get(id)?.target != null);
  });
});

describe('hand-worked U4SSC examples', () => {
  it('Household Internet Access: 91 000 of 112 000 households = 81.25 %', () => {
    const s = score(u4ssc, referenceTargets, input({ 'EC: ICT: ICT: 1C|': { numerator: 91_000 } }, { households: 112_000 }));
    expect(item(s, 'EC: ICT: ICT: 1C|').value).toBe(81.25);
  });
  it('Physicians: 980 for 250 000 inhabitants = 392 per 100 000', () => {
    const s = score(u4ssc, referenceTargets, input({ 'SC: EH: H: 3C|': { numerator: 980 } }, { population: 250_000 }));
    expect(item(s, 'SC: EH: H: 3C|').value).toBe(392);
  });
  it('SAIFI: 113 400 interruptions for 126 000 customers = 0.9; CAIDI: 8 391 600 minutes over them = 74 min', () => {
    const s = score(
      u4ssc,
      referenceTargets,
      input({ 'EC: I: ES: 1C|': { numerator: 113_400 }, 'EC: I: ES: 2C|': { numerator: 8_391_600, denominator: 113_400 } }, { electricityCustomers: 126_000 }),
    );
    expect(item(s, 'EC: I: ES: 1C|').value).toBe(0.9);
    expect(item(s, 'EC: I: ES: 2C|').value).toBe(74);
  });
  it('Gender Income Equity is scored as distance from parity either way', () => {
    const below = score(u4ssc, referenceTargets, input({ 'SC: SH: SI: 1C|': { value: 0.8 } }));
    const above = score(u4ssc, referenceTargets, input({ 'SC: SH: SI: 1C|': { value: 1.25 } }));
    expect(item(below, 'SC: SH: SI: 1C|').achievement).toBeCloseTo(item(above, 'SC: SH: SI: 1C|').achievement!, 12);
  });
  it('Potable water above basic water is flagged for the verifier, and still scored', () => {
    const s = score(u4ssc, referenceTargets, input({ 'EC: I: WS: 1C|': { value: 95 }, 'EC: I: WS: 2C|': { value: 98 } }));
    expect(item(s, 'EC: I: WS: 2C|').flags).toEqual([expect.objectContaining({ level: 'warning' })]);
    expect(item(s, 'EC: I: WS: 2C|').state).toBe('scored');
  });
  it('more fixed broadband subscriptions than households is scored but flagged for the verifier', () => {
    const s = score(u4ssc, referenceTargets, input({ 'EC: ICT: ICT: 2C|': { numerator: 140_000 } }, { households: 50_000 }));
    expect(item(s, 'EC: ICT: ICT: 2C|')).toMatchObject({ value: 280, state: 'scored' });
    expect(
      item(s, 'EC: ICT: ICT: 2C|')
        .flags.map((f) => flagText(f))
        .join(' '),
    ).toMatch(/More fixed broadband subscriptions than households/);
  });
  it('Wi-Fi hotspots have no benchmark and are reported but not scored', () => {
    const s = score(u4ssc, referenceTargets, input({ 'EC: ICT: ICT: 5A|': { value: 140 } }));
    expect(item(s, 'EC: ICT: ICT: 5A|')).toMatchObject({ state: 'unbenchmarked', points: null, status: 'reported' });
  });
});

describe('the fictional demo city', () => {
  it('names only data points of the catalogue and covers every one', () => {
    expect(DEMO_IDS.filter((id) => !u4ssc.byId.has(id))).toEqual([]);
    expect(DEMO_IDS).toHaveLength(u4ssc.datapoints.length);
  });
  it('scores with no rejected input', () => {
    const s = score(u4ssc, referenceTargets, demoInput(u4ssc));
    expect(s.items.filter((i) => i.state === 'invalid')).toEqual([]);
    expect(s.overall.benchmarked).toBeGreaterThan(80);
  });
});

describe('the fictional demo cities', () => {
  const scored = DEMO_CITIES.map((c) => ({ c, s: score(u4ssc, referenceTargets, demoCityInput(u4ssc, c)) }));
  const percent = (s: Scores, code: string) => s.dimensions.find((d) => d.code === code)!.percent!;

  it('are each named and noted as fictional, and Demoville has several years', () => {
    for (const c of DEMO_CITIES) {
      expect(c.city).toMatch(/\(fictional\)$/);
      expect(c.notes).toMatch(/^Fictional demonstration data/);
    }
    expect(DEMO_CITIES.filter((c) => c.city === DEMO_CITIES[0].city).map((c) => c.year)).toEqual([2025, 2024, 2023]);
    expect(new Set(DEMO_CITIES.map((c) => c.key)).size).toBe(DEMO_CITIES.length);
  });
  it('score with no rejected input and no plausibility warning, with fictional provenance on every value', () => {
    for (const { c, s } of scored) {
      expect(
        s.items.filter((i) => i.state === 'invalid'),
        c.key,
      ).toEqual([]);
      expect(
        s.items.flatMap((i) => i.flags),
        c.key,
      ).toEqual([]);
      for (const entry of Object.values(demoCityInput(u4ssc, c).values)) {
        if (entry.status === 'reported') expect(entry.source).toMatch(/^Invented for the .+ training example$/);
        else expect(entry.note).toMatch(/fictional/);
      }
    }
  });
  it('the two other cities report every data point that applies', () => {
    for (const { c, s } of scored.filter(({ c }) => c.complete)) {
      expect(
        s.items.filter((i) => i.state === 'not-reported' || i.state === 'invalid'),
        c.key,
      ).toEqual([]);
      expect(s.overall.reported, c.key).toBe(s.overall.expected);
    }
  });
  it('have different strengths: Verdania Bay leads on environment, Ferrum Heights on economy, Demoville improves year on year', () => {
    const by = (key: string) => scored.find(({ c }) => c.key === key)!.s;
    const [v, f, d] = [by('verdania-2025'), by('ferrum-2025'), by('demoville-2025')];
    expect(percent(v, 'EN')).toBeGreaterThan(percent(d, 'EN'));
    expect(percent(v, 'EN')).toBeGreaterThan(percent(f, 'EN'));
    expect(percent(f, 'EC')).toBeGreaterThan(percent(d, 'EC'));
    expect(percent(f, 'EC')).toBeGreaterThan(percent(v, 'EC'));
    expect(by('demoville-2023').overall.percent!).toBeLessThan(by('demoville-2024').overall.percent!);
    expect(by('demoville-2024').overall.percent!).toBeLessThan(d.overall.percent!);
  });
  it('report ozone as a plausible annual mean (catalogue 2017.2), not a peak-season 8-hour level', () => {
    // European long-term urban ozone levels run at about 40–60 µg/m³; the WHO peak-season guideline is 60.
    for (const { c, s } of scored) {
      const o3 = s.items.find((i) => i.id === 'EN: EN: AQ: 1C|O3')!.value!;
      expect(o3, c.key).toBeGreaterThanOrEqual(30);
      expect(o3, c.key).toBeLessThanOrEqual(75);
    }
  });
  it('Demoville 2025 is the demo the fixtures were made from', () => {
    expect(demoCityInput(u4ssc, DEMO_CITIES[0])).toEqual(demoInput(u4ssc));
  });
});
