/**
 * The catalogue review hooked to the U4SSC cycle's review states (#12): a data point verified under an
 * older catalogue whose definition changed since does not stay "verified" silently. It reads as
 * submitted, "verified under catalogue 2017.1, definition changed", and is not counted as verified,
 * until it is verified again (which reads the change) or the change is marked as read (which keeps the
 * verification). A reference-target change alone does not touch a verification: it vouches for the
 * value, not for the benchmark.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { definitionChanged, upgradeCatalogue } from '../../src/engine/catalogue-version';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { basisOf, reviewOf, reviewRows, transition, verificationStatement, type ReviewStamp } from '../../src/engine/review';
import { applyEdits } from '../../src/session/edits';
import { reviewStateLabel } from '../../src/ui/review/state-label';

const v1 = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v1.json', import.meta.url), 'utf8')) as AssessmentDoc;
const SO2 = 'EN: EN: AQ: 1C|SO2'; // measure and target changed in 2017.2
const PM10 = 'EN: EN: AQ: 1C|PM10'; // unchanged
const ref = (id: string) => u4ssc.byId.get(id)!;

/** The city's document as catalogue 2017.1 left it, with SO2 and PM10 verified then. */
function verifiedUnder2017_1(): AssessmentDoc {
  const r = readAssessment(structuredClone(v1), u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const doc: AssessmentDoc = { ...r.value, framework: { ...r.value.framework, version: '2017.1' } };
  delete doc.catalogueReview;
  const stamp = (id: string): ReviewStamp => ({ state: 'verified', by: 'Vera', at: 1, basis: basisOf(doc, ref(id)) });
  return { ...doc, review: { [SO2]: stamp(SO2), [PM10]: stamp(PM10) } };
}
const opened = () => upgradeCatalogue(verifiedUnder2017_1(), u4ssc);
const row = (doc: AssessmentDoc, id: string) => reviewRows(doc, u4ssc.datapoints).find((r) => r.id === id)!;

describe('a data point verified under catalogue 2017.1 whose definition changed since', () => {
  it('is verified before the update', () => {
    const before = verifiedUnder2017_1();
    expect(row(before, SO2)).toMatchObject({ state: 'verified', stale: false });
    expect(row(before, SO2).catalogue).toBeUndefined();
  });

  it('reads as submitted, verified under catalogue 2017.1, definition changed; an unchanged one stays verified', () => {
    const doc = opened();
    expect(doc.catalogueReview?.datapoints[SO2]).toBeDefined();
    expect(row(doc, SO2)).toMatchObject({ state: 'submitted', stale: false, catalogue: { from: '2017.1', to: u4ssc.data.frameworkVersion } });
    expect(reviewStateLabel(row(doc, SO2))).toBe('Submitted (verified under catalogue 2017.1, definition changed)');
    expect(row(doc, PM10)).toMatchObject({ state: 'verified', stale: false });
    expect(reviewStateLabel(row(doc, PM10))).toBe('Verified');
  });

  it('is not counted as verified in the verification statement', () => {
    expect(verificationStatement(reviewRows(verifiedUnder2017_1(), u4ssc.datapoints)).verified).toBe(2);
    expect(verificationStatement(reviewRows(opened(), u4ssc.datapoints)).verified).toBe(1);
  });

  it('keeps its stamp (who verified, when) and its value', () => {
    const doc = opened();
    expect(doc.review?.[SO2]).toEqual(verifiedUnder2017_1().review?.[SO2]);
    expect(doc.values[SO2]).toEqual(v1.values[SO2]);
  });

  it('is verified again by marking the change as read (the verification stands)', () => {
    const doc = applyEdits(opened(), [{ kind: 'acknowledge', id: SO2 }]);
    expect(doc.catalogueReview?.datapoints[SO2]).toBeUndefined();
    expect(row(doc, SO2)).toMatchObject({ state: 'verified', stale: false });
    expect(row(doc, SO2).catalogue).toBeUndefined();
  });

  it('can be verified again under the new catalogue, which reads the change with the same step', () => {
    const doc = opened();
    const eff = reviewOf(doc, ref(SO2));
    const t = transition(eff.state, 'verified', 'Vera', 2, { basis: basisOf(doc, ref(SO2)), standing: 'valid', previous: eff.stamp });
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const after = applyEdits(doc, [
      { kind: 'review', id: SO2, stamp: t.stamp },
      { kind: 'acknowledge', id: SO2 },
    ]);
    expect(row(after, SO2)).toMatchObject({ state: 'verified', stale: false });
    expect(after.review?.[SO2]?.at).toBe(2);
    expect(after.catalogueReview?.datapoints[SO2]).toBeUndefined();
  });

  it('a value changed since verification reads as changed since verified, whatever the catalogue', () => {
    const doc = applyEdits(opened(), [{ kind: 'value', id: SO2, field: 'value', value: 3 }]);
    expect(row(doc, SO2)).toMatchObject({ state: 'submitted', stale: true });
    expect(reviewStateLabel(row(doc, SO2))).toBe('Submitted (changed since verified)');
  });
});

describe('what counts as a changed definition', () => {
  const review = (kinds: string[]) => ({
    from: '2017.1',
    to: '2017.2',
    datapoints: {
      [SO2]: kinds.map((kind) => (kind === 'target' ? { kind, before: 40, after: 20, source: 'x' } : { kind: 'check-added', check: 'below', source: 'x' })),
    },
  });
  it('a reference-target change alone leaves a verification standing', () => {
    expect(definitionChanged(review(['target']) as never, SO2)).toBeNull();
    const doc = { ...verifiedUnder2017_1(), catalogueReview: review(['target']) } as AssessmentDoc;
    expect(row(doc, SO2).state).toBe('verified');
  });
  it('a check that no longer applies leaves it standing too', () => {
    const removed = { from: '2017.2', to: '2017.3', datapoints: { [SO2]: [{ kind: 'check-removed', check: 'below', source: 'x' }] } };
    expect(definitionChanged(removed as never, SO2)).toBeNull();
  });
  it('any other change (here a check added) voids it until re-verified or read', () => {
    expect(definitionChanged(review(['check-added']) as never, SO2)).toEqual({ from: '2017.1', to: '2017.2' });
    expect(definitionChanged(review(['check-added']) as never, PM10)).toBeNull();
    expect(definitionChanged(undefined, SO2)).toBeNull();
  });
});
