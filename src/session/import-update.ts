/**
 * Updating a stored assessment from a file, as edits. The file (a values table or an assessment
 * document) is turned into the edits that bring the stored assessment to what the file says, for the
 * places the file carries and nothing else; the edits go through an editing session like any typed
 * edit, so they are journalled at once, merged with another tab's saves per cell, adopted by a tab that
 * has the assessment open, and undone by the inverse edits of the places they changed.
 *
 * What a file carries:
 * - a values table: the rows it has, and of each row the columns it has (a file without a `note`
 *   column leaves every note as it is); a blank cell in a column it has clears that field; a target
 *   cell left blank means the reference target; a cell the reader left out (a status that is not one)
 *   changes nothing; the city profile's fields the table fills; never the method, the city's name or
 *   the cycle (review states, threads, evidence...);
 * - an assessment document: its name fields, profile, values, targets, own targets, method and choice
 *   of target set whole; of the cycle,
 *   the review states, evidence, recommendations and actions it holds (the stored ones it lacks are
 *   kept), and the thread and history entries the stored copy lacks (both only grow). Never its freeze mark.
 */
import { recordedSource, sourcesIn } from '../engine/provenance';
import type { AssessmentDoc } from '../engine/assessment';
import { VALUES_COLUMNS, type ValuesColumn } from '../engine/values-columns';
import type { AssessmentInput, ValueEntry } from '../engine/types';
import { MissingError, storageProblem, type Notifier, type StorageProblem, type WorkbenchDb } from '../storage/db';
import { applyEdits, editKey, same, type Edit, type ValueField } from './edits';
import { inverseLocal, localUpdateEdits } from './local-update';
import { loadForEditing, Session } from './session';

export type UpdateSource =
  | {
      kind: 'table';
      input: AssessmentInput;
      /** The data points the table has a row for. */
      rows: readonly string[];
      /** The columns the table has; absent: every column. */
      columns?: readonly ValuesColumn[];
      /** Cells the reader left out, as `id|column`: they change nothing. */
      leftOut?: ReadonlySet<string>;
    }
  | { kind: 'doc'; doc: AssessmentDoc };

/** The value fields a table column fills (the denominator column of a profile ratio fills the profile). */
const TABLE_FIELDS: readonly ValueField[] = ['numerator', 'denominator', 'value', 'status', 'quality', 'source', 'year', 'note'];
const DOC_FIELDS: readonly ValueField[] = [...TABLE_FIELDS, 'entered'];
const INFO_FIELDS = ['city', 'country', 'year', 'notes'] as const;

function valueEdits(out: Edit[], id: string, before: ValueEntry | undefined, after: ValueEntry | undefined, fields: readonly ValueField[]): void {
  let valueChanged = false;
  for (const field of fields) {
    const next = after?.[field];
    if (same(before?.[field], next)) continue;
    out.push({ kind: 'value', id, field, value: next });
    if (field === 'value') valueChanged = true;
  }
  // A value entered in another unit is kept only while the value is the number converted from it.
  if (valueChanged && !fields.includes('entered') && before?.entered !== undefined) out.push({ kind: 'value', id, field: 'entered', value: undefined });
}

