/** The text of the tidy table of scores (scores-csv.ts), loaded when a scores file is written. */
import { writeCsv } from '../../engine/csv';
import { score } from '../../engine/evaluator';
import type { Framework } from '../../engine/framework';
import { tidyFields, tidyRows, TIDY_COLUMNS, type AssessmentAbout } from '../../engine/results-table';
import type { TargetSet } from '../../engine/targets';
import type { AssessmentInput } from '../../engine/types';

/** The tidy CSV text of one or more assessments, header first, each scored by the engine under `targets`. */
export function scoresCsv(fw: Framework, targets: TargetSet, assessments: readonly (AssessmentInput & AssessmentAbout)[]): string {
  return writeCsv([[...TIDY_COLUMNS], ...assessments.flatMap((a) => tidyRows(fw, score(fw, targets, a), a).map((row) => tidyFields(row)))]);
}
