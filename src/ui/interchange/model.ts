/**
 * Pure helpers behind the interchange views: counting, scoring summaries, ids for imported documents,
 * merged documents and target-file changes. No DOM, no storage: unit-tested in Node.
 */
import { holdingProvenance } from '../../engine/provenance';
import { signerOf, versionNumberOf, withOrigin } from '../../engine/versions';
import { createAssessment, duplicateAssessment, type AssessmentDoc } from '../../engine/assessment';
import { compareInputs, mergeInputs, type Difference } from '../../engine/compare';
import { mergeCycle, type CycleConflict } from '../../engine/cycle-merge';
import { mergeLocal } from '../../engine/local-merge';
import type { Framework } from '../../engine/framework';
import type { TargetSet } from '../../engine/targets';
import type { AssessmentInput, NumInput, Scores, TargetOverride, ValueEntry } from '../../engine/types';
import { formatPercent } from '../format';
import { interchangeWords } from '../strings/interchange';
import { timeWords } from '../strings/time';
import { catalogueName, groupName } from '../strings/kpi-names';

// Counting, the overall score and the ids of imported documents are shared with the read worker.
export { enteredCount, overallPercent, withImportIds } from '../../interchange/import-docs';

/** `12.3 %`, or a dash. */
export function percentText(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return interchangeWords.notScored;
  return formatPercent(p);
}

/** A new assessment from a values table (CSV or spreadsheet) and the name the user confirmed. */
export function docFromTable(
  input: AssessmentInput,
  fields: { city: string; country: string; year: number; notes?: string },
  fw: Framework,
  targetSetId: string,
  now = Date.now(),
): AssessmentDoc {
  const doc = createAssessment(fields, fw, targetSetId, now);
  return {
    ...doc,
    profile: structuredClone(input.profile),
    values: structuredClone(input.values),
    targets: structuredClone(input.targets),
    method: { ...input.method },
    // A results workbook carries the city's own targets and the target set that scored it.
    ...(input.ownTargets && { ownTargets: structuredClone(input.ownTargets) }),
    ...(input.scoringTargets && { scoringTargets: input.scoringTargets }),
    // A values CSV's `provenance` column: where its figures came from.
    ...(input.provenance && { provenance: structuredClone(input.provenance) }),
  };
}

export const assessmentName = (d: Pick<AssessmentDoc, 'city' | 'year'>): string => interchangeWords.assessmentName(d.city, d.year);

/**
 * A new assessment holding A, except the differences whose key is in `takeB`: new id, city, country and
 * year from A, notes saying where it came from. Neither A nor B is changed.
 */
export function mergeAssessments(fw: Framework, a: AssessmentDoc, b: AssessmentDoc, takeB: ReadonlySet<string>, now = Date.now()): AssessmentDoc {
  const keys = new Set(compareInputs(fw, a, b).map((d) => d.key));
  const fromB = [...takeB].filter((k) => keys.has(k)).length;
  const merged = mergeInputs(fw, a, b, takeB);
  const notes = [interchangeWords.mergedNotes(assessmentName(a), assessmentName(b), fromB), a.notes].filter(Boolean).join('\n\n');
  const base = duplicateAssessment(a, { notes }, now);
  // The cycle's fields follow the rules of engine/cycle-merge.ts against the values chosen here.
  for (const key of ['review', 'threads', 'evidence', 'recommendations', 'actions', 'frozen', 'parent', 'history', 'origin'] as const) delete base[key];
  const cycle = mergeCycle(fw.datapoints, a, b, merged).fields;
  const doc: AssessmentDoc = {
    ...base,
    profile: merged.profile,
    values: merged.values,
    targets: merged.targets,
    method: merged.method,
    scoringTargets: merged.scoringTargets ?? 'reference',
  };
  if (Object.keys(merged.ownTargets ?? {}).length > 0) doc.ownTargets = merged.ownTargets;
  else delete doc.ownTargets;
  // Empty collections are left out, as a new assessment has none.
  if (Object.keys(cycle.review ?? {}).length > 0) doc.review = cycle.review;
  if (Object.keys(cycle.threads ?? {}).length > 0) doc.threads = cycle.threads;
  if (Object.keys(cycle.evidence ?? {}).length > 0) doc.evidence = cycle.evidence;
  if ((cycle.recommendations ?? []).length > 0) doc.recommendations = cycle.recommendations;
  if ((cycle.actions ?? []).length > 0) doc.actions = cycle.actions;
  if (cycle.parent) doc.parent = cycle.parent;
  if (cycle.history) doc.history = cycle.history;
  // Each figure keeps the source of the side it was taken from (format 8).
  const provenance = holdingProvenance(doc, [a.provenance, b.provenance]);
  if (provenance) doc.provenance = provenance;
  else delete doc.provenance;
  // The user's own framework and its local values (format 9): nothing either side holds is lost (local-merge.ts).
  const local = mergeLocal(a, b);
  delete doc.localFramework;
  delete doc.localValues;
  if (local.localFramework) doc.localFramework = local.localFramework;
  if (local.localValues) doc.localValues = local.localValues;
  // A new version of both (#24): one more than the later side, marked as merged with B, who signed it.
  doc.versionNumber = Math.max(versionNumberOf(a), versionNumberOf(b)) + 1;
  return withOrigin(doc, 'merge', now, assessmentName(b), signerOf(b));
}

