import { render } from 'solid-js/web';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { UpdatePrompt } from '../../src/ui/UpdatePrompt';

/** What the service-worker registration hands the prompt: its options are captured to play the events. */
const registered: { onNeedReload?: () => void }[] = [];
vi.mock('virtual:pwa-register/solid', () => ({
  useRegisterSW: (options: { onNeedReload?: () => void }) => {
    registered.push(options);
    return {
      needRefresh: createSignal(true),
      offlineReady: createSignal(false),
      updateServiceWorker: () => Promise.resolve(),
    };
  },
}));

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe('an update accepted in another tab (finding 6)', () => {
  it('never reloads this tab: it says so and waits for this user', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    dispose = render(() => <UpdatePrompt />, host);
    const unloads = vi.fn();
    window.addEventListener('beforeunload', unloads);
    // The new service worker took control because another tab's user accepted the update.
    registered.at(-1)?.onNeedReload?.();
    await expect.element(page.elementLocator(host).getByTestId('update-activated')).toHaveTextContent(/activated in another tab.*everything you typed is kept/);
    expect(host.textContent).not.toContain('A new version of the workbench is available');
    await new Promise((r) => setTimeout(r, 300));
    expect(unloads).not.toHaveBeenCalled();
    window.removeEventListener('beforeunload', unloads);
  });
});
