/**
 * An assessment's local KPIs (issue #30, assessment format 9): the KPIs of the user's own framework
 * file (stored in this browser by the library's framework editor) scored beside the U4SSC ones. Each
 * shows its named inputs to type, its value, target and achievement with the engine's flags, and its
 * formula, target basis and source. The assessment offers to score them when the stored framework has
 * local KPIs; a file naming a framework this browser does not hold is said so, its values kept unscored.
 * The scoring is engine/local-kpis.ts; the edits are session/local-edits.ts, saved like any edit.
 */
import { createMemo, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { DatapointRef } from '../../engine/framework';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { indexHeld, localDatapoints, localKpis, refOf } from '../../engine/local-kpis';
import { parseNumber, type DecimalStyle } from '../../engine/parse';
import type { ItemResult, NumInput, ValueEntry } from '../../engine/types';
import type { Edit } from '../../session';
import type { WorkbenchDb } from '../../storage/db';
import { flagMessage, formatNumber, formatPercent } from '../format';
import { shellWords } from '../strings';
import { profileLabelOf } from '../strings/kpi-names';
import { frameworkEditor } from '../messages/compiled/framework-editor';
import { localKpis as localWords } from '../messages/compiled/local-kpis';
import { heldFramework } from './held';

type Slot = 'numerator' | 'denominator' | 'value';

/** The inputs a data point's entry holds, by the field they are stored in, with what is counted. */
export function inputSlots(d: DatapointRef): { field: Slot; label: string }[] {
  const f = d.def.formula;
  if (f.kind === 'formula') return f.inputs.slice(0, 2).map((x, k) => ({ field: k === 0 ? 'numerator' : 'denominator', label: x.label }));
  if (f.kind === 'ratio')
    return [{ field: 'numerator', label: f.numerator }, ...('input' in f.denominator ? [{ field: 'denominator' as const, label: f.denominator.input }] : [])];
  return [{ field: 'value', label: shellWords.columns.value }];
}

/** The formula as read: a local formula as written, a ratio as its division. */
function formulaText(d: DatapointRef, decimal: DecimalStyle): string {
  const f = d.def.formula;
  if (f.kind === 'formula') return f.expression;
  if (f.kind !== 'ratio') return shellWords.columns.value;
  const under = 'profile' in f.denominator ? profileLabelOf(f.denominator.profile) : f.denominator.input;
  return `${f.numerator} ÷ ${under}${f.multiplier === 1 ? '' : ` × ${formatNumber(f.multiplier, decimal)}`}`;
}

/** The achievement and the item's state, or the state alone where nothing is scored. */
const achievementText = (item: ItemResult, decimal: DecimalStyle): string =>
  item.achievement === null ? shellWords.itemState[item.state] : `${formatPercent(item.achievement * 100, decimal)} · ${shellWords.itemState[item.state]}`;

const shown = (v: NumInput | undefined): string => (v === undefined || v === null ? '' : String(v));

export function LocalKpis(props: { db: WorkbenchDb; doc: AssessmentDoc; decimal: DecimalStyle; send: (edits: Edit[]) => void }): JSX.Element {
  // undefined: not read yet; null: no framework file stored (or one that no longer reads).
  const held = heldFramework(props.db);
  const w = () => localWords;
  const state = createMemo(() => {
    const h = held();
    return h === undefined ? null : localKpis(props.doc, h, u4ssc);
  });
  const offered = createMemo(() => {
    const h = held();
    if (!h || props.doc.localFramework) return null;
    const n = localDatapoints(indexHeld(h).fw, u4ssc).length;
    return n > 0 ? { h, n } : null;
  });
  const frozen = () => props.doc.frozen !== undefined;

  const commit = (id: string, field: Slot, text: string) => {
    const t = text.trim();
    let value: ValueEntry[Slot];
    if (t === '') value = undefined;
    else {
      const n = parseNumber(t, props.decimal);
      // Text that is not a number is kept as typed and flagged by the engine, as in the grid.
      value = n.ok ? n.value : t;
    }
    if (shown(props.doc.localValues?.[id]?.[field]) === shown(value)) return;
    props.send([{ kind: 'local-value', id, field, value }]);
  };

  // `item` is read anew on every score: the row itself is kept while the data point stays.
  const row = (d: DatapointRef, item: () => ItemResult, targets: ReturnType<typeof indexHeld>['targets']) => {
    const t = targets.byId.get(d.id);
    const entry = () => props.doc.localValues?.[d.id] ?? {};
    const title = `${d.kpi.code} · ${d.def.label || d.kpi.name}`;
    return (
      <li class="local-kpi" data-testid={`local-kpi-${d.kpi.code}`}>
        <h4>
          {title} <span class="hint">({d.def.unit})</span>
        </h4>
        <fieldset disabled={frozen()}>
          <legend class="visually-hidden">{w().inputsOf(d.kpi.code)}</legend>
          <For each={inputSlots(d)}>
            {(slot) => {
              const inputId = `local-${d.index}-${slot.field}`;
              return (
                <p>
                  <label for={inputId}>{slot.label}</label>{' '}
                  <input
                    id={inputId}
                    inputMode="decimal"
                    value={shown(entry()[slot.field])}
                    onChange={(e) => commit(d.id, slot.field, e.currentTarget.value)}
                  />
                </p>
              );
            }}
          </For>
        </fieldset>
        <dl class="local-kpi-result" data-testid={`local-kpi-result-${d.kpi.code}`}>
          <dt>{shellWords.columns.computed}</dt>
          <dd>{item().value === null ? '—' : `${formatNumber(item().value, props.decimal, 3)} ${d.def.unit}`}</dd>
          <dt>{shellWords.columns.target}</dt>
          <dd>
            {item().target === null ? w().noTarget : formatNumber(item().target, props.decimal, 3)}
            {t?.basis ? ` (${w().basis[t.basis]})` : ''}
            {t?.source ? ` · ${t.source}` : ''}
          </dd>
          <dt>{shellWords.columns.achievement}</dt>
          <dd>{achievementText(item(), props.decimal)}</dd>
          <dt>{w().formula}</dt>
          <dd>
            <code>{formulaText(d, props.decimal)}</code>
          </dd>
        </dl>
        <Show when={t?.rationale}>
          <p class="hint">{t!.rationale}</p>
        </Show>
        <Show when={item().flags.length > 0}>
          <ul class="local-kpi-flags">
            <For each={item().flags}>{(f) => <li class={f.level === 'error' ? 'field-error' : 'hint'}>{flagMessage(f, props.decimal)}</li>}</For>
          </ul>
        </Show>
      </li>
    );
  };

  return (
    <Show when={state()}>
      {(s) => (
        <>
          <Show when={offered()}>
            {(o) => (
              <section class="local-kpis" aria-labelledby="local-kpis-offer">
                <p id="local-kpis-offer">{w().offer(o().h.data.name, o().n)}</p>
                <button type="button" disabled={frozen()} onClick={() => props.send([{ kind: 'local-framework', ref: refOf(o().h) }])}>
                  {w().use}
                </button>
              </section>
            )}
          </Show>
          <Show when={s().kind === 'not-held' && s()}>
            {(n) => (
              <section class="local-kpis" role="status" data-testid="local-kpis-not-held">
                <p>
                  {(() => {
                    const x = n() as Extract<ReturnType<typeof state> & object, { kind: 'not-held' }>;
                    const other = x.held ? ` ${w().holdsOther(x.held.id, x.held.version)}` : '';
                    return `${w().notHeld(x.ref.name ?? x.ref.id, x.ref.id, x.ref.version, x.kept.length)}${other} ${w().howToHold(frameworkEditor.title)}`;
                  })()}
                </p>
              </section>
            )}
          </Show>
          <Show when={s().kind === 'scored' && s()}>
            {(sc) => {
              const x = () => sc() as Extract<ReturnType<typeof state> & object, { kind: 'scored' }>;
              return (
                <section class="local-kpis" aria-labelledby="local-kpis-title" data-testid="local-kpis">
                  <h3 id="local-kpis-title">{w().title(x().ref.name ?? x().ref.id)}</h3>
                  <ul>
                    <For each={x().local}>{(d, i) => row(d, () => x().items[i()], x().targets)}</For>
                  </ul>
                  <Show when={x().orphans.length > 0}>
                    <p class="hint">{w().orphans(x().orphans.length)}</p>
                  </Show>
                  <p>
                    <button type="button" disabled={frozen()} onClick={() => props.send([{ kind: 'local-framework', ref: null }])}>
                      {w().stop}
                    </button>{' '}
                    <span class="hint">{w().stopHelp}</span>
                  </p>
                </section>
              );
            }}
          </Show>
        </>
      )}
    </Show>
  );
}
