import 'fake-indexeddb/auto';
import { testDatabases, memoryBus } from './support/storage';
import { describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { canonicalForm, fingerprint } from '../../src/engine/fingerprint';
import { loadFramework } from '../../src/engine/framework';
import catalogue from '../../src/engine/frameworks/u4ssc/catalogue.json';
import type { CatalogueChange, FrameworkData } from '../../src/engine/types';
import { applyEdits, applyUnlessFrozen, FROZEN_RULE, loadForEditing, Session, type Edit, type FrozenProblem } from '../../src/session';
import { applyToStored } from '../../src/session/import-update';
import { addAssessment, FrozenError, getAssessment, renameAssessment, saveAssessment } from '../../src/storage/db';

const u4ssc = loadFramework(catalogue as unknown as FrameworkData);
const ID = 'EC: ICT: ICT: 1C|';
const ID2 = 'EC: ICT: ICT: 2C|';
const { openDb, freshName } = testDatabases('freeze');

/** One edit of every kind, each changing something of `unfrozen()` below. A new kind fails to compile here until it has a sample. */
const SAMPLES: { [K in Edit['kind']]: Extract<Edit, { kind: K }> } = {
  value: { kind: 'value', id: ID, field: 'numerator', value: 99 },
  profile: { kind: 'profile', field: 'population', value: 123456 },
  target: { kind: 'target', id: ID, override: { target: 50, rationale: 'own reading' } },
  'own-target': { kind: 'own-target', id: ID, own: { target: 90, deadline: 2030 } },
  method: { kind: 'method', method: { name: 'continuous' } },
  'scoring-targets': { kind: 'scoring-targets', choice: 'own' },
  info: { kind: 'info', field: 'notes', value: 'changed after the freeze' },
  acknowledge: { kind: 'acknowledge', id: ID },
  review: { kind: 'review', id: ID, stamp: { state: 'submitted', by: 'City', at: 2 } },
  thread: { kind: 'thread', id: ID, entry: { id: 't1', kind: 'question', text: 'Source?', by: 'Verifier', at: 3 } },
  evidence: { kind: 'evidence', id: ID, refs: [{ id: 'e1', title: 'Census', location: 'census.pdf' }] },
  recommendation: { kind: 'recommendation', id: 'r1', item: { id: 'r1', scope: 'datapoint', target: ID, text: 'Publish it', by: 'V', at: 4 } },
  action: {
    kind: 'action',
    id: 'a1',
    item: { id: 'a1', title: 'Fibre', owner: 'IT', deadline: '', status: 'planned', datapoints: [ID], at: 5 },
  },
  freeze: { kind: 'freeze', frozen: { at: 6, by: 'Someone else', fingerprint: '0'.repeat(64) } },
  history: { kind: 'history', id: ID, entry: { id: 'h1', kind: 'value', at: 7, by: 'Someone else', value: { numerator: 1 } } },
  provenance: {
    kind: 'provenance',
    place: { id: ID, field: 'denominator' },
    source: { kind: 'json-stat', value: 100, source: 'Office', file: 't.json', retrieved: '2026-12-07', picked: [{ dimension: 'geo', category: 'X' }] },
  },
  'local-value': { kind: 'local-value', id: 'LOCAL: MOB: 1|', field: 'numerator', value: 2100 },
  'local-framework': { kind: 'local-framework', ref: { id: 'demoville-local', version: '2025.1' } },
};

const KINDS = Object.keys(SAMPLES) as Edit['kind'][];

/** An assessment with a value, a catalogue change to acknowledge and a review stamp: every sample changes something of it. */
function unfrozen(): AssessmentDoc {
  const doc = createAssessment({ city: 'Frostburg', country: 'Nowhere', year: 2024 }, u4ssc, 'reference', 1000);
  doc.values[ID] = { numerator: 40, denominator: 100 };
  doc.values[ID2] = { value: 12 };
  doc.catalogueReview = {
    from: '2017.1',
    to: u4ssc.data.frameworkVersion,
    datapoints: { [ID]: [{ kind: 'check-removed', source: 's' } as unknown as CatalogueChange] },
  };
  return doc;
}

async function frozen(): Promise<AssessmentDoc> {
  const doc = unfrozen();
  return { ...doc, frozen: { at: 2000, by: 'Verifier', fingerprint: await fingerprint(doc) } };
}

describe('the freeze rule over every kind of edit', () => {
  it.each(KINDS)('%s: the rule is stated and true (a refused kind changes what the fingerprint covers or the freeze mark)', async (kind) => {
    const doc = await frozen();
    const after = applyEdits(doc, [SAMPLES[kind]]);
    const changes = canonicalForm(after) !== canonicalForm(doc) || JSON.stringify(after.frozen) !== JSON.stringify(doc.frozen);
    expect(FROZEN_RULE[kind]).toBe(changes ? 'refused' : 'allowed');
    expect(FROZEN_RULE[kind]).toBe('refused');
  });

  it('has a rule for exactly the kinds of edit there are', () => {
    expect(Object.keys(FROZEN_RULE).sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s: refused through the session on a frozen assessment, nothing journalled or saved', async (kind) => {
    const db = openDb(freshName());
    const stored = await addAssessment(db, await frozen());
    const refused: FrozenProblem[] = [];
    const session = new Session(db, stored, { delay: 0, onRefused: (p) => refused.push(p) });
    expect(session.refusal([SAMPLES[kind]])).toEqual({ kind: 'frozen', refused: [SAMPLES[kind]] });
    expect(session.edit([SAMPLES[kind]])).toEqual([]);
    expect(refused).toEqual([{ kind: 'frozen', refused: [SAMPLES[kind]] }]);
    expect(session.doc).toBe(stored);
    expect(session.hasPending).toBe(false);
    await session.close();
    expect(await db.journal.count()).toBe(0);
    const after = await getAssessment(db, stored.id);
    expect(after?.revision).toBe(stored.revision);
    expect(canonicalForm(after!)).toBe(canonicalForm(stored));
    expect(await fingerprint(after!)).toBe(stored.frozen!.fingerprint);
  });

  it('applies the edits before a freeze in the same list and refuses the ones after it', async () => {
    const doc = unfrozen();
    const print = await fingerprint(applyEdits(doc, [SAMPLES.value]));
    const freeze: Edit = { kind: 'freeze', frozen: { at: 9, by: 'V', fingerprint: print } };
    const later: Edit = { kind: 'value', id: ID2, field: 'value', value: 77 };
    const r = applyUnlessFrozen(doc, [SAMPLES.value, freeze, later]);
    expect(r.applied).toEqual([SAMPLES.value, freeze]);
    expect(r.refused).toEqual([later]);
    expect(r.doc.values[ID2]).toEqual({ value: 12 });
    expect(await fingerprint(r.doc)).toBe(print);
  });
});

describe('the freeze rule at the storage boundary', () => {
  it('refuses a save, a rename and an import as update over a frozen row', async () => {
    const db = openDb(freshName());
    const stored = await addAssessment(db, await frozen());
    const changed = { ...stored, values: { ...stored.values, [ID]: { numerator: 99, denominator: 100 } } };
    await expect(saveAssessment(db, changed, stored.revision)).rejects.toBeInstanceOf(FrozenError);
    await expect(renameAssessment(db, stored.id, { city: 'Forged' })).rejects.toBeInstanceOf(FrozenError);
    const update = await applyToStored(db, stored.id, [SAMPLES.value]);
    expect(update).toMatchObject({ ok: false, problem: { kind: 'frozen' } });
    expect(await getAssessment(db, stored.id)).toEqual(stored);
  });

  it('another tab’s edit typed before it saw the freeze is refused, its journal entry dropped, the frozen copy shown', async () => {
    const bus = memoryBus();
    const db = openDb(freshName());
    const start = await addAssessment(db, unfrozen());
    const a = new Session(db, start, { delay: 300, notifier: bus(), tabId: 'a' });
    const refused: FrozenProblem[] = [];
    const shown: AssessmentDoc[] = [];
    // Tab B's save waits far beyond the freeze: its edit meets the frozen row when it folds.
    const b = new Session(db, start, { delay: 300, tabId: 'b', onRefused: (p) => refused.push(p), onExternal: (d) => shown.push(d) });
    const typed: Edit = { kind: 'value', id: ID, field: 'numerator', value: 99 };
    b.edit([typed]);
    a.edit([{ kind: 'freeze', frozen: { at: 3000, by: 'Verifier', fingerprint: await fingerprint(start) } }]);
    await a.flush();
    await b.flush();
    expect(refused).toEqual([{ kind: 'frozen', refused: [typed] }]);
    expect(shown.at(-1)?.frozen?.by).toBe('Verifier');
    expect(b.doc.values[ID]).toEqual({ numerator: 40, denominator: 100 });
    expect(b.hasPending).toBe(false);
    const row = await getAssessment(db, start.id);
    expect(row?.values[ID]).toEqual({ numerator: 40, denominator: 100 });
    expect(await fingerprint(row!)).toBe(row!.frozen!.fingerprint);
    expect(await db.journal.count()).toBe(0);
    // And the tab now refuses at once.
    b.edit([typed]);
    expect(refused).toHaveLength(2);
    await a.close();
    await b.close();
  });

  it('the journal replayed after a crash refuses what was journalled after the freeze, or against a frozen row', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, unfrozen());
    const print = await fingerprint(doc);
    await db.journal.bulkAdd([
      { assessmentId: doc.id, tabId: 't', at: 1, edit: { kind: 'freeze', frozen: { at: 1, by: 'V', fingerprint: print } } },
      { assessmentId: doc.id, tabId: 't', at: 2, edit: { kind: 'value', id: ID, field: 'numerator', value: 99 } },
    ]);
    const opened = await loadForEditing(openDb(db.name), doc.id);
    expect(opened?.doc.frozen?.fingerprint).toBe(print);
    expect(opened?.doc.values[ID]).toEqual({ numerator: 40, denominator: 100 });
    const revision = opened!.doc.revision;

    // A tab that had not seen the freeze journalled an edit and crashed: dropped, the row not written.
    await db.journal.add({ assessmentId: doc.id, tabId: 'old', at: 3, edit: { kind: 'value', id: ID2, field: 'value', value: 1 } });
    const again = await loadForEditing(db, doc.id);
    expect(again?.recovered).toBe(0);
    expect(again?.doc.revision).toBe(revision);
    expect(again?.doc.values[ID2]).toEqual({ value: 12 });
    expect(await db.journal.count()).toBe(0);
  });
});
