/**
 * Storing imported and shared assessments: all or nothing, in one IndexedDB transaction, and never over
 * a stored assessment unless the user confirmed replacing that one.
 */
import { ASSESSMENT_VERSION, duplicateAssessment, type AssessmentDoc } from '../engine/assessment';
import { withOrigin } from '../engine/versions';
import { withImportIds } from '../interchange/import-docs';
import { isQuotaError, NewerVersionError, nextStamp, QuotaError, storageProblem, type StorageProblem, type WorkbenchDb } from './db';

/** Which of these ids are stored already. */
export async function storedIds(db: WorkbenchDb, ids: readonly string[]): Promise<Set<string>> {
  // Keys only: a row read in full here is 18 kB cloned for nothing (issue #32).
  const keys = await db.assessments
    .where(':id')
    .anyOf([...ids])
    .primaryKeys();
  return new Set(keys);
}

/**
 * Adds the documents in one transaction; returns them as stored. A document whose id was taken in the
 * meantime (another tab) is added as a copy under a new id, unless its id is in `replace`, the ids the
 * user confirmed to overwrite: those replace the stored row with a higher revision, so another tab
 * editing it notices on its next save. A QuotaError or any failure stores nothing.
 */
export async function storeImported(
  db: WorkbenchDb,
  docs: readonly AssessmentDoc[],
  replace: ReadonlySet<string> = new Set(),
  now = Date.now(),
): Promise<AssessmentDoc[]> {
  try {
    return await db.transaction('rw', db.assessments, async () => {
      // Which ids are taken, by their keys (one request), then only those rows in full: reading all of
      // the file's ids one request each cost 70–300 ms for 1 000 new ones (issue #32), and the rows
      // are needed only to replace or copy.
      const present = await storedIds(
        db,
        docs.map((d) => d.id),
      );
      const rows = present.size > 0 ? await db.assessments.bulkGet([...present]) : [];
      const byId = new Map(rows.filter((r): r is AssessmentDoc => r !== undefined).map((r) => [r.id, r]));
      const stored = docs.map((d) => byId.get(d.id));
      const out = docs.map((doc, i) => {
        const existing = stored[i];
        if (existing && replace.has(doc.id)) {
          if (existing.version > ASSESSMENT_VERSION) throw new NewerVersionError();
          // The file's own creation time is kept; only the bookkeeping follows the stored row.
          const { revision, updatedAt } = nextStamp(existing, now);
          return { ...doc, revision, updatedAt };
        }
        return existing ? duplicateAssessment(doc, {}, now) : doc;
      });
      // Ids repeated inside the file itself: every copy after the first becomes a new assessment.
      const seen = new Set<string>();
      const unique = out.map((doc) => (seen.has(doc.id) ? duplicateAssessment(doc, {}, now) : (seen.add(doc.id), doc)));
      await db.assessments.bulkPut(unique);
      return unique;
    });
  } catch (e) {
    if (isQuotaError(e)) throw new QuotaError(e);
    throw e;
  }
}

/** How storing a file's assessments went: the ids stored (new ones where needed), or why nothing was. */
export type FileStored = { ok: true; ids: string[] } | { ok: false; problem: StorageProblem };

/**
 * Stores the assessments of an import file as the user confirmed them, all or nothing: `clashes` are
 * the ids found stored when the preview was made, replaced only when `replaceConfirmed`, else copied
 * under new ids; each document says which file it came from and when (#24: versions told apart). Run
 * by the page for a file it read and by the read worker for a file it keeps (src/worker/read-api.ts),
 * so both store the same rows. A failure (a full disk: `quota`) stores nothing and is returned, typed.
 */
export async function storeFile(
  db: WorkbenchDb,
  docs: readonly AssessmentDoc[],
  file: { name: string; clashes: ReadonlySet<string>; replaceConfirmed: boolean },
  now = Date.now(),
): Promise<FileStored> {
  const replace = file.replaceConfirmed ? file.clashes : new Set<string>();
  try {
    const ready = withImportIds(docs, file.clashes, replace, now).docs.map((d) => withOrigin(d, 'file', now, file.name));
    const stored = await storeImported(db, ready, replace, now);
    return { ok: true, ids: stored.map((d) => d.id) };
  } catch (e) {
    return { ok: false, problem: storageProblem(e) };
  }
}
