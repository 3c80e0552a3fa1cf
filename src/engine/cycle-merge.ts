/**
 * Merging the cycle of two copies of one assessment (the city's and the verifier's, sent back and forth
 * as files or links). Values, profile and targets are merged by the compare view (compare.ts): every
 * difference is a row the user decides, so a value is never chosen behind the user's back. The cycle's
 * fields are then merged by these rules, against the values the user chose:
 *
 *  1. Threads: both sides' entries are kept (union by entry id, sorted by time), so a question asked on
 *     one side and an answer written on the other both survive; the same query resolved on both sides
 *     keeps both resolutions and is closed.
 *  2. Review state, per data point: the later stamp wins, except that a "verified" stamp counts only if
 *     the value it verified is the merged value (its basis equals the merged basis; a stamp without a
 *     basis verified nothing) and the merged data point holds a valid value or a confirmed status. A verification of
 *     a value the merge replaced is dropped in favour of the other side's stamp; when no other stamp
 *     exists it is kept and reads as "changed since verified" (submitted), never as verified.
 *  3. Evidence: union by reference id; a reference on both sides keeps side A's text; a reference on one
 *     side only (added there, or removed on the other) is kept and listed.
 *  Review steps dated more than CLOCK_SKEW_MS ahead of now are refused and listed (rule 2 never sees them).
 *  4. Recommendations and actions: union by id; one changed on both sides keeps the later change
 *     (`at`); at the same time with different contents, side A's is kept and the conflict is listed.
 *  5. The result is not frozen (it is a new version); it records side A's parent.
 *  6. History per value (format 7): both sides' entries (union by id, in time order), the last
 *     HISTORY_LIMIT kept, the dropped count the fewest that can have been left out (history.ts
 *     mergeHistory). A review step refused as from the future (above) is left out of it too.
 *
 * True conflicts (different values of a data point, different contents of one action at one time) are
 * returned for the user to see; the value ones are the compare view's rows.
 */
import { sameBasis } from './basis-fit';
import { mergeHistory, type ValueHistory } from './history';
import {
  basisOf,
  sortThread,
  standingOf,
  VERIFIABLE,
  type Action,
  type CycleDoc,
  type CycleFields,
  type DatapointLike,
  type Recommendation,
  type ReviewStamp,
} from './review';
import type { AssessmentInput } from './types';

export type CycleConflict =
  | { kind: 'review-dropped'; id: string; dropped: ReviewStamp; kept: ReviewStamp | undefined }
  | { kind: 'same-time'; what: 'action' | 'recommendation'; id: string }
  /** A review step dated later than now plus the clock skew allowed: it cannot have been made yet, and is refused. */
  | { kind: 'future-stamp'; id: string; stamp: ReviewStamp }
  /**
   * An evidence reference only one side holds: added there, or removed on the other. Kept (nothing is
   * lost), and listed, so a reference one side removed never comes back unsaid.
   */
  | { kind: 'one-side'; id: string; title: string; side: 'a' | 'b' }
  /** A local KPI's value (format 9) both sides hold differently: side A's kept (local-merge.ts). */
  | { kind: 'local-differs'; id: string }
  /** The two sides name different frameworks of their own (`a`, `b`: id and version): side A's kept. */
  | { kind: 'local-framework-differs'; a: string; b: string };

/**
 * How far a review step may be dated ahead of this computer's clock (two machines' clocks differ; a
 * stamp further ahead would beat every real step made until then, so it is refused and listed).
 */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

function unionById<T extends { id: string }>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  const out = new Map<string, T>();
  for (const x of a ?? []) out.set(x.id, x);
  for (const x of b ?? []) if (!out.has(x.id)) out.set(x.id, x);
  return [...out.values()];
}

function laterById<T extends { id: string; at: number }>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  what: 'action' | 'recommendation',
  conflicts: CycleConflict[],
): T[] {
  const out = new Map<string, T>();
  for (const x of a ?? []) out.set(x.id, x);
  for (const y of b ?? []) {
    const x = out.get(y.id);
    if (!x || y.at > x.at) out.set(y.id, y);
    else if (y.at === x.at && JSON.stringify(x) !== JSON.stringify(y)) conflicts.push({ kind: 'same-time', what, id: y.id });
  }
  return [...out.values()];
}

