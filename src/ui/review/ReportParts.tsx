/**
 * The verified report's parts, placed in the city report (results/Report.tsx): the verification
 * statement with the fingerprint, the annex of open queries, the recommendations and action plan, and
 * the progress of actions carried from last year beside the change of the data points they target.
 */
import { changedAfterSubmission } from '../../engine/history';
import { historyLine } from './HistoryList';
import { createMemo, createResource, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { Framework } from '../../engine/framework';
import { checkFingerprint, groupedFingerprint } from '../../engine/fingerprint';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../../engine/parse';
import { reviewRows, sortThread, verificationStatement, type ReviewRow } from '../../engine/review';
import type { Scores } from '../../engine/types';
import { formatNumber } from '../format';
import { dpCode, dpName } from '../grid/columns';
import { fmtDateTime } from '../strings';
import { reviewWords } from '../strings/review';
import { resultWords } from '../strings/results';
import { EvidenceLine, ThreadList } from './ReviewPanel';
import { TableHead } from '../results/table-head';
import { ActionTableHead } from './action-head';
import { reviewStateLabel } from './state-label';
import { sourceOf, sourcesIn } from '../../engine/provenance';
import { jsonstat, sourcedText } from '../strings/jsonstat';
import { catalogueName } from '../strings/kpi-names';

const day = (t: number) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(t));

/** The review state of one data point as the report prints it. */
export const reviewCell = (r: ReviewRow | undefined): string => (!r ? '' : reviewStateLabel(r));

export function useReviewRows(fw: Framework, doc: () => AssessmentDoc) {
  return createMemo(() => new Map(reviewRows(doc(), fw.datapoints).map((r) => [r.id, r])));
}

/** N of M verified, by whom, when; not verifiable; open queries; frozen or not; the fingerprint. */
export function VerificationSection(props: { fw: Framework; doc: AssessmentDoc }): JSX.Element {
  const rows = createMemo(() => reviewRows(props.doc, props.fw.datapoints));
  const st = createMemo(() => verificationStatement(rows()));
  // A frozen file made with an older catalogue matches as read, before the catalogue step of opening it.
  const [checked] = createResource(
    () => props.doc,
    (d) => checkFingerprint(d, props.fw),
  );
  const print = () => checked()?.print;
  return (
    <section class="r-verification" data-testid="report-verification">
      <h2>{reviewWords.statementTitle}</h2>
      <p data-testid="verification-statement">
        <strong>{reviewWords.statement(st().verified, st().total)}</strong>{' '}
        <Show when={st().verified > 0} fallback={reviewWords.statementNone}>
          {reviewWords.statementBy(st().verifiers.join(', '))} {reviewWords.statementWhen(day(st().from!), day(st().to!))}
        </Show>{' '}
        <Show when={st().confirmed > 0}>
          <span data-testid="statement-confirmed">{reviewWords.statementConfirmed(st().confirmed)}</span>{' '}
        </Show>
        <Show when={st().self > 0}>
          <span data-testid="statement-self">{reviewWords.statementSelf(st().self)}</span>{' '}
        </Show>
        <Show when={st().notVerifiable > 0}>{reviewWords.statementNotVerifiable(st().notVerifiable)} </Show>
        <Show when={st().openQueries > 0}>{reviewWords.statementOpen(st().openQueries)}</Show>
      </p>
      <Show when={props.doc.frozen} fallback={<p>{reviewWords.notFrozen}</p>}>
        {(f) => <p>{reviewWords.frozen(f().by, fmtDateTime(f().at))}</p>}
      </Show>
      <Show when={props.doc.parent}>{(p) => <p class="r-muted">{reviewWords.parentLine(groupedFingerprint(p().fingerprint))}</p>}</Show>
      <p>
        {reviewWords.fingerprint}:{' '}
        <code class="r-fingerprint" data-testid="report-fingerprint">
          {print() ? groupedFingerprint(print()!) : ''}
        </code>
      </p>
      <Show when={props.doc.frozen && checked() && !checked()!.matches}>
        <p class="notice notice-warning" role="alert" data-testid="report-fingerprint-differs">
          {reviewWords.fingerprintDiffers}
        </p>
      </Show>
      <Show when={props.doc.frozen && checked()?.matches && !checked()!.coversSeal}>
        <p class="r-muted">{reviewWords.fingerprintCoversData}</p>
      </Show>
    </section>
  );
}

