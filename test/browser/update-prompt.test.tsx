import { render } from 'solid-js/web';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { UpdatePrompt } from '../../src/ui/UpdatePrompt';
import { reloadSafely } from '../../src/ui/before-reload';

// Every reload the app makes goes through reloadSafely: watching it tells whether this tab would reload,
// at the moment the prompt has decided, with no wait for a reload that might come late.
vi.mock('../../src/ui/before-reload', () => ({ reloadSafely: vi.fn(() => Promise.resolve()), flushBeforeReload: () => () => {} }));

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
    // The new service worker took control because another tab's user accepted the update.
    registered.at(-1)?.onNeedReload?.();
    await expect.element(page.elementLocator(host).getByTestId('update-activated')).toHaveTextContent(/activated in another tab.*everything you typed is kept/);
    expect(host.textContent).not.toContain('A new version of the workbench is available');
    expect(reloadSafely).not.toHaveBeenCalled();
  });

  it('the tab whose user accepted the update is the one that reloads, through reloadSafely', async () => {
    vi.mocked(reloadSafely).mockClear();
    const host = document.createElement('div');
    document.body.append(host);
    dispose = render(() => <UpdatePrompt />, host);
    await userEvent.click(page.elementLocator(host).getByRole('button', { name: 'Reload now' }).first());
    registered.at(-1)?.onNeedReload?.();
    expect(reloadSafely).toHaveBeenCalledTimes(1);
  });
});
