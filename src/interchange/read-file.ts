/**
 * Reading a chosen file into documents, apart from its wording: which format it is (or which
 * spreadsheet of a format not read here), and the format's reading with typed problems. Pure over the
 * file's bytes, so the import panel runs it in a worker for a large file (src/worker/read.worker.ts)
 * and in the page otherwise, and both word the same result (src/ui/interchange/import-file.ts).
 */
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import type { OtherFormat } from '../engine/problems';
import { formatForFile, otherFormat, type FileSource, type FormatContext, type FormatReadResult, type Holds } from './formats';

export type FileRead =
  /** A spreadsheet of a format the workbench does not read: named, never read as text. */
  | { kind: 'other-format'; format: OtherFormat }
  /** No reader for the file's name or type among `accepts`. */
  | { kind: 'unknown' }
  | { kind: 'read'; result: FormatReadResult };

/** What the user chose for this file (its decimal mark, reading it as Windows-1252, the sheet), and their decimal setting. */
export type ReadChoices = Pick<FormatContext, 'decimal' | 'fallback' | 'allow1252' | 'sheet'>;

/** Reads `file` as one of the formats that hold `accepts`. */
export async function readFile(
  file: FileSource & { type: string; head(): Promise<Uint8Array> },
  fw: Framework,
  targets: TargetSet,
  accepts: readonly Holds[],
  choices: ReadChoices = {},
): Promise<FileRead> {
  const other = otherFormat(file.name, await file.head());
  if (other) return { kind: 'other-format', format: other };
  const format = formatForFile(file.name, file.type, accepts);
  if (!format?.read) return { kind: 'unknown' };
  return { kind: 'read', result: await format.read(file, { fw, targets, ...choices }) };
}
