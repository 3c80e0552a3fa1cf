/**
 * The tidy table of scores as Apache Parquet (scores-parquet.ts), loaded when such a file is written:
 * the same rows and columns as the tidy CSV, each column with the type its descriptor gives it
 * (src/engine/table-metadata.ts: text, whole numbers, numbers), blank as null. DuckDB, pandas, R's
 * arrow and polars read it without guessing a type. Written by hyparquet-writer (MIT, no dependency
 * but its reader hyparquet; 105 kB unpacked on npm), loaded only when a Parquet file is written.
 */
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { score } from '../../engine/evaluator';
import type { Framework } from '../../engine/framework';
import { tidyRows, type AssessmentAbout, type TidyRow } from '../../engine/results-table';
import { tableFields } from '../../engine/table-metadata';
import type { TargetSet } from '../../engine/targets';
import type { AssessmentInput } from '../../engine/types';

/** Parquet's type for each Table Schema type of the descriptor. */
const PARQUET_TYPE = { string: 'STRING', number: 'DOUBLE', integer: 'INT32' } as const;

/**
 * A tidy table as Parquet bytes: `rows` with the descriptor's columns, and `file` first when given (the
 * command line's table names the file each row comes from). A value of another type than its column's
 * is a defect of the engine, never written as something else: it throws.
 */
export function tidyParquet(rows: readonly TidyRow[], files?: readonly string[]): Uint8Array {
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
  return new Uint8Array(parquetWriteBuffer({ columnData: columns, createdBy: 'SSC Workbench' }));
}

/** The tidy Parquet of one or more assessments, each scored by the engine under `targets`. */
export function scoresParquet(fw: Framework, targets: TargetSet, assessments: readonly (AssessmentInput & AssessmentAbout)[]): Uint8Array {
  return tidyParquet(assessments.flatMap((a) => tidyRows(fw, score(fw, targets, a), a)));
}
