import 'fake-indexeddb/auto';
import { memoryBus, testDatabases } from './support/storage';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssessment } from '../../src/engine/assessment-read';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { Session } from '../../src/session';
import { addAssessment, getAssessment } from '../../src/storage/db';

/** Two tabs typing local KPIs' values (format 9) into one assessment: each tab's edit is kept, per field. */
const { openDb, freshName } = testDatabases('local-two-tabs');
const v9 = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v9.json', import.meta.url), 'utf8'));
const BIKES = 'LOCAL: MOB: 1|';
const TREES = 'LOCAL: PSN: 1|';

describe('two tabs editing local values', () => {
  it('keeps both tabs’ local edits, on two KPIs and on two fields of one', async () => {
    const r = readAssessment(v9, u4ssc);
    if (!r.ok) throw new Error('fixture');
    const open: AssessmentDoc = { ...r.value };
    delete open.frozen;
    const name = freshName();
    const dbA = openDb(name);
    const dbB = openDb(name);
    const doc = await addAssessment(dbA, open);
    const bus = memoryBus();
    const a = new Session(dbA, doc, { notifier: bus(), delay: 300, tabId: 'A' });
    const b = new Session(dbB, doc, { notifier: bus(), delay: 300, tabId: 'B' });
    a.edit([{ kind: 'local-value', id: BIKES, field: 'numerator', value: 2500 }]);
    b.edit([
      { kind: 'local-value', id: TREES, field: 'numerator', value: 40000 },
      { kind: 'local-value', id: BIKES, field: 'note', value: 'recounted by B' },
    ]);
    await Promise.all([a.flush(), b.flush()]);
    const stored = await getAssessment(dbA, doc.id);
    expect(stored?.localValues?.[BIKES]).toMatchObject({ numerator: 2500, note: 'recounted by B', source: open.localValues![BIKES].source });
    expect(stored?.localValues?.[TREES]).toMatchObject({ numerator: 40000, denominator: 780 });
    expect(stored?.localFramework).toEqual(open.localFramework);
    await a.close();
    await b.close();
  });
});
