import 'fake-indexeddb/auto';
import { testDatabases } from './support/storage';
import { describe, expect, it } from 'vitest';
import { createAssessment, workspaceDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, parseWorkspaceJson } from '../../src/engine/assessment-read';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { IMPORT_MAX_REVISION, IMPORT_MAX_TIME } from '../../src/engine/headroom';
import { Session } from '../../src/session';
import { damageOf, foldJournal, getAssessment, listLibrary, renameAssessment, type DamagedRow } from '../../src/storage/db';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { backupText } from '../../src/ui/backup-file';
import { memoryBus } from './support/storage';
import { storeImported } from '../../src/storage/import';

const { openDb, freshName } = testDatabases('headroom');
const doc = () => createAssessment({ city: 'Edge', country: 'X', year: 2024 }, u4ssc, 'reference', 1_700_000_000_000);

describe('bookkeeping limits with room for use', () => {
  it('a file at the hard limits is read with its revision and times reset, and said; edits never damage it', async () => {
    const text = JSON.stringify({ ...doc(), revision: 9_007_199_254_740_990, updatedAt: 8.64e15, createdAt: 8.64e15 });
    const read = parseAssessmentJson(text, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.revision).toBe(0);
    expect(read.value.updatedAt).toBeLessThanOrEqual(IMPORT_MAX_TIME);
    expect(read.notes?.map((n) => [n.kind, n.path])).toEqual([
      ['reset-revision', 'revision'],
      ['reset-time', 'createdAt'],
      ['reset-time', 'updatedAt'],
    ]);

    const db = openDb(freshName());
    const [stored] = await storeImported(db, [read.value]);
    const session = new Session(db, stored, { delay: 0 });
    for (let i = 0; i < 3; i++) {
      session.edit([{ kind: 'value', id: 'EC: ICT: ICT: 1C|', field: 'numerator', value: i }]);
      await session.flush();
    }
    await session.close();
    const row = await db.assessments.get(stored.id);
    expect(damageOf(row)).toBeNull();
    expect((await getAssessment(db, stored.id))?.values['EC: ICT: ICT: 1C|']).toEqual({ numerator: 2 });
  });

  it('values within the room are kept as they are, in a workspace file too', () => {
    const kept = { ...doc(), revision: IMPORT_MAX_REVISION, updatedAt: IMPORT_MAX_TIME };
    const read = parseWorkspaceJson(JSON.stringify(workspaceDoc([kept])), u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.docs[0].revision).toBe(IMPORT_MAX_REVISION);
    expect(read.value.docs[0].updatedAt).toBe(IMPORT_MAX_TIME);
    expect(read.notes ?? []).toEqual([]);
  });

  // Rows stored before the import kept room (they were accepted then): they must open, back up and
  // keep working, never turn damaged after a couple of edits.
  describe('rows stored at the hard limits before the import fix', () => {
    const NEAR = Number.MAX_SAFE_INTEGER - 2; // two saves from "revision out of range"
    const LATE = 8.64e15 - 1; // one millisecond from a time a Date cannot hold
    const storeRaw = async (db: ReturnType<typeof openDb>, fields: Partial<AssessmentDoc>): Promise<AssessmentDoc> => {
      const row = { ...doc(), ...fields };
      await db.assessments.put(row);
      return row;
    };
    const library = (db: ReturnType<typeof openDb>) =>
      new Promise<{ docs: AssessmentDoc[]; damaged: DamagedRow[] }>((resolve, reject) => {
        const sub = listLibrary(db).subscribe({ next: (v) => (sub.unsubscribe(), resolve(v)), error: reject });
      });

    it('opens and backs up as it is, then edits start the bookkeeping again and never damage it', async () => {
      const db = openDb(freshName());
      const row = await storeRaw(db, { revision: NEAR, updatedAt: LATE, createdAt: LATE });
      const opened = await getAssessment(db, row.id);
      expect(opened?.revision).toBe(NEAR);
      const listed = await library(db);
      expect(listed.damaged).toEqual([]);
      expect(backupText(workspaceDoc(listed.docs), listed.damaged).text).toContain(`"revision":${NEAR}`);

      const session = new Session(db, opened!, { delay: 0 });
      for (let i = 0; i < 4; i++) {
        session.edit([{ kind: 'value', id: 'EC: ICT: ICT: 1C|', field: 'numerator', value: i }]);
        await session.flush();
        const stored = await db.assessments.get(row.id);
        expect(damageOf(stored), `after edit ${i + 1}`).toBeNull();
      }
      await session.close();
      const after = (await getAssessment(db, row.id))!;
      expect(after.values['EC: ICT: ICT: 1C|']).toEqual({ numerator: 3 });
      expect(after.revision).toBeLessThanOrEqual(4);
      expect(after.updatedAt).toBeLessThanOrEqual(IMPORT_MAX_TIME);
      expect(after.createdAt).toBeLessThanOrEqual(after.updatedAt);
      // And the backup of the edited row reads back as it is, nothing reset or said.
      const read = parseWorkspaceJson(backupText(workspaceDoc([after]), []).text, u4ssc);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.value.docs[0].values['EC: ICT: ICT: 1C|']).toEqual({ numerator: 3 });
      expect(read.notes ?? []).toEqual([]);
    });

    it('a rename and a journal fold over such a row keep it sound', async () => {
      const db = openDb(freshName());
      const row = await storeRaw(db, { revision: Number.MAX_SAFE_INTEGER - 1, updatedAt: 8.64e15 });
      const renamed = await renameAssessment(db, row.id, { city: 'Renamed' });
      expect(damageOf(await db.assessments.get(row.id))).toBeNull();
      expect(renamed.revision).toBe(1);
      await db.journal.add({ assessmentId: row.id, tabId: 't', at: 1, edit: null });
      await db.assessments.put({ ...renamed, revision: Number.MAX_SAFE_INTEGER - 1, updatedAt: 8.64e15 });
      const folded = await foldJournal(db, row.id, (stored) => stored, 1_700_000_000_000);
      expect(folded?.doc.revision).toBe(1);
      expect(damageOf(await db.assessments.get(row.id))).toBeNull();
    });

    it('a file imported over such a row with "Replace" is stored sound, keeping its own creation time', async () => {
      const db = openDb(freshName());
      const row = await storeRaw(db, { revision: NEAR, updatedAt: LATE });
      const file = { ...doc(), id: row.id, city: 'Replaced', createdAt: 1_600_000_000_000 };
      const [stored] = await storeImported(db, [file], new Set([row.id]), 1_700_000_000_000);
      expect(stored.revision).toBe(1);
      expect(stored.updatedAt).toBe(1_700_000_000_000);
      expect(stored.createdAt).toBe(1_600_000_000_000);
      expect(damageOf(await db.assessments.get(row.id))).toBeNull();
    });

    it('a second tab that read the old row meets a conflict and merges, its edit kept', async () => {
      const db = openDb(freshName());
      const bus = memoryBus();
      const row = await storeRaw(db, { revision: NEAR, updatedAt: LATE });
      const a = new Session(db, (await getAssessment(db, row.id))!, { delay: 0, notifier: bus() });
      const b = new Session(db, (await getAssessment(db, row.id))!, { delay: 0, notifier: bus() });
      a.edit([{ kind: 'value', id: 'EC: ICT: ICT: 1C|', field: 'numerator', value: 1 }]);
      await a.flush();
      // b still rests on revision NEAR; the stored row is now revision 1, which must not pass as b's base.
      b.edit([{ kind: 'value', id: 'EC: ICT: ICT: 2C|', field: 'numerator', value: 2 }]);
      await b.flush();
      await a.close();
      await b.close();
      const stored = (await getAssessment(db, row.id))!;
      expect(stored.values['EC: ICT: ICT: 1C|']).toEqual({ numerator: 1 });
      expect(stored.values['EC: ICT: ICT: 2C|']).toEqual({ numerator: 2 });
      expect(damageOf(await db.assessments.get(row.id))).toBeNull();
    });
  });
});
