/**
 * The import panel's "assessment to update" (issue #32): a library of 10 000 made the `<select>` render
 * 10 000 options each time a file was read. This is a combobox (WAI-ARIA's editable combobox with a
 * list): the text box shows the chosen assessment; typing filters the library as its search box does
 * (`filterLibrary`: city, country and year, any order, accents ignored), and only the first matches are
 * rendered, with how many there are. Arrow keys move through them, Enter picks, Escape closes and
 * keeps the choice.
 */
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import type { LibraryEntry } from '../../storage/library-summaries';
import { filterLibrary } from '../Library';
import { interchangeWords } from '../strings/interchange';
import { assessmentName } from './model';
import './interchange.css';

/** How many matches are rendered at most: enough to scroll through, never the whole library. */
export const PICKER_LIMIT = 50;

export function AssessmentPicker(props: {
  id: string;
  entries: () => readonly LibraryEntry[];
  value: string;
  disabled: boolean;
  onPick: (id: string) => void;
  testId?: string;
}): JSX.Element {
  const listId = `${props.id}-list`;
  const [query, setQuery] = createSignal<string | null>(null);
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const chosen = createMemo(() => props.entries().find((e) => e.id === props.value));
  const matches = createMemo(() => (open() ? filterLibrary(props.entries(), query() ?? '') : []));
  const shown = createMemo(() => matches().slice(0, PICKER_LIMIT));
  const optionId = (i: number) => `${props.id}-option-${i}`;
  let input!: HTMLInputElement;
  let list: HTMLUListElement | undefined;

  const show = () => {
    if (props.disabled) return;
    setOpen(true);
    // The chosen one first in view when the whole library is listed.
    const at = query() ? 0 : shown().findIndex((e) => e.id === props.value);
    setActive(Math.max(0, at));
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const pick = (entry: LibraryEntry | undefined) => {
    if (!entry) return;
    props.onPick(entry.id);
    close();
  };
  const move = (to: number) => {
    const n = shown().length;
    if (n === 0) return;
    const next = Math.min(n - 1, Math.max(0, to));
    setActive(next);
    list?.querySelector(`#${CSS.escape(optionId(next))}`)?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open()) return show();
      move(active() + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Home' && open()) {
      e.preventDefault();
      move(0);
    } else if (e.key === 'End' && open()) {
      e.preventDefault();
      move(shown().length - 1);
    } else if (e.key === 'Enter' && open()) {
      e.preventDefault();
      pick(shown()[active()]);
    } else if (e.key === 'Escape' && open()) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div class="picker">
      <input
        ref={input}
        id={props.id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        data-testid={props.testId}
        aria-autocomplete="list"
        aria-expanded={open()}
        aria-controls={listId}
        aria-activedescendant={open() && shown().length > 0 ? optionId(active()) : undefined}
        disabled={props.disabled}
        value={query() ?? (chosen() ? assessmentName(chosen()!) : '')}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => input.select()}
        onClick={() => (open() ? undefined : show())}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <Show when={open()}>
        <ul ref={list} id={listId} role="listbox" class="picker-list" aria-label={interchangeWords.destPick}>
          <For each={shown()}>
            {(entry, i) => (
              <li
                id={optionId(i())}
                role="option"
                aria-selected={i() === active()}
                classList={{ 'picker-active': i() === active(), 'picker-chosen': entry.id === props.value }}
                // Chosen with the pointer before the text box loses focus (which would close the list).
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(entry);
                }}
              >
                {assessmentName(entry)}
                <Show when={entry.country}>
                  <span class="picker-country"> · {entry.country}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <p class="hint" role="status">
          {matches().length === 0
            ? interchangeWords.destPickNone
            : matches().length > shown().length
              ? interchangeWords.destPickMore(shown().length, matches().length)
              : ''}
        </p>
      </Show>
    </div>
  );
}
