// Compiled from src/ui/messages/en/catalogue.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, lf, pl, sel, type Args } from '../runtime';

/** The messages of the namespace `catalogue`, with the argument types of their English text. */
export interface CatalogueMessages {
  readonly "change": {
    "measure"(a: { after: string | number; before: string | number; source: string | number }): string;
    "max-lifted"(a: { before: string | number; source: string | number }): string;
    "numerator"(a: { after: string | number; before: string | number; source: string | number }): string;
    "denominator"(a: { after: string | number; before: string | number; source: string | number }): string;
    "check-added"(a: { check: string | number; source: string | number }): string;
    "check-changed"(a: { after: string | number; before: string | number; source: string | number }): string;
    "check-removed"(a: { check: string | number; source: string | number }): string;
    "target"(a: { after: string | number | null; before: string | number | null; source: string | number }): string;
  };
  "reviewTitle"(a: { n: number }): string;
  "reviewIntro"(a: { from: string | number; to: string | number }): string;
  readonly "reviewShow": string;
  readonly "reviewRead": string;
  readonly "reviewReadAll": string;
  readonly "reviewReadHint": string;
  readonly "reviewWasVerified": string;
  "verifiedUnder"(a: { from: string | number }): string;
  "verifiedUnderHint"(a: { from: string | number; to: string | number }): string;
  "reviewMarker"(a: { to: string | number }): string;
  readonly "reviewLegend": string;
  readonly "explainChanges": string;
  "explainChangesIntro"(a: { from: string | number; to: string | number }): string;
  readonly "basisJudgement": string;
  readonly "basisPublic": string;
  readonly "explainBasis": string;
  readonly "explainAlternatives": string;
  "alternative"(a: { about: string | number; choice: string | number; alternative: string | number; source: string | number }): string;
  "entered"(a: { value: string | number; unit: string | number; factor: string | number; result: string | number; target: string | number }): string;
  "conversionHint"(a: { units: string | number }): string;
  readonly "conversionsOffered": string;
  "conversionItem"(a: { unit: string | number; factor: string | number; source: string | number }): string;
  readonly "formula": {
    readonly "empty": string;
    "too-long"(a: { length: string | number; limit: string | number }): string;
    "too-deep"(a: { limit: string | number; character: string | number }): string;
    "unexpected-character"(a: { char: string | number; character: string | number }): string;
    "unexpected-end"(a: { character: string | number }): string;
    "unexpected-token"(a: { token: string | number; character: string | number }): string;
    "unclosed"(a: { bracket: string | number; character: string | number }): string;
    "unknown-function"(a: { name: string | number; character: string | number }): string;
    "arity"(a: { name: string | number; range: string | number; min: number; max: string | number; given: string | number; character: string | number }): string;
    "unknown-name"(a: { name: string | number; count: number; inputs: readonly string[]; character: string | number }): string;
    "unknown-profile"(a: { field: string | number; character: string | number }): string;
    "unknown-datapoint"(a: { code: string | number; character: string | number }): string;
    "inputs-outside-sum"(a: { character: string | number }): string;
    "cycle"(a: { ring: string | number }): string;
    "missing"(a: { refKind: string | number; refName: string | number; refField: string | number; refId: string | number }): string;
    "division-by-zero"(a: { character: string | number }): string;
    "not-finite"(a: { character: string | number }): string;
    readonly "cycleArrow": string;
  };
  readonly "frameworkFile": {
    readonly "not-json": string;
    "too-large"(a: { mb: string | number }): string;
    readonly "not-framework": string;
    "newer-version"(a: { version: string | number; max: string | number }): string;
    "formula-not-scored"(a: { inputs: string | number; max: string | number }): string;
    "unknown-category"(a: { category: string | number }): string;
    "duplicate-code"(a: { code: string | number }): string;
    "duplicate-datapoint"(a: { id: string | number }): string;
    "unknown-target"(a: { id: string | number }): string;
    "duplicate-input"(a: { name: string | number }): string;
    "duplicate-rule"(a: { id: string | number }): string;
    "unknown-link"(a: { id: string | number }): string;
    "where"(a: { path: string | number }): string;
  };
  "ruleFailed"(a: { name: string | number; left: string | number; operator: string | number; right: string | number }): string;
  "ruleImportance"(a: { importance: string | number }): string;
}

