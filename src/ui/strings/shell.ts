/**
 * The words of the shell, library, grid and panels (S): ICU messages (#31) in
 * src/ui/messages/<lang>/shell.json, compiled by scripts/messages.ts into the typed accessor `shell`;
 * `S` adds the texts code puts together from them. Functions take the parts that vary; they return
 * plain text (never HTML).
 */
import { shell } from '../messages/compiled/shell';
import { withCode } from '../messages/runtime';
import type { View } from '../views';

/** The grid legend's markings, in the order the legend lists them. */
const LEGEND = ['advanced', 'profile', 'unused', 'computed', 'override', 'error', 'warning', 'reminder', 'review'] as const;

export const shellWords = withCode(shell, {
  /** One label per view (`shell.viewLabel`'s select; test/unit/messages.test.ts checks every view has its own). */
  viewLabel: (v: View): string => shell.viewLabel(v),
  /** The cells another tab changed too, joined with the language's separator (`a; b`, not a sentence's `a, b and c`). */
  clashList: (items: string[]): string => shell.clashList({ count: items.length, items: items.join(shell.clashSeparator) }),
  /** What a paste skipped and what it could not write, each said only when it happened. */
  pasteReport: (rows: number, groups: number, hidden: number, readOnly: number): string => {
    const skipped = groups + hidden > 0 ? shell.pasteReport.skipped({ rows, groups, hidden }) : '';
    const dropped = readOnly > 0 ? shell.pasteReport.readOnly({ readOnly }) : '';
    return skipped && dropped ? shell.pasteReport.both({ skipped, readOnly: dropped }) : skipped || dropped;
  },
  stepProfileDetail: (filled: number, total: number): string =>
    filled === total ? shell.stepProfileDetail.all({ total }) : shell.stepProfileDetail.some({ filled, total }),
  stepReviewDetail: (errors: number, warnings: number): string =>
    errors === 0 && warnings === 0 ? shell.stepReviewDetail.none : shell.stepReviewDetail.some({ errors, warnings }),
  /** Each marking's sample cell text and its meaning. */
  get legendItems(): Readonly<Record<string, readonly [string, string]>> {
    return Object.fromEntries(LEGEND.map((k) => [k, [shell.legendItems[k].sample, shell.legendItems[k].text] as const]));
  },
});
