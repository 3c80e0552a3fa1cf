/**
 * Work that must finish before this tab reloads (an accepted update): the open assessment folds its
 * edits. Reloads the app makes go through `reloadSafely`, never `location.reload()` directly.
 */
const flushers = new Set<() => Promise<void>>();

export function flushBeforeReload(fn: () => Promise<void>): () => void {
  flushers.add(fn);
  return () => flushers.delete(fn);
}

export async function reloadSafely(): Promise<void> {
  await Promise.allSettled([...flushers].map((fn) => fn()));
  location.reload();
}
