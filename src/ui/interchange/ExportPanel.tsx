import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import { lazyView } from '../stale-chunks';
import type { AssessmentDoc } from '../../engine/assessment';
import type { ReadFramework } from '../../engine/framework-file';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { exportFormats, formatById, type RegisteredFormat } from '../../interchange/formats';
import { assessmentBlob } from '../../interchange/formats/assessment-json';
import { assessmentFileName, downloadBlob } from './files';
import { EXPORT_FORMAT_TEXT, interchangeWords } from '../strings/interchange';
import { workbookNames } from '../strings/kpi-names';
import './interchange.css';
import { errorName } from '../errors';

// The share dialog (and the link encoder) loads when the user asks to share, not with the page: the
// workbench takes assessmentJsonBlob from this module at start.
const ShareDialog = lazyView(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

export type Download = (blob: Blob, fileName: string) => void;

/** The lossless assessment file: exactly the stored document. */
export const assessmentJsonBlob = assessmentBlob;

export interface ExportPanelProps {
  /** The assessment as it is now (pass the session's current document, so unsaved edits are included). */
  doc: AssessmentDoc;
  /** Test hook: receives each file instead of the browser download. */
  download?: Download;
  /** The framework file this browser holds: an assessment naming it has its local KPIs in the scores tables (issue #30). */
  held?: ReadFramework | null;
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
    setStatus(interchangeWords.preparing);
    try {
      save(await make(), name);
      setStatus(interchangeWords.saved(name));
    } catch (e) {
      setStatus('');
      setError(interchangeWords.exportFailed(errorName(e)));
    } finally {
      setBusy(null);
    }
  };

  const doc = () => props.doc;
  const exportAs = (f: RegisteredFormat) =>
    run(
      f.id,
      () =>
        f.write(doc(), { fw: u4ssc, targets: referenceTargets, workbook: { ...interchangeWords.workbook, names: workbookNames }, held: props.held ?? null }),
      assessmentFileName(doc(), f.suffix),
    );
  const exportJson = () => exportAs(formatById('assessment-json'));

  const button = (what: string, label: string, hint: string, onClick: () => void) => (
    <li>
      <button type="button" onClick={onClick} disabled={busy() !== null} aria-describedby={`${uid}-${what}-hint`}>
        {busy() === what ? interchangeWords.preparing : label}
      </button>
      <span id={`${uid}-${what}-hint`} class="hint">
        {hint}
      </span>
    </li>
  );

  return (
    <section class="panel ix-export" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{interchangeWords.exportTitle}</h3>
      <p class="hint">{interchangeWords.exportHelp}</p>
      <ul class="ix-actions">
        {exportFormats().map((f) => button(f.id, EXPORT_FORMAT_TEXT[f.id].label, EXPORT_FORMAT_TEXT[f.id].hint, () => exportAs(f)))}
        {button('share', interchangeWords.exportShare, interchangeWords.exportShareHint, () => setSharing(true))}
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
