import 'fake-indexeddb/auto';
import { memoryBus, testDatabases } from './support/storage';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/engine/assessment';
import { loadFramework } from '../../src/engine/framework';
import catalogue from '../../src/engine/frameworks/u4ssc/catalogue.json';
import type { FrameworkData } from '../../src/engine/types';
import { rebase, Session, type Clash } from '../../src/session';
import {
  ConflictError,
  QuotaError,
  addAssessment,
  deleteAssessment,
  duplicate,
  getAssessment,
  isQuotaError,
  listAssessments,
  renameAssessment,
  restoreAssessment,
  saveAssessment,
} from '../../src/storage/db';

// The catalogue alone: storage does not depend on the target set.
const u4ssc = loadFramework(catalogue as unknown as FrameworkData);
const ID = 'EC: ICT: ICT: 1C|';
const ID2 = 'EC: ICT: ICT: 2C|';
const { openDb, freshName } = testDatabases('test');

const newDoc = () => createAssessment({ city: 'Testtown', country: 'Nowhere', year: 2024 }, u4ssc, 'reference');

describe('storage', () => {
  it('creates, saves and reads back from a new connection', async () => {
    const name = freshName();
    const db = openDb(name);
    const doc = await addAssessment(db, newDoc());
    const edited = { ...doc, values: { [ID]: { numerator: 900 } } };
    const saved = await saveAssessment(db, edited, 0);
    expect(saved.revision).toBe(1);
    expect(saved.updatedAt).toBeGreaterThanOrEqual(doc.updatedAt);
    db.close();
    const again = openDb(name);
    const read = await getAssessment(again, doc.id);
    expect(read?.values[ID]).toEqual({ numerator: 900 });
    expect(read?.revision).toBe(1);
    expect(read?.city).toBe('Testtown');
  });

  it('lists newest first through a liveQuery', async () => {
    const db = openDb(freshName());
    const a = await addAssessment(db, { ...newDoc(), updatedAt: 1 });
    const b = await addAssessment(db, { ...newDoc(), city: 'Other', updatedAt: 2 });
    const list = await new Promise<string[]>((resolve) => {
      const sub = listAssessments(db).subscribe((rows) => {
        if (rows.length === 2) {
          sub.unsubscribe();
          resolve(rows.map((r) => r.id));
        }
      });
    });
    expect(list).toEqual([b.id, a.id]);
  });

  it('duplicates last year as the start of next year, renames, deletes and restores', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, { ...newDoc(), values: { [ID]: { numerator: 5 } } });
    const copy = await duplicate(db, doc.id);
    expect(copy.id).not.toBe(doc.id);
    expect(copy.year).toBe(2025);
    expect(copy.values[ID]).toEqual({ numerator: 5 });
    const renamed = await renameAssessment(db, copy.id, { city: 'Renamed' });
    expect(renamed.city).toBe('Renamed');
    expect((await getAssessment(db, copy.id))?.city).toBe('Renamed');

    const removed = await deleteAssessment(db, doc.id);
    expect(removed?.id).toBe(doc.id);
    expect(await getAssessment(db, doc.id)).toBeUndefined();
    await restoreAssessment(db, removed!);
    expect((await getAssessment(db, doc.id))?.values[ID]).toEqual({ numerator: 5 });
  });

  it('refuses to overwrite a newer stored revision with a typed conflict', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    await saveAssessment(db, { ...doc, notes: 'tab A' }, 0);
    await expect(saveAssessment(db, { ...doc, notes: 'tab B' }, 0)).rejects.toBeInstanceOf(ConflictError);
    expect((await getAssessment(db, doc.id))?.notes).toBe('tab A');
  });

  it('maps quota errors, also when wrapped in an AbortError', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError' })).toBe(false);
    expect(new QuotaError(null).kind).toBe('quota');
  });

  it('rebases edits of two tabs: different cells both survive, the same cell is reported', () => {
    const base = { ...newDoc(), values: { [ID]: { numerator: 1 } } };
    const stored = { ...base, revision: 1, values: { [ID]: { numerator: 2 }, [ID2]: { value: 10 } } };
    const { doc, clashes } = rebase(base, stored, [
      { kind: 'value', id: ID, field: 'numerator', value: 3 },
      { kind: 'value', id: ID2, field: 'note', value: 'mine' },
    ]);
    expect(doc.values[ID]).toEqual({ numerator: 3 });
    expect(doc.values[ID2]).toEqual({ value: 10, note: 'mine' });
    expect(clashes).toHaveLength(1);
    expect(clashes[0].theirs).toBe(2);
  });

  it('two sessions on separate connections merge their edits without losing either', async () => {
    const name = freshName();
    const dbA = openDb(name);
    const dbB = openDb(name);
    const doc = await addAssessment(dbA, newDoc());
    const bus = memoryBus();
    const externalA: Clash[][] = [];
    const externalB: Clash[][] = [];
    const a = new Session(dbA, (await getAssessment(dbA, doc.id))!, { notifier: bus(), delay: 10, onExternal: (_d, c) => externalA.push(c) });
    const b = new Session(dbB, (await getAssessment(dbB, doc.id))!, { notifier: bus(), delay: 10, onExternal: (_d, c) => externalB.push(c) });

    // Both edit before either has saved: different cells, and one shared cell.
    const patches = a.edit([
      { kind: 'value', id: ID, field: 'numerator', value: 100 },
      { kind: 'value', id: ID2, field: 'value', value: 7 },
    ]);
    expect(patches).toEqual([
      { kind: 'value', id: ID, entry: { numerator: 100 } },
      { kind: 'value', id: ID2, entry: { value: 7 } },
    ]);
    b.edit([
      { kind: 'profile', field: 'households', value: 1000 },
      { kind: 'value', id: ID2, field: 'value', value: 8 },
    ]);
    await a.flush();
    await b.flush();

    const stored = (await getAssessment(openDb(name), doc.id))!;
    expect(stored.values[ID]).toEqual({ numerator: 100 });
    expect(stored.profile.households).toBe(1000);
    expect(stored.values[ID2]).toEqual({ value: 8 });
    expect(stored.revision).toBe(2);
    // B was told its edit replaced A's value in the same cell.
    const clash = externalB.flat().find((c) => c.edit.kind === 'value' && c.edit.id === ID2);
    expect(clash?.theirs).toBe(7);
    await a.close();
    await b.close();
  });
});

