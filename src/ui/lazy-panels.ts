/**
 * Parts of the workbench's side that the first visit does not show: the review panel (once a cell is
 * selected), an aggregate's explanation (once a score is explained), a data point's own-target form
 * (once it is explained), the narrow screen's entry list (phones only) and the profile panel's
 * collapsed "fill from a statistics table" (and a data point's own) (JSON-stat reading and its words in six languages). They load when first shown,
 * out of the first visit's JavaScript (issue #32: at most 300 kB gzip), and are fetched when the
 * browser is idle after the grid is up, so the first selection does not wait for the network. They use
 * `lazyView`, so a panel whose chunk is gone after an update waits for the safe reload instead of throwing.
 */
import { lazyView } from './stale-chunks';

export const ReviewPanel = lazyView(() => import('./review/ReviewPanel').then((m) => ({ default: m.ReviewPanel })));
export const ThreadList = lazyView(() => import('./review/ReviewPanel').then((m) => ({ default: m.ThreadList })));
export const OwnTargetForm = lazyView(() => import('./time/OwnTargetForm').then((m) => ({ default: m.OwnTargetForm })));
export const AggregateExplain = lazyView(() => import('./AggregateExplain').then((m) => ({ default: m.AggregateExplain })));
export const DatapointFill = lazyView(() => import('./DatapointFill').then((m) => ({ default: m.DatapointFill })));
export const JsonStatFill = lazyView(() => import('./JsonStatFill').then((m) => ({ default: m.JsonStatFill })));
export const NarrowEntry = lazyView(() => import('./NarrowEntry').then((m) => ({ default: m.NarrowEntry })));

/** Fetches the panels once the page is idle (or after a short while where there is no idle callback). */
export function preloadPanels(): void {
  const load = () => {
    void ReviewPanel.preload();
    void ThreadList.preload();
    void OwnTargetForm.preload();
    void AggregateExplain.preload();
    void JsonStatFill.preload();
    void DatapointFill.preload();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
