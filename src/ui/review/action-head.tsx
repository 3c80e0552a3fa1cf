import type { JSX } from 'solid-js';
import { TableHead } from '../results/table-head';
import { V } from '../strings/review';

/** The header of an action plan table: the same columns in the review panel and the printed report. */
export function ActionTableHead(): JSX.Element {
  const f = V.actionFields;
  return <TableHead columns={[f.title, f.owner, f.deadline, f.status, f.datapoints, f.band]} />;
}
