/**
 * The screen never misleads (issue #25, item 4) at 1 280 × 800: notices and toasts never cover a
 * control, every grid header shows whole in every language, focus after Create lands on a field in
 * view, and the find box neither keeps explaining a row it hid nor moves the grid's buttons as one types.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { shellWords } from '../../src/ui/strings';
import { useLanguage } from '../../src/ui/strings/language';
import { LANGUAGES } from '../../src/ui/strings/languages';
import { COLUMN_SETS, type ColumnSet } from '../../src/ui/grid/columns';
import { createThroughForm, freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const { mount } = freshAppPerTest();
beforeAll(async () => {
  await page.viewport(1280, 800);
});
afterAll(async () => {
  await useLanguage('en');
});

type Box = { left: number; top: number; right: number; bottom: number };
const box = (el: Element): Box => el.getBoundingClientRect();
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};

/** The controls on screen (buttons, fields, links, tabs) that a shown notice overlaps, described. */
function coveredBy(app: Mounted, notice: Element): string[] {
  const n = box(notice);
  const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="tab"], summary, h2, h3')];
  return controls
    .filter((c) => !notice.contains(c) && !c.contains(notice) && visible(c) && overlaps(box(c), n))
    .map((c) => `${c.tagName.toLowerCase()} "${(c.textContent || c.getAttribute('aria-label') || '').trim().slice(0, 40)}"`)
    .concat(app.container.contains(notice) ? [] : ['(outside the app)']);
}

/** The element actually drawn at a control's centre is the control (or inside it): nothing lies on top. */
function reachable(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!top && (el === top || el.contains(top));
}

async function openDemo(): Promise<Mounted> {
  const a = mount();
  await userEvent.click(a.scope.getByRole('button', { name: shellWords.demoCity }));
  await waitForGrid(a);
  return a;
}

describe('notices never cover controls', () => {
  it('a toast and a notice of the open assessment sit beside the controls, which stay clickable', async () => {
    const a = await openDemo();
    // Opening the demo says what it added in a toast; the workbench refuses a paste too wide for the grid.
    const toast = a.container.querySelector('.toast');
    expect(toast).not.toBeNull();
    const grid = a.grid()!;
    grid.selectCell('EC: ICT: ICT: 1C|', 'unit');
    grid.handsontableForTests().getPlugin('copyPaste').paste('1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18');
    await expect.poll(() => a.container.querySelector('[data-testid="grid-message"]')?.textContent ?? '').not.toBe('');
    const message = a.container.querySelector('[data-testid="grid-message"]')!;
    for (const shown of [toast!, message]) {
      expect(visible(shown)).toBe(true);
      expect(coveredBy(a, shown)).toEqual([]);
    }
    // The language picker, the explanation's heading and the view tabs stay reachable with both shown.
    const picker = document.querySelector('.language-switcher select')!;
    const heading = a.container.querySelector('.explain h2, .explain h3')!;
    for (const el of [picker, heading, ...a.container.querySelectorAll('[role="tab"]')]) expect(reachable(el), el.textContent ?? '').toBe(true);
    // Showing the notice did not move the grid (it heads the side column, beside the grid).
    const gridTop = box(a.container.querySelector('[data-testid="grid"]')!).top;
    await userEvent.click(page.elementLocator(message).getByRole('button'));
    await expect.poll(() => message.textContent).toBe('');
    expect(box(a.container.querySelector('[data-testid="grid"]')!).top).toBe(gridTop);
  });
});

