import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cellText, createThroughForm, freshAppPerTest, typeInto } from './helpers';
import { col, type KpiGrid } from '../../src/ui/grid';

const { mount } = freshAppPerTest();
const NET = 'EC: ICT: ICT: 1C|';

afterAll(async () => {
  await page.viewport(1400, 900);
});

/** Whether a rendered cell of a data point lies inside the grid's visible (scrolled) area. */
function insideGrid(grid: KpiGrid, id: string, key: Parameters<typeof col>[0]): boolean {
  const td = grid.handsontableForTests().getCell(grid.handsontableForTests().toVisualRow(grid.rowOf.get(id)!), col(key)) as HTMLElement | null;
  const holder = grid.handsontableForTests().rootElement.querySelector('.ht_master .wtHolder') as HTMLElement;
  if (!td || !holder) return false;
  const c = td.getBoundingClientRect();
  const h = holder.getBoundingClientRect();
  return c.width > 0 && c.left >= h.left - 1 && c.right <= h.left + holder.clientWidth + 1 && c.top >= h.top - 1 && c.bottom <= h.top + holder.clientHeight + 1;
}

const inViewport = (el: Element | null): boolean => {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
};

describe('a layout around the task', () => {
  // At both laptop sizes of the verifier's screen (verifier-screen.test.tsx): an evaluator filling drafts
  // keeps the row's explanation first; the review panel heads the column only once a review is under way.
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const)
    it(`at ${width}×${height} the row being typed shows its inputs with its points and band, and its explanation beside the grid`, async () => {
      await page.viewport(width, height);
      const a = mount();
      const grid = await createThroughForm(a, 'Laptopville');
      await userEvent.fill(a.scope.getByLabelText(/^Households/), '1000');
      await userEvent.keyboard('{Enter}');
      await typeInto(grid, NET, 'numerator', '900');
      await expect.poll(() => cellText(grid, NET, 'band')).toBe('3 · 66–95 %');
      for (const key of ['numerator', 'denominator', 'value', 'computed', 'target', 'achievement', 'band'] as const) {
        expect(insideGrid(grid, NET, key), key).toBe(true);
      }
      // The explanation of the row: selected through the grid, shown beside it, on screen.
      grid.selectCell(NET, 'numerator');
      await expect.poll(() => a.container.querySelector('.explain .explain-kpi')?.textContent ?? '').toContain('EC: ICT: ICT: 1C');
      window.scrollTo(0, 0);
      expect(inViewport(a.container.querySelector('.explain .explain-kpi'))).toBe(true);
      expect(inViewport(a.container.querySelector('.explain .explain-value'))).toBe(true);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);

      // Provenance is one click away, beside the points.
      await userEvent.click(a.scope.getByRole('button', { name: 'Provenance' }));
      for (const key of ['band', 'status', 'quality', 'source', 'year', 'note'] as const) expect(insideGrid(grid, NET, key), key).toBe(true);
      expect(grid.handsontableForTests().getPlugin('hiddenColumns').isHidden(col('numerator'))).toBe(true);
      await userEvent.click(a.scope.getByRole('button', { name: 'Inputs and results' }));
      expect(insideGrid(grid, NET, 'band')).toBe(true);
    });
});
