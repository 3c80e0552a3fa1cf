/**
 * The editing session of one open assessment. Every committed edit is written to the journal at once,
 * in its own small IndexedDB transaction, so that it survives a crash or a closed tab from the moment
 * that transaction commits; the debounced save only folds journalled edits into the assessment row
 * (and deletes them from the journal in the same transaction). Debouncing applies to folding, never to
 * durability. Saves that meet another tab's newer copy rebase this tab's edits per cell; a tab whose
 * value lost a same-cell clash is told, with its value, so it can put it back.
 */
import type { AssessmentDoc } from '../engine/assessment';
import type { Patch } from '../engine/evaluator';
import {
  appendJournal,
  ConflictError,
  discardJournal,
  FrozenError,
  getAssessment,
  journalledIds,
  MissingError,
  newTabId,
  saveAssessment,
  storageProblem,
  watchAssessment,
  type Notifier,
  type Overwrite,
  type StorageNotice,
  type StorageProblem,
  type WorkbenchDb,
} from '../storage/db';
import { applyEdits, editKey, patchesFor, readAt, rebase, same, type Clash, type Edit } from './edits';
import { applyUnlessFrozen, frozenProblem, type FrozenProblem } from './freeze-rule';
import { historyEdits } from './history-edits';
import { recoverChecked, takeSetAside, type SetAsideEntry } from './journal-recovery';

/**
 * What the status line says, truthfully: `saved` means every edit is in IndexedDB (the journal or the
 * row); `saving` that some are being written; `memory` that IndexedDB is unavailable and the work lives
 * only in this tab; `error` that edits are not stored, with how many are at risk.
 */
export type SaveState =
  { kind: 'saved'; at: number } | { kind: 'saving'; count: number } | { kind: 'memory' } | { kind: 'error'; problem: StorageProblem; atRisk: number };

/** A value of this tab that another tab's save replaced (same cell, last writer wins). */
export interface LostEdit {
  /** This tab's edit, as it was made: sending it again puts the value back. */
  edit: Edit;
  /** What this tab had written there. */
  mine: unknown;
  /** What the other tab wrote over it. */
  theirs: unknown;
}

export interface SessionEvents {
  /** The save state changed (for an aria-live status line). */
  onState?(state: SaveState): void;
  /** Edits from another tab (or an import that replaced this assessment) were merged in; the caller reloads the grid and the engine from `doc`. */
  onExternal?(doc: AssessmentDoc, clashes: Clash[]): void;
  /** Another tab overwrote values this tab had saved. */
  onLost?(lost: LostEdit[]): void;
  /** The assessment was deleted elsewhere. */
  onDeleted?(): void;
  /** Edits the frozen assessment refused (nothing of them is kept); the caller shows the frozen values again. */
  onRefused?(problem: FrozenProblem): void;
}

export interface SessionOptions extends SessionEvents {
  /** How long edits wait before they are folded into the row; at most 300 ms. Durability does not wait. */
  delay?: number;
  notifier?: Notifier;
  tabId?: string;
  /** The name that signs this browser's changes (the reviewer name), read at each edit for the value history; none: ''. */
  signer?: () => string;
}

interface PendingEdit {
  edit: Edit;
  /** Resolves to the journal sequence number once the edit is durable, or null if the write failed. */
  journalled: Promise<number | null>;
  /** Where its journal write stands, read synchronously by the status line. */
  written: JournalWrite;
}

/** One journal write, shared by the edits it carries: under way, stored, or refused with its problem. */
interface JournalWrite {
  done: boolean;
  problem: StorageProblem | null;
}

/**
 * Folds the journal entries of one assessment into its row (after a crash, a killed browser or a tab
 * closed before its save), each checked as an edit of its kind (journal-recovery.ts). Returns how many
 * edits were recovered; entries set aside are not counted.
 */
export async function recoverJournal(db: WorkbenchDb, id: string): Promise<number> {
  return (await recoverChecked(db, id)).applied;
}

/**
 * Reads an assessment for editing, first folding in any journal entries left behind; undefined when it
 * is not stored. `setAside`: journal entries that were not replayed (here or at start-up), to report.
 */
export async function loadForEditing(db: WorkbenchDb, id: string): Promise<{ doc: AssessmentDoc; recovered: number; setAside: SetAsideEntry[] } | undefined> {
  const recovered = await recoverJournal(db, id);
  const doc = await getAssessment(db, id);
  return doc ? { doc, recovered, setAside: await takeSetAside(db, id) } : undefined;
}

/** Recovers every assessment's journal, so the library lists what was typed before a crash. */
export async function recoverAllJournals(db: WorkbenchDb): Promise<number> {
  let count = 0;
  for (const id of await journalledIds(db)) count += await recoverJournal(db, id);
  return count;
}

