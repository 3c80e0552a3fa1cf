/**
 * Words for the engine's flags (F): a refused input, a reminder, a failed Verification Manual check.
 * The engine gives a kind and its numbers (`FlagProblem` in src/engine/types.ts); the switch below
 * must name every kind, so a new kind does not compile until it has its words. Numbers are formatted
 * by the caller's formatter (the user's decimal mark), passed in as `num`.
 */
import type { Flag, PlausibilityCheck } from '../../engine/types';

/** Where a check comes from, as a reader sees it: `VM22-p95` → "Verification Manual (2022), p. 95". */
export function sourceText(source: string): string {
  const page = /^(VM22|CM17)-p(\d+)$/.exec(source.trim());
  if (page) return `${page[1] === 'VM22' ? 'Verification Manual (2022)' : 'Collection Methodology (2017)'}, p. ${page[2]}`;
  if (source === 'arithmetic') return 'a consistency check of the workbench';
  return source;
}

const CHECK_BOUND: Record<PlausibilityCheck['kind'], (actual: string, bound: string) => string> = {
  below: (actual, bound) => `${actual}, below ${bound}`,
  above: (actual, bound) => `${actual}, above ${bound}`,
  notAbove: (actual, bound) => `${actual}, above the other value ${bound}`,
  sumAtMost: (actual, bound) => `the values add up to ${actual}, more than ${bound}`,
  sumAbout: (actual, bound) => `the values add up to ${actual}, not about ${bound}`,
};

/** One flag in words. */
export function flagText(f: Flag, num: (n: number) => string = String): string {
  switch (f.kind) {
    case 'not-a-number':
      return `"${f.text}" is not a number.`;
    case 'not-yes-no':
      return `"${f.text}" is not yes or no.`;
    case 'not-finite':
      return 'This is not a finite number.';
    case 'enter-input':
      return f.field === 'numerator' ? `Enter the numerator (${f.input}).` : `Enter the denominator (${f.input}).`;
    case 'enter-profile':
      return `The city profile has no ${f.label}: enter it once in the profile.`;
    case 'negative':
      return `${f.input} cannot be negative.`;
    case 'division-by-zero':
      return `Division by zero: ${f.input} is 0.`;
    case 'part-above-whole':
      return `The numerator (${num(f.numerator)}) is larger than its denominator (${num(f.denominator)}); it should be a part of it.`;
    case 'below-min':
      return `${num(f.value)} is below the smallest possible value (${num(f.min)} ${f.unit}).`;
    case 'above-max':
      return `${num(f.value)} is above the largest possible value (${num(f.max)} ${f.unit}).`;
    case 'reported-without-value':
      return 'Marked as reported, but there is no value.';
    case 'check':
      return `${f.message} (${sourceText(f.source)}; here ${CHECK_BOUND[f.check](num(f.actual), num(f.bound))}.)`;
  }
}
