/**
 * A picker of a data point, a category or a dimension by name or code (issue #24, item 5): a labelled
 * text box with a list of what the typed words find, in the ARIA combobox pattern (↓ ↑ move, Enter
 * picks, Escape closes; the list is announced through aria-activedescendant and a polite count). Typing
 * a code or an id exactly picks it, so codes typed or pasted as before still work.
 */
import { createEffect, createMemo, createSignal, createUniqueId, For, on, Show, type JSX } from 'solid-js';
import { reviewWords } from '../strings/review';
import { exactItem, findItems, type PickItem } from './items';

export interface ItemPickerProps {
  label: string;
  /** What may be picked (read when the list opens, so names follow the interface language). */
  items: () => readonly PickItem[];
  /** The picked item's id; set from outside (a reset to null clears the box). */
  picked: string | null;
  onPick: (id: string | null) => void;
  /** What is typed in the box (to read a code typed whole but not yet picked). */
  onText?: (text: string) => void;
  /** After a pick the box empties (to pick several, one after another). */
  clearOnPick?: boolean;
  /** A change of this value empties the box (after the form it is in was sent). */
  reset?: unknown;
  testid?: string;
}

export const itemText = (i: PickItem): string => (i.name && i.name !== i.code ? `${i.code} — ${i.name}` : i.code);

export function ItemPicker(props: ItemPickerProps): JSX.Element {
  const uid = createUniqueId();
  const [text, setText] = createSignal('');
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const found = createMemo(() => (open() ? findItems(props.items(), text()) : []));
  /** The id this picker last told its owner of: a `picked` change that is not it came from outside. */
  let told: string | null = null;
  /** The same, as a signal: the box names `named()`; an owner that kept its last pick past a null is using another. */
  const [named, setNamed] = createSignal<string | null>(null);
  createEffect(
    on(
      () => props.picked,
      (id) => {
        if (id === told) return;
        told = id;
        setNamed(id);
        const item = id === null ? undefined : props.items().find((i) => i.id === id);
        setText(item ? itemText(item) : '');
      },
    ),
  );
  createEffect(
    on(
      () => props.reset,
      () => setText(''),
      { defer: true },
    ),
  );
  const tell = (id: string | null) => {
    if (id === told) return;
    told = id;
    setNamed(id);
    props.onPick(id);
  };
  /**
   * What the box says under itself when its text picks nothing: that nothing matches, and, where the owner
   * keeps its last pick (the what-if, the exercises, the trend chart), which one is still in use, so that
   * it is never used silently (issue #24's leftover).
   */
  const note = createMemo(() => {
    if (props.clearOnPick) return '';
    const none = text().trim() !== '' && !exactItem(props.items(), text()) && findItems(props.items(), text()).length === 0;
    const kept = props.picked !== null && named() !== props.picked ? props.items().find((i) => i.id === props.picked) : undefined;
    return [none ? reviewWords.pickNoMatch(text().trim()) : '', kept ? reviewWords.pickStill(itemText(kept)) : ''].filter(Boolean).join(' ');
  });
  const pick = (item: PickItem) => {
    setOpen(false);
    if (props.clearOnPick) {
      setText('');
      told = null;
      props.onPick(item.id);
    } else {
      setText(itemText(item));
      tell(item.id);
    }
  };
  createEffect(() => props.onText?.(text()));
  const onInput = (value: string) => {
    setText(value);
    setOpen(true);
    setActive(0);
    // A code typed whole is picked; anything else unpicks until a choice is made.
    const exact = exactItem(props.items(), value);
    if (!props.clearOnPick) tell(exact?.id ?? null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const n = found().length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open()) return setOpen(true);
      if (n > 0) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      if (!open()) return;
      e.preventDefault();
      const item = found()[active()];
      if (item) pick(item);
    } else if (e.key === 'Escape' && open()) {
      e.preventDefault();
      setOpen(false);
    }
  };
  createEffect(() => {
    // Keep the highlighted option in view when moving through a long list.
    if (!open()) return;
    document.getElementById(`${uid}-o${active()}`)?.scrollIntoView({ block: 'nearest' });
  });

  return (
    <span class="item-picker">
      <label for={`${uid}-input`}>{props.label}</label>{' '}
      <input
        id={`${uid}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open() && found().length > 0}
        aria-controls={`${uid}-list`}
        aria-activedescendant={open() && found().length > 0 ? `${uid}-o${active()}` : undefined}
        aria-describedby={note() ? `${uid}-hint ${uid}-note` : `${uid}-hint`}
        aria-invalid={note() !== ''}
        value={text()}
        maxLength={500}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        data-testid={props.testid}
      />
      <span id={`${uid}-hint`} class="visually-hidden">
        {reviewWords.pickHint}
      </span>
      <Show when={note()}>
        <span id={`${uid}-note`} class="item-picker-note form-error" data-testid={props.testid && `${props.testid}-note`}>
          {note()}
        </span>
      </Show>
      <ul id={`${uid}-list`} role="listbox" aria-label={props.label} class="item-picker-list" hidden={!open() || found().length === 0}>
        <For each={found()}>
          {(item, i) => (
            <li
              id={`${uid}-o${i()}`}
              role="option"
              aria-selected={i() === active()}
              // mousedown, not click: the box keeps the focus (its blur would close the list first).
              onMouseDown={(e) => {
                e.preventDefault();
                pick(item);
              }}
            >
              <span class="item-picker-code">{item.code}</span> {item.name !== item.code ? item.name : ''}
            </li>
          )}
        </For>
      </ul>
      {/* Always in the page, so a screen reader hears each change of the count. */}
      <span class="visually-hidden" role="status" aria-live="polite" data-testid={props.testid && `${props.testid}-count`}>
        {open() && text().trim() !== '' ? (found().length === 0 ? reviewWords.pickNone : reviewWords.pickCount(found().length)) : ''}
      </span>
    </span>
  );
}
