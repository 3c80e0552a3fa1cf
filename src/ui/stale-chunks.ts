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
    event.preventDefault();
    void reload();
  };
  let reloading = false;
  window.addEventListener('vite:preloadError', onError);
  return () => window.removeEventListener('vite:preloadError', onError);
}
