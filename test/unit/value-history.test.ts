import 'fake-indexeddb/auto';
import { memoryBus, testDatabases } from './support/storage';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { mergeCycle } from '../../src/engine/cycle-merge';
import { checkFingerprint, freezeMark } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import {
  addHistory,
  changedAfterSubmission,
  HISTORY_LIMIT,
  lastChangedBy,
  mergeHistory,
  reviewEntry,
  type HistoryEntry,
  type ValueHistory,
} from '../../src/engine/history';
import { migrateAssessment } from '../../src/engine/migrations';
import { transition, valueBasis } from '../../src/engine/review';
import { applyEdits, loadForEditing, Session, type Edit } from '../../src/session';
import { historyEdits } from '../../src/session/history-edits';
import { addAssessment, appendJournal, getAssessment } from '../../src/storage/db';
// Loaded first, as in session.test.ts: recovery imports it on demand.
import '../../src/session/replay-check';

const ID = 'EC: ICT: ICT: 1C|';
const ID2 = 'EC: ICT: ICT: 2C|';
const { openDb, freshName } = testDatabases('history');
const dir = new URL('../fixtures/frozen/', import.meta.url);
const newDoc = () => createAssessment({ city: 'Logtown', country: 'Nowhere', year: 2024 }, u4ssc, 'reference', 1000);
const value = (id: string, at: number, by?: string, numerator = at): HistoryEntry => ({ id, kind: 'value', at, ...(by && { by }), value: { numerator } });
const ids = (log: ValueHistory | undefined) => log?.entries.map((e) => e.id);

describe('a history keeps entries once, in time order, within its limit', () => {
  it('adds in time order and ignores an entry it already holds (a rebase or a replay applies it again)', () => {
    let log = addHistory(undefined, value('b', 20));
    log = addHistory(log, value('a', 10));
    expect(ids(log)).toEqual(['a', 'b']);
    expect(addHistory(log, value('a', 10))).toBe(log);
  });

  it('keeps the last entries and counts the dropped ones', () => {
    let log: ValueHistory | undefined;
    for (let i = 1; i <= 5; i++) log = addHistory(log, value(`e${i}`, i), 3);
    expect(ids(log)).toEqual(['e3', 'e4', 'e5']);
    expect(log?.dropped).toBe(2);
    // An entry older than all a full history keeps may be one it dropped: not added, not counted twice.
    expect(addHistory(log, value('e1', 1), 3)).toBe(log);
  });

  it('the default limit is stated and a fresh log has no dropped count', () => {
    expect(HISTORY_LIMIT).toBe(50);
    let log: ValueHistory | undefined;
    for (let i = 0; i < HISTORY_LIMIT; i++) log = addHistory(log, value(`e${i}`, i));
    expect(log?.entries).toHaveLength(HISTORY_LIMIT);
    expect(log?.dropped).toBeUndefined();
    log = addHistory(log, value('last', 1e6));
    expect(log?.entries).toHaveLength(HISTORY_LIMIT);
    expect(log?.dropped).toBe(1);
    expect(log?.entries.at(-1)?.id).toBe('last');
  });

  it('who last changed a value, and the changes after it was first submitted', () => {
    const submitted = reviewEntry({ state: 'submitted', by: 'Carla', at: 20 });
    let log: ValueHistory | undefined;
    for (const e of [value('v1', 10, 'Carla'), submitted, value('v2', 30, 'Vera')]) log = addHistory(log, e);
    expect(lastChangedBy(log)).toBe('Vera');
    expect(changedAfterSubmission(log).map((e) => e.id)).toEqual(['v2']);
    // The latest change names nobody: nobody is known to have made it.
    expect(lastChangedBy(addHistory(log, value('v3', 40)))).toBeUndefined();
    // The same stamp gives the same entry, so it is recorded once in two copies.
    expect(reviewEntry({ state: 'submitted', by: 'Carla', at: 20 }).id).toBe(submitted.id);
  });
});

