import { createEffect, createSignal, createUniqueId, For, on, Show, type JSX } from 'solid-js';
import type { DecimalStyle } from '../../engine/parse';
import type { Direction, OwnTarget } from '../../engine/types';
import { formatInput, formatNumber } from '../format';
import { timeWords } from '../strings/time';
import { FIELDS, LABEL, readOwnTargetForm, YEARS, type Field } from './own-target-form';

/**
 * The city's own target, deadline and baseline of the selected data point, entered in the explain
 * panel beside the reference target (which the panel shows above, with its source). Saving sends one
 * `own-target` edit; a frozen assessment shows them read-only.
 */
export function OwnTargetForm(props: {
  id: string;
  own: OwnTarget | undefined;
  direction: Direction;
  unit: string;
  decimal: DecimalStyle;
  readOnly: boolean;
  onSave: (own: OwnTarget | null) => void;
}): JSX.Element {
  const uid = createUniqueId();
  const text = (own: OwnTarget | undefined, f: Field) => {
    const v = own?.[f];
    return v === undefined ? '' : YEARS.has(f) ? String(v) : formatInput(v, props.decimal);
  };
  const [texts, setTexts] = createSignal<Record<Field, string>>({ target: '', deadline: '', baseline: '', baselineYear: '' });
  const [problems, setProblems] = createSignal<string[]>([]);
  const [status, setStatus] = createSignal('');
  // A new data point, or the stored own target changed (another tab, undo): the form shows it.
  createEffect(
    on(
      () => [props.id, JSON.stringify(props.own ?? null)],
      () => {
        setTexts({
          target: text(props.own, 'target'),
          deadline: text(props.own, 'deadline'),
          baseline: text(props.own, 'baseline'),
          baselineYear: text(props.own, 'baselineYear'),
        });
        setProblems([]);
      },
    ),
  );
  createEffect(
    on(
      () => props.id,
      () => setStatus(''),
    ),
  );
  const save = (e: Event) => {
    e.preventDefault();
    const read = readOwnTargetForm(texts(), props.decimal, props.direction);
    if (!read.ok) {
      setProblems(read.problems);
      setStatus('');
      return;
    }
    setProblems([]);
    props.onSave(read.own);
    setStatus(read.own ? timeWords.ownSaved : timeWords.ownRemoved);
  };
  const remove = () => {
    setProblems([]);
    props.onSave(null);
    setStatus(timeWords.ownRemoved);
  };
  const summary = () => {
    const o = props.own;
    if (!o) return timeWords.ownNone;
    const n = (v: number | undefined) =>
      v === undefined ? null : `${formatNumber(v, props.decimal, 3)}${props.unit && props.unit !== 'number' ? ` ${props.unit}` : ''}`;
    return timeWords.ownSummary(props.direction === 'yesno' ? null : n(o.target), o.deadline ?? null, n(o.baseline), o.baselineYear ?? null);
  };
  return (
    <section class="own-target" aria-labelledby={`${uid}-title`} data-testid="own-target">
      <h4 id={`${uid}-title`}>{timeWords.ownTitle}</h4>
      <p class="own-target-summary" data-testid="own-target-summary">
        {summary()}
      </p>
      <Show when={!props.readOnly} fallback={<p class="hint">{timeWords.ownReadOnly}</p>}>
        <p class="hint" id={`${uid}-hint`}>
          {timeWords.ownHint}
        </p>
        <form class="own-target-form" onSubmit={save} aria-describedby={`${uid}-hint`}>
          <For each={FIELDS}>
            {(f) => (
              <Show when={!(f === 'target' && props.direction === 'yesno')} fallback={<p class="hint">{timeWords.ownYesNoTarget}</p>}>
                <label for={`${uid}-${f}`}>
                  {LABEL[f]()}
                  <Show when={f !== 'deadline' && f !== 'baselineYear' && props.unit && props.unit !== 'number'}> ({props.unit})</Show>
                </label>
                <input
                  id={`${uid}-${f}`}
                  name={f}
                  type="text"
                  inputmode={YEARS.has(f) ? 'numeric' : 'decimal'}
                  autocomplete="off"
                  value={texts()[f]}
                  aria-invalid={problems().some((p) => p.startsWith(LABEL[f]())) || undefined}
                  onInput={(e) => setTexts({ ...texts(), [f]: e.currentTarget.value })}
                />
              </Show>
            )}
          </For>
          <div class="own-target-actions">
            <button type="submit">{timeWords.ownSave}</button>
            <Show when={props.own}>
              <button type="button" onClick={remove}>
                {timeWords.ownRemove}
              </button>
            </Show>
          </div>
        </form>
        <Show when={problems().length > 0}>
          <ul class="own-target-problems" role="alert">
            <For each={problems()}>{(p) => <li>{p}</li>}</For>
          </ul>
        </Show>
        <p class="own-target-status" role="status">
          {status()}
        </p>
      </Show>
    </section>
  );
}
