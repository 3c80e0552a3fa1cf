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
import { sdg11, sdg11IndicatorName, SDG11_NAME_LANGS } from '../../engine/frameworks/sdg11';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { formatNumber } from '../format';
import { sdg } from '../messages/compiled/sdg';
import { datapointTitle } from '../strings/kpi-names';
import { currentLanguage } from '../strings/language';

export function SdgView(props: { input: AssessmentInput; scores: Scores; decimal: DecimalStyle }): JSX.Element {
  const w = sdg;
  const carried = createMemo(() => carryAcross(U4SSC_SDG11, u4ssc, props.scores, props.input, sdg11));
  const rows = createMemo(() => {
    const byId = new Map(carried().coverage.items.map((i) => [i.id, i]));
    return sdg11.datapoints.map((ref) => ({ ref, item: byId.get(ref.id) }));
  });
  const translated = () => (SDG11_NAME_LANGS as readonly string[]).includes(currentLanguage());
  const name = (code: string) => sdg11IndicatorName(code, currentLanguage());
  const keptInEnglish = () =>
    sdg11.data.kpis
      .map((k) => k.code)
      .filter((code) => name(code).lang === 'en')
      .join(', ');
  return (
    <section class="sdg-view" aria-labelledby="sdg-view-title">
      <h2 id="sdg-view-title">{w.title}</h2>
      <p class="hint">{w.help}</p>
      {/* The names are the UN's official translations where one was read (sdg11.names.json, with its
          source); a language without them says the names are the UN's English ones (#30). */}
      <Show when={currentLanguage() !== 'en'}>
        <Show
          when={translated()}
          fallback={
            <p class="hint" data-testid="sdg-names-english">
              {w.namesInEnglish}
            </p>
          }
        >
          <p class="hint" data-testid="sdg-names-source">
            {w.namesTranslated({ codes: keptInEnglish() })}
          </p>
        </Show>
      </Show>
      <p data-testid="sdg-coverage">{w.coverage(carried().coverage)}</p>
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
                    {/* The UN's name in its language (the translation, else English), marked so for a screen
                        reader; a KPI of several data points names the data point too (PM2.5, PM10). */}
                    <th scope="row" lang={name(ref.kpi.code).lang}>
                      {ref.kpi.code} {name(ref.kpi.code).text}
                      {ref.kpi.datapoints.length > 1 ? ` (${ref.def.label})` : ''}
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
