import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import { shellWords } from './strings';

/**
 * The find box of the grid (issue #25): what is typed becomes the `find` filter (grid/find.ts), applied
 * as the user types; Escape clears it. The count of matching data points is shown and announced politely.
 */
export function GridFind(props: { value: string; onFind: (text: string) => void; shown: number | null; total: number }): JSX.Element {
  const id = createUniqueId();
  const [text, setText] = createSignal(props.value);
  const find = (t: string) => {
    setText(t);
    props.onFind(t);
  };
  return (
    <div class="tool grid-find" role="search">
      <label for={`find-${id}`}>{shellWords.gridFind}</label>{' '}
      <input
        id={`find-${id}`}
        type="search"
        autocomplete="off"
        spellcheck={false}
        data-testid="grid-find"
        aria-describedby={`find-${id}-hint`}
        value={text()}
        onInput={(e) => find(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text() !== '') {
            e.preventDefault();
            find('');
          }
        }}
      />
      <span id={`find-${id}-hint`} class="visually-hidden">
        {shellWords.gridFindHint}
      </span>
      {/* On screen, the count takes a room kept for it from the start ("112 / 112"), so typing never widens
          the box and never wraps the toolbar's buttons onto another line (issue #25); the sentence is read out. */}
      <span class="grid-find-shown" aria-hidden="true" data-testid="grid-find-shown">
        <Show when={text().trim() !== '' && props.shown !== null}>{`${props.shown} / ${props.total}`}</Show>
      </span>
      <span class="grid-find-count visually-hidden" aria-live="polite" data-testid="grid-find-count">
        <Show when={text().trim() !== '' && props.shown !== null}>{shellWords.gridFindCount(props.shown!, props.total)}</Show>
      </span>
    </div>
  );
}
