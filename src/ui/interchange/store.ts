/**
 * Storing imported and shared assessments: all or nothing, in one IndexedDB transaction, and never over
 * a stored assessment unless the user confirmed replacing that one.
 */
import { ASSESSMENT_VERSION, duplicateAssessment, type AssessmentDoc } from '../../engine/assessment';
import { isQuotaError, NewerVersionError, QuotaError, type WorkbenchDb } from '../../storage/db';

/** Which of these ids are stored already. */
export async function storedIds(db: WorkbenchDb, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db.assessments.bulkGet([...ids]);
  return new Set(rows.filter((r): r is AssessmentDoc => r !== undefined).map((r) => r.id));
}

/**
 * Adds the documents in one transaction; returns them as stored. A document whose id was taken in the
 * meantime (another tab) is added as a copy under a new id, unless its id is in `replace`, the ids the
 * user confirmed to overwrite: those replace the stored row with a higher revision, so another tab
 * editing it notices on its next save. A QuotaError or any failure stores nothing.
 */
export async function storeImported(db: WorkbenchDb, docs: readonly AssessmentDoc[], replace: ReadonlySet<string> = new Set(), now = Date.now()): Promise<AssessmentDoc[]> {
  try {
    return await db.transaction('rw', db.assessments, async () => {
      const out: AssessmentDoc[] = [];
      for (const doc of docs) {
        const stored = await db.assessments.get(doc.id);
        if (stored && replace.has(doc.id)) {
          if (stored.version > ASSESSMENT_VERSION) throw new NewerVersionError();
          const next = { ...doc, revision: stored.revision + 1, updatedAt: Math.max(now, stored.updatedAt + 1) };
          await db.assessments.put(next);
          out.push(next);
        } else {
          const next = stored ? duplicateAssessment(doc, {}, now) : doc;
          await db.assessments.add(next);
          out.push(next);
        }
      }
      return out;
    });
  } catch (e) {
    if (isQuotaError(e)) throw new QuotaError(e);
    throw e;
  }
}
