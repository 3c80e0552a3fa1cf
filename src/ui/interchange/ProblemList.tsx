import { For, Show, type JSX } from 'solid-js';
import type { ImportProblem } from './import-file';
import { X } from '../strings/interchange';

/** Why a file was not read: the message, then each problem with its line and column. */
export function ProblemList(props: { name: string; message: string; problems: ImportProblem[] }): JSX.Element {
  return (
    <div class="ix-problems" role="alert">
      <p class="form-error">
        {X.notRead(props.name)} {props.message}
      </p>
      <Show when={props.problems.length > 0}>
        <ul>
          <For each={props.problems}>{(q) => <li>{X.problemAt(q.row, q.column, q.message)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
