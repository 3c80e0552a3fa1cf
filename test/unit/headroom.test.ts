import 'fake-indexeddb/auto';
import { testDatabases } from './support/storage';
import { describe, expect, it } from 'vitest';
import { createAssessment, workspaceDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, parseWorkspaceJson } from '../../src/engine/assessment-read';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { IMPORT_MAX_REVISION, IMPORT_MAX_TIME } from '../../src/engine/headroom';
import { Session } from '../../src/session';
import { damageOf, getAssessment } from '../../src/storage/db';
import { storeImported } from '../../src/storage/import';

const { openDb, freshName } = testDatabases('headroom');
const doc = () => createAssessment({ city: 'Edge', country: 'X', year: 2024 }, u4ssc, 'reference', 1_700_000_000_000);

describe('bookkeeping limits with room for use', () => {
  it('a file at the hard limits is read with its revision and times reset, and said; edits never damage it', async () => {
    const text = JSON.stringify({ ...doc(), revision: 9_007_199_254_740_990, updatedAt: 8.64e15, createdAt: 8.64e15 });
    const read = parseAssessmentJson(text, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.revision).toBe(0);
    expect(read.value.updatedAt).toBeLessThanOrEqual(IMPORT_MAX_TIME);
    expect(read.notes?.map((n) => [n.kind, n.path])).toEqual([
      ['reset-revision', 'revision'],
      ['reset-time', 'createdAt'],
      ['reset-time', 'updatedAt'],
    ]);

    const db = openDb(freshName());
    const [stored] = await storeImported(db, [read.value]);
    const session = new Session(db, stored, { delay: 0 });
    for (let i = 0; i < 3; i++) {
      session.edit([{ kind: 'value', id: 'EC: ICT: ICT: 1C|', field: 'numerator', value: i }]);
      await session.flush();
    }
    await session.close();
    const row = await db.assessments.get(stored.id);
    expect(damageOf(row)).toBeNull();
    expect((await getAssessment(db, stored.id))?.values['EC: ICT: ICT: 1C|']).toEqual({ numerator: 2 });
  });

  it('values within the room are kept as they are, in a workspace file too', () => {
    const kept = { ...doc(), revision: IMPORT_MAX_REVISION, updatedAt: IMPORT_MAX_TIME };
    const read = parseWorkspaceJson(JSON.stringify(workspaceDoc([kept])), u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.docs[0].revision).toBe(IMPORT_MAX_REVISION);
    expect(read.value.docs[0].updatedAt).toBe(IMPORT_MAX_TIME);
    expect(read.notes ?? []).toEqual([]);
  });
});
