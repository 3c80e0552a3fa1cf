import 'fake-indexeddb/auto';
import { testDatabases } from './support/storage';
import { describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { parseValuesCsv, valuesCsv } from '../../src/engine/csv';
import { loadFramework } from '../../src/engine/framework';
import catalogue from '../../src/engine/frameworks/u4ssc/catalogue.json';
import type { FrameworkData } from '../../src/engine/types';
import { applyEdits, Session } from '../../src/session';
import { applyToStored, applyUpdate, inverseEdits, previewUpdate, updateEdits, type UpdateSource } from '../../src/session/import-update';
import { addAssessment, getAssessment } from '../../src/storage/db';

const u4ssc = loadFramework(catalogue as unknown as FrameworkData);
const ICT1 = 'EC: ICT: ICT: 1C|';
const ICT2 = 'EC: ICT: ICT: 2C|';
const HEALTH = 'SC: EH: H: 1C|';
const { openDb, freshName } = testDatabases('import-update');

const base = (): AssessmentDoc => ({
  ...createAssessment({ city: 'Updatetown', country: 'Nowhere', year: 2024 }, u4ssc, 'reference', 1_700_000_000_000),
  values: {
    [ICT1]: { value: 50, note: 'from the register', source: 'Telecom office' },
    [ICT2]: { value: 10, status: 'reported' },
  },
  targets: { [ICT1]: { target: 90, rationale: 'City plan' } },
  review: { [ICT1]: { state: 'verified', by: 'Vera', at: 1 } },
  threads: { [ICT1]: [{ id: 't1', by: 'Vera', at: 1, kind: 'question', text: 'Which register?' }] },
});

/** A values table as the reader gives it, from CSV text. */
function table(text: string): UpdateSource {
  const r = parseValuesCsv(text, u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { kind: 'table', input: r.input, rows: Object.keys(r.places), columns: r.columns };
}

describe('updating a stored assessment from a values table', () => {
  it('changes only the rows and columns the file has, and keeps the cycle, the other notes and an unchanged target with its rationale', () => {
    const stored = base();
    const src = table('code,datapoint,value,target\nEC: ICT: ICT: 1C,,55,90\nSC: EH: H: 1C,,78.5,\n');
    const p = previewUpdate(stored, src);
    expect(p.edits).toEqual([
      { kind: 'value', id: ICT1, field: 'value', value: 55 },
      { kind: 'value', id: HEALTH, field: 'value', value: 78.5 },
    ]);
    expect(p).toMatchObject({ added: 1, changed: 1, unchanged: 0 });
    // No note or source column: the note stays; the same target keeps its rationale; the review and thread stay.
    expect(p.after.values[ICT1]).toEqual({ value: 55, note: 'from the register', source: 'Telecom office' });
    expect(p.after.values[ICT2]).toEqual(stored.values[ICT2]);
    expect(p.after.targets[ICT1]).toEqual({ target: 90, rationale: 'City plan' });
    expect(p.after.review).toEqual(stored.review);
    expect(p.after.threads).toEqual(stored.threads);
  });

  it('clears a field whose column the file has and leaves blank, and a target left blank goes back to the reference', () => {
    const stored = base();
    const p = previewUpdate(stored, table('code,datapoint,value,target,note\nEC: ICT: ICT: 1C,,50,,\n'));
    expect(p.edits).toEqual([
      { kind: 'value', id: ICT1, field: 'note', value: undefined },
      { kind: 'target', id: ICT1, override: null },
    ]);
    expect(p.after.values[ICT1]).toEqual({ value: 50, source: 'Telecom office' });
    expect(p.after.targets[ICT1]).toBeUndefined();
    expect(p).toMatchObject({ added: 0, changed: 1, unchanged: 0 });
  });

  it('a cell the reader left out changes nothing, and a value entered in another unit goes with its value', () => {
    const stored = { ...base(), values: { [ICT1]: { value: 76, entered: { value: 40, unit: 'ppb', factor: 1.9 }, status: 'reported' as const } } };
    const src: UpdateSource = {
      ...(table('code,datapoint,value,status\nEC: ICT: ICT: 1C,,80,\n') as Extract<UpdateSource, { kind: 'table' }>),
      leftOut: new Set([`${ICT1}|status`]),
    };
    expect(updateEdits(stored, src)).toEqual([
      { kind: 'value', id: ICT1, field: 'value', value: 80 },
      { kind: 'value', id: ICT1, field: 'entered', value: undefined },
    ]);
  });

  it('the table export of an assessment read back changes nothing', () => {
    const stored = base();
    const p = previewUpdate(stored, table(valuesCsv(u4ssc, stored)));
    expect(p.edits).toEqual([]);
    expect(p.unchanged).toBe(u4ssc.datapoints.length);
  });
});

describe('updating from an assessment document', () => {
  it('takes its data whole, adds the cycle entries it holds, and keeps the stored ones it lacks', () => {
    const stored = base();
    const file: AssessmentDoc = {
      ...stored,
      notes: 'Checked',
      values: { [ICT1]: { value: 60 } },
      targets: {},
      review: { [ICT2]: { state: 'submitted', by: 'Carla', at: 2 } },
      threads: { [ICT1]: [...stored.threads![ICT1], { id: 't2', by: 'Carla', at: 3, kind: 'answer', text: 'The Wi-Fi register.' }] },
    };
    const p = previewUpdate(stored, { kind: 'doc', doc: file });
    expect(p.after.values).toEqual({ [ICT1]: { value: 60 } });
    expect(p.after.targets).toEqual({});
    expect(p.after.notes).toBe('Checked');
    expect(p.after.review).toEqual({ ...stored.review, ...file.review });
    expect(p.after.threads![ICT1].map((t) => t.id)).toEqual(['t1', 't2']);
    expect(p).toMatchObject({ added: 0, changed: 2, unchanged: 0, other: { info: 1, profile: 0, method: 0, cycle: 2 } });
  });

  it('the same document changes nothing', () => {
    expect(updateEdits(base(), { kind: 'doc', doc: base() })).toEqual([]);
  });

  it('the inverse edits put back every place the update changed (thread entries stay: threads only grow)', () => {
    const stored = base();
    const file: AssessmentDoc = {
      ...stored,
      city: 'Renamed',
      profile: { population: 1000 },
      values: { [HEALTH]: { value: 70 } },
      targets: { [HEALTH]: { target: 'none' } },
      method: { name: 'u4ssc-points' },
      review: { [ICT1]: { state: 'queried', by: 'Vera', at: 5 } },
      threads: {},
      ownTargets: { [HEALTH]: { target: 80, deadline: 2030 } },
      scoringTargets: 'own',
    };
    const edits = updateEdits(stored, { kind: 'doc', doc: file });
    const undone = applyEdits(applyEdits(stored, edits), inverseEdits(stored, edits));
    expect(undone).toEqual(stored);
  });

  it('takes the file’s own targets and its choice of target set (format 5), counted with the data point and the method', () => {
    const stored = { ...base(), ownTargets: { [ICT2]: { target: 50 } } };
    const file: AssessmentDoc = { ...stored, ownTargets: { [ICT1]: { target: 95, deadline: 2028, baseline: 72, baselineYear: 2019 } }, scoringTargets: 'own' };
    const p = previewUpdate(stored, { kind: 'doc', doc: file });
    expect(p.after.ownTargets).toEqual(file.ownTargets);
    expect(p.after.scoringTargets).toBe('own');
    expect(p.other.method).toBe(1);
    expect(p.edits.filter((e) => e.kind === 'own-target').map((e) => (e as { id: string }).id)).toEqual([ICT2, ICT1]);
  });
});

describe('applying an update through the editing session', () => {
  it('journals and saves the edits, keeps another tab’s edit of another place, and undoes only what it changed', async () => {
    const db = openDb(freshName());
    const stored = await addAssessment(db, base());
    // Another tab has it open and types into another data point before the update is confirmed.
    const other = new Session(db, stored, { delay: 0 });
    other.edit([{ kind: 'value', id: ICT2, field: 'note', value: 'typed elsewhere' }]);
    await other.flush();

    const r = await applyUpdate(db, stored.id, table('code,datapoint,value\nEC: ICT: ICT: 1C,,55\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const saved = (await getAssessment(db, stored.id))!;
    expect(saved.values[ICT1]?.value).toBe(55);
    expect(saved.values[ICT2]?.note).toBe('typed elsewhere');
    expect(saved.review).toEqual(stored.review);
    expect(saved.revision).toBeGreaterThan(stored.revision);
    expect(await db.journal.count()).toBe(0);

    const u = await applyToStored(db, stored.id, r.undo);
    expect(u.ok).toBe(true);
    const undone = (await getAssessment(db, stored.id))!;
    expect(undone.values[ICT1]).toEqual(stored.values[ICT1]);
    expect(undone.values[ICT2]?.note).toBe('typed elsewhere');
    await other.close();
  });

  it('never changes a frozen assessment', async () => {
    const db = openDb(freshName());
    const stored = await addAssessment(db, { ...base(), frozen: { at: 1, by: 'Vera', fingerprint: 'f'.repeat(64) } });
    const r = await applyUpdate(db, stored.id, table('code,datapoint,value\nEC: ICT: ICT: 1C,,55\n'));
    expect(r).toEqual({ ok: false, problem: { kind: 'frozen' } });
    expect(await getAssessment(db, stored.id)).toEqual(stored);
  });
});
