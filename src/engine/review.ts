/**
 * The U4SSC cycle inside one assessment: the review state of each data point, the query thread on it,
 * its evidence references, the verifier's recommendations and the city's actions, and freezing. Pure:
 * the types of the new fields of the assessment document (format version 2) and the rules on them.
 *
 * Review states, in the order the cycle runs:
 *
 *   draft ──submit──▶ submitted ──query──▶ queried ──answer──▶ answered ──verify──▶ verified
 *                          │  ▲                ▲                  │                    │
 *                          │  └──withdraw──    └──────query───────┘                    │
 *                          ├──verify──▶ verified ◀──────────────────────────────────────┘ (query reopens)
 *                          └──not verifiable (a reason)──▶ not-verifiable ──submit/query──▶ …
 *
 * Each change is stamped with who (the name typed once per browser) and when. A "verified" stamp keeps
 * the value it verified (`basis`); when the value changes afterwards the data point reads as submitted
 * again (`stale`), so a value is never shown verified that nobody verified. Likewise when the data
 * point's definition changed with a catalogue update after it was verified (`catalogue`, from the
 * assessment's unacknowledged `catalogueReview`): it reads as submitted, "verified under catalogue
 * <from>, definition changed", until verified again or the change is marked as read.
 */
import { definitionChanged, type CatalogueReview, type DefinitionChangedSince } from './catalogue-version';
import type { AssessmentInput, ValueEntry } from './types';
import { fitBasis, sameBasis } from './basis-fit';
import type { ValueHistory } from './history';

