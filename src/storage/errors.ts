/**
 * Storage's typed errors: each carries a problem (kind plus data); the words live in src/ui/strings.
 * Split out of db.ts (#27, item 3); db.ts still exports every name.
 */
import type { AssessmentDoc } from '../engine/assessment';
import type { DamageReason } from './damage';

/** Why something was not stored or read. Exhaustive: the UI's switch over it is checked by the compiler. */
export type StorageProblem =
  | { kind: 'conflict'; storedRevision: number; baseRevision: number }
  | { kind: 'quota' }
  | { kind: 'newer-version' }
  | { kind: 'missing'; id: string }
  | { kind: 'damaged'; id: string; reason: DamageReason }
  | { kind: 'closed' }
  | { kind: 'frozen'; id: string }
  | { kind: 'failed'; name: string };

export class StorageError extends Error {
  constructor(readonly problem: StorageProblem) {
    // The message is the kind only, for logs; users read S.storageProblem(problem).
    super(problem.kind);
  }
  get kind(): StorageProblem['kind'] {
    return this.problem.kind;
  }
}

/** Another tab saved a newer revision than the one this write was based on. */
export class ConflictError extends StorageError {
  constructor(
    readonly stored: AssessmentDoc,
    readonly baseRevision: number,
  ) {
    super({ kind: 'conflict', storedRevision: stored.revision, baseRevision });
  }
}

/** The browser refused to store more: the UI offers an export. */
export class QuotaError extends StorageError {
  constructor(readonly cause: unknown) {
    super({ kind: 'quota' });
  }
}

/** The stored data was written by a newer version of the app: this one must not overwrite it. */
export class NewerVersionError extends StorageError {
  constructor() {
    super({ kind: 'newer-version' });
  }
}

/** The assessment is no longer in the database (deleted in another tab). */
export class MissingError extends StorageError {
  constructor(readonly id: string) {
    super({ kind: 'missing', id });
  }
}

/**
 * The stored row is frozen: what a verifier signed is never overwritten, whatever asks (a tab that
 * had not seen the freeze, a library action, a rename). A new version is made from it instead.
 */
export class FrozenError extends StorageError {
  /** The row as stored, frozen. */
  constructor(readonly stored: AssessmentDoc) {
    super({ kind: 'frozen', id: stored.id });
  }
}

/** Any failure as a typed problem, for the UI (an unknown error keeps only its name, never its prose). */
export function storageProblem(e: unknown): StorageProblem {
  if (e instanceof StorageError) return e.problem;
  if (isQuotaError(e)) return { kind: 'quota' };
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return { kind: 'closed' };
  return { kind: 'failed', name: typeof name === 'string' ? name : typeof e };
}

/**
 * True for a quota error however deeply it is wrapped: IndexedDB reports it as the transaction's
 * AbortError with the QuotaExceededError as `inner`, and Dexie wraps a failure inside a transaction
 * in an AbortError of its own.
 */
export function isQuotaError(e: unknown): boolean {
  let err = e as { name?: string; inner?: unknown } | null | undefined;
  for (let depth = 0; err && depth < 5; depth++) {
    if (err.name === 'QuotaExceededError') return true;
    if (err.name !== 'AbortError') return false;
    err = err.inner as typeof err;
  }
  return false;
}

/** Runs a write, turning the browser's quota failure, however wrapped, into a QuotaError. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isQuotaError(e)) throw new QuotaError(e);
    throw e;
  }
}
