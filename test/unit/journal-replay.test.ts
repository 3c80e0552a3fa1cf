import 'fake-indexeddb/auto';
import { testDatabases } from './support/storage';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { loadForEditing, recoverAllJournals } from '../../src/session';
import { replayChecked } from '../../src/session/replay-check';
import { addAssessment, getAssessment, type JournalRow } from '../../src/storage/db';

const ID = 'EC: ICT: ICT: 1C|';
const ID2 = 'EC: ICT: ICT: 2C|';
const { openDb, freshName } = testDatabases('replay');
const newDoc = () => createAssessment({ city: 'Journaltown', country: 'Nowhere', year: 2024 }, u4ssc, 'reference');
const row = (edit: unknown, at = 1): JournalRow => ({ assessmentId: 'x', tabId: 't', at, edit: edit as JournalRow['edit'] });

/** Each bad entry of issue #33: a well-formed (or not) journal row whose value typing could never give. */
const BAD: [string, unknown, { kind: string | null; place: string | null; reason: string }][] = [
  ['an object as a numerator', { kind: 'value', id: ID, field: 'numerator', value: { a: 1 } }, { kind: 'value', place: ID, reason: 'refused' }],
  ['an unknown data point', { kind: 'value', id: 'XX: NOPE|', field: 'numerator', value: 5 }, { kind: 'value', place: 'XX: NOPE|', reason: 'refused' }],
  ['an array in the profile', { kind: 'profile', field: 'population', value: [1, 2] }, { kind: 'profile', place: 'population', reason: 'refused' }],
  ['an unknown method', { kind: 'method', method: { name: 'astrology' } }, { kind: 'method', place: null, reason: 'refused' }],
  ['a 20 000-character city', { kind: 'info', field: 'city', value: 'x'.repeat(20_000) }, { kind: 'info', place: 'city', reason: 'too-long' }],
  ['a freeze with fingerprint "zzz"', { kind: 'freeze', frozen: { at: 1, by: 'me', fingerprint: 'zzz' } }, { kind: 'freeze', place: null, reason: 'refused' }],
  ['500 digits in a number cell', { kind: 'value', id: ID, field: 'numerator', value: '9'.repeat(500) }, { kind: 'value', place: ID, reason: 'too-long' }],
  ['an infinite number', { kind: 'value', id: ID, field: 'value', value: Infinity }, { kind: 'value', place: ID, reason: 'refused' }],
  ['the year "abc"', { kind: 'info', field: 'year', value: 'abc' }, { kind: 'info', place: 'year', reason: 'refused' }],
  ['an unknown value field', { kind: 'value', id: ID, field: 'colour', value: 'red' }, { kind: 'value', place: ID, reason: 'refused' }],
  ['an unreadable entry (not an object)', 'garbage', { kind: null, place: null, reason: 'unreadable' }],
  ['an unreadable entry (unknown kind)', { kind: 'from-a-newer-app', whatever: true }, { kind: 'from-a-newer-app', place: null, reason: 'unreadable' }],
];

describe('the journal validates what it replays', () => {
  for (const [what, edit, expected] of BAD) {
    it(`sets aside ${what}, reports it by kind and place, does not count it, and keeps the assessment readable`, async () => {
      const db = openDb(freshName());
      const doc = await addAssessment(db, newDoc());
      await db.journal.bulkAdd([
        { assessmentId: doc.id, tabId: 't', at: 1, edit: { kind: 'value', id: ID2, field: 'value', value: 42 } },
        { assessmentId: doc.id, tabId: 't', at: 2, edit: edit as JournalRow['edit'] },
        { assessmentId: doc.id, tabId: 't', at: 3, edit: { kind: 'value', id: ID, field: 'note', value: 'after' } },
      ]);
      const opened = await loadForEditing(db, doc.id);
      expect(opened?.recovered).toBe(2);
      expect(opened?.setAside).toHaveLength(1);
      expect(opened?.setAside[0]).toMatchObject({ ...expected, at: 2 });
      // The good entries around it are kept; the bad one left no trace.
      const stored = (await getAssessment(db, doc.id))!;
      expect(stored.values[ID2]).toEqual({ value: 42 });
      expect(stored.values[ID]).toEqual({ note: 'after' });
      expect(stored.city).toBe('Journaltown');
      expect(stored.year).toBe(2024);
      expect(readAssessment(JSON.parse(JSON.stringify(stored)), u4ssc).ok).toBe(true);
      expect(await db.journal.count()).toBe(0);
      // Reported once: a second open says nothing more.
      expect((await loadForEditing(db, doc.id))?.setAside).toEqual([]);
    });
  }

  it('entries set aside at start-up are reported when the assessment is opened, and are not counted as recovered', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    await db.journal.bulkAdd([
      { assessmentId: doc.id, tabId: 't', at: 1, edit: { kind: 'info', field: 'year', value: 'abc' } },
      { assessmentId: doc.id, tabId: 't', at: 2, edit: { kind: 'value', id: ID, field: 'numerator', value: 7 } },
    ]);
    expect(await recoverAllJournals(db)).toBe(1);
    const opened = await loadForEditing(db, doc.id);
    expect(opened?.recovered).toBe(0);
    expect(opened?.setAside.map((x) => [x.kind, x.place, x.reason])).toEqual([['info', 'year', 'refused']]);
    expect(opened?.doc.year).toBe(2024);
    expect(opened?.doc.values[ID]).toEqual({ numerator: 7 });
  });

  it('an entry is judged against the document as the entries before it left it (a later fix is not refused)', () => {
    const doc = newDoc();
    const rows = [
      row({ kind: 'value', id: ID, field: 'numerator', value: 'kept text' }, 1),
      row({ kind: 'value', id: ID, field: 'numerator', value: 3 }, 2),
      row({ kind: 'value', id: ID, field: 'status', value: 'maybe' }, 3),
    ];
    const r = replayChecked(doc, rows, u4ssc);
    expect(r.applied).toBe(2);
    expect(r.doc.values[ID]).toEqual({ numerator: 3 });
    expect(r.setAside.map((x) => x.at)).toEqual([3]);
  });

  it('a stored row that already has a problem keeps its good edits and is not made worse', () => {
    const damaged = { ...newDoc(), values: { [ID]: { numerator: { bad: true } } } } as never;
    const r = replayChecked(damaged, [row({ kind: 'value', id: ID2, field: 'value', value: 5 }, 1), row({ kind: 'info', field: 'city', value: 7 }, 2)], u4ssc);
    expect(r.applied).toBe(1);
    expect(r.doc.values[ID2]).toEqual({ value: 5 });
    expect(r.setAside.map((x) => x.place)).toEqual(['city']);
  });
});
