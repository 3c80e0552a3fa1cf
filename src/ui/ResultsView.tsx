/**
 * The results and report views of an open assessment, loaded on first use so that Chart.js and the
 * report stay out of the initial bundle.
 */
import { createMemo, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../engine/assessment';
import { score } from '../engine/evaluator';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../engine/parse';
import type { Scores } from '../engine/types';
import type { WorkbenchDb } from '../storage/db';
import { otherAssessment } from './OtherAssessment';
import { Charts } from './results/Charts';
import { Report } from './results/Report';
import { Wheel } from './results/Wheel';
import { SdgView } from './frameworks/SdgView';

export interface ResultsViewProps {
  mode: 'results' | 'report';
  db: WorkbenchDb;
  doc: AssessmentDoc;
  scores: Scores;
  decimal: DecimalStyle;
  onSelect: (id: string) => void;
}

export default function ResultsView(props: ResultsViewProps): JSX.Element {
  // Another assessment to compare with (another year of this city, or another city).
  const other = otherAssessment(props.db, () => props.doc.id);
  const compare = createMemo(() => {
    const d = other.chosen();
    // Scored in this thread: one assessment scores in well under a millisecond.
    return d ? { label: `${d.city} ${d.year}`, scores: score(u4ssc, referenceTargets, d) } : undefined;
  });

  return (
    <div class="results-view">
      <Show
        when={props.mode === 'results'}
        fallback={
          <Report framework={u4ssc} targets={referenceTargets} doc={props.doc} scores={props.scores} decimal={props.decimal} onSelect={props.onSelect} />
        }
      >
        <div class="results-grid">
          <Wheel framework={u4ssc} scores={props.scores} city={props.doc.city} year={props.doc.year} decimal={props.decimal} onSelect={props.onSelect} />
          <div>
            <other.Select />
            <Charts framework={u4ssc} scores={props.scores} compare={compare()} decimal={props.decimal} />
          </div>
        </div>
        <SdgView input={props.doc} scores={props.scores} decimal={props.decimal} />
      </Show>
    </div>
  );
}
