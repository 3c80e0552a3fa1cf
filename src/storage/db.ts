/**
 * The one module that talks to IndexedDB (Dexie 4). Assessments are stored whole, one row each, with a
 * few indexed fields for listing; the edit journal holds every committed edit from the moment it is
 * made until it is folded into its assessment row. Writes go through `saveAssessment`, which refuses to
 * overwrite a row another tab has saved since this tab last read it (a typed ConflictError); the editing
 * session (src/session/) builds on that to merge edits per cell. Failures are typed problems (kind plus
 * data, no prose); src/ui/strings turns them into words.
 */
import Dexie, { liveQuery, type EntityTable, type Observable } from 'dexie';
import { newId } from '../engine/ids';
import { upgradeCatalogue } from '../engine/catalogue-version';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { migrateAssessment } from '../engine/migrations';
import { ASSESSMENT_VERSION, duplicateAssessment, nextYearAssessment, valueBaseline, type AssessmentDoc } from '../engine/assessment';
import type { Framework } from '../engine/framework';
import { IMPORT_MAX_REVISION, IMPORT_MAX_TIME } from '../engine/headroom';
import { seriesKey } from '../engine/trend';
import { validate as validStoredShape } from './stored-shape.validate.js';
import { fillSummaries, summaryMiddleware, type SummaryRow } from './library-summaries';

export const DEFAULT_DB_NAME = 'ssc-workbench';
export const CHANNEL_NAME = 'ssc-workbench';

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * One committed edit, written the moment it is made (its own small transaction) and deleted in the
 * transaction that folds it into the assessment row. `edit` is the session's edit model, kept opaque
 * here: storage does not interpret it, and the session validates it when it replays.
 */
export interface JournalRow {
  seq?: number;
  assessmentId: string;
  tabId: string;
  at: number;
  edit: unknown;
}

/** Schema history: every version stays declared (with its upgrade) so any older database opens. */
export const DB_VERSIONS = [
  { version: 1, stores: { assessments: 'id, updatedAt, city, year', meta: 'key' } },
  // v2: the edit journal (nothing typed is lost between a keystroke and the debounced save).
  { version: 2, stores: { assessments: 'id, updatedAt, city, year', meta: 'key', journal: '++seq, assessmentId' } },
  // v3: the library's light index, one summary per assessment (library-summaries.ts), filled on upgrade.
  { version: 3, stores: { assessments: 'id, updatedAt, city, year', meta: 'key', journal: '++seq, assessmentId', summaries: 'id' } },
] as const;

/** Why the app works in memory: IndexedDB refused to open, or never answered within OPEN_TIMEOUT_MS. */
export type MemoryReason = 'unavailable' | 'timeout';
/** An IndexedDB that has not answered by then is treated as unavailable (some locked-down profiles hang). */
export const OPEN_TIMEOUT_MS = 10_000;

export class WorkbenchDb extends Dexie {
  assessments!: EntityTable<AssessmentDoc, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  journal!: EntityTable<JournalRow, 'seq'>;
  summaries!: EntityTable<SummaryRow, 'id'>;
  /** False when IndexedDB could not be used and the work lives only in this tab's memory. */
  readonly persistent: boolean;
  /** Set when the app fell back to memory, with the reason. */
  memoryReason: MemoryReason | null = null;
  /** True once another tab's newer app took the database over: nothing more can be written here. */
  replaced = false;
  private readonly versionListeners = new Set<() => void>();

  constructor(name = DEFAULT_DB_NAME, options?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(name, options);
    this.persistent = options === undefined;
    for (const v of DB_VERSIONS) this.version(v.version).stores(v.stores);
    this.version(3).upgrade(fillSummaries);
    this.use(summaryMiddleware);
    // A newer app in another tab upgraded the database: close rather than block it, and say so. Any
    // later write fails with a clear error instead of writing an older shape over newer data.
    // Transactions already started (journal writes of edits just typed) still complete: IndexedDB
    // closes a connection only after its transactions finish.
    this.on('versionchange', () => {
      this.replaced = true;
      this.close();
      this.versionListeners.forEach((fn) => fn());
      return false;
    });
  }

  /** Called when another tab with a newer app version takes the database over. */
  onVersionChange(fn: () => void): () => void {
    this.versionListeners.add(fn);
    return () => this.versionListeners.delete(fn);
  }
}

/**
 * Opens the database. Where IndexedDB is unavailable (some private modes, disabled storage) the app
 * still works, in memory, on an in-memory IndexedDB loaded only in that case; `persistent` is then
 * false and the UI says that nothing survives closing the tab.
 */
