import { afterEach, describe, expect, it, vi } from 'vitest';
import { reloadOnStaleChunks } from '../../src/ui/stale-chunks';

/** What Vite dispatches when a dynamic import (a view's chunk) fails to load. */
const chunkFails = () => {
  const event = new Event('vite:preloadError', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  sessionStorage.clear();
});

describe('a tab on an old version whose chunks are gone after an update (issue #33)', () => {
  it('reloads itself the safe way on the first failed chunk, and not in a loop when a reload did not help', async () => {
    let clock = 1_000_000;
    const reload = vi.fn(() => Promise.resolve());
    stop = reloadOnStaleChunks(reload, () => clock);
    expect(chunkFails()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    // The reloaded page fails again at once (offline, a file really missing): the error shows instead.
    clock += 5_000;
    expect(chunkFails()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // A later update, much later: reloads again.
    clock += 120_000;
    expect(chunkFails()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
