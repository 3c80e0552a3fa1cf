import { achievementOf, type AchievementRule } from './achievement';
import { BAND_LABELS } from './bands';
import type { Evaluator } from './evaluator';
import type { Framework } from './framework';
import { leversOf, nextBandOf, type Lever, type NextBand } from './levers';
import type { TargetSet } from './targets';
import {
  sameFlag,
  type AggregateResult,
  type Direction,
  type EnteredValue,
  type Flag,
  type ItemResult,
  type KpiAlternative,
  type NumInput,
  type ScoringTargets,
  type UnitConversion,
} from './types';

/** "Explain this number": the chain from inputs to the aggregates a data point counts towards. */
export interface Explanation {
  id: string;
  kpi: {
    code: string;
    name: string;
    definition: string;
    tier: string;
    sdg: string[];
    confidence: string;
    sources: string;
    /** Guidance for the evaluator from the catalogue's notes (what to enter, what is normal). */
    notes?: string;
    /**
     * The catalogue's notes about its own sources ("Official page not read.", "from memory [MEM]"):
     * kept for reviewers of the catalogue, not guidance about the city's data.
     */
    sourceNotes?: string;
    /** Where the official pages disagree: the catalogue's choice and the alternative. */
    alternatives: KpiAlternative[];
  };
  datapoint: { key: string; label: string; unit: string; direction: Direction; conversions: UnitConversion[] };
  /** How the value comes about; the UI words it (the engine gives data, never prose). */
  formulaKind: 'ratio' | 'formula' | 'direct' | 'yesno';
  /** A framework file's formula in the formula language (`formula` kind), as written. */
  expression?: string;
  /** The parts of a ratio formula (catalogue labels), so the UI can word it and format the multiplier (`× 100 000`). */
  formulaParts: { numerator: string; denominator: string; denominatorFromProfile: boolean; multiplier: number } | null;
  /**
   * Each input as stored: a number, text the engine rejected, or nothing (the UI formats numbers).
   * `role` says which input it is; `name` is the catalogue's label of a numerator or denominator.
   */
  inputs: { role: 'numerator' | 'denominator' | 'reported'; name: string | null; value: NumInput | undefined; fromProfile?: boolean }[];
  /**
   * `calculation` gives the numbers so the UI can format them in the user's locale: a ratio, a directly
   * reported number, or a yes/no answer.
   */
  value: {
    value: number | null;
    calculation:
      | { kind: 'ratio'; numerator: number; denominator: number; multiplier: number; value: number }
      | { kind: 'reported'; value: number }
      | { kind: 'yesno'; yes: boolean }
      | null;
    /** The value as entered in another unit (12 ppb × 1.9), when the stored value is still that conversion. */
    entered: EnteredValue | null;
  };
  /**
   * `from`: the assessment's own target (or its removal), the reference target set, no entry in the
   * set, or the city's own target (`own`: the assessment is scored against its own targets and this data
   * point has one; `deadline` is its year, if set). `rationale` and `source` are the target's own text where it has one (null otherwise: the
   * UI says what `from` means). `basis`: whether a reference target rests on a public document or on
   * the workbench's judgement.
   */
  target: {
    value: number | null;
    origin: ItemResult['targetOrigin'];
    from: 'assessment' | 'reference' | 'no-entry' | 'own';
    rationale: string | null;
    source: string | null;
    basis?: 'public' | 'judgement';
    deadline?: number;
  };
  /**
   * Which target set scores the assessment and whether this data point has an own target with a number
   * (so the UI can say "scored against the reference target: no own target is set for this data point").
   */
  scoringTargets: { choice: ScoringTargets; hasOwn: boolean };
  achievement: { value: number | null; rule: AchievementRule | null };
  points: { points: number | null; band: string | null };
  state: ItemResult['state'];
  flags: Flag[];
  aggregates: AggregateResult[];
  /** The value that reaches the next band (or why there is none). */
  nextBand: NextBand;
  /** Per aggregate above (same order), the three data points that raise it most by each moving up a band. */
  levers: Lever[][];
}

/**
 * Sentences of a catalogue note that are about the catalogue's own research (which pages were read,
 * what is from memory), not about the city's data.
 */
const RESEARCH = [
  /^official page not read/i,
  /^only the (first|second) half of the official page/i,
  /^definition read on the official page/i,
  /^name confirmed by (two|several) sources/i,
  /from memory\b|\[MEM\]/,
  /^the sdg link .*comes from/i,
  /^the definition comes from/i,
  /not verified against/i,
];
const isResearch = (text: string) => RESEARCH.some((r) => r.test(text.trim()));

