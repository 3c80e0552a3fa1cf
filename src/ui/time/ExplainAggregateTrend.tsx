/**
 * "Explain this number" for an aggregate, over the years of its city (issue #25): the aggregate's
 * percent in each year of the series, its growth rate, the year it reaches the top band at that rate
 * and its status by 2030, measured from its own earliest year. Loaded with lazy() like ExplainTrend,
 * from the same live city index and the same per-revision scores cache.
 */
import { createMemo, createUniqueId, Show, type JSX } from 'solid-js';
import type { AggregateExplanation } from '../../engine/explain-aggregate';
import type { DecimalStyle } from '../../engine/parse';
import type { Trend } from '../../engine/trend';
import type { WorkbenchDb } from '../../storage/db';
import { formatNumber, formatPercent } from '../format';
import { shellWords } from '../strings';
import { STATUS_SYMBOL, timeWords } from '../strings/time';
import { explainAggregateTrend } from './explain-trend';
import { TrendValues, useCityYears } from './trend-parts';
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
  const { stored, members } = useCityYears(props);
  const model = createMemo(() =>
    explainAggregateTrend(members(), { code: props.explanation.code, year: props.year, percent: props.explanation.result.percent }),
  );
  const pct = (v: number | null) => (v === null ? shellWords.none : formatPercent(v, props.decimal));
  const signed = (text: string, v: number) => (v > 0 ? `+${text}` : text);
  const growth = (t: Trend) => {
    const from = t.baseline;
    const to = t.latest;
    if (!from || !to || from.year === to.year) return timeWords.xGrowthNone;
    if (t.method !== 'linear' && t.annualGrowth !== null)
      return timeWords.xGrowthCompound(signed(formatPercent(t.annualGrowth * 100, props.decimal), t.annualGrowth), from.year, to.year);
    if (t.slope !== null) return timeWords.xGrowthLinear(signed(formatNumber(t.slope, props.decimal, 2), t.slope), from.year, to.year);
    return timeWords.xGrowthNone;
  };
  const status = (t: Trend) => `${STATUS_SYMBOL[t.status]} ${timeWords.status[t.status]}${t.reason ? ` (${timeWords.reason[t.reason]})` : ''}`;
  return (
    <section class="explain-trend" aria-labelledby={`${uid}-t`} data-testid="explain-aggregate-trend">
      <h4 id={`${uid}-t`}>{timeWords.xTitle}</h4>
      <Show when={stored() !== null}>
        <Show when={model()} fallback={<p class="hint">{timeWords.xNoSeries(props.city)}</p>}>
          {(m) => (
            <>
              <TrendValues rows={m().rows} format={pct} />
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
                  {timeWords.xAggregateTarget}; {timeWords.basisDeadline.default} ({m().trend.deadline}); {timeWords.basisBaseline.series}
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
