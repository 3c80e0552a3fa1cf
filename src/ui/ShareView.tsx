/**
 * Sharing, export, target files and compare/merge for the open assessment, loaded on first use (the
 * Excel libraries load later still, when a spreadsheet is made).
 */
import { createResource, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../engine/assessment';
import type { TargetOverride } from '../engine/types';
import { addAssessment, getAssessment, listAssessments, type WorkbenchDb } from '../storage/db';
import { CompareView } from './interchange/CompareView';
import { ExportPanel } from './interchange/ExportPanel';
import { TargetImport } from './interchange/TargetImport';
import { S } from './strings';

export interface ShareViewProps {
  db: WorkbenchDb;
  doc: AssessmentDoc;
  onTargets: (targets: Record<string, TargetOverride>) => void;
  onMerged: (id: string) => void;
}

export default function ShareView(props: ShareViewProps): JSX.Element {
  const [others, setOthers] = createSignal<AssessmentDoc[]>([]);
  const sub = listAssessments(props.db).subscribe((rows) => setOthers(rows.filter((r) => r.id !== props.doc.id)));
  onCleanup(() => sub.unsubscribe());
  const [otherId, setOtherId] = createSignal('');
  const [other] = createResource(otherId, (id) => (id ? getAssessment(props.db, id) : Promise.resolve(undefined)));

  return (
    <div class="share-view">
      <ExportPanel doc={props.doc} />
      <TargetImport doc={props.doc} onApply={props.onTargets} />
      <section class="panel" aria-labelledby="compare-title">
        <h3 id="compare-title">{S.compareTitle}</h3>
        <p class="hint">{S.compareHint}</p>
        <label class="tool">
          {S.compareWith}{' '}
          <select value={otherId()} onChange={(e) => setOtherId(e.currentTarget.value)} data-testid="compare-other">
            <option value="">{S.compareNone}</option>
            <For each={others()}>{(o) => <option value={o.id}>{`${o.city} ${o.year}`}</option>}</For>
          </select>
        </label>
        <Show when={other()} keyed>
          {(b) => (
            <CompareView
              a={props.doc}
              b={b}
              onMerged={async (merged) => {
                await addAssessment(props.db, merged);
                props.onMerged(merged.id);
              }}
            />
          )}
        </Show>
      </section>
    </div>
  );
}
