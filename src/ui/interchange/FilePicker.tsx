import { createSignal, createUniqueId, type JSX } from 'solid-js';
import { interchangeWords } from '../strings/interchange';

/** A labelled file input inside a drop zone; hands over the first file chosen or dropped. */
export function FilePicker(props: { label: string; accept: string; onFile: (file: File) => void; disabled?: boolean }): JSX.Element {
  const id = createUniqueId();
  const [over, setOver] = createSignal(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !props.disabled) props.onFile(file);
  };
  return (
    <div
      class="ix-drop"
      classList={{ 'ix-drop-over': over() }}
      data-testid="drop-zone"
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          take(input.files);
          // Choosing the same file again (after fixing it) fires change again.
          input.value = '';
        }}
      />
      <span class="hint">{interchangeWords.dropHere}</span>
    </div>
  );
}
