/**
 * The status line's "saved" is a promise: every edit made so far is in IndexedDB, in the journal or in the
 * row (session.ts). These tests read the database at the very moment the session reports a state: a
 * read-only IndexedDB transaction opened inside the report sees exactly the write transactions begun
 * before it, none after, so an edit stored a moment later cannot make a lie pass.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { loadFramework } from '../../src/engine/framework';
import catalogue from '../../src/engine/frameworks/u4ssc/catalogue.json';
import type { FrameworkData } from '../../src/engine/types';
import { Session, type SaveState } from '../../src/session';
import { addAssessment, type WorkbenchDb } from '../../src/storage/db';
import { memoryBus, testDatabases } from './support/storage';

const u4ssc = loadFramework(catalogue as unknown as FrameworkData);
/** This tab's cells; the other tab writes only OTHER, so nothing of this tab's is legitimately replaced. */
const CELLS = ['EC: ICT: ICT: 1C|', 'EC: ICT: ICT: 2C|', 'EC: ICT: ICT: 3C|'];
const OTHER = 'EC: ICT: ICT: 4C|';
const { openDb, freshName } = testDatabases('status-truth');

interface Snapshot {
  row: AssessmentDoc;
  journal: { tabId: string; edit: { kind: string; id?: string; field?: string; value?: unknown } }[];
}

const quota = () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('quota', 'QuotaExceededError') });

/**
 * A database whose journal writes and row saves can be made to fail (a full disk), and a reader that
 * takes a snapshot of the row and the journal synchronously, at the moment it is called.
 */
function faultyDb(db: WorkbenchDb) {
  const faults = { journal: false, row: false };
  const backend = db.backendDB.bind(db);
  db.backendDB = () =>
    faults.journal
      ? ({
          transaction: () => {
            throw new DOMException('quota', 'QuotaExceededError');
          },
        } as unknown as IDBDatabase)
      : backend();
  const put = db.assessments.put.bind(db.assessments);
  db.assessments.put = ((...args: Parameters<typeof put>) => (faults.row ? Promise.reject(quota()) : put(...args))) as typeof put;
  const snapshot = (id: string): Promise<Snapshot> => {
    const tx = backend().transaction(['assessments', 'journal'], 'readonly');
    const row = tx.objectStore('assessments').get(id);
    const journal = tx.objectStore('journal').getAll();
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve({ row: row.result as AssessmentDoc, journal: journal.result as Snapshot['journal'] });
      tx.onabort = () => reject(tx.error ?? new Error('snapshot aborted'));
    });
  };
  return { faults, snapshot };
}

/** The latest note typed in each cell that neither the row nor the journal holds. */
function missing(s: Snapshot, typed: ReadonlyMap<string, string>, tabId: string): string[] {
  return [...typed]
    .filter(
      ([id, note]) =>
        s.row.values[id]?.note !== note && !s.journal.some((j) => j.tabId === tabId && j.edit.kind === 'value' && j.edit.id === id && j.edit.value === note),
    )
    .map(([id, note]) => `${id} = ${note}`);
}

/**
 * Opens a tab whose every report that promises durability ("saved", or a conflict with nothing at risk)
 * queues a check of the database as it was at that moment against the edits typed by then.
 */
async function watchedTab(name: string, delay: number) {
  const db = openDb(name);
  const doc = await addAssessment(db, createAssessment({ city: 'Truthville', country: 'Nowhere', year: 2024 }, u4ssc, 'reference'));
  const { faults, snapshot } = faultyDb(db);
  const typed = new Map<string, string>();
  const checks: Promise<string[]>[] = [];
  const states: SaveState[] = [];
  const promises = (s: SaveState) => s.kind === 'saved' || (s.kind === 'error' && s.problem.kind === 'conflict' && s.atRisk === 0);
  const session = new Session(db, doc, {
    delay,
    tabId: 'A',
    notifier: bus(),
    onState: (s) => {
      states.push(s);
      if (!promises(s)) return;
      const expected = new Map(typed);
      checks.push(snapshot(doc.id).then((snap) => missing(snap, expected, 'A').map((m) => `${s.kind} while ${m} was not stored`)));
    },
  });
  const type = (id: string, note: string) => {
    typed.set(id, note);
    session.edit([{ kind: 'value', id, field: 'note', value: note }]);
  };
  return { db, doc, session, faults, typed, checks, states, type, snapshot };
}

