/**
 * axe-core on every main view, in English and in Arabic (right to left), at 1 280 × 800 and 390 × 844:
 * no serious or critical violation. The views are shown with their content open: the library with its
 * import panel holding a preview (a new assessment's scores, then an update's changes), the grid with a
 * catalogue update to review, Review, the wheel and charts, the report, Share with compare and merge,
 * the comparison of years and cities, and the Workshop with a what-if trial, a sensitivity run, a checked
 * exercise and the presenter view. Every name the test looks for comes from the string objects, so the
 * same steps run in both languages.
 */
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import frozenV1 from '../fixtures/frozen/assessment-v1.json';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { valuesCsv } from '../../src/engine/csv';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { addAssessment } from '../../src/storage/db';
import { shellWords } from '../../src/ui/strings';
import { workshopWords } from '../../src/ui/strings/workshop';
import { useLanguage } from '../../src/ui/strings/language';
import type { Lang } from '../../src/ui/strings/languages';
import type { View } from '../../src/ui/views';
import { chooseFile, freshAppPerTest, libraryShown, waitForGrid, type Mounted } from './helpers';

/** Serious and critical axe violations inside `el`, as readable lines. */
async function problems(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

/** The WCAG contrast ratio of an element's text colour on its own background colour (both opaque). */
function contrast(el: Element): number {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lum = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(el);
  const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

const { mount } = freshAppPerTest();
afterAll(async () => {
  await useLanguage('en');
  await page.viewport(1280, 800);
});

/** The app on a fresh database holding `docs`. */
async function appWith(docs: AssessmentDoc[] = [], raw: unknown[] = []): Promise<Mounted> {
  const app = await mount(async (db) => {
    for (const d of docs) await addAssessment(db, d);
    // Rows exactly as an older release stored them.
    for (const r of raw) await db.assessments.put(structuredClone(r) as never);
  });
  return libraryShown(app);
}

async function demo(): Promise<Mounted> {
  const a = await appWith();
  await userEvent.click(a.scope.getByRole('button', { name: shellWords.demoCity }));
  await waitForGrid(a);
  return a;
}

/** Opens a view by its tab and waits for `ready` inside its panel. */
async function view(a: Mounted, v: View, ready: string): Promise<Element> {
  await userEvent.click(page.elementLocator(a.container.querySelector(`#tab-${v}`)!));
  await expect.poll(() => a.container.querySelector(`#view-${v} ${ready}`) !== null, { timeout: 20_000 }).toBe(true);
  return a.container.querySelector(`#view-${v}`)!;
}

const csvFile = (doc: AssessmentDoc, file: string) => new File([valuesCsv(u4ssc, doc)], file, { type: 'text/csv' });

describe.each(['en', 'ar'] as Lang[])('axe-core in %s: no serious or critical violations', (lang) => {
  beforeAll(async () => {
    await useLanguage(lang);
  });

  describe.each([
    [1280, 800],
    [390, 844],
  ])('at %i × %i', (width, height) => {
    beforeAll(async () => {
      await page.viewport(width, height);
    });

    it('the library, the grid, Review, the wheel and charts, the report, and Share with compare and merge', async () => {
      const a = await demo();
      expect(document.documentElement.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await problems(a.container.querySelector('#view-grid')!)).toEqual([]);
      expect(await problems(a.container.querySelector('[data-testid="first-steps"]')!)).toEqual([]);
      // The header, with the language picker: its current language readable (it was white on white).
      expect(await problems(a.container.querySelector('.app-header')!)).toEqual([]);
      expect(contrast(a.container.querySelector('[data-testid="language"]')!)).toBeGreaterThanOrEqual(4.5);
      expect(await problems(await view(a, 'review', '[data-testid="review-counts"]'))).toEqual([]);
      expect(await problems(await view(a, 'results', '[data-testid="chart-bars"] canvas'))).toEqual([]);
      expect(await problems(await view(a, 'report', '[data-testid="report-kpis"]'))).toEqual([]);
      const share = await view(a, 'share', '.share-view');
      expect(await problems(share)).toEqual([]);
      // Compare and merge with the previous year.
      await expect.poll(() => share.querySelectorAll('select option').length).toBeGreaterThan(1);
      const other = [...share.querySelectorAll<HTMLSelectElement>('select')].find((s) => [...s.options].some((o) => o.text === 'Demoville (fictional) 2024'))!;
      await userEvent.selectOptions(other, 'Demoville (fictional) 2024');
      await expect.poll(() => share.querySelector('.ix-compare') !== null).toBe(true);
      expect(await problems(share)).toEqual([]);
      await userEvent.click(a.scope.getByRole('button', { name: shellWords.backToLibrary }));
      await expect.poll(() => a.container.querySelector('.library') !== null).toBe(true);
      expect(await problems(a.container.querySelector('.library')!)).toEqual([]);
    });

    it('the comparison of years and cities', async () => {
      const a = await demo();
      const compare = await view(a, 'compare', '.comparison-host table.htCore');
      // Every city added: the ranking and its table appear.
      await userEvent.click(page.elementLocator(compare.querySelector('.comparison-pick-actions button')!));
      await expect.poll(() => compare.querySelectorAll('[data-testid="ranking-table"] tbody tr').length).toBeGreaterThan(0);
      expect(await problems(compare)).toEqual([]);
    });

    it('the Workshop: a what-if trial, the methods, a sensitivity run, a checked exercise, and the presenter view', async () => {
      const a = await demo();
      const workshop = await view(a, 'workshop', '[data-testid="methods"] table');
      const whatif = a.scope.getByTestId('whatif');
      await userEvent.fill(whatif.getByRole('combobox', { name: workshopWords.whatIfDatapoint }), 'EC: ICT: ICT: 1C');
      await userEvent.fill(whatif.getByLabelText(workshopWords.whatIfValue), '20');
      await userEvent.click(whatif.getByRole('button', { name: workshopWords.whatIfTry }));
      await expect.poll(() => a.container.querySelector('[data-testid="whatif-effect"]') !== null).toBe(true);
      const sensitivity = a.scope.getByTestId('sensitivity');
      await userEvent.fill(sensitivity.getByLabelText(workshopWords.sensitivityDraws), '200');
      await userEvent.click(sensitivity.getByRole('button', { name: workshopWords.sensitivityRun }));
      await expect.poll(() => a.container.querySelector('[data-testid="sensitivity-result"]') !== null, { timeout: 20_000 }).toBe(true);
      await userEvent.click(a.scope.getByRole('button', { name: workshopWords.exMake }));
      await expect.element(a.scope.getByTestId('exercise-current')).toBeInTheDocument();
      await userEvent.click(a.scope.getByRole('button', { name: workshopWords.exCheck }));
      await expect.element(a.scope.getByTestId('exercise-feedback')).toBeInTheDocument();
      expect(await problems(workshop)).toEqual([]);

      await userEvent.click(a.scope.getByTestId('open-presenter'));
      await expect.poll(() => a.container.querySelector('[data-testid="presenter-wheel"] canvas') !== null).toBe(true);
      expect(await problems(a.container.querySelector('[data-testid="presenter"]')!)).toEqual([]);
      await userEvent.keyboard('{Escape}');
    });

    it('the import panel with a preview open: a new assessment, then an update of a stored one', async () => {
      const lisbon: AssessmentDoc = {
        ...createAssessment({ city: 'Lisbon', country: 'Portugal', year: 2024 }, u4ssc, referenceTargets.data.id),
        ...demoInput(u4ssc),
      };
      const a = await appWith([lisbon]);
      chooseFile(a.container, csvFile({ ...lisbon, city: 'Porto', year: 2023 }, 'Porto-2023-values.csv'));
      await expect.poll(() => a.container.querySelector('[data-testid="import-scores"] tbody tr') !== null).toBe(true);
      expect(await problems(a.container.querySelector('.library')!)).toEqual([]);

      const changed = { ...lisbon, values: { ...lisbon.values, 'SC: EH: H: 1C|': { value: 61.5 } } };
      chooseFile(a.container, csvFile(changed, 'Lisbon-2024-values.csv'));
      await expect.poll(() => a.container.querySelector('[data-testid="import-changes"] tbody tr') !== null).toBe(true);
      expect(await problems(a.container.querySelector('.library')!)).toEqual([]);
    });

    it('an assessment of the previous catalogue, with its changes to review', async () => {
      const a = await appWith([], [frozenV1]);
      await userEvent.click(a.scope.getByRole('button', { name: `${shellWords.open} Demoville (fictional) 2025` }));
      await waitForGrid(a);
      await expect.poll(() => a.container.querySelector('[data-testid="catalogue-review"]') !== null).toBe(true);
      expect(await problems(a.container.querySelector('[data-testid="catalogue-review"]')!)).toEqual([]);
      expect(await problems(a.container.querySelector('#view-grid')!)).toEqual([]);
    });
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
