/**
 * An assessment's local KPIs in its results and report (issue #30): the KPIs of the city's own
 * framework file, scored beside the U4SSC ones (engine/local-kpis.ts), in a table of their own marked
 * as local in words (the framework's name in the heading, "local KPI" on every row): value, target with
 * its basis and source ("no reference target" when there is none), achievement and band, and each one's
 * explanation (its formula and named inputs, as a U4SSC data point's) on demand. They do not count in
 * the U4SSC scores, and the heading says so.
 */
import { createMemo, For, Show, type JSX } from 'solid-js';
import type { DatapointRef } from '../../engine/framework';
import { localExplanation, type LocalKpis } from '../../engine/local-kpis';
import type { DecimalStyle } from '../../engine/parse';
import type { TargetSet } from '../../engine/targets';
import type { ItemResult } from '../../engine/types';
import { localResults } from '../messages/compiled/local-results';
import { ExplainPanel } from '../panels';
import { datapointCode, datapointName, fmtPercent, fmtQuantity, fmtTarget, itemBandText } from '../results/format';
import { numeric, TableHead } from '../results/table-head';
import { resultWords } from '../strings/results';
import '../results/results.css';

type Scored = Extract<LocalKpis, { kind: 'scored' }>;

/** A local KPI's target as read: the number, its basis and its source, or "no reference target". */
export function localTargetText(item: ItemResult, ref: DatapointRef, targets: TargetSet, decimal: DecimalStyle): string {
  if (item.target === null) return localResults.noTarget;
  const t = targets.byId.get(ref.id);
  const parts = [fmtTarget(item, ref, decimal)];
  if (item.targetOrigin === 'reference' && t) {
    parts.push(t.basis === 'judgement' ? localResults.basis.judgement : localResults.basis.public);
    if (t.source) parts.push(localResults.source({ source: t.source }));
  }
  return parts.join(' · ');
}

export function LocalResults(props: {
  local: LocalKpis;
  decimal: DecimalStyle;
  /** The local data point explained now (from this table or the wheel), or null. */
  selected: string | null;
  onSelect: (id: string | null) => void;
}): JSX.Element {
  const scored = createMemo(() => (props.local.kind === 'scored' ? props.local : null));
  const explanation = createMemo(() => {
    const s = scored();
    const id = props.selected;
    return s && id && s.fw.byId.has(id) ? localExplanation(s, id) : null;
  });
  return (
    <>
      <Show when={props.local.kind === 'not-held' && props.local}>
        {(n) => {
          const ref = () => (n() as Extract<LocalKpis, { kind: 'not-held' }>).ref;
          return (
            <p class="hint" role="status" data-testid="local-results-not-held">
              {localResults.notHeld({ name: ref().name ?? ref().id, id: ref().id, version: ref().version })}
            </p>
          );
        }}
      </Show>
      <Show when={scored()}>{(s) => <LocalTable s={s()} decimal={props.decimal} selected={props.selected} onSelect={props.onSelect} />}</Show>
      <Show when={explanation()}>
        {(x) => (
          <div class="local-results-explain" data-testid="local-results-explain">
            <ExplainPanel explanation={x()} decimal={props.decimal} />
            <button type="button" class="r-no-print" onClick={() => props.onSelect(null)}>
              {localResults.hide}
            </button>
          </div>
        )}
      </Show>
    </>
  );
}

function LocalTable(props: { s: Scored; decimal: DecimalStyle; selected: string | null; onSelect: (id: string | null) => void }): JSX.Element {
  const name = () => props.s.ref.name ?? props.s.ref.id;
  return (
    <section class="r-kpi-section local-results" aria-labelledby="local-results-title" data-testid="local-results">
      <h2 id="local-results-title">{localResults.heading({ name: name() })}</h2>
      <p class="r-muted">{localResults.intro({ name: name(), version: props.s.ref.version })}</p>
      <div class="r-table-scroll" role="region" tabIndex={0} aria-labelledby="local-results-title">
        <table class="r-table r-kpi-table" role="table">
          <caption class="r-visually-hidden">{localResults.heading({ name: name() })}</caption>
          <TableHead
            columns={[
              resultWords.colCode,
              resultWords.colName,
              numeric(resultWords.colValue),
              resultWords.colTarget,
              numeric(localResults.colAchievement),
              resultWords.colBand,
              { label: localResults.colExplain },
            ]}
          />
          <tbody>
            <For each={props.s.local}>
              {(d, i) => {
                const item = () => props.s.items[i()];
                return (
                  <tr data-testid={`local-results-row-${d.kpi.code}`}>
                    <td>{datapointCode(d)}</td>
                    <th scope="row">
                      {datapointName(d)} <span class="r-muted">({localResults.marker})</span>
                    </th>
                    <td class="r-num">{fmtQuantity(item().value, d, props.decimal)}</td>
                    <td>{localTargetText(item(), d, props.s.targets, props.decimal)}</td>
                    <td class="r-num">{item().achievement === null ? resultWords.dash : fmtPercent(item().achievement! * 100, props.decimal)}</td>
                    <td>{itemBandText(item())}</td>
                    <td>
                      <button type="button" aria-pressed={props.selected === d.id} onClick={() => props.onSelect(props.selected === d.id ? null : d.id)}>
                        {localResults.explain({ code: datapointCode(d) })}
                      </button>
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
