/**
 * The verifier's screen (issue #24, item 5): at laptop sizes, while a review cycle is under way, the
 * review actions of the selected data point (the state steps, and the thread's Ask / Answer / Resolve
 * with its text box) are in view without scrolling, beside the grid; "open in the grid" from the Review
 * tab brings that panel into view too. An evaluator filling drafts keeps the row's explanation first
 * (grid-layout.test.tsx checks that one's first screen).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const HIGHER = 'EC: ICT: ICT: 1C|';
const WATER = 'EC: I: WS: 3C|';
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

const top = (app: Mounted, selector: string) => app.container.querySelector(selector)!.getBoundingClientRect().top;
const explained = (app: Mounted) => app.container.querySelector('.explain')?.textContent ?? '';

async function openDemo(): Promise<{ app: Mounted; grid: Awaited<ReturnType<typeof waitForGrid>> }> {
  const app = mount();
  await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
  return { app, grid: await waitForGrid(app) };
}

describe("the verifier's screen", () => {
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    it(
      `at ${width} × ${height}, with every data point a draft, the explanation comes first; "open in the grid" from the Review tab shows the review actions`,
      { timeout: 90_000 },
      async () => {
        await page.viewport(width, height);
        const { app, grid } = await openDemo();
        grid.selectCell(HIGHER, 'value');
        await expect.poll(() => explained(app)).toContain('EC: ICT: ICT: 1C');
        // The evaluator filling the drafts: the row's explanation heads the column, its review below.
        expect(app.container.querySelector('.wb-side')!.classList.contains('review-first')).toBe(false);
        expect(top(app, '.explain')).toBeLessThan(top(app, '[data-testid="review-panel"]'));

        // From the Review tab, "open in the grid": the grid with that data point's review panel in view.
        await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
        await expect.poll(() => [...app.container.querySelectorAll('summary')].some((s) => s.textContent?.startsWith('Not yet verified'))).toBe(true);
        const notYet = [...app.container.querySelectorAll('summary')].find((s) => s.textContent?.startsWith('Not yet verified'))!;
        await userEvent.click(page.elementLocator(notYet));
        await userEvent.click(app.scope.getByRole('button', { name: 'Open EC: I: WS: 3C in the grid' }).first());
        await expect.poll(() => explained(app)).toContain('EC: I: WS: 3C');
        await expect.poll(() => app.container.querySelector('[data-testid="review-panel"] [data-testid="review-state"]')?.textContent ?? '').not.toBe('');
        await expect.poll(() => outOfView(app)).toEqual([]);
        expect(top(app, '[data-testid="review-panel"]')).toBeLessThan(top(app, '.explain'));
      },
    );

    it(`at ${width} × ${height}, once the drafts are submitted, a selected data point's review actions are in view`, { timeout: 90_000 }, async () => {
      await page.viewport(width, height);
      const { app, grid } = await openDemo();
      // The city submits its drafts: the review cycle is under way.
      await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
      const reviewTab = page.elementLocator(app.container.querySelector('#view-review')!);
      await userEvent.fill(reviewTab.getByLabelText('Your name'), 'Carla City');
      await userEvent.click(reviewTab.getByRole('button', { name: 'Save name' }));
      await userEvent.click(app.scope.getByTestId('submit-all'));
      await expect.poll(() => Number(app.container.querySelector('[data-testid=review-counts] tr[data-state=submitted] td')?.textContent)).toBeGreaterThan(0);
      await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
      await expect.poll(() => app.container.querySelector('.wb-side')?.classList.contains('review-first')).toBe(true);

      grid.selectCell(HIGHER, 'value');
      // Once the explanation of the row has arrived (it is what used to push the actions out of view).
      await expect.poll(() => explained(app)).toContain('EC: ICT: ICT: 1C');
      await expect.poll(() => outOfView(app)).toEqual([]);

      // The side column scrolled down (reading the city profile): selecting another row brings the actions back.
      app.container.querySelector('.wb-side')!.scrollTop = 100_000;
      grid.selectCell(WATER, 'value');
      await expect.poll(() => explained(app)).toContain('EC: I: WS: 3C');
      await expect.poll(() => outOfView(app)).toEqual([]);
    });
  }
});
