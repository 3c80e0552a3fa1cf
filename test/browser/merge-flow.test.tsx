/**
 * The app's own compare-and-merge flow, end to end (issue #24): from the library, open the city's
 * frozen version, Share → compare with the verifier's copy, keep B for one value and A for another,
 * merge. The new assessment holds the values chosen, both sides' history, its origin and version; the
 * verification of a value the merge replaced is listed before merging and no longer counts; the frozen
 * source and the other copy are untouched (same stored row, fingerprint still matching).
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { checkFingerprint, freezeMark } from '../../src/engine/fingerprint';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { reviewOf, valueBasis } from '../../src/engine/review';
import { WorkbenchDb } from '../../src/storage/db';
import { cellText, freshAppPerTest, stored, waitForGrid } from './helpers';

const HOTSPOTS = 'EC: ICT: ICT: 5A|';
const NET = 'EC: ICT: ICT: 1C|';
/** A directly reported number the verifier's copy holds as text (a rejected value). */
const TEXT_DP = u4ssc.datapoints.find((d) => d.def.formula.kind === 'direct' && d.id !== HOTSPOTS && d.id.startsWith('EC: ICT'))!.id;

const { mount, dbName } = freshAppPerTest();

async function allDocs(): Promise<AssessmentDoc[]> {
  const db = new WorkbenchDb(dbName());
  await db.open();
  try {
    return (await db.assessments.toArray()) as AssessmentDoc[];
  } finally {
    db.close();
  }
}

describe('compare and merge in the app', () => {
  it('merges the values chosen into a new version with both histories and its origin; the frozen source stays as it was', { timeout: 90_000 }, async () => {
    const base = createAssessment({ city: 'Mergeton', country: 'Nowhere', year: 2024 }, u4ssc, referenceTargets.data.id, 1000);
    base.profile.households = 1000;
    base.values[HOTSPOTS] = { value: 12 };
    base.values[NET] = { numerator: 800 };
    base.history = { [HOTSPOTS]: { entries: [{ id: 'a-1', kind: 'value', at: 1000, by: 'Carla City', value: { value: 12 } }] } };
    base.review = { [HOTSPOTS]: { state: 'verified', by: 'Vera Verifier', at: 2000, basis: valueBasis({ value: 12 }), submittedBy: 'Carla City' } };
    const source: AssessmentDoc = { ...base, frozen: await freezeMark(base, 'Vera Verifier', 3000) };
    // The verifier's copy: a corrected value, another changed, one left as text; its own history entry.
    const copy: AssessmentDoc = structuredClone(base);
    copy.id = 'verifier-copy';
    copy.city = 'Mergeton (verifier)';
    copy.values[HOTSPOTS] = { value: 14 };
    copy.values[NET] = { numerator: 850 };
    copy.values[TEXT_DP] = { value: 'about a dozen' };
    copy.history = {
      [HOTSPOTS]: { entries: [...base.history[HOTSPOTS].entries, { id: 'b-1', kind: 'value', at: 2500, by: 'Otto Other', value: { value: 14 } }] },
    };
    copy.versionNumber = 2;

    const app = mount();
    const db = new WorkbenchDb(dbName());
    await db.open();
    await db.assessments.bulkPut([source, copy] as never[]);
    db.close();
    const before = { source: await stored(dbName(), source.id), copy: await stored(dbName(), copy.id) };

    await userEvent.click(app.scope.getByRole('button', { name: 'Open Mergeton 2024' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Share, export, compare' }));
    await userEvent.selectOptions(app.scope.getByLabelText('Compare with'), copy.id);
    const sides = app.scope.getByTestId('compare-sides');
    await expect.element(sides).toHaveTextContent('Mergeton (verifier)');
    const row = (id: string) => app.container.querySelector(`tr[data-key*="${CSS.escape(id)}"]`);
    await expect.poll(() => row(HOTSPOTS) !== null && row(NET) !== null && row(TEXT_DP) !== null).toBe(true);

    // B for the hotspots and the text, A for household Internet access (A is the default).
    for (const id of [HOTSPOTS, TEXT_DP]) await userEvent.click(page.elementLocator(row(id)!.querySelectorAll('input[type="radio"]')[1]));
    // The verification of 12 would not survive B's 14: listed before the merge.
    await expect.element(app.scope.getByTestId('merge-conflicts')).toHaveTextContent('the verification by Vera Verifier was of a value the merge replaced');
    await userEvent.click(app.scope.getByRole('button', { name: 'Merge into a new assessment' }));

    // The merged version opens in the grid.
    await expect.poll(async () => (await allDocs()).length).toBe(3);
    const merged = (await allDocs()).find((d) => d.id !== source.id && d.id !== copy.id)!;
    await expect.poll(() => app.grid()?.item(HOTSPOTS)?.value ?? null).toBe(14);
    const grid = app.grid()!;
    expect(cellText(grid, HOTSPOTS, 'review')).not.toBe('Verified');
    expect(grid.handsontableForTests().getSettings().readOnly).toBe(false);

    expect(merged.values[HOTSPOTS]).toEqual({ value: 14 });
    expect(merged.values[NET]).toEqual({ numerator: 800 });
    // The rejected text is kept as it was typed, not verified, not scored as a number.
    expect(merged.values[TEXT_DP]).toEqual({ value: 'about a dozen' });
    expect(reviewOf(merged, u4ssc.byId.get(TEXT_DP)!).state).toBe('draft');
    expect(reviewOf(merged, u4ssc.byId.get(HOTSPOTS)!).state).not.toBe('verified');
    // Both sides' history, once each, in time order.
    expect(merged.history?.[HOTSPOTS]?.entries.map((e) => e.id)).toEqual(['a-1', 'b-1']);
    // A new version, not frozen, saying where it came from: merged with the verifier's copy.
    expect(merged.frozen).toBeUndefined();
    expect(merged.versionNumber).toBe(3);
    expect(merged.origin).toMatchObject({ kind: 'merge' });
    expect(JSON.stringify(merged.origin)).toContain('Mergeton (verifier)');
    expect(merged.city).toBe('Mergeton');

    // The frozen source and the other copy: the same stored rows; the freeze still matches.
    const after = { source: await stored(dbName(), source.id), copy: await stored(dbName(), copy.id) };
    expect(after.source).toEqual(before.source);
    expect(after.copy).toEqual(before.copy);
    expect((await checkFingerprint(after.source!, u4ssc)).matches).toBe(true);
  });
});
