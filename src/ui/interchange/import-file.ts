/**
 * Reading a file the user chose or dropped into documents, with every problem listed. The size is
 * checked before a single byte is read; nothing here stores anything.
 */
import { parseWorkspaceJson, type AssessmentDoc, type RefusedAssessment } from '../../engine/assessment';
import { parseValuesCsv } from '../../engine/csv';
import type { Framework } from '../../engine/framework';
import { parseTargetCsv } from '../../engine/target-file';
import type { AssessmentInput, TargetOverride } from '../../engine/types';
import { parseValuesXlsx } from '../../share/xlsx';
import { fileKind, MAX_IMPORT_BYTES, megabytes, suggestFromFileName } from './files';
import { X } from '../strings/interchange';

export interface ImportProblem {
  /** 1-based line (CSV) or row (spreadsheet), when the problem has one. */
  row?: number;
  column?: string;
  message: string;
}

export type ImportResult =
  /** `refused`: assessments of the file that could not be read (the others are imported); `notes`: what was read but deserves a word. */
  | { ok: true; kind: 'json'; docs: AssessmentDoc[]; refused: RefusedAssessment[]; notes: string[] }
  | { ok: true; kind: 'table'; input: AssessmentInput; rows: number; suggestion: { city: string; year: number | null } }
  | { ok: false; message: string; problems: ImportProblem[] };

type FileLike = Pick<File, 'name' | 'size' | 'type' | 'text'> & Blob;

const tooLarge = (file: Pick<File, 'size'>): ImportResult | null =>
  file.size > MAX_IMPORT_BYTES ? { ok: false, message: X.fileTooLarge(megabytes(file.size), megabytes(MAX_IMPORT_BYTES)), problems: [] } : null;

/** Reads an assessment JSON or workspace file, a values CSV or a values spreadsheet. */
export async function readImportFile(file: FileLike, fw: Framework): Promise<ImportResult> {
  const refused = tooLarge(file);
  if (refused) return refused;
  const kind = fileKind(file.name, file.type);
  if (!kind) return { ok: false, message: X.unknownKind(file.name), problems: [] };
  try {
    if (kind === 'json') {
      const parsed = parseWorkspaceJson(await file.text(), fw);
      if (parsed.ok) return { ok: true, kind: 'json', docs: parsed.value.docs, refused: parsed.value.refused, notes: parsed.notes ?? [] };
      const e = parsed.error;
      return { ok: false, message: e.message, problems: e.kind === 'invalid' ? e.problems.map((message) => ({ message })) : [] };
    }
    const table = kind === 'csv' ? parseValuesCsv(await file.text(), fw) : await parseValuesXlsx(file, fw);
    if (!table.ok) return { ok: false, message: X.problemsCount(table.problems.length), problems: table.problems };
    return { ok: true, kind: 'table', input: table.input, rows: table.rows, suggestion: suggestFromFileName(file.name) };
  } catch (e) {
    return { ok: false, message: X.readFailed((e as Error).message ?? String(e)), problems: [] };
  }
}

export type TargetImportResult = { ok: true; targets: Record<string, TargetOverride> } | { ok: false; message: string; problems: ImportProblem[] };

/** Reads a target file (CSV). */
export async function readTargetFile(file: FileLike, fw: Framework): Promise<TargetImportResult> {
  const refused = tooLarge(file);
  if (refused && !refused.ok) return refused;
  try {
    const parsed = parseTargetCsv(await file.text(), fw);
    return parsed.ok ? parsed : { ok: false, message: X.problemsCount(parsed.problems.length), problems: parsed.problems };
  } catch (e) {
    return { ok: false, message: X.readFailed((e as Error).message ?? String(e)), problems: [] };
  }
}
