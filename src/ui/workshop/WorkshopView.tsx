/**
 * Workshop mode for an open assessment: tools a trainer uses in front of a room. Loaded on first use
 * (it brings Chart.js through the wheel). Nothing in this view is stored unless a button says so.
 */
import { createSignal, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { DecimalStyle } from '../../engine/parse';
import type { Scores } from '../../engine/types';
import type { WorkbenchDb } from '../../storage/db';
import { Exercises } from './Exercises';
import { Methods } from './Methods';
import { Presenter } from './Presenter';
import { workshopWords } from '../strings/workshop';
import { Sensitivity } from './Sensitivity';
import { WhatIf } from './WhatIf';
import './workshop.css';

export interface WorkshopViewProps {
  db: WorkbenchDb;
  doc: AssessmentDoc;
  scores: Scores;
  decimal: DecimalStyle;
  onOpenOther: (id: string) => void;
  toast: (message: string) => void;
  /** The exercise or answers link the page was opened with (exercise-link.ts); `student` for an exercise. */
  start?: { exerciseLink: string; student: boolean };
}

export default function WorkshopView(props: WorkshopViewProps): JSX.Element {
  const [presenting, setPresenting] = createSignal(false);
  return (
    <div class="workshop-view">
      {/* The presenter view is the trainer's: a participant who opened an exercise from a link does not see it. */}
      <Show when={!props.start?.student}>
        <div class="ws-actions">
          <button type="button" class="primary" onClick={() => setPresenting(true)} aria-describedby="ws-presenter-hint" data-testid="open-presenter">
            {workshopWords.presenterOpen}
          </button>
          <span id="ws-presenter-hint" class="hint">
            {workshopWords.presenterOpenHint}
          </span>
        </div>
      </Show>
      <Show when={presenting()}>
        <Presenter doc={props.doc} scores={props.scores} decimal={props.decimal} onClose={() => setPresenting(false)} />
      </Show>
      <WhatIf {...props} />
      <Methods doc={props.doc} decimal={props.decimal} />
      <Sensitivity doc={props.doc} decimal={props.decimal} />
      <Exercises decimal={props.decimal} toast={props.toast} link={props.start?.exerciseLink} student={props.start?.student} />
    </div>
  );
}
