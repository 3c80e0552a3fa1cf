/**
 * Deterministic workspaces for the benchmark: N assessments of fictional cities, each with plausible
 * inputs for every data point of the framework (no Math.random: a seeded PRNG, so every run scores the
 * same data). Works with any framework: data points the demo city covers start from its values, the
 * others from their unit's range.
 *
 * Per assessment (rates are per data point):
 * - a city size (0.2×–5× the demo city) scales every profile field, so denominators differ;
 * - every value varies 0.5×–1.5× around its base, clamped to the data point's bounds, and for share
 *   ratios the numerator never exceeds its denominator; yes/no answers are yes 70 % of the time;
 * - 4 % are marked not reported (their numbers kept, as a user who flips the status leaves them),
 *   2 % not applicable, 3 % left blank (no entry at all);
 * - 1 % are impossible on purpose (a share above its denominator, a negative value) so the comparison
 *   also covers the rejection rules;
 * - 2 % have their benchmark removed (`none`) and 3 % carry the city's own target.
 */
import { createAssessment, type AssessmentDoc } from '../src/engine/assessment';
import type { DatapointRef, Framework } from '../src/engine/framework';
import { DEMO_PROFILE, demoInput } from '../src/engine/frameworks/u4ssc/demo';
import type { AssessmentInput, TargetOverride, ValueEntry } from '../src/engine/types';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);

/** What a data point looks like in the base city: its KPI value and, for ratios, its own denominator. */
interface Base {
  value: number;
  ownDenominator: number | null;
}

/** Base values per data point and base profile, computed once per framework. */
interface Template {
  profile: Record<string, number>;
  base: Map<string, Base>;
  provenance: Map<string, ValueEntry>;
}

const templates = new WeakMap<Framework, Template>();

function template(fw: Framework): Template {
  const cached = templates.get(fw);
  if (cached) return cached;
  const demo = demoInput(fw);
  const profile: Record<string, number> = {};
  for (const field of fw.data.profile) profile[field.id] = DEMO_PROFILE[field.id] ?? 100_000;
  const base = new Map<string, Base>();
  const provenance = new Map<string, ValueEntry>();
  for (const ref of fw.datapoints) {
    const e = demo.values[ref.id];
    const f = ref.def.formula;
    const ownDenominator = f.kind === 'ratio' && 'input' in f.denominator ? (typeof e?.denominator === 'number' ? e.denominator : 1000) : null;
    let value: number | null = null;
    if (typeof e?.value === 'number') value = e.value;
    else if (f.kind === 'ratio' && typeof e?.numerator === 'number') {
      const d = 'profile' in f.denominator ? profile[f.denominator.profile] : ownDenominator;
      if (typeof d === 'number' && d > 0) value = (e.numerator / d) * f.multiplier;
    }
    // Not in the demo (or not reported there): a plausible value from the unit's range.
    value ??= ref.def.max !== undefined ? ref.def.max * 0.6 : f.kind === 'ratio' && f.multiplier >= 1000 ? 500 : 50;
    base.set(ref.id, { value, ownDenominator });
    if (e?.source) provenance.set(ref.id, { quality: e.quality, source: e.source, year: e.year });
  }
  const t = { profile, base, provenance };
  templates.set(fw, t);
  return t;
}

/** Plausible inputs of one data point; `value` is the KPI value they give, `d` the denominator used. */
function entryFor(
  ref: DatapointRef,
  b: Base,
  profile: Record<string, number>,
  rand: () => number,
): { entry: ValueEntry; value: number | null; d: number | null } {
  const f = ref.def.formula;
  if (f.kind === 'yesno') return { entry: { value: rand() < 0.7 ? 'yes' : 'no' }, value: null, d: null };
  let v = b.value * (0.5 + rand());
  if (ref.def.max !== undefined) v = Math.min(v, ref.def.max);
  if (ref.def.min !== undefined) v = Math.max(v, ref.def.min);
  if (f.kind === 'direct' || f.kind === 'formula') return { entry: { value: round(v) }, value: round(v), d: null };
  const d = 'profile' in f.denominator ? profile[f.denominator.profile] : round(b.ownDenominator! * (0.5 + rand() * 1.5));
  let n = round((v * d) / f.multiplier);
  if (f.share && n > d) n = d;
  const entry: ValueEntry = 'input' in f.denominator ? { numerator: n, denominator: d } : { numerator: n };
  return { entry, value: (n / d) * f.multiplier, d };
}

