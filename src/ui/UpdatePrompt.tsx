import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { reloadSafely } from './before-reload';
import { reloadOnStaleChunks } from './stale-chunks';
import { shellWords } from './strings';
import { savingWords } from './strings/saving';

/**
 * Registers the service worker (offline after one visit) and asks before activating a new version:
 * an editor never reloads under the user. Only the tab whose user accepted the update reloads (after
 * its open assessment has folded its edits); every other tab is told and reloads when its user says so,
 * so a cell being typed in there is never lost.
 *
 * Its messages are a bar in the page's flow, above the app (main.tsx): they push the page down and
 * never cover a control. They floated in the top end corner until #25 found them over the header's
 * language picker.
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
  // Views of the old version whose chunks are gone after an update elsewhere: reload safely (stale-chunks.ts).
  onMount(() => onCleanup(reloadOnStaleChunks()));
  return (
    <div class="update-region" role="status" aria-live="polite">
      <Show when={activatedElsewhere()}>
        <div class="toast" data-testid="update-activated">
          <span class="toast-message">{savingWords.updateActivated}</span>
          <button type="button" onClick={() => void reloadSafely()}>
            {shellWords.updateReload}
          </button>
        </div>
      </Show>
      <Show when={needRefresh()}>
        <div class="toast">
          <span class="toast-message">{shellWords.updateReady}</span>
          <button
            type="button"
            onClick={() => {
              accepted = true;
              void updateServiceWorker(true);
            }}
          >
            {shellWords.updateReload}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {shellWords.updateLater}
          </button>
        </div>
      </Show>
      <Show when={offlineReady()}>
        <div class="toast">
          <span class="toast-message">{shellWords.offlineReady}</span>
          <button type="button" onClick={() => setOfflineReady(false)}>
            ✕<span class="visually-hidden">{shellWords.updateLater}</span>
          </button>
        </div>
      </Show>
    </div>
  );
}
