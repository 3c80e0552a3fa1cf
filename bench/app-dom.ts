/**
 * Every selector the bench and the crash test rely on to find things in the built app, in one place,
 * so a change of the app's DOM (the grid's layout, column sets) is adjusted here only.
 *
 * Cells of the grid are found by meaning, not position: the row by the text of its code cell (in the
 * frozen code column), the column by its header text, matched through Handsontable's aria-rowindex
 * and the header's position in the same table.
 */
import type { ElementHandle, Page } from 'playwright-core';

export const SEL = {
  /** The grid's host element. */
  grid: '[data-testid="grid"]',
  /** The main (scrolling) table of the grid, which holds every rendered column. */
  gridMaster: '[data-testid="grid"] .ht_master',
  /** The frozen columns at the start of the grid (code and name); the code cell is its first cell. */
  gridFrozenCells: '[data-testid="grid"] .ht_clone_inline_start td',
  /** The overall score in the summary panel. */
  overall: 'tr.agg-overall .agg-percent',
  /** A category's score in the summary panel. */
  category: (code: string) => `tr[data-code="${code}"] .agg-percent`,
  /** The save status line. */
  saveStatus: '[data-testid="save-status"]',
} as const;

/** The data point the bench edits: a ratio (households with Internet access) near the grid's top. */
export const EDIT_ROW_CODE = 'EC: ICT: ICT: 1C';
export const EDIT_CATEGORY = 'EC: ICT: ICT';
/** Header texts of the columns the bench types into and reads. */
export const HEADER = { numerator: 'Numerator', points: 'Points · band', achievement: 'Achievement', value: 'Value' } as const;
/**
 * The row's result cell the outside measure watches: its points, or, when the grid does not render the
 * points column in the viewport (today's layout at 1280 px puts it off to the right), the first of its
 * other results that is rendered. The report names the column used.
 */
export const RESULT_HEADERS = [HEADER.points, HEADER.achievement, HEADER.value] as const;

/** The first rendered cell of the edited row among `headers`, with the header it was found under. */
export async function firstRenderedCell(
  page: Page,
  headers: readonly string[],
  code = EDIT_ROW_CODE,
): Promise<{ header: string; el: ElementHandle<HTMLTableCellElement> }> {
  for (const header of headers) {
    const handle = await page.evaluateHandle(findCellInPage, cellQuery(header, code));
    const el = handle.asElement() as ElementHandle<HTMLTableCellElement> | null;
    if (el) return { header, el };
    await handle.dispose();
  }
  throw new Error(`no rendered grid cell for row "${code}" in columns ${headers.join(', ')} (see bench/app-dom.ts)`);
}

/** Create-assessment form of the library and the demo city button. */
export async function createAssessment(page: Page, appUrl: string, city: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByLabel('City', { exact: true }).fill(city);
  await page.getByLabel('Country', { exact: true }).fill('Testland');
  await page.getByLabel('Year', { exact: true }).fill('2025');
  await page.getByRole('button', { name: 'Create' }).click();
  await waitForGrid(page);
  return page.url();
}

export const DEMO_BUTTON = 'Demo city (fictional)';

/** Waits until the grid shows the edited row. */
export async function waitForGrid(page: Page, timeout = 15_000): Promise<void> {
  await page
    .locator(SEL.gridFrozenCells, { hasText: new RegExp(`^${EDIT_ROW_CODE}$`) })
    .first()
    .waitFor({ timeout });
}

export interface CellQuery {
  grid: string;
  code: string;
  header: string;
}

/**
 * Runs in the page: the rendered cell of row `code`, column `header` (null if not rendered). Written
 * without inner named functions so it survives serialisation from tsx and from Vitest alike.
 */
export const findCellInPage = (q: CellQuery): HTMLTableCellElement | null => {
  const root = document.querySelector(q.grid);
  if (!root) return null;
  const codeTd = [...root.querySelectorAll('.ht_clone_inline_start tbody td')].find((td) => (td.textContent ?? '').trim() === q.code);
  const row = codeTd?.parentElement?.getAttribute('aria-rowindex');
  const master = root.querySelector('.ht_master');
  if (!row || !master) return null;
  const headers = [...master.querySelectorAll('thead tr:last-child th')];
  const index = headers.findIndex((th) => (th.textContent ?? '').trim() === q.header);
  const tr = master.querySelector(`tbody tr[aria-rowindex="${row}"]`);
  return index < 0 || !tr ? null : ((tr.children[index] as HTMLTableCellElement | undefined) ?? null);
};

export const cellQuery = (header: string, code = EDIT_ROW_CODE): CellQuery => ({ grid: SEL.grid, code, header });

/** The cell as an element handle, or an error naming what was not found. */
export async function cell(page: Page, header: string, code = EDIT_ROW_CODE): Promise<ElementHandle<HTMLTableCellElement>> {
  const handle = await page.evaluateHandle(findCellInPage, cellQuery(header, code));
  const el = handle.asElement() as ElementHandle<HTMLTableCellElement> | null;
  if (!el) throw new Error(`no rendered grid cell for row "${code}", column "${header}" (see bench/app-dom.ts)`);
  return el;
}

/** The text of a cell as rendered (null if the cell is not rendered). */
export async function cellText(page: Page, header: string, code = EDIT_ROW_CODE): Promise<string | null> {
  const handle = await page.evaluateHandle(findCellInPage, cellQuery(header, code));
  const td = handle.asElement();
  const text = td ? ((await td.textContent()) ?? '').trim() : null;
  await handle.dispose();
  return text;
}

/** Types `text` into a cell with the keyboard (select, type, Enter), as a user does. */
export async function typeIntoCell(page: Page, header: string, text: string, code = EDIT_ROW_CODE): Promise<void> {
  await (await cell(page, header, code)).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/**
 * Waits until the library lists `n` assessments (with none stored before): the table counts its rows
 * in aria-rowcount since the list renders only the rows in view (issue #32); an earlier build, which
 * rendered every row, is recognised by the name of the last imported city in the table.
 */
export async function waitForLibraryOf(page: Page, n: number, lastCity: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    ([rows, city]) => {
      const table = document.querySelector('table.library-table');
      return table !== null && (table.getAttribute('aria-rowcount') === String(Number(rows) + 1) || (table.textContent ?? '').includes(String(city)));
    },
    [n, lastCity] as const,
    { timeout },
  );
}
