import { createSignal, createUniqueId, For, onMount, Show, type JSX } from 'solid-js';
import { lazyView } from '../stale-chunks';
import { withOrigin } from '../../engine/versions';
import { duplicateAssessment, type AssessmentDoc } from '../../engine/assessment';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { QuotaError, storageProblem, type WorkbenchDb } from '../../storage/db';
import { openSharedLink, stripShareHash, type LocatedLink } from './link';
import { enteredCount, overallPercent, percentText } from './model';
import { storeImported } from '../../storage/import';
import { interchangeWords } from '../strings/interchange';
import { problemWords } from '../strings/problems';
import './interchange.css';
import { savingWords } from '../strings/saving';

// The review report's parts load with the results view; here only once a link was opened.
const FingerprintCheck = lazyView(() => import('../review/ReportParts').then((m) => ({ default: m.FingerprintCheck })));

export interface LinkPreviewProps {
  /** From `openLinkFromLocation()`, read once on app start. */
  link: LocatedLink;
  db: WorkbenchDb;
  /** The shared assessment was stored under a new id: open it. */
  onOpened: (doc: AssessmentDoc) => void;
  /** The user cancelled or closed the dialog; nothing was stored. */
  onClose: () => void;
  /** Removes the link from the address bar once the user decided (default: `stripShareHash()`). */
  stripHash?: () => void;
}

type State =
  | { kind: 'decoding' }
  | { kind: 'passphrase'; error: string | null }
  | { kind: 'failed'; message: string; problems: string[] }
  | { kind: 'preview'; doc: AssessmentDoc; values: number; percent: number | null }
  | { kind: 'storing'; doc: AssessmentDoc; values: number; percent: number | null };

/**
 * Opens a share link: asks for the passphrase when needed, shows what the link holds (city, country,
 * year, values entered, overall score) and adds it as a NEW assessment only when the user says so.
 * Never overwrites stored work. The link is removed from the address bar once the user decides.
 */
