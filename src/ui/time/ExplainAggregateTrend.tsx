/**
 * "Explain this number" for an aggregate, over the years of its city (issue #25): the aggregate's
 * percent in each year of the series, its growth rate, the year it reaches the top band at that rate
 * and its status by 2030, measured from its own earliest year. Loaded with lazy() like ExplainTrend,
 * from the same live city index and the same per-revision scores cache.
 */
import { createEffect, createMemo, createSignal, createUniqueId, For, onCleanup, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { AggregateExplanation } from '../../engine/explain-aggregate';
import type { DecimalStyle } from '../../engine/parse';
import type { Trend } from '../../engine/trend';
import { listSeries, type WorkbenchDb } from '../../storage/db';
import { formatNumber, formatPercent } from '../format';
import { S } from '../strings';
import { STATUS_SYMBOL, TC, TM } from '../strings/time';
import { explainAggregateTrend, sameRevisions } from './explain-trend';
import { memberOf } from './scores-cache';
import './time.css';

export interface ExplainAggregateTrendProps {
  db: WorkbenchDb;
  docId: string;
  city: string;
  country: string;
  year: number;
  explanation: AggregateExplanation;
  decimal: DecimalStyle;
}

export default function ExplainAggregateTrend(props: ExplainAggregateTrendProps): JSX.Element {
  const uid = createUniqueId();
  const [stored, setStored] = createSignal<AssessmentDoc[] | null>(null);
  createEffect(() => {
    const sub = listSeries(props.db, props.city, props.country).subscribe({ next: setStored, error: () => setStored([]) });
    onCleanup(() => sub.unsubscribe());
  });
  const others = createMemo(() => (stored() ?? []).filter((d) => d.id !== props.docId), [], { equals: sameRevisions });
  const members = createMemo(() => others().map((d) => memberOf(d)));
  const model = createMemo(() =>
    explainAggregateTrend(members(), { code: props.explanation.code, year: props.year, percent: props.explanation.result.percent }),
  );
  const pct = (v: number | null) => (v === null ? S.none : formatPercent(v, props.decimal));
  const signed = (text: string, v: number) => (v > 0 ? `+${text}` : text);
  const growth = (t: Trend) => {
    const from = t.baseline;
    const to = t.latest;
    if (!from || !to || from.year === to.year) return TM.xGrowthNone;
    if (t.method !== 'linear' && t.annualGrowth !== null)
      return TM.xGrowthCompound(signed(formatPercent(t.annualGrowth * 100, props.decimal), t.annualGrowth), from.year, to.year);
    if (t.slope !== null) return TM.xGrowthLinear(signed(formatNumber(t.slope, props.decimal, 2), t.slope), from.year, to.year);
    return TM.xGrowthNone;
  };
  const status = (t: Trend) => `${STATUS_SYMBOL[t.status]} ${TM.status[t.status]}${t.reason ? ` (${TM.reason[t.reason]})` : ''}`;
  return (
    <section class="explain-trend" aria-labelledby={`${uid}-t`} data-testid="explain-aggregate-trend">
      <h4 id={`${uid}-t`}>{TM.xTitle}</h4>
      <Show when={stored() !== null}>
        <Show when={model()} fallback={<p class="hint">{TM.xNoSeries(props.city)}</p>}>
          {(m) => (
            <>
              <table class="explain-trend-values">
                <caption class="visually-hidden">{TM.xTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{TC.tableYear}</th>
                    <th scope="col" class="r-num">
                      {TC.tableValue}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={m().rows}>
                    {(r) => (
                      <tr classList={{ 'explain-trend-current': r.current }}>
                        <th scope="row">
                          {r.year}
                          <Show when={r.current}> ({TM.xThis})</Show>
                        </th>
                        <td class="r-num">{pct(r.value)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <dl class="explain-trend-figures">
                <dt>{TM.xGrowth}</dt>
                <dd data-testid="trend-growth">{growth(m().trend)}</dd>
                <dt>{TM.xReached}</dt>
                <dd data-testid="trend-reach">{TM.xReach[m().trend.reach](m().trend.projectedYear)}</dd>
                <dt>{TM.xStatus(m().trend.deadline)}</dt>
                <dd data-testid="trend-status" data-status={m().trend.status}>
                  {status(m().trend)}
                </dd>
                <dt>{TM.trendAgainst}</dt>
                <dd data-testid="trend-basis">
                  {TM.xAggregateTarget}; {TM.basisDeadline.default} ({m().trend.deadline}); {TM.basisBaseline.series}
                  <Show when={m().trend.baseline}>{(b) => <>{` (${b().year}: ${pct(b().value)})`}</>}</Show>
                </dd>
              </dl>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