/** The edits that bring `stored` to what the file says, for the places the file carries (see above). */
export function updateEdits(stored: AssessmentDoc, src: UpdateSource): Edit[] {
  const out: Edit[] = [];
  if (src.kind === 'table') {
    const columns = new Set<ValuesColumn>(src.columns ?? VALUES_COLUMNS);
    const left = src.leftOut ?? new Set<string>();
    for (const id of src.rows) {
      const fields = TABLE_FIELDS.filter((f) => columns.has(f as ValuesColumn) && !left.has(`${id}|${f}`));
      valueEdits(out, id, stored.values[id], src.input.values[id], fields);
      if (columns.has('target') && !left.has(`${id}|target`)) {
        const next = src.input.targets[id];
        const now = stored.targets[id];
        // The same number keeps the stored override whole (its rationale and source).
        if (next === undefined ? now !== undefined : now?.target !== next.target) out.push({ kind: 'target', id, override: next ?? null });
      }
    }
    for (const [field, value] of Object.entries(src.input.profile)) {
      if (!same(stored.profile[field], value)) out.push({ kind: 'profile', field, value });
    }
    // The sources the table's `provenance` column gives, after the figures they are the sources of; a
    // figure the table changes without one loses its old source with the change (edits.ts).
    for (const { place, source } of sourcesIn(src.input.provenance)) {
      if (!same(recordedSource(stored.provenance, place), source)) out.push({ kind: 'provenance', place, source });
    }
    return out;
  }

  const file = src.doc;
  for (const field of INFO_FIELDS) if (!same(stored[field], file[field])) out.push({ kind: 'info', field, value: file[field] });
  for (const field of new Set([...Object.keys(stored.profile), ...Object.keys(file.profile)])) {
    if (!same(stored.profile[field], file.profile[field])) out.push({ kind: 'profile', field, value: file.profile[field] ?? null });
  }
  for (const id of new Set([...Object.keys(stored.values), ...Object.keys(file.values)])) valueEdits(out, id, stored.values[id], file.values[id], DOC_FIELDS);
  for (const id of new Set([...Object.keys(stored.targets), ...Object.keys(file.targets)])) {
    if (!same(stored.targets[id], file.targets[id])) out.push({ kind: 'target', id, override: file.targets[id] ?? null });
  }
  for (const id of new Set([...Object.keys(stored.ownTargets ?? {}), ...Object.keys(file.ownTargets ?? {})])) {
    if (!same(stored.ownTargets?.[id], file.ownTargets?.[id])) out.push({ kind: 'own-target', id, own: file.ownTargets?.[id] ?? null });
  }
  if (!same(stored.method, file.method)) out.push({ kind: 'method', method: file.method });
  const choice = file.scoringTargets ?? 'reference';
  if ((stored.scoringTargets ?? 'reference') !== choice) out.push({ kind: 'scoring-targets', choice });
  for (const [id, stamp] of Object.entries(file.review ?? {})) if (!same(stored.review?.[id], stamp)) out.push({ kind: 'review', id, stamp });
  for (const [id, entries] of Object.entries(file.threads ?? {})) {
    for (const entry of entries) if (!stored.threads?.[id]?.some((x) => x.id === entry.id)) out.push({ kind: 'thread', id, entry });
  }
  for (const [id, refs] of Object.entries(file.evidence ?? {})) if (!same(stored.evidence?.[id], refs)) out.push({ kind: 'evidence', id, refs });
  // Where the file's figures came from (format 8), after the figures: a source the file does not have
  // for a changed figure goes with the change by itself (edits.ts).
  for (const { place, source } of sourcesIn(file.provenance)) {
    if (!same(recordedSource(stored.provenance, place), source)) out.push({ kind: 'provenance', place, source });
  }
  for (const [id, log] of Object.entries(file.history ?? {})) {
    for (const entry of log.entries) if (!stored.history?.[id]?.entries.some((x) => x.id === entry.id)) out.push({ kind: 'history', id, entry });
  }
  for (const item of file.recommendations ?? []) {
    if (
      !same(
        stored.recommendations?.find((x) => x.id === item.id),
        item,
      )
    )
      out.push({ kind: 'recommendation', id: item.id, item });
  }
  for (const item of file.actions ?? [])
    if (
      !same(
        stored.actions?.find((x) => x.id === item.id),
        item,
      )
    )
      out.push({ kind: 'action', id: item.id, item });
  // The user's own framework and its local values (format 9), whole when the file has them (local-update.ts).
  out.push(...localUpdateEdits(stored, file));
  return out;
}

/**
 * The edits that put back what `before` held at every place `edits` write: the undo of an update.
 * A thread entry is never taken back (threads only grow, in every tab), nor a freeze or an acknowledgement.
 */
export function inverseEdits(before: AssessmentDoc, edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  const seen = new Set<string>();
  for (const e of edits) {
    const key = editKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    switch (e.kind) {
      case 'value':
        out.push({ ...e, value: before.values[e.id]?.[e.field] });
        break;
      case 'profile':
        out.push({ ...e, value: before.profile[e.field] ?? null });
        break;
      case 'target':
        out.push({ ...e, override: before.targets[e.id] ?? null });
        break;
      case 'method':
        out.push({ ...e, method: before.method });
        break;
      case 'own-target':
        out.push({ ...e, own: before.ownTargets?.[e.id] ?? null });
        break;
      case 'scoring-targets':
        out.push({ ...e, choice: before.scoringTargets ?? 'reference' });
        break;
      case 'info':
        out.push({ ...e, value: before[e.field] });
        break;
      case 'review':
        out.push({ ...e, stamp: before.review?.[e.id] ?? null });
        break;
      case 'evidence':
        out.push({ ...e, refs: before.evidence?.[e.id] ?? [] });
        break;
      case 'recommendation':
        out.push({ ...e, item: before.recommendations?.find((x) => x.id === e.id) ?? null });
        break;
      case 'action':
        out.push({ ...e, item: before.actions?.find((x) => x.id === e.id) ?? null });
        break;
      case 'provenance':
        out.push({ ...e, source: recordedSource(before.provenance, e.place) ?? null });
        break;
      case 'local-value':
      case 'local-framework': {
        const back = inverseLocal(before, e);
        if (back) out.push(back);
        break;
      }
      case 'thread':
      case 'acknowledge':
      case 'freeze':
      case 'history':
        break;
    }
  }
  return out;
}

