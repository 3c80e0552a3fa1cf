// Compiled from src/ui/messages/en/time.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, sel, type Args, type Arg } from '../runtime';

/** The messages of the namespace `time`, with the argument types of their English text. */
export interface TimeMessages {
  readonly "scoring": {
    readonly "title": string;
    readonly "reference": string;
    readonly "own": string;
    readonly "hint": string;
    readonly "inForceReference": string;
    "inForceOwn"(n: string | number, total: string | number): string;
    readonly "reportLabel": string;
    readonly "ownShort": string;
    "ownDetail"(target: string | number, deadline: string | number | null): string;
    "referenceDetail"(target: string | number): string;
    "deadlineOnly"(deadline: string | number): string;
    "explainOwn"(deadline: string | number | null): string;
    readonly "explainOwnNone": string;
    readonly "explainReference": string;
    readonly "explainReferenceHasOwn": string;
    readonly "ownRationale": string;
    readonly "legendOwn": string;
  };
  readonly "ownTitle": string;
  readonly "ownHint": string;
  readonly "ownTarget": string;
  readonly "ownDeadline": string;
  readonly "ownBaseline": string;
  readonly "ownBaselineYear": string;
  readonly "ownSave": string;
  readonly "ownRemove": string;
  readonly "ownSaved": string;
  readonly "ownRemoved": string;
  readonly "ownNone": string;
  readonly "ownYesNoTarget": string;
  readonly "ownReadOnly": string;
  readonly "ownProblem": {
    "notNumber"(field: string | number, text: string | number): string;
    "notYear"(field: string | number, text: string | number, min: string | number, max: string | number): string;
    readonly "baselinePair": string;
    readonly "deadlineAfterBaseline": string;
  };
  readonly "ownSummary": {
    "target"(a: { target: string | number }): string;
    "deadline"(a: { deadline: string | number }): string;
    "baseline"(baseline: string | number, baselineYear: string | number): string;
    readonly "separator": string;
  };
  readonly "status": {
    readonly "achieved": string;
    readonly "on-track": string;
    readonly "acceleration-needed": string;
    readonly "stagnating": string;
    readonly "moving-away": string;
    readonly "insufficient-data": string;
  };
  readonly "reason": {
    readonly "no-values": string;
    readonly "one-year": string;
    readonly "no-target": string;
    readonly "deadline-not-after-baseline": string;
  };
  readonly "basisTarget": {
    readonly "own": string;
    readonly "assessment": string;
    readonly "none": string;
  };
  readonly "basisDeadline": {
    readonly "own": string;
    readonly "default": string;
  };
  readonly "basisBaseline": {
    readonly "own": string;
    readonly "series": string;
    readonly "incomplete": string;
  };
  readonly "trendStatus": string;
  readonly "trendAgainst": string;
  readonly "trendMethod": string;
  readonly "methodCompound": string;
  readonly "methodLinear": string;
  readonly "methodYesNo": string;
  readonly "statusRule": string;
  readonly "xTitle": string;
  "xNoSeries"(city: string | number): string;
  readonly "xThis": string;
  readonly "xGrowth": string;
  "xGrowthCompound"(rate: string | number, from: string | number, to: string | number): string;
  "xGrowthLinear"(change: string | number, from: string | number, to: string | number): string;
  readonly "xGrowthNone": string;
  readonly "xReached": string;
  readonly "xReach": {
    "reached"(year: string | number | null): string;
    "at-this-rate"(year: string | number | null): string;
    "never"(year: unknown): string;
    "unknown"(year: unknown): string;
  };
  "xStatus"(deadline: string | number): string;
  "xRatio"(ratio: string | number, needed: string | number): string;
  "xAgainst"(basis: string | number, target: string | number): string;
  readonly "xAggregates": string;
  readonly "xAggregateTarget": string;
  readonly "xSource": string;
}

