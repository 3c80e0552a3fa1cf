import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { asRead, checkFingerprint, fingerprint } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';

/**
 * Files frozen by an app whose catalogue was 2017.1 (test/fixtures/frozen/frozen-catalogue-2017.1*):
 * their marks are the SHA-256 of the canonical form of the file as written, never recomputed.
 * Opening one brings it to the current catalogue (the version rises, the changed data points are listed for
 * review), which changes the canonical form but not one value.
 */
/** The catalogue this app scores with (2017.3 when these tests were written, 2017.4 since #28). */
const CURRENT = u4ssc.data.frameworkVersion;
const dir = new URL('../fixtures/frozen/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const open = (json: string): AssessmentDoc => {
  const r = parseAssessmentJson(json, u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value;
};

describe('the fingerprint of a file frozen under an older catalogue', () => {
  it('matches once opened, though opening raised its catalogue version and listed changes for review', async () => {
    const raw = JSON.parse(text('frozen-catalogue-2017.1.ssc.json')) as AssessmentDoc;
    expect(raw.framework.version).toBe('2017.1');
    const doc = open(text('frozen-catalogue-2017.1.ssc.json'));
    expect(doc.framework.version).toBe(CURRENT);
    expect(Object.keys(doc.catalogueReview?.datapoints ?? {}).length).toBeGreaterThan(0);
    // The bug: the opened document's own fingerprint is not the printed one.
    expect(await fingerprint(doc)).not.toBe(raw.frozen!.fingerprint);
    expect(await checkFingerprint(doc, u4ssc)).toMatchObject({ print: raw.frozen!.fingerprint, matches: true, scheme: 1, coversSeal: false });
  });

  it('matches when no data point whose measure changed holds a value (the version raised; at most a new check listed)', async () => {
    const doc = open(text('frozen-catalogue-2017.1-unchanged.ssc.json'));
    expect(doc.framework.version).toBe(CURRENT);
    // Made for the 2017.1 → 2017.2 step, when nothing of it was listed; 2017.3 adds a check to 5C and 2017.4
    // redefines the travel time index and freshwater (#28), which hold values: only those later steps are listed.
    const later = new Set(u4ssc.data.changes!.filter((step) => step.from !== '2017.1').flatMap((step) => Object.keys(step.datapoints)));
    expect(Object.keys(doc.catalogueReview?.datapoints ?? {}).every((id) => later.has(id))).toBe(true);
    expect((await checkFingerprint(doc, u4ssc)).matches).toBe(true);
  });

  it('does not match when a value was changed, or when the file claims the new catalogue to hide the review', async () => {
    const raw = JSON.parse(text('frozen-catalogue-2017.1.ssc.json')) as AssessmentDoc;
    const id = Object.keys(raw.values).find((k) => typeof raw.values[k].value === 'number')!;
    const changed = { ...raw, values: { ...raw.values, [id]: { ...raw.values[id], value: (raw.values[id].value as number) + 1 } } };
    expect((await checkFingerprint(open(JSON.stringify(changed)), u4ssc)).matches).toBe(false);
    const forged = { ...raw, framework: { ...raw.framework, version: CURRENT } };
    const opened = open(JSON.stringify(forged));
    expect(opened.catalogueReview).toBeUndefined();
    expect(await checkFingerprint(opened, u4ssc)).toMatchObject({ print: await fingerprint(opened), matches: false, scheme: 1, coversSeal: false });
  });

  it('a file frozen under the current catalogue matches as before, and only the document itself is a candidate', async () => {
    const doc = open(text('assessment-v3.json'));
    expect(asRead(doc, u4ssc).length).toBeGreaterThanOrEqual(1);
    expect(asRead(doc, u4ssc)[0]).toBe(doc);
    expect(await checkFingerprint(doc, u4ssc)).toMatchObject({ print: doc.frozen!.fingerprint, matches: true, scheme: 1, coversSeal: false });
  });
});
