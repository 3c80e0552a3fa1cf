import { createSignal, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { errorName } from '../errors';
import { interchangeWords } from '../strings/interchange';
import { downloadBlob } from './files';

/** The whole library's zip name, dated like the backup's. */
export const libraryZipName = (date: Date = new Date()) => `ssc-workbench-all-${date.toISOString().slice(0, 10)}.zip`;

/**
 * "Download all" for the whole library (issue #29 item 2): every export of every assessment in one zip,
 * each assessment in a folder of its own. The writers load when it is asked for; how many assessments
 * are written so far is said, for a library of hundreds.
 */
export function LibraryDownloadAll(props: { docs: () => Promise<AssessmentDoc[]> }): JSX.Element {
  const [busy, setBusy] = createSignal<{ done: number; of: number } | null>(null);
  const [said, setSaid] = createSignal('');
  const run = async () => {
    setSaid('');
    setBusy({ done: 0, of: 0 });
    try {
      // The library lists summaries; the full rows are read only now, when they are written out.
      const docs = await props.docs();
      setBusy({ done: 0, of: docs.length });
      const { writeLibraryAll } = await import('../../interchange/formats/all-zip');
      const blob = await writeLibraryAll(docs, { fw: u4ssc, targets: referenceTargets }, (done) => setBusy({ done, of: docs.length }));
      downloadBlob(blob, libraryZipName());
      setSaid(interchangeWords.libraryAllDone(docs.length));
    } catch (e) {
      setSaid(interchangeWords.readFailed(errorName(e)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void run()} disabled={busy() !== null} aria-describedby="library-all-hint" data-testid="library-all">
        {interchangeWords.libraryAll}
      </button>
      <span id="library-all-hint" class="hint">
        {interchangeWords.libraryAllHint}
      </span>
      <span role="status" class="hint" data-testid="library-all-status">
        <Show when={busy()} fallback={said()}>
          {(b) => <>{interchangeWords.libraryAllWriting(b().done, b().of)}</>}
        </Show>
      </span>
    </>
  );
}