/** One assessment of a fictional city. */
export function variedInput(fw: Framework, seed: number): AssessmentInput {
  const rand = prng(seed);
  const t = template(fw);
  const size = Math.exp(Math.log(0.2) + rand() * Math.log(25)); // 0.2× … 5× the base city
  const profile: Record<string, number> = {};
  for (const [id, v] of Object.entries(t.profile)) profile[id] = round(v * size * (0.9 + rand() * 0.2));
  const values: Record<string, ValueEntry> = {};
  const targets: Record<string, TargetOverride> = {};
  for (const ref of fw.datapoints) {
    const { entry, value, d } = entryFor(ref, t.base.get(ref.id)!, profile, rand);
    const roll = rand();
    if (roll < 0.03) continue; // blank: no entry at all
    const e: ValueEntry = { ...entry, status: 'reported', ...t.provenance.get(ref.id) };
    if (roll < 0.07) e.status = 'not-reported';
    else if (roll < 0.09) e.status = 'not-applicable';
    else if (roll < 0.1 && ref.def.formula.kind !== 'yesno') {
      // Impossible on purpose: a share above its denominator, or a negative value or numerator.
      if (ref.def.formula.kind === 'ratio' && ref.def.formula.share && d !== null) e.numerator = round(d * 1.25) + 1;
      else if (typeof e.numerator === 'number') e.numerator = -Math.max(1, e.numerator);
      else if (typeof e.value === 'number') e.value = -Math.max(1, e.value);
    }
    values[ref.id] = e;
    const tRoll = rand();
    if (tRoll < 0.02) targets[ref.id] = { target: 'none', rationale: 'No benchmark chosen (fictional).' };
    else if (tRoll < 0.05 && value !== null && value >= 0)
      targets[ref.id] = { target: round(value * (0.8 + rand() * 0.45)), rationale: 'The city’s own target (fictional).' };
  }
  return { profile, values, targets, method: { name: 'u4ssc-points' } };
}

export function workspace(fw: Framework, n: number, seed = 1): AssessmentInput[] {
  return Array.from({ length: n }, (_, i) => variedInput(fw, seed * 100_003 + i));
}

/** The same workspace as stored documents (for the browser import benchmark). */
export function workspaceDocs(fw: Framework, n: number, targetSetId: string): AssessmentDoc[] {
  return workspace(fw, n).map((input, i) => ({
    ...createAssessment({ city: `Benchmark city ${i + 1} (fictional)`, country: 'Nowhere (fictional)', year: 2025 }, fw, targetSetId, Date.UTC(2025, 0, 1)),
    ...input,
    id: `bench-${i + 1}`,
  }));
}

/** What a workspace holds, for the report: so a reader can see the data is not all-valid, all-scored. */
export function describe(inputs: AssessmentInput[], fw: Framework): string {
  let nr = 0;
  let na = 0;
  let blank = 0;
  let overrides = 0;
  for (const input of inputs) {
    for (const ref of fw.datapoints) {
      const e = input.values[ref.id];
      if (!e) blank++;
      else if (e.status === 'not-reported') nr++;
      else if (e.status === 'not-applicable') na++;
    }
    overrides += Object.keys(input.targets).length;
  }
  const all = inputs.length * fw.datapoints.length;
  const pct = (k: number) => `${((k / all) * 100).toFixed(1)} %`;
  return `${all.toLocaleString('en')} data points: ${pct(nr)} not reported, ${pct(na)} not applicable, ${pct(blank)} blank, ${overrides.toLocaleString('en')} target overrides`;
}
