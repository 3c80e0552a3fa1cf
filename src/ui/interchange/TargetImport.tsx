import { createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { TargetOverride } from '../../engine/types';
import { FilePicker } from './FilePicker';
import { readTargetFile, type ImportProblem } from './import-file';
import { targetChanges, type TargetChange } from './model';
import { ProblemList } from './ProblemList';
import { interchangeWords } from '../strings/interchange';
import { acceptFor } from '../../interchange/formats';
import './interchange.css';

export interface TargetImportProps {
  /** The open assessment (its current target overrides are compared with the file). */
  doc: AssessmentDoc;
  /**
   * The user confirmed: the overrides to set on the open assessment, keyed by data-point id. Only
   * those that change the target in force are passed; nothing is stored by this component.
   */
  onApply: (targets: Record<string, TargetOverride>) => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; name: string; message: string; problems: ImportProblem[] }
  | { kind: 'ready'; name: string; inFile: number; changes: TargetChange[]; targets: Record<string, TargetOverride> };

const SHOWN = 50;

/** "Import target file" for the open assessment: reads a target CSV, shows what will change, applies on confirmation. */
export function TargetImport(props: TargetImportProps): JSX.Element {
  const uid = createUniqueId();
  const [phase, setPhase] = createSignal<Phase>({ kind: 'idle' });
  const [status, setStatus] = createSignal('');
  let token = 0;

  const onFile = async (file: File) => {
    const mine = ++token;
    setStatus('');
    setPhase({ kind: 'reading', name: file.name });
    const r = await readTargetFile(file, u4ssc);
    if (mine !== token) return;
    if (!r.ok) return setPhase({ kind: 'failed', name: file.name, message: r.message, problems: r.problems });
    const changes = targetChanges(u4ssc, referenceTargets, props.doc.targets, r.targets);
    const targets: Record<string, TargetOverride> = {};
    for (const c of changes) targets[c.id] = r.targets[c.id];
    setPhase({ kind: 'ready', name: file.name, inFile: Object.keys(r.targets).length, changes, targets });
  };

  const apply = (p: Extract<Phase, { kind: 'ready' }>) => {
    props.onApply(p.targets);
    setPhase({ kind: 'idle' });
    setStatus(interchangeWords.targetsApplied(p.changes.length));
  };

  return (
    <section class="panel ix-targets" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{interchangeWords.targetsTitle}</h3>
      <p class="hint">{interchangeWords.targetsHelp}</p>
      <FilePicker label={interchangeWords.chooseTargetFile} accept={acceptFor(['targets'])} onFile={(f) => void onFile(f)} />
      <div class="ix-live" aria-live="polite">
        <Show when={status()}>
          <p role="status">{status()}</p>
        </Show>
        <Show when={phase().kind === 'reading' && (phase() as Extract<Phase, { kind: 'reading' }>)}>{(p) => <p>{interchangeWords.reading(p().name)}</p>}</Show>
        <Show when={phase().kind === 'failed' && (phase() as Extract<Phase, { kind: 'failed' }>)}>
          {(p) => <ProblemList name={p().name} message={p().message} problems={p().problems} />}
        </Show>
        <Show when={phase().kind === 'ready' && (phase() as Extract<Phase, { kind: 'ready' }>)}>
          {(p) => <p data-testid="targets-summary">{interchangeWords.targetsSummary(p().inFile, p().changes.length)}</p>}
        </Show>
      </div>
      <Show when={phase().kind === 'ready' && (phase() as Extract<Phase, { kind: 'ready' }>)}>
        {(p) => (
          <div class="ix-ready">
            <Show when={p().changes.length > 0} fallback={<p>{interchangeWords.targetsNoChange}</p>}>
              <div class="ix-scroll">
                <table class="summary-table">
                  <thead>
                    <tr>
                      <th scope="col">{interchangeWords.targetChangeCol.item}</th>
                      <th scope="col">{interchangeWords.targetChangeCol.before}</th>
                      <th scope="col">{interchangeWords.targetChangeCol.after}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={p().changes.slice(0, SHOWN)}>
                      {(c) => (
                        <tr>
                          <th scope="row">{c.label}</th>
                          <td>{c.before}</td>
                          <td>{c.after}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
                <Show when={p().changes.length > SHOWN}>
                  <p class="hint">{interchangeWords.targetsMore(p().changes.length - SHOWN)}</p>
                </Show>
              </div>
            </Show>
            <div class="ix-buttons">
              <Show when={p().changes.length > 0}>
                <button type="button" class="primary" onClick={() => apply(p())}>
                  {interchangeWords.targetsApply(p().changes.length)}
                </button>
              </Show>
              <button type="button" onClick={() => setPhase({ kind: 'idle' })}>
                {interchangeWords.cancel}
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
