/**
 * The results and report views of an open assessment, loaded on first use so that Chart.js and the
 * report stay out of the initial bundle.
 */
import { createMemo, createSignal, Show, type JSX } from 'solid-js';
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
import { localKpis } from '../engine/local-kpis';
import { selectionAggregates } from '../engine/framework-aggregates';
import { SelectionAggregatesTable } from './frameworks/SelectionAggregates';
import { heldFramework } from './frameworks/held';
import { LocalResults } from './frameworks/LocalResults';
import { localResults } from './messages/compiled/local-results';
import type { LocalWheelGroup } from './results/wheel-model';

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
  // The city's local KPIs (issue #30), when the framework file the assessment names is held here.
  const held = heldFramework(props.db);
  const local = createMemo(() => {
    const h = held();
    return h === undefined ? null : localKpis(props.doc, h, u4ssc);
  });
  const wheelLocal = createMemo((): LocalWheelGroup | null => {
    const l = local();
    if (l?.kind !== 'scored') return null;
    const name = l.ref.name ?? l.ref.id;
    return {
      datapoints: l.local,
      items: l.items,
      code: localResults.wheelCode,
      category: localResults.wheelCategory({ name }),
      dimension: localResults.wheelDimension({ name }),
      mark: localResults.marker,
    };
  });
  // A selection of U4SSC: its own aggregates beside U4SSC's, both labelled (issue #30).
  const both = createMemo(() => {
    const l = local();
    return l ? selectionAggregates(props.scores, u4ssc, l) : null;
  });
  /** The local KPI explained now (from its table or the wheel). */
  const [explained, setExplained] = createSignal<string | null>(null);
  const localPart = () => (
    <>
      <Show when={both()}>{(b) => <SelectionAggregatesTable both={b()} decimal={props.decimal} />}</Show>
      <Show when={local()}>{(l) => <LocalResults local={l()} decimal={props.decimal} selected={explained()} onSelect={setExplained} />}</Show>
    </>
  );

  return (
    <div class="results-view">
      <Show
        when={props.mode === 'results'}
        fallback={
          <>
            <Report
              framework={u4ssc}
              targets={referenceTargets}
              doc={props.doc}
              scores={props.scores}
              decimal={props.decimal}
              onSelect={props.onSelect}
              local={wheelLocal()}
              onSelectLocal={setExplained}
            />
            {localPart()}
          </>
        }
      >
        <div class="results-grid">
          <Wheel
            framework={u4ssc}
            scores={props.scores}
            city={props.doc.city}
            year={props.doc.year}
            decimal={props.decimal}
            onSelect={props.onSelect}
            local={wheelLocal()}
            onSelectLocal={setExplained}
          />
          <div>
            <other.Select />
            <Charts framework={u4ssc} scores={props.scores} compare={compare()} decimal={props.decimal} />
          </div>
        </div>
        {localPart()}
        <SdgView input={props.doc} scores={props.scores} decimal={props.decimal} />
      </Show>
    </div>
  );
}
