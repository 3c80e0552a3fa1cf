import type { Direction } from './types';

/** Which rule gave an achievement, as data; src/ui/strings words it ("lower is better: target ÷ value"). */
export type AchievementRule = 'yesno' | 'higher' | 'higher-target-zero' | 'lower' | 'lower-at-most-zero' | 'lower-target-zero' | 'band' | 'band-at-most-zero';

/**
 * Achievement (1 = 100 % of target) of value x against target t, by the scoring contract of docs/DESIGN.md:
 *
 * - higher is better: x / t. A target of 0 is met by any value ≥ 0 (achievement 1).
 * - lower is better: t / x. x ≤ 0 (none, or net-negative such as GHG) counts as fully achieved (1).
 *   A target of 0 means "none at all": x = 0 achieves 1, any x > 0 achieves 0.
 * - band (parity, e.g. gender income ratio 1.0): min(x / t, t / x); x ≤ 0 achieves 0.
 * - yes/no: yes (x = 1) is 1, no (x = 0) is 0, whatever the target.
 *
 * Negative inputs that the data point forbids never reach this function: the evaluator rejects them.
 * The rule applied is returned with the number so the UI can show it in "explain this number".
 */
export function achievementOf(direction: Direction, x: number, t: number): { value: number; rule: AchievementRule } {
  switch (direction) {
    case 'yesno':
      return { value: x >= 1 ? 1 : 0, rule: 'yesno' };
    case 'higher':
      if (t === 0) return { value: 1, rule: 'higher-target-zero' };
      return { value: Math.max(0, x) / t, rule: 'higher' };
    case 'lower':
      if (x <= 0) return { value: 1, rule: 'lower-at-most-zero' };
      if (t === 0) return { value: 0, rule: 'lower-target-zero' };
      return { value: t / x, rule: 'lower' };
    case 'band':
      if (x <= 0 || t === 0) return { value: 0, rule: 'band-at-most-zero' };
      return { value: Math.min(x / t, t / x), rule: 'band' };
  }
}

/**
 * The number of `achievementOf` alone, without the rule's text: for hot loops (the sensitivity Monte
 * Carlo) that score the same data point many times. A test checks the two agree.
 */
export function achievementValue(direction: Direction, x: number, t: number): number {
  switch (direction) {
    case 'yesno':
      return x >= 1 ? 1 : 0;
    case 'higher':
      return t === 0 ? 1 : Math.max(0, x) / t;
    case 'lower':
      return x <= 0 ? 1 : t === 0 ? 0 : t / x;
    case 'band':
      return x <= 0 || t === 0 ? 0 : Math.min(x / t, t / x);
  }
}

/** U4SSC points of an achievement: < 33 % → 1, < 66 % → 2, < 95 % → 3, ≥ 95 % → 4. */
export { bandOf as pointsOf } from './bands';