/** Annex: every open query with its thread. */
export function QueryAnnex(props: { fw: Framework; doc: AssessmentDoc }): JSX.Element {
  const open = createMemo(() => reviewRows(props.doc, props.fw.datapoints).filter((r) => r.openQuery));
  // Values changed after they were submitted, with their whole history (#24): what a reader of a verified report most needs to see.
  const changed = createMemo(() => props.fw.datapoints.map((d) => d.id).filter((id) => changedAfterSubmission(props.doc.history?.[id]).length > 0));
  return (
    <section class="r-annex" data-testid="report-annex">
      <h2>{reviewWords.annexTitle}</h2>
      <Show when={open().length > 0} fallback={<p>{reviewWords.openQueriesNone}</p>}>
        <For each={open()}>
          {(r) => {
            const ref = props.fw.byId.get(r.id)!;
            return (
              <div class="r-annex-item" data-id={r.id}>
                <h3>
                  <span class="r-code">{dpCode(ref)}</span> {dpName(ref)} · {reviewCell(r)}
                </h3>
                <ThreadList entries={sortThread(props.doc.threads?.[r.id] ?? [])} />
              </div>
            );
          }}
        </For>
      </Show>
      <VerificationDetails fw={props.fw} doc={props.doc} />
      <TableSources fw={props.fw} doc={props.doc} />
      <Show when={changed().length > 0}>
        <h3>{reviewWords.annexChangedTitle}</h3>
        <For each={changed()}>
          {(id) => {
            const ref = props.fw.byId.get(id)!;
            return (
              <div class="r-annex-item" data-id={id} data-testid="report-annex-changed">
                <h4>
                  <span class="r-code">{dpCode(ref)}</span> {dpName(ref)}
                </h4>
                <ol class="history">
                  <For each={props.doc.history?.[id]?.entries ?? []}>{(e) => <li>{historyLine(e)}</li>}</For>
                </ol>
              </div>
            );
          }}
        </For>
      </Show>
    </section>
  );
}

