/**
 * A data point's review state in words, wherever it is shown (review panel and list, grid column, printed
 * report): "changed since verified" when the value changed after verification, "verified under catalogue
 * …, definition changed" when the definition changed with a catalogue update since, otherwise the state.
 */
import type { EffectiveReview } from '../../engine/review';
import { catalogueTexts } from '../strings/catalogue';
import { reviewWords } from '../strings/review';

export const reviewStateLabel = (r: Pick<EffectiveReview, 'state' | 'stale' | 'catalogue' | 'unfounded'>): string =>
  r.stale
    ? reviewWords.staleState
    : r.unfounded
      ? reviewWords.unfoundedState
      : r.catalogue
        ? catalogueTexts.verifiedUnder({ from: r.catalogue.from })
        : reviewWords.state(r.state);