describe('a message out of sight', () => {
  it("the grid's refusal of a paste is scrolled into view when the page was scrolled past it", { timeout: 60_000 }, async () => {
    // Below 1 101 px the notices sit above the grid: typing low in a long page leaves them out of sight.
    await page.viewport(900, 600);
    try {
      const a = await openDemo();
      const grid = a.grid()!;
      window.scrollTo(0, document.documentElement.scrollHeight);
      const message = a.container.querySelector('[data-testid="grid-message"]')!;
      expect(window.scrollY).toBeGreaterThan(1000);
      grid.selectCell('EC: ICT: ICT: 1C|', 'unit');
      grid.handsontableForTests().getPlugin('copyPaste').paste('1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18');
      await expect.poll(() => message.textContent ?? '').not.toBe('');
      await expect.poll(() => message.getBoundingClientRect().top, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
      expect(message.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
    } finally {
      await page.viewport(1280, 800);
    }
  });
});

describe('grid headers', () => {
  for (const lang of LANGUAGES) {
    it(`show whole at 1280 px in every column set (${lang})`, async () => {
      await useLanguage(lang);
      const a = await openDemo();
      const grid = a.grid()!;
      const cut: string[] = [];
      for (const set of Object.keys(COLUMN_SETS) as ColumnSet[]) {
        grid.setColumnSet(set);
        for (const key of COLUMN_SETS[set]) {
          grid.handsontableForTests().scrollViewportTo({ col: grid.handsontableForTests().propToCol(key) });
          await expect
            .poll(() =>
              [...grid.handsontableForTests().rootElement.querySelectorAll('thead th .colHeader')].some((h) => h.textContent === shellWords.columns[key]),
            )
            .toBe(true);
          for (const h of grid.handsontableForTests().rootElement.querySelectorAll<HTMLElement>('thead th .colHeader')) {
            if (h.textContent !== shellWords.columns[key] || h.clientWidth === 0) continue;
            if (h.scrollWidth > h.clientWidth || h.scrollHeight > h.clientHeight)
              cut.push(`${set} ${key} "${h.textContent}" ${h.scrollWidth}×${h.scrollHeight} in ${h.clientWidth}×${h.clientHeight}`);
          }
        }
      }
      expect(cut).toEqual([]);
      a.dispose();
    });
  }
});

describe('focus after Create', () => {
  it('lands on a field that is in view', async () => {
    await useLanguage('en');
    const a = mount();
    await createThroughForm(a, 'Focusville');
    await expect.poll(() => document.activeElement && document.activeElement !== document.body && a.container.contains(document.activeElement)).toBe(true);
    const r = document.activeElement!.getBoundingClientRect();
    expect(r.height).toBeGreaterThan(0);
    expect([r.top >= 0, r.bottom <= window.innerHeight, r.left >= 0, r.right <= window.innerWidth]).toEqual([true, true, true, true]);
    // The focused field is the one drawn there (not under the side column's edge or a notice).
    expect(reachable(document.activeElement!)).toBe(true);
  });
});

describe('the find box', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`never moves the toolbar's buttons while one types, and never explains a row it hid (${lang})`, async () => {
      await useLanguage(lang);
      const a = await openDemo();
      const grid = a.grid()!;
      const toolbar = a.container.querySelector('#view-grid .toolbar')!;
      const boxes = () => [...toolbar.querySelectorAll('button, select, input')].map((el) => JSON.stringify(box(el)));
      const before = boxes();
      // The grid selected a row on opening and explains it.
      grid.selectCell('EC: ICT: ICT: 1C|', 'value');
      await expect.poll(() => a.container.querySelector('.explain')?.textContent ?? '').toContain('EC: ICT: ICT: 1C');
      const find = a.container.querySelector<HTMLInputElement>('[data-testid="grid-find"]')!;
      await userEvent.click(find);
      for (const text of ['w', 'wa', 'wat', 'wate', 'water', 'water supply lo', 'xyzzy no such kpi at all']) {
        await userEvent.fill(find, text);
        await expect.poll(() => a.container.querySelector('[data-testid="grid-find-shown"]')?.textContent ?? '').toMatch(/^\d+ \/ 112$/);
        expect(boxes()).toEqual(before);
      }
      // The row the find box hid is explained no more.
      await userEvent.fill(find, 'water');
      await expect.poll(() => grid.handsontableForTests().getPlugin('hiddenRows').isHidden(grid.rowOf.get('EC: ICT: ICT: 1C|')!)).toBe(true);
      await expect.poll(() => a.container.querySelector('.explain')?.textContent ?? '').not.toContain('EC: ICT: ICT: 1C');
      expect(a.container.querySelector('.explain .explain-body')).toBeNull();
      a.dispose();
    });
  }
});
