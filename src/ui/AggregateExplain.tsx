/**
 * "Explain this number" for an aggregate (issue #25): the explanation the engine derives from the
 * scores (src/engine/explain-aggregate.ts), rendered as it is: how the percent is pooled, the data
 * points that count and those left out with why, coverage, band, the parts one level down and the
 * data points that raise it most. Every line reads the explanation it is given now.
 */
import { For, Show, type JSX } from 'solid-js';
import type { AggregateExplanation } from '../engine/explain-aggregate';
import { u4ssc } from '../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../engine/parse';
import { bandLabel, formatNumber, formatPercent } from './format';
import { shellWords } from './strings';
import { workshopWords } from './strings/workshop';
import { datapointTitle, datapointUnit, groupName } from './strings/kpi-names';

/** A data point as the levers name it: its KPI code and key (`EN: EN: AQ: 1C PM2.5`). */
/** A data point named in the display language (not by its key). */
const pointName = datapointTitle;

export function AggregateExplain(props: { x: AggregateExplanation; decimal: DecimalStyle; children?: JSX.Element }): JSX.Element {
  const pct = (p: number | null) => (p === null ? shellWords.notScored : formatPercent(p, props.decimal));
  const pooled = () => {
    const p = props.x.pooled;
    if (!p) return shellWords.explainAggNone;
    if (p.kind === 'points') return shellWords.explainAggPooled(p.points, p.max, p.scored, pct(p.percent));
    return shellWords.explainAggContinuous(formatNumber(p.achievements, props.decimal, 3), p.scored, pct(p.percent));
  };
  const unit = (id: string) => {
    const ref = u4ssc.byId.get(id);
    const u = ref && datapointUnit(ref);
    return ref?.def.direction === 'yesno' || !u || u === 'number' ? '' : ` ${u}`;
  };
  const value = (id: string, v: number) =>
    u4ssc.byId.get(id)?.def.direction === 'yesno' ? (v >= 1 ? shellWords.yes : shellWords.no) : `${formatNumber(v, props.decimal, 3)}${unit(id)}`;
  return (
    <div class="explain-body explain-aggregate" data-testid="explain-aggregate" data-code={props.x.code}>
      <h3 class="explain-kpi">
        <span class="agg-code">{props.x.level === 'overall' ? '' : props.x.code}</span> {props.x.level === 'overall' ? shellWords.overall : groupName(props.x)}
      </h3>
      <dl>
        <dt>{shellWords.percent}</dt>
        <dd class="explain-agg-percent">
          <strong>{pct(props.x.result.percent)}</strong>
          <Show when={props.x.result.band}>{(b) => <> · {bandLabel(b())}</>}</Show>
        </dd>
        <dt>{shellWords.explainAggHow}</dt>
        <dd class="explain-agg-pooled" data-testid="explain-agg-pooled">
          {pooled()}
          <br />
          <span class="hint">{props.x.method === 'continuous' ? shellWords.explainAggRuleContinuous : shellWords.explainAggRulePoints}</span>
        </dd>
        <dt>{shellWords.coverage}</dt>
        <dd class="explain-agg-coverage">{shellWords.coverageValue(props.x.result.reported, props.x.result.benchmarked, props.x.result.expected)}</dd>
        <Show when={props.x.parts.length > 0}>
          <dt>{shellWords.explainAggParts}</dt>
          <dd>
            <ul class="explain-agg-parts">
              <For each={props.x.parts}>
                {(a) => (
                  <li data-code={a.code}>
                    {a.code} {groupName(a)}: {pct(a.percent)} · {shellWords.coverageValue(a.reported, a.benchmarked, a.expected)}
                  </li>
                )}
              </For>
            </ul>
          </dd>
        </Show>
        <dt>{shellWords.explainAggCounted(props.x.counted.length)}</dt>
        <dd>
          <ul class="explain-agg-counted" data-testid="explain-agg-counted">
            <For each={props.x.counted}>
              {(c) => (
                <li data-id={c.id}>
                  {pointName(c.id)}: {shellWords.pointsBand(c.points, bandLabel(c.points))} ({formatPercent(c.achievement * 100, props.decimal)})
                </li>
              )}
            </For>
          </ul>
        </dd>
        <Show when={props.x.leftOut.length > 0}>
          <dt>{shellWords.explainAggLeftOut(props.x.leftOut.length)}</dt>
          <dd>
            <ul class="explain-agg-left-out" data-testid="explain-agg-left-out">
              <For each={props.x.leftOut}>
                {(l) => (
                  <li data-id={l.id} data-why={l.why}>
                    {pointName(l.id)}: {shellWords.itemState[l.why]}
                  </li>
                )}
              </For>
            </ul>
          </dd>
        </Show>
        <Show when={props.x.levers.length > 0}>
          <dt>{workshopWords.nextBandTitle}</dt>
          <dd class="explain-levers">
            {workshopWords.leversIntro}
            <ol>
              <For each={props.x.levers}>
                {(l) => (
                  <li data-id={l.id}>
                    {workshopWords.leverLine(
                      pointName(l.id),
                      value(l.id, l.from),
                      value(l.id, l.to),
                      formatPercent(l.percentBefore, props.decimal),
                      formatPercent(l.percentAfter, props.decimal),
                      bandLabel(l.aggregateBandAfter),
                    )}
                  </li>
                )}
              </For>
            </ol>
          </dd>
        </Show>
      </dl>
      {props.children}
    </div>
  );
}
