/**
 * Recommendations (the verifier's, per data point, category or dimension) and the action plan (the
 * city's: owner, deadline, status, the data points an action should move and the band it aims for).
 * Every change is an edit through the editing session.
 */
import { createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { Framework } from '../../engine/framework';
import { newId } from '../../engine/ids';
import { ACTION_STATUSES, REC_SCOPES, type Action, type ActionStatus, type RecScope } from '../../engine/review';
import type { Edit } from '../../session';
import { dpCode } from '../grid/columns';
import { fmtDateTime } from '../strings';
import { reviewWords } from '../strings/review';
import { ActionTableHead } from './action-head';
import { ItemPicker } from '../picker/ItemPicker';
import { exactItem, pickItems } from '../picker/items';

export function ActionsPanel(props: { fw: Framework; doc: AssessmentDoc; who: string; send: (edits: Edit[]) => void }): JSX.Element {
  const uid = createUniqueId();
  const [message, setMessage] = createSignal<string | null>(null);
  const [scope, setScope] = createSignal<RecScope>('datapoint');
  /** The recommendation's data point, category or dimension, as picked, and what is typed in its box. */
  const [target, setTarget] = createSignal<string | null>(null);
  const [targetText, setTargetText] = createSignal('');
  const [recText, setRecText] = createSignal('');
  const emptyAction = { title: '', owner: '', deadline: '', status: 'planned' as ActionStatus, datapoints: [] as string[], band: '', recommendation: '' };
  /** What is typed in the action's data-point box and not yet picked. */
  const [dpText, setDpText] = createSignal('');
  /** Counts the actions added here: each empties the data-point box. */
  const [dpReset, setDpReset] = createSignal(0);
  const [action, setAction] = createSignal({ ...emptyAction });
  const frozen = () => props.doc.frozen !== undefined;
  const codeOf = (id: string) => {
    const ref = props.fw.byId.get(id);
    return ref ? dpCode(ref) : id;
  };

  const addRecommendation = () => {
    if (!props.who.trim()) return setMessage(reviewWords.problem({ kind: 'no-name' }));
    if (!recText().trim()) return setMessage(reviewWords.emptyText);
    const t = target() ?? exactItem(pickItems(props.fw, scope()), targetText())?.id;
    if (!t) return setMessage(reviewWords.unknownCodes(targetText().trim() || '""'));
    const id = newId();
    props.send([{ kind: 'recommendation', id, item: { id, scope: scope(), target: t, text: recText().trim(), by: props.who.trim(), at: Date.now() } }]);
    setRecText('');
    setTarget(null);
    setMessage(null);
  };

  const addAction = () => {
    const a = action();
    if (!a.title.trim()) return setMessage(reviewWords.actionNeedsTitle);
    // A code typed whole but not picked with Enter counts; any other text left in the box is said, not dropped.
    const typed = dpText().trim();
    const more = typed ? exactItem(pickItems(props.fw, 'datapoint'), typed)?.id : undefined;
    if (typed && !more) return setMessage(reviewWords.unknownCodes(typed));
    const datapoints = more && !a.datapoints.includes(more) ? [...a.datapoints, more] : a.datapoints;
    const id = newId();
    const item: Action = {
      id,
      title: a.title.trim(),
      owner: a.owner.trim(),
      deadline: a.deadline,
      status: a.status,
      datapoints,
      at: Date.now(),
      ...(a.recommendation && { recommendation: a.recommendation }),
      ...(a.band && { aimedBand: Number(a.band) as Action['aimedBand'] }),
    };
    props.send([{ kind: 'action', id, item }]);
    setAction({ ...emptyAction });
    setDpReset((k) => k + 1);
    setMessage(null);
  };
  const changeStatus = (a: Action, status: ActionStatus) => props.send([{ kind: 'action', id: a.id, item: { ...a, status, at: Date.now() } }]);

  return (
    <section class="panel actions-panel" aria-labelledby={`${uid}-title`} data-testid="actions-panel">
      <h3 id={`${uid}-title`}>{reviewWords.recsTitle}</h3>
      <p class="hint">{reviewWords.recsHint}</p>
      <Show when={(props.doc.recommendations ?? []).length > 0} fallback={<p class="hint">{reviewWords.recNone}</p>}>
        <ul data-testid="recommendations">
          <For each={props.doc.recommendations}>
            {(r) => (
              <li>
                <span class="hint">
                  {reviewWords.recLine(reviewWords.scope(r.scope), r.scope === 'datapoint' ? codeOf(r.target) : r.target, r.by, fmtDateTime(r.at))}
                </span>
                <br />
                {r.text}{' '}
                <Show when={!frozen()}>
                  <button
                    type="button"
                    class="link"
                    onClick={() =>
                      setAction({
                        ...emptyAction,
                        title: r.text.slice(0, 200),
                        recommendation: r.id,
                        datapoints: r.scope === 'datapoint' ? [r.target] : [],
                      })
                    }
                  >
                    {reviewWords.actionFromRec}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!frozen()}>
        <fieldset class="rec-form">
          <legend>{reviewWords.recAdd}</legend>
          <label>
            {reviewWords.recScope}{' '}
            <select
              value={scope()}
              onChange={(e) => {
                setScope(e.currentTarget.value as RecScope);
                setTarget(null);
              }}
              data-testid="rec-scope"
            >
              <For each={REC_SCOPES}>{(s) => <option value={s}>{reviewWords.scope(s)}</option>}</For>
            </select>
          </label>{' '}
          <ItemPicker
            label={reviewWords.recTarget}
            items={() => pickItems(props.fw, scope())}
            picked={target()}
            onPick={setTarget}
            onText={setTargetText}
            testid="rec-target"
          />
          <label class="block">
            {reviewWords.recText}
            <textarea rows={2} maxLength={10_000} value={recText()} onInput={(e) => setRecText(e.currentTarget.value)} data-testid="rec-text" />
          </label>
          <button type="button" onClick={addRecommendation} data-testid="rec-add">
            {reviewWords.recAdd}
          </button>
        </fieldset>
      </Show>

      <h4>{reviewWords.actionsTitle}</h4>
      <Show when={(props.doc.actions ?? []).length > 0} fallback={<p class="hint">{reviewWords.actionNone}</p>}>
        <table class="summary-table" data-testid="actions">
          <ActionTableHead />
          <tbody>
            <For each={props.doc.actions}>
              {(a) => (
                <tr data-id={a.id}>
                  <th scope="row">
                    {a.title}
                    <Show when={a.carriedFrom}> ({reviewWords.carried(a.carriedFrom!.year)})</Show>
                  </th>
                  <td>{a.owner}</td>
                  <td>{a.deadline}</td>
                  <td>
                    <select
                      value={a.status}
                      disabled={frozen()}
                      aria-label={`${reviewWords.actionFields.status}: ${a.title}`}
                      onChange={(e) => changeStatus(a, e.currentTarget.value as ActionStatus)}
                    >
                      <For each={ACTION_STATUSES}>{(s) => <option value={s}>{reviewWords.actionStatus(s)}</option>}</For>
                    </select>
                  </td>
                  <td>{a.datapoints.map(codeOf).join('; ')}</td>
                  <td>{a.aimedBand ? reviewWords.band(a.aimedBand) : reviewWords.noBand}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={!frozen()}>
        <fieldset class="action-form">
          <legend>{reviewWords.actionAdd}</legend>
          <label>
            {reviewWords.actionFields.title}{' '}
            <input
              value={action().title}
              maxLength={10_000}
              onInput={(e) => setAction({ ...action(), title: e.currentTarget.value })}
              data-testid="action-title"
            />
          </label>{' '}
          <label>
            {reviewWords.actionFields.owner}{' '}
            <input
              value={action().owner}
              maxLength={500}
              onInput={(e) => setAction({ ...action(), owner: e.currentTarget.value })}
              data-testid="action-owner"
            />
          </label>{' '}
          <label>
            {reviewWords.actionFields.deadline}{' '}
            <input
              type="date"
              value={action().deadline}
              onInput={(e) => setAction({ ...action(), deadline: e.currentTarget.value })}
              data-testid="action-deadline"
            />
          </label>{' '}
          <label>
            {reviewWords.actionFields.status}{' '}
            <select value={action().status} onChange={(e) => setAction({ ...action(), status: e.currentTarget.value as ActionStatus })}>
              <For each={ACTION_STATUSES}>{(s) => <option value={s}>{reviewWords.actionStatus(s)}</option>}</For>
            </select>
          </label>{' '}
          <span class="action-datapoints">
            <ItemPicker
              label={reviewWords.actionFields.datapoints}
              items={() => pickItems(props.fw, 'datapoint')}
              picked={null}
              clearOnPick
              onPick={(id) => {
                if (id && !action().datapoints.includes(id)) setAction({ ...action(), datapoints: [...action().datapoints, id] });
              }}
              onText={setDpText}
              reset={dpReset()}
              testid="action-datapoints"
            />
            <Show when={action().datapoints.length > 0}>
              <ul class="picked-list" aria-label={reviewWords.actionFields.datapoints} data-testid="action-datapoints-picked">
                <For each={action().datapoints}>
                  {(id) => (
                    <li>
                      {codeOf(id)}{' '}
                      <button
                        type="button"
                        class="link"
                        aria-label={reviewWords.pickRemove(codeOf(id))}
                        onClick={() => setAction({ ...action(), datapoints: action().datapoints.filter((x) => x !== id) })}
                      >
                        ×
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </span>{' '}
          <label>
            {reviewWords.actionFields.band}{' '}
            <select value={action().band} onChange={(e) => setAction({ ...action(), band: e.currentTarget.value })} data-testid="action-band">
              <option value="">{reviewWords.noBand}</option>
              <For each={[1, 2, 3, 4]}>{(b) => <option value={String(b)}>{reviewWords.band(b)}</option>}</For>
            </select>
          </label>{' '}
          <button type="button" onClick={addAction} data-testid="action-add">
            {reviewWords.actionAdd}
          </button>
        </fieldset>
      </Show>
      <p role="status" aria-live="polite" class="hint">
        {message()}
      </p>
    </section>
  );
}
