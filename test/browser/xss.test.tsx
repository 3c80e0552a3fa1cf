import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cellElement, createThroughForm, freshAppPerTest } from './helpers';

const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const ID = 'EC: ICT: ICT: 1C|';

const fresh = freshAppPerTest();

// The grid itself shows from 700 px up; below, one data point at a time (grid-narrow.test.tsx).
beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('user text is always displayed as text', () => {
  it('in the city name, country, grid source and note cells, the library and every view', async () => {
    const app = fresh.mount();
    await userEvent.fill(app.scope.getByLabelText('Country', { exact: true }), PAYLOAD);
    const grid = await createThroughForm(app, PAYLOAD);
    const row = grid.rowOf.get(ID)!;
    grid.handsontableForTests().setDataAtRowProp([
      [row, 'source', PAYLOAD],
      [row, 'note', PAYLOAD],
      [row, 'value', PAYLOAD],
    ]);
    await expect.poll(() => grid.item(ID)?.state).toBe('invalid');

    // The grid's cells, the title and the explanation show the payload as text.
    expect(cellElement(grid, ID, 'source')?.textContent).toContain('<img src=x');
    expect(app.container.querySelector('#wb-title')?.textContent).toContain('<img src=x');
    for (const view of ['Wheel and charts', 'City report', 'Share, export, compare']) {
      await userEvent.click(app.scope.getByRole('tab', { name: view }));
      await expect
        .poll(() => app.container.querySelector('[role="tabpanel"]:not([hidden]) section, [role="tabpanel"]:not([hidden]) figure') !== null)
        .toBe(true);
    }
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    await expect.poll(() => app.container.querySelector('.results-view')?.textContent ?? '').toContain('<img src=x');

    // Back in the library, the list shows the name as text.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await expect.poll(() => app.container.textContent ?? '').toContain('<script>window.__xss=2</script>');

    // Nothing was parsed as markup anywhere, and nothing ran.
    expect(app.container.querySelectorAll('img[src="x"], script').length).toBe(0);
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });
});
