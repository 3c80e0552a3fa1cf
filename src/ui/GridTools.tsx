import { For, Show, type JSX } from 'solid-js';
import type { ColumnSet, Filters, FlagCounts, FlagKind } from './grid';
import { shellWords } from './strings';
import { reviewWords } from './strings/review';

const KIND_FILTER: Record<FlagKind, 'errors' | 'warnings' | 'reminders'> = { error: 'errors', warning: 'warnings', reminder: 'reminders' };
const KIND_LABEL: Record<FlagKind, string> = { error: shellWords.filterErrors, warning: shellWords.filterWarnings, reminder: shellWords.filterReminders };

/** The grid's "Show" filters: core only, not yet reported, and the three kinds of marks with their counts. */
export function GridFilters(props: {
  filters: Filters;
  counts: FlagCounts | null;
  /** How many data points are not yet verified and how many have an open query. */
  review?: { unverified: number; openQueries: number } | null;
  onChange: (key: keyof Filters, on: boolean) => void;
}): JSX.Element {
  return (
    <fieldset class="tool filters">
      <legend>{shellWords.filters}</legend>
      <label>
        <input type="checkbox" checked={props.filters.coreOnly} onChange={(e) => props.onChange('coreOnly', e.currentTarget.checked)} /> {shellWords.filterCore}
      </label>
      <label>
        <input type="checkbox" checked={props.filters.notReported} onChange={(e) => props.onChange('notReported', e.currentTarget.checked)} />{' '}
        {shellWords.filterNotReported}
      </label>
      <For each={['error', 'warning', 'reminder'] as FlagKind[]}>
        {(kind) => (
          <label class={`filter-${kind}`} title={shellWords.filterHints[kind]}>
            <input
              type="checkbox"
              checked={props.filters[KIND_FILTER[kind]]}
              onChange={(e) => props.onChange(KIND_FILTER[kind], e.currentTarget.checked)}
              data-testid={`filter-${kind}`}
            />{' '}
            <span class="flag-swatch" aria-hidden="true" /> {shellWords.filterCount(KIND_LABEL[kind], props.counts ? props.counts[kind] : null)}
          </label>
        )}
      </For>
      <label>
        <input
          type="checkbox"
          checked={props.filters.unverified}
          onChange={(e) => props.onChange('unverified', e.currentTarget.checked)}
          data-testid="filter-unverified"
        />{' '}
        {shellWords.filterCount(reviewWords.filterUnverified, props.review ? props.review.unverified : null)}
      </label>
      <label>
        <input
          type="checkbox"
          checked={props.filters.openQueries}
          onChange={(e) => props.onChange('openQueries', e.currentTarget.checked)}
          data-testid="filter-open-queries"
        />{' '}
        {shellWords.filterCount(reviewWords.filterOpenQueries, props.review ? props.review.openQueries : null)}
      </label>
    </fieldset>
  );
}

/** What the grid did or refused (a paste), in words, beside the grid; always present so it is announced. */
export function GridMessage(props: { text: string | null; onClose: () => void; ref?: (element: HTMLParagraphElement) => void }): JSX.Element {
  return (
    <p class="grid-message" role="status" aria-live="polite" data-testid="grid-message" ref={(element) => props.ref?.(element)}>
      <Show when={props.text}>
        {props.text}{' '}
        <button type="button" class="link" onClick={() => props.onClose()}>
          ✕ <span class="visually-hidden">{shellWords.cancel}</span>
        </button>
      </Show>
    </p>
  );
}

const SETS: ColumnSet[] = ['work', 'provenance', 'review', 'all'];

/** Switches the grid between its column sets: inputs and results, provenance, or all columns. */
export function ColumnSetToggle(props: { value: ColumnSet; onChange: (set: ColumnSet) => void }): JSX.Element {
  return (
    <div class="tool column-sets" role="group" aria-label={shellWords.columnSets}>
      <span class="column-sets-label" aria-hidden="true">
        {shellWords.columnSets}
      </span>
      <For each={SETS}>
        {(set) => (
          <button
            type="button"
            aria-pressed={props.value === set}
            title={shellWords.columnSetHint[set]}
            onClick={() => props.onChange(set)}
            data-testid={`columns-${set}`}
          >
            {shellWords.columnSetLabel[set]}
          </button>
        )}
      </For>
    </div>
  );
}
