/**
 * Reader results with their problems in words, as the app and the command line say them
 * (src/ui/strings/problems.ts): tests written against the messages read them through this.
 */
import type { AssessmentParseError, DocNote, TableNote } from '../../../src/engine/problems';
import { problemWords } from '../../../src/ui/strings/problems';

const TABLE_NOTES = new Set<string>(['sheet-read', 'index-column'] satisfies TableNote['kind'][]);
const isKind = (v: unknown): v is { kind: string } => typeof v === 'object' && v !== null && typeof (v as { kind: unknown }).kind === 'string';

/** The same value with every typed problem, reason, error and note replaced by (or given) its words. */
// Tests read the worded result with the shapes they expect (message strings where the types have problems).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function worded(x: unknown): any {
  if (Array.isArray(x)) return x.map(worded);
  if (x === null || typeof x !== 'object') return x;
  const src = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'problem' && isKind(v)) out.message = problemWords.table(v as never);
    else if (k === 'reason' && isKind(v)) out.reason = problemWords.number(v as never);
    else if (k === 'notes' && Array.isArray(v))
      out.notes = v.map((n) => (!isKind(n) ? n : TABLE_NOTES.has(n.kind) ? problemWords.tableNote(n as TableNote) : problemWords.note(n as DocNote)));
    else if (k === 'error' && isKind(v) && !('problem' in v)) {
      const e = v as AssessmentParseError;
      if ('position' in src) {
        out.message = problemWords.parseError(e);
        out.problems = problemWords.errorLines(e);
      } else out.error = { ...e, message: problemWords.parseError(e), problems: problemWords.errorLines(e) };
    } else out[k] = worded(v);
  }
  return out;
}
