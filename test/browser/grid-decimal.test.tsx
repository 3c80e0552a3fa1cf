import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cellElement, cellText, createThroughForm, freshAppPerTest, mountApp, onlyAssessmentId, stored, typeInto, waitForGrid } from './helpers';

const { mount, dbName } = freshAppPerTest();
const METERS = 'EC: ICT: WS: 1C|'; // smart water meters ÷ all water meters × 100

beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('the decimal setting re-reads kept text', () => {
  it('"0.31" typed under comma is kept as text; switching to point makes it 0.31, saved, scored, and the false message is gone, also after a reload', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Commaville');
    const decimal = a.scope.getByRole('combobox', { name: 'Decimal mark' });
    await userEvent.selectOptions(decimal, 'comma');
    await typeInto(grid, METERS, 'numerator', '0.31');
    await typeInto(grid, METERS, 'denominator', '1');
    await expect.poll(() => grid.item(METERS)?.state).toBe('invalid');
    expect(cellElement(grid, METERS, 'numerator')!.title).toContain('"0.31" is not a number');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[METERS]?.numerator).toBe('0.31');

    await userEvent.selectOptions(decimal, 'point');
    await expect.poll(() => grid.item(METERS)?.state).toBe('scored');
    expect(cellText(grid, METERS, 'numerator')).toBe('0.31');
    await expect.poll(() => cellText(grid, METERS, 'computed')).toBe('31');
    const td = cellElement(grid, METERS, 'numerator')!;
    expect(td.classList.contains('cell-error')).toBe(false);
    expect(td.title).not.toContain('is not a number');
    expect(a.container.querySelector('[data-testid="grid-message"]')?.textContent).toContain('1 value kept as text now reads as a number');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[METERS]?.numerator).toBe(0.31);

    // A reload keeps the number and shows no message about it.
    a.dispose();
    const b = mountApp(dbName());
    try {
      await userEvent.click(b.scope.getByRole('button', { name: 'Open Commaville 2024' }));
      const grid2 = await waitForGrid(b);
      await expect.poll(() => grid2.item(METERS)?.state).toBe('scored');
      expect(cellText(grid2, METERS, 'numerator')).toBe('0.31');
      expect(cellElement(grid2, METERS, 'numerator')!.title).not.toContain('is not a number');
    } finally {
      b.dispose();
    }
  });
});

describe('the decimal setting keeps the undo history', () => {
  it('values typed under point are undone and redone after switching to comma, written with a comma', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Undoville');
    await typeInto(grid, METERS, 'numerator', '0.25');
    await typeInto(grid, METERS, 'denominator', '2');
    await expect.poll(() => cellText(grid, METERS, 'computed')).toBe('12.5');
    await userEvent.selectOptions(a.scope.getByRole('combobox', { name: 'Decimal mark' }), 'comma');
    await expect.poll(() => cellText(grid, METERS, 'numerator')).toBe('0,25');
    const undo = a.scope.getByRole('button', { name: 'Undo' });
    const redo = a.scope.getByRole('button', { name: 'Redo' });
    await userEvent.click(undo);
    await expect.poll(() => cellText(grid, METERS, 'denominator')).toBe('');
    expect(cellText(grid, METERS, 'numerator')).toBe('0,25');
    await userEvent.click(undo);
    await expect.poll(() => cellText(grid, METERS, 'numerator')).toBe('');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[METERS]?.numerator ?? null).toBeNull();
    await userEvent.click(redo);
    await userEvent.click(redo);
    await expect.poll(() => [cellText(grid, METERS, 'numerator'), cellText(grid, METERS, 'denominator')]).toEqual(['0,25', '2']);
    // Read under the comma: 0.25, not 25 nor text.
    await expect.poll(() => cellText(grid, METERS, 'computed')).toBe('12,5');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[METERS]?.numerator).toBe(0.25);
  });
});
