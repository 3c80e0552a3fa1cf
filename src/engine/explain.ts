import { achievementOf } from './achievement';
import { BAND_LABELS } from './bands';
import type { Evaluator } from './evaluator';
import type { Framework } from './framework';
import type { TargetSet } from './targets';
import type { AggregateResult, Direction, Flag, ItemResult } from './types';

/** "Explain this number": the chain from inputs to the aggregates a data point counts towards. */
export interface Explanation {
  id: string;
  kpi: { code: string; name: string; definition: string; tier: string; sdg: string[]; confidence: string; sources: string; notes?: string };
  datapoint: { key: string; label: string; unit: string; direction: Direction };
  formula: string;
  inputs: { name: string; value: string }[];
  value: { value: number | null; working: string | null };
  target: { value: number | null; origin: ItemResult['targetOrigin']; rationale: string; source: string };
  achievement: { value: number | null; rule: string | null };
  points: { points: number | null; band: string | null; rule: string };
  state: ItemResult['state'];
  flags: Flag[];
  aggregates: AggregateResult[];
}

const DIRECTION_TEXT: Record<Direction, string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  band: 'closest to the target is best',
  yesno: 'yes is better',
};

const show = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : String(v));

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
  const inputs: Explanation['inputs'] = [];
  if (f.kind === 'ratio') {
    const profileField = 'profile' in f.denominator ? fw.data.profile.find((p) => p.id === (f.denominator as { profile: string }).profile) : undefined;
    const denominatorName = profileField ? `${profileField.label} (city profile)` : (f.denominator as { input: string }).input;
    formula = `${f.numerator} ÷ ${denominatorName}${f.multiplier === 1 ? '' : ` × ${f.multiplier}`}`;
    inputs.push({ name: f.numerator, value: show(entry.numerator) });
    inputs.push({ name: denominatorName, value: show(profileField ? input.profile[profileField.id] : entry.denominator) });
    if (entry.value !== undefined && entry.value !== null && entry.value !== '') {
      inputs.push({ name: 'Reported value (wins over the inputs)', value: show(entry.value) });
    }
  } else {
    formula = f.kind === 'yesno' ? 'reported as yes or no' : 'reported directly';
    inputs.push({ name: 'Reported value', value: show(entry.value) });
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
      ? { value: item.achievement, rule: `${DIRECTION_TEXT[def.direction]}; ${achievementOf(def.direction, item.value!, item.target!).rule}` }
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
    kpi: { code: kpi.code, name: kpi.name, definition: kpi.definition, tier: kpi.tier, sdg: kpi.sdg, confidence: kpi.confidence, sources: kpi.sources, notes: kpi.notes },
    datapoint: { key: def.key, label: def.label, unit: def.unit, direction: def.direction },
    formula,
    inputs,
    value: { value: outcome.value, working: outcome.working },
    target,
    achievement,
    points: {
      points: item.points,
      band: item.band ? BAND_LABELS[item.band] : null,
      rule: 'below 33 % of target → 1 point; 33–66 % → 2; 66–95 % → 3; 95 % or more → 4',
    },
    state: item.state,
    flags: item.flags,
    aggregates,
  };
}
