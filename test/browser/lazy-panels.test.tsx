import { Suspense } from 'solid-js';
import { render } from 'solid-js/web';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { lazyView, reloadOnStaleChunks } from '../../src/ui/stale-chunks';

/**
 * The side panels load when first shown (issue #32). They go through `lazyView` with a named export
 * (`import('./X').then((m) => ({ default: m.X }))`): after an update, a panel whose chunk is gone makes
 * the tab reload itself safely (#33), Vite's error is prevented, and the import resolves to nothing,
 * so `m.X` reads a property of undefined. That must not reach the screen as an uncaught error.
 */
let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
  document.body.replaceChildren();
});
const stop = reloadOnStaleChunks(() => Promise.resolve());
afterAll(() => {
  stop();
  sessionStorage.clear();
});

function mount(Panel: ReturnType<typeof lazyView>) {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <Suspense fallback={<p>waiting</p>}>
        <Panel />
      </Suspense>
    ),
    container,
  );
  return page.elementLocator(container);
}

describe('a side panel loaded when first shown', () => {
  it('opens once its chunk arrives', async () => {
    const Panel = lazyView(() => Promise.resolve({ Named: () => <p>the panel</p> }).then((m) => ({ default: m.Named })));
    await expect.element(mount(Panel).getByText('the panel')).toBeVisible();
  });

  it('whose chunk is gone after an update waits for the safe reload, with no error on the screen', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      // As Vite's preload helper does: the failed chunk is reported, the reload prevents the error,
      // and the import then resolves to undefined.
      const stale = vi.fn(() => {
        const event = new Event('vite:preloadError', { cancelable: true });
        window.dispatchEvent(event);
        expect(event.defaultPrevented).toBe(true);
        return Promise.resolve(undefined as unknown as { Named: () => null });
      });
      const Panel = lazyView(() => stale().then((m) => ({ default: m.Named })));
      const scope = mount(Panel);
      await expect.element(scope.getByText('waiting')).toBeVisible();
      await expect.poll(() => stale.mock.calls.length).toBe(1);
      // One task later the import's promise has settled: an unhandled rejection or error would be reported by now.
      await new Promise((done) => setTimeout(done, 0));
      expect(errors).toEqual([]);
      await expect.element(scope.getByText('waiting')).toBeVisible();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
