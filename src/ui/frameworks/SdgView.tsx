/**
 * The assessment in SDG 11's global indicators (issue #30, item 6): its values carried through the
 * U4SSC → SDG 11 crosswalk (engine/crosswalk.ts) with the coverage shown: which SDG 11 data points
 * carry a value and from which U4SSC data point, and for every other one why not (a link too loose to
 * carry, another unit, no value yet, or no link at all). Computed here from the scores on screen: a
 * few dozen look-ups, no worker call.
 */
import { createMemo, For, Show, type JSX } from 'solid-js';
import type { AssessmentInput, Scores } from '../../engine/types';
import type { DecimalStyle } from '../../engine/parse';
import { carryAcross } from '../../engine/crosswalk';
import { U4SSC_SDG11 } from '../../engine/frameworks/crosswalks';
import { sdg11 } from '../../engine/frameworks/sdg11';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { formatNumber } from '../format';
import { SDG_WORDS } from '../strings/frameworks';
import { datapointTitle } from '../strings/kpi-names';
import { currentLanguage } from '../strings/language';

export function SdgView(props: { input: AssessmentInput; scores: Scores; decimal: DecimalStyle }): JSX.Element {
  const w = SDG_WORDS[currentLanguage()];
  const carried = createMemo(() => carryAcross(U4SSC_SDG11, u4ssc, props.scores, props.input, sdg11));
  const rows = createMemo(() => {
    const byId = new Map(carried().coverage.items.map((i) => [i.id, i]));
    return sdg11.datapoints.map((ref) => ({ ref, item: byId.get(ref.id) }));
  });
  return (
    <section class="sdg-view" aria-labelledby="sdg-view-title">
      <h2 id="sdg-view-title">{w.title}</h2>
      <p class="hint">{w.help}</p>
      {/* The names are the UN's English ones in every language until an official translation is read (#30). */}
      <Show when={currentLanguage() !== 'en'}>
        <p class="hint" data-testid="sdg-names-english">
          {w.namesInEnglish}
        </p>
      </Show>
      <p data-testid="sdg-coverage">{w.coverage(carried().coverage.carried, carried().coverage.linked, carried().coverage.expected)}</p>
      {/* A wide table scrolls on its own: the page never scrolls sideways on a phone. */}
      <div class="r-table-scroll" role="region" tabIndex={0} aria-labelledby="sdg-view-title">
        <table class="sdg-table">
          <thead>
            <tr>
              <th scope="col">{w.indicator}</th>
              <th scope="col">{w.value}</th>
              <th scope="col">{w.from}</th>
              <th scope="col">{w.why}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {({ ref, item }) => {
                const value = () => (item && 'value' in item.carried ? item.carried : null);
                return (
                  <tr data-sdg={ref.id} classList={{ 'sdg-carried': value() !== null }}>
                    {/* The UN's English name: marked so, for a screen reader reading the page in another language. */}
                    <th scope="row" lang="en">
                      {ref.kpi.code} {ref.def.label}
                    </th>
                    <td>
                      <Show when={value()} fallback="—">
                        {(v) => <>{`${formatNumber(v().value, props.decimal, 3)} ${ref.def.unit}`}</>}
                      </Show>
                    </td>
                    <td>
                      <Show when={item} fallback="—">
                        {(i) => (
                          <ul class="sdg-links">
                            <For each={i().from}>{(l) => <li>{`${datapointTitle(l.id)} (${w.relation[l.relation]})`}</li>}</For>
                          </ul>
                        )}
                      </Show>
                    </td>
                    <td>{value() ? '' : w.notCarried[item && 'none' in item.carried ? item.carried.none : 'unlinked']}</td>
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
