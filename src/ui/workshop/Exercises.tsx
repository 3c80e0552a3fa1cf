/**
 * Exercises: the trainer makes one on a fictional demo city and hands it out as a file or a link;
 * participants open it in their own browsers, answer, check and hand the answer back as a file or a
 * link; the trainer opens the answers and sees them side by side against the answer, with the
 * differences that changed a band. The session (exercise-session.ts) holds the state and every step;
 * the four screens (making, opening, answering, the room) render it.
 * Nothing is stored: the exercise and the answers live in this view until it is left.
 */
import { For, onMount, Show, type JSX } from 'solid-js';
import type { DecimalStyle } from '../../engine/parse';
import { workshopWords } from '../strings/workshop';
import { ExerciseAnswer } from './ExerciseAnswer';
import { ExerciseMake, ExerciseOpen } from './ExerciseMake';
import { ExerciseRoom } from './ExerciseRoom';
import { createExerciseSession } from './exercise-session';

export function Exercises(props: {
  decimal: DecimalStyle;
  toast: (message: string) => void;
  /** An exercise or answers link the page was opened with (exercise-link.ts): opened at once. */
  link?: string;
  /** A participant who opened an exercise from a link: the trainer's tools (making, opening answers, the room) are not shown. */
  student?: boolean;
}): JSX.Element {
  const session = createExerciseSession({ decimal: () => props.decimal, toast: (message) => props.toast(message) });
  const { openProblems, exercise } = session;
  onMount(() => {
    if (props.link) void session.readLinks([props.link]);
  });

  return (
    <section class="ws-section" aria-labelledby="ws-exercises-title" data-testid="exercises">
      <h3 id="ws-exercises-title">{workshopWords.exercisesTitle}</h3>
      <p class="hint">{workshopWords.exercisesHint}</p>

      <Show when={props.student}>
        <p class="notice" data-testid="exercise-student">
          {workshopWords.exStudentHint}
        </p>
      </Show>
      <Show when={!props.student}>
        <ExerciseMake session={session} />
        <ExerciseOpen session={session} />
      </Show>
      <Show when={openProblems().length > 0}>
        <ul class="form-error" role="alert" data-testid="exercise-problems">
          <For each={openProblems()}>{(p) => <li>{p}</li>}</For>
        </ul>
      </Show>

      <Show when={exercise()}>
        {(ex) => (
          <div class="ws-exercise" data-testid="exercise-current">
            <ExerciseAnswer session={session} exercise={ex} student={props.student} />
            <Show when={!props.student}>
              <ExerciseRoom session={session} exercise={ex} />
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
