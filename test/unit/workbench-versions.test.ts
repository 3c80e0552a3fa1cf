/** The workbench's frozen and version paths, as plain functions (src/ui/workbench-versions.ts). */
import { describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { checkFingerprint } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { freezeEdit, nextVersionOf } from '../../src/ui/workbench-versions';

const ID = 'EC: ICT: ICT: 5A|';
const lisbon = (): AssessmentDoc => {
  const doc = createAssessment({ city: 'Lisbon', country: 'Portugal', year: 2024 }, u4ssc, 'reference', 1000);
  doc.values[ID] = { value: 12 };
  return doc;
};

describe('the freeze edit', () => {
  it('seals the assessment as it is, signed by the name given: its fingerprint matches, and no longer once a value changes', async () => {
    const doc = lisbon();
    const edit = await freezeEdit(doc, 'Vera Verifier');
    if (edit.kind !== 'freeze') throw new Error(`a ${edit.kind} edit`);
    expect(edit.frozen).toMatchObject({ by: 'Vera Verifier', scheme: 2, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const frozen = { ...doc, frozen: edit.frozen };
    expect((await checkFingerprint(frozen, u4ssc)).matches).toBe(true);
    expect((await checkFingerprint({ ...frozen, values: { ...frozen.values, [ID]: { value: 13 } } }, u4ssc)).matches).toBe(false);
  });
});

describe('the new version of a frozen assessment', () => {
  it('is a new assessment with the same values, not frozen, recording its parent and the next number', async () => {
    const doc = lisbon();
    const edit = await freezeEdit(doc, 'Vera Verifier');
    const frozen = { ...doc, frozen: (edit as Extract<typeof edit, { kind: 'freeze' }>).frozen };
    const next = nextVersionOf(frozen);
    expect(next.id).not.toBe(doc.id);
    expect(next.frozen).toBeUndefined();
    expect(next.values[ID]).toEqual({ value: 12 });
    expect(next.parent).toEqual({ id: doc.id, fingerprint: frozen.frozen.fingerprint });
    expect(next.versionNumber).toBe(2);
    expect(nextVersionOf({ ...next, frozen: frozen.frozen }).versionNumber).toBe(3);
  });

  it('of an assessment that is not frozen is a programming error', () => {
    expect(() => nextVersionOf(lisbon())).toThrow(/not frozen/);
  });
});
