import { CHECK_TOLERANCE } from './check-tolerance';
import { achievementOf } from './achievement';
import { bandOf } from './bands';
import type { DatapointRef, Framework, GroupRef } from './framework';
import type { TargetSet } from './targets';
import { yesNo } from './parse';
import { compileFormula, evaluateFormula, formulaGraph, type CompiledFormula, type FormulaProblem, type FormulaRef } from './formula';
import type {
  AggregateResult,
  AssessmentInput,
  Flag,
  FlagProblem,
  ItemResult,
  ItemState,
  MethodSettings,
  NumInput,
  OwnTarget,
  PlausibilityCheck,
  ScoringTargets,
  Scores,
  Status,
  TargetOverride,
  ValueEntry,
} from './types';

/** One edit. The worker receives these; the evaluator recomputes only what each one touches. */
export type Patch =
  | { kind: 'value'; id: string; entry: ValueEntry }
  | { kind: 'profile'; field: string; value: NumInput }
  | { kind: 'target'; id: string; override: TargetOverride | null }
  /** The city's own target of a data point (null removes it); it scores only under `scoringTargets: 'own'`. */
  | { kind: 'own-target'; id: string; own: OwnTarget | null }
  /** Which target set scores the assessment. */
  | { kind: 'scoring-targets'; choice: ScoringTargets }
  | { kind: 'method'; method: MethodSettings };

/**
 * Achievement sums are kept as integers in units of 1e-12 so that adding and removing contributions in
 * any order gives exactly the same total as a fresh computation (doubles add integers below 2^53 exactly).
 */
const ACHIEVEMENT_SCALE = 1e12;

/**
 * A plausibility check with its other data points resolved to indices, once per framework; `check` is
 * the catalogue's own check (its kind, wording and page go into the flag as they are).
 */
type PlannedCheck =
  | { kind: 'below' | 'above'; value: number; check: PlausibilityCheck }
  | { kind: 'notAbove'; other: number; check: PlausibilityCheck }
  | { kind: 'sumAtMost'; value: number; siblings: number[]; check: PlausibilityCheck }
  | { kind: 'sumAbout'; value: number; tolerance: number; siblings: number[]; check: PlausibilityCheck };

/**
 * What does not depend on an assessment, worked out once per framework and shared by every evaluator
 * of it: the groups each data point counts towards (as indices into flat sums), who depends on a profile
 * field or on another data point's value, and the plausibility checks with their data points resolved.
 * Building this per evaluator was most of the old full recompute's time.
 */
interface Plan {
  /** Index 0 is the overall score, then dimensions, sub-dimensions and categories in catalogue order. */
  groups: (GroupRef | null)[];
  groupIndex: Map<string, number>;
  /** Four group indices per data point: overall, dimension, sub-dimension, category. */
  memberOf: Int32Array;
  profileDependents: Map<string, number[]>;
  /** Data points whose checks read data point i (cross checks and sums over a KPI's data points). */
  checkDependents: number[][];
  checks: (PlannedCheck[] | null)[];
  /** Per target set, the reference target of each data point (null: no benchmark), by index. */
  referenceTargets: WeakMap<TargetSet, (number | null)[]>;
  /**
   * Formulas of a framework file's data points (`formula` kind), compiled once: null where the data
   * point has none. Absent (null) for a catalogue without them, so the U4SSC path does no more work.
   */
  formulas: FormulaPlan | null;
}

interface FormulaPlan {
  compiled: (CompiledFormula | null)[];
  /** Why a formula data point has no formula to run: its text's problem or the cycle it is in. */
  problems: (FormulaProblem | null)[];
  /** Per data point, the formula data points that read its value. */
  readers: number[][];
  /** Formula data points in an order where each comes after the data points it reads. */
  order: number[];
}

