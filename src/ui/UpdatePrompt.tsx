import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { reloadSafely } from './before-reload';
import { reloadOnStaleChunks } from './stale-chunks';
import { S } from './strings';
import { D } from './strings/saving';

/**
 * Registers the service worker (offline after one visit) and asks before activating a new version:
 * an editor never reloads under the user. Only the tab whose user accepted the update reloads (after
 * its open assessment has folded its edits); every other tab is told and reloads when its user says so,
 * so a cell being typed in there is never lost.
 *
 * Its messages sit in the page's top end corner. The region's height is published as
 * `--update-region-height` (an open assessment's notices once floated there and stacked below it; they
 * now take their own place in the page, issue #25).
 */
export function UpdatePrompt(): JSX.Element {
  let accepted = false;
  const [activatedElsewhere, setActivatedElsewhere] = createSignal(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    onNeedReload: () => {
      if (accepted) void reloadSafely();
      else {
        setNeedRefresh(false);
        setActivatedElsewhere(true);
      }
    },
  });
  let region!: HTMLDivElement;
  // Views of the old version whose chunks are gone after an update elsewhere: reload safely (stale-chunks.ts).
  onMount(() => onCleanup(reloadOnStaleChunks()));
  onMount(() => {
    const root = document.documentElement;
    const publish = () => {
      const height = region.getBoundingClientRect().height;
      root.style.setProperty('--update-region-height', height > 0 ? `calc(${height}px + 0.4rem)` : '0px');
    };
    const observer = new ResizeObserver(publish);
    observer.observe(region);
    publish();
    onCleanup(() => {
      observer.disconnect();
      root.style.removeProperty('--update-region-height');
    });
  });
  return (
    <div class="update-region" role="status" aria-live="polite" ref={region}>
      <Show when={activatedElsewhere()}>
        <div class="toast" data-testid="update-activated">
          <span class="toast-message">{D.updateActivated}</span>
          <button type="button" onClick={() => void reloadSafely()}>
            {S.updateReload}
          </button>
        </div>
      </Show>
      <Show when={needRefresh()}>
        <div class="toast">
          <span class="toast-message">{S.updateReady}</span>
          <button
            type="button"
            onClick={() => {
              accepted = true;
              void updateServiceWorker(true);
            }}
          >
            {S.updateReload}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {S.updateLater}
          </button>
        </div>
      </Show>
      <Show when={offlineReady()}>
        <div class="toast">
          <span class="toast-message">{S.offlineReady}</span>
          <button type="button" onClick={() => setOfflineReady(false)}>
            ✕<span class="visually-hidden">{S.updateLater}</span>
          </button>
        </div>
      </Show>
    </div>
  );
}
