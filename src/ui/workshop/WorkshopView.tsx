/**
 * Workshop mode for an open assessment: tools a trainer uses in front of a room. Loaded on first use
 * (it brings Chart.js through the wheel). Nothing in this view is stored unless a button says so.
 */
import type { JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { DecimalStyle } from '../../engine/parse';
import type { Scores } from '../../engine/types';
import type { WorkbenchDb } from '../../storage/db';
import { Methods } from './Methods';
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
}

export default function WorkshopView(props: WorkshopViewProps): JSX.Element {
  return (
    <div class="workshop-view">
      <WhatIf {...props} />
      <Methods doc={props.doc} decimal={props.decimal} />
      <Sensitivity doc={props.doc} decimal={props.decimal} />
    </div>
  );
}
