import type { Framework } from '../../framework';
import type { AssessmentInput, NumInput, ValueEntry } from '../../types';

/**
 * Demoville: a FICTIONAL mid-sized city for workshops and tests. Every number below is invented to be
 * plausible for a European city of 250 000 inhabitants; none describes a real place. Values are the
 * KPI values a trainer wants to show; the generator turns them back into numerators (and, where the
 * denominator is the data point's own input, a round denominator) so the grid shows real inputs.
 */
export const DEMO_CITY = { city: 'Demoville (fictional)', country: 'Nowhere (fictional)', year: 2025 };
export const DEMO_NOTE = 'Fictional demonstration data for training. Demoville does not exist; every value is invented and must not be cited.';

export const DEMO_PROFILE: Record<string, number> = {
  population: 250_000,
  households: 112_000,
  labourForce: 131_000,
  youthLabourForce: 14_500,
  cityGdp: 11_800_000_000,
  cityArea: 148,
  municipalBudget: 1_250_000_000,
  liveBirths: 2_450,
  electricityCustomers: 126_000,
};

type DemoValue = number | 'yes' | 'no' | 'NR' | 'N/A';

/** KPI value per data point id, and for ratios with their own denominator, that denominator. */
const DEMO: Record<string, DemoValue | [number, number]> = {
  'EC: ICT: ICT: 1C|': 91.5,
  'EC: ICT: ICT: 2C|': 41,
  'EC: ICT: ICT: 3C|': 96_400,
  'EC: ICT: ICT: 4C|3G': 99.6,
  'EC: ICT: ICT: 4C|4G': 97.2,
  'EC: ICT: ICT: 5A|': 140,
  'EC: ICT: WS: 1C|': [34, 58_000],
  'EC: ICT: WS: 2A|': [48, 1_240],
  'EC: ICT: D: 1A|': [18, 860],
  'EC: ICT: ES: 1C|': [76, 131_000],
  'EC: ICT: ES: 2A|': 'NR',
  'EC: ICT: ES: 3A|': 6.5,
  'EC: ICT: T: 1C|': [62, 910],
  'EC: ICT: T: 2C|': [37, 210],
  'EC: ICT: T: 3A|': [21, 240],
  'EC: ICT: PS: 1A|Percentage': [44, 400],
  'EC: ICT: PS: 1A|Number': 176,
  'EC: ICT: PS: 2A|': 84,
  'EC: ICT: PS: 3A|': [68, 5_200],
  'EC: P: IN: 1C|': 2.2,
  'EC: P: IN: 2C|': 17.2,
  'EC: P: IN: 3A|': [99.3, 21_400],
  'EC: P: EM: 1C|': 6.4,
  'EC: P: EM: 2C|': 14.8,
  'EC: P: EM: 3A|': 4.9,
  'EC: P: EM: 4A|': 4.2,
  'EC: I: WS: 1C|': 100,
  'EC: I: WS: 2C|': 98.6,
  'EC: I: WS: 3C|': [19, 26_000_000],
  'EC: I: WS: 4C|': 96.8,
  'EC: I: WS: 5C|': 99.4,
  'EC: I: WA: 1C|': 100,
  'EC: I: ES: 1C|': 0.9,
  'EC: I: ES: 2C|': [74, 113_400],
  'EC: I: ES: 3C|': 100,
  'EC: I: T: 1C|': 118,
  'EC: I: T: 2A|': 86,
  'EC: I: T: 3C|': 62,
  'EC: I: T: 4A|Public transport': [27, 100_000],
  'EC: I: T: 4A|Private vehicle': [46, 100_000],
  'EC: I: T: 4A|Walking': [14, 100_000],
  'EC: I: T: 4A|Cycling': [11, 100_000],
  'EC: I: T: 4A|Para-transport': 'N/A',
  'EC: I: T: 5A|': [1.31, 22],
  'EC: I: T: 6A|': 152,
  'EC: I: T: 7A|': 38,
  'EC: I: T: 8A|': [13, 118_000],
  'EC: I: B: 1A|': [22, 640_000],
  'EC: I: B: 2A|': [31, 290],
  'EC: I: UP: 1A|': 0.9,
  'EC: I: UP: 2A|Compact': 'yes',
  'EC: I: UP: 2A|Connected': 'yes',
  'EC: I: UP: 2A|Integrated': 'no',
  'EC: I: UP: 2A|Inclusive': 'yes',
  'EC: I: UP: 2A|Resilient': 'yes',
  'EN: EN: AQ: 1C|PM10': 19,
  'EN: EN: AQ: 1C|PM2.5': 10.5,
  'EN: EN: AQ: 1C|NO2': 23,
  'EN: EN: AQ: 1C|SO2': 4,
  // An annual mean (catalogue 2017.2, VM22-p95), not a peak-season 8-hour mean: city-centre annual means of
  // ozone are lower than rural ones (NO titration; Paoletti et al. 2014, Environmental Pollution 192) and
  // long-term urban levels of about 39–56 µg/m³ are reported in European exposure studies. Invented.
  'EN: EN: AQ: 1C|O3': 52,
  'EN: EN: AQ: 2C|': 5.9,
  'EN: EN: WS: 1C|': 100,
  'EN: EN: WS: 2C|': 176,
  'EN: EN: WS: 3C|': 62.5,
  'EN: EN: WS: 4C|Primary': [99, 31_000_000],
  'EN: EN: WS: 4C|Secondary': [95, 31_000_000],
  'EN: EN: WS: 4C|Tertiary': [58, 31_000_000],
  'EN: EN: WA: 1C|Landfill': [16, 118_000],
  'EN: EN: WA: 1C|Burnt': [0, 118_000],
  'EN: EN: WA: 1C|Incinerated': [39, 118_000],
  'EN: EN: WA: 1C|Open dump': [0, 118_000],
  'EN: EN: WA: 1C|Recycled': [42, 118_000],
  'EN: EN: WA: 1C|Other': [3, 118_000],
  'EN: EN: EQ: 1C|': [100, 410],
  'EN: EN: EQ: 2A|': 17,
  'EN: EN: PSN: 1C|': 310,
  'EN: EN: PSN: 2A|': 81,
  'EN: EN: PSN: 3A|': 11.5,
  'EN: EN: PSN: 4A|': 'NR',
  'EN: E: E: 1C|': [31, 6_100_000],
  'EN: E: E: 2C|': 5_900,
  'EN: E: E: 3C|': 14.2,
  'EN: E: E: 4A|': [168, 640_000],
  'SC: EH: ED: 1C|': [88, 36_000],
  'SC: EH: ED: 2C|': [97.5, 38_500],
  'SC: EH: ED: 3C|': 27_800,
  'SC: EH: ED: 4C|': [99, 205_000],
  'SC: EH: ED: 5A|': 72,
  'SC: EH: H: 1C|': 81.7,
  'SC: EH: H: 2C|': 8.2,
  'SC: EH: H: 3C|': 392,
  'SC: EH: H: 4A|': 436,
  'SC: EH: H: 5A|': 100,
  'SC: EH: C: 1C|': 1.4,
  'SC: EH: C: 2A|': 21.2,
  'SC: SH: HO: 1C|': 0.4,
  'SC: SH: HO: 2A|': 27,
  'SC: SH: SI: 1C|': [0.87, 31.5],
  'SC: SH: SI: 2C|': 0.29,
  'SC: SH: SI: 3C|': 11.8,
  'SC: SH: SI: 4C|': [58, 198_000],
  'SC: SH: SI: 5A|': [61, 7_400],
  'SC: SH: SA: 1C|': 0,
  'SC: SH: SA: 2C|': 0.05,
  'SC: SH: SA: 3A|': 'yes',
  'SC: SH: SA: 4A|': 6.5,
  'SC: SH: SA: 5A|': 9.5,
  'SC: SH: SA: 6C|': 210,
  'SC: SH: SA: 7C|': 94,
  'SC: SH: SA: 8C|': 412,
  'SC: SH: SA: 9C|': 2.4,
  'SC: SH: FS: 1A|': 'NR',
};

