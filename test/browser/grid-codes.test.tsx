import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { freshAppPerTest, waitForGrid } from './helpers';

/** The code column at 1280 × 800 (issue #25): every code shows whole ("EC: ICT: ICT: 1(" was cut). */
const { mount } = freshAppPerTest();

describe('the code column', () => {
  it('is wide enough for the widest code, in the font and padding of its cells', async () => {
    await page.viewport(1280, 800);
    const a = mount();
    await userEvent.click(a.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(a);
    // The code column is frozen: its cells shown are those of the frozen copy, found by their text.
    await expect.poll(() => [...grid.handsontableForTests().rootElement.querySelectorAll('td')].some((td) => td.textContent === 'EC: ICT: ICT: 1C')).toBe(true);
    const td = [...grid.handsontableForTests().rootElement.querySelectorAll<HTMLElement>('td')].filter(
      (c) => c.textContent === 'EC: ICT: ICT: 1C' && c.clientWidth > 0,
    )[0];
    const style = getComputedStyle(td);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const widest = Math.max(...u4ssc.datapoints.map((r) => ctx.measureText(r.kpi.code).width));
    expect(widest + padding).toBeLessThanOrEqual(td.clientWidth);
  });
});
