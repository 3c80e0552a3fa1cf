/**
 * A catalogue update in the app (#12): an assessment stored by the previous release (format 1,
 * catalogue 2017.1) opens with the changed data points listed in words, marked in the grid and in
 * "explain this number", its values untouched, until each is marked as read (saved); and a value typed
 * in ppb is converted with the official factor and recorded with the value.
 */
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import frozenV1 from '../fixtures/frozen/assessment-v1.json';
import frozenV3 from '../fixtures/frozen/assessment-v3.json';
import { basisOf } from '../../src/engine/review';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { WorkbenchDb } from '../../src/storage/db';
import { cellElement, cellText, createThroughForm, freshAppPerTest, onlyAssessmentId, stored, typeInto, waitForGrid } from './helpers';

const SO2 = 'EN: EN: AQ: 1C|SO2';
const NO2 = 'EN: EN: AQ: 1C|NO2';
const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('an assessment of the previous catalogue', () => {
  it('lists what changed in words, marks the rows, keeps the values, and forgets each change once read', async () => {
    const a = mount();
    // The row exactly as the previous release stored it.
    const db = new WorkbenchDb(dbName());
    await db.open();
    await db.assessments.put(structuredClone(frozenV1) as never);
    db.close();

    await userEvent.click(a.scope.getByRole('button', { name: /^Open Demoville/ }));
    const grid = await waitForGrid(a);
    const review = a.scope.getByTestId('catalogue-review');
    await expect.element(review).toBeInTheDocument();
    const text = review.element().textContent!;
    expect(text).toMatch(/made with catalogue 2017\.1; it now uses catalogue 2017\.4/);
    expect(text).toMatch(/now the annual mean, no longer the 24-hour mean/);
    expect(text).toMatch(/Values above 100 are now accepted/);

    // The value is kept as entered and the row is marked with a sign, not only a colour.
    expect(grid.item(SO2)?.value).toBe((frozenV1.values as unknown as Record<string, { value?: number }>)[SO2].value);
    const code = cellElement(grid, SO2, 'code')!;
    expect(code.classList.contains('cell-review')).toBe(true);
    expect(code.getAttribute('aria-description')).toMatch(/Definition changed in catalogue 2017\.4/);
    expect(getComputedStyle(code, '::after').content).toContain('Δ');

    // The note and its buttons are labelled and keyboard-reachable (axe: no serious or critical violation).
    const result = await axe.run(review.element(), { resultTypes: ['violations'] });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // Explain shows the change beside the number, with a way to mark it as read.
    await expect.element(a.scope.getByTestId('explain-changes')).toHaveTextContent(/Verification Manual \(2022\), p\. 95/);
    const before = Object.keys((await stored(dbName(), frozenV1.id))!.catalogueReview!.datapoints).length;
    await userEvent.click(a.scope.getByTestId('explain-changes').getByRole('button', { name: 'Mark as read' }));
    await expect.poll(async () => (await stored(dbName(), frozenV1.id))?.catalogueReview?.datapoints[SO2]).toBeUndefined();
    const after = (await stored(dbName(), frozenV1.id))!;
    expect(Object.keys(after.catalogueReview!.datapoints)).toHaveLength(before - 1);
    expect(after.framework.version).toBe('2017.4');
    expect(after.values).toEqual(frozenV1.values);
    await expect.poll(() => cellElement(grid, SO2, 'code')!.classList.contains('cell-review')).toBe(false);

    await userEvent.click(review.getByRole('button', { name: 'Mark all as read' }));
    await expect.poll(async () => (await stored(dbName(), frozenV1.id))?.catalogueReview).toBeUndefined();
    await expect.element(a.scope.getByTestId('catalogue-review')).not.toBeInTheDocument();
  });

  it('a new assessment has nothing to review', async () => {
    const a = mount();
    await createThroughForm(a, 'Newville');
    expect(a.container.querySelector('[data-testid="catalogue-review"]')).toBeNull();
  });
});

