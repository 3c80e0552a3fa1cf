/**
 * The tidy table of scores (`-scores.csv`): one row per data point and per aggregate (overall,
 * dimensions, sub-dimensions, categories) with ids, level, value, achievement, points, band and
 * coverage, for R, pandas or DuckDB. Write-only: the scores are computed, never read back. The same
 * table, one assessment after another, is what `npm run score -- --format csv` prints.
 */
import { writeCsv } from '../../engine/csv';
import { score } from '../../engine/evaluator';
import type { Framework } from '../../engine/framework';
import { tidyFields, tidyRows, TIDY_COLUMNS, type AssessmentAbout } from '../../engine/results-table';
import type { TargetSet } from '../../engine/targets';
import type { AssessmentInput } from '../../engine/types';
import type { FileFormat } from '../formats';
import { csvBlob } from './csv-blob';

/** The tidy CSV text of one or more assessments, header first, each scored by the engine under `targets`. */
export function scoresCsv(fw: Framework, targets: TargetSet, assessments: readonly (AssessmentInput & AssessmentAbout)[]): string {
  return writeCsv([[...TIDY_COLUMNS], ...assessments.flatMap((a) => tidyRows(fw, score(fw, targets, a), a).map((row) => tidyFields(row)))]);
}

export const scoresTidyCsv = {
  id: 'scores-csv',
  holds: 'scores',
  suffix: '-scores.csv',
  extensions: ['.csv'],
  mimeTypes: ['text/csv'],
  async write(doc, { fw, targets }) {
    return csvBlob(scoresCsv(fw, targets, [doc]));
  },
} as const satisfies FileFormat<'scores-csv'>;