/** What the cycle merge would drop or could not decide, for the current choices (shown before merging). */
export function mergeConflicts(fw: Framework, a: AssessmentDoc, b: AssessmentDoc, takeB: ReadonlySet<string>): CycleConflict[] {
  const conflicts = mergeCycle(fw.datapoints, a, b, mergeInputs(fw, a, b, takeB)).conflicts;
  // The compare view has no rows for local KPIs: what the merge does not take of B's is said here.
  const local = mergeLocal(a, b);
  const ref = (r: AssessmentDoc['localFramework']) => (r ? `${r.id} ${r.version}` : '');
  if (local.frameworkDiffers) conflicts.push({ kind: 'local-framework-differs', a: ref(a.localFramework), b: ref(b.localFramework) });
  for (const id of local.differing) conflicts.push({ kind: 'local-differs', id });
  return conflicts;
}

// ---------------------------------------------------------------------------------------------------
// Text for a difference's sides

const numText = (v: NumInput | undefined): string => (v === undefined || v === null || v === '' ? interchangeWords.empty : String(v));

export function targetText(t: TargetOverride | undefined): string {
  if (!t) return interchangeWords.empty;
  const value = t.target === 'none' ? interchangeWords.targetNone : String(t.target);
  return t.rationale ? interchangeWords.targetRationale(value, t.rationale) : value;
}

/** What a difference is about: a data point or profile field, or the choice of target set. */
export const differenceLabel = (d: Difference): string =>
  d.kind === 'scoring-targets' ? timeWords.scoring.title : d.kind === 'profile' ? catalogueName('profile', d.field, d.label) : d.label;

/** One side of a difference as lines of plain text: only the fields that differ. */
export function differenceSide(d: Difference, side: 'a' | 'b'): string[] {
  if (d.kind === 'profile') return [numText(d[side])];
  if (d.kind === 'target') return [targetText(d[side])];
  if (d.kind === 'scoring-targets') return [timeWords.scoring[d[side]]];
  if (d.kind === 'own-target') {
    const o = d[side];
    const num = (v: number | undefined) => (v === undefined ? null : String(v));
    return [
      o ? timeWords.ownSummary(num(o.target), o.deadline ?? null, num(o.baseline), o.baselineYear ?? null) || interchangeWords.empty : interchangeWords.empty,
    ];
  }
  const entry: ValueEntry | undefined = d[side];
  return d.fields.map((f) => {
    const v = entry?.[f];
    return `${interchangeWords.fieldNames[f] ?? f}: ${v === undefined || v === null || v === '' ? interchangeWords.empty : String(v)}`;
  });
}

// ---------------------------------------------------------------------------------------------------
// Target file

export interface TargetChange {
  id: string;
  label: string;
  before: string;
  after: string;
}

/** The target in force for a data point, as text: an override, the reference target, or none. */
function inForce(id: string, reference: TargetSet, overrides: Record<string, TargetOverride>): { value: number | 'none'; text: string } {
  const o = overrides[id];
  if (o) return { value: o.target, text: o.target === 'none' ? interchangeWords.targetNone : String(o.target) };
  const t = reference.byId.get(id);
  if (!t || t.target === null) return { value: 'none', text: interchangeWords.targetRef(interchangeWords.targetNone) };
  return { value: t.target, text: interchangeWords.targetRef(String(t.target)) };
}

/** What applying a target file would change in the targets in force, in catalogue order. */
export function targetChanges(
  fw: Framework,
  reference: TargetSet,
  current: Record<string, TargetOverride>,
  fromFile: Record<string, TargetOverride>,
): TargetChange[] {
  const out: TargetChange[] = [];
  for (const ref of fw.datapoints) {
    const next = fromFile[ref.id];
    if (!next) continue;
    const now = inForce(ref.id, reference, current);
    if (now.value === next.target) continue;
    out.push({
      id: ref.id,
      label: ref.def.key ? `${ref.kpi.code} ${ref.def.key}` : ref.kpi.code,
      before: now.text,
      after: next.target === 'none' ? interchangeWords.targetNone : String(next.target),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Import preview

/** How many data points a score counts (scored), cannot use as entered (rejected) and lacks (not reported). */
export function scoreCounts(scores: Scores): { scored: number; rejected: number; missing: number } {
  let scored = 0;
  let rejected = 0;
  let missing = 0;
  for (const item of scores.items) {
    if (item.state === 'scored') scored++;
    else if (item.state === 'invalid') rejected++;
    else if (item.state === 'not-reported') missing++;
  }
  return { scored, rejected, missing };
}

/** The overall score and each dimension's, for a preview table. */
export const previewLevels = (scores: Scores): { code: string; name: string; percent: number | null }[] => [
  { code: 'overall', name: interchangeWords.overall, percent: scores.overall.percent },
  ...scores.dimensions.map((d) => ({ code: d.code, name: groupName(d), percent: d.percent })),
];

/** The stored assessment most likely meant by a file: the same id, else the same city (any case) and year. */
export function likelyMatch(
  docs: readonly Pick<AssessmentDoc, 'id' | 'city' | 'year' | 'updatedAt'>[],
  file: { id?: string; city: string; year: number | null },
): { id: string; by: 'id' | 'name' } | null {
  if (file.id && docs.some((d) => d.id === file.id)) return { id: file.id, by: 'id' };
  const city = file.city.trim().toLocaleLowerCase();
  if (!city || file.year === null) return null;
  const same = docs.filter((d) => d.city.trim().toLocaleLowerCase() === city && d.year === file.year).sort((a, b) => b.updatedAt - a.updatedAt);
  return same.length > 0 ? { id: same[0].id, by: 'name' } : null;
}