/** Compiles a framework's formulas and orders them by what they read; cycles become each member's problem. */
function formulaPlan(fw: Framework, profileDependents: Map<string, number[]>): FormulaPlan | null {
  const n = fw.datapoints.length;
  let any = false;
  const compiled: (CompiledFormula | null)[] = new Array(n).fill(null);
  const problems: (FormulaProblem | null)[] = new Array(n).fill(null);
  const readers: number[][] = fw.datapoints.map(() => []);
  const profile = fw.data.profile.map((p) => p.id);
  const datapoint = (code: string) => {
    const bar = code.lastIndexOf('|');
    return (bar < 0 ? fw.datapoint(code, '') : fw.datapoint(code.slice(0, bar), code.slice(bar + 1)))?.id;
  };
  const nodes: { id: string; name: string; reads: string[] }[] = [];
  for (const ref of fw.datapoints) {
    const f = ref.def.formula;
    if (f.kind !== 'formula') continue;
    any = true;
    const r = compileFormula(f.expression, { inputs: f.inputs.map((x) => x.name), profile, datapoint });
    if (!r.ok) {
      problems[ref.index] = r.problems[0];
      continue;
    }
    compiled[ref.index] = r.formula;
    const reads: string[] = [];
    for (const x of r.formula.refs) {
      if (x.kind === 'profile') {
        const list = profileDependents.get(x.field) ?? [];
        list.push(ref.index);
        profileDependents.set(x.field, list);
      } else if (x.kind === 'datapoint') {
        reads.push(x.id);
        readers[fw.byId.get(x.id)!.index].push(ref.index);
      }
    }
    nodes.push({ id: ref.id, name: `${ref.kpi.code} ${ref.def.label}`, reads });
  }
  if (!any) return null;
  const graph = formulaGraph(nodes);
  for (const cycle of graph.cycles) {
    for (const node of nodes) {
      if (!cycle.names.includes(node.name)) continue;
      const i = fw.byId.get(node.id)!.index;
      compiled[i] = null;
      problems[i] = cycle;
    }
  }
  // A formula reading a cycle reads a data point with no value: it is left to say so when evaluated.
  const order = [...graph.order, ...graph.blocked].map((id) => fw.byId.get(id)!.index);
  return { compiled, problems, readers, order };
}

const plans = new WeakMap<Framework, Plan>();

function planOf(fw: Framework): Plan {
  const cached = plans.get(fw);
  if (cached) return cached;
  const groups: (GroupRef | null)[] = [null, ...fw.groups.dimensions, ...fw.groups.subdimensions, ...fw.groups.categories];
  const groupIndex = new Map<string, number>([['overall', 0]]);
  for (const [i, g] of groups.entries()) if (g) groupIndex.set(g.code, i);
  const n = fw.datapoints.length;
  const memberOf = new Int32Array(4 * n);
  const profileDependents = new Map<string, number[]>();
  const checkDependents: number[][] = fw.datapoints.map(() => []);
  const checks: (PlannedCheck[] | null)[] = new Array(n).fill(null);
  for (const ref of fw.datapoints) {
    const i = ref.index;
    memberOf[4 * i] = 0;
    memberOf[4 * i + 1] = groupIndex.get(ref.path.dimension)!;
    memberOf[4 * i + 2] = groupIndex.get(ref.path.subdimension)!;
    memberOf[4 * i + 3] = groupIndex.get(ref.path.category)!;
    const f = ref.def.formula;
    if (f.kind === 'ratio' && 'profile' in f.denominator) {
      const list = profileDependents.get(f.denominator.profile) ?? [];
      list.push(i);
      profileDependents.set(f.denominator.profile, list);
    }
    if (!ref.def.checks?.length) continue;
    const planned: PlannedCheck[] = [];
    for (const check of ref.def.checks) {
      switch (check.kind) {
        case 'below':
        case 'above':
          planned.push({ kind: check.kind, value: check.value, check });
          break;
        case 'notAbove': {
          const other = fw.byId.get(check.other);
          if (other) checkDependents[other.index].push(i);
          planned.push({ kind: 'notAbove', other: other ? other.index : -1, check });
          break;
        }
        case 'sumAtMost':
        case 'sumAbout': {
          const siblings = ref.kpi.datapoints.map((s) => fw.byId.get(`${ref.kpi.code}|${s.key}`)!.index);
          for (const s of siblings) if (s !== i) checkDependents[s].push(i);
          planned.push(
            check.kind === 'sumAtMost'
              ? { kind: 'sumAtMost', value: check.value, siblings, check }
              : { kind: 'sumAbout', value: check.value, tolerance: check.tolerance, siblings, check },
          );
          break;
        }
      }
    }
    checks[i] = planned;
  }
  const formulas = formulaPlan(fw, profileDependents);
  const plan: Plan = { groups, groupIndex, memberOf, profileDependents, checkDependents, checks, referenceTargets: new WeakMap(), formulas };
  plans.set(fw, plan);
  return plan;
}

function referenceTargetsOf(plan: Plan, fw: Framework, targets: TargetSet): (number | null)[] {
  let list = plan.referenceTargets.get(targets);
  if (!list) {
    list = fw.datapoints.map((ref) => targets.byId.get(ref.id)?.target ?? null);
    plan.referenceTargets.set(targets, list);
  }
  return list;
}

