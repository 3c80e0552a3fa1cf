import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ASSESSMENT_VERSION, createAssessment } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { recoverAllJournals, Session } from '../../src/session';
import { addAssessment, DB_VERSIONS, getAssessment, NewerVersionError, openWorkbenchDb, saveAssessment } from '../../src/storage/db';

const names: string[] = [];
const dbName = () => {
  const n = `safety-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('storage safety in a real browser', () => {
  it('falls back to an in-memory database when IndexedDB refuses to open, and still stores work', async () => {
    const original = indexedDB.open;
    // What some private modes do: every open fails.
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const db = await openWorkbenchDb(dbName());
      expect(db.persistent).toBe(false);
      const doc = await addAssessment(db, createAssessment({ city: 'Offgrid', country: 'X', year: 2025 }, u4ssc, referenceTargets.data.id));
      expect((await getAssessment(db, doc.id))?.city).toBe('Offgrid');
      db.close();
    } finally {
      indexedDB.open = original;
    }
  });

  it('an older app never overwrites an assessment saved by a newer one', async () => {
    const name = dbName();
    const db = await openWorkbenchDb(name);
    expect(db.persistent).toBe(true);
    const doc = createAssessment({ city: 'Futura', country: 'X', year: 2030 }, u4ssc, referenceTargets.data.id);
    // A row as a future version of the app would write it.
    await db.assessments.put({ ...doc, version: (ASSESSMENT_VERSION + 1) as typeof ASSESSMENT_VERSION, city: 'Futura (new)' });
    await expect(getAssessment(db, doc.id)).rejects.toBeInstanceOf(NewerVersionError);
    await expect(saveAssessment(db, { ...doc, city: 'Futura (old)' }, 0)).rejects.toBeInstanceOf(NewerVersionError);
    expect((await db.assessments.get(doc.id))?.city).toBe('Futura (new)');
    db.close();
  });

  it('a tab whose database is upgraded by a newer app closes it and is told', async () => {
    const name = dbName();
    const db = await openWorkbenchDb(name);
    let told = false;
    db.onVersionChange(() => (told = true));
    // A newer app opens the same database at a higher schema version.
    const newer = new Dexie(name);
    // One schema version past this app's own (DB_VERSIONS), with an index this app does not have.
    newer.version(DB_VERSIONS.at(-1)!.version + 1).stores({ ...DB_VERSIONS.at(-1)!.stores, assessments: 'id, updatedAt, city, year, country' });
    await newer.open();
    expect(told).toBe(true);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });

  it('an upgrade by a newer app while edits are unsaved keeps them in the journal, for the reload the banner asks for', async () => {
    const name = dbName();
    const db = await openWorkbenchDb(name);
    const doc = await addAssessment(db, createAssessment({ city: 'Upgradetown', country: 'X', year: 2025 }, u4ssc, referenceTargets.data.id));
    const session = new Session(db, doc, { delay: 300 });
    session.edit([{ kind: 'value', id: 'EC: ICT: ICT: 1C|', field: 'numerator', value: 4242 }]);
    // Straight after the edit, before any save: the newer app takes the database over.
    const newer = new Dexie(name);
    newer.version(3).stores({ assessments: 'id, updatedAt, city, year, country', meta: 'key', journal: '++seq, assessmentId' });
    await newer.open();
    expect(db.isOpen()).toBe(false);
    const journal = await newer.table('journal').toArray();
    // The edit, and its line in the value's history (#24), written with it.
    expect(journal.map((r) => r.edit).filter((e) => e.kind !== 'history')).toEqual([
      { kind: 'value', id: 'EC: ICT: ICT: 1C|', field: 'numerator', value: 4242 },
    ]);
    expect(journal.map((r) => r.edit).filter((e) => e.kind === 'history')).toMatchObject([
      { id: 'EC: ICT: ICT: 1C|', entry: { kind: 'value', value: { numerator: 4242 } } },
    ]);
    newer.close();
    // After the reload, this app (or the newer one) folds it in.
    const reopened = await openWorkbenchDb(name);
    expect(await recoverAllJournals(reopened)).toBe(1);
    expect((await getAssessment(reopened, doc.id))?.values['EC: ICT: ICT: 1C|']).toEqual({ numerator: 4242 });
    reopened.close();
  });
});
