/**
 * Method comparison: every aggregate under U4SSC points, continuous capped achievement and goalposts,
 * with the rows whose band depends on the method marked in words; and the exclusion effect.
 * Computed in this thread from the engine's pure functions (a few full scores, a few milliseconds).
 */
import { createMemo, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { compareMethods, exclusionEffect, GOALPOST_RULES, METHOD_IDS, type MethodResult } from '../../engine/methods';
import type { Direction } from '../../engine/types';
import type { DecimalStyle } from '../../engine/parse';
import { datapointCode, datapointName, fmtPercent } from '../results/format';
import { bandName } from '../results/palette';
import { shellWords } from '../strings';
import { workshopWords } from '../strings/workshop';
import { TableHead } from '../results/table-head';
import { catalogueName } from '../strings/kpi-names';

const DIRECTIONS = Object.keys(GOALPOST_RULES) as Direction[];

export function Methods(props: { doc: AssessmentDoc; decimal: DecimalStyle }): JSX.Element {
  const rows = createMemo(() => compareMethods(u4ssc, referenceTargets, props.doc));
  const exclusions = createMemo(() => exclusionEffect(u4ssc, referenceTargets, props.doc));
  const cell = (r: MethodResult) =>
    r.percent === null ? shellWords.notScored : workshopWords.percentBand(fmtPercent(r.percent, props.decimal), bandName(r.band));
  const label = (code: string, name: string) => (code === 'overall' ? shellWords.overall : `${code} ${catalogueName('group', code, name)}`);
  return (
    <section class="ws-section" aria-labelledby="ws-methods-title" data-testid="methods">
      <h3 id="ws-methods-title">{workshopWords.methodsTitle}</h3>
      <p class="hint">{workshopWords.methodsHint}</p>
      <div class="ws-table-wrap">
        <table class="ws-table">
          <thead>
            <tr>
              <th scope="col">{workshopWords.colAggregate}</th>
              <For each={METHOD_IDS}>{(m) => <th scope="col">{workshopWords.methodName[m]}</th>}</For>
              <th scope="col">{workshopWords.colDiffers}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(r) => (
                <tr data-code={r.code} classList={{ 'ws-band-changed': r.differs, [`ws-level-${r.level}`]: true }}>
                  <th scope="row">{label(r.code, r.name)}</th>
                  <For each={METHOD_IDS}>{(m) => <td>{cell(r.byMethod[m])}</td>}</For>
                  <td>{r.differs ? <strong>{workshopWords.bandsDiffer}</strong> : workshopWords.bandsAgree}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <h4 id="ws-goalposts-title">{workshopWords.goalpostsTitle}</h4>
      <p class="hint" data-testid="goalposts-caveat">
        {workshopWords.goalpostsCaveat}
      </p>
      <div class="ws-table-wrap">
        <table class="ws-table" aria-labelledby="ws-goalposts-title" data-testid="goalposts">
          <TableHead columns={[workshopWords.colDirection, workshopWords.colBest, workshopWords.colWorst, workshopWords.colBasis]} />
          <tbody>
            <For each={DIRECTIONS}>
              {(d) => {
                const rule = GOALPOST_RULES[d];
                return (
                  <tr data-direction={d}>
                    <th scope="row">{workshopWords.directionName[d]}</th>
                    <td>{workshopWords.goalpostBest[rule.best]}</td>
                    <td>{workshopWords.goalpostWorst[rule.worst]}</td>
                    <td>{workshopWords.goalpostBasisPair(workshopWords.goalpostBasis[rule.bestBasis], workshopWords.goalpostBasis[rule.worstBasis])}</td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </div>
      <h4>{workshopWords.exclusionTitle}</h4>
      <p class="hint">{workshopWords.exclusionHint}</p>
      <Show when={exclusions().length > 0} fallback={<p>{workshopWords.exclusionNone}</p>}>
        <ul class="ws-exclusions" data-testid="exclusions">
          <For each={exclusions()}>
            {(e) => {
              const ref = u4ssc.byId.get(e.id)!;
              return (
                <li data-id={e.id}>
                  {workshopWords.exclusionLine(`${datapointCode(ref)} ${datapointName(ref)}`)}{' '}
                  {e.changes.map((c) => workshopWords.exclusionChange(label(c.code, c.name), cell(c.before), cell(c.after))).join('; ')}
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
