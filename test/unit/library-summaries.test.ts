import 'fake-indexeddb/auto';
import { testDatabases } from './support/storage';
import { describe, expect, it, vi } from 'vitest';
import { completion, createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import {
  addAssessment,
  deleteAssessment,
  foldJournal,
  renameAssessment,
  restoreAssessment,
  saveAssessment,
  appendJournal,
  type WorkbenchDb,
} from '../../src/storage/db';
import { listSummaries, readAllDocs, readListing, SUMMARY_BASIS, summarise, type LibraryListing } from '../../src/storage/library-summaries';

const { openDb, freshName } = testDatabases('summaries');
const newDoc = (city = 'Testtown', updatedAt = Date.now()): AssessmentDoc => ({
  ...createAssessment({ city, country: 'Nowhere', year: 2024 }, u4ssc, 'reference'),
  updatedAt,
});

/** The summaries table as stored, by id. */
const stored = async (db: WorkbenchDb) => new Map((await db.summaries.toArray()).map((s) => [s.id, s]));

describe('the library summaries (issue #32)', () => {
  it('are written with every add, save, rename, fold, delete and restore, in the same transaction', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    expect((await stored(db)).get(doc.id)).toEqual(summarise(doc));

    const saved = await saveAssessment(db, { ...doc, ...demoCityInput(u4ssc, DEMO_CITIES[0]) }, 0);
    const s1 = (await stored(db)).get(doc.id);
    expect(s1 && 'entry' in s1 && s1.entry).toMatchObject({ revision: 1, updatedAt: saved.updatedAt, reported: completion(saved, u4ssc).reported });
    expect(completion(saved, u4ssc).reported).toBeGreaterThan(0);

    await renameAssessment(db, doc.id, { city: 'Renamed' });
    const s2 = (await stored(db)).get(doc.id);
    expect(s2 && 'entry' in s2 && s2.entry.city).toBe('Renamed');

    await appendJournal(db, [{ assessmentId: doc.id, tabId: 't', at: 1, edit: null }]);
    const folded = await foldJournal(db, doc.id, (d) => ({ ...d, notes: 'folded' }));
    const s3 = (await stored(db)).get(doc.id);
    expect(s3 && 'entry' in s3 && s3.entry).toMatchObject({ notes: 'folded', revision: folded!.doc.revision });

    const removed = await deleteAssessment(db, doc.id);
    expect((await stored(db)).has(doc.id)).toBe(false);
    await restoreAssessment(db, removed!);
    expect((await stored(db)).has(doc.id)).toBe(true);

    await db.assessments.clear();
    expect(await db.summaries.count()).toBe(0);
  });

  it('bulk writes summarise every row, and a refused write leaves no summary', async () => {
    const db = openDb(freshName());
    const docs = Array.from({ length: 50 }, (_, i) => newDoc(`City ${i}`, 1000 + i));
    await db.assessments.bulkAdd(docs);
    expect(await db.summaries.count()).toBe(50);
    // A save refused inside its transaction (the row is gone) writes nothing, summaries included.
    await expect(saveAssessment(db, newDoc('Ghost'), 0)).rejects.toThrow();
    expect(await db.summaries.count()).toBe(50);
    const listing = await readListing(db);
    expect(listing.entries.map((e) => e.city)).toEqual(docs.map((d) => d.city).reverse());
    expect(listing.damaged).toEqual([]);
  });

  it('lists damaged rows with their raw JSON, and rows whose summary is missing or stale from the rows themselves', async () => {
    const db = openDb(freshName());
    const a = await addAssessment(db, newDoc('A', 1));
    const b = await addAssessment(db, newDoc('B', 2));
    const c = await addAssessment(db, newDoc('C', 3));
    // A damaged row (no profile).
    const broken = { ...newDoc('Broken', 4), profile: null } as unknown as AssessmentDoc;
    await db.assessments.put(broken);
    // As an older app sharing the database would leave things: a summary missing, another stale,
    // another of an earlier basis.
    await db.summaries.delete(a.id);
    await db.summaries.put({ ...summarise({ ...b, city: 'Old name' }), updatedAt: 0 });
    await db.summaries.put({ ...summarise(c), basis: 'an older basis' });
    const listing = await readListing(db);
    expect(listing.entries.map((e) => e.city)).toEqual(['C', 'B', 'A']);
    expect(listing.damaged).toEqual([{ id: broken.id, reason: 'no-profile', raw: broken }]);
    // The summaries made afresh are stored for the next listing.
    await expect.poll(async () => (await stored(db)).get(c.id)?.basis).toBe(SUMMARY_BASIS);
    await expect.poll(async () => (await stored(db)).has(a.id)).toBe(true);
  });

  it('stores a damaged row’s summary once, not at every listing (storing it woke the live listing again, in a loop)', async () => {
    const db = openDb(freshName());
    const broken = { ...newDoc('Broken', 4), profile: null } as unknown as AssessmentDoc;
    await db.assessments.put(broken);
    expect((await readListing(db)).damaged).toHaveLength(1);
    await expect.poll(async () => (await stored(db)).get(broken.id)?.basis).toBe(SUMMARY_BASIS);
    const puts = vi.spyOn(db.summaries, 'bulkPut');
    expect((await readListing(db)).damaged).toHaveLength(1);
    // A listing stores its fresh summaries in a timer of 0 ms; this one, set after it, runs after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(puts).not.toHaveBeenCalled();
  });

  it('the live listing follows writes', async () => {
    const db = openDb(freshName());
    const seen: LibraryListing[] = [];
    const sub = listSummaries(db).subscribe((l) => seen.push(l));
    await addAssessment(db, newDoc('First', 1));
    await expect.poll(() => seen.at(-1)?.entries.map((e) => e.city)).toEqual(['First']);
    const doc = await addAssessment(db, newDoc('Second', 2));
    await expect.poll(() => seen.at(-1)?.entries.map((e) => e.city)).toEqual(['Second', 'First']);
    await deleteAssessment(db, doc.id);
    await expect.poll(() => seen.at(-1)?.entries.map((e) => e.city)).toEqual(['First']);
    sub.unsubscribe();
  });

  it('readAllDocs reads every sound row in full, newest first', async () => {
    const db = openDb(freshName());
    await addAssessment(db, newDoc('A', 1));
    await addAssessment(db, newDoc('B', 2));
    await db.assessments.put({ ...newDoc('Broken', 3), values: null } as unknown as AssessmentDoc);
    expect((await readAllDocs(db)).map((d) => d.city)).toEqual(['B', 'A']);
  });
});
