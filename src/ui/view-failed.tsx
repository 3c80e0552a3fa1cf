/**
 * A view loaded by `import()` (the workbench, issue #32) whose chunk cannot be fetched: offline before
 * the service worker had saved it, or a server without it after the stale-chunk reload already failed
 * once (stale-chunks.ts). Without a boundary the failed import was an uncaught error and the page stayed
 * on "Loading…" or went blank; now it says so where the view would be, and offers the way back to the
 * library. Nothing is lost: the assessments are in the browser's storage, which the failure never touched.
 */
import { ErrorBoundary, onMount, type JSX } from 'solid-js';
import { shellWords } from './strings';

export function ViewLoadFailed(props: { children: JSX.Element; onBack: () => void }): JSX.Element {
  return <ErrorBoundary fallback={() => <LoadFailedNotice onBack={props.onBack} />}>{props.children}</ErrorBoundary>;
}

function LoadFailedNotice(props: { onBack: () => void }): JSX.Element {
  let back!: HTMLButtonElement;
  // The view that held the focus (or the library's Open button that was clicked) is gone: without this a
  // keyboard or screen-reader user is left on the page's body, far from the only thing left to do.
  onMount(() => back.focus());
  return (
    <div class="notice notice-warning" role="alert" data-testid="view-load-failed">
      <p>{shellWords.viewLoadFailed}</p>
      <button type="button" ref={back} onClick={() => props.onBack()}>
        {shellWords.backToLibrary}
      </button>
    </div>
  );
}
