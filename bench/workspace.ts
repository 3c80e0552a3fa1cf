/**
 * Deterministic workspaces for the benchmark: N assessments derived from the fictional demo city with
 * seeded variation (no Math.random, so every run scores the same data).
 */
import { createAssessment, type AssessmentDoc } from '../src/engine/assessment';
import type { Framework } from '../src/engine/framework';
import { demoInput } from '../src/engine/frameworks/u4ssc/demo';
import type { AssessmentInput, ValueEntry } from '../src/engine/types';

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

/**
 * One assessment: the demo city's inputs with every numerator (or direct value) scaled by 0.5–1.0, so
 * shares stay at most their denominators and every value stays valid; yes/no answers flip at random.
 */
export function variedInput(fw: Framework, seed: number): AssessmentInput {
  const rand = prng(seed);
  const base = demoInput(fw);
  const values: Record<string, ValueEntry> = {};
  for (const [id, entry] of Object.entries(base.values)) {
    const e = { ...entry };
    const scale = 0.5 + rand() * 0.5;
    if (typeof e.numerator === 'number') e.numerator = Math.round(e.numerator * scale * 1000) / 1000;
    if (typeof e.value === 'number') e.value = Math.round(e.value * scale * 1000) / 1000;
    if (e.value === 'yes' || e.value === 'no') e.value = rand() < 0.7 ? 'yes' : 'no';
    values[id] = e;
  }
  return { ...base, values };
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
