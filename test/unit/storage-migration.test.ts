import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readAssessment } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DB_VERSIONS, getAssessment, listAssessments, openWorkbenchDb } from '../../src/storage/db';
import { recoverAllJournals } from '../../src/session';
import { readListing } from '../../src/storage/library-summaries';
import v1Row from '../fixtures/frozen/db-v1-assessment-row.json';
import v2Journal from '../fixtures/frozen/db-journal/v2-row.json';

/**
 * Frozen databases of every released schema, written with the raw IndexedDB API exactly as that
 * version laid them out (Dexie stores schema version N as IndexedDB version 10 × N), then opened by
 * the current app. Add a fixture and a case here with every new schema version.
 */
const FROZEN: Record<number, { stores: Record<string, { keyPath: string; autoIncrement?: boolean; indexes: string[] }>; rows: Record<string, unknown[]> }> = {
  1: {
    stores: { assessments: { keyPath: 'id', indexes: ['updatedAt', 'city', 'year'] }, meta: { keyPath: 'key', indexes: [] } },
    rows: { assessments: [v1Row], meta: [{ key: 'decimal', value: 'comma' }] },
  },
  // v2 added the edit journal; the frozen row is an edit typed just before a crash, not yet folded.
  2: {
    stores: {
      assessments: { keyPath: 'id', indexes: ['updatedAt', 'city', 'year'] },
      meta: { keyPath: 'key', indexes: [] },
      journal: { keyPath: 'seq', autoIncrement: true, indexes: ['assessmentId'] },
    },
    rows: { assessments: [v1Row], meta: [{ key: 'decimal', value: 'comma' }], journal: [v2Journal] },
  },
  // v3 added the library's summaries (library-summaries.ts); the frozen database has none for its row,
  // as an older app sharing the database leaves it: the listing summarises the row itself.
  3: {
    stores: {
      assessments: { keyPath: 'id', indexes: ['updatedAt', 'city', 'year'] },
      meta: { keyPath: 'key', indexes: [] },
      journal: { keyPath: 'seq', autoIncrement: true, indexes: ['assessmentId'] },
      summaries: { keyPath: 'id', indexes: [] },
    },
    rows: { assessments: [v1Row], meta: [{ key: 'decimal', value: 'comma' }], journal: [v2Journal] },
  },
};

function writeRaw(name: string, schema: number): Promise<void> {
  const frozen = FROZEN[schema];
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, schema * 10);
    req.onupgradeneeded = () => {
      for (const [store, def] of Object.entries(frozen.stores)) {
        const os = req.result.createObjectStore(store, { keyPath: def.keyPath, autoIncrement: def.autoIncrement ?? false });
        for (const index of def.indexes) os.createIndex(index, index);
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(Object.keys(frozen.rows), 'readwrite');
      for (const [store, rows] of Object.entries(frozen.rows)) for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('databases written by earlier schema versions open in this app', () => {
  it('has a frozen fixture for every declared schema version', () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(Object.keys(FROZEN).map(Number));
  });

  it.each(Object.keys(FROZEN).map(Number))('schema version %i', async (schema) => {
    const name = `frozen-v${schema}-${Date.now()}`;
    names.push(name);
    await writeRaw(name, schema);
    const db = await openWorkbenchDb(name);
    expect(db.persistent).toBe(true);
    // The upgrade to schema 3 summarised every stored row for the library.
    expect(await db.summaries.count()).toBe(schema < 3 ? 1 : 0);
    // Journal entries left by a crash are folded into their assessment before anything reads it.
    expect(await recoverAllJournals(db)).toBe(FROZEN[schema].rows.journal?.length ?? 0);
    const doc = await getAssessment(db, (v1Row as { id: string }).id);
    expect(doc).toBeDefined();
    if (FROZEN[schema].rows.journal) expect(doc?.values[v2Journal.edit.id]?.note).toBe(v2Journal.edit.value);
    // What was stored reads back as a valid current document with the same scores.
    const read = readAssessment(doc, u4ssc);
    // (The journalled edit is a note: the scores are those of the frozen row.)
    const frozen = readAssessment(v1Row, u4ssc);
    if (!read.ok || !frozen.ok) throw new Error('the stored row or the fixture is not a valid assessment');
    expect(score(u4ssc, referenceTargets, read.value)).toEqual(score(u4ssc, referenceTargets, frozen.value));
    const listed = await new Promise<unknown[]>((resolve) => {
      const sub = listAssessments(db).subscribe((rows) => {
        sub.unsubscribe();
        resolve(rows);
      });
    });
    expect(listed).toHaveLength(1);
    const listing = await readListing(db);
    expect(listing.entries.map((e) => e.id)).toEqual([(v1Row as { id: string }).id]);
    expect(listing.damaged).toEqual([]);
    expect(await db.meta.get('decimal')).toEqual({ key: 'decimal', value: 'comma' });
    db.close();
  });
});
