/**
 * The tidy table of scores as Apache Parquet (`-scores.parquet`): the scores CSV's rows and columns,
 * typed, for DuckDB, pandas, R (arrow) or polars over a whole programme. Write-only, as the CSV; one
 * assessment or many in one table. Its writer loads only when such a file is written.
 */
import type { FileFormat } from '../formats';
import { loadOnce } from '../load-once';

const writer = loadOnce(() => import('./scores-parquet-file'));

export const scoresParquetFormat = {
  id: 'scores-parquet',
  holds: 'scores',
  suffix: '-scores.parquet',
  extensions: ['.parquet'],
  mimeTypes: ['application/vnd.apache.parquet'],
  async write(doc, { fw, targets, held }) {
    const { scoresParquet } = await writer();
    return new Blob([scoresParquet(fw, targets, [doc], held) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' });
  },
  async writeMany(docs, { fw, targets, held }) {
    const { scoresParquet } = await writer();
    return new Blob([scoresParquet(fw, targets, docs, held) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' });
  },
} as const satisfies FileFormat<'scores-parquet'>;
