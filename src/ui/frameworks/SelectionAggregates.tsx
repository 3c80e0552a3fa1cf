/**
 * U4SSC's aggregates and a selection's, side by side (issue #30), in the results view and the report:
 * when the assessment names a framework file that is a selection of U4SSC (KPIs left out or moved,
 * local KPIs added), one table with the overall score and each dimension's under both frameworks, each
 * column labelled with its framework and its number of KPIs ("U4SSC, 91 KPIs" / "<selection>, N KPIs"),
 * with the coverage of each. The numbers are the engine's (engine/framework-aggregates.ts); U4SSC's are
 * the assessment's own scores, unchanged.
 */
import { For, type JSX } from 'solid-js';
import type { FrameworkAggregates, SelectionAggregates } from '../../engine/framework-aggregates';
import type { DecimalStyle } from '../../engine/parse';
import type { AggregateResult } from '../../engine/types';
import { localResults } from '../messages/compiled/local-results';
import { aggBandText, fmtCoverage, fmtPercent } from '../results/format';
import { numeric, TableHead } from '../results/table-head';
import { shellWords } from '../strings';
import { resultWords } from '../strings/results';

/** A framework's label: its name and its number of KPIs. */
export const aggregatesLabel = (a: FrameworkAggregates, u4ssc: boolean): string =>
  u4ssc ? localResults.aggU4ssc({ n: a.kpis }) : localResults.aggSelection({ name: a.name, n: a.kpis });

/** The rows: overall, then the dimensions of U4SSC, then any the selection has of its own. */
function rows(both: SelectionAggregates): { code: string; name: string; u4ssc: AggregateResult | null; selection: AggregateResult | null }[] {
  const byCode = (list: AggregateResult[]) => new Map(list.map((a) => [a.code, a]));
  const u = byCode(both.u4ssc.dimensions);
  const s = byCode(both.selection.dimensions);
  const codes = [...u.keys(), ...[...s.keys()].filter((c) => !u.has(c))];
  return [
    { code: 'overall', name: shellWords.overall, u4ssc: both.u4ssc.overall, selection: both.selection.overall },
    ...codes.map((code) => ({ code, name: (u.get(code) ?? s.get(code))!.name, u4ssc: u.get(code) ?? null, selection: s.get(code) ?? null })),
  ];
}

export function SelectionAggregatesTable(props: { both: SelectionAggregates; decimal: DecimalStyle }): JSX.Element {
  const u = () => aggregatesLabel(props.both.u4ssc, true);
  const s = () => aggregatesLabel(props.both.selection, false);
  const score = (a: AggregateResult | null) => (a === null ? localResults.aggAbsent : `${fmtPercent(a.percent, props.decimal)} · ${aggBandText(a)}`);
  const coverage = (a: AggregateResult | null) => (a === null ? localResults.aggAbsent : fmtCoverage(a));
  return (
    <section class="r-kpi-section selection-aggregates" aria-labelledby="selection-aggregates-title" data-testid="selection-aggregates">
      <h2 id="selection-aggregates-title">{localResults.aggHeading}</h2>
      <p class="r-muted">{localResults.aggIntro({ name: props.both.selection.name, local: props.both.selection.local, left: props.both.selection.left })}</p>
      <div class="r-table-scroll" role="region" tabIndex={0} aria-labelledby="selection-aggregates-title">
        <table class="r-table" role="table">
          <caption class="r-visually-hidden">{localResults.aggHeading}</caption>
          <TableHead
            columns={[
              localResults.aggColGroup,
              numeric(localResults.aggColScore({ framework: u() })),
              `${localResults.aggColCoverage({ framework: u() })} (${resultWords.colCoverageNote})`,
              numeric(localResults.aggColScore({ framework: s() })),
              `${localResults.aggColCoverage({ framework: s() })} (${resultWords.colCoverageNote})`,
            ]}
          />
          <tbody>
            <For each={rows(props.both)}>
              {(r) => (
                <tr data-testid={`selection-aggregates-row-${r.code}`}>
                  <th scope="row">{r.code === 'overall' ? r.name : `${r.code} · ${r.name}`}</th>
                  <td class="r-num" data-framework="u4ssc">
                    {score(r.u4ssc)}
                  </td>
                  <td>{coverage(r.u4ssc)}</td>
                  <td class="r-num" data-framework="selection">
                    {score(r.selection)}
                  </td>
                  <td>{coverage(r.selection)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
