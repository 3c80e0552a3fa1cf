/**
 * The engine's vocabulary. Pure data types: no DOM, no storage, no worker.
 *
 * A *framework* (the U4SSC catalogue is one) is data: dimensions → sub-dimensions → categories → KPIs →
 * data points, plus the city-profile fields its formulas share. A *target set* is separate data keyed by
 * data point. An *assessment* is one city in one year: profile values, data-point values with provenance,
 * target overrides and method settings.
 */

import type { Comparison, FormulaEvalProblem, FormulaProblem } from './formula';
import type { Provenance } from './provenance';

// ---------------------------------------------------------------------------------------------------
// Framework (catalogue)

/** How a data point's achievement is computed from its value x and target t. */
export type Direction = 'higher' | 'lower' | 'band' | 'yesno';

export type Tier = 'core' | 'advanced';

/** Smart / Sustainable / Structural, where the official page was seen; null where unverified. */
export type KpiType = 'smart' | 'sustainable' | 'structural' | null;

/** H: official page read; M: two secondary sources agree; L: memory or inference (see u4ssc-kpis.md §0). */
export type Confidence = 'H' | 'M' | 'L';

export interface ProfileField {
  /** Stable identifier used by formulas, e.g. `population`. */
  id: string;
  label: string;
  unit: string;
  definition: string;
}

/** A denominator is either a shared city-profile field or an input of the data point itself. */
export type DenominatorSpec = { profile: string } | { input: string };

export type Formula =
  /** value = numerator ÷ denominator × multiplier (100 for %, 100 000 for "per 100 000 inhabitants"). */
  | {
      kind: 'ratio';
      /** What the evaluator counts in the numerator, with its unit, e.g. "Households with Internet access". */
      numerator: string;
      denominator: DenominatorSpec;
      multiplier: number;
      /**
       * True when the numerator is a part of the denominator (households with X ÷ all households): a
       * numerator above its denominator is then impossible and is rejected.
       */
      share: boolean;
    }
  /**
   * A formula of the formula language (engine/formula.ts) over the data point's inputs, profile fields
   * and other data points' values (a framework file's local KPI). Until the assessment format names
   * inputs, the first input is stored in an entry's `numerator` and the second in its `denominator`.
   */
  | { kind: 'formula'; expression: string; inputs: { name: string; label: string }[] }
  /** The value is reported directly (life expectancy, Gini, an index, a count). */
  | { kind: 'direct' }
  /** yes / no. */
  | { kind: 'yesno' };

/**
 * A check the Verification Manual (or plain arithmetic) gives for a value; a failed check is a warning.
 * `message` is the check's wording as catalogue content (the manual's own sentence where it gives one,
 * like a definition); `source` is the page it rests on (`VM22-p95`) or `arithmetic` where it is the
 * workbench's own consistency check.
 */
export type PlausibilityCheck =
  | { kind: 'below'; value: number; message: string; source: string }
  | { kind: 'above'; value: number; message: string; source: string }
  /** This data point's value should not exceed another data point's value (Potable ≤ Basic water). */
  | { kind: 'notAbove'; other: string; message: string; source: string }
  /** The values of all data points of this KPI should add up to at most this (mode shares ≤ 100 %). */
  | { kind: 'sumAtMost'; value: number; message: string; source: string }
  /**
   * The values of all data points of this KPI should add up to about `value` ± `tolerance` (mode shares
   * and waste routes: 100 % ± 2 %). Above is flagged at once; below only when every data point of the
   * KPI has a value (a KPI half entered is not yet short).
   */
  | { kind: 'sumAbout'; value: number; tolerance: number; message: string; source: string };

/**
 * A unit the official method converts from at entry (ppb → µg/m³ for the air pollutants, VM22-p95):
 * a value entered in `unit` is multiplied by `factor` and the entry is recorded with the value.
 */
export interface UnitConversion {
  unit: string;
  factor: number;
  source: string;
}

export interface DataPointDef {
  /** '' for a single-point KPI; otherwise a short label as printed, e.g. `3G`, `PM2.5`, `Recycled`. */
  key: string;
  /** Human label of the data point (the KPI name for single-point KPIs). */
  label: string;
  unit: string;
  direction: Direction;
  formula: Formula;
  /**
   * Values outside [min, max] are impossible (a percentage of 140, a negative count): they are rejected,
   * kept as typed, and never scored. Omit a bound where none applies.
   */
  min?: number;
  max?: number;
  checks?: PlausibilityCheck[];
  /** Units the official method converts from at entry (ppb for NO2, SO2, O3). */
  conversions?: UnitConversion[];
}

