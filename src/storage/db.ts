/**
 * The one module that talks to IndexedDB (Dexie 4). Assessments are stored whole, one row each, with a
 * few indexed fields for listing; the edit journal holds every committed edit from the moment it is
 * made until it is folded into its assessment row. Writes go through `saveAssessment`, which refuses to
 * overwrite a row another tab has saved since this tab last read it (a typed ConflictError); the editing
 * session (src/session/) builds on that to merge edits per cell. Failures are typed problems (kind plus
 * data, no prose); src/ui/strings turns them into words.
 *
 * This module holds the schema and the assessment rows; the other jobs have rooms of their own, whose
 * names it exports as before: typed errors (errors.ts), damaged rows (damage.ts), notices between tabs
 * (tab-notices.ts), the edit journal (journal.ts) and settings (settings.ts).
 */
import Dexie, { liveQuery, type EntityTable, type Observable } from 'dexie';
import { ASSESSMENT_VERSION, duplicateAssessment, nextYearAssessment, valueBaseline, type AssessmentDoc } from '../engine/assessment';
import type { Framework } from '../engine/framework';
import { seriesKey } from '../engine/trend';
import { damageOf, isRecord, nextStamp, sound, upToDate, type DamagedRow } from './damage';
import { ConflictError, FrozenError, guard, MissingError, NewerVersionError } from './errors';
import { fillSummaries, summaryMiddleware, type SummaryRow } from './library-summaries';

export const DEFAULT_DB_NAME = 'ssc-workbench';

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

/**
 * Opens the page's database from a worker (the read worker stores a large import itself): the same
 * name, schema and summaries, so its writes reach the page's live queries and other tabs through
 * Dexie's own notices. Null when IndexedDB cannot be opened here: never the in-memory fallback, whose
 * rows the page would not see; the caller then hands its documents to the page instead.
 */
export async function openSharedDb(name: string, timeoutMs = OPEN_TIMEOUT_MS): Promise<WorkbenchDb | null> {
  const db = new WorkbenchDb(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    if ((await Promise.race([db.open().then(() => 'open' as const), timedOut])) === 'open') return db;
  } catch {
    // Unusable here: the page stores instead.
  } finally {
    clearTimeout(timer);
  }
  db.close();
  return null;
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

// The other jobs of storage live in modules of their own; their names are exported here as before.
export {
  ConflictError,
  FrozenError,
  isQuotaError,
  MissingError,
  NewerVersionError,
  QuotaError,
  StorageError,
  storageProblem,
  type StorageProblem,
} from './errors';
export { damageOf, nextStamp, upToDate, type DamagedRow, type DamageReason } from './damage';
export { CHANNEL_NAME, createNotifier, newTabId, type Notifier, type Overwrite, type StorageNotice } from './tab-notices';
export { appendJournal, discardJournal, foldJournal, journalledIds } from './journal';
export { getSetting, setSetting } from './settings';

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
