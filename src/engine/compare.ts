import type { Framework } from './framework';
import type { AssessmentInput, NumInput, OwnTarget, ScoringTargets, TargetOverride, ValueEntry } from './types';

/** One difference between two versions of an assessment, value by value, provenance included. */
export type Difference =
  | { kind: 'value'; key: string; id: string; label: string; fields: (keyof ValueEntry)[]; a: ValueEntry | undefined; b: ValueEntry | undefined }
  | { kind: 'profile'; key: string; field: string; label: string; a: NumInput | undefined; b: NumInput | undefined }
  | { kind: 'target'; key: string; id: string; label: string; a: TargetOverride | undefined; b: TargetOverride | undefined }
  | { kind: 'own-target'; key: string; id: string; label: string; a: OwnTarget | undefined; b: OwnTarget | undefined }
  /** Which target set scores the assessment (format 5); `label` is empty: the interface names it. */
  | { kind: 'scoring-targets'; key: string; label: string; a: ScoringTargets; b: ScoringTargets };

const OWN_FIELDS: (keyof OwnTarget)[] = ['target', 'deadline', 'baseline', 'baselineYear'];
const ENTRY_FIELDS: (keyof ValueEntry)[] = ['numerator', 'denominator', 'value', 'status', 'quality', 'source', 'year', 'note'];
const blank = (v: unknown) => v === undefined || v === null || v === '';
const same = (x: unknown, y: unknown) => (blank(x) && blank(y)) || x === y;

/** Lists what differs between `a` and `b`, in catalogue order. */
export function compareInputs(fw: Framework, a: AssessmentInput, b: AssessmentInput): Difference[] {
  const out: Difference[] = [];
  for (const p of fw.data.profile) {
    if (!same(a.profile[p.id], b.profile[p.id])) {
      out.push({ kind: 'profile', key: `profile:${p.id}`, field: p.id, label: p.label, a: a.profile[p.id], b: b.profile[p.id] });
    }
  }
  for (const ref of fw.datapoints) {
    const ea = a.values[ref.id];
    const eb = b.values[ref.id];
    const fields = ENTRY_FIELDS.filter((f) => !same(ea?.[f], eb?.[f]));
    const label = ref.def.key ? `${ref.kpi.code} ${ref.def.key}` : ref.kpi.code;
    if (fields.length > 0) out.push({ kind: 'value', key: `value:${ref.id}`, id: ref.id, label, fields, a: ea, b: eb });
    const ta = a.targets[ref.id];
    const tb = b.targets[ref.id];
    if (ta?.target !== tb?.target || ta?.rationale !== tb?.rationale) {
      out.push({ kind: 'target', key: `target:${ref.id}`, id: ref.id, label, a: ta, b: tb });
    }
    const oa = a.ownTargets?.[ref.id];
    const ob = b.ownTargets?.[ref.id];
    if (OWN_FIELDS.some((f) => !same(oa?.[f], ob?.[f]))) out.push({ kind: 'own-target', key: `own:${ref.id}`, id: ref.id, label, a: oa, b: ob });
  }
  const sa = a.scoringTargets ?? 'reference';
  const sb = b.scoringTargets ?? 'reference';
  if (sa !== sb) out.push({ kind: 'scoring-targets', key: 'scoring-targets', label: '', a: sa, b: sb });
  return out;
}

/**
 * Merges two versions: everything from `a`, except the differences whose key is chosen as 'b'. The
 * result is a new input; neither side is changed.
 */
export function mergeInputs(fw: Framework, a: AssessmentInput, b: AssessmentInput, takeB: ReadonlySet<string>): AssessmentInput {
  const merged = structuredClone(a);
  for (const d of compareInputs(fw, a, b)) {
    if (!takeB.has(d.key)) continue;
    if (d.kind === 'profile') {
      if (d.b === undefined) delete merged.profile[d.field];
      else merged.profile[d.field] = d.b;
    } else if (d.kind === 'value') {
      if (d.b === undefined) delete merged.values[d.id];
      else merged.values[d.id] = structuredClone(d.b);
    } else if (d.kind === 'target') {
      if (d.b === undefined) delete merged.targets[d.id];
      else merged.targets[d.id] = { ...d.b };
    } else if (d.kind === 'own-target') {
      const own = { ...merged.ownTargets };
      if (d.b === undefined) delete own[d.id];
      else own[d.id] = { ...d.b };
      merged.ownTargets = own;
    } else merged.scoringTargets = d.b;
  }
  return merged;
}
