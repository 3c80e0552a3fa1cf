import { render } from 'solid-js/web';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { UpdatePrompt } from '../../src/ui/UpdatePrompt';
import { reloadSafely } from '../../src/ui/before-reload';
import { App } from '../../src/ui/App';
import { deleteDb, uniqueDbName } from './helpers';

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

describe('the update prompt in the page (#25: notices never cover controls)', () => {
  it('sits above the app in the page flow, so the header and its language picker stay uncovered and usable', async () => {
    await page.viewport(1280, 800);
    const name = uniqueDbName();
    const host = document.createElement('div');
    document.body.append(host);
    // As main.tsx mounts them: the prompt first, then the app.
    dispose = render(
      () => (
        <>
          <UpdatePrompt />
          <App dbName={name} />
        </>
      ),
      host,
    );
    try {
      const scope = page.elementLocator(host);
      await expect.element(scope.getByText('A new version of the workbench is available')).toBeVisible();
      const picker = (await scope.getByTestId('language').findElement()) as HTMLElement;
      const prompt = host.querySelector('.update-region')!.getBoundingClientRect();
      const box = picker.getBoundingClientRect();
      // The prompt ends where the page begins; the picker is below it, and is what a click at its centre reaches.
      expect(box.top).toBeGreaterThanOrEqual(prompt.bottom);
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(picker);
      for (const button of host.querySelectorAll<HTMLElement>('header button, header select')) {
        const b = button.getBoundingClientRect();
        if (b.width === 0) continue;
        const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
        expect(button.contains(hit)).toBe(true);
      }
    } finally {
      dispose?.();
      dispose = undefined;
      host.remove();
      await deleteDb(name);
    }
  });
});
