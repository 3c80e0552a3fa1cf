/**
 * The evaluator as it was before issue #14 (commit 7c696b2), frozen here only so that `npm run bench`
 * can time the full recompute before and after in the same run on the same machine. Never imported by
 * the app or the tests.
 */
import { achievementOf } from '../src/engine/achievement';
import { bandOf } from '../src/engine/bands';
import type { DatapointRef, Framework, GroupRef } from '../src/engine/framework';
import type { TargetSet } from '../src/engine/targets';
import type {
  AggregateResult,
  AssessmentInput,
  ItemResult as EngineItemResult,
  ItemState,
  MethodSettings,
  NumInput,
  Scores as EngineScores,
  Status,
  TargetOverride,
  ValueEntry,
} from '../src/engine/types';

/**
 * The flags as they were at commit 7c696b2: English text. The engine's flags are typed problems now
 * (a kind and its numbers), so this frozen copy keeps its own flag shape; bench/recompute.ts compares
 * the two evaluators without their flags.
 */
interface Flag {
  level: 'error' | 'warning';
  field: 'numerator' | 'denominator' | 'value' | 'profile' | 'target';
  message: string;
  missing?: true;
}
export type ItemResult = Omit<EngineItemResult, 'flags'> & { flags: Flag[] };
export type Scores = Omit<EngineScores, 'items'> & { items: ItemResult[] };

/** One edit. The worker receives these; the evaluator recomputes only what each one touches. */
export type Patch =
  | { kind: 'value'; id: string; entry: ValueEntry }
  | { kind: 'profile'; field: string; value: NumInput }
  | { kind: 'target'; id: string; override: TargetOverride | null }
  | { kind: 'method'; method: MethodSettings };

/**
 * Achievement sums are kept as integers in units of 1e-12 so that adding and removing contributions in
 * any order gives exactly the same total as a fresh computation (doubles add integers below 2^53 exactly).
 */
const ACHIEVEMENT_SCALE = 1e12;

interface Contribution {
  reported: number;
  expected: number;
  scored: number;
  points: number;
  achievement: number;
}
const NO_CONTRIBUTION: Contribution = { reported: 0, expected: 0, scored: 0, points: 0, achievement: 0 };

interface Accumulator extends Contribution {
  group: GroupRef | null;
  /** The last result read from this accumulator; dropped when a contribution or the method changes. */
  cached: AggregateResult | null;
}

/** The value a data point's inputs give, before status and target are considered. */
interface ValueOutcome {
  value: number | null;
  flags: Flag[];
  /** Formula text with the numbers filled in, for explanations. */
  working: string | null;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

const isBlank = (v: NumInput | undefined): v is null | undefined | '' => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6));

/**
 * Incremental evaluator of one assessment: profile → inputs → KPI values → achievement → points →
 * aggregates. `apply` recomputes only the data points an edit can affect (the edited one, those whose
 * denominator is the edited profile field, and those whose plausibility checks read it), then adjusts
 * the pooled sums of the four groups each touches by the difference.
 */
export class Evaluator {
  private readonly input: AssessmentInput;
  private readonly items: ItemResult[];
  private readonly contributions: Contribution[];
  private readonly accumulators = new Map<string, Accumulator>();
  /** For each data point, the accumulators it counts towards: overall, dimension, sub-dimension, category. */
  private readonly memberOf: Accumulator[][];
  private readonly profileDependents = new Map<string, number[]>();
  /** Data points whose checks read data point i (cross checks and sums over a KPI's data points). */
  private readonly checkDependents: number[][];

