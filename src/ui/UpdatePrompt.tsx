import { Show, type JSX } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { S } from './strings';

/**
 * Registers the service worker (offline after one visit) and asks before activating a new version:
 * an editor never reloads under the user.
 */
export function UpdatePrompt(): JSX.Element {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  return (
    <div class="update-region" role="status" aria-live="polite">
      <Show when={needRefresh()}>
        <div class="toast">
          <span class="toast-message">{S.updateReady}</span>
          <button type="button" onClick={() => void updateServiceWorker(true)}>
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
