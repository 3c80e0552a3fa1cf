/**
 * "Explain this number": the selected data point over the years of its city (issue #14). The values
 * of the series, the growth rate, the year the target is reached at that rate, the status against the
 * deadline and the method with its formula, and which target, deadline and baseline it was measured
 * against; its aggregates' statuses below.
 *
 * Kept off the edit path: loaded with lazy() when a data point is first explained; the other years are
 * read once from storage through the city index (listSeries, live) and scored once per revision
 * (scores-cache.ts); a selection or an edit only recomputes the trend of a handful of numbers from
 * the explanation the panel already has.
 */
import { createMemo, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { Explanation } from '../../engine/explain';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../../engine/parse';
import type { Trend } from '../../engine/trend';
import type { OwnTarget } from '../../engine/types';
import type { WorkbenchDb } from '../../storage/db';
import { formatNumber, formatPercent } from '../format';
import { S } from '../strings';
import { STATUS_SYMBOL, TM } from '../strings/time';
import { explainTrend } from './explain-trend';
import { TrendValues, useCityYears } from './trend-parts';
import './time.css';

export interface ExplainTrendProps {
  db: WorkbenchDb;
  /** The open assessment: its id, place and year, and its own targets. */
  docId: string;
  city: string;
  country: string;
  year: number;
  ownTargets: Record<string, OwnTarget> | undefined;
  explanation: Explanation;
  decimal: DecimalStyle;
}

export default function ExplainTrend(props: ExplainTrendProps): JSX.Element {
  const uid = createUniqueId();
  const { stored, members } = useCityYears(props);
  const model = createMemo(() => {
    const x = props.explanation;
    return explainTrend(
      u4ssc,
      members(),
      {
        id: x.id,
        year: props.year,
        state: x.state,
        value: x.value.value,
        target: x.target.value,
        own: props.ownTargets?.[x.id],
        aggregates: x.aggregates,
      },
      x.datapoint.direction,
    );
  });

  const unit = () => {
    const u = props.explanation.datapoint.unit;
    return props.explanation.datapoint.direction === 'yesno' || !u || u === 'number' ? '' : ` ${u}`;
  };
  const quantity = (v: number | null) =>
    v === null ? '—' : props.explanation.datapoint.direction === 'yesno' ? (v >= 1 ? S.yes : S.no) : `${formatNumber(v, props.decimal, 2)}${unit()}`;
  const signed = (text: string, v: number) => (v > 0 ? `+${text}` : text);
  const rate = (t: Trend, r: number) => (t.method === 'compound' ? signed(formatPercent(r * 100, props.decimal), r) : signed(quantity(r), r));
  const growth = (t: Trend) => {
    const from = t.baseline;
    const to = t.latest;
    if (!from || !to || from.year === to.year) return TM.xGrowthNone;
    if (t.method !== 'linear' && t.annualGrowth !== null)
      return TM.xGrowthCompound(signed(formatPercent(t.annualGrowth * 100, props.decimal), t.annualGrowth), from.year, to.year);
    if (t.slope !== null) return TM.xGrowthLinear(signed(quantity(t.slope), t.slope), from.year, to.year);
    return TM.xGrowthNone;
  };
  const status = (t: Trend) => {
    const words = `${STATUS_SYMBOL[t.status]} ${TM.status[t.status]}`;
    if (t.reason) return `${words} (${TM.reason[t.reason]})`;
    if (t.ratio !== null && t.requiredRate !== null) return `${words}: ${TM.xRatio(formatNumber(t.ratio, props.decimal, 2), rate(t, t.requiredRate))}`;
    return words;
  };
  const method = (t: Trend) => (t.method === 'linear' ? TM.methodLinear : t.method === 'yesno' ? TM.methodYesNo : TM.methodCompound);
  const target = (t: Trend) => (t.target === null ? '—' : quantity(t.target));

  return (
    <section class="explain-trend" aria-labelledby={`${uid}-t`} data-testid="explain-trend">
      <h4 id={`${uid}-t`}>{TM.xTitle}</h4>
      <Show when={stored() !== null}>
        <Show when={model()} fallback={<p class="hint">{TM.xNoSeries(props.city)}</p>}>
          {(m) => (
            <>
              <TrendValues rows={m().rows} format={quantity} />
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
                  {TM.xAgainst(TM.basisTarget[m().trend.basis.target], target(m().trend))}; {TM.basisDeadline[m().trend.basis.deadline]} ({m().trend.deadline});{' '}
                  {TM.basisBaseline[m().trend.basis.baseline]}
                  <Show when={m().trend.baseline}>{(b) => <>{` (${b().year}: ${quantity(b().value)})`}</>}</Show>
                </dd>
              </dl>
              <details class="explain-trend-method">
                <summary>{TM.trendMethod}</summary>
                <p>{method(m().trend)}</p>
                <p>{TM.statusRule}</p>
                <p class="hint">{TM.xSource}</p>
              </details>
              <Show when={m().aggregates.length > 0}>
                <p class="explain-trend-aggregates-title">{TM.xAggregates}</p>
                <ul class="explain-trend-aggregates">
                  <For each={m().aggregates}>
                    {(a) => (
                      <li data-status={a.trend.status}>
                        {a.level === 'overall' ? S.overall : a.code}: {STATUS_SYMBOL[a.trend.status]} {TM.status[a.trend.status]}
                        {a.trend.reach === 'at-this-rate' || a.trend.reach === 'never' ? ` · ${TM.xReach[a.trend.reach](a.trend.projectedYear)}` : ''}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
