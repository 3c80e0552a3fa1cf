/**
 * Sharing, export, target files and compare/merge for the open assessment, loaded on first use (the
 * Excel libraries load later still, when a spreadsheet is made).
 */
import { Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../engine/assessment';
import type { TargetOverride } from '../engine/types';
import { addAssessment, type WorkbenchDb } from '../storage/db';
import { CompareView } from './interchange/CompareView';
import { ExportPanel } from './interchange/ExportPanel';
import { TargetImport } from './interchange/TargetImport';
import { otherAssessment } from './OtherAssessment';
import { shellWords } from './strings';
import { heldFramework } from './frameworks/held';

export interface ShareViewProps {
  db: WorkbenchDb;
  doc: AssessmentDoc;
  onTargets: (targets: Record<string, TargetOverride>) => void;
  onMerged: (id: string) => void;
}

export default function ShareView(props: ShareViewProps): JSX.Element {
  const other = otherAssessment(props.db, () => props.doc.id);
  // The framework file the assessment may name: its local KPIs go into the scores tables (issue #30).
  const held = heldFramework(props.db);

  return (
    <div class="share-view">
      <ExportPanel doc={props.doc} held={held() ?? null} />
      <TargetImport doc={props.doc} onApply={props.onTargets} />
      <section class="panel" aria-labelledby="compare-title">
        <h3 id="compare-title">{shellWords.compareTitle}</h3>
        <p class="hint">{shellWords.compareHint}</p>
        <other.Select />
        <Show when={other.chosen()} keyed>
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
