import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { freshAppPerTest, waitForGrid } from './helpers';

const fresh = freshAppPerTest();

describe('wheel, charts and report inside the workbench', () => {
  it('shows the wheel and report of the open assessment, follows edits, and jumps back to the grid from a segment', async () => {
    const app = fresh.mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);

    await userEvent.click(app.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.poll(() => app.container.querySelector('.results-view canvas') !== null).toBe(true);
    expect(app.container.querySelector('#view-grid')!.hasAttribute('hidden')).toBe(true);
    const canvas = app.container.querySelector('.results-view canvas') as HTMLCanvasElement;
    const wheel = Chart.getChart(canvas)!;
    expect(wheel.data.datasets[0].data).toHaveLength(112);

    // Back to the grid, edit, and the report reflects it.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    grid.handsontableForTests().setDataAtRowProp(grid.rowOf.get('EC: ICT: ICT: 1C|')!, 'numerator', '5600');
    await expect.poll(() => grid.item('EC: ICT: ICT: 1C|')?.value).toBe(5);
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    await expect.poll(() => app.container.querySelectorAll('.results-view tr[data-id]').length).toBe(112);
    expect(app.container.querySelector('.results-view')!.textContent).toContain('EC: ICT: ICT: 1C');

    // Arrow keys move between the tabs.
    (app.container.querySelector('#tab-report') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement?.id).toBe('tab-results');
    await expect.poll(() => app.container.querySelector('.results-view canvas') !== null).toBe(true);

    // Keyboard on the wheel: the first data point, Enter → the grid with its explanation.
    (app.container.querySelector('.r-wheel-canvas') as HTMLElement).focus();
    await userEvent.keyboard('{Home}{Enter}');
    await expect.poll(() => app.container.querySelector('#view-grid')!.hasAttribute('hidden')).toBe(false);
    await expect.poll(() => app.container.querySelector('.explain-kpi')?.textContent ?? '').toContain('Household Internet Access');
  });
});