const roundInput = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);

/**
 * Demoville's three "not reported" data points, as the base the other fictional cities start from (they
 * report every data point): monitored grid share with its grid length, recreational m² per 100 000
 * inhabitants, local food share with the tonnes supplied.
 */
const FILL: Record<string, [number, number] | number> = {
  'EC: ICT: ES: 2A|': [38, 1_900],
  'EN: EN: PSN: 4A|': 95_000,
  'SC: SH: FS: 1A|': [14, 410_000],
};

/** One shipped fictional assessment: a city in a year, told apart from the user's own by name and year. */
export interface DemoCity {
  key: string;
  city: string;
  country: string;
  year: number;
  notes: string;
  /** Population relative to Demoville's: the profile and own denominators scale with it. */
  scale: number;
  /**
   * Strength per dimension or sub-dimension code (-1 weak … +1 strong): each value moves that way from
   * Demoville 2025's, with a small fixed per-data-point spread, so each city has its own profile.
   */
  tilt: Record<string, number>;
  /** Report every data point (Demoville keeps its three "not reported" ones as the coverage example). */
  complete: boolean;
}

const note = (name: string) => `Fictional demonstration data for training. ${name} does not exist; every value is invented and must not be cited.`;

/** Demoville 2025 first (the one "Demo city" opens), then its earlier years, then the other cities. */
export const DEMO_CITIES: readonly DemoCity[] = [
  { key: 'demoville-2025', ...DEMO_CITY, notes: DEMO_NOTE, scale: 1, tilt: {}, complete: false },
  {
    key: 'demoville-2024',
    ...DEMO_CITY,
    year: 2024,
    notes: DEMO_NOTE,
    scale: 0.99,
    tilt: { EC: -0.12, 'EC: ICT': -0.25, EN: -0.1, 'EN: E': -0.3, SC: -0.05 },
    complete: false,
  },
  {
    key: 'demoville-2023',
    ...DEMO_CITY,
    year: 2023,
    notes: DEMO_NOTE,
    scale: 0.98,
    tilt: { EC: -0.25, 'EC: ICT': -0.5, EN: -0.2, 'EN: E': -0.55, SC: -0.1, 'SC: SH': 0.05 },
    complete: false,
  },
  {
    key: 'verdania-2025',
    city: 'Verdania Bay (fictional)',
    country: 'Nowhere (fictional)',
    year: 2025,
    notes: note('Verdania Bay'),
    scale: 0.36,
    // A green coastal town: clean air, water and energy; little digital infrastructure, few jobs.
    tilt: { EN: 0.8, 'EC: ICT': -0.7, 'EC: P': -0.5, 'EC: I': -0.15, 'SC: EH': 0.2, 'SC: SH': 0.1 },
    complete: true,
  },
  {
    key: 'ferrum-2025',
    city: 'Ferrum Heights (fictional)',
    country: 'Nowhere (fictional)',
    year: 2025,
    notes: note('Ferrum Heights'),
    scale: 2.5,
    // An industrial metropolis: strong economy and networks; polluted, energy-hungry, unequal.
    tilt: { EC: 0.6, 'EC: ICT': 0.8, EN: -0.75, 'EN: E': -0.9, 'SC: SH': -0.45, 'SC: EH': 0.15 },
    complete: true,
  },
];

