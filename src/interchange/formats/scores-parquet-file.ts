/**
 * The tidy table of scores as Apache Parquet (scores-parquet.ts), loaded when such a file is written:
 * the same rows and columns as the tidy CSV, each column with the type its descriptor gives it
 * (src/engine/table-metadata.ts: text, whole numbers, numbers), blank as null. DuckDB, pandas, R's
 * arrow and polars read it without guessing a type. Written by hyparquet-writer (MIT, no dependency
 * but its reader hyparquet; 105 kB unpacked on npm), loaded only when a Parquet file is written.
 */
import { ByteWriter, ParquetWriter, parquetWriteBuffer, schemaFromColumnData, type ColumnSource } from 'hyparquet-writer';
import type { ReadFramework } from '../../engine/framework-file';
import type { Framework } from '../../engine/framework';
import type { AssessmentAbout, TidyRow } from '../../engine/results-table';
import { assessmentTidyRows } from './scores-table';
import { tableFields } from '../../engine/table-metadata';
import type { TargetSet } from '../../engine/targets';
import type { AssessmentInput } from '../../engine/types';

/** Parquet's type for each Table Schema type of the descriptor. */
const PARQUET_TYPE = { string: 'STRING', number: 'DOUBLE', integer: 'INT32' } as const;

/**
 * The row groups of the file: a first small one (a reader sees the first rows at once), then 100 000
 * rows each, hyparquet-writer's own default, named here so the buffered and the streamed writer below
 * cut the table alike and write the same bytes.
 */
const ROW_GROUPS = [1000, 100_000];
const CREATED_BY = 'SSC Workbench';

/**
 * The columns of `rows` with the descriptor's types, and `file` first when given (the command line's
 * table names the file each row comes from). A value of another type than its column's is a defect of
 * the engine, never written as something else: it throws.
 */
function tidyColumns(rows: readonly TidyRow[], files?: readonly string[]): ColumnSource[] {
  const columns: ColumnSource[] = tableFields('scores').map(({ name, field }) => {
    const type = PARQUET_TYPE[field.type];
    const data = rows.map((row) => {
      const v = row[name as keyof TidyRow];
      // Blank is none, as in the CSV (a single-point KPI's data point is ''): the two tables then hold the same.
      if (v === null || v === undefined || v === '') return null;
      const ok = type === 'STRING' ? typeof v === 'string' : type === 'INT32' ? Number.isInteger(v) : typeof v === 'number';
      if (!ok) throw new TypeError(`tidy column ${name}: ${typeof v} where ${type} is declared`);
      return v;
    });
    return { name, data, type, nullable: true };
  });
  if (files) columns.unshift({ name: 'file', data: [...files], type: 'STRING', nullable: false });
  return columns;
}

/** A tidy table as Parquet bytes: `rows` with the descriptor's columns, and `file` first when given. */
export function tidyParquet(rows: readonly TidyRow[], files?: readonly string[]): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({ columnData: tidyColumns(rows, files), createdBy: CREATED_BY, rowGroupSize: ROW_GROUPS }));
}

/** The command line's tidy table written as it is scored: each file's rows added, then `end`. */
export interface TidyParquetStream {
  add(rows: readonly TidyRow[], file: string): void;
  end(): void;
}

/**
 * The tidy table with a `file` column written one row group at a time (`npm run score --format parquet`
 * over a programme): `emit` takes each group's bytes as it is made, so at most one group's rows (100 000,
 * some 700 files) are held, whatever the number of files. The groups, and so the bytes, are those
 * `tidyParquet` writes for the whole table at once.
 */
export function tidyParquetStream(emit: (bytes: Uint8Array) => void): TidyParquetStream {
  const writer = new ByteWriter();
  // After each row group its bytes go out and the buffer starts again; `offset` goes on counting the file's bytes.
  const flush = () => {
    emit(new Uint8Array(writer.buffer, 0, writer.index).slice());
    writer.index = 0;
  };
  Object.assign(writer, { flush, finish: flush });
  const pq = new ParquetWriter({ writer, schema: schemaFromColumnData({ columnData: tidyColumns([], []) }), createdBy: CREATED_BY });
  let rows: TidyRow[] = [];
  let files: string[] = [];
  let groups = 0;
  const groupSize = () => ROW_GROUPS[Math.min(groups, ROW_GROUPS.length - 1)];
  const write = (n: number) => {
    void pq.write({ columnData: tidyColumns(rows.slice(0, n), files.slice(0, n)), rowGroupSize: n });
    rows = rows.slice(n);
    files = files.slice(n);
    groups++;
  };
  return {
    add(more, file) {
      for (const row of more) {
        rows.push(row);
        files.push(file);
      }
      while (rows.length >= groupSize()) write(groupSize());
    },
    end() {
      if (rows.length > 0) write(rows.length);
      void pq.finish();
    },
  };
}

/** The tidy Parquet of one or more assessments, each scored by the engine under `targets` (and the held framework file's local KPIs, as the CSV). */
export function scoresParquet(
  fw: Framework,
  targets: TargetSet,
  assessments: readonly (AssessmentInput & AssessmentAbout)[],
  held?: ReadFramework | null,
): Uint8Array {
  return tidyParquet(assessments.flatMap((a) => assessmentTidyRows(fw, targets, a, held)));
}
