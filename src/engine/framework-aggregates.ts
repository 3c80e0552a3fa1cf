/**
 * The aggregates of the framework an assessment names (issue #30). When the named framework file is a
 * selection of U4SSC (KPIs left out or moved, local KPIs added), the results show two sets of aggregates
 * side by side, each labelled with its framework and its number of KPIs: U4SSC's, the official ones,
 * unchanged (the assessment's own scores), and the selection's, which the engine computes over the
 * selection's KPIs (its local KPIs included, in the categories the file puts them in) by the same rules:
 * pooled U4SSC points or the continuous mean, each data point counting once, as the file format carries
 * no weights of its own. A selection that keeps every U4SSC KPI and adds none scores exactly as U4SSC
 * (the engine's sums are integers, so the order of the KPIs changes nothing).
 *
 * Pure: the scores come from `localKpis` (local-kpis.ts), which scores the file as a whole.
 */
import { normaliseCode, type Framework } from './framework';
import type { LocalKpis } from './local-kpis';
import type { AggregateResult, Scores } from './types';

/** One framework's headline aggregates and what they cover. */
export interface FrameworkAggregates {
  id: string;
  version: string;
  name: string;
  /** KPIs of the framework. */
  kpis: number;
  /** Of which the framework's own (not in U4SSC): 0 for U4SSC itself. */
  local: number;
  /** U4SSC KPIs the framework leaves out: 0 for U4SSC itself. */
  left: number;
  overall: AggregateResult;
  dimensions: AggregateResult[];
}

/** U4SSC's aggregates and the selection's, in the order the results show them. */
export interface SelectionAggregates {
  u4ssc: FrameworkAggregates;
  selection: FrameworkAggregates;
}

const codes = (fw: Framework): string[] => fw.data.kpis.map((k) => normaliseCode(k.code));

/**
 * Whether `fw` is a selection of `base`: it leaves a KPI out, adds one of its own, or orders them
 * otherwise. A copy of U4SSC with other links or targets is not: its KPIs are U4SSC's, in U4SSC's order.
 */
export function isSelection(fw: Framework, base: Framework): boolean {
  const a = codes(fw);
  const b = codes(base);
  return a.length !== b.length || a.some((c, i) => c !== b[i]);
}

/** A framework's headline aggregates (overall and dimensions) from the engine's scores of it, counted against `base`. */
export function frameworkAggregates(fw: Framework, base: Framework, scores: Scores): FrameworkAggregates {
  const inBase = new Set(codes(base));
  const inFw = new Set(codes(fw));
  const local = [...inFw].filter((c) => !inBase.has(c)).length;
  return {
    id: fw.data.id,
    version: fw.data.frameworkVersion,
    name: fw.data.name,
    kpis: fw.data.kpis.length,
    local,
    left: [...inBase].filter((c) => !inFw.has(c)).length,
    overall: scores.overall,
    dimensions: scores.dimensions,
  };
}

/**
 * Both sets of aggregates when the assessment's named framework is held here and is a selection of
 * `base` (U4SSC); null otherwise (no framework named, not held, or U4SSC's KPIs as they are), when the
 * U4SSC aggregates alone are the assessment's. `u4sscScores` are the assessment's own scores.
 */
export function selectionAggregates(u4sscScores: Scores, base: Framework, local: LocalKpis): SelectionAggregates | null {
  if (local.kind !== 'scored' || !isSelection(local.fw, base)) return null;
  return {
    u4ssc: frameworkAggregates(base, base, u4sscScores),
    selection: { ...frameworkAggregates(local.fw, base, local.scores), name: local.ref.name ?? local.fw.data.name },
  };
}

/** Share of a group's data points that apply which have a usable reported value (0 when none apply). */
export const coverageShare = (a: AggregateResult): number => (a.expected === 0 ? 0 : a.reported / a.expected);