export class Session {
  doc: AssessmentDoc;
  private base: AssessmentDoc;
  private pending: PendingEdit[] = [];
  private writing = 0;
  private problem: StorageProblem | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly delay: number;
  private readonly tabId: string;
  private readonly stopListening: () => void;
  private readonly stopWatching: () => void;
  /** The last edit this tab saved at each place, to recognise its own values when another tab overwrites them. */
  private readonly saved = new Map<string, Edit>();
  /** Same-cell clashes found while adopting another tab's copy: the next save overwrites them and says so. */
  private clashesToAnnounce: Clash[] = [];
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
    // Any change to the stored row, whoever made it (another tab, an import that replaced it, a delete).
    const watch = watchAssessment(db, doc.id).subscribe({
      next: (row) => {
        if (this.closed) return;
        if (row === undefined) this.opts.onDeleted?.();
        else if ((row as AssessmentDoc).revision !== this.base.revision) void this.serial(() => this.adoptStored());
      },
      error: () => {},
    });
    this.stopWatching = () => watch.unsubscribe();
  }

  get hasPending(): boolean {
    return this.pending.length > 0 || this.writing > 0;
  }

  /** Edits typed but not yet durable (not in the journal or the row). */
  get atRisk(): number {
    return this.problem ? this.typedPending() : this.writing;
  }

  /**
   * Pending edits the user made (the history entries written beside them are not counted: they are not
   * changes of theirs). Under a conflict with other tabs the storage works: what the journal holds is
   * durable (a reload replays it), so only edits whose journal write has not succeeded are at risk.
   */
  private typedPending(): number {
    const typed = this.pending.filter((p) => p.edit.kind !== 'history');
    return this.problem?.kind === 'conflict' ? typed.filter((p) => !p.written.done || p.written.problem).length : typed.length;
  }

  get state(): SaveState {
    if (this.problem) return { kind: 'error', problem: this.problem, atRisk: this.typedPending() };
    if (!this.db.persistent) return { kind: 'memory' };
    if (this.writing > 0) return { kind: 'saving', count: this.writing };
    return { kind: 'saved', at: this.base.updatedAt };
  }

  private report(): void {
    this.opts.onState?.(this.state);
  }

  /** Why these edits would be refused now (the assessment is frozen), or null. */
  refusal(edits: readonly Edit[]): FrozenProblem | null {
    return frozenProblem(applyUnlessFrozen(this.doc, edits).refused);
  }

  /**
   * Applies edits locally, writes them to the journal at once, schedules folding and returns the engine
   * patches. Edits a frozen assessment refuses are neither applied nor journalled (onRefused says so).
   */
  edit(edits: Edit[]): Patch[] {
    const checked = applyUnlessFrozen(this.doc, edits);
    const problem = frozenProblem(checked.refused);
    if (problem) this.opts.onRefused?.(problem);
    if (checked.applied.length === 0) return [];
    const at = Date.now();
    // Each change leaves its entry in the data point's history, journalled with it (history-edits.ts).
    const logged = historyEdits(this.doc, checked.doc, checked.applied, this.opts.signer?.() ?? '', at);
    edits = [...checked.applied, ...logged];
    this.doc = logged.length > 0 ? applyEdits(checked.doc, logged) : checked.doc;
    const typed = checked.applied.length;
    this.writing += typed;
    const write: JournalWrite = { done: false, problem: null };
    const written = appendJournal(
      this.db,
      edits.map((edit) => ({ assessmentId: this.doc.id, tabId: this.tabId, at, edit })),
    ).then(
      (seqs) => {
        this.writing -= typed;
        write.done = true;
        this.report();
        return seqs;
      },
      (e: unknown) => {
        this.writing -= typed;
        write.done = true;
        write.problem = this.problem = storageProblem(e);
        this.report();
        return null;
      },
    );
    edits.forEach((edit, i) => this.pending.push({ edit, journalled: written.then((seqs) => seqs?.[i] ?? null), written: write }));
    this.report();
    this.schedule();
    return patchesFor(this.doc, edits);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Folds now (visibilitychange hidden, pagehide, closing the assessment). */
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
    const batch = this.pending;
    this.pending = [];
    const edits = batch.map((p) => p.edit);
    // Fold only what the journal holds, so no journal entry outlives the save that folded it.
    const folded = (await Promise.all(batch.map((p) => p.journalled))).filter((s): s is number => s !== null);
    let clashes: Clash[] = [];
    let doc = applyEdits(this.base, edits);
    let baseRevision = this.base.revision;
    let rebased = false;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const saved = await saveAssessment(this.db, doc, baseRevision, Date.now(), folded);
        this.base = saved;
        // An edit made during this save whose journal write failed is still only in memory: "saved" would lie.
        this.problem = this.pending.find((p) => p.written.problem)?.written.problem ?? null;
        for (const e of edits) this.saved.set(editKey(e), e);
        // Edits made while saving stay pending on top of the saved copy.
        this.doc = applyEdits(
          saved,
          this.pending.map((p) => p.edit),
        );
        const overwrote: Overwrite[] = [...this.clashesToAnnounce, ...clashes].map((c) => ({
          key: editKey(c.edit),
          theirs: c.theirs,
          mine: readAt(saved, c.edit),
        }));
        this.clashesToAnnounce = [];
        this.opts.notifier?.post({ type: 'saved', id: saved.id, revision: saved.revision, from: this.tabId, ...(overwrote.length > 0 && { overwrote }) });
        // A conflict merged another tab's save into this one: show it, clashes or not. The watch and the
        // notice of that save come after this save in the queue and find nothing newer to adopt.
        if (rebased) this.opts.onExternal?.(this.doc, clashes);
        this.report();
        return;
      } catch (e) {
        if (e instanceof FrozenError) return this.refuseAll(e.stored, batch);
        if (e instanceof ConflictError) {
          const r = rebase(this.base, e.stored, edits);
          clashes = [...clashes, ...r.clashes];
          this.base = e.stored;
          doc = r.doc;
          baseRevision = e.stored.revision;
          rebased = true;
          continue;
        }
        // Keep the edits for the next attempt; nothing typed is dropped (they are in the journal where it could be written).
        this.pending = [...batch, ...this.pending];
        this.problem = storageProblem(e);
        this.report();
        if (e instanceof MissingError) this.opts.onDeleted?.();
        return;
      }
    }
    // Other tabs saved before each of five attempts. Their latest copy is shown with this tab's edits on
    // top (as after one conflict), its clashes are announced by the save that lands, and the edits, kept in
    // the journal, are saved again at the next fold rather than waiting for another keystroke.
    this.pending = [...batch, ...this.pending];
    this.doc = applyEdits(
      this.base,
      this.pending.map((p) => p.edit),
    );
    this.clashesToAnnounce.push(...clashes);
    this.problem = { kind: 'conflict', storedRevision: this.base.revision, baseRevision };
    this.opts.onExternal?.(this.doc, clashes);
    this.report();
    if (!this.closed) this.schedule();
  }

  /** Another tab saved: adopt its copy (the watch does that), and learn whether it overwrote values of this tab. */
  private onNotice(n: StorageNotice): Promise<void> {
    if (this.closed || n.from === this.tabId || n.id !== this.doc.id) return Promise.resolve();
    if (n.type === 'deleted') {
      this.opts.onDeleted?.();
      return Promise.resolve();
    }
    return this.serial(async () => {
      await this.adoptStored();
      const lost: LostEdit[] = [];
      for (const o of n.overwrote ?? []) {
        const mine = this.saved.get(o.key);
        if (!mine) continue;
        const value = readAt(applyEdits(this.base, [mine]), mine);
        if (same(value, o.theirs) && !same(value, o.mine)) lost.push({ edit: mine, mine: value, theirs: o.mine });
      }
      if (lost.length > 0) this.opts.onLost?.(lost);
    });
  }

  private async adoptStored(): Promise<void> {
    let stored: AssessmentDoc | undefined;
    try {
      stored = await getAssessment(this.db, this.doc.id);
    } catch (e) {
      this.problem = storageProblem(e);
      this.report();
      return;
    }
    if (!stored || stored.revision === this.base.revision) return;
    if (stored.frozen && this.pending.length > 0) return this.refuseAll(stored, []);
    const { doc, clashes } = rebase(
      this.base,
      stored,
      this.pending.map((p) => p.edit),
    );
    this.clashesToAnnounce.push(...clashes);
    this.base = stored;
    this.doc = doc;
    this.opts.onExternal?.(doc, clashes);
    // Pending edits now rest on the new base; the scheduled fold writes them.
    this.report();
  }

  /**
   * The stored copy was frozen (by another tab) under edits of this tab not yet saved: they are refused,
   * their journal entries deleted, and the frozen copy shown.
   */
  private async refuseAll(stored: AssessmentDoc, batch: readonly PendingEdit[]): Promise<void> {
    const all = [...batch, ...this.pending];
    this.pending = [];
    this.base = stored;
    this.doc = stored;
    this.problem = null;
    const seqs = (await Promise.all(all.map((p) => p.journalled))).filter((s): s is number => s !== null);
    await discardJournal(this.db, seqs).catch(() => {});
    this.opts.onExternal?.(stored, []);
    // The history entries recorded beside them are not changes of the user's: the refusal names what was typed.
    const problem = frozenProblem(all.map((p) => p.edit).filter((e) => e.kind !== 'history'));
    if (problem) this.opts.onRefused?.(problem);
    this.report();
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    // A retry scheduled by a conflict: the journal keeps those edits for the next open.
    if (this.timer) clearTimeout(this.timer);
    this.stopListening();
    this.stopWatching();
  }
}