/** The value a data point's inputs give, before status and target are considered. */
interface ValueOutcome {
  value: number | null;
  flags: Flag[];
}

const isBlank = (v: NumInput | undefined): v is null | undefined | '' => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The flags of a value outcome that has none: one frozen list instead of an empty array per data point
 * on the way to the item (which gets a list of its own). A list that gets a flag is made fresh first.
 */
const NO_FLAGS: Flag[] = Object.freeze([]) as unknown as Flag[];

/** A value refused: one error flag, a kind and its numbers. */
const rejected = (field: Flag['field'], problem: FlagProblem): ValueOutcome => ({ value: null, flags: [{ level: 'error', field, ...problem }] });
const NOTHING: ValueOutcome = Object.freeze({ value: null, flags: NO_FLAGS }) as ValueOutcome;
/**
 * The outcome of a value without flags, reused (one object instead of one per data point): read at once
 * by the caller of `valueFrom`, never kept. `valueOf` hands out a copy.
 */
const FOUND: ValueOutcome = { value: null, flags: NO_FLAGS };
const found = (value: number): ValueOutcome => {
  FOUND.value = value;
  return FOUND;
};
/** An input still to be entered: one reminder (a warning marked missing). */
const missing = (flag: Flag): ValueOutcome => ({ value: null, flags: [flag] });

const EMPTY_ENTRY: ValueEntry = {};

/**
 * Incremental evaluator of one assessment: profile → inputs → KPI values → achievement → points →
 * aggregates. `apply` recomputes only the data points an edit can affect (the edited one, those whose
 * denominator is the edited profile field, and those whose plausibility checks read it), then adjusts
 * the pooled sums of the four groups each touches by the difference.
 *
 * The pooled sums are flat arrays indexed by group (see `Plan`), each data point's contribution is kept
 * in flat arrays too, and every data point's value is computed once per change and kept, so the checks
 * that read other data points' values (cross checks, sums over a KPI) read it instead of recomputing it.
 */
export class Evaluator {
  private readonly input: AssessmentInput;
  private readonly plan: Plan;
  /** Per data point, its entry (the one look-up of `input.values` per data point). */
  private readonly entries: ValueEntry[];
  /**
   * Value edits since construction, by data point id: `input.values` stays the caller's map, never
   * copied or written (copying a 112-entry map cost more than the edit itself); `snapshotInput` lays
   * these over it. `input.targets` and `input.ownTargets` are copied on their first edit.
   */
  private readonly editedValues = new Map<string, ValueEntry>();
  private targetsCopied = false;
  private ownTargetsCopied = false;
  /** True when the assessment is scored against the city's own targets where it has them. */
  private useOwn: boolean;
  /**
   * Per data point, the number of the city's own target (undefined: none), by index; null until the
   * assessment has an own target with a number (most have none: nothing is allocated for them).
   */
  private own: (number | undefined)[] | null = null;
  /** Per data point, the entry's status, read with its value. */
  private readonly statuses: (Status | undefined)[];
  private readonly referenceTargets: (number | null)[];
  /** Per data point, the assessment's own target if it has one (`input.targets` by index). */
  private readonly overrides: (TargetOverride | undefined)[];
  private readonly items: ItemResult[];
  /** Per data point: its value from its inputs (status and target aside), null if none, and its flags. */
  private readonly values: (number | null)[];
  private readonly valueFlags: Flag[][];
  /**
   * One buffer: per data point, its contribution to the pooled sums (reported, expected, scored, points,
   * scaled achievement: five numbers from 5 × i), then per group g the pooled sums (from 5 × (n + g)).
   */
  private readonly sums: number[];
  private readonly groupBase: number;
  /** Per group, the last result read; dropped when a contribution or the method changes. */
  private readonly cached: (AggregateResult | null)[];

