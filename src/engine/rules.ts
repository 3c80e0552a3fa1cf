/**
 * Validation rules as data (issue #30, item 3), as data-collection systems have them (DHIS2's
 * validation rules: a left side, an operator, a right side, an importance and a strategy for missing
 * values). Each side is a formula of the formula language (formula.ts) over data points (`[code]`,
 * `[code | key]`) and city profile fields. A rule that does not hold is a warning on the data points it
 * is shown on: it never refuses a value and never blocks a save. Rules run in the page, offline, over
 * the scores the engine already has (`runRules`), so they cost no scoring of their own.
 */
import { CHECK_TOLERANCE } from './check-tolerance';
import { compileFormula, evaluateFormula, type Comparison, type CompiledFormula, type FormulaProblem, type FormulaRef, type FormulaScope } from './formula';
import type { Framework } from './framework';
import type { ItemResult, Scores } from './types';

export type RuleImportance = 'high' | 'medium' | 'low';

/**
 * When a rule is not evaluated because values are missing (DHIS2's missingValueStrategy):
 * `skip-if-any-missing` (SKIP_IF_ANY_VALUE_MISSING), `skip-if-all-missing` (SKIP_IF_ALL_VALUES_MISSING,
 * DHIS2's default: a missing value counts as 0 when some are present), `never-skip` (NEVER_SKIP: every
 * missing value counts as 0).
 */
export type MissingStrategy = 'skip-if-any-missing' | 'skip-if-all-missing' | 'never-skip';

export const RULE_OPERATORS: readonly Comparison[] = ['<', '<=', '>', '>=', '=', '<>'];

export interface ValidationRule {
  /** Unique within its framework. */
  id: string;
  /** What the rule checks, as catalogue text (the Verification Manual's own words where it gives them). */
  name: string;
  left: string;
  operator: Comparison;
  right: string;
  importance: RuleImportance;
  missing: MissingStrategy;
  /** The page it rests on (`VM22-p95`), `arithmetic` or `judgement`, as a check's source. */
  source: string;
  /**
   * How a data point marked not applicable that holds no value is read: `missing` (absent: the
   * default) or `zero` (a waste route the city does not have carries none of its waste, so a sum of
   * routes is complete without it).
   */
  notApplicable?: 'missing' | 'zero';
  /**
   * The data points the warning is shown on, by id; absent: every data point the left side names. A
   * rule warns only on those of them that hold a value (a data point left empty asks nothing yet).
   */
  on?: string[];
}

export interface CompiledRule {
  rule: ValidationRule;
  left: CompiledFormula;
  right: CompiledFormula;
  on: string[];
  /** Every name either side reads, once. */
  refs: FormulaRef[];
}

/** A rule that does not hold: which, where, and both sides' values. */
export interface RuleFinding {
  rule: string;
  name: string;
  importance: RuleImportance;
  operator: Comparison;
  left: number;
  right: number;
  source: string;
  /** The data points (ids) the warning is shown on: those of the rule's `on` that hold a value. */
  datapoints: string[];
}

export type RuleProblem =
  | { rule: number; side: 'left' | 'right'; problem: FormulaProblem }
  | { rule: number; side: 'on'; problem: { kind: 'unknown-datapoint'; at: number; code: string } };

/** The scope of a rule's sides: the framework's data points and profile fields, no inputs of its own. */
export function ruleScope(fw: Framework): FormulaScope {
  const profile = fw.data.profile.map((p) => p.id);
  return {
    inputs: [],
    profile,
    datapoint(code) {
      const bar = code.lastIndexOf('|');
      const ref = bar < 0 ? fw.datapoint(code, '') : fw.datapoint(code.slice(0, bar), code.slice(bar + 1));
      return ref?.id;
    },
  };
}

