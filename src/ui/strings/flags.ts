/**
 * Words for the engine's flags (F): a refused input, a reminder, a failed Verification Manual check.
 * The engine gives a kind and its numbers (`FlagProblem` in src/engine/types.ts); the switch below
 * must name every kind, so a new kind does not compile until it has its words (here and in every
 * language's `F`, src/ui/strings/<lang>/flags.ts). Numbers are formatted by the caller's formatter
 * (the user's decimal mark), passed in as `num`.
 */
import type { Comparison } from '../../engine/formula';
import type { Flag, PlausibilityCheck } from '../../engine/types';
import { catalogueText } from './kpi-names';
import { C } from './catalogue';

/**
 * A check's or change's source as data: a page of a U4SSC document, the workbench's arithmetic, the
 * workbench's judgement (no official page gives the rule: #28), or other text.
 */
export type SourceRef =
  | { kind: 'page'; doc: 'VM22' | 'CM17'; page: string }
  | { kind: 'doc'; doc: 'VM22' | 'CM17' }
  | { kind: 'arithmetic' }
  | { kind: 'judgement' }
  | { kind: 'other'; text: string };

/** `VM22-p95` → a page of the Verification Manual (2022); `VM22`; `arithmetic`; `judgement`; anything else is shown as it is. */
export function parseSource(source: string): SourceRef {
  const s = source.trim();
  const page = /^(VM22|CM17)-p(\d+)$/.exec(s);
  if (page) return { kind: 'page', doc: page[1] as 'VM22' | 'CM17', page: page[2] };
  if (s === 'VM22' || s === 'CM17') return { kind: 'doc', doc: s };
  if (s === 'arithmetic') return { kind: 'arithmetic' };
  if (s === 'judgement') return { kind: 'judgement' };
  return { kind: 'other', text: source };
}

/** A rule's comparison as the sign a reader knows in every language. */
export const RULE_OPERATOR: Record<Comparison, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=', '<>': '≠' };

const DOC: Record<'VM22' | 'CM17', string> = { VM22: 'Verification Manual (2022)', CM17: 'Collection Methodology (2017)' };

const CHECK_BOUND: Record<PlausibilityCheck['kind'], (actual: string, bound: string) => string> = {
  below: (actual, bound) => `${actual}, below ${bound}`,
  above: (actual, bound) => `${actual}, above ${bound}`,
  notAbove: (actual, bound) => `${actual}, above the other value ${bound}`,
  sumAtMost: (actual, bound) => `the values add up to ${actual}, more than ${bound}`,
  sumAbout: (actual, bound) => `the values add up to ${actual}, not about ${bound}`,
};

export const F = {
  /** Where a check comes from, as a reader sees it: `VM22-p95` → "Verification Manual (2022), p. 95". */
  source: (s: SourceRef): string => {
    switch (s.kind) {
      case 'page':
        return `${DOC[s.doc]}, p. ${s.page}`;
      case 'doc':
        return DOC[s.doc];
      case 'arithmetic':
        return 'a consistency check of the workbench';
      case 'judgement':
        return "the workbench's judgement (no official page found)";
      case 'other':
        return s.text;
    }
  },
  /** One flag in words; `message` is the catalogue check's own wording, `source` its source in words. */
  flag: (f: Flag, num: (n: number) => string, source: (s: string) => string): string => {
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
      case 'formula':
        return C.formula(f.problem);
      case 'check':
        return `${f.message} (${source(f.source)}; here ${CHECK_BOUND[f.check](num(f.actual), num(f.bound))}.)`;
      case 'rule':
        return `${f.name} (${source(f.source)}; here ${num(f.left)} ${RULE_OPERATOR[f.operator]} ${num(f.right)} does not hold.)`;
    }
  },
};

/** Where a check comes from, in the display language: `VM22-p95` → "Verification Manual (2022), p. 95" (`;` separates several). */
export const sourceText = (source: string): string =>
  source
    .split(/\s*;\s*/)
    .map((one) => F.source(parseSource(one)))
    .join('; ');

/** A flag's catalogue words (input name, profile label, unit, check message) in the display language. */
function inDisplayLanguage(f: Flag): Flag {
  switch (f.kind) {
    case 'enter-input':
    case 'negative':
    case 'division-by-zero':
      return { ...f, input: catalogueText(f.input) };
    case 'enter-profile':
      return { ...f, label: catalogueText(f.label) };
    case 'below-min':
    case 'above-max':
      return { ...f, unit: catalogueText(f.unit) };
    case 'check':
      return { ...f, message: catalogueText(f.message, true) };
    default:
      return f;
  }
}

/** One flag in words, in the display language. */
export const flagText = (f: Flag, num: (n: number) => string = String): string => F.flag(inDisplayLanguage(f), num, sourceText);