export const time = register<TimeMessages>("time", {
  scoring: {
    title: "Targets that score this assessment",
    reference: "Reference targets",
    own: "The city's own targets where set",
    hint: "With own targets, a data point that has an own target is scored against it; every other data point keeps its reference target (or the target set for this assessment).",
    inForceReference: "Scored against the reference targets.",
    inForceOwn: (n: Arg, total: Arg) => `Scored against own targets where set: ${n} of ${total} data points; the others against the reference targets.`,
    reportLabel: "Targets in force",
    ownShort: "own target",
    ownDetail: (target: Arg, deadline: Arg) => sel(deadline, { "null": `own target ${target}`, "other": `own target ${target} by ${deadline}` }),
    referenceDetail: (target: Arg) => `reference: ${target}`,
    deadlineOnly: (deadline: Arg) => `own deadline ${deadline}`,
    explainOwn: (deadline: Arg) => sel(deadline, { "null": `This number is scored against the city's own target.`, "other": `This number is scored against the city's own target (deadline ${deadline}).` }),
    explainOwnNone: "The assessment is scored against own targets where set; this data point has none, so its reference target scores it.",
    explainReference: "This number is scored against the reference target (the assessment uses the reference targets).",
    explainReferenceHasOwn: "This number is scored against the reference target: the assessment uses the reference targets, so this data point's own target is shown but does not score.",
    ownRationale: "The city's own target for this data point.",
    legendOwn: "the city's own target scores this row",
  },
  ownTitle: "Own target and deadline",
  ownHint: "The city's own target for this data point, the year it means to reach it by, and the value and year it measures progress from. The trend measures progress against them; the points follow the own target only when the assessment is scored against own targets.",
  ownTarget: "Own target",
  ownDeadline: "Deadline (year)",
  ownBaseline: "Baseline value",
  ownBaselineYear: "Baseline year",
  ownSave: "Save own target",
  ownRemove: "Remove own target",
  ownSaved: "Own target saved.",
  ownRemoved: "Own target removed.",
  ownNone: "No own target: the trend uses the target above and the 2030 deadline.",
  ownYesNoTarget: "The target of a yes/no data point is \"yes\".",
  ownReadOnly: "This assessment is frozen: its own targets cannot be changed.",
  ownProblem: {
    notNumber: (field: Arg, text: Arg) => `${field}: "${text}" is not a number.`,
    notYear: (field: Arg, text: Arg, min: Arg, max: Arg) => `${field}: "${text}" is not a whole year between ${min} and ${max}.`,
    baselinePair: "A baseline needs both its value and its year.",
    deadlineAfterBaseline: "The deadline must come after the baseline year.",
  },
  ownSummary: {
    target: (a: Args) => `target ${a.target}`,
    deadline: (a: Args) => `by ${a.deadline}`,
    baseline: (baseline: Arg, baselineYear: Arg) => `from ${baseline} in ${baselineYear}`,
    separator: ", ",
  },
  status: {
    achieved: "target achieved",
    "on-track": "on track",
    "acceleration-needed": "acceleration needed",
    stagnating: "stagnating",
    "moving-away": "moving away",
    "insufficient-data": "insufficient data",
  },
  reason: {
    "no-values": "no year has a value",
    "one-year": "only one year has a value",
    "no-target": "there is no target to measure against",
    "deadline-not-after-baseline": "the deadline is not after the baseline year",
  },
  basisTarget: {
    own: "the city's own target",
    assessment: "the target that scores the latest assessment",
    none: "no target",
  },
  basisDeadline: {
    own: "the city's own deadline",
    default: "the 2030 Agenda deadline",
  },
  basisBaseline: {
    own: "the city's own baseline",
    series: "the earliest year with a value",
    incomplete: "the earliest year with a value (the own baseline lacks its value or year)",
  },
  trendStatus: "Status",
  trendAgainst: "Measured against",
  trendMethod: "Method",
  methodCompound: "Compound annual growth (UN SDG Progress Chart): actual = (latest ÷ baseline)^(1 ÷ years) − 1; needed = (target ÷ baseline)^(1 ÷ (deadline − baseline year)) − 1.",
  methodLinear: "Change per year (a value or target of 0 or below, or a target band, has no compound rate): actual = (latest − baseline) ÷ years; needed = (target − baseline) ÷ (deadline − baseline year).",
  methodYesNo: "A yes/no answer has no rate: yes is achieved, a no that stays no is stagnating, a yes that became no is moving away.",
  statusRule: "On track at 95 % or more of the rate needed; acceleration needed from 10 %; stagnating between −10 % and 10 %; moving away below.",
  xTitle: "Over the years",
  xNoSeries: (city: Arg) => `No other year of ${city} in this browser. Duplicate this assessment as next year (in the library), or import another year, to see its trend here.`,
  xThis: "this assessment",
  xGrowth: "Growth rate",
  xGrowthCompound: (rate: Arg, from: Arg, to: Arg) => `${rate} a year, compound (${from}–${to})`,
  xGrowthLinear: (change: Arg, from: Arg, to: Arg) => `${change} a year (${from}–${to})`,
  xGrowthNone: "none: fewer than two years have a value",
  xReached: "Target reached",
  xReach: {
    reached: (year: Arg) => `already reached (${sel(year, { "null": `—`, "other": `${year}` })})`,
    "at-this-rate": (year: Arg) => `in ${sel(year, { "null": `—`, "other": `${year}` })} at this rate`,
    never: (year: Arg) => `not at this rate`,
    unknown: (year: Arg) => `cannot be said`,
  },
  xStatus: (deadline: Arg) => `Status by ${deadline}`,
  xRatio: (ratio: Arg, needed: Arg) => `the rate since the baseline is ${ratio} × the rate needed (${needed} a year)`,
  xAgainst: (basis: Arg, target: Arg) => `${basis}: ${target}`,
  xAggregates: "Its aggregates over the years (toward 95 %)",
  xAggregateTarget: "the top band: 95 % of the maximum",
  xSource: "The method of the UN SDG Progress Chart (UN Statistics Division, technical note), applied to this data point.",
});
