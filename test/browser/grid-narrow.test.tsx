import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cellText, createThroughForm, freshAppPerTest, onlyAssessmentId, stored } from './helpers';

const { mount, dbName } = freshAppPerTest();
const NET = 'EC: ICT: ICT: 1C|'; // households with Internet ÷ households (profile) × 100
const BROADBAND = 'EC: ICT: ICT: 2C|';

afterAll(async () => {
  await page.viewport(1400, 900);
});

const fitsWidth = () => document.documentElement.scrollWidth <= window.innerWidth;

describe('narrow screens', () => {
  it("at 390×844 one data point at a time: fits the width, takes a value through the grid's own edit path, shows its points", async () => {
    await page.viewport(390, 844);
    const a = mount();
    const grid = await createThroughForm(a, 'Phoneville');
    const card = a.scope.getByTestId('narrow-entry');
    await expect.element(card).toBeVisible();
    // The grid itself gives way to the card.
    expect((a.container.querySelector('[data-testid="grid"]') as HTMLElement).offsetWidth).toBe(0);
    expect(fitsWidth(), `scrollWidth ${document.documentElement.scrollWidth}`).toBe(true);

    await userEvent.fill(a.scope.getByLabelText(/^Households/), '1000');
    await userEvent.keyboard('{Enter}');
    await expect.element(card.getByRole('heading')).toHaveTextContent('EC: ICT: ICT: 1C');
    await userEvent.fill(card.getByLabelText('Numerator'), '900');
    await userEvent.keyboard('{Enter}');
    await expect.element(a.scope.getByTestId('narrow-points')).toHaveTextContent('3 · 66–95 %');
    const points = (a.container.querySelector('[data-testid="narrow-points"]') as HTMLElement).getBoundingClientRect();
    expect(points.right).toBeLessThanOrEqual(window.innerWidth);
    expect(points.width).toBeGreaterThan(0);
    // The same cell as the grid's, saved like any edit.
    expect(cellText(grid, NET, 'numerator')).toBe('900');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[NET]?.numerator).toBe(900);

    // The same validation: refused text is kept and says why.
    await userEvent.click(card.getByRole('button', { name: /Next/ }));
    await expect.element(card.getByRole('heading')).toHaveTextContent('EC: ICT: ICT: 2C');
    await userEvent.fill(card.getByLabelText('Numerator'), 'lots');
    await userEvent.keyboard('{Enter}');
    await expect.element(card.getByText('"lots" is not a number', { exact: false })).toBeVisible();
    expect(grid.item(BROADBAND)?.state).toBe('invalid');
    expect(card.getByLabelText('Numerator').element().getAttribute('aria-invalid')).toBe('true');

    // The same undo: the toolbar's Undo takes the refused text back out.
    await userEvent.click(a.scope.getByRole('button', { name: 'Undo' }));
    await expect.poll(() => cellText(grid, BROADBAND, 'numerator')).toBe('');
    await expect.poll(() => (card.getByLabelText('Numerator').element() as HTMLInputElement).value).toBe('');

    // Provenance is one tap away, written the same way.
    await userEvent.click(card.getByText('Provenance'));
    await userEvent.fill(card.getByLabelText('Source'), 'Statistics office');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => cellText(grid, BROADBAND, 'source')).toBe('Statistics office');

    // The explanation follows the data point shown.
    await expect.poll(() => a.container.querySelector('.explain .explain-kpi')?.textContent ?? '').toContain('EC: ICT: ICT: 2C');
    expect(fitsWidth(), `scrollWidth ${document.documentElement.scrollWidth}`).toBe(true);
  });
});
