/**
 * The note shown when an assessment made with an older catalogue is opened: which data points'
 * definitions changed, what each change means for the value entered, and a way to mark each as read
 * (an `acknowledge` edit, saved like any other). Values are never changed here.
 */
import { For, Show, type JSX } from 'solid-js';
import { definitionChanged, type CatalogueReview as Review } from '../engine/catalogue-version';
import type { Framework } from '../engine/framework';
import type { DecimalStyle } from '../engine/parse';
import type { ReviewStamp } from '../engine/review';
import { formatNumber } from './format';
import { catalogueTexts, changeText } from './strings/catalogue';
import { datapointLabel } from './strings/kpi-names';

export function CatalogueReview(props: {
  fw: Framework;
  review: Review;
  decimal: DecimalStyle;
  onShow: (id: string) => void;
  onRead: (ids: string[]) => void;
  /** The cycle's review stamps: a listed data point verified before the change says so. */
  stamps?: Record<string, ReviewStamp>;
}): JSX.Element {
  const ids = () => props.fw.datapoints.map((r) => r.id).filter((id) => props.review.datapoints[id]);
  const num = (n: number) => formatNumber(n, props.decimal, 3);
  return (
    <section class="panel catalogue-review" aria-labelledby="catalogue-review-title" data-testid="catalogue-review">
      <details open>
        <summary>
          <h2 id="catalogue-review-title">{catalogueTexts.reviewTitle({ n: ids().length })}</h2>
        </summary>
        <p>{catalogueTexts.reviewIntro({ from: props.review.from, to: props.review.to })}</p>
        <ul class="review-list">
          <For each={ids()}>
            {(id) => {
              const ref = props.fw.byId.get(id)!;
              return (
                <li data-review-id={id}>
                  <strong>
                    {ref.kpi.code}
                    {ref.def.key ? ` ${ref.def.key}` : ''}
                  </strong>{' '}
                  {datapointLabel(ref)}
                  <ul>
                    <For each={props.review.datapoints[id]}>{(c) => <li>{changeText(c, num)}</li>}</For>
                  </ul>
                  <Show when={props.stamps?.[id]?.state === 'verified' && definitionChanged(props.review, id)}>
                    <p class="hint" data-testid="catalogue-review-verified">
                      {catalogueTexts.reviewWasVerified}
                    </p>
                  </Show>
                  <button type="button" class="link" onClick={() => props.onShow(id)}>
                    {catalogueTexts.reviewShow}
                  </button>{' '}
                  <button type="button" title={catalogueTexts.reviewReadHint} onClick={() => props.onRead([id])}>
                    {catalogueTexts.reviewRead}
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
        <button type="button" title={catalogueTexts.reviewReadHint} onClick={() => props.onRead(ids())}>
          {catalogueTexts.reviewReadAll}
        </button>
      </details>
    </section>
  );
}
