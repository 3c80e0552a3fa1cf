/**
 * A history per value (#24, assessment format 7): for each data point, every value it held and every
 * review step, with who and when, kept in the assessment file so that it travels with the copy a
 * verifier signs. Verifiers know this from data-collection systems (DHIS2's audit log, ODK's edit log).
 *
 * The review stamp (review.ts) says only where a data point stands now; the history says how it got
 * there: the value typed, then changed after it was submitted, by whom. It is written by the editing
 * session (session/history-edits.ts) beside the edits it records, so typing, paste, undo, an import
 * as update and the journal replayed after a crash all leave their entry, and merged by rule in the
 * cycle merge (cycle-merge.ts rule 6).
 *
 * Bounded: a data point keeps its last HISTORY_LIMIT entries; older ones are dropped and counted
 * (`dropped`), so a file never grows without end and the reader is told that there was more.
 *
 * Pure: no DOM, no storage.
 */
import type { ReviewState, ReviewStamp } from './review';
import type { NumInput, Status, ValueEntry } from './types';

/** Entries kept per data point: the last 50 (a value typed, corrected and reviewed a few times a cycle fits many cycles). */
export const HISTORY_LIMIT = 50;

/** The inputs that make a data point's value (what a verification vouches for, review.ts valueBasis). */
export interface HistoryValue {
  numerator?: NumInput;
  denominator?: NumInput;
  value?: NumInput;
  status?: Status;
}

interface EntryBase {
  /** Unique (newId()), so that two copies' entries merge without duplicates. */
  id: string;
  /** ms since 1970. */
  at: number;
  /** The name typed once in this browser; absent when none was set when the value was changed. */
  by?: string;
}

export type HistoryEntry =
  /** The data point's value inputs after a change (all absent: emptied). */
  | (EntryBase & { kind: 'value'; value: HistoryValue })
  /** A review step: the state moved to, with what the stamp recorded of it. */
  | (EntryBase & {
      kind: 'review';
      state: ReviewState;
      reason?: string;
      self?: true;
      confirmed?: 'not-reported' | 'not-applicable';
    });

/** One data point's history: entries in time order, and how many older ones were dropped (at least). */
export interface ValueHistory {
  entries: HistoryEntry[];
  /** Older entries no longer kept (HISTORY_LIMIT); absent when none was. */
  dropped?: number;
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

/** The value inputs of an entry (blank ones left out). */
export function valueInputs(entry: ValueEntry | undefined): HistoryValue {
  const out: HistoryValue = {};
  if (!entry) return out;
  if (!blank(entry.numerator)) out.numerator = entry.numerator;
  if (!blank(entry.denominator)) out.denominator = entry.denominator;
  if (!blank(entry.value)) out.value = entry.value;
  if (entry.status !== undefined) out.status = entry.status;
  return out;
}

export const sameInputs = (a: HistoryValue, b: HistoryValue): boolean =>
  JSON.stringify([a.numerator, a.denominator, a.value, a.status]) === JSON.stringify([b.numerator, b.denominator, b.value, b.status]);

/**
 * The history entry of a review stamp (what the step was, by whom and when). Its id is made from the
 * stamp (time, name, state), so the one step recorded in two copies (a file imported as an update, a
 * merge) is one entry, not two.
 */
export function reviewEntry(stamp: ReviewStamp): HistoryEntry {
  return {
    id: `r-${stamp.at}-${stamp.state}-${hash32(stamp.by)}`,
    kind: 'review',
    at: stamp.at,
    by: stamp.by,
    state: stamp.state,
    ...(stamp.reason !== undefined && { reason: stamp.reason }),
    ...(stamp.self === true && { self: true as const }),
    ...(stamp.confirmed !== undefined && { confirmed: stamp.confirmed }),
  };
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable tag of a name (not a secret; ids stay under MAX_ID). */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Code-unit order, never the locale's: every copy sorts alike. */
const byTimeThenId = (a: HistoryEntry, b: HistoryEntry) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A history with one entry added, in time order and within `limit`. Adding an entry already there (by
 * id) changes nothing, so an edit re-applied (a rebase onto another tab's copy, a journal replay) never
 * records it twice. When the history is full and has dropped entries, an entry older than all it keeps
 * is not added: it may be one already dropped, and counting it again would overstate `dropped`.
 */
export function addHistory(log: ValueHistory | undefined, entry: HistoryEntry, limit = HISTORY_LIMIT): ValueHistory {
  const entries = log?.entries ?? [];
  if (entries.some((e) => e.id === entry.id)) return log!;
  const dropped = log?.dropped ?? 0;
  if (dropped > 0 && entries.length >= limit && byTimeThenId(entry, entries[0]) < 0) return log!;
  const all = [...entries, entry].sort(byTimeThenId);
  const over = Math.max(0, all.length - limit);
  return withDropped(all.slice(over), dropped + over);
}

const withDropped = (entries: HistoryEntry[], dropped: number): ValueHistory => (dropped > 0 ? { entries, dropped } : { entries });

/**
 * Two copies' histories of one data point, merged: both sides' entries (union by id, in time order),
 * the last `limit` kept. `dropped` is the fewest entries that can have been left out: the larger of what
 * each side knew of (its entries and its dropped ones) and the union, less what is kept. A side that
 * dropped entries the other still holds does not count them twice.
 */
export function mergeHistory(a: ValueHistory | undefined, b: ValueHistory | undefined, limit = HISTORY_LIMIT): ValueHistory | undefined {
  if (!a && !b) return undefined;
  const byId = new Map<string, HistoryEntry>();
  for (const e of a?.entries ?? []) byId.set(e.id, e);
  for (const e of b?.entries ?? []) if (!byId.has(e.id)) byId.set(e.id, e);
  const all = [...byId.values()].sort(byTimeThenId);
  const kept = all.slice(Math.max(0, all.length - limit));
  const known = Math.max((a?.entries.length ?? 0) + (a?.dropped ?? 0), (b?.entries.length ?? 0) + (b?.dropped ?? 0), all.length);
  return withDropped(kept, known - kept.length);
}

/** The name that last changed the value (the latest value entry's; undefined when it names none), for the self-verification rule. */
export function lastChangedBy(log: ValueHistory | undefined): string | undefined {
  const entries = log?.entries ?? [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.kind === 'value') return e.by;
  }
  return undefined;
}

/**
 * Value entries made after the value was first submitted (the verification annex prints these): a
 * value changed after submission is what a reader of a verified report most needs to see.
 */
export function changedAfterSubmission(log: ValueHistory | undefined): HistoryEntry[] {
  const entries = log?.entries ?? [];
  const first = entries.findIndex((e) => e.kind === 'review' && e.state === 'submitted');
  if (first < 0) return [];
  return entries.slice(first + 1).filter((e) => e.kind === 'value');
}
