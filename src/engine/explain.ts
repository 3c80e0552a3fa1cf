import { achievementOf } from './achievement';
import { BAND_LABELS } from './bands';
import type { Evaluator } from './evaluator';
import type { Framework } from './framework';
import { leversOf, nextBandOf, type Lever, type NextBand } from './levers';
import type { TargetSet } from './targets';
import type { AggregateResult, Direction, Flag, ItemResult, NumInput } from './types';

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
  };
  datapoint: { key: string; label: string; unit: string; direction: Direction };
  formula: string;
  /** The parts of a ratio formula, so the UI can format the multiplier (`× 100 000`). */
  formulaParts: { numerator: string; denominator: string; multiplier: number } | null;
  /** Each input as stored: a number, text the engine rejected, or nothing. The UI formats numbers. */
  inputs: { name: string; value: NumInput | undefined; fromProfile?: boolean }[];
  /**
   * `working` is the worked formula as plain text; `calculation` gives its numbers so the UI can format
   * them in the user's locale: a ratio, a directly reported number, or a yes/no answer.
   */
  value: {
    value: number | null;
    working: string | null;
    calculation:
      | { kind: 'ratio'; numerator: number; denominator: number; multiplier: number; value: number }
      | { kind: 'reported'; value: number }
      | { kind: 'yesno'; yes: boolean }
      | null;
  };
  target: { value: number | null; origin: ItemResult['targetOrigin']; rationale: string; source: string };
  achievement: { value: number | null; rule: string | null };
  points: { points: number | null; band: string | null; rule: string };
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

export function explain(fw: Framework, targets: TargetSet, evaluator: Evaluator, id: string): Explanation {
  const ref = fw.byId.get(id);
  if (!ref) throw new RangeError(`Unknown data point ${id}`);
  const { kpi, def } = ref;
  const input = evaluator.snapshotInput();
  const entry = input.values[id] ?? {};
  const item = evaluator.item(id)!;
  const outcome = evaluator.valueOf(ref, true);
  const f = def.formula;

  let formula: string;
  let formulaParts: Explanation['formulaParts'] = null;
  const inputs: Explanation['inputs'] = [];
  let calculation: Explanation['value']['calculation'] = null;
  if (f.kind === 'ratio') {
    const profileField = 'profile' in f.denominator ? fw.data.profile.find((p) => p.id === (f.denominator as { profile: string }).profile) : undefined;
    const denominatorName = profileField ? `${profileField.label} (city profile)` : (f.denominator as { input: string }).input;
    formula = `${f.numerator} ÷ ${denominatorName}${f.multiplier === 1 ? '' : ` × ${f.multiplier}`}`;
    formulaParts = { numerator: f.numerator, denominator: denominatorName, multiplier: f.multiplier };
    const numerator = entry.numerator;
    const denominator = profileField ? input.profile[profileField.id] : entry.denominator;
    inputs.push({ name: f.numerator, value: numerator });
    inputs.push({ name: denominatorName, value: denominator, ...(profileField ? { fromProfile: true } : {}) });
    if (present(entry.value)) {
      inputs.push({ name: 'Reported value (wins over the inputs)', value: entry.value });
      if (outcome.value !== null) calculation = { kind: 'reported', value: outcome.value };
    } else if (outcome.value !== null && typeof numerator === 'number' && typeof denominator === 'number') {
      calculation = { kind: 'ratio', numerator, denominator, multiplier: f.multiplier, value: outcome.value };
    }
  } else {
    formula = f.kind === 'yesno' ? 'reported as yes or no' : 'reported directly';
    inputs.push({ name: 'Reported value', value: entry.value });
    if (outcome.value !== null) calculation = f.kind === 'yesno' ? { kind: 'yesno', yes: outcome.value >= 1 } : { kind: 'reported', value: outcome.value };
  }

  const override = input.targets[id];
  const reference = targets.byId.get(id);
  const target =
    override !== undefined
      ? {
          value: item.target,
          origin: item.targetOrigin,
          rationale: override.rationale ?? (override.target === 'none' ? 'Benchmark removed for this assessment.' : 'Target set for this assessment.'),
          source: 'this assessment',
        }
      : {
          value: item.target,
          origin: item.targetOrigin,
          rationale: reference?.rationale ?? 'The target set has no entry for this data point: it is reported but not scored.',
          source: reference?.source ?? '—',
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
    },
    datapoint: { key: def.key, label: def.label, unit: def.unit, direction: def.direction },
    formula,
    formulaParts,
    inputs,
    value: { value: outcome.value, working: outcome.working, calculation },
    target,
    achievement,
    points: {
      points: item.points,
      band: item.band ? BAND_LABELS[item.band] : null,
      rule: 'below 33 % of target → 1 point; 33–66 % → 2; 66–95 % → 3; 95 % or more → 4',
    },
    state: item.state,
    // One message per problem: the same message raised twice (e.g. by two checks) is listed once.
    flags: item.flags.filter((f, i, all) => all.findIndex((g) => g.level === f.level && g.message === f.message) === i),
    aggregates,
    nextBand: nextBandOf(ref, item),
    levers: aggregates.map((a) => leversOf(fw, scores, a, input.method.name)),
  };
}
