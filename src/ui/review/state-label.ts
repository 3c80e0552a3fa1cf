/**
 * A data point's review state in words, wherever it is shown (review panel and list, grid column, printed
 * report): "changed since verified" when the value changed after verification, "verified under catalogue
 * …, definition changed" when the definition changed with a catalogue update since, otherwise the state.
 */
import type { EffectiveReview } from '../../engine/review';
import { C } from '../strings/catalogue';
import { V } from '../strings/review';

export const reviewStateLabel = (r: Pick<EffectiveReview, 'state' | 'stale' | 'catalogue' | 'unfounded'>): string =>
  r.stale ? V.staleState : r.unfounded ? V.unfoundedState : r.catalogue ? C.verifiedUnder({ from: r.catalogue.from }) : V.state(r.state);