/** What an update would do, shown before it is confirmed. */
export interface UpdatePreview {
  edits: Edit[];
  /** The stored assessment as it would be after the update. */
  after: AssessmentDoc;
  /** Data points the file has that held nothing and will hold something. */
  added: number;
  /** Data points whose value, status, note... or target will change (or be cleared). */
  changed: number;
  /** Data points the file has that stay as they are. */
  unchanged: number;
  /** Edits of the name fields, the profile, the method and the cycle (not counted per data point). */
  other: { info: number; profile: number; method: number; cycle: number };
  /** Local KPIs (format 9) whose values the update adds, changes or clears, and whether it names another framework. */
  local: { values: number; framework: boolean };
}

const holds = (e: ValueEntry | undefined) => e !== undefined && Object.keys(e).length > 0;

export function previewUpdate(stored: AssessmentDoc, src: UpdateSource): UpdatePreview {
  const edits = updateEdits(stored, src);
  const after = applyEdits(stored, edits);
  const touched = new Set(edits.flatMap((e) => (e.kind === 'value' || e.kind === 'target' || e.kind === 'own-target' ? [e.id] : [])));
  const ids =
    src.kind === 'table'
      ? new Set(src.rows)
      : new Set([...Object.keys(stored.values), ...Object.keys(src.doc.values), ...Object.keys(stored.targets), ...Object.keys(src.doc.targets)]);
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const id of ids) {
    if (!touched.has(id)) unchanged++;
    else if (!holds(stored.values[id]) && stored.targets[id] === undefined) added++;
    else changed++;
  }
  const count = (kinds: readonly Edit['kind'][]) => edits.filter((e) => kinds.includes(e.kind)).length;
  return {
    edits,
    after,
    added,
    changed,
    unchanged,
    other: {
      info: count(['info']),
      profile: count(['profile']),
      method: count(['method', 'scoring-targets']),
      cycle: count(['review', 'thread', 'evidence', 'recommendation', 'action']),
    },
    local: {
      values: new Set(edits.flatMap((e) => (e.kind === 'local-value' ? [e.id] : []))).size,
      framework: edits.some((e) => e.kind === 'local-framework'),
    },
  };
}

export type UpdateResult =
  | { ok: true; doc: AssessmentDoc; edits: Edit[]; undo: Edit[] }
  /** `frozen`: a frozen assessment is never changed (a new version is made from it instead). */
  | { ok: false; problem: StorageProblem | { kind: 'frozen' } };

export interface ApplyOptions {
  notifier?: Notifier;
  tabId?: string;
}

/**
 * Applies edits to a stored assessment through an editing session: journalled, folded into the row,
 * rebased onto another tab's newer save, announced to other tabs. `edits` may be a function of the
 * assessment as stored now (an update is computed again against the latest copy). Returns the
 * assessment as saved and the edits that undo these.
 */
export async function applyToStored(
  db: WorkbenchDb,
  id: string,
  edits: readonly Edit[] | ((stored: AssessmentDoc) => Edit[]),
  opts: ApplyOptions = {},
): Promise<UpdateResult> {
  try {
    const loaded = await loadForEditing(db, id);
    if (!loaded) return { ok: false, problem: storageProblem(new MissingError(id)) };
    const stored = loaded.doc;
    if (stored.frozen) return { ok: false, problem: { kind: 'frozen' } };
    const list = typeof edits === 'function' ? edits(stored) : [...edits];
    const last: { problem: StorageProblem | null } = { problem: null };
    const session = new Session(db, stored, {
      delay: 0,
      ...(opts.notifier && { notifier: opts.notifier }),
      ...(opts.tabId && { tabId: opts.tabId }),
      onState: (s) => (last.problem = s.kind === 'error' ? s.problem : null),
    });
    session.edit(list);
    await session.close();
    if (last.problem) return { ok: false, problem: last.problem };
    // The row as saved (another tab's edits of other places merged in).
    const saved = (await loadForEditing(db, id))?.doc ?? session.doc;
    return { ok: true, doc: saved, edits: list, undo: inverseEdits(stored, list) };
  } catch (e) {
    return { ok: false, problem: storageProblem(e) };
  }
}

/** Updates a stored assessment from a file (the edits computed against the copy stored at this moment). */
export const applyUpdate = (db: WorkbenchDb, id: string, src: UpdateSource, opts: ApplyOptions = {}): Promise<UpdateResult> =>
  applyToStored(db, id, (stored) => updateEdits(stored, src), opts);
