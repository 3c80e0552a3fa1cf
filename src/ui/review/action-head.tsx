import type { JSX } from 'solid-js';
import { TableHead } from '../results/table-head';
import { reviewWords } from '../strings/review';

/** The header of an action plan table: the same columns in the review panel and the printed report. */
export function ActionTableHead(): JSX.Element {
  const f = reviewWords.actionFields;
  return <TableHead columns={[f.title, f.owner, f.deadline, f.status, f.datapoints, f.band]} />;
}