describe('two copies’ histories merge by rule', () => {
  it('union by id in time order, whichever side is first', () => {
    const a = { entries: [value('x', 1), value('a', 2)] };
    const b = { entries: [value('x', 1), value('b', 3)] };
    expect(ids(mergeHistory(a, b))).toEqual(['x', 'a', 'b']);
    expect(mergeHistory(b, a)).toEqual(mergeHistory(a, b));
  });

  it('the dropped count is the fewest that can have been left out, not the entries one side dropped counted twice', () => {
    const all = Array.from({ length: 6 }, (_, i) => value(`e${i + 1}`, i + 1));
    // A dropped e1 and e2 and keeps e3..e6; B never dropped and holds e1..e4.
    const a: ValueHistory = { entries: all.slice(2), dropped: 2 };
    const b: ValueHistory = { entries: all.slice(0, 4) };
    const merged = mergeHistory(a, b, 4);
    expect(ids(merged)).toEqual(['e3', 'e4', 'e5', 'e6']);
    expect(merged?.dropped).toBe(2);
  });

  it('the cycle merge merges each data point’s history and leaves out steps dated in the future', () => {
    const now = Date.UTC(2025, 0, 1);
    const a = { ...newDoc(), history: { [ID]: { entries: [value('a1', now - 10, 'Carla')] } } };
    const b = {
      ...newDoc(),
      history: { [ID]: { entries: [value('b1', now - 5, 'Vera'), value('future', now + 24 * 3600e3, 'Forger')] }, [ID2]: { entries: [value('b2', now - 1)] } },
    };
    const { fields } = mergeCycle(u4ssc.datapoints, a, b, a, now);
    expect(ids(fields.history?.[ID])).toEqual(['a1', 'b1']);
    expect(ids(fields.history?.[ID2])).toEqual(['b2']);
  });
});

describe('the session writes the history beside every change', () => {
  it('one value entry per data point per batch, signed and dated; a note is not a value; a review step is recorded', async () => {
    const db = openDb(freshName());
    const stored = await addAssessment(db, newDoc());
    const session = new Session(db, stored, { delay: 0, signer: () => ' Carla ' });
    session.edit([
      { kind: 'value', id: ID, field: 'numerator', value: 800 },
      { kind: 'value', id: ID, field: 'denominator', value: 1000 },
      { kind: 'value', id: ID2, field: 'note', value: 'from the register' },
    ]);
    const at = Date.now() + 1;
    session.edit([{ kind: 'review', id: ID, stamp: { state: 'submitted', by: 'Carla', at, submittedBy: 'Carla' } }]);
    await session.close();
    const row = await getAssessment(db, stored.id);
    const log = row?.history?.[ID];
    expect(log?.entries.map((e) => e.kind)).toEqual(['value', 'review']);
    expect(log?.entries[0]).toMatchObject({ kind: 'value', by: 'Carla', value: { numerator: 800, denominator: 1000 } });
    expect(log?.entries[1]).toMatchObject({ kind: 'review', state: 'submitted', by: 'Carla', at });
    expect(row?.history?.[ID2]).toBeUndefined();
  });

  it('a change with no name set names nobody; an unchanged value leaves no entry', () => {
    const before = applyEdits(newDoc(), [{ kind: 'value', id: ID, field: 'value', value: 5 }]);
    const same: Edit[] = [{ kind: 'value', id: ID, field: 'value', value: 5 }];
    expect(historyEdits(before, applyEdits(before, same), same, '', 1)).toEqual([]);
    const cleared: Edit[] = [{ kind: 'value', id: ID, field: 'value', value: undefined }];
    const out = historyEdits(before, applyEdits(before, cleared), cleared, '  ', 2, () => 'h');
    expect(out).toEqual([{ kind: 'history', id: ID, entry: { id: 'h', kind: 'value', at: 2, value: {} } }]);
  });

  it('the history is journalled with the edit: a crash before the save keeps both', async () => {
    const db = openDb(freshName());
    const stored = await addAssessment(db, newDoc());
    const typed: Edit = { kind: 'value', id: ID, field: 'value', value: 42 };
    const [logged] = historyEdits(stored, applyEdits(stored, [typed]), [typed], 'Carla', 7, () => 'h-crash');
    await appendJournal(
      db,
      [typed, logged].map((edit) => ({ assessmentId: stored.id, tabId: 't', at: 7, edit })),
    );
    const opened = await loadForEditing(db, stored.id);
    expect(opened?.doc.values[ID]).toEqual({ value: 42 });
    expect(opened?.doc.history?.[ID]?.entries).toEqual([{ id: 'h-crash', kind: 'value', at: 7, by: 'Carla', value: { value: 42 } }]);
  });

  it('the name that last changed a value cannot verify it without saying so', () => {
    const log = addHistory(undefined, value('v', 10, 'Vera'));
    const submitted = { state: 'submitted' as const, by: 'Carla', at: 5, submittedBy: 'Carla' };
    const basis = valueBasis({ numerator: 10 });
    const r = transition('submitted', 'verified', 'Vera', 20, { previous: submitted, basis, standing: 'valid', lastChangedBy: lastChangedBy(log) });
    expect(r).toEqual({ ok: false, problem: { kind: 'self-verify', by: 'Vera' } });
    const own = transition('submitted', 'verified', 'Vera', 20, { previous: submitted, basis, standing: 'valid', lastChangedBy: 'Vera', selfVerified: true });
    expect(own.ok && own.stamp.self).toBe(true);
    const other = transition('submitted', 'verified', 'Otto', 20, { previous: submitted, basis, standing: 'valid', lastChangedBy: 'Vera' });
    expect(other.ok && other.stamp.self).toBeUndefined();
  });
});

