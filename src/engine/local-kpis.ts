/**
 * The user's own framework inside an assessment (issue #30, assessment format 9). An assessment may
 * name, in `localFramework`, a framework file made in the library's framework editor (id and version);
 * the values of that framework's local KPIs (its data points the shipped U4SSC catalogue has not) are
 * kept in `localValues`, in the form of `values`. The U4SSC scores are the assessment's own, untouched:
 * the local KPIs are scored beside them here, by the same engine (their formula over named inputs, their
 * reference target and direction), on the framework file as a whole, so a local formula may read
 * U4SSC data points and profile fields as the file says.
 *
 * Where the named framework is not the one held in this browser (none, or another id or version), the
 * local values are kept as they are and not scored, and `localKpis` says so; nothing is dropped.
 */
import type { AssessmentDoc, LocalFrameworkRef } from './assessment';
import type { Comparison, ComparisonRow } from './comparison';
import { Evaluator } from './evaluator';
import { explain, type Explanation } from './explain';
import { loadFramework, type DatapointRef, type Framework } from './framework';
import type { ReadFramework } from './framework-file';
import { explanationWithRuleFlags, withRuleFlags } from './rule-flags';
import { compileRules, type CompiledRule } from './rules';
import { loadTargetSet, type TargetSet } from './targets';
import type { AssessmentInput, ItemResult, Scores, ValueEntry } from './types';

/** The local KPIs of an assessment: none named, named but not held here, or scored. */
export type LocalKpis =
  | { kind: 'none' }
  /**
   * The assessment names a framework this browser does not hold (`held`: the one it holds instead, or
   * null): its local values (`kept`, by data point id) are kept, not scored.
   */
  | { kind: 'not-held'; ref: LocalFrameworkRef; held: LocalFrameworkRef | null; kept: string[] }
  | {
      kind: 'scored';
      ref: LocalFrameworkRef;
      /** The framework file as a whole (U4SSC data points and the local ones), as the engine scores it. */
      fw: Framework;
      targets: TargetSet;
      /** The local data points, in the file's order. */
      local: DatapointRef[];
      /** Their results, in the same order. */
      items: ItemResult[];
      /** Values kept for data points the framework no longer has: kept, not scored. */
      orphans: string[];
      /** The file's scores as a whole, the file's validation rules' warnings included (for explanations). */
      scores: Scores;
      /** The input the file is scored on (for explanations). */
      input: AssessmentInput;
    };

/** The reference a framework file is named by in an assessment. */
export const refOf = (held: ReadFramework): LocalFrameworkRef => ({ id: held.data.id, version: held.data.frameworkVersion, name: held.data.name });

/** Whether the held framework is the one an assessment names (its id and version). */
export const isNamed = (ref: LocalFrameworkRef, held: ReadFramework | null): held is ReadFramework =>
  held !== null && held.data.id === ref.id && held.data.frameworkVersion === ref.version;

/** The data points of `fw` the base framework (the shipped U4SSC catalogue) has not: its local KPIs. */
export const localDatapoints = (fw: Framework, base: Framework): DatapointRef[] => fw.datapoints.filter((d) => !base.byId.has(d.id));

const EMPTY_TARGETS = (fw: Framework) => ({
  format: 'ssc-workbench/targets' as const,
  version: 1 as const,
  id: `${fw.data.id}-none`,
  name: fw.data.name,
  frameworkId: fw.data.id,
  illustrative: false,
  statement: '',
  targets: [],
});

/**
 * The framework file indexed for the engine, with its reference targets and its validation rules (each
 * compiled alone against the file, so one that no longer compiles leaves the others); cached per read file.
 */
const indexed = new WeakMap<ReadFramework, { fw: Framework; targets: TargetSet; rules: CompiledRule[] }>();
export function indexHeld(held: ReadFramework): { fw: Framework; targets: TargetSet; rules: CompiledRule[] } {
  let out = indexed.get(held);
  if (!out) {
    const fw = loadFramework(held.data);
    const rules = held.rules.flatMap((rule) => {
      const one = compileRules(fw, [rule]);
      return one.ok ? one.rules : [];
    });
    out = { fw, targets: loadTargetSet(held.targets ?? EMPTY_TARGETS(fw), fw), rules };
    indexed.set(held, out);
  }
  return out;
}

/**
 * The assessment's input as the framework file scores it: its U4SSC values and its local values, for
 * the data points the file has (a national selection may leave some U4SSC ones out), with its profile,
 * overrides and method.
 */
export function localInput(doc: AssessmentDoc, fw: Framework): AssessmentInput {
  const values: Record<string, ValueEntry> = {};
  for (const [id, entry] of Object.entries(doc.values)) if (fw.byId.has(id)) values[id] = entry;
  for (const [id, entry] of Object.entries(doc.localValues ?? {})) if (fw.byId.has(id)) values[id] = entry;
  const known = <T>(r: Record<string, T> | undefined): Record<string, T> | undefined =>
    r && Object.fromEntries(Object.entries(r).filter(([id]) => fw.byId.has(id)));
  return {
    profile: doc.profile,
    values,
    targets: known(doc.targets) ?? {},
    method: doc.method,
    ...(doc.ownTargets && { ownTargets: known(doc.ownTargets) }),
    ...(doc.scoringTargets && { scoringTargets: doc.scoringTargets }),
  };
}

