import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { checkFingerprint, freezeMark } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { valueBasis } from '../../src/engine/review';
import { signerOf, versionNumberOf, withOrigin } from '../../src/engine/versions';
import { assessmentFileName } from '../../src/ui/interchange/files';
import { mergeAssessments } from '../../src/ui/interchange/model';
import { versionLine } from '../../src/ui/version-line';

/** Wi-Fi hotspots: a number reported directly. */
const ID = 'EC: ICT: ICT: 5A|';
const dir = new URL('../fixtures/frozen/', import.meta.url);
const lisbon = (): AssessmentDoc => createAssessment({ city: 'Lisbon', country: 'Portugal', year: 2024 }, u4ssc, 'reference', 1000);

/** Every data point not applicable but one, verified by Vera: the whole assessment verified. */
function verifiedLisbon(): AssessmentDoc {
  const doc = lisbon();
  for (const d of u4ssc.datapoints) doc.values[d.id] = { status: 'not-applicable' };
  doc.values[ID] = { value: 12 };
  doc.review = { [ID]: { state: 'verified', by: 'Vera', at: 5000, basis: valueBasis({ value: 12 }), submittedBy: 'Carla' } };
  return doc;
}

describe('file names carry the version and its state', () => {
  it('a first version not frozen keeps its name; a later one says its number; a frozen one says frozen or verified', async () => {
    expect(assessmentFileName(lisbon(), '.ssc.json')).toBe('Lisbon-2024.ssc.json');
    expect(assessmentFileName({ ...lisbon(), versionNumber: 3 }, '.ssc.json')).toBe('Lisbon-2024-v3.ssc.json');
    const frozen = { ...lisbon(), frozen: await freezeMark(lisbon(), 'Vera', 6000) };
    expect(assessmentFileName(frozen, '.ssc.json')).toBe('Lisbon-2024-v1-frozen.ssc.json');
    const verified = verifiedLisbon();
    const sealed = { ...verified, versionNumber: 3, frozen: await freezeMark(verified, 'Vera', 6000) };
    expect(assessmentFileName(sealed, '.ssc.json')).toBe('Lisbon-2024-v3-verified.ssc.json');
    expect(assessmentFileName(sealed, '-values.csv')).toBe('Lisbon-2024-v3-verified-values.csv');
  });
});

describe('where a copy came from', () => {
  it('an imported copy names its file, when, and who signed it; the line says so', () => {
    const doc = withOrigin(verifiedLisbon(), 'file', Date.UTC(2024, 5, 1), 'Lisbon-2024.ssc.json');
    expect(doc.origin).toEqual({ kind: 'file', at: Date.UTC(2024, 5, 1), name: 'Lisbon-2024.ssc.json', signer: 'Vera' });
    expect(versionLine(doc)).toMatch(/^Version 1 · not frozen · imported from Lisbon-2024\.ssc\.json on .*, signed by Vera · changed /);
    expect(signerOf(lisbon())).toBeUndefined();
  });

  it('a merge is a new version, one more than the later side, marked as merged with the other side and its signer', () => {
    const a = { ...lisbon(), versionNumber: 2 };
    const b = { ...verifiedLisbon(), id: 'verifier-copy', versionNumber: 3, origin: { kind: 'file' as const, at: 1 } };
    const merged = mergeAssessments(u4ssc, a, b, new Set(), 9000);
    expect(versionNumberOf(merged)).toBe(4);
    expect(merged.origin).toEqual({ kind: 'merge', at: 9000, name: 'Lisbon 2024', signer: 'Vera' });
    expect(versionLine(merged)).toContain('Version 4 · not frozen · merged with Lisbon 2024');
  });
});

describe('format 7: the version is sealed, the origin is not', () => {
  const v7 = JSON.parse(readFileSync(new URL('assessment-v7.json', dir), 'utf8'));

  it('reads both from the frozen file, whose freeze matches', async () => {
    const read = readAssessment(v7, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.versionNumber).toBe(2);
    expect(read.value.origin).toMatchObject({ kind: 'file', signer: 'Vera Verifier (fictional)' });
    expect((await checkFingerprint(read.value, u4ssc)).matches).toBe(true);
  });

  it('a forged version number reads "does not match"; another copy’s origin does not change the fingerprint', async () => {
    const forged = readAssessment({ ...structuredClone(v7), versionNumber: 5 }, u4ssc);
    expect(forged.ok && (await checkFingerprint(forged.value, u4ssc)).matches).toBe(false);
    const elsewhere = readAssessment({ ...structuredClone(v7), origin: { kind: 'link', at: 42 } }, u4ssc);
    expect(elsewhere.ok && (await checkFingerprint(elsewhere.value, u4ssc)).matches).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a version number of 0', { versionNumber: 0 }],
    ['a fractional version number', { versionNumber: 1.5 }],
    ['an origin of an unknown kind', { origin: { kind: 'rumour', at: 1 } }],
    ['an origin without a time', { origin: { kind: 'file' } }],
  ])('refuses %s', (_, change) => {
    expect(readAssessment({ ...structuredClone(v7), ...change }, u4ssc).ok).toBe(false);
  });
});
