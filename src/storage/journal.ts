/**
 * The edit journal: every committed edit is written the moment it is made and deleted in the
 * transaction that folds it into its assessment row. Split out of db.ts (#27, item 3); db.ts still
 * exports every name.
 */
import { ASSESSMENT_VERSION, type AssessmentDoc } from '../engine/assessment';
import { damageOf, nextStamp, upToDate } from './damage';
import type { JournalRow, WorkbenchDb } from './db';
import { guard, isQuotaError, QuotaError, StorageError, storageProblem } from './errors';

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
