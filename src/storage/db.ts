/**
 * The one module that talks to IndexedDB (Dexie 4). Assessments are stored whole, one row each, with a
 * few indexed fields for listing. Writes go through `saveAssessment`, which refuses to overwrite a row
 * another tab has saved since this tab last read it (a typed ConflictError); `Session` builds on that to
 * merge edits per cell so that two tabs never silently lose one another's work.
 */
import Dexie, { liveQuery, type EntityTable, type Observable } from 'dexie';
import { ASSESSMENT_VERSION, duplicateAssessment, type AssessmentDoc } from '../engine/assessment';
import type { Patch } from '../engine/evaluator';
import type { MethodSettings, NumInput, TargetOverride, ValueEntry } from '../engine/types';

export const DEFAULT_DB_NAME = 'ssc-workbench';
export const CHANNEL_NAME = 'ssc-workbench';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Schema history: every version stays declared (with its upgrade) so any older database opens. */
export const DB_VERSIONS = [{ version: 1, stores: { assessments: 'id, updatedAt, city, year', meta: 'key' } }] as const;

export class WorkbenchDb extends Dexie {
  assessments!: EntityTable<AssessmentDoc, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** False when IndexedDB could not be used and the work lives only in this tab's memory. */
  readonly persistent: boolean;
  private readonly versionListeners = new Set<() => void>();

