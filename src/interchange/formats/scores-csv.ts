/**
 * The tidy table of scores (`-scores.csv`): one row per data point and per aggregate (overall,
 * dimensions, sub-dimensions, categories) with ids, level, value, achievement, points, band and
 * coverage, for R, pandas or DuckDB. Write-only: the scores are computed, never read back. The same
 * table, one assessment after another, is what `npm run score -- --format csv` prints.
 */
import type { FileFormat } from '../formats';
import { csvBlob } from './csv-blob';

export const scoresTidyCsv = {
  id: 'scores-csv',
  holds: 'scores',
  suffix: '-scores.csv',
  extensions: ['.csv'],
  mimeTypes: ['text/csv'],
  async write(doc, { fw, targets, held }) {
    // The table's code (the engine's scoring, the CSV writer) loads when a scores file is written.
    const { scoresCsv } = await import('./scores-table');
    return csvBlob(scoresCsv(fw, targets, [doc], held));
  },
} as const satisfies FileFormat<'scores-csv'>;
