import { For, Show, type JSX } from 'solid-js';
import type { RefusedAssessment } from '../../engine/assessment';
import type { ImportProblem } from './import-file';
import { interchangeWords } from '../strings/interchange';
import { savingWords } from '../strings/saving';
import { problemWords } from '../strings/problems';

/** Why a file was not read: the message, then each problem with its line and column. */
export function ProblemList(props: { name: string; message: string; problems: ImportProblem[] }): JSX.Element {
  return (
    <div class="ix-problems" role="alert">
      <p class="form-error">
        {interchangeWords.notRead(props.name)} {props.message}
      </p>
      <Show when={props.problems.length > 0}>
        <ul>
          <For each={props.problems}>{(q) => <li>{interchangeWords.problemAt(q.row, q.column, q.message, q.cell)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}

/**
 * What a readable file still held back: the assessments refused (each with its position and the first
 * of its problems; the rest of the file is imported), and the notes on what was read (values kept as
 * text, out-of-range bookkeeping reset).
 */
export function ReadReport(props: { refused: RefusedAssessment[]; notes: string[] }): JSX.Element {
  return (
    <>
      <Show when={props.refused.length > 0}>
        <div class="ix-problems" role="alert" data-testid="refused">
          <p class="form-error">{savingWords.refusedTitle(props.refused.length)}</p>
          <ul>
            <For each={props.refused.slice(0, 50)}>
              {(f) => <li>{savingWords.refusedItem(f.position, f.label, problemWords.refusedLines(f).slice(0, 3).join(' '))}</li>}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={props.notes.length > 0}>
        <details class="ix-notes" data-testid="read-notes">
          <summary>{savingWords.readNotes(props.notes.length)}</summary>
          <ul>
            <For each={props.notes.slice(0, 50)}>{(n) => <li>{n}</li>}</For>
          </ul>
        </details>
      </Show>
    </>
  );
}