export interface KpiDef {
  /** Printed U4SSC code, e.g. `EC: ICT: ICT: 1C`. */
  code: string;
  /** Other codes that mean this KPI (e.g. `EC: ICT: ICT: 5A` for Wi-Fi), accepted on import. */
  aliases: string[];
  name: string;
  /** Category path `DIM: SUB: CAT` the KPI is scored under (differs from the code for EHR). */
  category: string;
  tier: Tier;
  type: KpiType;
  /** A definition a trainer can read aloud. */
  definition: string;
  /** Linked SDG targets or goals, e.g. `11.2`, `Goal 6`. */
  sdg: string[];
  confidence: Confidence;
  /** Where the definition comes from (keys of u4ssc-kpis.md §0, e.g. `CM17-p23, VM22-p33`). */
  sources: string;
  /** Open questions and caveats, shown in the UI. */
  notes?: string;
  /**
   * Where the official pages (or the pages and the catalogue's sources) disagree: what this catalogue
   * chose, the alternative, and the pages each rests on. Shown in "explain this number".
   */
  alternatives?: KpiAlternative[];
  datapoints: DataPointDef[];
}

export interface KpiAlternative {
  /** What the choice is about, e.g. `measure`. */
  about: string;
  choice: string;
  alternative: string;
  source: string;
}

export interface CategoryDef {
  code: string;
  name: string;
}
export interface SubdimensionDef {
  code: string;
  name: string;
  categories: CategoryDef[];
}
export interface DimensionDef {
  code: string;
  name: string;
  subdimensions: SubdimensionDef[];
}

/**
 * How a data point's definition changed between two catalogue versions, as data; the words ("SO2 is
 * now an annual mean: a 24-hour mean entered before is not one") live in src/ui/strings/catalogue.ts.
 */
export type DefinitionChange =
  /** What the value measures changed (SO2: a 24-hour mean → an annual mean). */
  | { kind: 'measure'; before: string; after: string }
  /** An upper bound was lifted: values above `before` were refused and are now accepted. */
  | { kind: 'max-lifted'; before: number }
  | { kind: 'numerator'; before: string; after: string }
  | { kind: 'denominator'; before: string; after: string }
  /** A Verification Manual check now applies (a warning may appear). */
  | { kind: 'check-added'; check: PlausibilityCheck['kind'] }
  /** A check was replaced by a stricter or different one (at most 100 → about 100 ± 2). */
  | { kind: 'check-changed'; before: PlausibilityCheck['kind']; after: PlausibilityCheck['kind'] }
  /** A check no longer applies to this data point (its source gives it for another one). */
  | { kind: 'check-removed'; check: PlausibilityCheck['kind'] }
  /** The reference target changed (only affects assessments that use the reference target). */
  | { kind: 'target'; before: number | null; after: number | null };

/** A change with the page it rests on. */
export type CatalogueChange = DefinitionChange & { source: string };

/** One catalogue version to the next: the changed data points, keyed by data-point id. */
export interface CatalogueStep {
  from: string;
  to: string;
  datapoints: Record<string, CatalogueChange[]>;
}

export interface FrameworkData {
  format: 'ssc-workbench/framework';
  version: 1;
  id: string;
  /** Version of the framework's content, e.g. `2017.1`; recorded in every assessment. */
  frameworkVersion: string;
  name: string;
  description: string;
  dimensions: DimensionDef[];
  profile: ProfileField[];
  kpis: KpiDef[];
  /**
   * The catalogue's own history, oldest first: each step from one `frameworkVersion` to the next, so
   * an assessment made with an older catalogue is told what changed (engine/catalogue-version.ts).
   */
  changes?: CatalogueStep[];
}

// ---------------------------------------------------------------------------------------------------
// Reference targets

export interface TargetDef {
  code: string;
  /** '' for single-point KPIs. */
  datapoint: string;
  /** The benchmark, in the data point's unit; null = no benchmark (then `rationale` says why). */
  target: number | null;
  rationale: string;
  source: string;
  /**
   * `public`: the value rests on a published document (a guideline, a directive, an SDG target).
   * `judgement`: the workbench's own judgement with no public document behind the number; the UI says
   * so beside the target. Absent on a target with no benchmark (`target: null`) and in imported files
   * (read as `public`: the importing programme vouches for its own targets).
   */
  basis?: 'public' | 'judgement';
}

