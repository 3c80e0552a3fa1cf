import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { valuesCsv } from '../../engine/csv';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { targetCsv } from '../../engine/target-file';
import { valuesXlsx } from '../../share/xlsx';
import { assessmentFileName, downloadBlob, FILE_SUFFIX } from './files';
import { ShareDialog } from './ShareDialog';
import { X } from '../strings/interchange';
import './interchange.css';

export type Download = (blob: Blob, fileName: string) => void;

/** The lossless assessment file: exactly the stored document. */
export function assessmentJsonBlob(doc: AssessmentDoc): Blob {
  return new Blob([JSON.stringify(doc)], { type: 'application/json' });
}

/** A UTF-8 byte-order mark, so Excel reads accented city names and sources correctly. */
const csvBlob = (text: string) => new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });

export interface ExportPanelProps {
  /** The assessment as it is now (pass the session's current document, so unsaved edits are included). */
  doc: AssessmentDoc;
  /** Test hook: receives each file instead of the browser download. */
  download?: Download;
}

/** Export buttons for one assessment, and the share-link dialog. */
export function ExportPanel(props: ExportPanelProps): JSX.Element {
  const uid = createUniqueId();
  const [busy, setBusy] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [sharing, setSharing] = createSignal(false);
  const save: Download = (blob, name) => (props.download ?? downloadBlob)(blob, name);

  const run = async (what: string, make: () => Blob | Promise<Blob>, name: string) => {
    setBusy(what);
    setError(null);
    setStatus(X.preparing);
    try {
      save(await make(), name);
      setStatus(X.saved(name));
    } catch (e) {
      setStatus('');
      setError(X.exportFailed((e as Error).message ?? String(e)));
    } finally {
      setBusy(null);
    }
  };

  const doc = () => props.doc;
  const exportJson = () => run('json', () => assessmentJsonBlob(doc()), assessmentFileName(doc(), FILE_SUFFIX.json));
  const exportCsv = () => run('csv', () => csvBlob(valuesCsv(u4ssc, doc())), assessmentFileName(doc(), FILE_SUFFIX.csv));
  const exportXlsx = () => run('xlsx', () => valuesXlsx(u4ssc, doc()), assessmentFileName(doc(), FILE_SUFFIX.xlsx));
  const exportTargets = () => run('targets', () => csvBlob(targetCsv(u4ssc, referenceTargets, doc().targets)), assessmentFileName(doc(), FILE_SUFFIX.targets));

  const button = (what: string, label: string, hint: string, onClick: () => void) => (
    <li>
      <button type="button" onClick={onClick} disabled={busy() !== null} aria-describedby={`${uid}-${what}-hint`}>
        {busy() === what ? X.preparing : label}
      </button>
      <span id={`${uid}-${what}-hint`} class="hint">
        {hint}
      </span>
    </li>
  );

  return (
    <section class="panel ix-export" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{X.exportTitle}</h3>
      <p class="hint">{X.exportHelp}</p>
      <ul class="ix-actions">
        {button('json', X.exportJson, X.exportJsonHint, exportJson)}
        {button('csv', X.exportCsv, X.exportCsvHint, exportCsv)}
        {button('xlsx', X.exportXlsx, X.exportXlsxHint, exportXlsx)}
        {button('targets', X.exportTargets, X.exportTargetsHint, exportTargets)}
        {button('share', X.exportShare, X.exportShareHint, () => setSharing(true))}
      </ul>
      <p class="ix-status" role="status" aria-live="polite">
        {status()}
      </p>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={sharing()}>
        <ShareDialog doc={doc()} onClose={() => setSharing(false)} onDownloadJson={exportJson} />
      </Show>
    </section>
  );
}