/** Where the figures filled from statistics tables came from (format 8): each that still holds, by place. */
function TableSources(props: { fw: Framework; doc: AssessmentDoc }): JSX.Element {
  const w = () => jsonstat;
  const rows = createMemo(() =>
    sourcesIn(props.doc.provenance)
      .filter(({ place }) => sourceOf(props.doc, place) !== null)
      .map(({ place, source }) => {
        if ('profile' in place)
          return { where: catalogueName('profile', place.profile, props.fw.data.profile.find((f) => f.id === place.profile)?.label), source };
        const ref = props.fw.byId.get(place.id);
        return { where: `${ref ? `${dpCode(ref)} ${dpName(ref)}` : place.id} · ${w().inputs[place.field]}`, source };
      }),
  );
  return (
    <Show when={rows().length > 0}>
      <h3>{w().reportTitle}</h3>
      <ul data-testid="report-table-sources">
        <For each={rows()}>
          {(r) => (
            <li>
              <strong>{r.where}</strong>: {sourcedText(r.source)}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** Recommendations, the action plan, and the progress of actions carried from last year. */
export function ActionsSection(props: { fw: Framework; doc: AssessmentDoc; scores: Scores; decimal?: DecimalStyle }): JSX.Element {
  const recs = () => props.doc.recommendations ?? [];
  const actions = () => props.doc.actions ?? [];
  const carried = () => actions().filter((a) => a.carriedFrom);
  const valueNow = (id: string) => props.scores.items.find((i) => i.id === id)?.value ?? null;
  const num = (n: number | null) => (n === null ? resultWords.dash : formatNumber(n, props.decimal ?? 'point', 2));
  const change = (a: number | null, b: number | null) =>
    a === null || b === null ? resultWords.dash : `${b - a >= 0 ? '+' : ''}${formatNumber(b - a, props.decimal ?? 'point', 2)}`;
  const codeOf = (id: string) => {
    const ref = props.fw.byId.get(id);
    return ref ? dpCode(ref) : id;
  };
  return (
    <Show when={recs().length > 0 || actions().length > 0}>
      {/* Not the class "r-actions" (the report's button bar, a flex row): that laid recommendations and the
          plan side by side, wrapping a few words a line (#24, item 7). Both are full-width tables. */}
      <section class="r-cycle" data-testid="report-actions">
        <h2>{reviewWords.recsTitle}</h2>
        <Show when={recs().length > 0}>
          <table class="r-table r-wrap" data-testid="report-recommendations">
            <TableHead columns={[reviewWords.recScope, reviewWords.recTarget, reviewWords.recText, reviewWords.detailCols.by, reviewWords.detailCols.when]} />
            <tbody>
              <For each={recs()}>
                {(r) => (
                  <tr>
                    <td>{reviewWords.scope(r.scope)}</td>
                    <td>{r.scope === 'datapoint' ? codeOf(r.target) : r.target}</td>
                    <td class="r-notes">{r.text}</td>
                    <td>{r.by}</td>
                    <td>{day(r.at)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <Show when={actions().length > 0}>
          <h3>{reviewWords.actionsTitle}</h3>
          <table class="r-table r-wrap" data-testid="report-action-plan">
            <ActionTableHead />
            <tbody>
              <For each={actions()}>
                {(a) => (
                  <tr>
                    <th scope="row">
                      {a.title}
                      <Show when={a.carriedFrom}> ({reviewWords.carried(a.carriedFrom!.year)})</Show>
                    </th>
                    <td>{a.owner}</td>
                    <td>{a.deadline}</td>
                    <td>{reviewWords.actionStatus(a.status)}</td>
                    <td>{a.datapoints.map(codeOf).join('; ')}</td>
                    <td>{a.aimedBand ? reviewWords.band(a.aimedBand) : reviewWords.noBand}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <Show when={carried().length > 0}>
          <h3>{reviewWords.progressTitle}</h3>
          <table class="r-table" data-testid="report-progress">
            <thead>
              <tr>
                <th scope="col">{reviewWords.progressCols.action}</th>
                <th scope="col">{reviewWords.progressCols.status}</th>
                <th scope="col">{reviewWords.progressCols.datapoint}</th>
                <th scope="col" class="r-num">
                  {reviewWords.progressCols.before}
                </th>
                <th scope="col" class="r-num">
                  {reviewWords.progressCols.now}
                </th>
                <th scope="col" class="r-num">
                  {reviewWords.progressCols.change}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={carried().flatMap((a) => (a.datapoints.length > 0 ? a.datapoints : ['']).map((id) => ({ a, id })))}>
                {({ a, id }) => {
                  const before = id ? (a.carriedFrom!.baseline[id] ?? null) : null;
                  const now = id ? valueNow(id) : null;
                  return (
                    <tr>
                      <th scope="row">{a.title}</th>
                      <td>{reviewWords.actionStatus(a.status)}</td>
                      <td>{id ? codeOf(id) : resultWords.dash}</td>
                      <td class="r-num">{num(before)}</td>
                      <td class="r-num">{num(now)}</td>
                      <td class="r-num">{change(before, now)}</td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </Show>
  );
}

/** For a frozen assessment being imported or opened from a link: whether its data still has the fingerprint it was frozen with. */
export function FingerprintCheck(props: { doc: AssessmentDoc }): JSX.Element {
  // Checked against the document as read too: opening a file made with an older catalogue is no change of its data.
  const [checked] = createResource(
    () => (props.doc.frozen ? props.doc : undefined),
    (d) => checkFingerprint(d, u4ssc),
  );
  const matches = () => checked()?.matches;
  return (
    <Show when={props.doc.frozen && matches() !== undefined}>
      <FingerprintMark fingerprint={props.doc.frozen!.fingerprint} matches={matches()!} />
    </Show>
  );
}

/** A frozen assessment's fingerprint, checked already (the import preview's lines, made in the read worker). */
export function FingerprintMark(props: { fingerprint: string; matches: boolean }): JSX.Element {
  return (
    <span class="fingerprint-check" role="status" data-testid="fingerprint-check">
      {' '}
      {props.matches ? reviewWords.fingerprintMatches : reviewWords.fingerprintDiffers} ({groupedFingerprint(props.fingerprint)})
    </span>
  );
}

/**
 * The data points a reader must be able to check: each one marked not verifiable, with its reason, and
 * each one with evidence references, listed with them (#24, item 7: the printed report keeps both).
 */
export function VerificationDetails(props: { fw: Framework; doc: AssessmentDoc }): JSX.Element {
  const rows = createMemo(() =>
    reviewRows(props.doc, props.fw.datapoints).filter(
      (r) => (r.state === 'not-verifiable' && r.stamp?.reason) || (props.doc.evidence?.[r.id]?.length ?? 0) > 0,
    ),
  );
  const c = reviewWords.detailCols;
  return (
    <Show when={rows().length > 0}>
      <table class="r-table r-wrap" data-testid="report-verification-details">
        <TableHead columns={[c.datapoint, c.state, c.by, c.when, c.reason, reviewWords.evidenceTitle]} />
        <tbody>
          <For each={rows()}>
            {(r) => {
              const ref = props.fw.byId.get(r.id)!;
              return (
                <tr data-id={r.id}>
                  <th scope="row">
                    <span class="r-code">{dpCode(ref)}</span> {dpName(ref)}
                  </th>
                  <td>{reviewCell(r)}</td>
                  <td>{r.stamp?.by ?? ''}</td>
                  <td>{r.stamp ? day(r.stamp.at) : ''}</td>
                  <td class="r-notes">{r.state === 'not-verifiable' ? (r.stamp?.reason ?? '') : ''}</td>
                  <td>
                    <ul class="r-evidence">
                      <For each={props.doc.evidence?.[r.id] ?? []}>
                        {(e) => (
                          <li>
                            <EvidenceLine item={e} />
                            <Show when={/^https?:\/\//i.test(e.location)}>
                              {' '}
                              <span class="r-url">{e.location}</span>
                            </Show>
                          </li>
                        )}
                      </For>
                    </ul>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
