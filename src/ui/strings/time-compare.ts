/**
 * The words of the comparison and the ranking across cities (#14), ICU messages (#31) in
 * src/ui/messages/<lang>/time-compare.json compiled by scripts/messages.ts. A module of their own: only
 * the time views import it, so its English loads with them and not with the first screen.
 */
import { timeCompare } from '../messages/compiled/time-compare';
import { withCode } from '../messages/runtime';

/** Words of the comparison and the ranking across cities; the rank range compares its two arguments in code. */
export const timeCompareWords = withCode(timeCompare, {
  rankRangeText: (best: string, worst: string): string =>
    best === worst ? timeCompare.rankRangeAlways({ best }) : timeCompare.rankRangeBetween({ best, worst }),
});
