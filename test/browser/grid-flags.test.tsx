import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cellElement, createThroughForm, freshAppPerTest, typeInto, type Mounted } from './helpers';
import type { KpiGrid } from '../../src/ui/grid';

const NET = 'EC: ICT: ICT: 1C|'; // households with Internet ÷ households (profile)
const BROADBAND = 'EC: ICT: ICT: 2C|'; // fixed broadband subscriptions ÷ households (profile)
const METERS = 'EC: ICT: WS: 1C|'; // smart water meters ÷ all water meters
const NETWORK = 'EC: ICT: WS: 2A|';

const { mount } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const marks = (grid: KpiGrid, id: string, key: Parameters<typeof cellElement>[2]) => {
  const td = cellElement(grid, id, key)!;
  return ['cell-error', 'cell-warning', 'cell-reminder'].filter((c) => td.classList.contains(c));
};
const hidden = (grid: KpiGrid, id: string) => grid.handsontableForTests().getPlugin('hiddenRows').isHidden(grid.rowOf.get(id)!);

async function setHouseholds(a: Mounted, text: string): Promise<void> {
  await userEvent.fill(a.scope.getByLabelText(/^Households/), text);
  await userEvent.keyboard('{Enter}');
}

describe('errors, warnings and reminders', () => {
  it('are separate marks with separate filters, and rows not reported or not applicable ask for nothing', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Flagville');
    await setHouseholds(a, '1000');
    await typeInto(grid, NET, 'numerator', '500');
    await typeInto(grid, BROADBAND, 'numerator', '1200'); // more subscriptions than households: scored, but implausible
    await typeInto(grid, NETWORK, 'numerator', 'abc'); // refused
    await typeInto(grid, NETWORK, 'denominator', '100');
    await typeInto(grid, METERS, 'denominator', '100'); // numerator still to enter

    await expect.poll(() => grid.item(NETWORK)?.state).toBe('invalid');
    await expect.poll(() => grid.item(METERS)?.flags.length).toBe(1);
    expect(grid.item(BROADBAND)?.state).toBe('scored');

    expect(marks(grid, NETWORK, 'numerator')).toEqual(['cell-error']);
    expect(marks(grid, BROADBAND, 'computed')).toEqual(['cell-warning']);
    // A merely empty numerator is a reminder, not a problem.
    expect(marks(grid, METERS, 'numerator')).toEqual(['cell-reminder']);
    expect(cellElement(grid, METERS, 'numerator')!.getAttribute('aria-description')).toMatch(/^To enter: Enter the numerator/);

    const errors = a.scope.getByTestId('filter-error');
    const warnings = a.scope.getByTestId('filter-warning');
    const reminders = a.scope.getByTestId('filter-reminder');
    await expect.poll(() => (errors.element() as HTMLInputElement).parentElement?.textContent).toContain('Errors (1)');

    await userEvent.click(errors);
    await expect.poll(() => hidden(grid, NETWORK)).toBe(false);
    expect(hidden(grid, METERS)).toBe(true);
    expect(hidden(grid, BROADBAND)).toBe(true);
    await userEvent.click(errors);
    await userEvent.click(warnings);
    await expect.poll(() => hidden(grid, BROADBAND)).toBe(false);
    expect(hidden(grid, NETWORK)).toBe(true);
    expect(hidden(grid, METERS)).toBe(true);
    await userEvent.click(warnings);
    await userEvent.click(reminders);
    await expect.poll(() => hidden(grid, METERS)).toBe(false);
    expect(hidden(grid, NETWORK)).toBe(true);
    expect(hidden(grid, BROADBAND)).toBe(true);
    await userEvent.click(reminders);
    await expect.poll(() => hidden(grid, NETWORK)).toBe(false);

    // Not applicable: the row no longer asks for its numerator, and leaves the reminders.
    await typeInto(grid, METERS, 'status', 'not applicable');
    await expect.poll(() => grid.item(METERS)?.state).toBe('not-applicable');
    expect(grid.item(METERS)?.flags).toEqual([]);
    expect(marks(grid, METERS, 'numerator')).toEqual([]);
    await userEvent.click(reminders);
    await expect.poll(() => hidden(grid, METERS)).toBe(true);
  });
});

describe('a list of choices typed into', () => {
  // Handsontable refreshes the highlighted choice on a timer after each key. Enter before that timer
  // took the choice highlighted for an earlier text: "not applicable" typed fast was stored as "not
  // reported" (a CI run under load caught it in the test above).
  it('takes the choice matching the whole text, even when Enter comes before the list has caught up', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Choiceville');
    grid.selectCell(METERS, 'status');
    await userEvent.keyboard('not');
    const editor = grid.handsontableForTests().getActiveEditor() as unknown as {
      TEXTAREA: HTMLTextAreaElement;
      query: string | null;
      htEditor?: { getValue(): unknown };
    };
    await expect.poll(() => [editor.query, editor.htEditor?.getValue()]).toEqual(['not', 'not reported']);
    // The rest of the text arrives with no key event, so no refresh is scheduled: the list still
    // highlights "not reported", the first choice matching "not".
    editor.TEXTAREA.value = 'not applicable';
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => grid.item(METERS)?.state).toBe('not-applicable');
  });
});