export async function openWorkbenchDb(name = DEFAULT_DB_NAME, timeoutMs = OPEN_TIMEOUT_MS): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  let reason: MemoryReason;
  try {
    const outcome = await Promise.race([db.open().then(() => 'open' as const), timedOut]);
    if (outcome === 'open') return db;
    reason = 'timeout';
  } catch {
    // Dexie 4 opens a database a newer app upgraded (rows carry their own version, checked on read
    // and write), so a failure here means IndexedDB itself is unusable.
    reason = 'unavailable';
  } finally {
    clearTimeout(timer);
  }
  db.close();
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  const memory = new WorkbenchDb(name, { indexedDB, IDBKeyRange });
  memory.memoryReason = reason;
  await memory.open();
  return memory;
}

/** Asks the browser not to evict the data under storage pressure; returns whether it is persisted. */
export async function requestPersistence(): Promise<'persisted' | 'best-effort' | 'unsupported'> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'persisted';
    return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

// ---------------------------------------------------------------------------------------------------
// Typed errors: each carries a problem (kind plus data); the words live in src/ui/strings.

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

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isQuotaError(e)) throw new QuotaError(e);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading stored rows defensively: a damaged row is reported, never crashes a listing.

export type DamageReason = 'not-an-object' | 'no-id' | 'no-values' | 'no-profile' | 'bad-revision' | 'bad-date' | 'bad-text' | 'bad-field';