describe('a query needs its text, in the state machine', () => {
  it.each([
    ['submitted', 'queried'],
    ['queried', 'answered'],
  ] as const)('%s → %s without text is refused', (from, to) => {
    expect(transition(from, to, 'Vera', 1, { text: '  ' })).toEqual({ ok: false, problem: { kind: 'text-required', to } });
    expect(transition(from, to, 'Vera', 1, { text: 'Which year?' }).ok).toBe(true);
  });
});

describe('format 7: the history in the file', () => {
  const v6 = JSON.parse(readFileSync(new URL('assessment-v6.json', dir), 'utf8'));
  const v7 = JSON.parse(readFileSync(new URL('assessment-v7.json', dir), 'utf8'));

  it('a version-6 file opens unchanged: no history, its freeze still matches', async () => {
    const migrated = migrateAssessment(v6);
    expect(migrated.ok && migrated.value.history).toBeUndefined();
    const read = readAssessment(migrated.ok ? migrated.value : null, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.history).toBeUndefined();
    expect((await checkFingerprint(read.value, u4ssc)).matches).toBe(true);
  });

  it('the frozen version-7 file reads with its history, and its freeze matches', async () => {
    const read = readAssessment(v7, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.history?.[ID]).toMatchObject({ dropped: 3 });
    expect(read.value.history?.[ID]?.entries).toHaveLength(4);
    expect(lastChangedBy(read.value.history?.[ID])).toBe('Demoville statistics office (fictional)');
    expect((await checkFingerprint(read.value, u4ssc)).matches).toBe(true);
  });

  it('the history is sealed: removing the entry of a change after submission reads "does not match"', async () => {
    const forged = structuredClone(v7);
    forged.history[ID].entries.splice(2, 1);
    const read = readAssessment(forged, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect((await checkFingerprint(read.value, u4ssc)).matches).toBe(false);
  });

  it('entries in another order read and fingerprint alike', async () => {
    const shuffled = structuredClone(v7);
    shuffled.history[ID].entries.reverse();
    const read = readAssessment(shuffled, u4ssc);
    expect(read.ok && (await checkFingerprint(read.value, u4ssc)).matches).toBe(true);
  });

  it.each<[string, (d: typeof v7) => void]>([
    ['more entries than the limit', (d) => (d.history[ID].entries = Array.from({ length: HISTORY_LIMIT + 1 }, (_, i) => value(`x${i}`, i)))],
    ['an entry of an unknown kind', (d) => (d.history[ID].entries[0].kind = 'rumour')],
    ['a review step without its signer', (d) => delete d.history[ID].entries[1].by],
    ['a duplicate id', (d) => (d.history[ID].entries[1].id = d.history[ID].entries[0].id)],
    ['an unknown data point', (d) => (d.history['XX: YY: ZZ: 1C|'] = { entries: [] })],
    ['a dropped count of zero', (d) => (d.history[ID].dropped = 0)],
  ])('refuses %s', (_, damage) => {
    const bad = structuredClone(v7);
    damage(bad);
    expect(readAssessment(bad, u4ssc).ok).toBe(false);
  });

  it('a freeze made now seals the history the session wrote', async () => {
    const doc: AssessmentDoc = applyEdits(newDoc(), [
      { kind: 'value', id: ID, field: 'value', value: 3 },
      { kind: 'history', id: ID, entry: value('h', 9, 'Carla', 3) },
    ]);
    const frozen = { ...doc, frozen: await freezeMark(doc, 'Vera', 10) };
    expect((await checkFingerprint(frozen, u4ssc)).matches).toBe(true);
    const edited = structuredClone(frozen);
    edited.history![ID].entries[0].by = 'Someone else';
    expect((await checkFingerprint(edited, u4ssc)).matches).toBe(false);
  });
});

describe('an edit of a profile denominator is in the history of each value it divides, and sealed', () => {
  const HOTSPOTS = 'EC: ICT: ICT: 5A|';
  /** A data point dividing by households too, with no value of its own. */
  const EMPTY = 'EC: I: WS: 1C|';
  const entriesOf = (doc: AssessmentDoc | undefined, id: string) =>
    doc?.history?.[id]?.entries.map((e) => (e.kind === 'value' ? { by: e.by, value: e.value } : { state: e.state }));

  it('typing then changing households leaves an entry, with the denominator, in each data point dividing by it that holds a value', async () => {
    const db = openDb(freshName());
    const stored = await addAssessment(db, newDoc());
    let signer = 'Carla';
    const session = new Session(db, stored, { delay: 0, signer: () => signer });
    // The session dates entries with the clock: each step a millisecond apart, so their order is certain.
    let clock = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    const tick = () => vi.setSystemTime(++clock);
    try {
      tick();
      session.edit([{ kind: 'value', id: ID, field: 'numerator', value: 900 }]);
      session.edit([{ kind: 'value', id: HOTSPOTS, field: 'value', value: 12 }]);
      tick();
      session.edit([{ kind: 'profile', field: 'households', value: 1000 }]);
      tick();
      session.edit([{ kind: 'review', id: ID, stamp: { state: 'submitted', by: 'Carla', at: Date.now(), submittedBy: 'Carla' } }]);
      // After submission, another name changes the denominator (and sets it to the same value once more: no entry).
      signer = 'Otto';
      tick();
      session.edit([{ kind: 'profile', field: 'households', value: 1200 }]);
      tick();
      session.edit([{ kind: 'profile', field: 'households', value: 1200 }]);
    } finally {
      vi.useRealTimers();
    }
    await session.close();
    const row = await getAssessment(db, stored.id);
    expect(entriesOf(row, ID)).toEqual([
      { by: 'Carla', value: { numerator: 900 } },
      { by: 'Carla', value: { numerator: 900, denominator: 1000 } },
      { state: 'submitted' },
      { by: 'Otto', value: { numerator: 900, denominator: 1200 } },
    ]);
    // The change after submission is listed (the verification annex prints it), by the name that made it.
    expect(changedAfterSubmission(row?.history?.[ID]).map((e) => e.by)).toEqual(['Otto']);
    expect(lastChangedBy(row?.history?.[ID])).toBe('Otto');
    // Nothing for a data point with no value, nor for one that does not divide by households.
    expect(row?.history?.[EMPTY]).toBeUndefined();
    expect(entriesOf(row, HOTSPOTS)).toEqual([{ by: 'Carla', value: { value: 12 } }]);
  });

  it('a numerator typed in the same batch as its denominator is one entry; emptying the denominator is an entry without it', () => {
    const before = applyEdits(newDoc(), [{ kind: 'value', id: ID, field: 'numerator', value: 5 }]);
    const both: Edit[] = [
      { kind: 'profile', field: 'households', value: 50 },
      { kind: 'value', id: ID, field: 'numerator', value: 6 },
    ];
    const after = applyEdits(before, both);
    expect(historyEdits(before, after, both, 'Carla', 3, () => 'h')).toEqual([
      { kind: 'history', id: ID, entry: { id: 'h', kind: 'value', at: 3, by: 'Carla', value: { numerator: 6, denominator: 50 } } },
    ]);
    const cleared: Edit[] = [{ kind: 'profile', field: 'households', value: null }];
    expect(historyEdits(after, applyEdits(after, cleared), cleared, 'Carla', 4, () => 'h2')).toEqual([
      { kind: 'history', id: ID, entry: { id: 'h2', kind: 'value', at: 4, by: 'Carla', value: { numerator: 6 } } },
    ]);
  });

  it('a frozen assessment refuses the profile edit: no denominator, no entry, nothing journalled', async () => {
    const db = openDb(freshName());
    const doc = applyEdits(newDoc(), [
      { kind: 'value', id: ID, field: 'numerator', value: 900 },
      { kind: 'profile', field: 'households', value: 1000 },
    ]);
    const stored = await addAssessment(db, { ...doc, frozen: await freezeMark(doc, 'Vera', 10) });
    const refused: unknown[] = [];
    const session = new Session(db, stored, { delay: 0, signer: () => 'Carla', onRefused: (p) => refused.push(p) });
    expect(session.edit([{ kind: 'profile', field: 'households', value: 1 }])).toEqual([]);
    await session.close();
    expect(refused).toHaveLength(1);
    const row = await getAssessment(db, stored.id);
    expect(row?.profile.households).toBe(1000);
    expect(row?.history).toBeUndefined();
    expect((await checkFingerprint(row!, u4ssc)).matches).toBe(true);
  });

  it('the freeze seals a profile edit\'s entry: changing its denominator or removing it reads "does not match"', async () => {
    const before = applyEdits(newDoc(), [{ kind: 'value', id: ID, field: 'numerator', value: 900 }]);
    const edit: Edit[] = [{ kind: 'profile', field: 'households', value: 1000 }];
    const doc = applyEdits(
      applyEdits(before, edit),
      historyEdits(before, applyEdits(before, edit), edit, 'Carla', 9, () => 'p'),
    );
    const frozen = { ...doc, frozen: await freezeMark(doc, 'Vera', 10) };
    expect((await checkFingerprint(frozen, u4ssc)).matches).toBe(true);
    const changed = structuredClone(frozen);
    const entry = changed.history![ID].entries[0];
    if (entry.kind === 'value') entry.value.denominator = 10;
    expect((await checkFingerprint(changed, u4ssc)).matches).toBe(false);
    const removed = structuredClone(frozen);
    removed.history![ID].entries = [];
    expect((await checkFingerprint(removed, u4ssc)).matches).toBe(false);
  });

  it('another tab changes the denominator while this one types the numerator: both saves merge, each entry kept once', async () => {
    const name = freshName();
    const dbA = openDb(name);
    const dbB = openDb(name);
    const doc = await addAssessment(dbA, applyEdits(newDoc(), [{ kind: 'value', id: ID, field: 'numerator', value: 900 }]));
    const bus = memoryBus();
    const a = new Session(dbA, doc, { notifier: bus(), delay: 300, tabId: 'A', signer: () => 'Carla' });
    const b = new Session(dbB, doc, { notifier: bus(), delay: 300, tabId: 'B', signer: () => 'Otto' });
    a.edit([{ kind: 'value', id: ID, field: 'numerator', value: 950 }]);
    b.edit([{ kind: 'profile', field: 'households', value: 1000 }]);
    // Both folds queued before either hears of the other: the second to write meets the first as a conflict.
    await Promise.all([a.flush(), b.flush()]);
    await a.close();
    await b.close();
    const row = await getAssessment(dbA, doc.id);
    expect(row?.values[ID]).toEqual({ numerator: 950 });
    expect(row?.profile.households).toBe(1000);
    const entries = row?.history?.[ID]?.entries ?? [];
    expect(entries.map((e) => e.by).sort()).toEqual(['Carla', 'Otto']);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.find((e) => e.by === 'Otto')).toMatchObject({ kind: 'value', value: { numerator: 900, denominator: 1000 } });
  });
});
