/**
 * The Review view: where the review of the open assessment stands. Counts per review state, "submit
 * all drafts", then the open queries and the data points not yet verified, grouped by category with
 * their counts; each data point opens in the grid with its review panel.
 */
import { createMemo, createResource, createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { DatapointRef, Framework } from '../../engine/framework';
import { countStates, REVIEW_STATES, reviewRows, sortThread, standingOf, transition, VERIFIABLE, type ReviewRow } from '../../engine/review';
import type { Edit } from '../../session';
import { dpCode, dpName } from '../grid/columns';
import { reviewWords } from '../strings/review';
import { fmtDateTime } from '../strings';
import { checkFingerprint, groupedFingerprint } from '../../engine/fingerprint';
import { NameField } from './ReviewPanel';
import { ActionsPanel } from './Actions';
import { reviewStateLabel } from './state-label';
import { ItemPicker } from '../picker/ItemPicker';
import { pickItems } from '../picker/items';
import { catalogueName } from '../strings/kpi-names';

export interface ReviewViewProps {
  fw: Framework;
  doc: AssessmentDoc;
  who: string;
  onWho: (name: string) => void;
  send: (edits: Edit[]) => void;
  /** Opens a data point in the grid. */
  onSelect: (id: string) => void;
  /** Said after "submit all". */
  onNotice: (text: string) => void;
  /** Freezes the assessment (its fingerprint is computed by the caller). */
  onFreeze: () => void;
  /** Starts a new, editable version of a frozen assessment and opens it. */
  onNewVersion: () => void;
  /** The evaluator's state of a data point (scores), which sees rejections the entry alone does not. */
  itemState?: (id: string) => string | undefined;
  /** Further sections (recommendations and actions). */
  children?: JSX.Element;
}

interface Group {
  code: string;
  name: string;
  rows: { row: ReviewRow; ref: DatapointRef }[];
}

function byCategory(fw: Framework, rows: readonly ReviewRow[]): Group[] {
  const groups = new Map<string, Group>();
  const names = new Map<string, string>();
  for (const d of fw.data.dimensions)
    for (const s of d.subdimensions)
      for (const c of s.categories) {
        const code = `${d.code}: ${s.code}: ${c.code}`;
        names.set(code, catalogueName('group', code, c.name));
      }
  for (const row of rows) {
    const ref = fw.byId.get(row.id)!;
    const code = ref.path.category;
    const g = groups.get(code) ?? { code, name: names.get(code) ?? '', rows: [] };
    g.rows.push({ row, ref });
    groups.set(code, g);
  }
  return [...groups.values()];
}

export default function ReviewView(props: ReviewViewProps): JSX.Element {
  const uid = createUniqueId();
  const rows = createMemo(() => reviewRows(props.doc, props.fw.datapoints));
  const counts = createMemo(() => countStates(rows()));
  const open = createMemo(() =>
    byCategory(
      props.fw,
      rows().filter((r) => r.openQuery),
    ),
  );
  const unverified = createMemo(() =>
    byCategory(
      props.fw,
      rows().filter((r) => r.state !== 'verified' && r.state !== 'not-verifiable'),
    ),
  );
  const total = (groups: Group[]) => groups.reduce((n, g) => n + g.rows.length, 0);
  const frozen = () => props.doc.frozen !== undefined;

  const standing = (id: string) => standingOf(props.doc, props.fw.byId.get(id)!, props.itemState?.(id));
  /** Drafts that cannot be submitted (empty or rejected), listed before the button; "submit all" leaves them. */
  const notSubmittable = createMemo(() => rows().filter((r) => r.state === 'draft' && !VERIFIABLE.has(standing(r.id))));
  const submittable = createMemo(() => rows().filter((r) => r.state === 'draft' && VERIFIABLE.has(standing(r.id))));
  const [asking, setAsking] = createSignal(false);
  /** What a freeze would seal, shown before it is confirmed. */
  const freezeSummary = () => {
    const all = rows();
    return reviewWords.freezeSummary(
      counts().verified,
      all.filter((r) => r.state !== 'verified').length,
      all.filter((r) => standing(r.id) === 'rejected').length,
      all.filter((r) => r.openQuery).length,
    );
  };

  const submitAll = () => {
    const at = Date.now();
    const edits: Edit[] = [];
    for (const r of submittable()) {
      const t = transition('draft', 'submitted', props.who, at, { standing: standing(r.id) });
      if (!t.ok) return props.onNotice(reviewWords.problem(t.problem));
      edits.push({ kind: 'review', id: r.id, stamp: t.stamp });
    }
    if (edits.length > 0) props.send(edits);
    props.onNotice(reviewWords.submitted(edits.length));
  };

  const lastQuestion = (id: string) => [...sortThread(props.doc.threads?.[id] ?? [])].reverse().find((e) => e.kind === 'question')?.text ?? '';

  const list = (groups: Group[], withQuestion: boolean, testid: string) => (
    <div data-testid={testid}>
      <For each={groups}>
        {(g) => (
          <section class="review-group">
            <h4>{reviewWords.categoryCount(g.code, g.name, g.rows.length)}</h4>
            <ul>
              <For each={g.rows}>
                {({ row, ref }) => (
                  <li data-id={row.id}>
                    <button type="button" class="link" onClick={() => props.onSelect(row.id)} aria-label={reviewWords.open(dpCode(ref))}>
                      {dpCode(ref)}
                    </button>{' '}
                    {dpName(ref)} · <span class="review-state-text">{reviewStateLabel(row)}</span>
                    <Show when={withQuestion && lastQuestion(row.id)}>
                      <br />
                      <span class="hint">
                        {reviewWords.lastQuestion}: {lastQuestion(row.id)}
                      </span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </div>
  );

  return (
    <div class="review-view">
      <section class="panel" aria-labelledby={`${uid}-title`}>
        <h2 id={`${uid}-title`}>{reviewWords.viewTitle}</h2>
        <p class="hint">{reviewWords.viewIntro}</p>
        <NameField name={props.who} onSave={props.onWho} />
        {/* Any data point, found by its name or its code, opens in the grid with its review panel. */}
        <p class="review-find">
          <ItemPicker
            label={reviewWords.reviewFind}
            items={() => pickItems(props.fw, 'datapoint')}
            picked={null}
            clearOnPick
            onPick={(id) => id && props.onSelect(id)}
            testid="review-find"
          />
        </p>
        <table class="summary-table review-counts" data-testid="review-counts">
          <caption>{reviewWords.countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{reviewWords.stateCol}</th>
              <th scope="col" class="num">
                {reviewWords.countCol}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={REVIEW_STATES}>
              {(s) => (
                <tr data-state={s}>
                  <th scope="row">{reviewWords.state(s)}</th>
                  <td class="num">{counts()[s]}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={!frozen() && notSubmittable().length > 0}>
          <details data-testid="not-submittable">
            <summary>
              {reviewWords.notSubmittable(
                notSubmittable().filter((r) => standing(r.id) === 'empty').length,
                notSubmittable().filter((r) => standing(r.id) === 'rejected').length,
              )}
            </summary>
            {list(byCategory(props.fw, notSubmittable()), false, 'not-submittable-list')}
          </details>
        </Show>
        <Show when={!frozen() && submittable().length > 0}>
          <button type="button" class="primary" onClick={submitAll} data-testid="submit-all">
            {reviewWords.submitAll(submittable().length)}
          </button>
        </Show>
      </section>

      <section class="panel" aria-labelledby={`${uid}-open`}>
        <h3 id={`${uid}-open`}>{reviewWords.openQueriesTitle(total(open()))}</h3>
        <Show when={open().length > 0} fallback={<p class="hint">{reviewWords.openQueriesNone}</p>}>
          {list(open(), true, 'open-queries')}
        </Show>
      </section>

      <section class="panel" aria-labelledby={`${uid}-unverified`}>
        <h3 id={`${uid}-unverified`}>{reviewWords.unverifiedTitle(total(unverified()))}</h3>
        <Show when={unverified().length > 0} fallback={<p class="hint">{reviewWords.unverifiedNone}</p>}>
          <details>
            <summary>{reviewWords.unverifiedTitle(total(unverified()))}</summary>
            {list(unverified(), false, 'unverified')}
          </details>
        </Show>
      </section>
      <section class="panel" aria-labelledby={`${uid}-freeze`} data-testid="freeze">
        <h3 id={`${uid}-freeze`}>{reviewWords.freezeTitle}</h3>
        <p class="hint">{reviewWords.freezeHint}</p>
        <Show
          when={props.doc.frozen}
          fallback={
            <Show
              when={asking()}
              fallback={
                <button type="button" onClick={() => (props.who.trim() ? setAsking(true) : props.onFreeze())} data-testid="freeze-button">
                  {reviewWords.freeze}
                </button>
              }
            >
              <div role="group" aria-labelledby={`${uid}-freeze-summary`} data-testid="freeze-ask">
                <p id={`${uid}-freeze-summary`} data-testid="freeze-summary">
                  {freezeSummary()} {reviewWords.freezeAsk}
                </p>
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    setAsking(false);
                    props.onFreeze();
                  }}
                  data-testid="freeze-confirm"
                >
                  {reviewWords.freezeConfirm}
                </button>{' '}
                <button type="button" onClick={() => setAsking(false)}>
                  {reviewWords.cancel}
                </button>
              </div>
            </Show>
          }
        >
          {(f) => (
            <>
              <p>{reviewWords.frozen(f().by, fmtDateTime(f().at))}</p>
              <p>
                {reviewWords.fingerprint}: <code data-testid="frozen-fingerprint">{groupedFingerprint(f().fingerprint)}</code>
              </p>
              <FreezeCheck fw={props.fw} doc={props.doc} />
              <button type="button" class="primary" onClick={() => props.onNewVersion()} data-testid="new-version">
                {reviewWords.newVersion}
              </button>
            </>
          )}
        </Show>
      </section>
      <ActionsPanel fw={props.fw} doc={props.doc} who={props.who} send={props.send} />
      {props.children}
    </div>
  );
}

/**
 * Whether the open assessment still has the fingerprint it claims, and what that fingerprint covers:
 * a freeze is never shown as sound on the file's word alone (a value, signer or date changed after the
 * freeze reads "does not match"; an older freeze that covers the data only says so).
 */
export function FreezeCheck(props: { fw: Framework; doc: AssessmentDoc }): JSX.Element {
  const [checked] = createResource(
    () => (props.doc.frozen ? props.doc : undefined),
    (d) => checkFingerprint(d, props.fw),
  );
  return (
    <Show when={checked()}>
      {(c) => (
        <>
          <p
            classList={{ notice: !c().matches, 'notice-warning': !c().matches }}
            role={c().matches ? undefined : 'alert'}
            data-testid="freeze-check"
            data-matches={String(c().matches)}
          >
            {c().matches ? reviewWords.fingerprintMatches : reviewWords.fingerprintDiffers}
          </p>
          <Show when={!c().coversSeal}>
            <p class="hint" data-testid="freeze-covers-data">
              {reviewWords.fingerprintCoversData}
            </p>
          </Show>
        </>
      )}
    </Show>
  );
}
