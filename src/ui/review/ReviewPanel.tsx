/**
 * The review of one data point, beside the grid: its state with the steps the cycle allows from it,
 * its query thread (ask, answer, resolve) and its evidence references. Every change is an edit sent
 * through the editing session (journal, then save), like a typed value, so nothing written is lost.
 */
import { createMemo, createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { DatapointRef } from '../../engine/framework';
import { lastChangedBy } from '../../engine/history';
import { newId } from '../../engine/ids';
import {
  basisOf,
  reviewOf,
  standingOf,
  sortThread,
  stateAfterEntry,
  transition,
  TRANSITIONS,
  type EvidenceRef,
  type ReviewState,
  type ThreadKind,
} from '../../engine/review';
import type { Edit } from '../../session';
import { fmtDateTime } from '../strings';
import { catalogueTexts } from '../strings/catalogue';
import { reviewWords } from '../strings/review';
import { HistoryList } from './HistoryList';
import { reviewStateLabel } from './state-label';

/** The name that signs review steps: typed once per browser (kept by the caller through storage). */
export function NameField(props: { name: string; onSave: (name: string) => void }): JSX.Element {
  const id = createUniqueId();
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  return (
    <Show
      when={props.name && !editing()}
      fallback={
        <form
          class="review-name"
          onSubmit={(e) => {
            e.preventDefault();
            const n = draft().trim();
            if (n) {
              props.onSave(n);
              setEditing(false);
            }
          }}
        >
          <label for={id}>{reviewWords.nameLabel}</label>{' '}
          <input
            id={id}
            value={draft()}
            maxLength={500}
            aria-describedby={`${id}-hint`}
            onInput={(e) => setDraft(e.currentTarget.value)}
            data-testid="reviewer-name"
          />{' '}
          <button type="submit">{reviewWords.nameSave}</button>
          <p id={`${id}-hint`} class="hint">
            {reviewWords.nameHint}
          </p>
        </form>
      }
    >
      <p class="hint review-name">
        {reviewWords.nameSaved(props.name)}{' '}
        <button
          type="button"
          class="link"
          onClick={() => {
            setDraft(props.name);
            setEditing(true);
          }}
        >
          {reviewWords.nameChange}
        </button>
      </p>
    </Show>
  );
}

export interface ReviewPanelProps {
  doc: AssessmentDoc;
  datapoint: DatapointRef;
  who: string;
  onWho: (name: string) => void;
  send: (edits: Edit[]) => void;
  now?: () => number;
  /** The evaluator's state of the data point (scores), which sees rejections the entry alone does not. */
  itemState?: string;
}

export function ReviewPanel(props: ReviewPanelProps): JSX.Element {
  const uid = createUniqueId();
  const now = () => (props.now ?? Date.now)();
  const [message, setMessage] = createSignal<string | null>(null);
  const [reasonOpen, setReasonOpen] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [text, setText] = createSignal('');
  const eff = createMemo(() => reviewOf(props.doc, props.datapoint));
  const thread = createMemo(() => sortThread(props.doc.threads?.[props.datapoint.id] ?? []));
  const evidence = createMemo(() => props.doc.evidence?.[props.datapoint.id] ?? []);
  const frozen = () => props.doc.frozen !== undefined;

  /** The verifier submitted this value: "Verify my own value" is offered, recorded as such when used. */
  const [selfOffer, setSelfOffer] = createSignal(false);
  /** The review edit moving to `to`, or null with the reason said. The rules are the engine's (review.ts transition). */
  const step = (to: ReviewState, extra: { reason?: string; selfVerified?: boolean; text?: string } = {}): Edit | null => {
    const r = transition(eff().state, to, props.who, now(), {
      ...extra,
      lastChangedBy: lastChangedBy(props.doc.history?.[props.datapoint.id]),
      basis: basisOf(props.doc, props.datapoint),
      standing: standingOf(props.doc, props.datapoint, props.itemState),
      previous: eff().stamp,
    });
    setSelfOffer(!r.ok && r.problem.kind === 'self-verify');
    if (!r.ok) {
      setMessage(reviewWords.problem(r.problem));
      return null;
    }
    return { kind: 'review', id: props.datapoint.id, stamp: r.stamp };
  };
  const move = (to: ReviewState, selfVerified = false) => {
    if (to === 'not-verifiable') return setReasonOpen(true);
    const e = step(to, { selfVerified });
    if (e) {
      setMessage(null);
      // Verifying again under the current catalogue vouches for the value under its new definition:
      // the catalogue change of this data point is then read (acknowledged) with the same step.
      const read: Edit[] =
        to === 'verified' && props.doc.catalogueReview?.datapoints[props.datapoint.id] ? [{ kind: 'acknowledge', id: props.datapoint.id }] : [];
      props.send([e, ...read]);
    }
  };
  const markNotVerifiable = () => {
    const e = step('not-verifiable', { reason: reason() });
    if (!e) return;
    setReasonOpen(false);
    setReason('');
    setMessage(null);
    props.send([e]);
  };
  /** A thread entry, with the state step it implies (a question queries, an answer answers) where the cycle allows it. */
  const write = (kind: ThreadKind) => {
    if (!props.who.trim()) return setMessage(reviewWords.problem({ kind: 'no-name' }));
    if (!text().trim()) return setMessage(reviewWords.emptyText);
    const at = now();
    const edits: Edit[] = [{ kind: 'thread', id: props.datapoint.id, entry: { id: newId(), kind, text: text().trim(), by: props.who.trim(), at } }];
    const to = stateAfterEntry(kind);
    if (to && to !== eff().state && TRANSITIONS[eff().state].includes(to)) {
      const e = step(to, { text: text() });
      if (e) edits.push(e);
    }
    setText('');
    setMessage(null);
    props.send(edits);
  };

  return (
    <section class="panel review-panel" aria-labelledby={`${uid}-title`} data-testid="review-panel">
      <h2 id={`${uid}-title`}>{reviewWords.panelTitle}</h2>
      <NameField name={props.who} onSave={props.onWho} />
      <p class="review-state" data-testid="review-state">
        <strong>{reviewWords.currentState}:</strong> {reviewStateLabel(eff())}
        <Show when={eff().stamp && !eff().stale}>
          {' '}
          <span class="hint">
            · {eff().stamp!.by} · {fmtDateTime(eff().stamp!.at)}
          </span>
        </Show>
        <Show when={eff().catalogue}>
          {(c) => (
            <>
              <br />
              <span class="hint" data-testid="review-catalogue">
                {catalogueTexts.verifiedUnderHint({ from: c().from, to: c().to })}
              </span>
            </>
          )}
        </Show>
        <Show when={eff().state === 'not-verifiable' && eff().stamp?.reason}>
          <br />
          {reviewWords.reasonLabel}: {eff().stamp!.reason}
        </Show>
      </p>
      <Show when={!frozen()} fallback={<p class="hint">{reviewWords.frozenNoEdit}</p>}>
        <div class="ix-buttons review-actions" role="group" aria-label={reviewWords.panelTitle}>
          {/* A query and an answer are thread entries with their text (below): one Ask and one Answer, each
              posting what was typed and moving the state, never a state change without the words. */}
          <For each={TRANSITIONS[eff().state].filter((to) => to !== 'queried' && to !== 'answered')}>
            {(to) => (
              <button type="button" onClick={() => move(to)} data-testid={`review-${to}`}>
                {reviewWords.move(to)}
              </button>
            )}
          </For>
          <Show when={selfOffer() && TRANSITIONS[eff().state].includes('verified')}>
            <button type="button" onClick={() => move('verified', true)} data-testid="review-self-verified">
              {reviewWords.selfVerify}
            </button>
          </Show>
        </div>
        <Show when={reasonOpen()}>
          <div class="review-reason">
            <label for={`${uid}-reason`}>{reviewWords.reasonLabel}</label>
            <textarea id={`${uid}-reason`} rows={2} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} data-testid="review-reason" />
            <button type="button" class="primary" onClick={markNotVerifiable}>
              {reviewWords.confirmNotVerifiable}
            </button>{' '}
            <button type="button" onClick={() => setReasonOpen(false)}>
              {reviewWords.cancel}
            </button>
          </div>
        </Show>
      </Show>
      <p role="status" aria-live="polite" class="hint review-message">
        {message()}
      </p>

      <h3 id={`${uid}-thread`}>{reviewWords.threadTitle}</h3>
      {/* The box to write in comes before the entries: a long thread never pushes Ask / Answer / Resolve
          out of the first screen (issue #24, item 5). */}
      <Show when={!frozen()}>
        <label for={`${uid}-text`}>{reviewWords.newEntry}</label>
        <textarea id={`${uid}-text`} rows={3} maxLength={10_000} value={text()} onInput={(e) => setText(e.currentTarget.value)} data-testid="thread-text" />
        <div class="ix-buttons">
          <button type="button" onClick={() => write('question')} data-testid="thread-question">
            {reviewWords.ask}
          </button>
          <button type="button" onClick={() => write('answer')} data-testid="thread-answer">
            {reviewWords.answer}
          </button>
          <button type="button" onClick={() => write('resolution')} data-testid="thread-resolution">
            {reviewWords.resolve}
          </button>
        </div>
      </Show>
      <Show when={thread().length > 0} fallback={<p class="hint">{reviewWords.threadEmpty}</p>}>
        <ThreadList entries={thread()} labelledBy={`${uid}-thread`} />
      </Show>

      <h3 id={`${uid}-history`}>{reviewWords.historyTitle}</h3>
      <HistoryList log={props.doc.history?.[props.datapoint.id]} labelledBy={`${uid}-history`} />

      <EvidenceEditor
        refs={evidence()}
        frozen={frozen()}
        onChange={(refs) => props.send([{ kind: 'evidence', id: props.datapoint.id, refs }])}
        onMessage={setMessage}
      />
    </section>
  );
}

