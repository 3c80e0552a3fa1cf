/**
 * Words for the engine's flags (F): a refused input, a reminder, a failed Verification Manual check.
 * The engine gives a kind and its numbers (`FlagProblem` in src/engine/types.ts); the switch below
 * must name every kind, so a new kind does not compile until it has its words: one ICU message per
 * kind in src/ui/messages/<lang>/flags.json (#31), compiled into the typed accessor `flags`. Numbers
 * are formatted by the caller's formatter (the user's decimal mark), passed in as `num`, so the
 * messages take them as text.
 */
import type { Comparison } from '../../engine/formula';
import type { Flag } from '../../engine/types';
import { flags } from '../messages/compiled/flags';
import { withCode } from '../messages/runtime';
import { catalogueText } from './kpi-names';
import { catalogueTexts } from './catalogue';

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

export const flagWords = withCode(flags, {
  /** Where a check comes from, as a reader sees it: `VM22-p95` → "Verification Manual (2022), p. 95". */
  source: (s: SourceRef): string => {
    switch (s.kind) {
      case 'page':
        return flags.source.page({ doc: s.doc, page: s.page });
      case 'doc':
        return flags.source.doc({ doc: s.doc });
      case 'arithmetic':
        return flags.source.arithmetic;
      case 'judgement':
        return flags.source.judgement;
      case 'other':
        return flags.source.other({ text: s.text });
    }
  },
  /** One flag in words; `message` is the catalogue check's own wording, `source` its source in words. */
  flag: (f: Flag, num: (n: number) => string, source: (s: string) => string): string => {
    const m = flags.flag;
    switch (f.kind) {
      case 'not-a-number':
        return m['not-a-number']({ text: f.text });
      case 'not-yes-no':
        return m['not-yes-no']({ text: f.text });
      case 'not-finite':
        return m['not-finite'];
      case 'enter-input':
        return m['enter-input']({ field: f.field, input: f.input });
      case 'enter-profile':
        return m['enter-profile']({ label: f.label });
      case 'negative':
        return m.negative({ input: f.input });
      case 'division-by-zero':
        return m['division-by-zero']({ input: f.input });
      case 'part-above-whole':
        return m['part-above-whole']({ numerator: num(f.numerator), denominator: num(f.denominator) });
      case 'below-min':
        return m['below-min']({ value: num(f.value), min: num(f.min), unit: f.unit });
      case 'above-max':
        return m['above-max']({ value: num(f.value), max: num(f.max), unit: f.unit });
      case 'reported-without-value':
        return m['reported-without-value'];
      case 'formula':
        return catalogueTexts.formula(f.problem);
      case 'check':
        return m.check({
          message: f.message,
          source: source(f.source),
          comparison: flags.check[f.check]({ actual: num(f.actual), bound: num(f.bound) }),
        });
      case 'rule':
        return m.rule({ name: f.name, source: source(f.source), left: num(f.left), operator: RULE_OPERATOR[f.operator], right: num(f.right) });
    }
  },
});

/** Where a check comes from, in the display language: `VM22-p95` → "Verification Manual (2022), p. 95" (`;` separates several). */
export const sourceText = (source: string): string =>
  source
    .split(/\s*;\s*/)
    .map((one) => flagWords.source(parseSource(one)))
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
export const flagText = (f: Flag, num: (n: number) => string = String): string => flagWords.flag(inDisplayLanguage(f), num, sourceText);
