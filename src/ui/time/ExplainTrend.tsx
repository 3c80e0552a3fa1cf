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
import { shellWords } from '../strings';
import { STATUS_SYMBOL, timeWords } from '../strings/time';
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
    v === null
      ? '—'
      : props.explanation.datapoint.direction === 'yesno'
        ? v >= 1
          ? shellWords.yes
          : shellWords.no
        : `${formatNumber(v, props.decimal, 2)}${unit()}`;
  const signed = (text: string, v: number) => (v > 0 ? `+${text}` : text);
  const rate = (t: Trend, r: number) => (t.method === 'compound' ? signed(formatPercent(r * 100, props.decimal), r) : signed(quantity(r), r));
  const growth = (t: Trend) => {
    const from = t.baseline;
    const to = t.latest;
    if (!from || !to || from.year === to.year) return timeWords.xGrowthNone;
    if (t.method !== 'linear' && t.annualGrowth !== null)
      return timeWords.xGrowthCompound(signed(formatPercent(t.annualGrowth * 100, props.decimal), t.annualGrowth), from.year, to.year);
    if (t.slope !== null) return timeWords.xGrowthLinear(signed(quantity(t.slope), t.slope), from.year, to.year);
    return timeWords.xGrowthNone;
  };
  const status = (t: Trend) => {
    const words = `${STATUS_SYMBOL[t.status]} ${timeWords.status[t.status]}`;
    if (t.reason) return `${words} (${timeWords.reason[t.reason]})`;
    if (t.ratio !== null && t.requiredRate !== null) return `${words}: ${timeWords.xRatio(formatNumber(t.ratio, props.decimal, 2), rate(t, t.requiredRate))}`;
    return words;
  };
  const method = (t: Trend) => (t.method === 'linear' ? timeWords.methodLinear : t.method === 'yesno' ? timeWords.methodYesNo : timeWords.methodCompound);
  const target = (t: Trend) => (t.target === null ? '—' : quantity(t.target));

  return (
    <section class="explain-trend" aria-labelledby={`${uid}-t`} data-testid="explain-trend">
      <h4 id={`${uid}-t`}>{timeWords.xTitle}</h4>
      <Show when={stored() !== null}>
        <Show when={model()} fallback={<p class="hint">{timeWords.xNoSeries(props.city)}</p>}>
          {(m) => (
            <>
              <TrendValues rows={m().rows} format={quantity} />
              <dl class="explain-trend-figures">
                <dt>{timeWords.xGrowth}</dt>
                <dd data-testid="trend-growth">{growth(m().trend)}</dd>
                <dt>{timeWords.xReached}</dt>
                <dd data-testid="trend-reach">{timeWords.xReach[m().trend.reach](m().trend.projectedYear)}</dd>
                <dt>{timeWords.xStatus(m().trend.deadline)}</dt>
                <dd data-testid="trend-status" data-status={m().trend.status}>
                  {status(m().trend)}
                </dd>
                <dt>{timeWords.trendAgainst}</dt>
                <dd data-testid="trend-basis">
                  {timeWords.xAgainst(timeWords.basisTarget[m().trend.basis.target], target(m().trend))}; {timeWords.basisDeadline[m().trend.basis.deadline]} (
                  {m().trend.deadline}); {timeWords.basisBaseline[m().trend.basis.baseline]}
                  <Show when={m().trend.baseline}>{(b) => <>{` (${b().year}: ${quantity(b().value)})`}</>}</Show>
                </dd>
              </dl>
              <details class="explain-trend-method">
                <summary>{timeWords.trendMethod}</summary>
                <p>{method(m().trend)}</p>
                <p>{timeWords.statusRule}</p>
                <p class="hint">{timeWords.xSource}</p>
              </details>
              <Show when={m().aggregates.length > 0}>
                <p class="explain-trend-aggregates-title">{timeWords.xAggregates}</p>
                <ul class="explain-trend-aggregates">
                  <For each={m().aggregates}>
                    {(a) => (
                      <li data-status={a.trend.status}>
                        {a.level === 'overall' ? shellWords.overall : a.code}: {STATUS_SYMBOL[a.trend.status]} {timeWords.status[a.trend.status]}
                        {a.trend.reach === 'at-this-rate' || a.trend.reach === 'never' ? ` · ${timeWords.xReach[a.trend.reach](a.trend.projectedYear)}` : ''}
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
