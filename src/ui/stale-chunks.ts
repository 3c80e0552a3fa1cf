/**
 * A tab left on an old version after an update (issue #33). When a new version is activated in another
 * tab, its service worker replaces the old precache, and the server holds only the new build: this
 * tab's views that were not loaded yet (Wheel and charts, City report, Review, Share, Workshop) ask for
 * chunks that no longer exist, and stayed on "Loading…". Vite reports such a failed dynamic import as
 * `vite:preloadError`; the tab then reloads itself the safe way (`reloadSafely`: the open assessment's
 * edits, journalled as they were typed, are folded first), onto the new version, where the open
 * assessment opens again (its id is in the address). A failure again within a minute of that reload
 * (offline, a file really missing) is left to show as an error instead of reloading in a loop.
 */
import { lazy, type Component } from 'solid-js';
import { reloadSafely } from './before-reload';

const KEY = 'ssc-stale-chunk-reload';
const AGAIN_AFTER_MS = 60_000;

export function reloadOnStaleChunks(reload: () => Promise<void> = reloadSafely, now: () => number = Date.now): () => void {
  const onError = (event: Event) => {
    try {
      const last = Number(sessionStorage.getItem(KEY) ?? 0);
      if (now() - last < AGAIN_AFTER_MS) return;
      sessionStorage.setItem(KEY, String(now()));
    } catch {
      // No sessionStorage (a sandboxed frame): reload all the same, once per page.
      if (reloading) return;
    }
    reloading = true;
    reloadingForStaleChunk = true;
    event.preventDefault();
    void reload();
  };
  let reloading = false;
  window.addEventListener('vite:preloadError', onError);
  return () => window.removeEventListener('vite:preloadError', onError);
}

/** Set once this tab reloads itself for a chunk that is gone. */
let reloadingForStaleChunk = false;

/**
 * Solid's `lazy` for a view or panel loaded by `import()`. When its chunk is gone after an update, the
 * reload above prevents Vite's error, and the import then resolves to nothing: `lazy` read `default` of
 * undefined, an uncaught TypeError on the screen of a tab that is reloading anyway. The view now waits
 * for the reload instead. Any other failure is an error as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as solid's own `lazy`: the component's props are its own
export function lazyView<T extends Component<any>>(load: () => Promise<{ default: T }>): ReturnType<typeof lazy<T>> {
  const never = () => new Promise<never>(() => undefined);
  return lazy(() =>
    load().then(
      // Typed as always a module; after a prevented preload error it is undefined.
      (module: { default: T } | undefined) => module ?? never(),
      (error: unknown) => (reloadingForStaleChunk ? never() : Promise.reject(error)),
    ),
  );
}