export interface TargetSetData {
  format: 'ssc-workbench/targets';
  version: 1;
  id: string;
  name: string;
  frameworkId: string;
  /** Always true for the shipped set: these are not the official U4SSC benchmarks. */
  illustrative: boolean;
  statement: string;
  targets: TargetDef[];
}

// ---------------------------------------------------------------------------------------------------
// Assessment

export type Status = 'reported' | 'not-reported' | 'not-applicable';

/** The six U4SSC data-quality grades (VM22-p163). */
export type Quality = 'accurate' | 'survey' | 'higher-level' | 'assumption' | 'personal' | 'unknown';

/**
 * A numeric input as the user left it: a number, nothing, or text that did not read as a number (kept
 * so nothing typed is lost; the engine rejects it with a reason and never scores it).
 */
export type NumInput = number | string | null;

export interface ValueEntry {
  numerator?: NumInput;
  denominator?: NumInput;
  /** A directly reported value; wins over numerator/denominator. `yes`/`no` for yes/no data points. */
  value?: NumInput;
  /**
   * The value as entered in another unit and converted at entry (40 ppb of NO2 × 1.9 = 76 µg/m³):
   * `value` holds the converted number, this records what was typed and the factor used. Kept only
   * while `value` is that converted number.
   */
  entered?: EnteredValue;
  /** Unset means: reported if a value can be computed, otherwise not reported. */
  status?: Status;
  quality?: Quality;
  source?: string;
  year?: number | null;
  note?: string;
}

export interface EnteredValue {
  value: number;
  unit: string;
  factor: number;
}

/** A per-assessment target: a number replaces the reference target, `none` removes the benchmark. */
export type TargetOverride = { target: number; rationale?: string } | { target: 'none'; rationale?: string };

/**
 * A city's own target for a data point (format version 4), beside the reference target: the number it
 * aims for, the year it means to reach it by, and the value and year it measures progress from. Every
 * field is optional; the trend (trend.ts) uses what is given and the reference target and the 2030
 * deadline for the rest. It changes the points only when the assessment is scored against its own
 * targets (`scoringTargets: 'own'`, format version 5) and `target` is given.
 */
export interface OwnTarget {
  /** In the data point's unit (yes/no: 1 = yes). */
  target?: number;
  /** The year by which the city means to reach its target. */
  deadline?: number;
  /** The value progress is measured from, and its year (used together). */
  baseline?: number;
  baselineYear?: number;
}

export type MethodName = 'u4ssc-points' | 'continuous';

export interface MethodSettings {
  name: MethodName;
}

/**
 * Which target set scores an assessment (format version 5): `reference`, the reference targets (the
 * workbench's or an imported set, with the assessment's overrides); `own`, the city's own targets where
 * a data point has one with a number, the reference target (or override) for every other data point.
 */
export type ScoringTargets = 'reference' | 'own';

export const SCORING_TARGETS: readonly ScoringTargets[] = ['reference', 'own'];

export interface AssessmentInput {
  profile: Record<string, NumInput>;
  /** Keyed by data-point id (see `datapointId`). */
  values: Record<string, ValueEntry>;
  targets: Record<string, TargetOverride>;
  method: MethodSettings;
  /** The city's own targets, deadlines and baselines by data point (format version 4); absent when there is none. */
  ownTargets?: Record<string, OwnTarget>;
  /** Which target set scores the assessment; absent means `reference`. */
  scoringTargets?: ScoringTargets;
  /** Where figures filled from a statistics table came from (provenance.ts): an assessment's, or a values CSV's `provenance` column. */
  provenance?: Provenance;
}

// ---------------------------------------------------------------------------------------------------
// Results

/** 1: 0–33 %, 2: 33–66 %, 3: 66–95 %, 4: 95 %+ of target. */
export type Band = 1 | 2 | 3 | 4;

export type ItemState =
  /** reported, benchmarked and scored */
  | 'scored'
  /** reported but the data point has no benchmark: shown, not scored */
  | 'unbenchmarked'
  | 'not-reported'
  | 'not-applicable'
  /** the inputs are unusable (text, out of range, division by zero): shown with reasons, not scored */
  | 'invalid';

