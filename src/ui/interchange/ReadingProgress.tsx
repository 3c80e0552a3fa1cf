import { Show, type JSX } from 'solid-js';
import type { ReadProgress } from '../../worker/read-client';
import { interchangeWords } from '../strings/interchange';
import { megabytes } from './files';

/**
 * How far the reading of a large file is, in words and as a progress bar (its amount while the file
 * loads; no amount while its table is read, which a reader does in one go), with Cancel. Kept out of
 * the panel's live region: the words change every megabyte, and a screen reader would say each.
 */
export function ReadingProgress(props: { name: string; progress: ReadProgress; onCancel: () => void }): JSX.Element {
  const words = () =>
    props.progress.stage === 'loading'
      ? interchangeWords.readingLoaded(props.name, megabytes(props.progress.loaded), megabytes(props.progress.total))
      : interchangeWords.readingParsing(props.name);
  return (
    <div class="ix-reading" data-testid="import-progress">
      <p>{words()}</p>
      <Show
        when={props.progress.stage === 'loading'}
        fallback={<progress aria-label={interchangeWords.readingProgress} aria-valuetext={words()} data-testid="import-progress-bar" />}
      >
        <progress
          aria-label={interchangeWords.readingProgress}
          aria-valuetext={words()}
          max={props.progress.total || 1}
          value={props.progress.loaded}
          data-testid="import-progress-bar"
        />
      </Show>
      <button type="button" onClick={() => props.onCancel()} data-testid="import-cancel">
        {interchangeWords.readingCancel}
      </button>
    </div>
  );
}