  constructor(
    private readonly fw: Framework,
    private readonly targets: TargetSet,
    input: AssessmentInput,
  ) {
    // A private copy: the caller's object (a store, a message) is never mutated.
    this.input = {
      profile: { ...input.profile },
      values: { ...input.values },
      targets: { ...input.targets },
      method: { ...input.method },
    };
    const overall: Accumulator = { ...NO_CONTRIBUTION, group: null, cached: null };
    this.accumulators.set('overall', overall);
    for (const g of [...fw.groups.dimensions, ...fw.groups.subdimensions, ...fw.groups.categories]) {
      this.accumulators.set(g.code, { ...NO_CONTRIBUTION, group: g, cached: null });
    }
    this.memberOf = fw.datapoints.map((ref) => [
      overall,
      this.accumulators.get(ref.path.dimension)!,
      this.accumulators.get(ref.path.subdimension)!,
      this.accumulators.get(ref.path.category)!,
    ]);
    this.checkDependents = fw.datapoints.map(() => []);
    for (const ref of fw.datapoints) {
      const f = ref.def.formula;
      if (f.kind === 'ratio' && 'profile' in f.denominator) {
        const list = this.profileDependents.get(f.denominator.profile) ?? [];
        list.push(ref.index);
        this.profileDependents.set(f.denominator.profile, list);
      }
      for (const check of ref.def.checks ?? []) {
        if (check.kind === 'notAbove') {
          const other = fw.byId.get(check.other);
          if (other) this.checkDependents[other.index].push(ref.index);
        } else if (check.kind === 'sumAtMost') {
          for (const sibling of ref.kpi.datapoints) {
            const sib = fw.byId.get(`${ref.kpi.code}|${sibling.key}`)!;
            if (sib.index !== ref.index) this.checkDependents[sib.index].push(ref.index);
          }
        }
      }
    }
    this.items = new Array(fw.datapoints.length);
    this.contributions = new Array(fw.datapoints.length).fill(NO_CONTRIBUTION);
    for (const ref of fw.datapoints) this.refresh(ref.index);
  }

  /** Applies edits in order and recomputes what they touch. */
  apply(patches: readonly Patch[]): void {
    const dirty = new Set<number>();
    for (const patch of patches) {
      switch (patch.kind) {
        case 'value': {
          const ref = this.fw.byId.get(patch.id);
          if (!ref) throw new RangeError(`Unknown data point ${patch.id}`);
          this.input.values[patch.id] = patch.entry;
          dirty.add(ref.index);
          for (const d of this.checkDependents[ref.index]) dirty.add(d);
          break;
        }
        case 'profile':
          this.input.profile[patch.field] = patch.value;
          for (const i of this.profileDependents.get(patch.field) ?? []) {
            dirty.add(i);
            for (const d of this.checkDependents[i]) dirty.add(d);
          }
          break;
        case 'target': {
          const ref = this.fw.byId.get(patch.id);
          if (!ref) throw new RangeError(`Unknown data point ${patch.id}`);
          if (patch.override) this.input.targets[patch.id] = patch.override;
          else delete this.input.targets[patch.id];
          dirty.add(ref.index);
          break;
        }
        case 'method':
          // Both methods' sums are always kept: switching only changes how percentages are read.
          this.input.method = { ...patch.method };
          for (const acc of this.accumulators.values()) acc.cached = null;
          break;
      }
    }
    for (const i of dirty) this.refresh(i);
  }

  /** A snapshot of the current results (items in catalogue order, aggregates with coverage). */
  scores(): Scores {
    const read = (g: GroupRef) => this.aggregate(this.accumulators.get(g.code)!, g);
    return {
      method: this.input.method.name,
      items: this.items.slice(),
      overall: this.aggregate(this.accumulators.get('overall')!, null),
      dimensions: this.fw.groups.dimensions.map(read),
      subdimensions: this.fw.groups.subdimensions.map(read),
      categories: this.fw.groups.categories.map(read),
    };
  }

  /**
   * The same `valueOf` (every validation rule of the engine) over an assessment's inputs, without
   * building items or aggregates: cheap enough for counts over a whole library (its completion).
   */
  static valueReader(fw: Framework, input: AssessmentInput): Pick<Evaluator, 'valueOf'> {
    const reader = Object.create(Evaluator.prototype) as Evaluator;
    Object.assign(reader, { fw, input });
    return reader;
  }

  item(id: string): ItemResult | undefined {
    const ref = this.fw.byId.get(id);
    return ref && this.items[ref.index];
  }

  /** The current inputs (a copy), e.g. to persist what the evaluator holds. */
  snapshotInput(): AssessmentInput {
    return structuredClone(this.input);
  }

  // -------------------------------------------------------------------------------------------------

  private refresh(index: number): void {
    const old = this.contributions[index];
    const { item, contribution } = this.evaluate(this.fw.datapoints[index]);
    this.items[index] = item;
    this.contributions[index] = contribution;
    for (const acc of this.memberOf[index]) {
      acc.reported += contribution.reported - old.reported;
      acc.expected += contribution.expected - old.expected;
      acc.scored += contribution.scored - old.scored;
      acc.points += contribution.points - old.points;
      acc.achievement += contribution.achievement - old.achievement;
      acc.cached = null;
    }
  }

  private aggregate(acc: Accumulator, group: GroupRef | null): AggregateResult {
    return (acc.cached ??= this.readAggregate(acc, group));
  }

