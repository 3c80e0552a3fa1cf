/**
 * The verifier's screen (issue #24, item 5): at laptop sizes the review actions of the selected data
 * point (the state steps, and the thread's Ask / Answer / Resolve with its text box) are in view without
 * scrolling, beside the grid; "open in the grid" from the Review tab brings that panel into view too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const HIGHER = 'EC: ICT: ICT: 1C|';
const { mount } = freshAppPerTest();
afterAll(async () => {
  await page.viewport(1280, 800);
});

/** The review actions, each with its box; an action is in view when its whole box lies inside the window and the side column's visible part. */
function outOfView(app: Mounted): string[] {
  const panel = app.container.querySelector('[data-testid="review-panel"]');
  if (!panel) return ['(no review panel)'];
  const side = app.container.querySelector('.wb-side')!.getBoundingClientRect();
  const actions = [...panel.querySelectorAll<HTMLElement>('.review-actions button, [data-testid="thread-text"], [data-testid^="thread-"]')];
  if (actions.length < 4) return [`(only ${actions.length} actions)`];
  return actions
    .filter((el) => {
      const r = el.getBoundingClientRect();
      const inside =
        r.width > 0 &&
        r.top >= Math.max(0, side.top) - 0.5 &&
        r.bottom <= Math.min(innerHeight, side.bottom) + 0.5 &&
        r.left >= 0 &&
        r.right <= innerWidth + 0.5;
      return !inside;
    })
    .map(
      (el) =>
        `${el.dataset.testid ?? el.textContent} at ${Math.round(el.getBoundingClientRect().top)}..${Math.round(el.getBoundingClientRect().bottom)} (window ${innerHeight})`,
    );
}

describe("the verifier's screen", () => {
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    it(`at ${width} × ${height} shows the review actions of a selected data point and of one opened from the Review tab`, { timeout: 90_000 }, async () => {
      await page.viewport(width, height);
      const app = mount();
      await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
      const grid = await waitForGrid(app);
      grid.selectCell(HIGHER, 'value');
      // Once the explanation of the row has arrived (it is what used to push the actions out of view).
      await expect.poll(() => app.container.querySelector('.explain')?.textContent ?? '').toContain('EC: ICT: ICT: 1C');
      await expect.poll(() => outOfView(app)).toEqual([]);

      // The side column scrolled down (reading the city profile): selecting another row brings the actions back.
      app.container.querySelector('.wb-side')!.scrollTop = 100_000;
      grid.selectCell('EC: I: WS: 3C|', 'value');
      await expect.poll(() => app.container.querySelector('.explain')?.textContent ?? '').toContain('EC: I: WS: 3C');
      await expect.poll(() => outOfView(app)).toEqual([]);

      // From the Review tab, "open in the grid": the grid with that data point's review panel in view.
      await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
      await expect.poll(() => [...app.container.querySelectorAll('summary')].some((s) => s.textContent?.startsWith('Not yet verified'))).toBe(true);
      const notYet = [...app.container.querySelectorAll('summary')].find((s) => s.textContent?.startsWith('Not yet verified'))!;
      await userEvent.click(page.elementLocator(notYet));
      const open = app.scope.getByRole('button', { name: 'Open EC: ICT: ICT: 1C in the grid' }).first();
      await userEvent.click(open);
      await expect.poll(() => app.container.querySelector('.explain')?.textContent ?? '').toContain('EC: ICT: ICT: 1C');
      await expect.poll(() => app.container.querySelector('[data-testid="review-panel"] [data-testid="review-state"]')?.textContent ?? '').not.toBe('');
      await expect.poll(() => outOfView(app)).toEqual([]);
    });
  }
});
