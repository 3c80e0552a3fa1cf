/**
 * Merging the user's own framework of two copies of one assessment (format 9): the framework each
 * names and its local KPIs' values. The compare view lists U4SSC differences only (compare.ts), and
 * the merge started from side A, so B's local values (the verifier's or the city's figures typed on
 * the other side) were dropped without a word. Here nothing one side holds is lost:
 *
 *  - a local value only one side holds is kept;
 *  - a local value both sides hold alike is kept once;
 *  - a local value both sides hold differently keeps side A's, as the merge keeps A where the user chose
 *    nothing, and is listed, so the merge says which of B's figures it did not take;
 *  - the framework: A's when A names one, else B's; two different ones keep A's and are listed.
 *
 * Pure: no DOM, no storage.
 */
import type { AssessmentDoc, LocalFrameworkRef } from './assessment';
import type { ValueEntry } from './types';

export interface LocalMerge {
  localFramework?: LocalFrameworkRef;
  localValues?: Record<string, ValueEntry>;
  /** Local data points both sides hold with different values: side A's kept. */
  differing: string[];
  /** B names another framework than A (A's kept). */
  frameworkDiffers: boolean;
}

const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    // Keys sorted: two copies of one entry written in another order are the same value.
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)))
      : x,
  );

export function mergeLocal(a: Pick<AssessmentDoc, 'localFramework' | 'localValues'>, b: Pick<AssessmentDoc, 'localFramework' | 'localValues'>): LocalMerge {
  const values: Record<string, ValueEntry> = {};
  const differing: string[] = [];
  for (const [id, entry] of Object.entries(a.localValues ?? {})) values[id] = structuredClone(entry);
  for (const [id, entry] of Object.entries(b.localValues ?? {})) {
    if (!(id in values)) values[id] = structuredClone(entry);
    else if (canon(values[id]) !== canon(entry)) differing.push(id);
  }
  const fa = a.localFramework;
  const fb = b.localFramework;
  const frameworkDiffers = fa !== undefined && fb !== undefined && (fa.id !== fb.id || fa.version !== fb.version);
  const ref = fa ?? fb;
  return {
    ...(ref && { localFramework: { ...ref } }),
    ...(Object.keys(values).length > 0 && { localValues: values }),
    differing,
    frameworkDiffers,
  };
}