/** A fixed spread in [-1, 1] per data point and city (FNV-1a of the two), so values do not all move alike. */
function spread(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h >>> 0) / 0xffffffff) * 2 - 1;
}

/** Three significant figures: a generated value reads like a measured one. */
const roundSig = (n: number) => (n === 0 ? 0 : Number(n.toPrecision(3)));

/** The KPI values of one city: Demoville 2025's moved by the city's strengths, then kept consistent. */
function cityValues(fw: Framework, city: DemoCity): Map<string, DemoValue | [number, number]> {
  const out = new Map<string, DemoValue | [number, number]>();
  const strength = (ref: Framework['datapoints'][number]) => city.tilt[ref.path.subdimension] ?? city.tilt[ref.path.dimension] ?? 0;
  for (const ref of fw.datapoints) {
    let base = DEMO[ref.id];
    if (base === undefined) continue;
    if (city.complete && base === 'NR' && FILL[ref.id] !== undefined) base = FILL[ref.id];
    const untilted = Object.keys(city.tilt).length === 0;
    if (untilted || typeof base === 'string') {
      if ((base === 'yes' || base === 'no') && !untilted) {
        const s = strength(ref) + 0.5 * spread(`${city.key}|${ref.id}`);
        base = s > 0.5 ? 'yes' : s < -0.5 ? 'no' : base;
      }
      out.set(ref.id, base);
      continue;
    }
    const [value, own] = Array.isArray(base) ? base : [base, undefined];
    const { def } = ref;
    const factor = Math.max(0.3, 1 + 0.35 * strength(ref) + 0.12 * spread(`${city.key}|${ref.id}`));
    let next = def.direction === 'higher' ? value * factor : def.direction === 'lower' ? value / factor : value;
    for (const check of def.checks ?? []) {
      if (check.kind === 'above') next = Math.min(next, check.value);
      if (check.kind === 'below') next = Math.max(next, check.value);
    }
    if (def.max !== undefined) next = Math.min(next, def.max);
    if (def.min !== undefined) next = Math.max(next, def.min);
    next = roundSig(next);
    out.set(ref.id, own === undefined ? next : [next, Math.round(own * city.scale)]);
  }
  const num = (v: DemoValue | [number, number] | undefined) => (typeof v === 'number' ? v : Array.isArray(v) ? v[0] : null);
  const put = (id: string, n: number) => {
    const v = out.get(id)!;
    out.set(id, Array.isArray(v) ? [n, v[1]] : n);
  };
  for (const ref of fw.datapoints) {
    for (const check of ref.def.checks ?? []) {
      if (check.kind === 'notAbove') {
        const mine = num(out.get(ref.id));
        const other = num(out.get(check.other));
        if (mine !== null && other !== null && mine > other) put(ref.id, other);
      } else if ((check.kind === 'sumAtMost' || check.kind === 'sumAbout') && ref.def.key === ref.kpi.datapoints[0].key) {
        // Shares of one whole (modes of transport, waste routes) add up to what Demoville's do.
        const ids = ref.kpi.datapoints.map((d) => `${ref.kpi.code}|${d.key}`);
        const baseSum = ids.reduce((sum, id) => sum + (num(DEMO[id]) ?? 0), 0);
        const sum = ids.reduce((s, id) => s + (num(out.get(id)) ?? 0), 0);
        if (sum > 0) for (const id of ids) if (num(out.get(id)) !== null) put(id, Math.round((num(out.get(id))! * baseSum * 10) / sum) / 10);
      }
    }
  }
  return out;
}

