import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { cellText, createThroughForm, freshAppPerTest, onlyAssessmentId, stored } from './helpers';

/** The grid's find box (issue #25): a row filter like the others, so a paste lands only in the rows it shows. */
const { mount, dbName } = freshAppPerTest();
beforeAll(async () => {
  await page.viewport(1280, 800);
});

const EM1 = 'EC: P: EM: 1C|';
const EM2 = 'EC: P: EM: 2C|';
const NET = 'EC: ICT: ICT: 1C|';

describe('the find box of the grid', () => {
  it('shows only the matching rows, says how many, pastes only into them and clears with Escape', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Findville');
    const box = a.scope.getByLabelText('Find', { exact: true });
    const hidden = (id: string) => grid.handsontableForTests().getPlugin('hiddenRows').isHidden(grid.rowOf.get(id)!);
    await userEvent.fill(box, 'unemployment');
    await expect.poll(() => hidden(NET)).toBe(true);
    expect([EM1, EM2].map(hidden)).toEqual([false, false]);
    const count = a.container.querySelector('[data-testid="grid-find-count"]')!;
    await expect.poll(() => count.textContent).toMatch(/^\d+ of 112 data points match$/);
    // Three lines pasted into the rows of "water" land on the first three rows shown; the hidden rows between get nothing.
    await userEvent.fill(box, 'water');
    await expect.poll(() => hidden(EM1)).toBe(true);
    const all = u4ssc.datapoints.filter((r) => !hidden(r.id));
    // Three rows shown with hidden rows between them.
    const k = all.findIndex((r, i) => i + 2 < all.length && all[i + 2].index - r.index > 2);
    expect(k).toBeGreaterThanOrEqual(0);
    const [first, second, third] = all.slice(k, k + 3).map((r) => r.id);
    grid.selectCell(first, 'source');
    grid.handsontableForTests().getPlugin('copyPaste').paste('a\nb\nc');
    await expect.poll(() => cellText(grid, third, 'source')).toBe('c');
    expect([first, second].map((id) => cellText(grid, id, 'source'))).toEqual(['a', 'b']);
    expect(u4ssc.datapoints.filter((r) => hidden(r.id) && cellText(grid, r.id, 'source') !== '')).toEqual([]);
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[second]?.source).toBe('b');
    // By code, without spaces.
    await userEvent.fill(box, 'ict:ict:1c');
    await expect.poll(() => [NET, EM1].map(hidden)).toEqual([false, true]);
    await expect.poll(() => count.textContent).toBe('1 of 112 data points match');
    // Escape in the box: every row again.
    await userEvent.click(box);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => [NET, EM1, EM2].map(hidden)).toEqual([false, false, false]);
    expect(count.textContent).toBe('');
  });
});
