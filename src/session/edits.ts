/**
 * The edit model of an open assessment: one user edit at the finest level two tabs can both change
 * without clashing, applied to a document, turned into engine patches, and rebased onto another tab's
 * copy. Pure: no storage, no DOM; the session (session.ts) and the journal build on it.
 */
import { acknowledgeChanges } from '../engine/catalogue-version';
import { MAX_NUM_TEXT, MAX_SHORT, MAX_TEXT, type AssessmentDoc } from '../engine/assessment';
import type { Patch } from '../engine/evaluator';
import {
  SCORING_TARGETS,
  type MethodSettings,
  type NumInput,
  type OwnTarget,
  type ScoringTargets,
  type TargetOverride,
  type ValueEntry,
} from '../engine/types';
import type { Action, EvidenceRef, FrozenMark, Recommendation, ReviewStamp, ThreadEntry } from '../engine/review';
import { addHistory, type HistoryEntry } from '../engine/history';
import { recordedSource, withSource, withoutStaleProvenance, type ProvenancePlace, type TableSource } from '../engine/provenance';
import { applyLocalEdit, isLocalEdit, localEditKey, readLocalAt, type LocalEdit } from './local-edits';

export type ValueField = keyof ValueEntry;

/** One user edit, at the finest level two tabs can both change without clashing. */
export type Edit =
  | { kind: 'value'; id: string; field: ValueField; value: ValueEntry[ValueField] | undefined }
  | { kind: 'profile'; field: string; value: NumInput }
  | { kind: 'target'; id: string; override: TargetOverride | null }
  /** The city's own target, deadline and baseline of a data point (replaced whole; null removes it). */
  | { kind: 'own-target'; id: string; own: OwnTarget | null }
  | { kind: 'method'; method: MethodSettings }
  /** Which target set scores the assessment: the reference targets or the city's own where set. */
  | { kind: 'scoring-targets'; choice: ScoringTargets }
  | { kind: 'info'; field: 'city' | 'country' | 'year' | 'notes'; value: string | number }
  /** The user has read what changed in a data point's definition since the assessment's catalogue version. */
  | { kind: 'acknowledge'; id: string }
  // The cycle (engine/review.ts). A thread entry is added once (by its id) and never changed, so two
  // tabs adding entries to one thread never clash; a review stamp, an evidence list, a recommendation
  // or an action is replaced whole (last writer wins, told like any clash).
  | { kind: 'review'; id: string; stamp: ReviewStamp | null }
  | { kind: 'thread'; id: string; entry: ThreadEntry }
  | { kind: 'evidence'; id: string; refs: EvidenceRef[] }
  | { kind: 'recommendation'; id: string; item: Recommendation | null }
  | { kind: 'action'; id: string; item: Action | null }
  | { kind: 'freeze'; frozen: FrozenMark }
  /**
   * One entry of a data point's history (engine/history.ts, format 7), written by the session beside
   * the value or review edit it records (history-edits.ts): added once by its id, never changed, so two
   * tabs' entries never clash.
   */
  | { kind: 'history'; id: string; entry: HistoryEntry }
  /**
   * Where a figure came from (engine/provenance.ts, format 8): sent with the profile or value edit a
   * statistics table's fill makes, after it; `source` null clears it. A later edit of the place that
   * changes its number drops the source by itself (applyEdits), whatever made the edit.
   */
  | { kind: 'provenance'; place: ProvenancePlace; source: TableSource | null }
  /** The user's framework an assessment names, and its local KPIs' values (format 9, local-edits.ts). */
  | LocalEdit;

/** Edits that change the cycle's record, not what the engine scores. */
const CYCLE_KINDS = new Set(['info', 'review', 'thread', 'evidence', 'recommendation', 'action', 'freeze', 'history', 'provenance']);
// The local KPIs (local-edits.ts) change no U4SSC score either: no engine patch.
CYCLE_KINDS.add('local-value').add('local-framework');

export const editKey = (e: Edit): string => {
  switch (e.kind) {
    case 'value':
      return `value|${e.id}|${e.field}`;
    case 'profile':
      return `profile|${e.field}`;
    case 'target':
      return `target|${e.id}`;
    case 'own-target':
      return `own-target|${e.id}`;
    case 'method':
      return 'method';
    case 'scoring-targets':
      return 'scoring-targets';
    case 'info':
      return `info|${e.field}`;
    case 'acknowledge':
      return `acknowledge|${e.id}`;
    case 'review':
      return `review|${e.id}`;
    case 'thread':
      return `thread|${e.id}|${e.entry.id}`;
    case 'evidence':
      return `evidence|${e.id}`;
    case 'recommendation':
      return `recommendation|${e.id}`;
    case 'action':
      return `action|${e.id}`;
    case 'freeze':
      return 'freeze';
    case 'history':
      return `history|${e.id}|${e.entry.id}`;
    case 'provenance':
      return 'profile' in e.place ? `provenance|profile|${e.place.profile}` : `provenance|value|${e.place.id}|${e.place.field}`;
    case 'local-value':
    case 'local-framework':
      return localEditKey(e);
  }
};

