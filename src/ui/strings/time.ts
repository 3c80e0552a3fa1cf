/**
 * Progress over time and across cities (issue #14): the city's own targets and deadlines, trends, the
 * comparison grid and the ranking. The words are ICU messages (#31) in src/ui/messages/<lang>/time.json,
 * compiled by scripts/messages.ts; `TM` is their typed accessor, plus a text put together from parts in
 * code. The comparison's and ranking's words (`TC`) are in ./time-compare.ts, so that they load with the
 * views that show them, not with the first screen.
 */
import { time } from '../messages/compiled/time';
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
export const timeWords = withCode(time, {
  ownSummary: (target: string | null, deadline: number | null, baseline: string | null, baselineYear: number | null): string =>
    [
      target !== null ? time.ownSummary.target({ target }) : null,
      deadline !== null ? time.ownSummary.deadline({ deadline }) : null,
      baseline !== null && baselineYear !== null ? time.ownSummary.baseline(baseline, baselineYear) : null,
    ]
      .filter(Boolean)
      .join(time.ownSummary.separator),
});