export function LinkPreview(props: LinkPreviewProps): JSX.Element {
  const uid = createUniqueId();
  let dialog!: HTMLDialogElement;
  const [state, setState] = createSignal<State>({ kind: 'decoding' });
  const [pass, setPass] = createSignal('');
  const [storeError, setStoreError] = createSignal<string | null>(null);
  let finished = false;
  let focusTarget: HTMLElement | undefined;
  /** Moves focus to the new step's main control (the dialog keeps focus inside itself). */
  const focusSoon = () => setTimeout(() => focusTarget?.focus(), 0);

  const decode = async (passphrase?: string) => {
    const r = await openSharedLink(props.link.fragment, u4ssc, passphrase);
    if (r.ok) {
      setPass('');
      setState({ kind: 'preview', doc: r.doc, values: enteredCount(r.doc), percent: overallPercent(u4ssc, referenceTargets, r.doc) });
    } else if (r.stage === 'link' && r.error.kind === 'needs-passphrase') {
      setState({ kind: 'passphrase', error: null });
    } else if (r.stage === 'link' && r.error.kind === 'cannot-decrypt' && props.link.mode === 'passphrase') {
      setState({ kind: 'passphrase', error: interchangeWords.linkProblem(r.error) });
    } else if (r.stage === 'link') setState({ kind: 'failed', message: interchangeWords.linkProblem(r.error), problems: [] });
    else
      setState({
        kind: 'failed',
        message: `${interchangeWords.linkDocumentProblem} ${problemWords.parseError(r.error)}`,
        problems: problemWords.errorLines(r.error).slice(0, 50),
      });
    focusSoon();
  };

  onMount(() => {
    if (!dialog.open) dialog.showModal();
    void decode();
  });

  const finish = (after: () => void) => {
    if (finished) return;
    finished = true;
    (props.stripHash ?? stripShareHash)();
    if (dialog.open) dialog.close();
    after();
  };

  const submitPassphrase = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!pass()) return;
    setState({ kind: 'decoding' });
    await decode(pass());
  };

  const openAsNew = async () => {
    const s = state();
    if (s.kind !== 'preview') return;
    setStoreError(null);
    setState({ ...s, kind: 'storing' });
    try {
      // Always a new id: a shared copy never replaces anything stored here.
      const [stored] = await storeImported(props.db, [withOrigin(duplicateAssessment(s.doc, {}), 'link', Date.now())]);
      finish(() => props.onOpened(stored));
    } catch (err) {
      setState({ ...s, kind: 'preview' });
      setStoreError(err instanceof QuotaError ? interchangeWords.storeQuota : interchangeWords.storeFailed(savingWords.problem(storageProblem(err))));
    }
  };

  const cancel = () => finish(() => props.onClose());

  return (
    <dialog
      ref={dialog}
      class="ix-dialog"
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id={`${uid}-title`}>{interchangeWords.previewTitle}</h2>
      <div aria-live="polite" class="ix-live">
        <Show when={state().kind === 'decoding'}>
          <p role="status">{interchangeWords.decoding}</p>
        </Show>
        <Show when={state().kind === 'failed' && (state() as Extract<State, { kind: 'failed' }>)}>
          {(s) => (
            <div class="ix-problems" role="alert">
              <p class="form-error">{s().message}</p>
              <Show when={s().problems.length > 0}>
                <ul>
                  <For each={s().problems}>{(p) => <li>{p}</li>}</For>
                </ul>
              </Show>
            </div>
          )}
        </Show>
      </div>

      <Show when={state().kind === 'passphrase' && (state() as Extract<State, { kind: 'passphrase' }>)}>
        {(s) => (
          <form onSubmit={submitPassphrase} class="ix-pass-form">
            <p>{interchangeWords.passphrasePrompt}</p>
            <div class="field">
              <label for={`${uid}-pass`}>{interchangeWords.passphrase}</label>
              <input
                id={`${uid}-pass`}
                type="password"
                autocomplete="off"
                ref={(el) => (focusTarget = el)}
                value={pass()}
                aria-invalid={s().error !== null}
                aria-describedby={`${uid}-pass-error`}
                onInput={(e) => setPass(e.currentTarget.value)}
              />
            </div>
            <p id={`${uid}-pass-error`} class="field-error" role="alert">
              {s().error ?? ''}
            </p>
            <div class="ix-buttons">
              <button type="submit" class="primary">
                {interchangeWords.openWithPassphrase}
              </button>
              <button type="button" onClick={cancel}>
                {interchangeWords.cancel}
              </button>
            </div>
          </form>
        )}
      </Show>

      <Show when={(state().kind === 'preview' || state().kind === 'storing') && (state() as Extract<State, { kind: 'preview' | 'storing' }>)}>
        {(s) => (
          <div class="ix-preview">
            <p>{interchangeWords.previewIntro}</p>
            <dl class="ix-facts">
              <dt>{interchangeWords.previewCity}</dt>
              <dd data-testid="preview-city">{s().doc.city}</dd>
              <dt>{interchangeWords.previewCountry}</dt>
              <dd>{s().doc.country}</dd>
              <dt>{interchangeWords.previewYear}</dt>
              <dd>{String(s().doc.year)}</dd>
              <dt>{interchangeWords.previewValues}</dt>
              <dd data-testid="preview-values">{String(s().values)}</dd>
              <dt>{interchangeWords.previewScore}</dt>
              <dd data-testid="preview-score">{s().percent === null ? interchangeWords.previewScoreNone : percentText(s().percent)}</dd>
            </dl>
            <FingerprintCheck doc={s().doc} />
            <Show when={storeError()}>
              <p class="form-error" role="alert">
                {storeError()}
              </p>
            </Show>
            <div class="ix-buttons">
              <button type="button" class="primary" ref={(el) => (focusTarget = el)} disabled={s().kind === 'storing'} onClick={openAsNew}>
                {interchangeWords.openAsNew}
              </button>
              <button type="button" onClick={cancel}>
                {interchangeWords.cancel}
              </button>
            </div>
          </div>
        )}
      </Show>

      <Show when={state().kind === 'failed'}>
        <div class="ix-buttons">
          <button type="button" ref={(el) => (focusTarget = el)} onClick={cancel}>
            {interchangeWords.close}
          </button>
        </div>
      </Show>
    </dialog>
  );
}
