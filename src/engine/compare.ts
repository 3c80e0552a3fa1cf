import type { Framework } from './framework';
import type { AssessmentInput, NumInput, TargetOverride, ValueEntry } from './types';

/** One difference between two versions of an assessment, value by value, provenance included. */
export type Difference =
  | { kind: 'value'; key: string; id: string; label: string; fields: (keyof ValueEntry)[]; a: ValueEntry | undefined; b: ValueEntry | undefined }
  | { kind: 'profile'; key: string; field: string; label: string; a: NumInput | undefined; b: NumInput | undefined }
  | { kind: 'target'; key: string; id: string; label: string; a: TargetOverride | undefined; b: TargetOverride | undefined };

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
  }
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
    } else if (d.b === undefined) delete merged.targets[d.id];
    else merged.targets[d.id] = { ...d.b };
  }
  return merged;
}
