import { createSignal, Show, Suspense } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { lazyView } from '../../src/ui/stale-chunks';
import { shellWords } from '../../src/ui/strings';
import { ViewLoadFailed } from '../../src/ui/view-failed';

/**
 * The workbench's chunk that cannot be fetched (issue #32: it loads when an assessment is opened), as
 * when the page is offline before the service worker saved it, or after the stale-chunk reload already
 * failed once: the import rejects as Chromium rejects it. Before, nothing caught it: an uncaught error
 * and a page left on "Loading…". Now the view's place says so, with the way back to the library.
 */
let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
  document.body.replaceChildren();
});

describe('a lazily loaded view whose chunk fails to load', () => {
  it('says so in an alert where the view would be, and goes back to the library', async () => {
    const Failing = lazyView<() => null>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Workbench-x.js')));
    let back = 0;
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => (
        <ViewLoadFailed onBack={() => back++}>
          <Suspense fallback={<p role="status">{shellWords.loadingView}</p>}>
            <Failing />
          </Suspense>
        </ViewLoadFailed>
      ),
      container,
    );
    await expect.element(page.getByRole('alert')).toHaveTextContent(shellWords.viewLoadFailed);
    expect(page.getByRole('status').query()).toBeNull();
    // No error text of the browser's on screen.
    expect(container.textContent).not.toContain('Failed to fetch');
    await page.getByRole('button', { name: shellWords.backToLibrary }).click();
    expect(back).toBe(1);
  });

  it('moves the focus to the way back, so a keyboard user is not left on the page body', async () => {
    const Failing = lazyView<() => null>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Workbench-x.js')));
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => (
        <ViewLoadFailed onBack={() => undefined}>
          <Suspense fallback={<p role="status">{shellWords.loadingView}</p>}>
            <Failing />
          </Suspense>
        </ViewLoadFailed>
      ),
      container,
    );
    await expect.element(page.getByRole('alert')).toBeVisible();
    const back = page.getByRole('button', { name: shellWords.backToLibrary }).element();
    await expect.poll(() => document.activeElement).toBe(back);
  });

  it('fetches the chunk again when the view is opened again after a failure (back online, no reload)', async () => {
    // As App.tsx: the boundary and the view are mounted while an assessment is open, unmounted on "back".
    let attempts = 0;
    const Flaky = lazyView(() => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Workbench-x.js'))
        : Promise.resolve({ default: () => <p>the grid</p> });
    });
    const [open, setOpen] = createSignal(true);
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => (
        <Show when={open()} fallback={<p>the library</p>}>
          <ViewLoadFailed onBack={() => setOpen(false)}>
            <Suspense fallback={<p role="status">{shellWords.loadingView}</p>}>
              <Flaky />
            </Suspense>
          </ViewLoadFailed>
        </Show>
      ),
      container,
    );
    await expect.element(page.getByRole('alert')).toHaveTextContent(shellWords.viewLoadFailed);
    await page.getByRole('button', { name: shellWords.backToLibrary }).click();
    await expect.element(page.getByText('the library')).toBeVisible();
    setOpen(true);
    await expect.element(page.getByText('the grid')).toBeVisible();
    expect(page.getByRole('alert').query()).toBeNull();
    expect(attempts).toBe(2);
  });

  it('fetches the chunk again on opening when the fetch ahead of time (App.tsx, once idle) failed offline', async () => {
    let attempts = 0;
    const Flaky = lazyView(() => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Workbench-x.js'))
        : Promise.resolve({ default: () => <p>the grid</p> });
    });
    await expect(Flaky.preload()).rejects.toThrow('Failed to fetch');
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => (
        <ViewLoadFailed onBack={() => undefined}>
          <Suspense fallback={<p role="status">{shellWords.loadingView}</p>}>
            <Flaky />
          </Suspense>
        </ViewLoadFailed>
      ),
      container,
    );
    await expect.element(page.getByText('the grid')).toBeVisible();
    expect(page.getByRole('alert').query()).toBeNull();
    expect(attempts).toBe(2);
  });

  it('a view that loads is shown as it is', async () => {
    const Loads = lazyView(() => Promise.resolve({ default: () => <p>the grid</p> }));
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => (
        <ViewLoadFailed onBack={() => undefined}>
          <Suspense fallback={<p role="status">{shellWords.loadingView}</p>}>
            <Loads />
          </Suspense>
        </ViewLoadFailed>
      ),
      container,
    );
    await expect.element(page.getByText('the grid')).toBeVisible();
    expect(page.getByRole('alert').query()).toBeNull();
  });
});