/**
 * What a flag says, as data: a kind and the values involved. The words live in `src/ui/strings/`
 * (`flagText`), through a switch the compiler checks covers every kind. Input names (`input`) are the
 * catalogue's own labels, like every other catalogue text.
 */
export type FlagProblem =
  /** Text where a number was expected. */
  | { kind: 'not-a-number'; text: string }
  | { kind: 'not-yes-no'; text: string }
  | { kind: 'not-finite' }
  /** An input of a ratio is still to be entered (a reminder). */
  | { kind: 'enter-input'; input: string }
  /** The city profile field the denominator reads is still empty (a reminder). */
  | { kind: 'enter-profile'; profileField: string; label: string }
  | { kind: 'negative'; input: string }
  | { kind: 'division-by-zero'; input: string }
  /** A part larger than its whole (households with X above all households). */
  | { kind: 'part-above-whole'; numerator: number; denominator: number }
  | { kind: 'below-min'; value: number; min: number; unit: string }
  | { kind: 'above-max'; value: number; max: number; unit: string }
  /** Status "reported" with no value (a reminder). */
  | { kind: 'reported-without-value' }
  /**
   * A formula of a framework file that does not compile (its problem, with the character), that is in
   * a cycle, or that gives no number for these values (a division by zero, a data point it reads with
   * no value: then a reminder).
   */
  | { kind: 'formula'; problem: FormulaProblem | FormulaEvalProblem }
  /**
   * A validation rule of a framework file (rules.ts) does not hold: its name and source as the file
   * gives them, and both sides' values. A warning like a check's; the value is still scored.
   */
  | { kind: 'rule'; rule: string; name: string; source: string; operator: Comparison; left: number; right: number }
  /** A plausibility check of the catalogue failed: its wording and page, and the numbers compared. */
  | {
      kind: 'check';
      check: PlausibilityCheck['kind'];
      message: string;
      source: string;
      /** The value (or the sum, for sum checks) that failed and the bound it was held against. */
      actual: number;
      bound: number;
    };

export type Flag = FlagProblem & {
  /** error: the value is rejected; warning: scored, but worth a second look. */
  level: 'error' | 'warning';
  /** Which input the flag is about. */
  field: 'numerator' | 'denominator' | 'value' | 'profile' | 'target';
  /**
   * A reminder, not a problem: an input is still to be entered (an empty numerator, a profile field
   * not yet filled, "reported" with no value). Never set on a data point marked not reported or not
   * applicable: those ask for nothing.
   */
  missing?: true;
};

/** Two flags say the same thing (one message per problem in explanations and cells). */
export const sameFlag = (a: Flag, b: Flag): boolean => a.level === b.level && a.field === b.field && flagKey(a) === flagKey(b);

/** A stable text key of a flag's content, for de-duplication and comparisons. */
export const flagKey = (f: Flag): string => JSON.stringify(f);

export interface ItemResult {
  id: string;
  code: string;
  datapoint: string;
  value: number | null;
  target: number | null;
  /**
   * Where the target in force comes from: the reference set, the assessment's override, the city's own
   * target (only when the assessment is scored against its own targets), or no benchmark.
   */
  targetOrigin: 'reference' | 'override' | 'own' | 'none';
  /** Ratio to target (1 = 100 %); may exceed 1 (over-achievement). */
  achievement: number | null;
  points: Band | null;
  band: Band | null;
  state: ItemState;
  /** Status as the contract prints it: reported / not-reported / not-applicable. */
  status: Status;
  flags: Flag[];
}

export type AggregateLevel = 'overall' | 'dimension' | 'subdimension' | 'category';

export interface AggregateResult {
  /** `SC`, `SC: EH`, `SC: EH: ED`; `overall` for the whole assessment. */
  code: string;
  name: string;
  level: AggregateLevel;
  /** Percent of the maximum under the active method; null when nothing is scored. */
  percent: number | null;
  band: Band | null;
  /** Pooled U4SSC points and their maximum (4 × scored items). */
  points: number;
  maxPoints: number;
  /** Items with a usable reported value. */
  reported: number;
  /** Items reported and benchmarked (= scored). */
  benchmarked: number;
  /** Items in the group that apply (all data points minus those marked not applicable). */
  expected: number;
}

export interface Scores {
  method: MethodName;
  items: ItemResult[];
  overall: AggregateResult;
  dimensions: AggregateResult[];
  subdimensions: AggregateResult[];
  categories: AggregateResult[];
}
