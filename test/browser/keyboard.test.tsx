import { afterAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { freshAppPerTest, stored, onlyAssessmentId, waitForGrid } from './helpers';

const { mount, dbName } = freshAppPerTest();

afterAll(async () => {
  await page.viewport(1280, 800);
});

/** Presses Tab (or Shift+Tab) until `found` holds for the focused element; fails after `max` presses. */
async function tabTo(found: (el: Element) => boolean, what: string, back = false, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    const el = document.activeElement;
    if (el && found(el)) return;
    await userEvent.keyboard(back ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
  throw new Error(`${what} was not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

const labelled = (text: RegExp) => (el: Element) => el instanceof HTMLInputElement && [...(el.labels ?? [])].some((l) => text.test(l.textContent ?? ''));

describe('keyboard only', () => {
  it('creates an assessment, fills a profile figure, enters a value, reads its explanation and prints the report', async () => {
    await page.viewport(1400, 900);
    const app = mount();
    await expect.element(app.scope.getByLabelText('City', { exact: true })).toBeInTheDocument();
    (document.activeElement as HTMLElement | null)?.blur();

    // 1. Create: the library's form, field by field.
    await tabTo(labelled(/^City$/), 'the City field');
    await userEvent.keyboard('Keyboardville');
    await tabTo(labelled(/^Country$/), 'the Country field');
    await userEvent.keyboard('Testland');
    await tabTo(labelled(/^Year$/), 'the Year field');
    await userEvent.keyboard('{Control>}a{/Control}2024{Enter}');
    const grid = await waitForGrid(app);

    // 2. A profile figure.
    await tabTo(labelled(/^Households/), 'the Households field');
    await userEvent.keyboard('{Control>}a{/Control}1000{Enter}');

    // 3. A value: into the grid, then arrow keys to the numerator of EC: ICT: ICT: 1C.
    await tabTo((el) => el.closest('.grid-host') !== null, 'the grid', true);
    const target = grid.rowOf.get('EC: ICT: ICT: 1C|')!;
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    for (let i = 0; i < 40 && grid.handsontableForTests().toPhysicalRow(grid.handsontableForTests().getSelectedLast()?.[0] ?? -1) !== target; i++) {
      const at = grid.handsontableForTests().toPhysicalRow(grid.handsontableForTests().getSelectedLast()?.[0] ?? 0);
      await userEvent.keyboard(at < target ? '{ArrowDown}' : '{ArrowUp}');
    }
    const numerator = grid.handsontableForTests().propToCol('numerator') as number;
    for (let i = 0; i < 20 && grid.handsontableForTests().getSelectedLast()?.[1] !== numerator; i++) {
      await userEvent.keyboard((grid.handsontableForTests().getSelectedLast()?.[1] ?? 0) < numerator ? '{ArrowRight}' : '{ArrowLeft}');
    }
    expect(grid.handsontableForTests().getSelectedLast()?.slice(0, 2)).toEqual([grid.handsontableForTests().toVisualRow(target), numerator]);
    await userEvent.keyboard('900{Enter}');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values['EC: ICT: ICT: 1C|']?.numerator).toBe(900);

    // 4. Its explanation follows the selected row.
    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(() => app.container.querySelector('.explain')?.textContent ?? '').toContain('Household Internet Access');
    expect(app.container.querySelector('.explain')!.textContent).toContain('90');

    // 5. Out of the grid back to the view tabs, to the report, and print it.
    await tabTo((el) => el.id === 'tab-grid', 'the Grid tab', true);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.id).toBe('tab-report');
    await expect.poll(() => app.container.querySelector('#view-report [data-testid="report-kpis"]') !== null).toBe(true);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    try {
      await tabTo((el) => el.textContent === 'Print / save as PDF', 'the print button');
      await userEvent.keyboard('{Enter}');
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      print.mockRestore();
    }
    // Focus was visible all along: the focused element draws an outline.
    expect(getComputedStyle(document.activeElement!).outlineStyle).not.toBe('none');
  });
});