  constructor(
    private readonly fw: Framework,
    private readonly targets: TargetSet,
    input: AssessmentInput,
  ) {
    // The caller's objects (a store, a message) are never mutated. The values and targets maps (112
    // entries, costly to copy) are copied on their first edit; until then each is read once, by index.
    this.input = {
      profile: { ...input.profile },
      values: input.values,
      targets: input.targets,
      method: { ...input.method },
    };
    if (input.ownTargets !== undefined) this.input.ownTargets = input.ownTargets;
    if (input.scoringTargets !== undefined) this.input.scoringTargets = input.scoringTargets;
    this.useOwn = input.scoringTargets === 'own';
    this.plan = planOf(fw);
    this.referenceTargets = referenceTargetsOf(this.plan, fw, targets);
    const n = fw.datapoints.length;
    const g = this.plan.groups.length;
    this.items = new Array(n);
    this.entries = new Array(n);
    this.statuses = new Array(n);
    this.values = new Array(n);
    this.valueFlags = new Array(n);
    // A plain array of doubles: allocating a typed array per assessment cost more than using it saved.
    this.sums = new Array<number>(5 * (n + g)).fill(0);
    this.groupBase = 5 * n;
    this.overrides = new Array(n);
    for (const id in input.targets) {
      const ref = fw.byId.get(id);
      if (ref) this.overrides[ref.index] = input.targets[id];
    }
    for (const id in input.ownTargets) {
      const ref = fw.byId.get(id);
      const t = input.ownTargets[id].target;
      if (ref && typeof t === 'number') (this.own ??= new Array(n))[ref.index] = t;
    }
    this.cached = new Array(g).fill(null);
    const refs = fw.datapoints;
    const values = input.values;
    for (let i = 0; i < n; i++) {
      const entry = values[refs[i].id] ?? EMPTY_ENTRY;
      this.entries[i] = entry;
      this.statuses[i] = entry.status;
      const outcome = this.valueFrom(refs[i], entry);
      this.values[i] = outcome.value;
      this.valueFlags[i] = outcome.flags;
    }
    // Formulas that read other data points, again in the order of what they read (the first pass read
    // values not yet computed).
    for (const i of this.plan.formulas?.order ?? []) {
      const outcome = this.valueFrom(refs[i], this.entries[i]);
      this.values[i] = outcome.value;
      this.valueFlags[i] = outcome.flags;
    }
    for (let i = 0; i < n; i++) this.refresh(i);
  }

  /** Applies edits in order and recomputes what they touch. */
  apply(patches: readonly Patch[]): void {
    const dirty = new Set<number>();
    const { checkDependents, profileDependents } = this.plan;
    for (const patch of patches) {
      switch (patch.kind) {
        case 'value': {
          const ref = this.fw.byId.get(patch.id);
          if (!ref) throw new RangeError(`Unknown data point ${patch.id}`);
          this.editedValues.set(patch.id, patch.entry);
          this.entries[ref.index] = patch.entry;
          this.statuses[ref.index] = patch.entry.status;
          dirty.add(ref.index);
          for (const d of checkDependents[ref.index]) dirty.add(d);
          break;
        }
        case 'profile':
          this.input.profile[patch.field] = patch.value;
          for (const i of profileDependents.get(patch.field) ?? []) {
            dirty.add(i);
            for (const d of checkDependents[i]) dirty.add(d);
          }
          break;
        case 'target': {
          const ref = this.fw.byId.get(patch.id);
          if (!ref) throw new RangeError(`Unknown data point ${patch.id}`);
          if (!this.targetsCopied) {
            this.input.targets = { ...this.input.targets };
            this.targetsCopied = true;
          }
          if (patch.override) this.input.targets[patch.id] = patch.override;
          else delete this.input.targets[patch.id];
          this.overrides[ref.index] = patch.override ?? undefined;
          dirty.add(ref.index);
          break;
        }
        case 'own-target': {
          const ref = this.fw.byId.get(patch.id);
          if (!ref) throw new RangeError(`Unknown data point ${patch.id}`);
          // The caller's map is copied once; after that the evaluator's own (dropped when it empties).
          const ownTargets = this.ownTargetsCopied && this.input.ownTargets ? this.input.ownTargets : { ...this.input.ownTargets };
          this.ownTargetsCopied = true;
          if (patch.own) ownTargets[patch.id] = { ...patch.own };
          else delete ownTargets[patch.id];
          if (Object.keys(ownTargets).length === 0) delete this.input.ownTargets;
          else this.input.ownTargets = ownTargets;
          const t = patch.own?.target;
          if (typeof t === 'number') (this.own ??= new Array(this.fw.datapoints.length))[ref.index] = t;
          else if (this.own) this.own[ref.index] = undefined;
          if (this.useOwn) dirty.add(ref.index);
          break;
        }
        case 'scoring-targets': {
          const useOwn = patch.choice === 'own';
          if (patch.choice === 'own') this.input.scoringTargets = 'own';
          else if (this.input.scoringTargets !== undefined) this.input.scoringTargets = 'reference';
          if (useOwn === this.useOwn) break;
          this.useOwn = useOwn;
          // Only the data points with an own target change; every other keeps its target.
          if (this.own) for (let i = 0; i < this.own.length; i++) if (this.own[i] !== undefined) dirty.add(i);
          break;
        }
        case 'method':
          // Both methods' sums are always kept: switching only changes how percentages are read.
          this.input.method = { ...patch.method };
          this.cached.fill(null);
          break;
      }
    }
    const formulas = this.plan.formulas;
    if (formulas) {
      // The formulas reading an edited data point, and those reading them, are stale too.
      const queue = [...dirty];
      while (queue.length > 0) {
        for (const r of formulas.readers[queue.pop()!]) {
          if (dirty.has(r)) continue;
          dirty.add(r);
          queue.push(r);
          for (const d of checkDependents[r]) dirty.add(d);
        }
      }
    }
    // Every value first, so that a check reading another data point's value reads the new one; a
    // formula after the values it reads.
    for (const i of dirty) {
      if (formulas?.compiled[i]) continue;
      const outcome = this.valueFrom(this.fw.datapoints[i], this.entries[i]);
      this.values[i] = outcome.value;
      this.valueFlags[i] = outcome.flags;
    }
    if (formulas)
      for (const i of formulas.order) {
        if (!dirty.has(i)) continue;
        const outcome = this.valueFrom(this.fw.datapoints[i], this.entries[i]);
        this.values[i] = outcome.value;
        this.valueFlags[i] = outcome.flags;
      }
    for (const i of dirty) this.refresh(i);
  }