/**
 * The merged cycle fields of `a` and `b`, given the merged values (`merged`, from compare.ts's
 * mergeInputs with the user's choices). Neither side is changed.
 */
export function mergeCycle(
  datapoints: readonly DatapointLike[],
  a: CycleDoc,
  b: CycleDoc,
  merged: AssessmentInput,
  now = Date.now(),
): { fields: CycleFields; conflicts: CycleConflict[] } {
  const conflicts: CycleConflict[] = [];

  // Rule 1: threads.
  const threads: Record<string, ReturnType<typeof sortThread>> = {};
  for (const id of new Set([...Object.keys(a.threads ?? {}), ...Object.keys(b.threads ?? {})])) {
    const entries = sortThread(unionById(a.threads?.[id], b.threads?.[id]));
    if (entries.length > 0) threads[id] = entries;
  }

  // Rule 2: review stamps.
  const review: Record<string, ReviewStamp> = {};
  for (const ref of datapoints) {
    const sa = a.review?.[ref.id];
    const sb = b.review?.[ref.id];
    if (!sa && !sb) continue;
    const basis = basisOf(merged, ref);
    // The rules of the state machine (review.ts): a verification holds only for the value it names,
    // and only if the merged data point has something verifiable (a verification without its value,
    // or of an empty or rejected data point, vouches for nothing).
    const verifiable = VERIFIABLE.has(standingOf(merged, ref));
    const holds = (s: ReviewStamp) => s.state !== 'verified' || (s.basis !== undefined && sameBasis(s.basis, basis) && verifiable);
    const dated = [sa, sb].filter((s): s is ReviewStamp => s !== undefined);
    for (const s of dated) if (s.at > now + CLOCK_SKEW_MS) conflicts.push({ kind: 'future-stamp', id: ref.id, stamp: s });
    const candidates = dated.filter((s) => s.at <= now + CLOCK_SKEW_MS);
    if (candidates.length === 0) continue;
    const valid = candidates.filter(holds).sort((x, y) => y.at - x.at);
    const kept = valid[0] ?? candidates.sort((x, y) => y.at - x.at)[0];
    review[ref.id] = kept;
    for (const s of candidates) if (!holds(s) && s !== kept) conflicts.push({ kind: 'review-dropped', id: ref.id, dropped: s, kept });
  }

  // Rule 3: evidence.
  const evidence: CycleFields['evidence'] = {};
  for (const id of new Set([...Object.keys(a.evidence ?? {}), ...Object.keys(b.evidence ?? {})])) {
    const refs = unionById(a.evidence?.[id], b.evidence?.[id]);
    if (refs.length > 0) evidence[id] = refs;
    const inA = new Set((a.evidence?.[id] ?? []).map((r) => r.id));
    const inB = new Set((b.evidence?.[id] ?? []).map((r) => r.id));
    for (const r of refs) if (!inA.has(r.id) || !inB.has(r.id)) conflicts.push({ kind: 'one-side', id, title: r.title, side: inA.has(r.id) ? 'a' : 'b' });
  }

  // Rule 4: recommendations and actions.
  const recommendations: Recommendation[] = laterById(a.recommendations, b.recommendations, 'recommendation', conflicts);
  const actions: Action[] = laterById(a.actions, b.actions, 'action', conflicts);

  // Rule 6: history per value; a step dated beyond the clock skew is refused here as in rule 2.
  const history: Record<string, ValueHistory> = {};
  const notFuture = (log: ValueHistory | undefined): ValueHistory | undefined =>
    log && { ...log, entries: log.entries.filter((e) => e.at <= now + CLOCK_SKEW_MS) };
  for (const id of new Set([...Object.keys(a.history ?? {}), ...Object.keys(b.history ?? {})])) {
    const log = mergeHistory(notFuture(a.history?.[id]), notFuture(b.history?.[id]));
    if (log && log.entries.length > 0) history[id] = log;
  }

  // Rule 5: a new, unfrozen version.
  const fields: CycleFields = { review, threads, evidence, recommendations, actions };
  if (Object.keys(history).length > 0) fields.history = history;
  if (a.parent) fields.parent = { ...a.parent };
  return { fields: structuredClone(fields), conflicts };
}
