/**
 * Which rows of a long table to render (issue #32): those in the viewport and a few either side, with
 * the rest stood in for by two spacer rows of the same height. The page (or any scrolling ancestor)
 * scrolls as before, so the table keeps its place in the layout, the browser's find-as-you-scroll,
 * and Tab: focus moving to a row below the window scrolls it into view, which moves the window.
 * Short tables (below `from` rows) are rendered whole and have no spacers.
 */
import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

export interface RowWindow {
  /** First rendered row (index into the whole list) and one past the last. */
  start: number;
  end: number;
  /** Heights of the spacers before and after, in px. */
  before: number;
  after: number;
}

/** Rows rendered beyond each edge of the viewport (keyboard moves one row at a time stay inside it). */
export const OVERSCAN = 8;
/** Below this many rows the table is rendered whole, exactly as a plain table. */
export const VIRTUAL_FROM = 100;
/** Used until a row has been measured (the library's row with its buttons, desktop layout). */
const GUESS_PX = 44;

/**
 * The window of rows over `count()`. `anchor()` is the top spacer row (its top is the list's top,
 * whatever window is rendered); the row height is measured from the rendered rows (`rows()`), so the narrow layout's
 * cards work too.
 */
export function createRowWindow(
  count: Accessor<number>,
  anchor: () => HTMLElement | undefined,
  rows: () => readonly HTMLElement[],
  from = VIRTUAL_FROM,
): { window: Accessor<RowWindow>; virtual: Accessor<boolean>; rowHeight: () => number; update: () => void } {
  let rowPx = GUESS_PX;
  const [win, setWin] = createSignal<RowWindow>({ start: 0, end: Math.min(count(), 40), before: 0, after: 0 });
  const virtual = () => count() >= from;

  const measure = () => {
    const r = rows();
    if (r.length < 2) return;
    const first = r[0].getBoundingClientRect();
    const last = r[r.length - 1].getBoundingClientRect();
    const per = (last.bottom - first.top) / r.length;
    if (per > 4) rowPx = per;
  };

  const update = () => {
    const n = count();
    if (!virtual()) {
      const w = win();
      if (w.start !== 0 || w.end !== n || w.before !== 0 || w.after !== 0) setWin({ start: 0, end: n, before: 0, after: 0 });
      return;
    }
    measure();
    // The top of the whole list: the top spacer stands in for the rows above the window.
    const top = anchor()?.getBoundingClientRect().top ?? 0;
    const height = typeof window === 'undefined' ? 800 : window.innerHeight;
    const start = Math.max(0, Math.min(n, Math.floor(-top / rowPx) - OVERSCAN));
    const end = Math.max(start, Math.min(n, Math.ceil((height - top) / rowPx) + OVERSCAN));
    const w = win();
    if (w.start === start && w.end === end && w.before === start * rowPx) return;
    setWin({ start, end, before: start * rowPx, after: (n - end) * rowPx });
  };

  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  onMount(() => {
    // Capture: a scroll of any ancestor (the page, a scrolling main area) moves the table.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    update();
  });
  onCleanup(() => {
    document.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
    if (frame) cancelAnimationFrame(frame);
  });
  return { window: win, virtual, rowHeight: () => rowPx, update };
}