/** Compiles a framework's rules: every rule, or every problem (with the rule's position and side). */
export function compileRules(fw: Framework, rules: readonly ValidationRule[]): { ok: true; rules: CompiledRule[] } | { ok: false; problems: RuleProblem[] } {
  const scope = ruleScope(fw);
  const problems: RuleProblem[] = [];
  const out: CompiledRule[] = [];
  rules.forEach((rule, i) => {
    const left = compileFormula(rule.left, scope);
    const right = compileFormula(rule.right, scope);
    if (!left.ok) for (const problem of left.problems) problems.push({ rule: i, side: 'left', problem });
    if (!right.ok) for (const problem of right.problems) problems.push({ rule: i, side: 'right', problem });
    for (const id of rule.on ?? []) if (!fw.byId.has(id)) problems.push({ rule: i, side: 'on', problem: { kind: 'unknown-datapoint', at: 0, code: id } });
    if (!left.ok || !right.ok) return;
    const seen = new Set<string>();
    const refs: FormulaRef[] = [];
    for (const r of [...left.formula.refs, ...right.formula.refs]) {
      const key = JSON.stringify(r);
      if (seen.has(key)) continue;
      seen.add(key);
      refs.push(r);
    }
    const on = rule.on ?? left.formula.refs.flatMap((r) => (r.kind === 'datapoint' ? [r.id] : []));
    out.push({ rule, left: left.formula, right: right.formula, on, refs });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules: out };
}

const holds = (a: number, op: Comparison, b: number): boolean => {
  // The same tolerance as the engine's checks: a sum of shares that is 100.0000000001 is 100.
  const e = CHECK_TOLERANCE;
  switch (op) {
    case '<':
      return a < b - e;
    case '<=':
      return a <= b + e;
    case '>':
      return a > b + e;
    case '>=':
      return a >= b - e;
    case '=':
      return Math.abs(a - b) <= e;
    case '<>':
      return Math.abs(a - b) > e;
  }
};

/** Whether a data point holds a value a warning can be about (reported, valid). */
const holdsValue = (item: ItemResult | undefined): boolean => item !== undefined && (item.state === 'scored' || item.state === 'unbenchmarked');

/**
 * A data point's value as a rule reads it: the value as it is scored (as the engine's checks read it:
 * a value kept on a row marked not reported or not applicable, or refused, is not read); with none, 0
 * for a data point marked not applicable when the rule says so, otherwise missing.
 */
export function ruleValue(item: ItemResult | undefined, notApplicable: ValidationRule['notApplicable'] = 'missing'): number | null {
  if (!item) return null;
  if (holdsValue(item)) return item.value;
  return notApplicable === 'zero' && item.status === 'not-applicable' ? 0 : null;
}

/**
 * Runs compiled rules over an assessment's scores and profile: the rules that do not hold. Pure and
 * cheap (a few additions per rule); nothing is refused or blocked.
 */
export function runRules(rules: readonly CompiledRule[], scores: Scores, profile: Record<string, unknown>, fw: Framework): RuleFinding[] {
  const items = scores.items;
  const byId = (id: string): ItemResult | undefined => {
    const ref = fw.byId.get(id);
    return ref ? items[ref.index] : undefined;
  };
  let notApplicable: ValidationRule['notApplicable'];
  const raw = (ref: FormulaRef): number | null => {
    if (ref.kind === 'datapoint') return ruleValue(byId(ref.id), notApplicable);
    if (ref.kind === 'profile') {
      const v = profile[ref.field];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    return null;
  };
  const findings: RuleFinding[] = [];
  for (const c of rules) {
    const shown = c.on.filter((id) => holdsValue(byId(id)));
    if (shown.length === 0) continue;
    notApplicable = c.rule.notApplicable;
    let missing = 0;
    for (const r of c.refs) if (raw(r) === null) missing++;
    const strategy = c.rule.missing;
    if (strategy === 'skip-if-any-missing' && missing > 0) continue;
    if (strategy === 'skip-if-all-missing' && missing === c.refs.length && c.refs.length > 0) continue;
    const read = (ref: FormulaRef) => raw(ref) ?? 0;
    const left = evaluateFormula(c.left, read);
    const right = evaluateFormula(c.right, read);
    // A side that gives no number (a division by zero) says nothing about the rule.
    if (!left.ok || !right.ok) continue;
    if (holds(left.value, c.rule.operator, right.value)) continue;
    const { id, name, importance, operator, source } = c.rule;
    findings.push({ rule: id, name, importance, operator, left: left.value, right: right.value, source, datapoints: shown });
  }
  return findings;
}

/**
 * The Verification Manual's checks of a catalogue (`checks` of its data points) as rules: each check
 * is one rule shown on its data point, except "about 100 % ± 2 %", which is two (above at once, below
 * only when every data point of the KPI holds a value or is not applicable: DHIS2's skip-if-any-missing,
 * with not applicable read as zero).
 * `id` is `<data point id>#<index of the check>` (`#<index>-above`, `-below` for the pair), so a finding
 * names the check it came from. test/unit/rules.test.ts runs these and the engine's checks over every
 * fixture and finds the same warnings.
 */
export function rulesFromChecks(fw: Framework): ValidationRule[] {
  const rules: ValidationRule[] = [];
  const dp = (id: string) => `[${id}]`;
  for (const ref of fw.datapoints) {
    (ref.def.checks ?? []).forEach((check, k) => {
      const base = { name: check.message, importance: 'medium' as const, source: check.source, on: [ref.id] };
      const id = `${ref.id}#${k}`;
      const siblings = () => `sum(${ref.kpi.datapoints.map((s) => dp(`${ref.kpi.code}|${s.key}`)).join(', ')})`;
      switch (check.kind) {
        case 'below':
          rules.push({ id, ...base, left: dp(ref.id), operator: '>=', right: String(check.value), missing: 'skip-if-any-missing' });
          break;
        case 'above':
          rules.push({ id, ...base, left: dp(ref.id), operator: '<=', right: String(check.value), missing: 'skip-if-any-missing' });
          break;
        case 'notAbove':
          rules.push({ id, ...base, left: dp(ref.id), operator: '<=', right: dp(check.other), missing: 'skip-if-any-missing' });
          break;
        case 'sumAtMost':
          rules.push({ id, ...base, left: siblings(), operator: '<=', right: String(check.value), missing: 'skip-if-all-missing' });
          break;
        case 'sumAbout':
          rules.push({
            id: `${id}-above`,
            ...base,
            left: siblings(),
            operator: '<=',
            right: String(check.value + check.tolerance),
            missing: 'skip-if-all-missing',
          });
          rules.push({
            id: `${id}-below`,
            ...base,
            left: siblings(),
            operator: '>=',
            right: String(check.value - check.tolerance),
            missing: 'skip-if-any-missing',
          });
          break;
      }
    });
  }
  return rules;
}