describe('a verification made under the previous catalogue (the review cycle)', () => {
  it('reads "verified under catalogue 2017.1, definition changed" until verified again, which reads the change', async () => {
    const a = mount();
    // The city's file as a release of catalogue 2017.1 would have saved it, SO2 verified then.
    const doc = structuredClone(frozenV3) as unknown as AssessmentDoc;
    delete doc.frozen;
    doc.framework = { ...doc.framework, version: '2017.1' };
    doc.review = { ...doc.review, [SO2]: { state: 'verified', by: 'Vera Verifier (fictional)', at: 1, basis: basisOf(doc, u4ssc.byId.get(SO2)!) } };
    const db = new WorkbenchDb(dbName());
    await db.open();
    await db.assessments.put(doc as never);
    db.close();

    await userEvent.click(a.scope.getByRole('button', { name: /^Open Demoville/ }));
    const grid = await waitForGrid(a);
    await expect.poll(() => cellText(grid, SO2, 'review')).toBe('Submitted (verified under catalogue 2017.1, definition changed)');
    await expect.element(a.scope.getByTestId('catalogue-review').getByTestId('catalogue-review-verified')).toHaveTextContent(/verified before this change/);

    grid.selectCell(SO2, 'value');
    const panel = a.scope.getByTestId('review-panel');
    await expect.element(panel.getByTestId('review-state')).toHaveTextContent(/verified under catalogue 2017\.1, definition changed/);
    await expect.element(panel.getByTestId('review-catalogue')).toHaveTextContent(/changed in catalogue 2017\.4/);
    await userEvent.fill(panel.getByLabelText('Your name'), 'Vera Verifier');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.click(panel.getByTestId('review-verified'));
    await expect.poll(() => cellText(grid, SO2, 'review')).toBe('Verified');
    await expect.poll(async () => (await stored(dbName(), doc.id))?.catalogueReview?.datapoints[SO2]).toBeUndefined();
    expect((await stored(dbName(), doc.id))!.review![SO2]).toMatchObject({ state: 'verified', by: 'Vera Verifier' });
  });
});

describe('ppb at entry (VM22-p95)', () => {
  it('converts 12 ppb of NO2 to 22.8 µg/m³ and records what was typed; a plain value drops the record', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Airville');
    const id = await onlyAssessmentId(dbName());
    await typeInto(grid, NO2, 'value', '12 ppb');
    await expect.poll(() => grid.item(NO2)?.value).toBeCloseTo(22.8, 9);
    await expect.poll(async () => (await stored(dbName(), id))?.values[NO2]?.entered).toEqual({ value: 12, unit: 'ppb', factor: 1.9 });
    grid.selectCell(NO2, 'value');
    await expect.element(a.scope.getByText(/entered as 12 ppb × 1\.9 = 22\.8/)).toBeInTheDocument();

    await typeInto(grid, NO2, 'value', '30');
    await expect.poll(() => grid.item(NO2)?.value).toBe(30);
    await expect.poll(async () => (await stored(dbName(), id))?.values[NO2]?.entered).toBeUndefined();
    // Particulate matter has no conversion: "12 ppb" is kept as text and refused.
    await typeInto(grid, 'EN: EN: AQ: 1C|PM10', 'value', '12 ppb');
    await expect.poll(() => grid.item('EN: EN: AQ: 1C|PM10')?.state).toBe('invalid');
  });
});

describe("a target that is the workbench's judgement", () => {
  it('says so beside the target in "explain this number"', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Judgeville');
    const id = await onlyAssessmentId(dbName());
    await typeInto(grid, 'EC: ICT: T: 1C|', 'numerator', '50');
    await expect.poll(async () => (await stored(dbName(), id))?.values['EC: ICT: T: 1C|']?.numerator).toBe(50);
    grid.selectCell('EC: ICT: T: 1C|', 'numerator');
    await expect.element(a.scope.getByTestId('target-basis')).toHaveTextContent(/the workbench's judgement: no public document sets this number/i);
    grid.selectCell('EN: EN: AQ: 1C|PM10', 'value');
    await expect.element(a.scope.getByTestId('target-basis')).toHaveTextContent(/public source/);
  });
});