/** The current content of the place an edit writes to, for comparison. */
export function readAt(doc: AssessmentDoc, e: Edit): unknown {
  switch (e.kind) {
    case 'value':
      return doc.values[e.id]?.[e.field];
    case 'profile':
      return doc.profile[e.field];
    case 'target':
      return doc.targets[e.id] ?? null;
    case 'own-target':
      return doc.ownTargets?.[e.id] ?? null;
    case 'method':
      return doc.method;
    case 'scoring-targets':
      return doc.scoringTargets ?? 'reference';
    case 'info':
      return doc[e.field];
    case 'acknowledge':
      return doc.catalogueReview?.datapoints[e.id] ?? null;
    case 'review':
      return doc.review?.[e.id] ?? null;
    case 'thread':
      return doc.threads?.[e.id]?.find((x) => x.id === e.entry.id) ?? null;
    case 'evidence':
      return doc.evidence?.[e.id] ?? null;
    case 'recommendation':
      return doc.recommendations?.find((x) => x.id === e.id) ?? null;
    case 'action':
      return doc.actions?.find((x) => x.id === e.id) ?? null;
    case 'freeze':
      return doc.frozen ?? null;
    case 'history':
      return doc.history?.[e.id]?.entries.find((x) => x.id === e.entry.id) ?? null;
    case 'provenance':
      return recordedSource(doc.provenance, e.place) ?? null;
    case 'local-value':
    case 'local-framework':
      return readLocalAt(doc, e);
  }
}

/** A list with the item of `id` replaced, added (at the end) or removed (`item` null). */
function upsert<T extends { id: string }>(list: readonly T[] | undefined, id: string, item: T | null): T[] {
  const out = (list ?? []).filter((x) => x.id !== id);
  if (!item) return out;
  const at = (list ?? []).findIndex((x) => x.id === id);
  if (at < 0) out.push(item);
  else out.splice(at, 0, item);
  return out;
}

export const same = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
};

/** Sets or removes the document's provenance (absent when empty, as the file writes it). */
function setProvenance(doc: AssessmentDoc, p: AssessmentDoc['provenance']): void {
  if (p) doc.provenance = p;
  else delete doc.provenance;
}

/** Applies edits to a copy of the document. */
export function applyEdits(doc: AssessmentDoc, edits: readonly Edit[]): AssessmentDoc {
  let next: AssessmentDoc = { ...doc, values: { ...doc.values }, profile: { ...doc.profile }, targets: { ...doc.targets } };
  for (const e of edits) {
    switch (e.kind) {
      case 'value': {
        const entry: ValueEntry = { ...(next.values[e.id] ?? {}) };
        if (e.value === undefined || e.value === null || e.value === '') delete entry[e.field];
        else (entry as Record<string, unknown>)[e.field] = e.value;
        if (Object.keys(entry).length === 0) delete next.values[e.id];
        else next.values[e.id] = entry;
        if (next.provenance && (e.field === 'value' || e.field === 'numerator' || e.field === 'denominator'))
          setProvenance(next, withoutStaleProvenance(next.provenance, { id: e.id, field: e.field }, entry[e.field]));
        break;
      }
      case 'profile':
        if (e.value === null || e.value === '') delete next.profile[e.field];
        else next.profile[e.field] = e.value;
        if (next.provenance) setProvenance(next, withoutStaleProvenance(next.provenance, { profile: e.field }, next.profile[e.field]));
        break;
      case 'provenance':
        setProvenance(next, withSource(next.provenance, e.place, e.source));
        break;
      case 'target':
        if (e.override) next.targets[e.id] = e.override;
        else delete next.targets[e.id];
        break;
      case 'own-target': {
        const own = { ...next.ownTargets };
        if (e.own && Object.keys(e.own).length > 0) own[e.id] = { ...e.own };
        else delete own[e.id];
        if (Object.keys(own).length > 0) next.ownTargets = own;
        else delete next.ownTargets;
        break;
      }
      case 'method':
        next.method = { ...e.method };
        break;
      case 'scoring-targets':
        next.scoringTargets = e.choice;
        break;
      case 'info':
        (next as unknown as Record<string, unknown>)[e.field] = e.value;
        break;
      case 'acknowledge':
        next = acknowledgeChanges(next, e.id);
        break;
      case 'review': {
        const review = { ...next.review };
        if (e.stamp) review[e.id] = e.stamp;
        else delete review[e.id];
        next.review = review;
        break;
      }
      case 'thread': {
        const list = next.threads?.[e.id] ?? [];
        if (!list.some((x) => x.id === e.entry.id)) next.threads = { ...next.threads, [e.id]: [...list, e.entry] };
        break;
      }
      case 'evidence': {
        const evidence = { ...next.evidence };
        if (e.refs.length > 0) evidence[e.id] = e.refs;
        else delete evidence[e.id];
        next.evidence = evidence;
        break;
      }
      case 'recommendation':
        next.recommendations = upsert(next.recommendations, e.id, e.item);
        break;
      case 'action':
        next.actions = upsert(next.actions, e.id, e.item);
        break;
      case 'freeze':
        next.frozen = { ...e.frozen };
        break;
      case 'history': {
        const before = next.history?.[e.id];
        const after = addHistory(before, e.entry);
        if (after !== before) next.history = { ...next.history, [e.id]: after };
        break;
      }
      case 'local-value':
      case 'local-framework':
        next = applyLocalEdit(next, e);
        break;
    }
  }
  return next;
}