/** Splits a catalogue note into guidance for the evaluator and notes about the catalogue's sources. */
export function splitNotes(notes: string | undefined): { notes?: string; sourceNotes?: string } {
  if (!notes?.trim()) return {};
  const guidance: string[] = [];
  const research: string[] = [];
  for (const sentence of notes.trim().split(/(?<=[.!?])\s+(?=[A-Z"“(])/)) {
    // "Official page not read; what qualifies … is left to the evaluator." → one clause each way.
    const clauses = sentence.split(/;\s+/);
    const lead: string[] = [];
    while (clauses.length > 0 && isResearch(clauses[0])) lead.push(clauses.shift()!);
    if (lead.length === 0) {
      guidance.push(sentence);
      continue;
    }
    const head = lead.join('; ');
    research.push(/[.!?]$/.test(head) ? head : `${head}.`);
    if (clauses.length > 0) {
      const rest = clauses.join('; ');
      guidance.push(rest.charAt(0).toUpperCase() + rest.slice(1));
    }
  }
  return {
    ...(guidance.length > 0 ? { notes: guidance.join(' ') } : {}),
    ...(research.length > 0 ? { sourceNotes: research.join(' ') } : {}),
  };
}

const present = (v: NumInput | undefined): v is number | string => v !== undefined && v !== null && v !== '';

/** The record of a conversion at entry, while the stored value is still what it gave (not after a plain edit). */
export function enteredValue(entered: EnteredValue | undefined, value: NumInput | undefined): EnteredValue | null {
  if (!entered || typeof value !== 'number') return null;
  const converted = entered.value * entered.factor;
  return Math.abs(converted - value) <= 1e-9 * Math.max(1, Math.abs(value)) ? entered : null;
}

export function explain(fw: Framework, targets: TargetSet, evaluator: Evaluator, id: string): Explanation {
  const ref = fw.byId.get(id);
  if (!ref) throw new RangeError(`Unknown data point ${id}`);
  const { kpi, def } = ref;
  const input = evaluator.snapshotInput();
  const entry = input.values[id] ?? {};
  const item = evaluator.item(id)!;
  const outcome = evaluator.valueOf(ref);
  const f = def.formula;

  let formulaParts: Explanation['formulaParts'] = null;
  const inputs: Explanation['inputs'] = [];
  let calculation: Explanation['value']['calculation'] = null;
  if (f.kind === 'ratio') {
    const profileField = 'profile' in f.denominator ? fw.data.profile.find((p) => p.id === (f.denominator as { profile: string }).profile) : undefined;
    const denominatorName = profileField ? profileField.label : (f.denominator as { input: string }).input;
    formulaParts = { numerator: f.numerator, denominator: denominatorName, denominatorFromProfile: profileField !== undefined, multiplier: f.multiplier };
    const numerator = entry.numerator;
    const denominator = profileField ? input.profile[profileField.id] : entry.denominator;
    inputs.push({ role: 'numerator', name: f.numerator, value: numerator });
    inputs.push({ role: 'denominator', name: denominatorName, value: denominator, ...(profileField ? { fromProfile: true } : {}) });
    if (present(entry.value)) {
      inputs.push({ role: 'reported', name: null, value: entry.value });
      if (outcome.value !== null) calculation = { kind: 'reported', value: outcome.value };
    } else if (outcome.value !== null && typeof numerator === 'number' && typeof denominator === 'number') {
      calculation = { kind: 'ratio', numerator, denominator, multiplier: f.multiplier, value: outcome.value };
    }
  } else if (f.kind === 'formula') {
    // The first input is held in the entry's numerator, the second in its denominator (types.ts).
    if (f.inputs[0]) inputs.push({ role: 'numerator', name: f.inputs[0].label, value: entry.numerator });
    if (f.inputs[1]) inputs.push({ role: 'denominator', name: f.inputs[1].label, value: entry.denominator });
    if (present(entry.value)) inputs.push({ role: 'reported', name: null, value: entry.value });
    if (outcome.value !== null) calculation = { kind: 'reported', value: outcome.value };
  } else {
    inputs.push({ role: 'reported', name: null, value: entry.value });
    if (outcome.value !== null) calculation = f.kind === 'yesno' ? { kind: 'yesno', yes: outcome.value >= 1 } : { kind: 'reported', value: outcome.value };
  }

  const override = input.targets[id];
  const reference = targets.byId.get(id);
  const own = input.ownTargets?.[id];
  const target: Explanation['target'] =
    item.targetOrigin === 'own'
      ? { value: item.target, origin: 'own', from: 'own', rationale: null, source: null, ...(own?.deadline !== undefined && { deadline: own.deadline }) }
      : override !== undefined
        ? { value: item.target, origin: item.targetOrigin, from: 'assessment', rationale: override.rationale ?? null, source: null }
        : {
            value: item.target,
            origin: item.targetOrigin,
            from: reference ? 'reference' : 'no-entry',
            rationale: reference?.rationale ?? null,
            source: reference?.source ?? null,
            ...(reference && reference.target !== null && { basis: reference.basis ?? 'public' }),
          };

  const achievement =
    item.state === 'scored'
      ? // The rule names the direction itself ("lower is better: target ÷ value"): said once.
        { value: item.achievement, rule: achievementOf(def.direction, item.value!, item.target!).rule }
      : { value: null, rule: null };

  const scores = evaluator.scores();
  const aggregates = [
    scores.categories.find((a) => a.code === ref.path.category)!,
    scores.subdimensions.find((a) => a.code === ref.path.subdimension)!,
    scores.dimensions.find((a) => a.code === ref.path.dimension)!,
    scores.overall,
  ];

  return {
    id,
    kpi: {
      code: kpi.code,
      name: kpi.name,
      definition: kpi.definition,
      tier: kpi.tier,
      sdg: kpi.sdg,
      confidence: kpi.confidence,
      sources: kpi.sources,
      ...splitNotes(kpi.notes),
      alternatives: kpi.alternatives ?? [],
    },
    datapoint: { key: def.key, label: def.label, unit: def.unit, direction: def.direction, conversions: def.conversions ?? [] },
    formulaKind: f.kind,
    ...(f.kind === 'formula' ? { expression: f.expression } : {}),
    formulaParts,
    inputs,
    value: { value: outcome.value, calculation, entered: enteredValue(entry.entered, entry.value) },
    target,
    scoringTargets: { choice: input.scoringTargets ?? 'reference', hasOwn: typeof own?.target === 'number' },
    achievement,
    points: { points: item.points, band: item.band ? BAND_LABELS[item.band] : null },
    state: item.state,
    // One message per problem: the same message raised twice (e.g. by two checks) is listed once.
    flags: item.flags.filter((f, i, all) => all.findIndex((g) => sameFlag(f, g)) === i),
    aggregates,
    nextBand: nextBandOf(ref, item),
    levers: aggregates.map((a) => leversOf(fw, scores, a, input.method.name)),
  };
}
