import { createSignal, createUniqueId, For, onMount, Show, type JSX } from 'solid-js';
import { VersionLine } from '../version-line';
import type { AssessmentDoc } from '../../engine/assessment';
import { encodeLink, LinkTooLongError, MAX_LINK_CHARS, type LinkMode } from '../../share/link';
import { shareUrl } from './link';
import { interchangeWords } from '../strings/interchange';
import './interchange.css';
import { errorName } from '../errors';

export const MIN_PASSPHRASE = 8;

export interface ShareDialogProps {
  doc: AssessmentDoc;
  /** The dialog was closed (Close button or Escape). */
  onClose: () => void;
  /** Offered when the link would be too long: save the assessment JSON file instead. */
  onDownloadJson: () => void;
  /** The page address the link starts with (default: this page). */
  location?: Pick<Location, 'origin' | 'pathname'>;
}

/**
 * A modal dialog that makes an encrypted share link of the assessment (key in the link, or a
 * passphrase), shows it read-only with a Copy button, and says plainly what the encryption protects.
 * The passphrase lives only in this dialog's fields and is cleared once the link is made.
 */
export function ShareDialog(props: ShareDialogProps): JSX.Element {
  const uid = createUniqueId();
  let dialog!: HTMLDialogElement;
  let linkField: HTMLInputElement | undefined;
  const [mode, setMode] = createSignal<LinkMode>('key');
  const [pass, setPass] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [fieldError, setFieldError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [link, setLink] = createSignal<string | null>(null);
  const [tooLong, setTooLong] = createSignal<number | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal('');

  onMount(() => {
    if (!dialog.open) dialog.showModal();
  });

  const reset = () => {
    setLink(null);
    setTooLong(null);
    setError(null);
    setStatus('');
  };

  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    reset();
    let passphrase: string | undefined;
    if (mode() === 'passphrase') {
      if (pass().length < MIN_PASSPHRASE) return setFieldError(interchangeWords.passphraseTooShort(MIN_PASSPHRASE));
      if (pass() !== confirm()) return setFieldError(interchangeWords.passphraseMismatch);
      passphrase = pass();
    }
    setFieldError(null);
    setBusy(true);
    setStatus(interchangeWords.creatingLink);
    try {
      const fragment = await encodeLink(JSON.stringify(props.doc), passphrase === undefined ? {} : { passphrase });
      const url = shareUrl(props.location ?? location, fragment);
      setLink(url);
      setStatus(interchangeWords.linkReady(url.length));
      // The passphrase is not kept anywhere once the link exists.
      setPass('');
      setConfirm('');
      queueMicrotask(() => linkField?.select());
    } catch (err) {
      setStatus('');
      if (err instanceof LinkTooLongError) setTooLong(err.length);
      else setError(interchangeWords.linkFailed(errorName(err)));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    const text = link();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus(interchangeWords.copied);
    } catch {
      linkField?.focus();
      linkField?.select();
      setStatus(interchangeWords.copyManually);
    }
  };

  const close = () => {
    setPass('');
    setConfirm('');
    if (dialog.open) dialog.close();
    else props.onClose();
  };

  return (
    <dialog ref={dialog} class="ix-dialog" aria-labelledby={`${uid}-title`} onClose={() => props.onClose()}>
      <h2 id={`${uid}-title`}>{interchangeWords.shareTitle}</h2>
      <p>
        <VersionLine doc={props.doc} />
      </p>
      <form class="ix-share-form" onSubmit={create}>
        <fieldset class="ix-choice">
          <legend>{interchangeWords.shareModeLegend}</legend>
          <label>
            <input type="radio" name={`${uid}-mode`} value="key" checked={mode() === 'key'} onChange={() => (setMode('key'), reset(), setFieldError(null))} />
            {interchangeWords.shareModeKey}
            <span class="hint">{interchangeWords.shareModeKeyHint}</span>
          </label>
          <label>
            <input type="radio" name={`${uid}-mode`} value="passphrase" checked={mode() === 'passphrase'} onChange={() => (setMode('passphrase'), reset())} />
            {interchangeWords.shareModePassphrase}
            <span class="hint">{interchangeWords.shareModePassphraseHint}</span>
          </label>
        </fieldset>
        <Show when={mode() === 'passphrase'}>
          <div class="ix-fields">
            <div class="field">
              <label for={`${uid}-pass`}>{interchangeWords.passphrase}</label>
              <input
                id={`${uid}-pass`}
                type="password"
                autocomplete="new-password"
                minLength={MIN_PASSPHRASE}
                value={pass()}
                aria-invalid={fieldError() !== null}
                aria-describedby={`${uid}-pass-error`}
                onInput={(e) => setPass(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for={`${uid}-confirm`}>{interchangeWords.passphraseConfirm}</label>
              <input
                id={`${uid}-confirm`}
                type="password"
                autocomplete="new-password"
                value={confirm()}
                aria-invalid={fieldError() === interchangeWords.passphraseMismatch}
                aria-describedby={`${uid}-pass-error`}
                onInput={(e) => setConfirm(e.currentTarget.value)}
              />
            </div>
          </div>
        </Show>
        <p id={`${uid}-pass-error`} class="field-error" role="alert">
          {fieldError() ?? ''}
        </p>
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? interchangeWords.creatingLink : interchangeWords.createLink}
        </button>
      </form>

      <Show when={link()}>
        {(url) => (
          <div class="ix-link">
            <label for={`${uid}-link`}>{interchangeWords.linkLabel}</label>
            <div class="ix-link-row">
              <input id={`${uid}-link`} ref={linkField} readOnly value={url()} onFocus={(e) => e.currentTarget.select()} spellcheck={false} />
              <button type="button" onClick={copy}>
                {interchangeWords.copy}
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={tooLong()}>
        {(chars) => (
          <div class="notice notice-warning ix-too-long" role="alert">
            <p>{interchangeWords.linkTooLong(chars(), MAX_LINK_CHARS)}</p>
            <button type="button" onClick={() => props.onDownloadJson()}>
              {interchangeWords.downloadJsonInstead}
            </button>
          </div>
        )}
      </Show>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
      <p class="ix-status" role="status" aria-live="polite">
        {status()}
      </p>

      <section class="ix-security" aria-labelledby={`${uid}-security`}>
        <h3 id={`${uid}-security`}>{interchangeWords.securityTitle}</h3>
        <ul>
          <For each={interchangeWords.securityPoints}>{(point) => <li>{point}</li>}</For>
        </ul>
      </section>
      <div class="ix-buttons">
        <button type="button" onClick={close}>
          {interchangeWords.close}
        </button>
      </div>
    </dialog>
  );
}