/** The engine patches that bring an evaluator holding `before` to `after` for the given edits. */
export function patchesFor(after: AssessmentDoc, edits: readonly Edit[]): Patch[] {
  const out: Patch[] = [];
  const seen = new Set<string>();
  for (const e of edits) {
    if (e.kind === 'info' || e.kind === 'acknowledge') continue;
    if (CYCLE_KINDS.has(e.kind)) continue;
    const key = e.kind === 'value' ? `v|${e.id}` : editKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.kind === 'value') out.push({ kind: 'value', id: e.id, entry: after.values[e.id] ?? {} });
    else if (e.kind === 'profile') out.push({ kind: 'profile', field: e.field, value: after.profile[e.field] ?? null });
    else if (e.kind === 'target') out.push({ kind: 'target', id: e.id, override: after.targets[e.id] ?? null });
    else if (e.kind === 'method') out.push({ kind: 'method', method: after.method });
    else if (e.kind === 'own-target') out.push({ kind: 'own-target', id: e.id, own: after.ownTargets?.[e.id] ?? null });
    else if (e.kind === 'scoring-targets') out.push({ kind: 'scoring-targets', choice: after.scoringTargets ?? 'reference' });
  }
  return out;
}

/** A place both this tab and another tab changed, to different contents. */
export interface Clash {
  edit: Edit;
  /** What the other tab had stored there (now replaced by this tab's edit: last writer wins). */
  theirs: unknown;
}

/**
 * Rebases this tab's pending edits onto the stored document: every edit is re-applied (last writer
 * wins per cell), so edits to different cells from both tabs survive. Returns the places where the other
 * tab had changed the same cell since `base`, so the user is told.
 */
export function rebase(base: AssessmentDoc, stored: AssessmentDoc, pending: readonly Edit[]): { doc: AssessmentDoc; clashes: Clash[] } {
  const clashes: Clash[] = [];
  const seen = new Set<string>();
  // Only the last edit per place counts.
  for (let i = pending.length - 1; i >= 0; i--) {
    const e = pending[i];
    const key = editKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const theirs = readAt(stored, e);
    if (!same(readAt(base, e), theirs) && !same(theirs, readAt(applyEdits(stored, [e]), e))) clashes.push({ edit: e, theirs });
  }
  return { doc: applyEdits(stored, pending), clashes: clashes.reverse() };
}

const INFO_FIELDS = new Set(['city', 'country', 'year', 'notes']);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * True for a well-formed edit. Journal rows are stored data like any other: a row that is not an edit
 * (written by a newer app, or damaged) is skipped on replay rather than applied blindly.
 */