/** A stored row that cannot be used as an assessment as it is; `raw` is kept for export and repair. */
export interface DamagedRow {
  id: string;
  reason: DamageReason;
  raw: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Which reason a field of the stored shape is damaged for; a field not listed is a 'bad-field'. */
const DAMAGE_OF_FIELD: Record<string, DamageReason> = {
  id: 'no-id',
  values: 'no-values',
  targets: 'no-values',
  profile: 'no-profile',
  revision: 'bad-revision',
  createdAt: 'bad-date',
  updatedAt: 'bad-date',
  city: 'bad-text',
  country: 'bad-text',
  notes: 'bad-text',
  year: 'bad-text',
};
/** The order reasons are named in when a row has several. */
const DAMAGE_ORDER: readonly DamageReason[] = ['no-id', 'no-values', 'no-profile', 'bad-revision', 'bad-date', 'bad-text', 'bad-field'];

/**
 * The structural checks every stored row must pass before the app uses it (the framework-aware
 * validation is readAssessment's, used on import and on repair). Null when the row is sound. The shape
 * is the schema's (public/assessment.schema.json, compiled by scripts/document-shape.ts): each top-level
 * field by its kind and numeric range, the required ones present.
 */
export function damageOf(row: unknown): DamageReason | null {
  if (!isRecord(row)) return 'not-an-object';
  if (validStoredShape(row)) return null;
  const reasons = new Set(
    (validStoredShape.errors ?? []).map((e) => {
      const field = e.keyword === 'required' ? String(e.params.missingProperty) : e.instancePath.split('/')[1];
      return DAMAGE_OF_FIELD[field] ?? 'bad-field';
    }),
  );
  return DAMAGE_ORDER.find((r) => reasons.has(r)) ?? 'bad-field';
}

/**
 * The bookkeeping of the next write over `stored`: revision + 1 and a later time. A row stored before
 * imports kept room for use (headroom.ts) can sit at a revision near 2^53 or a time past 9999; bumping
 * it would cross the hard limits and damage it two edits later. Such a row starts again from revision 1
 * and the time of the write instead. 1 still differs from the stored revision, so a tab that read the
 * old row meets a conflict on its next save, as with any other save.
 */
export function nextStamp(
  stored: Pick<AssessmentDoc, 'revision' | 'updatedAt' | 'createdAt'>,
  now: number,
): Pick<AssessmentDoc, 'revision' | 'updatedAt'> & Partial<Pick<AssessmentDoc, 'createdAt'>> {
  const revision = stored.revision >= IMPORT_MAX_REVISION ? 1 : stored.revision + 1;
  const updatedAt = stored.updatedAt > IMPORT_MAX_TIME ? now : Math.max(now, stored.updatedAt + 1);
  // createdAt is never bumped, but a creation after the last change would read as nonsense.
  return { revision, updatedAt, ...(stored.createdAt > IMPORT_MAX_TIME && { createdAt: Math.min(now, updatedAt) }) };
}

function sound(row: unknown): AssessmentDoc {
  const reason = damageOf(row);
  if (reason) throw new StorageError({ kind: 'damaged', id: isRecord(row) && typeof row.id === 'string' ? row.id : '', reason });
  return upToDate(row as AssessmentDoc);
}

/**
 * A sound row of this or an older format, as the app uses it: an older format is brought up by the
 * numbered steps of migrations.ts, and an assessment made with an older catalogue is brought to the
 * current one (every value kept, the changed data points listed for review: catalogue-version.ts).
 * The row itself is rewritten only by the next save. A current row is returned as it is.
 */
export function upToDate(row: AssessmentDoc): AssessmentDoc {
  if (row.version > ASSESSMENT_VERSION) return row;
  const migrated = row.version < ASSESSMENT_VERSION ? migrateAssessment(row) : null;
  const doc = migrated?.ok ? (migrated.value as unknown as AssessmentDoc) : row;
  return upgradeCatalogue(doc, u4ssc);
}

// ---------------------------------------------------------------------------------------------------
// Notices between tabs

/** A cell a save overwrote although another tab had changed it since (last writer wins): the other tab is told. */
export interface Overwrite {
  /** The edit model's key of the cell (session/edits.ts editKey). */
  key: string;
  /** The value the other tab had stored there, which this save replaced. */
  theirs: unknown;
  /** The value this save wrote. */
  mine: unknown;
}

export type StorageNotice =
  { type: 'saved'; id: string; revision: number; from: string; overwrote?: Overwrite[] } | { type: 'deleted'; id: string; from: string };

/** A tab id, so a tab ignores its own notices. */
export const newTabId = (): string => newId();

export interface Notifier {
  post(notice: StorageNotice): void;
  listen(fn: (notice: StorageNotice) => void): () => void;
  close(): void;
}

export function createNotifier(name = CHANNEL_NAME): Notifier {
  if (typeof BroadcastChannel === 'undefined') {
    return { post() {}, listen: () => () => {}, close() {} };
  }
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(n: StorageNotice) => void>();
  channel.onmessage = (e: MessageEvent<StorageNotice>) => listeners.forEach((fn) => fn(e.data));
  return {
    post: (notice) => channel.postMessage(notice),
    listen(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    close: () => channel.close(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Plain operations

/** Every stored row, sorted out into sound assessments (newest first) and damaged rows. */
async function readAll(db: WorkbenchDb): Promise<{ docs: AssessmentDoc[]; damaged: DamagedRow[] }> {
  const rows: unknown[] = await db.assessments.orderBy('updatedAt').reverse().toArray();
  const docs: AssessmentDoc[] = [];
  const damaged: DamagedRow[] = [];
  for (const row of rows) {
    const reason = damageOf(row);
    if (reason === null) docs.push(upToDate(row as AssessmentDoc));
    else damaged.push({ id: isRecord(row) && typeof row.id === 'string' ? row.id : '', reason, raw: row });
  }
  // Rows without a usable updatedAt are not in the index; list them too (as damaged).
  const indexed = new Set(rows.map((r) => (isRecord(r) ? r.id : undefined)));
  if (indexed.size !== (await db.assessments.count())) {
    for (const row of (await db.assessments.toArray()) as unknown[]) {
      if (isRecord(row) && indexed.has(row.id)) continue;
      damaged.push({ id: isRecord(row) && typeof row.id === 'string' ? row.id : '', reason: damageOf(row) ?? 'bad-date', raw: row });
    }
  }
  return { docs, damaged };
}

/** Listing, newest first; a liveQuery so the library updates itself (other tabs too). Damaged rows are left out (see listLibrary). */
export function listAssessments(db: WorkbenchDb): Observable<AssessmentDoc[]> {
  return liveQuery(async () => (await readAll(db)).docs);
}

/**
 * The assessments of one city series: the same city and country as `seriesKey` (engine/trend.ts) groups
 * them in the Compare view, oldest year first. Read through the city index (its keys, then the rows of
 * the matching city spellings), never the whole library; damaged rows are left out. A liveQuery: another
 * tab's save, an import or a deletion updates it.
 */
export function listSeries(db: WorkbenchDb, city: string, country: string): Observable<AssessmentDoc[]> {
  const key = seriesKey(city, country);
  return liveQuery(async () => {
    const cities = (await db.assessments.orderBy('city').uniqueKeys()).filter((c): c is string => typeof c === 'string' && seriesKey(c, country) === key);
    if (cities.length === 0) return [];
    const rows: unknown[] = await db.assessments.where('city').anyOf(cities).toArray();
    return rows
      .filter((row): row is AssessmentDoc => damageOf(row) === null && seriesKey((row as AssessmentDoc).city, (row as AssessmentDoc).country) === key)
      .map(upToDate)
      .sort((a, b) => a.year - b.year);
  });
}

/**
 * The library's listing in one read of every row: sound assessments newest first, and the stored rows
 * the app cannot use as they are (offered with their raw JSON and a repair).
 */
export function listLibrary(db: WorkbenchDb): Observable<{ docs: AssessmentDoc[]; damaged: DamagedRow[] }> {
  return liveQuery(() => readAll(db));
}

/** Reads an assessment; a row written by a newer app version is refused (NewerVersionError), a damaged one too, not misread. */
export async function getAssessment(db: WorkbenchDb, id: string): Promise<AssessmentDoc | undefined> {
  const row: unknown = await db.assessments.get(id);
  if (row === undefined) return undefined;
  if (isRecord(row) && typeof row.version === 'number' && row.version > ASSESSMENT_VERSION) throw new NewerVersionError();
  return sound(row);
}

/** Watches one stored row (this tab's writes, other tabs', imports and deletions alike). */
export function watchAssessment(db: WorkbenchDb, id: string): Observable<unknown> {
  return liveQuery(() => db.assessments.get(id));
}

/** Stores a new assessment as it is (revision as given, normally 0). */
export function addAssessment(db: WorkbenchDb, doc: AssessmentDoc): Promise<AssessmentDoc> {
  return guard(async () => {
    await db.assessments.add(doc);
    return doc;
  });
}

/**
 * Saves `doc`, which was derived from the stored revision `baseRevision`. Bumps revision and
 * updatedAt. Throws ConflictError when the stored row is newer than `baseRevision`, MissingError when
 * it is gone, QuotaError when the disk is full.
 */
export function saveAssessment(
  db: WorkbenchDb,
  doc: AssessmentDoc,
  baseRevision: number,
  now = Date.now(),
  folded: readonly number[] = [],
): Promise<AssessmentDoc> {
  return guard(() =>
    db.transaction('rw', db.assessments, db.journal, async () => {
      const row = await db.assessments.get(doc.id);
      if (!row) throw new MissingError(doc.id);
      if (row.version > ASSESSMENT_VERSION) throw new NewerVersionError();
      const stored = sound(row);
      if (stored.revision !== baseRevision) throw new ConflictError(stored, baseRevision);
      if (stored.frozen) throw new FrozenError(stored);
      const next: AssessmentDoc = { ...doc, ...nextStamp(stored, now) };
      await db.assessments.put(next);
      // The journal entries this save folds in go in the same transaction: both or neither.
      if (folded.length > 0) await db.journal.bulkDelete([...folded]);
      return next;
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// The edit journal

/**
 * Writes committed edits at once, in their own small transaction, and returns their sequence numbers.
 * This is the one write on the path from a keystroke to durability, so it bypasses Dexie's promise
 * machinery: the requests are issued in the same task as the edit and the transaction is committed
 * explicitly (IDBTransaction.commit) instead of waiting for the task to end. Measured with the crash
 * test, that is what keeps an edit when the browser is killed or the tab closed 50 ms after Enter on a
 * busy machine.
 */
export function appendJournal(db: WorkbenchDb, rows: readonly JournalRow[]): Promise<number[]> {
  return new Promise<number[]>((resolve, reject) => {
    const fail = (e: unknown) => reject(isQuotaError(e) ? new QuotaError(e) : new StorageError(db.isOpen() ? storageProblem(e) : { kind: 'closed' }));
    try {
      const tx = db.backendDB().transaction('journal', 'readwrite');
      const store = tx.objectStore('journal');
      const requests = rows.map((row) => store.add(row));
      tx.oncomplete = () => resolve(requests.map((r) => r.result as number));
      tx.onabort = () => fail(tx.error);
      tx.onerror = (e) => e.preventDefault();
      tx.commit?.();
    } catch (e) {
      fail(e);
    }
  });
}

/** Deletes journal entries that will never be folded (edits a frozen assessment refused). */
export async function discardJournal(db: WorkbenchDb, seqs: readonly number[]): Promise<void> {
  if (seqs.length > 0) await guard(() => db.journal.bulkDelete([...seqs]));
}

/** The assessments that have journal entries not yet folded in (after a crash, or another tab's pending edits). */
export async function journalledIds(db: WorkbenchDb): Promise<string[]> {
  return (await db.journal.orderBy('assessmentId').uniqueKeys()) as string[];
}

/**
 * Folds every journal entry of one assessment into its row, in one transaction: `fold` gets the stored
 * document and the entries in the order they were made and returns the new document (pure; it may
 * skip entries it cannot read). Entries of an assessment that is gone are deleted. Returns the saved
 * document and how many entries it folded, or null when there was nothing to fold.
 */
export function foldJournal(
  db: WorkbenchDb,
  id: string,
  fold: (stored: AssessmentDoc, rows: JournalRow[]) => AssessmentDoc,
  now = Date.now(),
): Promise<{ doc: AssessmentDoc; count: number } | null> {
  return guard(() =>
    db.transaction('rw', db.assessments, db.journal, async () => {
      const rows = await db.journal.where('assessmentId').equals(id).sortBy('seq');
      if (rows.length === 0) return null;
      const keys = rows.map((r) => r.seq as number);
      const row = await db.assessments.get(id);
      if (!row) {
        await db.journal.bulkDelete(keys);
        return null;
      }
      // A newer app's row or a damaged one is left as it is, with its journal, for that app or a repair.
      if (row.version > ASSESSMENT_VERSION || damageOf(row) !== null) return null;
      const stored = upToDate(row as AssessmentDoc);
      // Entries journalled against a frozen row (a tab that had not yet seen the freeze) are refused: dropped, the row untouched.
      if (stored.frozen) {
        await db.journal.bulkDelete(keys);
        return { doc: stored, count: 0 };
      }
      const next: AssessmentDoc = { ...fold(stored, rows), ...nextStamp(stored, now) };
      await db.assessments.put(next);
      await db.journal.bulkDelete(keys);
      return { doc: next, count: rows.length };
    }),
  );
}

/** A copy under a new id ("last year's as the start of this year": year + 1 by default). */
export async function duplicate(
  db: WorkbenchDb,
  id: string,
  changes?: Partial<Pick<AssessmentDoc, 'city' | 'country' | 'year' | 'notes'>>,
  /** With the framework, the copy is next year's assessment (see nextYearAssessment); without, a plain copy. */
  fw?: Framework,
): Promise<AssessmentDoc> {
  const doc = await getAssessment(db, id);
  if (!doc) throw new MissingError(id);
  // Next year's: a new review cycle, open actions carried with this year's values as their baseline.
  const copy = fw
    ? nextYearAssessment(doc, changes ?? { year: doc.year + 1 }, valueBaseline(fw, doc))
    : duplicateAssessment(doc, changes ?? { year: doc.year + 1 });
  return addAssessment(db, copy);
}

/** Deletes and returns the document, so the caller can offer Undo with `restoreAssessment`. */
export async function deleteAssessment(db: WorkbenchDb, id: string): Promise<AssessmentDoc | undefined> {
  return db.transaction('rw', db.assessments, db.journal, async () => {
    const doc = await db.assessments.get(id);
    if (doc) await db.assessments.delete(id);
    await db.journal.where('assessmentId').equals(id).delete();
    return doc;
  });
}

/** Deletes a damaged row (after the user exported its raw JSON or chose to drop it). */
export async function deleteRow(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', db.assessments, db.journal, async () => {
    await db.assessments.delete(id);
    await db.journal.where('assessmentId').equals(id).delete();
  });
}

export function restoreAssessment(db: WorkbenchDb, doc: AssessmentDoc): Promise<AssessmentDoc> {
  return guard(async () => {
    await db.assessments.put(doc);
    return doc;
  });
}

/** Renames (city, country, year) without touching the values. */
export async function renameAssessment(db: WorkbenchDb, id: string, fields: Partial<Pick<AssessmentDoc, 'city' | 'country' | 'year'>>): Promise<AssessmentDoc> {
  return guard(() =>
    db.transaction('rw', db.assessments, async () => {
      const row = await db.assessments.get(id);
      if (!row) throw new MissingError(id);
      if (row.version > ASSESSMENT_VERSION) throw new NewerVersionError();
      const doc = sound(row);
      if (doc.frozen) throw new FrozenError(doc);
      const next = { ...doc, ...fields, ...nextStamp(doc, Date.now()) };
      await db.assessments.put(next);
      return next;
    }),
  );
}

export async function getSetting<T>(db: WorkbenchDb, key: string, fallback: T): Promise<T> {
  const row = await db.meta.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: WorkbenchDb, key: string, value: unknown): Promise<void> {
  await guard(() => db.meta.put({ key, value }));
}
