/**
 * Replaying the edit journal with the checks of typing (issue #33). Journal rows are stored data like
 * any other: one may be damaged, written by another app, or hold a value no screen lets the user
 * type (an object as a numerator, an unknown data point, a 20 000-character city, a year "abc").
 * Applied blindly, such a row was counted as recovered and left an assessment that its own backup
 * refused, or that would not open. Here each entry must be an edit of its kind (`isEdit`), within the
 * limits typing applies (`checkEdit`), and must leave a document the assessment reader accepts
 * (`readAssessment`, the same reader that restores a backup): what recovery writes, the app reads.
 * An entry that fails is set aside and reported, by kind and place, and not counted as recovered.
 *
 * The reader is loaded only when there is a journal to replay (it is not in the page's first chunk).
 */
import type { AssessmentDoc } from '../engine/assessment';
import { readAssessment } from '../engine/assessment-read';
import type { Framework } from '../engine/framework';
import type { DocProblem } from '../engine/problems';
import type { JournalRow } from '../storage/db';
import { applyEdits, checkEdit, isEdit, type Edit } from './edits';
import { applyUnlessFrozen } from './freeze-rule';

/** An edit the user made, not the history entry the session wrote beside it (history-edits.ts): only these are counted. */
const typed = (e: Edit): boolean => e.kind !== 'history';

/** Why an entry was set aside. */
export type SetAsideReason = 'unreadable' | 'too-long' | 'frozen' | 'refused';

/** A journal entry not replayed: what it was, where it wrote, why; `edit` is the entry as stored. */
export interface SetAsideEntry {
  /** The edit's kind (`value`, `profile`, `info`, …), or null when the entry is not an edit at all. */
  kind: string | null;
  /** The data point, profile field or assessment field it wrote to, when it names one. */
  place: string | null;
  /** The value field of a data point (`numerator`, `year`, …), for a value edit or a local KPI's value edit. */
  field: string | null;
  reason: SetAsideReason;
  /** The reader's first problem, for `refused`. */
  problem?: DocProblem;
  /** When the entry was journalled (ms). */
  at: number;
  edit: unknown;
}

export interface CheckedReplay {
  doc: AssessmentDoc;
  applied: number;
  setAside: SetAsideEntry[];
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind, place and field an entry names, as far as it can be read. */
function describeEntry(raw: unknown): Pick<SetAsideEntry, 'kind' | 'place' | 'field'> {
  if (!isRecord(raw)) return { kind: null, place: null, field: null };
  const kind = text(raw.kind);
  const id = text(raw.id);
  const field = text(raw.field);
  if (kind === 'value' || kind === 'local-value') return { kind, place: id, field };
  if (kind === 'profile' || kind === 'info') return { kind, place: field, field: null };
  return { kind, place: id, field: null };
}

/** The reader's problems of a document, as comparable keys (empty when it reads). */
function problemsOf(doc: AssessmentDoc, fw: Framework): Map<string, DocProblem> {
  const read = readAssessment(doc, fw);
  if (read.ok) return new Map();
  const problems: DocProblem[] = read.error.kind === 'invalid' ? read.error.problems : [{ path: '', kind: 'schema', keyword: read.error.kind }];
  return new Map(problems.map((p) => [JSON.stringify(p), p]));
}

/** The first problem of `after` that `before` did not have: what the edit broke. */
function newProblem(before: Map<string, DocProblem>, after: Map<string, DocProblem>): DocProblem | null {
  for (const [key, p] of after) if (!before.has(key)) return p;
  return null;
}

/**
 * Replays journal rows onto a stored document, in order, each checked as an edit of its kind. Pure.
 * An entry is applied only when the document after it has no problem the document before it lacked
 * (a stored row that already had a problem is not made worse, and its good edits are kept).
 */
export function replayChecked(stored: AssessmentDoc, rows: readonly JournalRow[], fw: Framework): CheckedReplay {
  const setAside: SetAsideEntry[] = [];
  const candidates: { edit: Edit; row: JournalRow }[] = [];
  for (const row of rows) {
    const raw: unknown = row.edit;
    if (!isEdit(raw)) {
      setAside.push({ ...describeEntry(raw), reason: 'unreadable', at: row.at, edit: raw });
      continue;
    }
    if (checkEdit(raw) !== null) {
      setAside.push({ ...describeEntry(raw), reason: 'too-long', at: row.at, edit: raw });
      continue;
    }
    candidates.push({ edit: raw, row });
  }
  let doc = stored;
  let problems = problemsOf(stored, fw);
  // A frozen assessment takes no change from its journal either (freeze-rule.ts): an entry written by a
  // tab that had not seen the freeze is set aside and reported, never folded in. Whether the document
  // is frozen is read entry by entry below, from what was accepted so far: a freeze that is itself set
  // aside (a forged fingerprint) freezes nothing.
  const mayFreeze = stored.frozen !== undefined || candidates.some((c) => c.edit.kind === 'freeze');
  // The common case, every entry sound and no freeze involved: one read of the result.
  if (!mayFreeze) {
    const all = applyEdits(
      stored,
      candidates.map((c) => c.edit),
    );
    if (newProblem(problems, problemsOf(all, fw)) === null)
      return { doc: all, applied: candidates.filter((c) => typed(c.edit)).length, setAside: sortByTime(setAside) };
  }
  let applied = 0;
  for (const { edit, row } of candidates) {
    const { doc: next, refused } = applyUnlessFrozen(doc, [edit]);
    if (refused.length > 0) {
      // The history entry of a refused edit goes with it, unsaid: the edit itself is reported.
      if (typed(edit)) setAside.push({ ...describeEntry(edit), reason: 'frozen', at: row.at, edit });
      continue;
    }
    const after = problemsOf(next, fw);
    const problem = newProblem(problems, after);
    if (problem) {
      setAside.push({ ...describeEntry(edit), reason: 'refused', problem, at: row.at, edit });
      continue;
    }
    doc = next;
    problems = after;
    if (typed(edit)) applied++;
  }
  return { doc, applied, setAside: sortByTime(setAside) };
}

const sortByTime = (list: SetAsideEntry[]) => list.sort((a, b) => a.at - b.at);