export function isEdit(v: unknown): v is Edit {
  if (!isPlain(v)) return false;
  switch (v.kind) {
    case 'value':
      return typeof v.id === 'string' && typeof v.field === 'string';
    case 'profile':
      return typeof v.field === 'string';
    case 'target':
      return typeof v.id === 'string' && (v.override === null || isPlain(v.override));
    case 'own-target':
      return typeof v.id === 'string' && (v.own === null || isPlain(v.own));
    case 'method':
      return isPlain(v.method) && typeof v.method.name === 'string';
    case 'scoring-targets':
      return (SCORING_TARGETS as readonly unknown[]).includes(v.choice);
    case 'info':
      return typeof v.field === 'string' && INFO_FIELDS.has(v.field);
    case 'acknowledge':
      return typeof v.id === 'string';
    case 'review':
      return typeof v.id === 'string' && (v.stamp === null || (isPlain(v.stamp) && typeof v.stamp.state === 'string' && typeof v.stamp.by === 'string'));
    case 'thread':
      return typeof v.id === 'string' && isPlain(v.entry) && typeof v.entry.id === 'string' && typeof v.entry.text === 'string';
    case 'evidence':
      return typeof v.id === 'string' && Array.isArray(v.refs) && v.refs.every(isPlain);
    case 'recommendation':
    case 'action':
      return typeof v.id === 'string' && (v.item === null || (isPlain(v.item) && v.item.id === v.id));
    case 'freeze':
      return isPlain(v.frozen) && typeof v.frozen.fingerprint === 'string';
    case 'history':
      return (
        typeof v.id === 'string' &&
        isPlain(v.entry) &&
        typeof v.entry.id === 'string' &&
        typeof v.entry.at === 'number' &&
        (v.entry.kind === 'value' ? isPlain(v.entry.value) : v.entry.kind === 'review' && typeof v.entry.state === 'string')
      );
    case 'provenance':
      return (
        isPlain(v.place) &&
        (typeof v.place.profile === 'string' || (typeof v.place.id === 'string' && typeof v.place.field === 'string')) &&
        (v.source === null || (isPlain(v.source) && typeof v.source.value === 'number' && Array.isArray(v.source.picked)))
      );
    case 'local-value':
    case 'local-framework':
      return isLocalEdit(v);
    default:
      return false;
  }
}

/** An edit refused before it is applied: the same limits hold in the form, the grid, every file and the schema. */
export interface EditProblem {
  kind: 'too-long';
  edit: Edit;
  limit: number;
}

const longerThan = (v: unknown, limit: number) => typeof v === 'string' && v.length > limit;

/** Checks an edit against the limits every reader applies, so nothing stored can fail to restore. */
export function checkEdit(e: Edit): EditProblem | null {
  switch (e.kind) {
    case 'value':
    case 'local-value': {
      const limit = e.field === 'source' || e.field === 'note' ? MAX_TEXT : MAX_NUM_TEXT;
      return longerThan(e.value, limit) ? { kind: 'too-long', edit: e, limit } : null;
    }
    case 'profile':
      return longerThan(e.value, MAX_NUM_TEXT) ? { kind: 'too-long', edit: e, limit: MAX_NUM_TEXT } : null;
    case 'info':
      return longerThan(e.value, MAX_TEXT) ? { kind: 'too-long', edit: e, limit: MAX_TEXT } : null;
    case 'target':
      return longerThan(e.override?.rationale, MAX_TEXT) ? { kind: 'too-long', edit: e, limit: MAX_TEXT } : null;
    case 'method':
    case 'scoring-targets':
    case 'own-target':
    case 'acknowledge':
    case 'freeze':
    case 'local-framework':
    case 'provenance':
      // A source is built within the reader's limits (engine/provenance.ts tableSource).
      return null;
    case 'review':
      return tooLong(e, [e.stamp?.by], [e.stamp?.reason]);
    case 'thread':
      return tooLong(e, [e.entry.by], [e.entry.text]);
    case 'evidence':
      return tooLong(
        e,
        e.refs.flatMap((r) => [r.title, r.page, r.date]),
        e.refs.map((r) => r.location),
      );
    case 'recommendation':
      return tooLong(e, [e.item?.by], [e.item?.text]);
    case 'history': {
      const x = e.entry;
      const inputs = x.kind === 'value' ? [x.value.numerator, x.value.denominator, x.value.value] : [];
      if (inputs.some((t) => longerThan(t, MAX_NUM_TEXT))) return { kind: 'too-long', edit: e, limit: MAX_NUM_TEXT };
      return tooLong(e, [x.by], [x.kind === 'review' ? x.reason : undefined]);
    }
    case 'action':
      return tooLong(e, [e.item?.owner], [e.item?.title]);
  }
}

/** The first text of an edit over its limit: names, titles, pages and dates MAX_SHORT, longer texts MAX_TEXT. */
function tooLong(e: Edit, short: unknown[], long: unknown[]): EditProblem | null {
  if (short.some((t) => longerThan(t, MAX_SHORT))) return { kind: 'too-long', edit: e, limit: MAX_SHORT };
  if (long.some((t) => longerThan(t, MAX_TEXT))) return { kind: 'too-long', edit: e, limit: MAX_TEXT };
  return null;
}