export const REVIEW_STATES = ['draft', 'submitted', 'queried', 'answered', 'verified', 'not-verifiable'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface ReviewStamp {
  state: ReviewState;
  /** The reviewer's or the city's name, as typed once in this browser. */
  by: string;
  /** ms since 1970. */
  at: number;
  /** Why a value is not verifiable (required for that state). */
  reason?: string;
  /** For "verified": the value inputs that were verified (see `valueBasis`). */
  basis?: string;
  /**
   * The name that submitted the value this step follows (format 6): set by "submit" and carried by
   * every later step, so a verification can tell whether the verifier is the one who submitted it.
   */
  submittedBy?: string;
  /** For "verified" (format 6): the verifier verified a value they submitted themselves, and said so. Counted apart. */
  self?: true;
  /**
   * For "verified" (format 6): what was verified is the city's statement that the data point is not
   * reported or not applicable, not a value. Counted apart.
   */
  confirmed?: 'not-reported' | 'not-applicable';
}

/**
 * What a data point holds, for the verification rules: a value that reads (`valid`), nothing or an
 * input still missing (`empty`), inputs the evaluator rejects (`rejected`: text, negative, division by
 * zero, out of range), or a status the city set instead of a value.
 */
export const VALUE_STANDINGS = ['valid', 'empty', 'rejected', 'not-reported', 'not-applicable'] as const;
export type ValueStanding = (typeof VALUE_STANDINGS)[number];

/** Standings a verification may vouch for: a value, or a status the verifier confirms. */
export const VERIFIABLE: ReadonlySet<ValueStanding> = new Set(['valid', 'not-reported', 'not-applicable']);

/** Which state may follow which. `draft` is the state of a data point with no stamp. */
export const TRANSITIONS: Readonly<Record<ReviewState, readonly ReviewState[]>> = {
  draft: ['submitted'],
  submitted: ['draft', 'queried', 'verified', 'not-verifiable'],
  queried: ['answered', 'verified', 'not-verifiable'],
  answered: ['queried', 'verified', 'not-verifiable'],
  verified: ['queried'],
  'not-verifiable': ['submitted', 'queried'],
};

export type ReviewProblem =
  | { kind: 'not-allowed'; from: ReviewState; to: ReviewState }
  | { kind: 'reason-required' }
  /** A query or an answer without its text: the step is the words, never a state change alone. */
  | { kind: 'text-required'; to: 'queried' | 'answered' }
  | { kind: 'no-name' }
  /** Verify or submit with nothing that reads as a value (empty, or inputs the evaluator rejects). */
  | { kind: 'no-valid-value'; standing: ValueStanding }
  /**
   * The verifier submitted this value, or last changed it (format 7, from its history): verifying it in
   * the same name needs an explicit "self-verified".
   */
  | { kind: 'self-verify'; by: string };

/** The inputs a verification vouches for, as a short canonical text: a change of any of them voids it. */
export function valueBasis(entry: ValueEntry | undefined, profileDenominator?: unknown): string {
  const v = (x: unknown) => (x === undefined || x === '' ? null : x);
  return fitBasis(JSON.stringify([v(entry?.numerator), v(entry?.denominator), v(entry?.value), v(entry?.status), v(profileDenominator)]));
}

export interface EffectiveReview {
  state: ReviewState;
  stamp: ReviewStamp | undefined;
  /**
   * Verified once, but the value changed since, or the stamp does not say which value it verified
   * (no `basis`: a verification without its value vouches for nothing): reads as submitted.
   */
  stale: boolean;
  /** A "verified" stamp on a data point that holds no valid value (an older or a forged file): reads as submitted. */
  unfounded?: ValueStanding;
  /**
   * Verified once, but the data point's definition changed with a catalogue update since (and the
   * change is not yet marked as read): reads as submitted. The catalogue versions of the change.
   */
  catalogue?: DefinitionChangedSince;
}

/**
 * The state a data point is in, given its stamp, its current value inputs (`basis`) and whether its
 * definition changed with a catalogue update not yet acknowledged (`catalogue`, see
 * `definitionChanged`). A changed value wins over a changed definition (both read as submitted).
 */
export function effectiveReview(
  stamp: ReviewStamp | undefined,
  basis: string,
  catalogue?: DefinitionChangedSince | null,
  standing?: ValueStanding,
): EffectiveReview {
  if (!stamp) return { state: 'draft', stamp, stale: false };
  if (stamp.state === 'verified' && (stamp.basis === undefined || !sameBasis(stamp.basis, basis))) return { state: 'submitted', stamp, stale: true };
  if (stamp.state === 'verified' && standing !== undefined && !VERIFIABLE.has(standing))
    return { state: 'submitted', stamp, stale: false, unfounded: standing };
  if (stamp.state === 'verified' && catalogue) return { state: 'submitted', stamp, stale: false, catalogue };
  return { state: stamp.state, stamp, stale: false };
}

/**
 * The stamp a change of state leaves, or why the change is refused. `from` is the effective state
 * (so a stale verification can be verified again). `basis` is recorded for "verified".
 */
export function transition(
  from: ReviewState,
  to: ReviewState,
  who: string,
  at: number,
  options: {
    reason?: string;
    basis?: string;
    /** What the data point holds (see `standingOf`); verifying and submitting need a verifiable one. */
    standing?: ValueStanding;
    /** The stamp this step replaces: who submitted the value is carried on. */
    previous?: ReviewStamp;
    /** The verifier verifies a value they submitted, and says so (recorded, counted apart). */
    selfVerified?: boolean;
    /** The name that last changed the value (history.ts lastChangedBy): verifying it is a self-verification too. */
    lastChangedBy?: string;
    /** The words of a query or an answer (thread entry): required to move to queried or answered. */
    text?: string;
  } = {},
): { ok: true; stamp: ReviewStamp } | { ok: false; problem: ReviewProblem } {
  const name = who.trim();
  if (name === '') return { ok: false, problem: { kind: 'no-name' } };
  if (!TRANSITIONS[from].includes(to)) return { ok: false, problem: { kind: 'not-allowed', from, to } };
  const reason = options.reason?.trim() ?? '';
  if (to === 'not-verifiable' && reason === '') return { ok: false, problem: { kind: 'reason-required' } };
  if ((to === 'queried' || to === 'answered') && (options.text?.trim() ?? '') === '') return { ok: false, problem: { kind: 'text-required', to } };
  // Unknown standing counts as empty: a caller that does not say what the data point holds verifies nothing.
  const standing = options.standing ?? 'empty';
  if ((to === 'verified' || to === 'submitted') && !VERIFIABLE.has(standing)) return { ok: false, problem: { kind: 'no-valid-value', standing } };
  // Verify needs the value it vouches for: without it any later value would read as verified.
  if (to === 'verified' && options.basis === undefined) return { ok: false, problem: { kind: 'no-valid-value', standing: 'empty' } };
  const submittedBy = to === 'submitted' ? name : submitterOf(options.previous);
  const own = submittedBy === name || options.lastChangedBy?.trim() === name;
  if (to === 'verified' && own && !options.selfVerified) return { ok: false, problem: { kind: 'self-verify', by: name } };
  const stamp: ReviewStamp = { state: to, by: name, at };
  if (to === 'not-verifiable') stamp.reason = reason;
  if (to === 'verified') {
    stamp.basis = options.basis;
    if (own) stamp.self = true;
    if (standing === 'not-reported' || standing === 'not-applicable') stamp.confirmed = standing;
  }
  if (submittedBy !== undefined) stamp.submittedBy = submittedBy;
  return { ok: true, stamp };
}

/** The name that submitted the value a stamp follows (an older stamp of "submitted" is its own submitter). */
export function submitterOf(stamp: ReviewStamp | undefined): string | undefined {
  return stamp?.submittedBy ?? (stamp?.state === 'submitted' ? stamp.by : undefined);
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * What a data point holds, read from its entry as the evaluator reads it (evaluator.ts valueFrom): a
 * status set instead of a value, nothing, text where a number belongs, a ratio missing an input or
 * dividing by zero or by a negative number. `itemState` (the evaluator's, where the caller has the
 * scores) adds what only it sees: a value out of the data point's range or a part above its whole.
 */
export function standingOf(doc: AssessmentInput, ref: DatapointLike, itemState?: string): ValueStanding {
  const entry = doc.values[ref.id];
  if (entry?.status === 'not-applicable') return 'not-applicable';
  if (entry?.status === 'not-reported') return 'not-reported';
  if (itemState === 'invalid') return 'rejected';
  const f = ref.def.formula;
  const raw = entry?.value;
  if (f.kind === 'yesno') {
    if (blank(raw)) return 'empty';
    return typeof raw === 'string' && ['yes', 'no'].includes(raw.trim().toLowerCase()) ? 'valid' : 'rejected';
  }
  if (!blank(raw)) return typeof raw === 'number' && Number.isFinite(raw) ? 'valid' : 'rejected';
  if (f.kind !== 'ratio') return 'empty';
  const pf = profileDenominatorOf(ref);
  const n = entry?.numerator;
  const d = pf ? doc.profile[pf] : entry?.denominator;
  if (typeof n === 'string' || typeof d === 'string') return 'rejected';
  if (blank(n) || blank(d)) return 'empty';
  if (!Number.isFinite(n) || !Number.isFinite(d) || (n as number) < 0 || (d as number) <= 0) return 'rejected';
  return 'valid';
}

// ---------------------------------------------------------------------------------------------------
// Query threads

export const THREAD_KINDS = ['question', 'answer', 'resolution'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export interface ThreadEntry {
  /** Unique (newId()), so that two copies' entries merge without duplicates. */
  id: string;
  kind: ThreadKind;
  text: string;
  by: string;
  at: number;
}

/** Entries in the order they were written (time, then id, so every copy sorts alike). */
export const sortThread = (entries: readonly ThreadEntry[]): ThreadEntry[] =>
  [...entries].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A thread is open when its last question has no resolution after it. */
export function threadOpen(entries: readonly ThreadEntry[] | undefined): boolean {
  let open = false;
  for (const e of sortThread(entries ?? [])) {
    if (e.kind === 'question') open = true;
    else if (e.kind === 'resolution') open = false;
  }
  return open;
}

/** The review state a thread entry moves a data point to (a question queries, an answer answers). */
export function stateAfterEntry(kind: ThreadKind): ReviewState | null {
  return kind === 'question' ? 'queried' : kind === 'answer' ? 'answered' : null;
}

// ---------------------------------------------------------------------------------------------------
// Evidence

export interface EvidenceRef {
  id: string;
  title: string;
  /** A URL or a file name. */
  location: string;
  page?: string;
  /** The document's date, as written (YYYY-MM-DD preferred). */
  date?: string;
}

// ---------------------------------------------------------------------------------------------------
// Recommendations and actions

export const REC_SCOPES = ['datapoint', 'category', 'dimension'] as const;
export type RecScope = (typeof REC_SCOPES)[number];

export interface Recommendation {
  id: string;
  scope: RecScope;
  /** A data-point id, a category code ("SC: EH: ED") or a dimension code ("SC"). */
  target: string;
  text: string;
  by: string;
  at: number;
}

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface Action {
  id: string;
  /** The recommendation it implements, if any. */
  recommendation?: string;
  title: string;
  owner: string;
  /** YYYY-MM-DD, or '' when none is set. */
  deadline: string;
  status: ActionStatus;
  /** Data-point ids it should move. */
  datapoints: string[];
  /** The band (1–4) it aims for, if stated. */
  aimedBand?: 1 | 2 | 3 | 4;
  /** When the action was last changed (merges keep the later). */
  at: number;
  /**
   * Set when carried forward from last year's assessment: its id and year, and the value each target
   * data point had there (null: none), against which next year's report shows progress.
   */
  carriedFrom?: { id: string; year: number; baseline: Record<string, number | null> };
}

export const actionOpen = (a: Action): boolean => a.status === 'planned' || a.status === 'in-progress';

// ---------------------------------------------------------------------------------------------------
// Freezing

export interface FrozenMark {
  at: number;
  by: string;
  /** SHA-256 (hex) of the canonical form when frozen (see fingerprint.ts). */
  fingerprint: string;
  /**
   * What the fingerprint covers (format 6; fingerprint.ts FINGERPRINT_SCHEME): absent or 1, the data
   * only (every freeze before format 6); 2, the data, who froze, when and the parent.
   */
  scheme?: 1 | 2;
}

export interface ParentRef {
  id: string;
  /** The parent's fingerprint when this version was started from it. */
  fingerprint: string;
}

/** The cycle's fields of the assessment document (format version 2); every one is optional. */
export interface CycleFields {
  review?: Record<string, ReviewStamp>;
  threads?: Record<string, ThreadEntry[]>;
  evidence?: Record<string, EvidenceRef[]>;
  recommendations?: Recommendation[];
  actions?: Action[];
  frozen?: FrozenMark;
  parent?: ParentRef;
  /** Every value and review step per data point, with who and when (format 7, history.ts); bounded. */
  history?: Record<string, ValueHistory>;
}

export type CycleDoc = AssessmentInput & CycleFields & { catalogueReview?: CatalogueReview };

// ---------------------------------------------------------------------------------------------------
// Summaries

export interface ReviewRow {
  id: string;
  state: ReviewState;
  stale: boolean;
  /** Verified under an older catalogue, and the definition changed since (see EffectiveReview). */
  catalogue?: DefinitionChangedSince;
  stamp: ReviewStamp | undefined;
  openQuery: boolean;
  /** A "verified" stamp on a data point without a valid value: reads as submitted (see EffectiveReview). */
  unfounded?: ValueStanding;
  /** What the data point holds (see `standingOf`). */
  standing: ValueStanding;
}

export interface DatapointLike {
  id: string;
  path: { category: string };
  def: { formula: { kind: string; denominator?: unknown } };
}

/** The profile field a ratio data point divides by, if any (its value is part of what is verified). */
export function profileDenominatorOf(ref: DatapointLike): string | null {
  const f = ref.def.formula;
  if (f.kind !== 'ratio' || typeof f.denominator !== 'object' || f.denominator === null) return null;
  const p = (f.denominator as { profile?: unknown }).profile;
  return typeof p === 'string' ? p : null;
}

/**
 * Whether a review cycle is under way in this assessment: a data point has left draft (submitted,
 * queried, answered, verified, not verifiable) or has a thread, and the assessment is not frozen. The
 * grid's side column then puts the selected data point's review above its explanation (the verifier's
 * screen); while every data point is a draft, the evaluator filling it keeps the explanation first.
 */
export function reviewUnderway(doc: Pick<CycleFields, 'review' | 'threads' | 'frozen'>): boolean {
  if (doc.frozen) return false;
  for (const stamp of Object.values(doc.review ?? {})) if (stamp.state !== 'draft') return true;
  for (const entries of Object.values(doc.threads ?? {})) if (entries.length > 0) return true;
  return false;
}

/** The effective review state of every data point that applies (not-applicable ones are left out). */
export function reviewRows(doc: CycleDoc, datapoints: readonly DatapointLike[]): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const ref of datapoints) {
    const entry = doc.values[ref.id];
    if (entry?.status === 'not-applicable') continue;
    const eff = reviewOf(doc, ref);
    rows.push({
      id: ref.id,
      state: eff.state,
      stale: eff.stale,
      ...(eff.catalogue && { catalogue: eff.catalogue }),
      ...(eff.unfounded && { unfounded: eff.unfounded }),
      stamp: eff.stamp,
      openQuery: threadOpen(doc.threads?.[ref.id]),
      standing: standingOf(doc, ref),
    });
  }
  return rows;
}

/** The basis of one data point in a document (what a verification now would vouch for). */
export function basisOf(doc: AssessmentInput, ref: DatapointLike): string {
  const pf = profileDenominatorOf(ref);
  return valueBasis(doc.values[ref.id], pf ? doc.profile[pf] : undefined);
}

/** The effective review state of one data point in a document: its stamp, its value and its catalogue. */
export function reviewOf(doc: CycleDoc, ref: DatapointLike, itemState?: string): EffectiveReview {
  return effectiveReview(doc.review?.[ref.id], basisOf(doc, ref), definitionChanged(doc.catalogueReview, ref.id), standingOf(doc, ref, itemState));
}

export interface VerificationStatement {
  /** Verified data points, those below included. */
  verified: number;
  /** Of the verified: a not-reported or not-applicable status confirmed, not a value. */
  confirmed: number;
  /** Of the verified: verified by the name that submitted the value (recorded "self-verified"). */
  self: number;
  total: number;
  notVerifiable: number;
  openQueries: number;
  /** Who verified, each once, in order of first verification. */
  verifiers: string[];
  /** The first and the last verification time, or null when none. */
  from: number | null;
  to: number | null;
}

/** N of M verified, by whom and when, for the verified report. */
export function verificationStatement(rows: readonly ReviewRow[]): VerificationStatement {
  const verified = rows.filter((r) => r.state === 'verified');
  const stamps = verified.map((r) => r.stamp!).sort((a, b) => a.at - b.at);
  const verifiers: string[] = [];
  for (const s of stamps) if (!verifiers.includes(s.by)) verifiers.push(s.by);
  return {
    verified: verified.length,
    confirmed: verified.filter((r) => r.stamp?.confirmed !== undefined).length,
    self: verified.filter((r) => r.stamp?.self === true).length,
    total: rows.length,
    notVerifiable: rows.filter((r) => r.state === 'not-verifiable').length,
    openQueries: rows.filter((r) => r.openQuery).length,
    verifiers,
    from: stamps.length > 0 ? stamps[0].at : null,
    to: stamps.length > 0 ? stamps[stamps.length - 1].at : null,
  };
}

export type StateCounts = Record<ReviewState, number>;

export function countStates(rows: readonly ReviewRow[]): StateCounts {
  const counts = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as StateCounts;
  for (const r of rows) counts[r.state]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Next year

/**
 * The open actions of last year's assessment, carried into next year's: same ids (so progress is
 * traced), marked with where they came from (the baseline is filled by nextYearAssessment). Done and
 * dropped actions stay behind.
 */
export function carryActions(previous: { id: string; year: number; actions?: Action[] }, now: number): Action[] {
  return (previous.actions ?? []).filter(actionOpen).map((a) => ({
    ...structuredClone(a),
    at: now,
    carriedFrom: { id: previous.id, year: previous.year, baseline: {} },
  }));
}