  constructor(name = DEFAULT_DB_NAME, options?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(name, options);
    this.persistent = options === undefined;
    for (const v of DB_VERSIONS) this.version(v.version).stores(v.stores);
    // A newer app in another tab upgraded the database: close rather than block it, and say so. Any
    // later write fails with a clear error instead of writing an older shape over newer data.
    this.on('versionchange', () => {
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
export async function openWorkbenchDb(name = DEFAULT_DB_NAME): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(name);
  try {
    await db.open();
    return db;
  } catch {
    // Dexie 4 opens a database a newer app upgraded (rows carry their own version, checked on read
    // and write), so a failure here means IndexedDB itself is unusable.
    db.close();
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    const memory = new WorkbenchDb(name, { indexedDB, IDBKeyRange });
    await memory.open();
    return memory;
  }
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
// Typed errors

/** Another tab saved a newer revision than the one this write was based on. */
export class ConflictError extends Error {
  readonly kind = 'conflict';
  constructor(
    readonly stored: AssessmentDoc,
    readonly baseRevision: number,
  ) {
    super(`The assessment was changed elsewhere (stored revision ${stored.revision}, this copy ${baseRevision}).`);
  }
}

/** The browser refused to store more: the UI offers an export. */
export class QuotaError extends Error {
  readonly kind = 'quota';
  constructor(readonly cause: unknown) {
    super('The browser has no storage space left for this site.');
  }
}

/** The stored data was written by a newer version of the app: this one must not overwrite it. */
export class NewerVersionError extends Error {
  readonly kind = 'newer-version';
  constructor() {
    super('This assessment was saved by a newer version of the workbench. Reload the page to update the app; nothing was overwritten.');
  }
}

/** The assessment is no longer in the database (deleted in another tab). */
export class MissingError extends Error {
  readonly kind = 'missing';
  constructor(readonly id: string) {
    super(`Assessment ${id} is not stored.`);
  }
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
// Notices between tabs

export type StorageNotice =
  | { type: 'saved'; id: string; revision: number; from: string }
  | { type: 'deleted'; id: string; from: string };

/** A tab id, so a tab ignores its own notices. */
export const newTabId = (): string => Math.random().toString(36).slice(2) + Date.now().toString(36);

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

/** Listing, newest first; a liveQuery so the library updates itself (other tabs too). */
export function listAssessments(db: WorkbenchDb): Observable<AssessmentDoc[]> {
  return liveQuery(() => db.assessments.orderBy('updatedAt').reverse().toArray());
}

/** Reads an assessment; a row written by a newer app version is refused (NewerVersionError), not misread. */
export async function getAssessment(db: WorkbenchDb, id: string): Promise<AssessmentDoc | undefined> {
  const doc = await db.assessments.get(id);
  if (doc && doc.version > ASSESSMENT_VERSION) throw new NewerVersionError();
  return doc;
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
export function saveAssessment(db: WorkbenchDb, doc: AssessmentDoc, baseRevision: number, now = Date.now()): Promise<AssessmentDoc> {
  return guard(() =>
    db.transaction('rw', db.assessments, async () => {
      const stored = await db.assessments.get(doc.id);
      if (!stored) throw new MissingError(doc.id);
      if (stored.version > ASSESSMENT_VERSION) throw new NewerVersionError();
      if (stored.revision !== baseRevision) throw new ConflictError(stored, baseRevision);
      const next: AssessmentDoc = { ...doc, revision: baseRevision + 1, updatedAt: Math.max(now, stored.updatedAt + 1) };
      await db.assessments.put(next);
      return next;
    }),
  );
}

/** A copy under a new id ("last year's as the start of this year": year + 1 by default). */
export async function duplicate(db: WorkbenchDb, id: string, changes?: Partial<Pick<AssessmentDoc, 'city' | 'country' | 'year' | 'notes'>>): Promise<AssessmentDoc> {
  const doc = await db.assessments.get(id);
  if (!doc) throw new MissingError(id);
  const copy = duplicateAssessment(doc, changes ?? { year: doc.year + 1 });
  return addAssessment(db, copy);
}

/** Deletes and returns the document, so the caller can offer Undo with `restoreAssessment`. */
export async function deleteAssessment(db: WorkbenchDb, id: string): Promise<AssessmentDoc | undefined> {
  return db.transaction('rw', db.assessments, async () => {
    const doc = await db.assessments.get(id);
    if (doc) await db.assessments.delete(id);
    return doc;
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
      const doc = await db.assessments.get(id);
      if (!doc) throw new MissingError(id);
      if (doc.version > ASSESSMENT_VERSION) throw new NewerVersionError();
      const next = { ...doc, ...fields, revision: doc.revision + 1, updatedAt: Math.max(Date.now(), doc.updatedAt + 1) };
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

// ---------------------------------------------------------------------------------------------------
// Edits at cell level, and merging them

export type ValueField = keyof ValueEntry;

/** One user edit, at the finest level two tabs can both change without clashing. */
export type Edit =
  | { kind: 'value'; id: string; field: ValueField; value: ValueEntry[ValueField] | undefined }
  | { kind: 'profile'; field: string; value: NumInput }
  | { kind: 'target'; id: string; override: TargetOverride | null }
  | { kind: 'method'; method: MethodSettings }
  | { kind: 'info'; field: 'city' | 'country' | 'year' | 'notes'; value: string | number };

const editKey = (e: Edit): string => {
  switch (e.kind) {
    case 'value':
      return `value|${e.id}|${e.field}`;
    case 'profile':
      return `profile|${e.field}`;
    case 'target':
      return `target|${e.id}`;
    case 'method':
      return 'method';
    case 'info':
      return `info|${e.field}`;
  }
};

/** The current content of the place an edit writes to, for comparison. */
function readAt(doc: AssessmentDoc, e: Edit): unknown {
  switch (e.kind) {
    case 'value':
      return doc.values[e.id]?.[e.field];
    case 'profile':
      return doc.profile[e.field];
    case 'target':
      return doc.targets[e.id] ?? null;
    case 'method':
      return doc.method;
    case 'info':
      return doc[e.field];
  }
}

const same = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
};

/** Applies edits to a copy of the document. */
export function applyEdits(doc: AssessmentDoc, edits: readonly Edit[]): AssessmentDoc {
  const next: AssessmentDoc = { ...doc, values: { ...doc.values }, profile: { ...doc.profile }, targets: { ...doc.targets } };
  for (const e of edits) {
    switch (e.kind) {
      case 'value': {
        const entry: ValueEntry = { ...(next.values[e.id] ?? {}) };
        if (e.value === undefined || e.value === null || e.value === '') delete entry[e.field];
        else (entry as Record<string, unknown>)[e.field] = e.value;
        if (Object.keys(entry).length === 0) delete next.values[e.id];
        else next.values[e.id] = entry;
        break;
      }
      case 'profile':
        if (e.value === null || e.value === '') delete next.profile[e.field];
        else next.profile[e.field] = e.value;
        break;
      case 'target':
        if (e.override) next.targets[e.id] = e.override;
        else delete next.targets[e.id];
        break;
      case 'method':
        next.method = { ...e.method };
        break;
      case 'info':
        (next as unknown as Record<string, unknown>)[e.field] = e.value;
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
    if (e.kind === 'info') continue;
    const key = e.kind === 'value' ? `v|${e.id}` : editKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.kind === 'value') out.push({ kind: 'value', id: e.id, entry: after.values[e.id] ?? {} });
    else if (e.kind === 'profile') out.push({ kind: 'profile', field: e.field, value: after.profile[e.field] ?? null });
    else if (e.kind === 'target') out.push({ kind: 'target', id: e.id, override: after.targets[e.id] ?? null });
    else out.push({ kind: 'method', method: after.method });
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

// ---------------------------------------------------------------------------------------------------
// Session: one open assessment with autosave and conflict handling

export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: Error };

export interface SessionEvents {
  /** The save state changed (for an aria-live status line). */
  onState?(state: SaveState): void;
  /** Edits from another tab were merged in; the caller reloads the grid and the engine from `doc`. */
  onExternal?(doc: AssessmentDoc, clashes: Clash[]): void;
  /** The assessment was deleted elsewhere. */
  onDeleted?(): void;
}

export interface SessionOptions extends SessionEvents {
  /** Autosave delay; at most 300 ms. */
  delay?: number;
  notifier?: Notifier;
  tabId?: string;
}

/**
 * Holds the document on screen, the stored revision it is based on and the edits not yet saved.
 * `edit` updates the document at once (the caller sends the returned patches to the engine) and
 * schedules a save; a conflict on save rebases the pending edits onto the stored copy.
 */
export class Session {
  doc: AssessmentDoc;
  private base: AssessmentDoc;
  private pending: Edit[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly delay: number;
  private readonly tabId: string;
  private readonly stopListening: () => void;
  private closed = false;

  constructor(
    private readonly db: WorkbenchDb,
    doc: AssessmentDoc,
    private readonly opts: SessionOptions = {},
  ) {
    this.doc = doc;
    this.base = doc;
    this.delay = Math.min(300, opts.delay ?? 250);
    this.tabId = opts.tabId ?? newTabId();
    this.stopListening = opts.notifier?.listen((n) => void this.onNotice(n)) ?? (() => {});
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Applies edits locally, schedules the autosave and returns the engine patches. */
  edit(edits: Edit[]): Patch[] {
    if (edits.length === 0) return [];
    this.doc = applyEdits(this.doc, edits);
    this.pending.push(...edits);
    this.schedule();
    return patchesFor(this.doc, edits);
  }

  private schedule(): void {
    this.opts.onState?.({ kind: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Saves now (visibilitychange hidden, pagehide, closing the assessment). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.serial(() => (this.pending.length === 0 ? Promise.resolve() : this.saveOnce()));
  }

  /** Saves and merges run one at a time, so each sees the base the previous one left. */
  private serial(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }

  private async saveOnce(): Promise<void> {
    const edits = this.pending;
    this.pending = [];
    this.opts.onState?.({ kind: 'saving' });
    let clashes: Clash[] = [];
    let doc = applyEdits(this.base, edits);
    let baseRevision = this.base.revision;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const saved = await saveAssessment(this.db, doc, baseRevision);
        this.base = saved;
        // Edits made while saving stay pending on top of the saved copy.
        this.doc = applyEdits(saved, this.pending);
        this.opts.notifier?.post({ type: 'saved', id: saved.id, revision: saved.revision, from: this.tabId });
        if (clashes.length > 0) this.opts.onExternal?.(this.doc, clashes);
        this.opts.onState?.(this.pending.length > 0 ? { kind: 'pending' } : { kind: 'saved', at: saved.updatedAt });
        return;
      } catch (e) {
        if (e instanceof ConflictError) {
          const r = rebase(this.base, e.stored, edits);
          clashes = [...clashes, ...r.clashes];
          this.base = e.stored;
          doc = r.doc;
          baseRevision = e.stored.revision;
          continue;
        }
        // Keep the edits for the next attempt; nothing typed is dropped.
        this.pending = [...edits, ...this.pending];
        this.opts.onState?.({ kind: 'error', error: e as Error });
        if (e instanceof MissingError) this.opts.onDeleted?.();
        return;
      }
    }
    this.pending = [...edits, ...this.pending];
    this.opts.onState?.({ kind: 'error', error: new Error('Could not save after repeated conflicts.') });
  }

  /** Another tab saved: adopt its copy with this tab's unsaved edits re-applied on top. */
  private onNotice(n: StorageNotice): Promise<void> {
    if (this.closed || n.from === this.tabId || n.id !== this.doc.id) return Promise.resolve();
    if (n.type === 'deleted') {
      this.opts.onDeleted?.();
      return Promise.resolve();
    }
    return this.serial(() => this.adoptStored());
  }

  private async adoptStored(): Promise<void> {
    const stored = await getAssessment(this.db, this.doc.id);
    if (!stored || stored.revision <= this.base.revision) return;
    const { doc, clashes } = rebase(this.base, stored, this.pending);
    this.base = stored;
    this.doc = doc;
    this.opts.onExternal?.(doc, clashes);
    // Pending edits now rest on the new base; the scheduled save writes them.
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.stopListening();
  }
}