const bus = memoryBus();
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the save status line tells the truth', () => {
  // Found by this test: a save that succeeded cleared the problem of an edit made while it was in flight
  // whose own journal write had failed, and the status said "All changes saved" with that edit only in memory.
  it('an edit whose journal write fails while a save is in flight keeps the status at "not saved" after that save lands', async () => {
    const tab = await watchedTab(freshName(), 300);
    tab.type(CELLS[0], 'first');
    const folding = tab.session.flush();
    // The fold takes its batch (the first edit) at its turn in the queue, a microtask away.
    await tick(0);
    // The fold is under way (waiting for the first edit's journal write); the disk fills for the next edit.
    tab.faults.journal = true;
    tab.type(CELLS[1], 'second');
    await folding;
    // (The refused journal write is settled long before the fold's transaction; the next fold is 300 ms away.)
    expect(tab.session.state).toMatchObject({ kind: 'error', problem: { kind: 'quota' }, atRisk: 1 });
    expect((await Promise.all(tab.checks)).flat()).toEqual([]);
    // Space comes back: the next fold stores it, and only then is "saved" said.
    tab.faults.journal = false;
    await tab.session.flush();
    expect(tab.session.state.kind).toBe('saved');
    expect((await tab.snapshot(tab.doc.id)).row.values[CELLS[1]]).toEqual({ note: 'second' });
    expect((await Promise.all(tab.checks)).flat()).toEqual([]);
    await tab.session.close();
  });

  it('a save that fails and then succeeds says "saved" only once the row or the journal holds every edit', async () => {
    const tab = await watchedTab(freshName(), 300);
    tab.faults.journal = true;
    tab.faults.row = true;
    tab.type(CELLS[0], 'kept in memory');
    await tab.session.flush();
    expect(tab.session.state).toMatchObject({ kind: 'error', atRisk: 1 });
    tab.faults.row = false;
    // The row can be written again but the journal not: a new edit is at risk until the fold stores both.
    tab.type(CELLS[1], 'also in memory');
    await expect.poll(() => tab.states.filter((s) => s.kind === 'error').length).toBeGreaterThan(1);
    tab.faults.journal = false;
    await tab.session.flush();
    expect(tab.session.state.kind).toBe('saved');
    expect((await Promise.all(tab.checks)).flat()).toEqual([]);
    expect(tab.checks.length).toBeGreaterThan(0);
    await tab.session.close();
  });

  it('holds for any interleaving of edits, folds, a full disk, a failing row and another tab’s saves (fast-check)', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), cell: fc.integer({ min: 0, max: CELLS.length - 1 }) }),
      fc.record({ kind: fc.constant('flush' as const), wait: fc.boolean() }),
      fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 12 }) }),
      fc.record({ kind: fc.constant('journal' as const), fail: fc.boolean() }),
      fc.record({ kind: fc.constant('row' as const), fail: fc.boolean() }),
      fc.record({ kind: fc.constant('other' as const), wait: fc.boolean() }),
    );
    let promised = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const name = freshName();
        const tab = await watchedTab(name, 4);
        const other = new Session(openDb(name), tab.doc, { delay: 300, tabId: 'B', notifier: bus() });
        let n = 0;
        const racing: Promise<unknown>[] = [];
        for (const o of ops) {
          if (o.kind === 'edit') tab.type(CELLS[o.cell], `v${++n}`);
          else if (o.kind === 'flush' && o.wait) await tab.session.flush();
          else if (o.kind === 'flush') racing.push(tab.session.flush());
          else if (o.kind === 'tick') await tick(o.ms);
          else if (o.kind === 'journal') tab.faults.journal = o.fail;
          else if (o.kind === 'row') tab.faults.row = o.fail;
          else {
            other.edit([{ kind: 'value', id: OTHER, field: 'numerator', value: ++n }]);
            const saving = other.flush();
            if (o.wait) await saving;
            else racing.push(saving);
          }
        }
        // The disk recovers: everything typed ends stored and the last word is "saved".
        tab.faults.journal = false;
        tab.faults.row = false;
        await Promise.all(racing);
        await tab.session.flush();
        await other.close();
        await expect.poll(async () => (await tab.session.flush(), tab.session.state.kind)).toBe('saved');
        const end = await tab.snapshot(tab.doc.id);
        expect(missing(end, tab.typed, 'A')).toEqual([]);
        expect((await Promise.all(tab.checks)).flat()).toEqual([]);
        promised += tab.checks.length;
        await tab.session.close();
      }),
      { numRuns: 60 },
    );
    // The property was exercised: states promising durability were reported and checked.
    expect(promised).toBeGreaterThan(60);
  });
});