  private readAggregate(acc: Accumulator, group: GroupRef | null): AggregateResult {
    let percent: number | null = null;
    if (acc.scored > 0) {
      percent = this.input.method.name === 'continuous' ? (acc.achievement / ACHIEVEMENT_SCALE / acc.scored) * 100 : (acc.points / (4 * acc.scored)) * 100;
    }
    return {
      code: group ? group.code : 'overall',
      name: group ? group.name : 'Overall',
      level: group ? group.level : 'overall',
      percent,
      band: percent === null ? null : bandOf(percent),
      points: acc.points,
      maxPoints: 4 * acc.scored,
      reported: acc.reported,
      benchmarked: acc.scored,
      expected: acc.expected,
    };
  }

  /** The target in force for a data point: an override, the reference target, or none. */
  targetOf(ref: DatapointRef): { target: number | null; origin: ItemResult['targetOrigin'] } {
    const override = this.input.targets[ref.id];
    if (override) {
      return override.target === 'none' ? { target: null, origin: 'none' } : { target: override.target, origin: 'override' };
    }
    const reference = this.targets.byId.get(ref.id);
    return reference && reference.target !== null ? { target: reference.target, origin: 'reference' } : { target: null, origin: 'none' };
  }

  /**
   * Computes a data point's value from its inputs, rejecting what cannot be a value of it. The worked
   * formula text is built only when asked for (explanations), not on the edit path.
   */
  valueOf(ref: DatapointRef, withWorking = false): ValueOutcome {
    const entry = this.input.values[ref.id] ?? {};
    const { def } = ref;
    const flags: Flag[] = [];
    const reject = (field: Flag['field'], message: string): ValueOutcome => {
      flags.push({ level: 'error', field, message });
      return { value: null, flags, working: null };
    };

    if (def.formula.kind === 'yesno') {
      const raw = entry.value;
      if (isBlank(raw)) return { value: null, flags, working: null };
      const text = String(raw).trim().toLowerCase();
      if (YES.has(text)) return { value: 1, flags, working: 'yes' };
      if (NO.has(text)) return { value: 0, flags, working: 'no' };
      return reject('value', `"${String(raw)}" is not yes or no.`);
    }

    let value: number;
    let working: string | null;
    if (!isBlank(entry.value)) {
      if (typeof entry.value !== 'number') return reject('value', `"${entry.value}" is not a number.`);
      value = entry.value;
      working = withWorking ? `reported directly: ${formatNumber(value)}` : null;
    } else if (def.formula.kind === 'ratio') {
      const f = def.formula;
      const numerator = entry.numerator;
      const fromProfile = 'profile' in f.denominator;
      const denominator = fromProfile ? this.input.profile[(f.denominator as { profile: string }).profile] : entry.denominator;
      const denominatorField: Flag['field'] = fromProfile ? 'profile' : 'denominator';
      const denominatorName = this.denominatorName(f.denominator);
      if (isBlank(numerator) && isBlank(denominator)) return { value: null, flags, working: null };
      if (typeof numerator === 'string') return reject('numerator', `"${numerator}" is not a number.`);
      if (typeof denominator === 'string') return reject(denominatorField, `"${denominator}" is not a number.`);
      if (isBlank(numerator)) {
        flags.push({ level: 'warning', field: 'numerator', message: `Enter the numerator (${f.numerator}).`, missing: true });
        return { value: null, flags, working: null };
      }
      if (isBlank(denominator)) {
        flags.push({
          level: 'warning',
          field: denominatorField,
          message: fromProfile
            ? `The city profile has no ${denominatorName()}: enter it once in the profile.`
            : `Enter the denominator (${denominatorName()}).`,
          missing: true,
        });
        return { value: null, flags, working: null };
      }
      if (!Number.isFinite(numerator)) return reject('numerator', 'The numerator is not a finite number.');
      if (!Number.isFinite(denominator)) return reject(denominatorField, 'The denominator is not a finite number.');
      if (numerator < 0) return reject('numerator', `The numerator (${f.numerator}) cannot be negative.`);
      if (denominator < 0) return reject(denominatorField, `The denominator (${denominatorName()}) cannot be negative.`);
      if (denominator === 0) return reject(denominatorField, `Division by zero: ${denominatorName()} is 0.`);
      if (f.share && numerator > denominator) {
        return reject(
          'numerator',
          `The numerator (${formatNumber(numerator)}) is larger than its denominator (${formatNumber(denominator)}); it should be a part of it.`,
        );
      }
      value = (numerator / denominator) * f.multiplier;
      working = withWorking
        ? `${formatNumber(numerator)} ÷ ${formatNumber(denominator)}${f.multiplier === 1 ? '' : ` × ${formatNumber(f.multiplier)}`} = ${formatNumber(value)}`
        : null;
    } else {
      return { value: null, flags, working: null };
    }

    if (!Number.isFinite(value)) return reject('value', 'The value is not a finite number.');
    if (def.min !== undefined && value < def.min) {
      return reject('value', `${formatNumber(value)} is below the smallest possible value (${def.min} ${def.unit}).`);
    }
    if (def.max !== undefined && value > def.max) {
      return reject('value', `${formatNumber(value)} is above the largest possible value (${def.max} ${def.unit}).`);
    }
    return { value, flags, working };
  }

