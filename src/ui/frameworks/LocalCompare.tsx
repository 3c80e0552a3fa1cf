/**
 * The local KPIs in the compare view (issue #30): one row per local KPI, one column per compared
 * assessment, when they all name the same framework file (id and version) and this browser holds it;
 * otherwise a sentence saying why there are none (which framework each one names, or that it is not
 * held). The scoring is engine/local-kpis.ts (`localComparison`).
 */
import { createMemo, For, Match, Switch, type JSX } from 'solid-js';
import type { AssessmentDoc, LocalFrameworkRef } from '../../engine/assessment';
import type { ReadFramework } from '../../engine/framework-file';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { localComparison, type LocalComparison } from '../../engine/local-kpis';
import type { DecimalStyle } from '../../engine/parse';
import { localResults } from '../messages/compiled/local-results';
import { datapointCode, datapointName, fmtPercent, fmtQuantity } from '../results/format';
import { TableHead } from '../results/table-head';
import { resultWords } from '../strings/results';

const label = (d: AssessmentDoc) => `${d.city} ${d.year}`;
const refText = (r: LocalFrameworkRef) => localResults.compareRef({ name: r.name ?? r.id, id: r.id, version: r.version });

export function LocalCompare(props: { docs: readonly AssessmentDoc[]; held: ReadFramework | null; decimal: DecimalStyle }): JSX.Element {
  const cmp = createMemo((): LocalComparison => localComparison(props.docs, props.held, u4ssc));
  const byId = createMemo(() => new Map(props.docs.map((d) => [d.id, d])));
  const of = <K extends LocalComparison['kind']>(k: K) => {
    const c = cmp();
    return c.kind === k ? (c as Extract<LocalComparison, { kind: K }>) : null;
  };
  return (
    <Switch>
      <Match when={of('not-shared')}>
        {(c) => (
          <p class="hint" role="status" data-testid="local-compare-not-shared">
            {localResults.compareNotShared({
              list: c()
                .uses.map((u) => localResults.compareUses({ label: label(byId().get(u.id)!), framework: u.ref ? refText(u.ref) : localResults.compareNone }))
                .join('; '),
            })}
          </p>
        )}
      </Match>
      <Match when={of('not-held')}>
        {(c) => (
          <p class="hint" role="status" data-testid="local-compare-not-held">
            {localResults.compareNotHeld({ name: c().ref.name ?? c().ref.id, id: c().ref.id, version: c().ref.version })}
          </p>
        )}
      </Match>
      <Match when={of('rows')}>
        {(c) => (
          <section class="local-compare" aria-labelledby="local-compare-title" data-testid="local-compare">
            <h3 id="local-compare-title">{localResults.compareTitle({ name: c().ref.name ?? c().ref.id })}</h3>
            <p class="hint">
              {localResults.compareShared({ n: props.docs.length, name: c().ref.name ?? c().ref.id, id: c().ref.id, version: c().ref.version })}
            </p>
            <div class="r-table-scroll" role="region" tabIndex={0} aria-labelledby="local-compare-title">
              <table class="r-table" role="table">
                <caption class="r-visually-hidden">{localResults.compareTitle({ name: c().ref.name ?? c().ref.id })}</caption>
                <TableHead columns={[resultWords.colCode, resultWords.colName, ...props.docs.map(label)]} />
                <tbody>
                  <For each={c().local}>
                    {(d, r) => (
                      <tr data-testid={`local-compare-row-${d.kpi.code}`}>
                        <td>{datapointCode(d)}</td>
                        <th scope="row">
                          {datapointName(d)} <span class="r-muted">({localResults.marker})</span>
                        </th>
                        <For each={c().items[r()]}>
                          {(item) => (
                            <td class="r-num">
                              {fmtQuantity(item.value, d, props.decimal)}
                              {item.achievement === null ? '' : ` · ${fmtPercent(item.achievement * 100, props.decimal)}`}
                            </td>
                          )}
                        </For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </section>
        )}
      </Match>
    </Switch>
  );
}
