/**
 * Validation rules' warnings on the data points they are about (issue #30, item 3): a rule that does
 * not hold becomes a warning flag on each data point it is shown on, the same way the engine's own
 * checks are, so the grid's row and the explanation say it with no code of their own. The scores are
 * not changed (a warning never changes a score); the flags are added to a copy of the items concerned.
 */
import type { Explanation } from './explain';
import type { Framework } from './framework';
import { runRules, type CompiledRule } from './rules';
import type { Flag, ItemResult, Scores } from './types';

/** The scores with each failing rule's warning added to the data points it is shown on. */
export function withRuleFlags(scores: Scores, rules: readonly CompiledRule[], profile: Record<string, unknown>, fw: Framework): Scores {
  if (rules.length === 0) return scores;
  const findings = runRules(rules, scores, profile, fw);
  if (findings.length === 0) return scores;
  const items: ItemResult[] = scores.items.slice();
  for (const f of findings) {
    const flag: Flag = {
      level: 'warning',
      field: 'value',
      kind: 'rule',
      rule: f.rule,
      name: f.name,
      source: f.source,
      operator: f.operator,
      left: f.left,
      right: f.right,
    };
    for (const id of f.datapoints) {
      const ref = fw.byId.get(id);
      if (!ref) continue;
      const item = items[ref.index];
      items[ref.index] = { ...item, flags: [...item.flags, flag] };
    }
  }
  return { ...scores, items };
}

/** An explanation with the rule warnings its data point carries in `scores` (the explanation is made where no rule runs). */
export function explanationWithRuleFlags(x: Explanation, scores: Scores | null, fw: Framework): Explanation {
  const ref = fw.byId.get(x.id);
  const item = ref && scores?.items[ref.index];
  if (!item) return x;
  const rules = item.flags.filter((f) => f.kind === 'rule');
  return rules.length === 0 ? x : { ...x, flags: [...x.flags.filter((f) => f.kind !== 'rule'), ...rules] };
}
