/** The text of the tidy table of scores (scores-csv.ts), loaded when a scores file is written. */
import { writeCsv } from '../../engine/csv';
import { score } from '../../engine/evaluator';
import type { Framework } from '../../engine/framework';
import type { AssessmentDoc } from '../../engine/assessment';
import type { ReadFramework } from '../../engine/framework-file';
import { localKpis } from '../../engine/local-kpis';
import { localTidyRows, tidyFields, tidyRows, TIDY_COLUMNS, type AssessmentAbout, type TidyRow } from '../../engine/results-table';
import type { TargetSet } from '../../engine/targets';
import type { AssessmentInput } from '../../engine/types';

const namesFramework = (a: AssessmentInput & AssessmentAbout): a is AssessmentDoc => 'localFramework' in a && (a as AssessmentDoc).localFramework !== undefined;

/**
 * An assessment's tidy rows: its scores under `fw`, then, when it names the framework file this browser
 * holds (`held`), that file's own aggregates (a selection) and its local KPIs, each row saying its framework.
 */
export function assessmentTidyRows(fw: Framework, targets: TargetSet, a: AssessmentInput & AssessmentAbout, held?: ReadFramework | null): TidyRow[] {
  const rows = tidyRows(fw, score(fw, targets, a), a);
  if (!held || !namesFramework(a)) return rows;
  const local = localKpis(a, held, fw);
  return local.kind === 'scored' ? rows.concat(localTidyRows(local, fw, a)) : rows;
}

/** The tidy CSV text of one or more assessments, header first, each scored by the engine under `targets` (and `held`, above). */
export function scoresCsv(fw: Framework, targets: TargetSet, assessments: readonly (AssessmentInput & AssessmentAbout)[], held?: ReadFramework | null): string {
  return writeCsv([[...TIDY_COLUMNS], ...assessments.flatMap((a) => assessmentTidyRows(fw, targets, a, held).map((row) => tidyFields(row)))]);
}
