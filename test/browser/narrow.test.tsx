import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const { mount } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(390, 844);
});
afterAll(async () => {
  await page.viewport(1280, 800);
});

/** Elements wider than the viewport, for a readable failure. */
function overflowing(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    // Hidden, or inside a box that scrolls on its own (a wide table): not the page's width.
    if (el.closest('.visually-hidden, .r-visually-hidden, [hidden], .r-table-scroll, .summary-scroll, .ix-scroll')) continue;
    const r = el.getBoundingClientRect();
    if (r.right > innerWidth + 1 && r.width > 0) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
  }
  return out.slice(0, 12);
}

async function fits(app: Mounted): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const doc = document.documentElement;
  expect(doc.scrollWidth, overflowing(app.container).join('\n')).toBeLessThanOrEqual(innerWidth);
}

describe('at 390 × 844 nothing outside the grid scrolls sideways', () => {
  it('fits the library, the wheel and charts, the report and the share view', async () => {
    const app = mount();
    await expect.element(app.scope.getByRole('button', { name: 'Demo city (fictional)' })).toBeInTheDocument();
    await fits(app);
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await expect.element(app.scope.getByRole('button', { name: 'Open Demoville (fictional) 2025' })).toBeInTheDocument();
    // The library with a row in it (the table made the page 521 px wide).
    await fits(app);

    await userEvent.click(app.scope.getByRole('button', { name: 'Open Demoville (fictional) 2025' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.poll(() => app.container.querySelector('[data-testid="chart-bars"] canvas') !== null).toBe(true);
    await fits(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    await expect.poll(() => app.container.querySelector('[data-testid="report-kpis"]') !== null).toBe(true);
    await fits(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Share, export, compare' }));
    await expect.poll(() => app.container.querySelector('.share-view') !== null).toBe(true);
    await fits(app);
  });

  it('fits the comparison with another year in the charts and in compare and merge', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Duplicate as next year: Demoville (fictional) 2025' }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Open Demoville (fictional) 2025' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.poll(() => app.container.querySelectorAll('#view-results select option').length).toBeGreaterThan(1);
    const select = app.container.querySelector<HTMLSelectElement>('#view-results label.tool select')!;
    await userEvent.selectOptions(select, 'Demoville (fictional) 2026');
    await expect.poll(() => app.container.querySelectorAll('[data-testid="chart-radar"] thead th').length).toBe(4);
    await fits(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Share, export, compare' }));
    await expect.poll(() => app.container.querySelectorAll('#view-share select option').length).toBeGreaterThan(1);
    const other = [...app.container.querySelectorAll<HTMLSelectElement>('#view-share select')].find((s) =>
      [...s.options].some((o) => o.text === 'Demoville (fictional) 2026'),
    )!;
    await userEvent.selectOptions(other, 'Demoville (fictional) 2026');
    // The comparison is drawn (its scores, and its differences or the word that there are none) before the page is measured.
    await expect
      .poll(
        () =>
          app.container.querySelector('#view-share .ix-compare .ix-scores tbody tr') !== null &&
          app.container.querySelector('#view-share .ix-compare :is(.ix-diff, .notice)') !== null,
      )
      .toBe(true);
    await fits(app);
  });
});