describe('a full disk', () => {
  it('reports the quota error, keeps every unsaved edit, and saves them once space is back', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    const states: string[] = [];
    let lastProblem: unknown;
    const session = new Session(db, doc, {
      delay: 0,
      onState: (s) => {
        states.push(s.kind);
        if (s.kind === 'error') lastProblem = s.problem;
      },
    });
    // The disk fills up: IndexedDB aborts the transaction with a QuotaExceededError inside.
    const put = db.assessments.put.bind(db.assessments);
    let full = true;
    db.assessments.put = ((...args: Parameters<typeof put>) => {
      if (full)
        return Promise.reject(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('quota', 'QuotaExceededError') }));
      return put(...args);
    }) as typeof put;

    session.edit([{ kind: 'value', id: ID, field: 'numerator', value: 91_000 }]);
    await session.flush();
    expect(lastProblem).toEqual({ kind: 'quota' });
    expect(states).toContain('error');
    expect(session.hasPending).toBe(true);
    expect(session.doc.values[ID]?.numerator).toBe(91_000);
    expect((await getAssessment(db, doc.id))?.values[ID]).toBeUndefined();

    full = false;
    await session.flush();
    expect(session.hasPending).toBe(false);
    expect((await getAssessment(db, doc.id))?.values[ID]?.numerator).toBe(91_000);
    await session.close();
  });
});
