/**
 * A value typed under U4SSC appears, carried through the crosswalk, in the SDG 11 view of the results,
 * with the coverage: which SDG 11 data points carry a value, and why the others do not (#30, item 6).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { sdg11 } from '../../src/engine/frameworks/sdg11';
import { shellWords } from '../../src/ui/strings';
import { sdg } from '../../src/ui/messages/compiled/sdg';
import { useLanguage } from '../../src/ui/strings/language';
import { createThroughForm, freshAppPerTest, typeInto, waitForGrid } from './helpers';

const PM25 = 'EN: EN: AQ: 1C|PM2.5';
const { mount } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});
afterEach(async () => {
  await useLanguage('en');
});

const row = (c: HTMLElement, id: string) => c.querySelector<HTMLTableRowElement>(`tr[data-sdg="${id}"]`);

describe('the SDG 11 view', () => {
  it('shows a value typed under U4SSC carried to 11.6.2, with the coverage and the reasons for the rest', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Crosswalk City');
    await typeInto(grid, PM25, 'value', '12.5');
    await expect.poll(() => grid.item(PM25)?.value).toBe(12.5);

    await userEvent.click(a.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.element(a.scope.getByRole('heading', { name: 'In SDG 11’s global indicators' })).toBeVisible();
    const coverage = a.scope.getByTestId('sdg-coverage');
    await expect
      .element(coverage)
      .toHaveTextContent(`1 of SDG 11’s ${sdg11.datapoints.length} data points carry a value from this assessment; 10 are linked to a U4SSC data point.`);

    const carried = row(a.container, '11.6.2|PM2.5')!;
    expect(carried.cells[0].textContent).toContain('11.6.2');
    // The UN's English name, marked so; in English nothing more is said of it (other languages say it is English).
    expect(carried.cells[0].getAttribute('lang')).toBe('en');
    expect(a.container.querySelector('[data-testid="sdg-names-english"]')).toBeNull();
    expect(carried.cells[1].textContent).toBe('12.5 µg/m³ (annual mean)');
    expect(carried.cells[2].textContent).toContain('EN: EN: AQ: 1C');
    expect(carried.cells[2].textContent).toContain('close match');
    expect(carried.cells[3].textContent).toBe('');
    // Linked closely but not typed yet; linked loosely; not linked at all.
    expect(row(a.container, '11.6.2|PM10')!.cells[3].textContent).toBe('The U4SSC data point has no usable value yet.');
    expect(row(a.container, '11.5.1|')!.cells[3].textContent).toBe('The link is not close enough: the two measure different things.');
    expect(row(a.container, '11.3.1|')!.cells[3].textContent).toBe('No U4SSC data point is linked to it.');

    // A second value typed in the grid is carried too when the view is shown again.
    await userEvent.click(a.scope.getByRole('tab', { name: 'Grid' }));
    await typeInto(grid, 'EN: EN: AQ: 1C|PM10', 'value', '20');
    await expect.poll(() => grid.item('EN: EN: AQ: 1C|PM10')?.value).toBe(20);
    await userEvent.click(a.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.element(a.scope.getByTestId('sdg-coverage')).toHaveTextContent(/^2 of SDG 11’s/);
    expect(row(a.container, '11.6.2|PM10')!.cells[1].textContent).toBe('20 µg/m³ (annual mean)');
  });

  it('in French, shows the UN’s official French names marked lang="fr", names their source, and keeps English where the wording differs', async () => {
    await useLanguage('fr');
    const a = mount();
    await userEvent.click(a.scope.getByRole('button', { name: shellWords.demoCity }));
    await waitForGrid(a);
    await userEvent.click(a.container.querySelector<HTMLElement>('#tab-results')!);
    const source = a.scope.getByTestId('sdg-names-source');
    await expect.element(source).toHaveTextContent(sdg.namesTranslated({ codes: '11.4.1, 11.5.2, 11.a.1' }));
    expect(sdg.namesTranslated({ codes: 'x' })).toMatch(/^Les noms des indicateurs .*open-sdg\/sdg-translations/);
    expect(a.container.querySelector('[data-testid="sdg-names-english"]')).toBeNull();
    const pm25 = row(a.container, '11.6.2|PM2.5')!.cells[0];
    expect(pm25.getAttribute('lang')).toBe('fr');
    expect(pm25.textContent).toContain('Niveau moyen annuel de particules fines');
    expect(pm25.textContent).toContain('(PM2.5)');
    // 11.5.2's English is the wording before the 2020 review: no translation of another text is put beside it.
    const loss = row(a.container, '11.5.2|')!.cells[0];
    expect(loss.getAttribute('lang')).toBe('en');
    expect(loss.textContent).toContain(sdg11.kpiByCode('11.5.2')!.name);
  });

  it('in Arabic, keeps the UN’s English names marked lang="en" and says so (no official Arabic text was read)', async () => {
    await useLanguage('ar');
    const a = mount();
    await userEvent.click(a.scope.getByRole('button', { name: shellWords.demoCity }));
    await waitForGrid(a);
    await userEvent.click(a.container.querySelector<HTMLElement>('#tab-results')!);
    await expect.element(a.scope.getByTestId('sdg-names-english')).toHaveTextContent(sdg.namesInEnglish);
    expect(row(a.container, '11.6.2|PM2.5')!.cells[0].getAttribute('lang')).toBe('en');
  });
});
