import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const { mount } = freshAppPerTest();

afterAll(async () => {
  await page.viewport(1280, 800);
});

/** Serious and critical axe violations inside `el`, as readable lines. */
async function problems(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

async function view(app: Mounted, tab: string, id: string, ready: string): Promise<Element> {
  await userEvent.click(app.scope.getByRole('tab', { name: tab }));
  await expect.poll(() => app.container.querySelector(`#${id} ${ready}`) !== null, { timeout: 10_000 }).toBe(true);
  return app.container.querySelector(`#${id}`)!;
}

describe.each([
  [1280, 800],
  [390, 844],
])('accessibility at %i × %i (axe-core: no serious or critical violations)', (width, height) => {
  it('in the library, the wheel and charts, the report and the share view', { timeout: 60_000 }, async () => {
    await page.viewport(width, height);
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await expect.element(app.scope.getByRole('button', { name: 'Open Demoville (fictional) 2025' })).toBeInTheDocument();
    expect(await problems(app.container.querySelector('.library')!)).toEqual([]);

    await userEvent.click(app.scope.getByRole('button', { name: 'Open Demoville (fictional) 2025' }));
    await waitForGrid(app);
    // The checklist and the legend above the grid are part of this screen too.
    expect(await problems(app.container.querySelector('[data-testid="first-steps"]')!)).toEqual([]);
    expect(await problems(app.container.querySelector('[data-testid="grid-legend"]')!)).toEqual([]);
    expect(await problems(await view(app, 'Wheel and charts', 'view-results', '[data-testid="chart-bars"] canvas'))).toEqual([]);
    expect(await problems(await view(app, 'City report', 'view-report', '[data-testid="report-kpis"]'))).toEqual([]);
    expect(await problems(await view(app, 'Share, export, compare', 'view-share', '.share-view'))).toEqual([]);
  });
});

describe.each([
  [1280, 800],
  [390, 844],
])('accessibility of workshop mode at %i × %i (axe-core: no serious or critical violations)', (width, height) => {
  it('in the Workshop tab with an exercise open and checked, and in the presenter view', { timeout: 90_000 }, async () => {
    await page.viewport(width, height);
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    const workshop = await view(app, 'Workshop', 'view-workshop', '[data-testid="methods"] table');
    // An exercise made, answered and checked: its form, feedback and the room's (empty) answers are on screen.
    await userEvent.click(app.scope.getByRole('button', { name: 'Make the exercise' }));
    await expect.element(app.scope.getByTestId('exercise-current')).toBeInTheDocument();
    await userEvent.click(app.scope.getByRole('button', { name: 'Check my answer' }));
    await expect.element(app.scope.getByTestId('exercise-feedback')).toHaveTextContent('Wrong');
    expect(await problems(workshop)).toEqual([]);

    await userEvent.click(app.scope.getByTestId('open-presenter'));
    await expect.poll(() => app.container.querySelector('[data-testid="presenter-wheel"] canvas') !== null, { timeout: 10_000 }).toBe(true);
    expect(await problems(app.container.querySelector('[data-testid="presenter"]')!)).toEqual([]);
    await userEvent.keyboard('{Escape}');
  });
});

describe('accessibility of compare and merge at 390 × 844', () => {
  it('has no serious or critical violations with another year chosen', { timeout: 60_000 }, async () => {
    await page.viewport(390, 844);
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Duplicate as next year: Demoville (fictional) 2025' }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Open Demoville (fictional) 2025' }));
    await waitForGrid(app);
    const share = await view(app, 'Share, export, compare', 'view-share', '.share-view');
    await expect.poll(() => share.querySelectorAll('select option').length, { timeout: 10_000 }).toBeGreaterThan(1);
    const other = [...share.querySelectorAll<HTMLSelectElement>('select')].find((s) => [...s.options].some((o) => o.text === 'Demoville (fictional) 2026'))!;
    await userEvent.selectOptions(other, 'Demoville (fictional) 2026');
    await expect.poll(() => share.querySelector('.ix-compare') !== null).toBe(true);
    expect(await problems(share)).toEqual([]);
  });
});

describe('the accessibility check itself', () => {
  it('reports a serious violation when there is one (so the tests above can fail)', async () => {
    const el = document.createElement('div');
    el.innerHTML = '<button type="button"></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    document.body.appendChild(el);
    try {
      const found = await problems(el);
      expect(found.some((p) => p.includes('button-name'))).toBe(true);
      expect(found.some((p) => p.includes('image-alt'))).toBe(true);
    } finally {
      el.remove();
    }
  });
});