/** A query thread as a list: kind, who and when, then the text. Also shown in "explain this number". */
export function ThreadList(props: {
  entries: readonly { id: string; kind: ThreadKind; text: string; by: string; at: number }[];
  labelledBy?: string;
}): JSX.Element {
  return (
    <ol class="thread" aria-labelledby={props.labelledBy} data-testid="thread">
      <For each={props.entries}>
        {(e) => (
          <li class={`thread-${e.kind}`}>
            <span class="thread-meta">{reviewWords.threadEntry(e.kind, e.by, fmtDateTime(e.at))}</span>
            <p class="thread-text">{e.text}</p>
          </li>
        )}
      </For>
    </ol>
  );
}

function EvidenceEditor(props: {
  refs: EvidenceRef[];
  frozen: boolean;
  onChange: (refs: EvidenceRef[]) => void;
  onMessage: (m: string | null) => void;
}): JSX.Element {
  const uid = createUniqueId();
  const empty = { title: '', location: '', page: '', date: '' };
  const [draft, setDraft] = createSignal({ ...empty });
  const add = () => {
    const d = draft();
    if (!d.title.trim()) return props.onMessage(reviewWords.evidenceNeedsTitle);
    const ref: EvidenceRef = { id: newId(), title: d.title.trim(), location: d.location.trim() };
    if (d.page.trim()) ref.page = d.page.trim();
    if (d.date.trim()) ref.date = d.date.trim();
    props.onMessage(null);
    setDraft({ ...empty });
    props.onChange([...props.refs, ref]);
  };
  const field = (key: keyof typeof empty, type = 'text') => (
    <label class="evidence-field">
      {reviewWords.evidenceFields[key]}{' '}
      <input
        type={type}
        maxLength={key === 'location' ? 10_000 : 500}
        value={draft()[key]}
        onInput={(e) => setDraft({ ...draft(), [key]: e.currentTarget.value })}
        data-testid={`evidence-${key}`}
      />
    </label>
  );
  return (
    <>
      <h3 id={`${uid}-title`}>{reviewWords.evidenceTitle}</h3>
      <Show when={props.refs.length > 0} fallback={<p class="hint">{reviewWords.evidenceEmpty}</p>}>
        <ul class="evidence" aria-labelledby={`${uid}-title`} data-testid="evidence">
          <For each={props.refs}>
            {(r) => (
              <li>
                <EvidenceLine item={r} />
                <Show when={!props.frozen}>
                  {' '}
                  <button
                    type="button"
                    class="link"
                    aria-label={reviewWords.evidenceRemove(r.title)}
                    onClick={() => props.onChange(props.refs.filter((x) => x.id !== r.id))}
                  >
                    ✕
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!props.frozen}>
        <fieldset class="evidence-form">
          <legend>{reviewWords.evidenceAdd}</legend>
          {field('title')}
          {field('location')}
          {field('page')}
          {field('date', 'date')}
          <button type="button" onClick={add} data-testid="evidence-add">
            {reviewWords.evidenceAdd}
          </button>
        </fieldset>
        <p class="hint">{reviewWords.evidenceNote}</p>
      </Show>
    </>
  );
}

/** One reference: a link when its location is an http(s) URL (opened in a new tab, no referrer), otherwise text. */
export function EvidenceLine(props: { item: EvidenceRef }): JSX.Element {
  const isUrl = () => /^https?:\/\//i.test(props.item.location);
  return (
    <span class="evidence-line">
      <Show when={isUrl()} fallback={reviewWords.evidenceLine(props.item.title, props.item.location, props.item.page ?? '', props.item.date ?? '')}>
        <a href={props.item.location} target="_blank" rel="noopener noreferrer">
          {props.item.title}
        </a>
        {reviewWords.evidenceLine('', '', props.item.page ?? '', props.item.date ?? '')
          ? ` · ${reviewWords.evidenceLine('', '', props.item.page ?? '', props.item.date ?? '')}`
          : ''}
      </Show>
    </span>
  );
}
