/**
 * What the two "over the years" blocks of "explain this number" share (ExplainTrend for a data point,
 * ExplainAggregateTrend for an aggregate): the city's other years, read live from storage and scored
 * once per revision, and the table of values by year.
 */
import { createEffect, createMemo, createSignal, For, onCleanup, Show, untrack, type Accessor, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { ComparisonMember } from '../../engine/comparison';
import { listSeries, type WorkbenchDb } from '../../storage/db';
import { timeWords } from '../strings/time';
import { timeCompareWords } from '../strings/time-compare';
import { sameRevisions, type TrendRow } from './explain-trend';
import { memberOf } from './scores-cache';

/**
 * The other years of the open assessment's city as comparison members, and whether the series has
 * been read yet (`stored()` is null until then). A re-read that changed no revision (this assessment's
 * own saves) changes nothing downstream.
 */
export function useCityYears(props: { db: WorkbenchDb; docId: string; city: string; country: string }): {
  stored: Accessor<AssessmentDoc[] | null>;
  members: Accessor<ComparisonMember[]>;
} {
  const [stored, setStored] = createSignal<AssessmentDoc[] | null>(null);
  // The props are read from the open assessment, a new object at each edit: the series is read again only
  // when the place changes, not at every keystroke (a read of the whole city index, slow in a large library).
  const place = createMemo(() => ({ city: props.city, country: props.country }), undefined, {
    equals: (a, b) => a.city === b.city && a.country === b.country,
  });
  createEffect(() => {
    const { city, country } = place();
    const sub = untrack(() => listSeries(props.db, city, country)).subscribe({ next: setStored, error: () => setStored([]) });
    onCleanup(() => sub.unsubscribe());
  });
  const others = createMemo(() => (stored() ?? []).filter((d) => d.id !== props.docId), [], { equals: sameRevisions });
  const members = createMemo(() => others().map((d) => memberOf(d)));
  return { stored, members };
}

/** The values by year, the open year marked. */
export function TrendValues(props: { rows: readonly TrendRow[]; format: (value: number | null) => string }): JSX.Element {
  return (
    <table class="explain-trend-values">
      <caption class="visually-hidden">{timeWords.xTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{timeCompareWords.tableYear}</th>
          <th scope="col" class="r-num">
            {timeCompareWords.tableValue}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(r) => (
            <tr classList={{ 'explain-trend-current': r.current }}>
              <th scope="row">
                {r.year}
                <Show when={r.current}> ({timeWords.xThis})</Show>
              </th>
              <td class="r-num">{props.format(r.value)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
