/**
 * An import file's assessments apart from their wording and their storing: what the import panel's
 * preview shows of each (how many values, the overall score and, for a frozen one, whether its data
 * still has its fingerprint), and the ids they are stored under. Pure over the documents, so the read
 * worker makes these lines for a file it keeps (and stores itself, src/worker/read-api.ts) and the page
 * makes the same ones for a small file it read.
 */
import { duplicateAssessment, hasInput, type AssessmentDoc } from '../engine/assessment';
import { score } from '../engine/evaluator';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import type { AssessmentInput } from '../engine/types';

/** Assessments of a file listed by name in the preview; the others are counted. */
export const PREVIEW_LINES = 50;

/** One assessment of a file as the preview lists it. */
export interface PreviewLine {
  id: string;
  city: string;
  year: number;
  /** Data points with something entered. */
  entered: number;
  /** Overall percent, or null when nothing is scored. */
  overall: number | null;
  /** A frozen assessment: its fingerprint, and whether its data still has it. */
  frozen?: { fingerprint: string; matches: boolean };
}

/** Data points with a numerator, denominator or value entered. */
export function enteredCount(input: AssessmentInput): number {
  return Object.values(input.values).filter((e) => e && hasInput(e)).length;
}

/** Overall percent under the assessment's method, or null when nothing is scored. */
export function overallPercent(fw: Framework, targets: TargetSet, input: AssessmentInput): number | null {
  return score(fw, targets, input).overall.percent;
}

/** The preview's lines of the first `count` documents. */
export async function previewLines(docs: readonly AssessmentDoc[], fw: Framework, targets: TargetSet, count = PREVIEW_LINES): Promise<PreviewLine[]> {
  const shown = docs.slice(0, count);
  // Loaded only for a file with a frozen assessment (it holds the hash).
  const fingerprint = shown.some((d) => d.frozen) ? await import('../engine/fingerprint') : null;
  return Promise.all(
    shown.map(async (d): Promise<PreviewLine> => {
      const line: PreviewLine = { id: d.id, city: d.city, year: d.year, entered: enteredCount(d), overall: overallPercent(fw, targets, d) };
      if (d.frozen && fingerprint) line.frozen = { fingerprint: d.frozen.fingerprint, matches: (await fingerprint.checkFingerprint(d, fw)).matches };
      return line;
    }),
  );
}

/**
 * Imported documents as they will be stored without overwriting anything: a document whose id is
 * already stored (or repeats in the same file) becomes a copy under a new id. `replace` lists the ids
 * the user explicitly confirmed to overwrite; those keep their id.
 */
export function withImportIds(
  docs: readonly AssessmentDoc[],
  existing: ReadonlySet<string>,
  replace: ReadonlySet<string> = new Set(),
  now = Date.now(),
): { docs: AssessmentDoc[]; renamed: number } {
  const seen = new Set<string>();
  let renamed = 0;
  const out = docs.map((doc) => {
    const clash = seen.has(doc.id) || (existing.has(doc.id) && !replace.has(doc.id));
    const next = clash ? duplicateAssessment(doc, {}, now) : doc;
    if (clash) renamed++;
    seen.add(next.id);
    return next;
  });
  return { docs: out, renamed };
}
