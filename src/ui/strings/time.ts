/**
 * Progress over time and across cities (issue #14): the city's own targets and deadlines, trends, the
 * comparison grid and the ranking. The words are ICU messages (#31) in
 * src/ui/messages/<lang>/time.json (`TM`) and time-compare.json (`TC`), compiled by scripts/messages.ts;
 * `TM` and `TC` are their typed accessors, plus the two texts put together from parts in code.
 */
import { time } from '../messages/compiled/time';
import { timeCompare } from '../messages/compiled/time-compare';
import { withCode } from '../messages/runtime';
import type { ProgressStatus } from '../../engine/trend';

/** A mark beside each trend status, so the status is never told by colour alone; the same in every language. */
export const STATUS_SYMBOL: Record<ProgressStatus, string> = {
  achieved: '✔',
  'on-track': '▲',
  'acceleration-needed': '△',
  stagnating: '▬',
  'moving-away': '▼',
  'insufficient-data': '?',
};

/** The mark of a target in force that is the city's own (grid, report), so it is never told by colour alone. */
export const OWN_TARGET_MARK = '◆';

/** The own target's summary: the parts the target has, in the language's order, with its separator. */
export const TM = withCode(time, {
  ownSummary: (target: string | null, deadline: number | null, baseline: string | null, baselineYear: number | null): string =>
    [
      target !== null ? time.ownSummary.target({ target }) : null,
      deadline !== null ? time.ownSummary.deadline({ deadline }) : null,
      baseline !== null && baselineYear !== null ? time.ownSummary.baseline(baseline, baselineYear) : null,
    ]
      .filter(Boolean)
      .join(time.ownSummary.separator),
});

/** Words of the comparison and the ranking across cities. */
export const TC = withCode(timeCompare, {
  rankRangeText: (best: string, worst: string): string => (best === worst ? timeCompare.rankRangeAlways({ best }) : timeCompare.rankRangeBetween(best, worst)),
});
