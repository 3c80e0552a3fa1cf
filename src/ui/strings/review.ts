/**
 * Every user-visible string of the U4SSC cycle: review states, queries, evidence, the verified report,
 * freezing and fingerprints, recommendations and actions. ICU messages (#31) in
 * src/ui/messages/<lang>/review.json, compiled by scripts/messages.ts into the typed accessor `review`;
 * `V` adds the texts code puts together from them. Plain text only, never HTML.
 */
import type { CycleConflict } from '../../engine/cycle-merge';
import type { ReviewProblem } from '../../engine/review';
import { review } from '../messages/compiled/review';
import { withCode } from '../messages/runtime';

export const reviewWords = withCode(review, {
  /** Why a review step was refused (an exhaustive switch over the engine's kinds). */
  problem: (p: ReviewProblem): string => {
    switch (p.kind) {
      case 'not-allowed':
        return review.problem['not-allowed']({ from: p.from, to: p.to });
      case 'reason-required':
        return review.problem['reason-required'];
      case 'text-required':
        return review.problem['text-required']({ to: p.to });
      case 'no-valid-value':
        return review.problem['no-valid-value']({ standing: p.standing });
      case 'self-verify':
        return review.problem['self-verify']({ by: p.by });
      case 'no-name':
        return review.problem['no-name'];
    }
  },
  /** An empty signer is none (the select's `null`). */
  versionOrigin: (kind: 'file' | 'link' | 'merge', name: string, when: string, signer: string): string =>
    review.versionOrigin(kind, name, when, signer || null),
  /** The parts a reference has, in order, with the language's separator. */
  evidenceLine: (title: string, location: string, page: string, date: string): string =>
    [title, location, page ? review.evidenceLine.page({ page }) : '', date].filter(Boolean).join(review.evidenceLine.separator),
  statementWhen: (from: string, to: string): string => (from === to ? review.statementWhen.same({ from }) : review.statementWhen.range({ from, to })),
  /** What the merge of two cycles did that the user should know (an exhaustive switch over the kinds). */
  conflict: (c: CycleConflict, label: (id: string) => string): string => {
    switch (c.kind) {
      case 'review-dropped':
        return review.conflict['review-dropped']({ label: label(c.id), droppedBy: c.dropped.by });
      case 'future-stamp':
        return review.conflict['future-stamp']({ label: label(c.id), stampBy: c.stamp.by });
      case 'one-side':
        return review.conflict['one-side']({ label: label(c.id), title: c.title, side: c.side });
      case 'same-time':
        return review.conflict['same-time']({ what: c.what, id: c.id });
      case 'local-differs':
        return review.conflict['local-differs']({ label: label(c.id) });
      case 'local-framework-differs':
        return review.conflict['local-framework-differs']({ a: c.a, b: c.b });
    }
  },
});
