import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** Whether a media query matches, kept current (false where matchMedia is missing). */
export function createMediaQuery(query: string): Accessor<boolean> {
  if (typeof window === 'undefined' || !window.matchMedia) return () => false;
  const mql = window.matchMedia(query);
  const [matches, setMatches] = createSignal(mql.matches);
  const listener = (e: MediaQueryListEvent) => setMatches(e.matches);
  mql.addEventListener('change', listener);
  onCleanup(() => mql.removeEventListener('change', listener));
  return matches;
}

/** Below this width the grid gives way to one data point at a time (keep in step with app.css). */
export const NARROW_QUERY = '(max-width: 699px)';
