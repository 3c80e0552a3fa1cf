/** The trainer's room: the answers collected, their verdicts, and side by side against the exercise's answer. */
import { For, Show, type Accessor, type JSX } from 'solid-js';
import type { Exercise } from '../../engine/exercises';
import { TableHead } from '../results/table-head';
import { workshopWords } from '../strings/workshop';
import { aggregateLabel, label, ref, type ExerciseSession } from './exercise-session';

/** One answer's cell: where its band differs from the answer's, said in words as well as by the cell's colour. */
function AnswerCell(props: { differs: boolean; children: JSX.Element }): JSX.Element {
  return (
    <td classList={{ 'ws-cell-differs': props.differs }}>
      {props.children}
      <Show when={props.differs}>
        <strong>{` · ${workshopWords.exBandDiffers}`}</strong>
      </Show>
    </td>
  );
}

export function ExerciseRoom(props: { session: ExerciseSession; exercise: Accessor<Exercise> }): JSX.Element {
  const ex = props.exercise;
  const { answers, checks, feedback, reference, rowsOfDatapoints, rowsOfAggregates, itemCell, aggCell, aggOf } = props.session;
  return (
    <>
      <h4>{workshopWords.exRoomTitle(answers().length)}</h4>
      <Show when={answers().length > 0} fallback={<p class="hint">{workshopWords.exNoAnswers}</p>}>
        <div class="ws-table-wrap">
          <table class="ws-table" data-testid="exercise-verdicts">
            <TableHead columns={[workshopWords.colParticipant, workshopWords.colVerdict, workshopWords.colFeedback]} />
            <tbody>
              <For each={answers()}>
                {(a, i) => (
                  <tr data-verdict={checks()[i()]?.verdict}>
                    <th scope="row">{a.participant || workshopWords.exUnnamed}</th>
                    <td>
                      <span aria-hidden="true">{workshopWords.verdictMark[checks()[i()].verdict]}</span> {workshopWords.verdictName[checks()[i()].verdict]}
                    </td>
                    <td>
                      <ul class="ws-findings">
                        <For each={feedback(checks()[i()])}>{(line) => <li>{line}</li>}</For>
                      </ul>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <h4 id="ws-side-title">{workshopWords.exSideTitle}</h4>
        <p class="hint">{workshopWords.exSideHint}</p>
        <div class="ws-table-wrap">
          <table class="ws-table" aria-labelledby="ws-side-title" data-testid="exercise-side">
            <TableHead
              columns={[
                workshopWords.colWhat,
                ex().task.kind === 'next-band' ? workshopWords.colStartFewest : workshopWords.colAnswer,
                ...answers().map((a) => a.participant || workshopWords.exUnnamed),
              ]}
            />
            <tbody>
              <For each={rowsOfDatapoints()}>
                {(id) => (
                  <tr data-id={id}>
                    <th scope="row">{label(id)}</th>
                    <td>{itemCell(reference()!.scores, id)}</td>
                    <For each={checks()}>
                      {(c) => {
                        const differs = () => c.scores.items[ref(id).index].band !== reference()!.scores.items[ref(id).index].band;
                        return <AnswerCell differs={differs()}>{itemCell(c.scores, id)}</AnswerCell>;
                      }}
                    </For>
                  </tr>
                )}
              </For>
              <For each={rowsOfAggregates()}>
                {(agg) => (
                  <tr data-code={agg.code} class={`ws-level-${agg.level}`}>
                    <th scope="row">{aggregateLabel(agg.code)}</th>
                    <td>{aggCell(agg)}</td>
                    <For each={checks()}>
                      {(c) => {
                        const mine = () => aggOf(c.scores, agg.code);
                        const differs = () => mine().band !== agg.band;
                        return <AnswerCell differs={differs()}>{aggCell(mine())}</AnswerCell>;
                      }}
                    </For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </>
  );
}
