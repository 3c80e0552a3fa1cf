import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { shellWords } from '../../src/ui/strings';
import { resultWords } from '../../src/ui/strings/results';
import { useLanguage } from '../../src/ui/strings/language';
import { freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const { mount } = freshAppPerTest();

/** Serious and critical axe violations inside `el`, as readable lines. */
async function problems(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

async function view(app: Mounted, tab: string, id: string, ready: string): Promise<Element> {
  await userEvent.click(app.scope.getByRole('tab', { name: tab }));
  await expect.poll(() => app.container.querySelector(`#${id} ${ready}`) !== null).toBe(true);
  return app.container.querySelector(`#${id}`)!;
}

describe('in Arabic, right to left', () => {
  beforeAll(async () => {
    await useLanguage('ar');
  });
  afterAll(async () => {
    await useLanguage('en');
    await page.viewport(1280, 800);
  });

  it('mirrors the page and the grid, and every main view has no serious or critical axe violation', async () => {
    await page.viewport(1400, 900);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: shellWords.demoCity }));
    const grid = await waitForGrid(app);
    expect(grid.handsontableForTests().isRtl()).toBe(true);
    // Arabic words on screen, KPI names included; numbers keep Western digits with a decimal point.
    expect(app.container.querySelector('#view-grid')!.textContent).toContain('نفاذ الأسر إلى الإنترنت');
    expect(app.container.querySelector('[data-testid="summary-headline"]')!.textContent).toMatch(/الإجمالي.*\d+\.\d %/);
    expect(await problems(app.container.querySelector('#view-grid')!)).toEqual([]);
    expect(await problems(app.container.querySelector('[data-testid="first-steps"]')!)).toEqual([]);
    expect(await problems(await view(app, shellWords.viewLabel('results'), 'view-results', '[data-testid="chart-bars"] canvas'))).toEqual([]);
    expect(await problems(await view(app, shellWords.viewLabel('report'), 'view-report', '[data-testid="report-kpis"]'))).toEqual([]);
    expect(app.container.querySelector('#view-report')!.textContent).toContain(resultWords.reportTitle);
    expect(await problems(await view(app, shellWords.viewLabel('share'), 'view-share', '.share-view'))).toEqual([]);
    await userEvent.click(app.scope.getByRole('button', { name: shellWords.backToLibrary }));
    await expect.element(app.scope.getByRole('button', { name: `${shellWords.open} Demoville (fictional) 2025` })).toBeInTheDocument();
    expect(await problems(app.container.querySelector('.library')!)).toEqual([]);
  });

  it('moves between view tabs with the arrow keys mirrored (left is next)', async () => {
    await page.viewport(1400, 900);
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: shellWords.demoCity }));
    await waitForGrid(app);
    app.container.querySelector<HTMLElement>('#tab-grid')!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement?.id).toBe('tab-review');
  });
});