  /** Label of a denominator for messages, looked up only when a message needs it. */
  private denominatorName(d: { profile: string } | { input: string }): () => string {
    return () => ('profile' in d ? (this.fw.data.profile.find((p) => p.id === d.profile)?.label ?? d.profile) : d.input);
  }

  private evaluate(ref: DatapointRef): { item: ItemResult; contribution: Contribution } {
    const entry = this.input.values[ref.id] ?? {};
    const outcome = this.valueOf(ref);
    // Not reported or not applicable: nothing is asked for, so no reminder to enter an input.
    const asksNothing = entry.status === 'not-reported' || entry.status === 'not-applicable';
    const flags = asksNothing ? outcome.flags.filter((f) => !f.missing) : outcome.flags;
    const { target, origin } = this.targetOf(ref);
    const hasError = flags.some((f) => f.level === 'error');

    let state: ItemState;
    if (entry.status === 'not-applicable') state = 'not-applicable';
    else if (entry.status === 'not-reported') state = 'not-reported';
    else if (hasError) state = 'invalid';
    else if (outcome.value === null) {
      state = 'not-reported';
      if (entry.status === 'reported') {
        flags.push({ level: 'warning', field: 'value', message: 'Marked as reported, but there is no value.', missing: true });
      }
    } else state = target === null ? 'unbenchmarked' : 'scored';

    if (state === 'scored' || state === 'unbenchmarked') this.check(ref, outcome.value!, flags);

    let achievement: number | null = null;
    let points: ItemResult['points'] = null;
    if (state === 'scored') {
      achievement = achievementOf(ref.def.direction, outcome.value!, target!).value;
      points = bandOf(achievement * 100);
    }
    const status: Status = state === 'not-applicable' ? 'not-applicable' : state === 'scored' || state === 'unbenchmarked' ? 'reported' : 'not-reported';
    const item: ItemResult = {
      id: ref.id,
      code: ref.kpi.code,
      datapoint: ref.def.key,
      value: outcome.value,
      target,
      targetOrigin: origin,
      achievement,
      points,
      band: points,
      state,
      status,
      flags,
    };
    const reported = state === 'scored' || state === 'unbenchmarked' ? 1 : 0;
    const contribution: Contribution =
      state === 'scored'
        ? {
            reported,
            expected: 1,
            scored: 1,
            points: points!,
            achievement: Math.round(Math.min(1, achievement!) * ACHIEVEMENT_SCALE),
          }
        : { ...NO_CONTRIBUTION, reported, expected: state === 'not-applicable' ? 0 : 1 };
    return { item, contribution };
  }

  /** Plausibility checks: failures are warnings, the value is still scored. */
  private check(ref: DatapointRef, value: number, flags: Flag[]): void {
    for (const check of ref.def.checks ?? []) {
      switch (check.kind) {
        case 'below':
          if (value < check.value) flags.push({ level: 'warning', field: 'value', message: check.message });
          break;
        case 'above':
          if (value > check.value) flags.push({ level: 'warning', field: 'value', message: check.message });
          break;
        case 'notAbove': {
          const other = this.fw.byId.get(check.other);
          const otherValue = other && this.valueOf(other).value;
          if (otherValue !== null && otherValue !== undefined && value > otherValue) {
            flags.push({ level: 'warning', field: 'value', message: check.message });
          }
          break;
        }
        case 'sumAtMost': {
          let sum = 0;
          for (const sibling of ref.kpi.datapoints) {
            const sib = this.fw.byId.get(`${ref.kpi.code}|${sibling.key}`)!;
            sum += this.valueOf(sib).value ?? 0;
          }
          if (sum > check.value + 1e-9) flags.push({ level: 'warning', field: 'value', message: check.message });
          break;
        }
      }
    }
  }
}

/** Scores an assessment from scratch. */
export function score(fw: Framework, targets: TargetSet, input: AssessmentInput): Scores {
  return new Evaluator(fw, targets, input).scores();
}
