// Compiled from src/ui/messages/en/flags.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, sel, type Args } from '../runtime';

/** The messages of the namespace `flags`, with the argument types of their English text. */
export interface FlagsMessages {
  readonly "source": {
    "page"(a: { doc: string | number; page: string | number }): string;
    "doc"(a: { doc: string | number }): string;
    readonly "arithmetic": string;
    readonly "judgement": string;
    "other"(a: { text: string | number }): string;
  };
  readonly "check": {
    "below"(a: { actual: string | number; bound: string | number }): string;
    "above"(a: { actual: string | number; bound: string | number }): string;
    "notAbove"(a: { actual: string | number; bound: string | number }): string;
    "sumAtMost"(a: { actual: string | number; bound: string | number }): string;
    "sumAbout"(a: { actual: string | number; bound: string | number }): string;
  };
  readonly "flag": {
    "not-a-number"(a: { text: string | number }): string;
    "not-yes-no"(a: { text: string | number }): string;
    readonly "not-finite": string;
    "enter-input"(a: { field: string | number; input: string | number }): string;
    "enter-profile"(a: { label: string | number }): string;
    "negative"(a: { input: string | number }): string;
    "division-by-zero"(a: { input: string | number }): string;
    "part-above-whole"(a: { numerator: string | number; denominator: string | number }): string;
    "below-min"(a: { value: string | number; min: string | number; unit: string | number }): string;
    "above-max"(a: { value: string | number; max: string | number; unit: string | number }): string;
    readonly "reported-without-value": string;
    "check"(a: { message: string | number; source: string | number; comparison: string | number }): string;
    "rule"(a: { name: string | number; source: string | number; left: string | number; operator: string | number; right: string | number }): string;
  };
}

export const flags = register<FlagsMessages>("flags", {
  source: {
    page: (a: Args) => `${sel(a.doc, { "VM22": `Verification Manual (2022)`, "CM17": `Collection Methodology (2017)`, "other": `${a.doc}` })}, p. ${a.page}`,
    doc: (a: Args) => sel(a.doc, { "VM22": `Verification Manual (2022)`, "CM17": `Collection Methodology (2017)`, "other": `${a.doc}` }),
    arithmetic: "a consistency check of the workbench",
    judgement: "the workbench's judgement (no official page found)",
    other: (a: Args) => `${a.text}`,
  },
  check: {
    below: (a: Args) => `${a.actual}, below ${a.bound}`,
    above: (a: Args) => `${a.actual}, above ${a.bound}`,
    notAbove: (a: Args) => `${a.actual}, above the other value ${a.bound}`,
    sumAtMost: (a: Args) => `the values add up to ${a.actual}, more than ${a.bound}`,
    sumAbout: (a: Args) => `the values add up to ${a.actual}, not about ${a.bound}`,
  },
  flag: {
    "not-a-number": (a: Args) => `"${a.text}" is not a number.`,
    "not-yes-no": (a: Args) => `"${a.text}" is not yes or no.`,
    "not-finite": "This is not a finite number.",
    "enter-input": (a: Args) => sel(a.field, { "numerator": `Enter the numerator (${a.input}).`, "other": `Enter the denominator (${a.input}).` }),
    "enter-profile": (a: Args) => `The city profile has no ${a.label}: enter it once in the profile.`,
    negative: (a: Args) => `${a.input} cannot be negative.`,
    "division-by-zero": (a: Args) => `Division by zero: ${a.input} is 0.`,
    "part-above-whole": (a: Args) => `The numerator (${a.numerator}) is larger than its denominator (${a.denominator}); it should be a part of it.`,
    "below-min": (a: Args) => `${a.value} is below the smallest possible value (${a.min} ${a.unit}).`,
    "above-max": (a: Args) => `${a.value} is above the largest possible value (${a.max} ${a.unit}).`,
    "reported-without-value": "Marked as reported, but there is no value.",
    check: (a: Args) => `${a.message} (${a.source}; here ${a.comparison}.)`,
    rule: (a: Args) => `${a.name} (${a.source}; here ${a.left} ${a.operator} ${a.right} does not hold.)`,
  },
});
