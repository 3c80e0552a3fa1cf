/**
 * The phone (issue #25, item 5) at 390 × 844: after opening an assessment, the entry of the current data
 * point (its name, its inputs with the unit, the live result) is on the first screen; the toolbar and the
 * filters fold into a menu; the data-point picker lists names with codes. Typing a value shows its score
 * without any scrolling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { shellWords } from '../../src/ui/strings';
import { useLanguage } from '../../src/ui/strings/language';
import { freshAppPerTest, waitForGrid } from './helpers';

const { mount } = freshAppPerTest();
beforeAll(async () => {
  await page.viewport(390, 844);
});
afterAll(async () => {
  await useLanguage('en');
  await page.viewport(1280, 800);
});

/** Whether an element is drawn whole inside the first screen (the page not scrolled). */
function onFirstScreen(el: Element | null): string {
  if (!el) return 'missing';
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return 'not shown';
  return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth
    ? 'in view'
    : `at ${Math.round(r.top)}–${Math.round(r.bottom)}`;
}

describe('on a phone', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(
      `opens an assessment with the entry on the first screen, and a value typed shows its score without scrolling (${lang})`,
      { timeout: 120_000 },
      async () => {
        await useLanguage(lang);
        window.scrollTo(0, 0);
        const a = mount();
        await userEvent.click(a.scope.getByRole('button', { name: shellWords.demoCity }));
        await waitForGrid(a);
        const card = a.container.querySelector('[data-testid="narrow-entry"]')!;
        await expect.poll(() => card.querySelector('h3')?.textContent ?? '').toContain('EC: ICT: ICT: 1C');
        await expect.poll(() => a.container.querySelector('[data-testid="narrow-points"]')?.textContent ?? '').toContain('3 · 66–95 %');
        const numerator = card.querySelector<HTMLInputElement>('#narrow-numerator')!;
        const value = card.querySelector<HTMLInputElement>('#narrow-value')!;
        const parts = {
          name: card.querySelector('h3'),
          numerator,
          denominator: card.querySelector('#narrow-denominator') ?? card.querySelector('.narrow-fields > .hint'),
          value,
          unit: card.querySelector('#narrow-value-unit'),
          result: card.querySelector('[data-testid="narrow-result"]'),
        };
        expect(Object.fromEntries(Object.entries(parts).map(([k, el]) => [k, onFirstScreen(el)]))).toEqual(
          Object.fromEntries(Object.keys(parts).map((k) => [k, 'in view'])),
        );
        // The unit of the value is said beside its field, and read with it.
        expect(parts.unit!.textContent).toBe('%');
        expect(value.getAttribute('aria-describedby')).toContain('narrow-value-unit');

        // Type a value: its score changes, on the same screen.
        await userEvent.fill(page.elementLocator(numerator), '110000');
        await userEvent.keyboard('{Enter}');
        await expect.poll(() => a.container.querySelector('[data-testid="narrow-points"]')?.textContent ?? '').toContain('4 · 95 %+');
        expect(card.querySelector('[data-testid="narrow-result"]')!.textContent).toContain('98.2 %');
        // Still all in view together: the name, the field typed in and the new score.
        for (const el of [parts.name, numerator, a.container.querySelector('[data-testid="narrow-points"]')]) expect(onFirstScreen(el)).toBe('in view');

        // The filters and the find box are in a closed menu; the picker names each data point with its code.
        const menu = a.container.querySelector<HTMLDetailsElement>('[data-testid="toolbar-more"]')!;
        expect(menu.open).toBe(false);
        expect(a.container.querySelector('[data-testid="grid-find"]')!.checkVisibility()).toBe(false);
        await userEvent.click(page.elementLocator(menu.querySelector('summary')!));
        await expect.poll(() => a.container.querySelector('[data-testid="grid-find"]')!.checkVisibility()).toBe(true);
        const picker = page.elementLocator(card.querySelector('[data-testid="narrow-pick"]')!);
        await userEvent.click(picker);
        await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
        const listed = () => [...card.querySelectorAll('.narrow-pick [role="option"]')].map((o) => o.textContent);
        await expect.poll(() => listed()).toHaveLength(112);
        expect(listed()[0]).toBe(`EC: ICT: ICT: 1C ${card.querySelector('h3')!.textContent!.replace('EC: ICT: ICT: 1C', '').trim()}`);
        // Emptying the box leaves the data point shown.
        expect(card.querySelector('h3')!.textContent).toContain('EC: ICT: ICT: 1C');
        a.dispose();
      },
    );
  }
  it('the data point is picked by typing a fragment of its name, and the keyboard alone (issue #24)', { timeout: 120_000 }, async () => {
    await useLanguage('en');
    const a = mount();
    await userEvent.click(a.scope.getByRole('button', { name: shellWords.demoCity }));
    await waitForGrid(a);
    const card = a.container.querySelector('[data-testid="narrow-entry"]')!;
    await expect.poll(() => card.querySelector('h3')?.textContent ?? '').toContain('EC: ICT: ICT: 1C');
    const picker = a.scope.getByTestId('narrow-entry').getByRole('combobox', { name: shellWords.dataPoint });
    await userEvent.click(picker);
    await userEvent.keyboard('{Control>}a{/Control}WIFI publ');
    await expect
      .poll(() => [...card.querySelectorAll('.narrow-pick [role="option"]')].map((o) => o.textContent))
      .toEqual(['EC: ICT: ICT: 5A Availability of WIFI in Public Areas']);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => card.querySelector('h3')?.textContent ?? '').toContain('EC: ICT: ICT: 5A');
    await expect.element(picker).toHaveValue('EC: ICT: ICT: 5A — Availability of WIFI in Public Areas');
    // Next moves on from the data point picked, and the box follows.
    await userEvent.click(a.scope.getByTestId('narrow-entry').getByRole('button', { name: new RegExp(shellWords.next) }));
    await expect.poll(() => card.querySelector('h3')?.textContent ?? '').not.toContain('EC: ICT: ICT: 5A');
    await expect.element(picker).not.toHaveValue('EC: ICT: ICT: 5A — Availability of WIFI in Public Areas');
    a.dispose();
  });
});
