import { createMemo, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { compareInputs } from '../../engine/compare';
import { score } from '../../engine/evaluator';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { AssessmentInput, Scores } from '../../engine/types';
import type { UpdatePreview } from '../../session/import-update';
import { interchangeWords } from '../strings/interchange';
import { differenceLabel, differenceSide, previewLevels, scoreCounts, percentText } from './model';

/** Rows of the change list shown at most; the counts above it cover every change. */
const MAX_ROWS = 200;

/** Scores by the engine's evaluator (the same code as the worker), on the main thread: one assessment takes milliseconds. */
const scoresOf = (input: AssessmentInput): Scores => score(u4ssc, referenceTargets, input);

/**
 * The scores a file would give before anything is stored: overall and per dimension, and how many data
 * points are scored, rejected and not reported; beside the stored assessment's when it is an update.
 */
export function ScorePreview(props: { after: AssessmentInput; before?: AssessmentInput | undefined }): JSX.Element {
  const uid = createUniqueId();
  const after = createMemo(() => scoresOf(props.after));
  const before = createMemo(() => (props.before ? scoresOf(props.before) : null));
  const rows = createMemo(() => {
    const b = before();
    const a = previewLevels(after());
    return a.map((l, i) => ({ ...l, before: b ? (previewLevels(b)[i]?.percent ?? null) : null }));
  });
  return (
    <section class="ix-preview" aria-labelledby={`${uid}-title`} data-testid="import-scores">
      <h4 id={`${uid}-title`}>{interchangeWords.scoresPreviewTitle}</h4>
      <table class="summary-table ix-scores">
        <thead>
          <tr>
            <th scope="col">{interchangeWords.previewCols.level}</th>
            <Show when={before()}>
              <th scope="col" class="num">
                {interchangeWords.previewCols.now}
              </th>
            </Show>
            <th scope="col" class="num">
              {before() ? interchangeWords.previewCols.after : interchangeWords.previewCols.file}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(l) => (
              <tr data-code={l.code} classList={{ 'agg-overall': l.code === 'overall' }}>
                <th scope="row">{l.name}</th>
                <Show when={before()}>
                  <td class="num ix-score-before">{percentText(l.before)}</td>
                </Show>
                <td class="num ix-score-after">{percentText(l.percent)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show
        when={before()}
        fallback={
          <p data-testid="import-counts">
            {(() => {
              const c = scoreCounts(after());
              return interchangeWords.previewCounts(c.scored, c.rejected, c.missing);
            })()}
          </p>
        }
      >
        {(b) => (
          <>
            <p data-testid="import-counts-before">
              {interchangeWords.previewCols.now}: {interchangeWords.previewCounts(scoreCounts(b()).scored, scoreCounts(b()).rejected, scoreCounts(b()).missing)}
            </p>
            <p data-testid="import-counts">
              {interchangeWords.previewCols.after}:{' '}
              {interchangeWords.previewCounts(scoreCounts(after()).scored, scoreCounts(after()).rejected, scoreCounts(after()).missing)}
            </p>
          </>
        )}
      </Show>
    </section>
  );
}

/** What an update changes in a stored assessment: counts per data point, then each change as now → after. */
export function UpdateChanges(props: { stored: AssessmentDoc; preview: UpdatePreview }): JSX.Element {
  const diffs = createMemo(() => compareInputs(u4ssc, props.stored, props.preview.after));
  const info = createMemo(() =>
    props.preview.edits.flatMap((e) =>
      e.kind === 'info'
        ? [{ key: `info:${e.field}`, label: interchangeWords.infoNames[e.field] ?? e.field, now: String(props.stored[e.field] ?? ''), after: String(e.value) }]
        : [],
    ),
  );
  const rows = createMemo(() => [
    ...info().map((i) => ({ key: i.key, label: i.label, now: [i.now || interchangeWords.empty], after: [i.after || interchangeWords.empty] })),
    ...diffs().map((d) => ({ key: d.key, label: differenceLabel(d), now: differenceSide(d, 'a'), after: differenceSide(d, 'b') })),
  ]);
  return (
    <div class="ix-update" data-testid="import-changes">
      <Show when={props.preview.edits.length > 0} fallback={<p class="notice">{interchangeWords.updateNothing}</p>}>
        <p data-testid="import-change-counts">{interchangeWords.updateSummary(props.preview.changed, props.preview.added, props.preview.unchanged)}</p>
        <Show when={props.preview.other.method > 0}>
          <p>{interchangeWords.updateMethod}</p>
        </Show>
        <Show when={props.preview.other.cycle > 0}>
          <p>{interchangeWords.updateCycle(props.preview.other.cycle)}</p>
        </Show>
        <Show when={props.preview.local.framework}>
          <p data-testid="import-local-framework">{interchangeWords.updateLocalFramework}</p>
        </Show>
        <Show when={props.preview.local.values > 0}>
          <p data-testid="import-local-values">{interchangeWords.updateLocal(props.preview.local.values)}</p>
        </Show>
        <Show when={rows().length > 0}>
          <div class="ix-scroll ix-diff-scroll">
            <table class="summary-table ix-diff">
              <thead>
                <tr>
                  <th scope="col">{interchangeWords.updateCols.item}</th>
                  <th scope="col">{interchangeWords.updateCols.now}</th>
                  <th scope="col">{interchangeWords.updateCols.after}</th>
                </tr>
              </thead>
              <tbody>
                <For each={rows().slice(0, MAX_ROWS)}>
                  {(r) => (
                    <tr data-key={r.key}>
                      <th scope="row">{r.label}</th>
                      <td class="ix-side ix-now">
                        <For each={r.now}>{(line) => <div>{line}</div>}</For>
                      </td>
                      <td class="ix-side ix-after">
                        <For each={r.after}>{(line) => <div>{line}</div>}</For>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <Show when={rows().length > MAX_ROWS}>
            <p>{interchangeWords.targetsMore(rows().length - MAX_ROWS)}</p>
          </Show>
        </Show>
      </Show>
    </div>
  );
}
