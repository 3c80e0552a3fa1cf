/**
 * A data point's history (engine/history.ts, format 7), beside its review: every value it held and
 * every review step, newest first, with who and when, and how many older entries are no longer kept.
 */
import { For, Show, type JSX } from 'solid-js';
import { HISTORY_LIMIT, type HistoryEntry, type HistoryValue, type ValueHistory } from '../../engine/history';
import { fmtDateTime, shellWords } from '../strings';
import { reviewWords } from '../strings/review';

/** The value inputs as read in the grid: "12 / 340", "5", a status, or "emptied". */
export function historyValueText(v: HistoryValue): string {
  const show = (x: unknown) => (typeof x === 'string' ? `“${x}”` : String(x));
  const parts: string[] = [];
  if (v.value !== undefined) parts.push(show(v.value));
  else if (v.numerator !== undefined || v.denominator !== undefined) parts.push(`${show(v.numerator ?? '–')} / ${show(v.denominator ?? '–')}`);
  if (v.status !== undefined) parts.push(shellWords.statusLabels[v.status]);
  return parts.length > 0 ? parts.join(' · ') : reviewWords.historyEmptied;
}

/** One entry as a line of text (also used by the printed annex). */
export function historyLine(e: HistoryEntry): string {
  const by = e.by ?? reviewWords.historyNoName;
  const when = fmtDateTime(e.at);
  if (e.kind === 'value') return reviewWords.historyValue(historyValueText(e.value), by, when);
  const line = reviewWords.historyStep(e.state, by, when);
  return e.self ? `${line} (${reviewWords.historySelf})` : line;
}

export function HistoryList(props: { log: ValueHistory | undefined; labelledBy: string }): JSX.Element {
  const entries = () => [...(props.log?.entries ?? [])].reverse();
  return (
    <Show when={entries().length > 0} fallback={<p class="hint">{reviewWords.historyEmpty}</p>}>
      <ol class="history" aria-labelledby={props.labelledBy} data-testid="history">
        <For each={entries()}>
          {(e) => (
            <li class={`history-${e.kind}`}>
              {historyLine(e)}
              <Show when={e.kind === 'review' && e.reason}>{(reason) => <span class="hint"> · {reason()}</span>}</Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={props.log?.dropped}>
        {(n) => (
          <p class="hint" data-testid="history-dropped">
            {reviewWords.historyDropped(n(), HISTORY_LIMIT)}
          </p>
        )}
      </Show>
    </Show>
  );
}