  /** A snapshot of the current results (items in catalogue order, aggregates with coverage). */
  scores(): Scores {
    const { groupIndex } = this.plan;
    const read = (g: GroupRef) => this.aggregate(groupIndex.get(g.code)!);
    return {
      method: this.input.method.name,
      items: this.items.slice(),
      overall: this.aggregate(0),
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
    Object.assign(reader, { fw, input, plan: planOf(fw) });
    return reader;
  }

  item(id: string): ItemResult | undefined {
    const ref = this.fw.byId.get(id);
    return ref && this.items[ref.index];
  }

  /** The current inputs (a copy), e.g. to persist what the evaluator holds: the values as given with the edits laid over them. */
  snapshotInput(): AssessmentInput {
    const values = this.editedValues.size === 0 ? this.input.values : { ...this.input.values, ...Object.fromEntries(this.editedValues) };
    return structuredClone({ ...this.input, values });
  }

  // -------------------------------------------------------------------------------------------------

  /** Re-evaluates data point i from its value and moves the pooled sums by the difference. */
  private refresh(i: number): void {
    const state = this.evaluate(i);
    let reported = 0;
    let expected = 1;
    let scored = 0;
    let points = 0;
    let achievement = 0;
    if (state === 'scored') {
      const item = this.items[i];
      reported = 1;
      scored = 1;
      points = item.points!;
      achievement = Math.round(Math.min(1, item.achievement!) * ACHIEVEMENT_SCALE);
    } else if (state === 'unbenchmarked') reported = 1;
    else if (state === 'not-applicable') expected = 0;
    const sums = this.sums;
    const c = 5 * i;
    const dReported = reported - sums[c];
    const dExpected = expected - sums[c + 1];
    const dScored = scored - sums[c + 2];
    const dPoints = points - sums[c + 3];
    const dAchievement = achievement - sums[c + 4];
    sums[c] = reported;
    sums[c + 1] = expected;
    sums[c + 2] = scored;
    sums[c + 3] = points;
    sums[c + 4] = achievement;
    const m = this.plan.memberOf;
    for (let k = 4 * i; k < 4 * i + 4; k++) {
      const g = m[k];
      const at = this.groupBase + 5 * g;
      sums[at] += dReported;
      sums[at + 1] += dExpected;
      sums[at + 2] += dScored;
      sums[at + 3] += dPoints;
      sums[at + 4] += dAchievement;
      this.cached[g] = null;
    }
  }

  private aggregate(g: number): AggregateResult {
    return (this.cached[g] ??= this.readAggregate(g));
  }

  private readAggregate(g: number): AggregateResult {
    const group = this.plan.groups[g];
    const at = this.groupBase + 5 * g;
    const scored = this.sums[at + 2];
    const points = this.sums[at + 3];
    let percent: number | null = null;
    if (scored > 0) {
      percent = this.input.method.name === 'continuous' ? (this.sums[at + 4] / ACHIEVEMENT_SCALE / scored) * 100 : (points / (4 * scored)) * 100;
    }
    return {
      code: group ? group.code : 'overall',
      name: group ? group.name : 'Overall',
      level: group ? group.level : 'overall',
      percent,
      band: percent === null ? null : bandOf(percent),
      points,
      maxPoints: 4 * scored,
      reported: this.sums[at],
      benchmarked: scored,
      expected: this.sums[at + 1],
    };
  }

  /**
   * The target in force for a data point: the city's own target (when the assessment is scored against
   * its own targets and it has one), an override, the reference target, or none.
   */
  targetOf(ref: DatapointRef): { target: number | null; origin: ItemResult['targetOrigin'] } {
    const own = this.input.scoringTargets === 'own' ? this.input.ownTargets?.[ref.id]?.target : undefined;
    if (typeof own === 'number') return { target: own, origin: 'own' };
    const override = this.input.targets[ref.id];
    if (override) {
      return override.target === 'none' ? { target: null, origin: 'none' } : { target: override.target, origin: 'override' };
    }
    const reference = this.targets.byId.get(ref.id);
    return reference && reference.target !== null ? { target: reference.target, origin: 'reference' } : { target: null, origin: 'none' };
  }

  /**
   * Computes a data point's value from its inputs, rejecting what cannot be a value of it (each
   * refusal a typed flag: a kind and its numbers).
   */
  valueOf(ref: DatapointRef): ValueOutcome {
    const entry = (this.entries ? this.entries[ref.index] : this.input.values[ref.id]) ?? EMPTY_ENTRY;
    const outcome = this.valueFrom(ref, entry);
    // Callers get a list of their own, as before.
    return { value: outcome.value, flags: outcome.flags === NO_FLAGS ? [] : outcome.flags };
  }

  /** `valueOf` for an entry already looked up; each field of the entry is read once. */
  private valueFrom(ref: DatapointRef, entry: ValueEntry): ValueOutcome {
    const { def } = ref;
    const raw = entry.value;

    if (def.formula.kind === 'yesno') {
      if (isBlank(raw)) return NOTHING;
      const word = yesNo(String(raw));
      if (word === 'yes') return found(1);
      if (word === 'no') return found(0);
      return rejected('value', { kind: 'not-yes-no', text: String(raw) });
    }

    let value: number;
    if (!isBlank(raw)) {
      if (typeof raw !== 'number') return rejected('value', { kind: 'not-a-number', text: raw });
      value = raw;
    } else if (def.formula.kind === 'ratio') {
      const f = def.formula;
      const numerator = entry.numerator;
      const fromProfile = 'profile' in f.denominator;
      const denominator = fromProfile ? this.input.profile[(f.denominator as { profile: string }).profile] : entry.denominator;
      const denominatorField: Flag['field'] = fromProfile ? 'profile' : 'denominator';
      if (isBlank(numerator) && isBlank(denominator)) return NOTHING;
      if (typeof numerator === 'string') return rejected('numerator', { kind: 'not-a-number', text: numerator });
      if (typeof denominator === 'string') return rejected(denominatorField, { kind: 'not-a-number', text: denominator });
      if (isBlank(numerator)) return missing({ level: 'warning', field: 'numerator', kind: 'enter-input', input: f.numerator, missing: true });
      if (isBlank(denominator)) {
        const d = f.denominator;
        return missing(
          'profile' in d
            ? { level: 'warning', field: 'profile', kind: 'enter-profile', profileField: d.profile, label: this.denominatorName(d), missing: true }
            : { level: 'warning', field: 'denominator', kind: 'enter-input', input: d.input, missing: true },
        );
      }
      if (!Number.isFinite(numerator)) return rejected('numerator', { kind: 'not-finite' });
      if (!Number.isFinite(denominator)) return rejected(denominatorField, { kind: 'not-finite' });
      if (numerator < 0) return rejected('numerator', { kind: 'negative', input: f.numerator });
      if (denominator < 0) return rejected(denominatorField, { kind: 'negative', input: this.denominatorName(f.denominator) });
      if (denominator === 0) return rejected(denominatorField, { kind: 'division-by-zero', input: this.denominatorName(f.denominator) });
      if (f.share && numerator > denominator) return rejected('numerator', { kind: 'part-above-whole', numerator, denominator });
      value = (numerator / denominator) * f.multiplier;
    } else if (def.formula.kind === 'formula') {
      const outcome = this.formulaValue(ref, entry);
      if (outcome !== null) return outcome;
      value = FOUND.value!;
    } else {
      return NOTHING;
    }

    if (!Number.isFinite(value)) return rejected('value', { kind: 'not-finite' });
    if (def.min !== undefined && value < def.min) return rejected('value', { kind: 'below-min', value, min: def.min, unit: def.unit });
    if (def.max !== undefined && value > def.max) return rejected('value', { kind: 'above-max', value, max: def.max, unit: def.unit });
    return found(value);
  }

  /**
   * A formula data point's value from its inputs (the first held in the entry's numerator, the second
   * in its denominator), the profile and the values of the data points it reads. Returns the outcome
   * when there is no number (nothing entered, a reminder, a refusal); otherwise null, with the number
   * in `FOUND.value` for the bounds the caller applies.
   */
  private formulaValue(ref: DatapointRef, entry: ValueEntry): ValueOutcome | null {
    const f = ref.def.formula as Extract<DatapointRef['def']['formula'], { kind: 'formula' }>;
    const plan = this.plan.formulas!;
    const compiled = plan.compiled[ref.index];
    if (!compiled) return rejected('value', { kind: 'formula', problem: plan.problems[ref.index]! });
    const slots: ('numerator' | 'denominator')[] = ['numerator', 'denominator'];
    const given: number[] = [];
    let blank = 0;
    for (let k = 0; k < f.inputs.length && k < 2; k++) {
      const v = entry[slots[k]];
      if (isBlank(v)) blank++;
      else if (typeof v === 'string') return rejected(slots[k], { kind: 'not-a-number', text: v });
      else given[k] = v;
    }
    if (f.inputs.length > 0 && blank === Math.min(f.inputs.length, 2)) return NOTHING;
    const read = (r: FormulaRef): number | null => {
      if (r.kind === 'input') {
        const k = f.inputs.findIndex((x) => x.name === r.name);
        return k >= 0 && k < 2 ? (given[k] ?? null) : null;
      }
      if (r.kind === 'profile') {
        const v = this.input.profile[r.field];
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }
      // Another data point's value as it is reported: one marked not reported or not applicable, or
      // refused (out of its bounds, a part above its whole), is kept on its row but feeds no formula,
      // as it is never scored (the bench's spreadsheet reads the same valid value).
      const other = this.fw.byId.get(r.id);
      if (!other || !this.values) return null;
      return this.scoredValue(other.index);
    };
    const result = evaluateFormula(compiled, read);
    if (result.ok) {
      FOUND.value = result.value;
      return null;
    }
    const problem = result.problem;
    if (problem.kind === 'missing') {
      const r = problem.ref;
      if (r.kind === 'input') {
        const k = f.inputs.findIndex((x) => x.name === r.name);
        return missing({ level: 'warning', field: slots[k] ?? 'value', kind: 'enter-input', input: f.inputs[k]?.label ?? r.name, missing: true });
      }
      if (r.kind === 'profile') {
        const label = this.fw.data.profile.find((p) => p.id === r.field)?.label ?? r.field;
        return missing({ level: 'warning', field: 'profile', kind: 'enter-profile', profileField: r.field, label, missing: true });
      }
      return missing({ level: 'warning', field: 'value', kind: 'formula', problem, missing: true });
    }
    return rejected('value', { kind: 'formula', problem });
  }

  /** Label of a denominator for flags: the profile field's label, or the input's name. Looked up only when a flag needs it. */
  private denominatorName(d: { profile: string } | { input: string }): string {
    return 'profile' in d ? (this.fw.data.profile.find((p) => p.id === d.profile)?.label ?? d.profile) : d.input;
  }

  /** Builds data point i's result from its value and flags; returns its state. */
  private evaluate(i: number): ItemState {
    const value = this.values[i];
    const valueFlags = this.valueFlags[i];
    const ref = this.fw.datapoints[i];
    const entryStatus = this.statuses[i];
    // Not reported or not applicable: nothing is asked for, so no reminder to enter an input.
    const asksNothing = entryStatus === 'not-reported' || entryStatus === 'not-applicable';
    // A copy: the value's own list stays as computed.
    let flags = valueFlags === NO_FLAGS ? NO_FLAGS : asksNothing ? valueFlags.filter((f) => !f.missing) : valueFlags.slice();
    const override = this.overrides[i];
    const own = this.useOwn && this.own !== null ? this.own[i] : undefined;
    let target: number | null;
    let origin: ItemResult['targetOrigin'];
    if (own !== undefined) {
      // The city's own target wins over an override and over "no benchmark": the city chose to be
      // scored against what it set itself. The achievement formula is the data point's own (lower is
      // better: target ÷ value; yes/no: yes is 100 % whatever the target).
      target = own;
      origin = 'own';
    } else if (override) {
      target = override.target === 'none' ? null : override.target;
      origin = override.target === 'none' ? 'none' : 'override';
    } else {
      target = this.referenceTargets[i];
      origin = target === null ? 'none' : 'reference';
    }
    let hasError = false;
    for (const f of flags) if (f.level === 'error') hasError = true;

    let state: ItemState;
    if (entryStatus === 'not-applicable') state = 'not-applicable';
    else if (entryStatus === 'not-reported') state = 'not-reported';
    else if (hasError) state = 'invalid';
    else if (value === null) {
      state = 'not-reported';
      if (entryStatus === 'reported') {
        flags = [...flags, { level: 'warning', field: 'value', kind: 'reported-without-value', missing: true }];
      }
    } else state = target === null ? 'unbenchmarked' : 'scored';

    const checks = this.plan.checks[i];
    if (checks && (state === 'scored' || state === 'unbenchmarked')) flags = this.check(checks, value!, flags);

    let achievement: number | null = null;
    let points: ItemResult['points'] = null;
    if (state === 'scored') {
      achievement = achievementOf(ref.def.direction, value!, target!).value;
      points = bandOf(achievement * 100);
    }
    const status: Status = state === 'not-applicable' ? 'not-applicable' : state === 'scored' || state === 'unbenchmarked' ? 'reported' : 'not-reported';
    this.items[i] = {
      id: ref.id,
      code: ref.kpi.code,
      datapoint: ref.def.key,
      value,
      target,
      targetOrigin: origin,
      achievement,
      points,
      band: points,
      state,
      status,
      // A list of its own: results cross to the page by structured clone, which would turn one shared
      // list into one array referenced by every item, and views key their updates on each item's list.
      flags: flags === NO_FLAGS ? [] : flags,
    };
    return state;
  }

  /**
   * Data point j's value as it is scored, or null: one marked not reported or not applicable, or
   * refused (an error flag: out of its bounds, a part above its whole), is kept on its row but is never
   * scored, so no formula and no check reads it. The same test as its item's state (evaluate): a value
   * here is exactly a 'scored' or 'unbenchmarked' item's, which is what validation rules read
   * (rules.ts, holdsValue); it is asked before that item may have been evaluated in this pass.
   */
  private scoredValue(j: number): number | null {
    const status = this.statuses[j];
    if (status === 'not-reported' || status === 'not-applicable') return null;
    for (const flag of this.valueFlags[j]) if (flag.level === 'error') return null;
    return this.values[j] ?? null;
  }

  /** Plausibility checks: failures are warnings, the value is still scored. Other data points' values are read as scored (scoredValue). */
  private check(checks: PlannedCheck[], value: number, given: Flag[]): Flag[] {
    let flags = given;
    const warn = ({ check }: PlannedCheck, actual: number, bound: number) => {
      if (flags === NO_FLAGS) flags = [];
      flags.push({ level: 'warning', field: 'value', kind: 'check', check: check.kind, message: check.message, source: check.source, actual, bound });
    };
    for (const planned of checks) {
      switch (planned.kind) {
        case 'below':
          if (value < planned.value - CHECK_TOLERANCE) warn(planned, value, planned.value);
          break;
        case 'above':
          if (value > planned.value + CHECK_TOLERANCE) warn(planned, value, planned.value);
          break;
        case 'notAbove': {
          const otherValue = planned.other < 0 ? null : this.scoredValue(planned.other);
          if (otherValue !== null && value > otherValue + CHECK_TOLERANCE) warn(planned, value, otherValue);
          break;
        }
        case 'sumAtMost': {
          let sum = 0;
          for (const s of planned.siblings) sum += this.scoredValue(s) ?? 0;
          if (sum > planned.value + CHECK_TOLERANCE) warn(planned, sum, planned.value);
          break;
        }
        case 'sumAbout': {
          let sum = 0;
          let complete = true;
          for (const s of planned.siblings) {
            const v = this.scoredValue(s);
            // A route marked not applicable (no para-transport in the city) is complete at zero; one
            // not reported, or refused, leaves the sum incomplete whatever its row keeps.
            if (v !== null) sum += v;
            else if (this.statuses[s] !== 'not-applicable') complete = false;
          }
          if (sum > planned.value + planned.tolerance + CHECK_TOLERANCE || (complete && sum < planned.value - planned.tolerance - CHECK_TOLERANCE))
            warn(planned, sum, planned.value);
          break;
        }
      }
    }
    return flags;
  }
}

/** Scores an assessment from scratch. */
export function score(fw: Framework, targets: TargetSet, input: AssessmentInput): Scores {
  return new Evaluator(fw, targets, input).scores();
}