/** The local KPIs of `doc`, scored when `held` (the framework file stored in this browser) is the one it names. */
export function localKpis(doc: AssessmentDoc, held: ReadFramework | null, base: Framework): LocalKpis {
  const ref = doc.localFramework;
  if (!ref) return { kind: 'none' };
  if (!isNamed(ref, held)) return { kind: 'not-held', ref, held: held ? refOf(held) : null, kept: Object.keys(doc.localValues ?? {}) };
  const { fw, targets, rules } = indexHeld(held);
  const local = localDatapoints(fw, base);
  const input = localInput(doc, fw);
  // The file's rules warn on the local KPIs as the U4SSC rows' rules do (a warning, never a refusal).
  const scores = withRuleFlags(new Evaluator(fw, targets, input).scores(), rules, doc.profile, fw);
  return {
    kind: 'scored',
    ref,
    fw,
    targets,
    local,
    items: local.map((d) => scores.items[d.index]),
    orphans: Object.keys(doc.localValues ?? {}).filter((id) => !fw.byId.has(id) || base.byId.has(id)),
    scores,
    input,
  };
}

/**
 * "Explain this number" for a local KPI: the same explanation as a U4SSC data point's (its formula as
 * written, its named inputs as typed, its target with basis and source, achievement), on the file's
 * own scoring, with the file's rules' warnings; without aggregates, as it counts in no U4SSC one.
 */
export function localExplanation(local: Extract<LocalKpis, { kind: 'scored' }>, id: string): Explanation {
  const x = explain(local.fw, local.targets, new Evaluator(local.fw, local.targets, local.input), id);
  // A local KPI counts in no U4SSC aggregate: the file's own groups are not shown as if it did.
  return explanationWithRuleFlags({ ...x, aggregates: [], levers: [] }, local.scores, local.fw);
}

/**
 * The local KPIs of assessments compared side by side (the compare view): rows only when every one of
 * them names the same framework (id and version) and this browser holds it; otherwise what each names,
 * so the view can say why there are none. `docs` are in the comparison's column order.
 */
export type LocalComparison =
  | { kind: 'none' }
  | { kind: 'not-shared'; uses: { id: string; ref: LocalFrameworkRef | null }[] }
  | { kind: 'not-held'; ref: LocalFrameworkRef }
  | { kind: 'rows'; ref: LocalFrameworkRef; local: DatapointRef[]; items: ItemResult[][]; targets: TargetSet };

export function localComparison(docs: readonly AssessmentDoc[], held: ReadFramework | null, base: Framework): LocalComparison {
  if (docs.every((d) => !d.localFramework)) return { kind: 'none' };
  const first = docs[0].localFramework;
  const same = (r: LocalFrameworkRef | undefined) => r !== undefined && first !== undefined && r.id === first.id && r.version === first.version;
  if (!docs.every((d) => same(d.localFramework))) return { kind: 'not-shared', uses: docs.map((d) => ({ id: d.id, ref: d.localFramework ?? null })) };
  const ref = first!;
  if (!isNamed(ref, held)) return { kind: 'not-held', ref };
  const each = docs.map((d) => localKpis(d, held, base));
  const scored = each.filter((l): l is Extract<LocalKpis, { kind: 'scored' }> => l.kind === 'scored');
  const { local, targets } = scored[0];
  return { kind: 'rows', ref, local, targets, items: local.map((_, r) => scored.map((s) => s.items[r])) };
}

/**
 * How an assessment's editing grid follows the framework it names: the base's (U4SSC's) data points
 * the file keeps, in the file's order; the ones it leaves out, in the base's order; and its local data
 * points, in the file's order. A file that keeps none of the base's KPIs is not a selection of them:
 * `left` is then empty and the base shows whole, in its own order (`kept` in the base's order).
 */
export interface FrameworkOrder {
  kept: DatapointRef[];
  left: DatapointRef[];
  local: DatapointRef[];
}

export function frameworkOrder(fw: Framework, base: Framework): FrameworkOrder {
  const kept = fw.datapoints.flatMap((d) => base.byId.get(d.id) ?? []);
  const local = localDatapoints(fw, base);
  if (kept.length === 0) return { kept: base.datapoints, left: [], local };
  const inFile = new Set(kept.map((d) => d.id));
  return { kept, left: base.datapoints.filter((d) => !inFile.has(d.id)), local };
}

/**
 * The comparison with the shared framework's local KPIs as rows of its own (issue #30), after the U4SSC
 * ones, each marked `local`: the value (scored or unbenchmarked), points and achievement as a U4SSC data
 * point's row has them, no trend. `local` must be `localComparison` of the comparison's assessments in
 * its column order (`ids`); anything else (not shared, not held, another order) leaves it as it is.
 */
export function withLocalRows(cmp: Comparison, local: LocalComparison, ids: readonly string[]): Comparison {
  if (local.kind !== 'rows' || ids.length !== cmp.columns.length || cmp.columns.some((c, i) => c.id !== ids[i])) return cmp;
  const rows = local.local.map((d): ComparisonRow => ({
    key: d.id,
    code: d.kpi.code,
    datapoint: d.def.key,
    name: d.def.key ? `${d.kpi.name} — ${d.def.label}` : d.kpi.name,
    level: 'datapoint',
    direction: d.def.direction,
    unit: d.def.unit,
    local: true,
  }));
  const of = (f: (i: ItemResult) => number | null) => local.items.map((items) => items.map(f));
  return {
    ...cmp,
    rows: [...cmp.rows, ...rows],
    value: [...cmp.value, ...of((i) => (i.state === 'scored' || i.state === 'unbenchmarked' ? i.value : null))],
    points: [...cmp.points, ...of((i) => i.points)],
    percent: [...cmp.percent, ...of((i) => (i.achievement === null ? null : i.achievement * 100))],
    trend: [...cmp.trend, ...rows.map(() => cmp.series.map(() => null))],
  };
}