export const catalogue = register<CatalogueMessages>("catalogue", {
  change: {
    measure: (a: Args) => `It is now the ${a.after}, no longer the ${a.before} (${a.source}). A value entered as the ${a.before} is not the ${a.after}: enter the ${a.after}. Until then the value is kept as entered and scored as if it were the ${a.after}.`,
    "max-lifted": (a: Args) => `Values above ${a.before} are now accepted (${a.source}). A value above ${a.before} that was refused before is now scored.`,
    numerator: (a: Args) => `The numerator is now "${a.after}", no longer "${a.before}" (${a.source}). Check that the value entered counts the new numerator.`,
    denominator: (a: Args) => `The denominator is now "${a.after}", no longer "${a.before}" (${a.source}). Check that the value entered uses the new denominator.`,
    "check-added": (a: Args) => `A Verification Manual check now applies: ${sel(a.check, { "below": `a lower bound of what is normal`, "above": `an upper bound of what is normal`, "notAbove": `the logical order of related values (this one should not exceed the other)`, "sumAtMost": `a sum of at most 100 %`, "sumAbout": `a sum of about 100 % (± 2 %)`, "other": `${a.check}` })} (${a.source}). The value is unchanged; a warning shows if it fails the check.`,
    "check-changed": (a: Args) => `The check is now ${sel(a.after, { "below": `a lower bound of what is normal`, "above": `an upper bound of what is normal`, "notAbove": `the logical order of related values (this one should not exceed the other)`, "sumAtMost": `a sum of at most 100 %`, "sumAbout": `a sum of about 100 % (± 2 %)`, "other": `${a.after}` })}, no longer ${sel(a.before, { "below": `a lower bound of what is normal`, "above": `an upper bound of what is normal`, "notAbove": `the logical order of related values (this one should not exceed the other)`, "sumAtMost": `a sum of at most 100 %`, "sumAbout": `a sum of about 100 % (± 2 %)`, "other": `${a.before}` })} (${a.source}). The value is unchanged; a warning shows if it fails the check.`,
    "check-removed": (a: Args) => `${sel(a.check, { "below": `A lower bound of what is normal`, "above": `An upper bound of what is normal`, "notAbove": `The logical order of related values (this one should not exceed the other)`, "sumAtMost": `A sum of at most 100 %`, "sumAbout": `A sum of about 100 % (± 2 %)`, "other": `${a.check}` })} no longer applies to this data point (${a.source}): the page gives it for another one. The value is unchanged; its warning goes.`,
    target: (a: Args) => sel(a.after, { "null": `The reference target ${sel(a.before, { "null": ``, "other": `(${a.before}) ` })}is removed: there is no public benchmark for the new measure (${a.source}). The data point is reported but no longer scored.`, "other": `The reference target is now ${a.after}, no longer ${sel(a.before, { "null": `none`, "other": `${a.before}` })} (${a.source}). The data point's points may change.` }),
  },
  reviewTitle: (a: Args) => `${a.n} data point${pl('en', a.n, false, { "=1": ``, "other": `s` })} to review after a catalogue update`,
  reviewIntro: (a: Args) => `This assessment was made with catalogue ${a.from}; it now uses catalogue ${a.to}. The definitions of the data points below changed. Every value is kept as entered and scored under the new definitions, nothing was recalculated behind your back: read what changed, check the value, then mark it as read.`,
  reviewShow: "Show in grid",
  reviewRead: "Mark as read",
  reviewReadAll: "Mark all as read",
  reviewReadHint: "Removes this note from the assessment; the value is not changed.",
  reviewWasVerified: "It was verified before this change and reads as submitted until it is verified again; marking the change as read keeps the verification.",
  verifiedUnder: (a: Args) => `Submitted (verified under catalogue ${a.from}, definition changed)`,
  verifiedUnderHint: (a: Args) => `It was verified under catalogue ${a.from}; its definition changed in catalogue ${a.to} (see "Explain this number"). Verify it again, or mark the change as read if it does not affect the value.`,
  reviewMarker: (a: Args) => `Definition changed in catalogue ${a.to}: review this value (see "Explain this number").`,
  reviewLegend: "Definition changed in a catalogue update: review",
  explainChanges: "Catalogue update",
  explainChangesIntro: (a: Args) => `Changed between catalogue ${a.from} and ${a.to}:`,
  basisJudgement: "The workbench's judgement: no public document sets this number. Replace it with your programme's benchmark if you have one.",
  basisPublic: "Rests on the public source named.",
  explainBasis: "Basis",
  explainAlternatives: "Where sources disagree",
  alternative: (a: Args) => `${a.about}: this catalogue uses ${a.choice}. Alternative: ${a.alternative}. (${a.source})`,
  entered: (a: Args) => `entered as ${a.value} ${a.unit} × ${a.factor} = ${a.result} ${a.target}`,
  conversionHint: (a: Args) => `Type a value in ${a.units} (for example "40 ppb") to convert it at entry; the unit entered is recorded with the value.`,
  conversionsOffered: "Conversions offered at entry",
  conversionItem: (a: Args) => `${a.unit} × ${a.factor} (${a.source})`,
  formula: {
    empty: "The formula is empty.",
    "too-long": (a: Args) => `The formula is ${a.length} characters long; at most ${a.limit} are read.`,
    "too-deep": (a: Args) => `The formula nests brackets or functions more than ${a.limit} deep (character ${a.character}).`,
    "unexpected-character": (a: Args) => `"${a.char}" is not part of the formula language (character ${a.character}).`,
    "unexpected-end": (a: Args) => `The formula ends where a number, a name or a bracket was expected (character ${a.character}).`,
    "unexpected-token": (a: Args) => `"${a.token}" was not expected here (character ${a.character}).`,
    unclosed: (a: Args) => `The bracket "${a.bracket}" opened here is never closed (character ${a.character}).`,
    "unknown-function": (a: Args) => `"${a.name}" is not a function of the formula language (min, max, sum, if, abs, and, or, not) (character ${a.character}).`,
    arity: (a: Args) => `${a.name} takes ${sel(a.range, { "atLeast": `at least ${a.min} arguments`, "exact": `${pl('en', a.min, false, { "=1": `${a.min} argument`, "other": `${a.min} arguments` })}`, "other": `${a.min} to ${a.max} arguments` })}, not ${a.given} (character ${a.character}).`,
    "unknown-name": (a: Args) => `"${a.name}" is not an input of this data point${pl('en', a.count, false, { "=0": ``, "other": ` (its inputs: ${lf(a.inputs)})` })} (character ${a.character}).`,
    "unknown-profile": (a: Args) => `"${a.field}" is not a field of the city profile (character ${a.character}).`,
    "unknown-datapoint": (a: Args) => `[${a.code}] is not a data point of this framework (character ${a.character}).`,
    "inputs-outside-sum": (a: Args) => `"inputs" means all the data point's inputs and can only be summed: sum(inputs) (character ${a.character}).`,
    cycle: (a: Args) => `These formulas read each other in a ring, so none has a value: ${a.ring}.`,
    missing: (a: Args) => sel(a.refKind, { "input": `The input "${a.refName}" has no value yet.`, "other": `${sel(a.refKind, { "profile": `The city profile field "${a.refField}" has no value yet.`, "other": `The data point ${a.refId} has no value yet.` })}` }),
    "division-by-zero": (a: Args) => `A division by zero (character ${a.character}).`,
    "not-finite": (a: Args) => `The result is too large to be a number (character ${a.character}).`,
    cycleArrow: " → ",
  },
  frameworkFile: {
    "not-json": "This file is not JSON, so it cannot be a framework file.",
    "too-large": (a: Args) => `The file is larger than ${a.mb} MB, the most a framework file may be.`,
    "not-framework": "This JSON file is not a framework file (it has no \"format\": \"ssc-workbench/framework\").",
    "newer-version": (a: Args) => `This framework file is of version ${a.version}; this workbench reads versions up to ${a.max}. Update the workbench to read it.`,
    "formula-not-scored": (a: Args) => `This formula has ${a.inputs} inputs; until assessments can hold inputs by name, a data point's formula takes at most ${a.max}. It is kept but not scored.`,
    "unknown-category": (a: Args) => `The category ${a.category} is not among the framework's dimensions.`,
    "duplicate-code": (a: Args) => `The code ${a.code} is used twice.`,
    "duplicate-datapoint": (a: Args) => `The data point ${a.id} is defined twice.`,
    "unknown-target": (a: Args) => `A target names ${a.id}, which is not a data point of the framework.`,
    "duplicate-input": (a: Args) => `The input name "${a.name}" is used twice.`,
    "duplicate-rule": (a: Args) => `The rule id ${a.id} is used twice.`,
    "unknown-link": (a: Args) => `A link to another framework starts from ${a.id}, which is not a data point of the framework.`,
    where: (a: Args) => `${a.path}: `,
  },
  ruleFailed: (a: Args) => `${a.name}: ${a.left} ${a.operator} ${a.right} does not hold.`,
  ruleImportance: (a: Args) => sel(a.importance, { "high": `high importance`, "medium": `medium importance`, "low": `low importance`, "other": `${a.importance}` }),
});
