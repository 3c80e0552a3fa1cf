import type { Scores } from './types';

/**
 * How many data points the target set in force scored against the city's own targets (`own`) out of
 * all data points (`total`): under the reference set `own` is 0. Read from the scores, so it counts
 * exactly what the evaluator did (an own target with a deadline only, or one set while the assessment
 * uses the reference targets, does not count).
 */
export function scoringTargetsCount(scores: Pick<Scores, 'items'>): { own: number; total: number } {
  let own = 0;
  for (const item of scores.items) if (item.targetOrigin === 'own') own++;
  return { own, total: scores.items.length };
}