/** One shipped fictional city's inputs: profile, a value with fictional provenance for each data point, no target overrides. */
export function demoCityInput(fw: Framework, city: DemoCity): AssessmentInput {
  const values: Record<string, ValueEntry> = {};
  const profile: Record<string, number> = {};
  for (const [field, n] of Object.entries(DEMO_PROFILE)) profile[field] = city.scale === 1 ? n : roundSig(n * city.scale);
  const table = cityValues(fw, city);
  const name = city.city.replace(/\s*\(fictional\)$/, '');
  for (const ref of fw.datapoints) {
    const demo = table.get(ref.id);
    if (demo === undefined) continue;
    const provenance: ValueEntry = { quality: 'personal', source: `Invented for the ${name} training example`, year: city.year };
    if (demo === 'NR') values[ref.id] = { status: 'not-reported', note: 'Not collected in this fictional example.' };
    else if (demo === 'N/A') values[ref.id] = { status: 'not-applicable', note: `${name} has no informal para-transport (fictional).` };
    else if (demo === 'yes' || demo === 'no') values[ref.id] = { value: demo, status: 'reported', ...provenance };
    else {
      const f = ref.def.formula;
      const [value, ownDenominator] = Array.isArray(demo) ? demo : [demo, undefined];
      let entry: ValueEntry;
      if (f.kind === 'ratio' && 'profile' in f.denominator) {
        entry = { numerator: roundInput((value * profile[f.denominator.profile]) / f.multiplier) };
      } else if (f.kind === 'ratio' && ownDenominator !== undefined) {
        entry = { numerator: roundInput((value * ownDenominator) / f.multiplier), denominator: ownDenominator as NumInput };
      } else entry = { value };
      values[ref.id] = { ...entry, status: 'reported', ...provenance };
    }
  }
  return { profile, values, targets: {}, method: { name: 'u4ssc-points' } };
}

/** Demoville 2025's inputs (the demo the tests, fixtures and bench use). */
export function demoInput(fw: Framework): AssessmentInput {
  return demoCityInput(fw, DEMO_CITIES[0]);
}

/** Ids the demo covers; a test checks they all exist in the catalogue. */
export const DEMO_IDS = Object.keys(DEMO);
