import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './shared-browser';

const appUrl = inject('appUrl');
const chromium = sharedBrowser();

/** Per language: `<html dir>`, a translated label, and the overall score's decimal mark. */
const CASES = [
  { lang: 'fr', dir: 'ltr', newAssessment: 'Nouvelle évaluation', overall: 'Global', percent: /\d+,\d %/ },
  { lang: 'es', dir: 'ltr', newAssessment: 'Nueva evaluación', overall: 'Global', percent: /\d+,\d %/ },
  { lang: 'ar', dir: 'rtl', newAssessment: 'تقييم جديد', overall: 'الإجمالي', percent: /\d+\.\d %/ },
] as const;

describe('opening the app in a language with ?lang=', () => {
  it.each(CASES)('$lang: lang, dir, translated words, locale numbers, and the choice kept across a reload', { timeout: 60_000 }, async (c) => {
    const context = await chromium().newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${appUrl}?lang=${c.lang}`);
    await page.getByRole('heading', { name: c.newAssessment }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([c.lang, c.dir]);

    // The demo city's overall score, formatted for the locale (decimal comma in French and Spanish).
    await page.getByTestId('demo-city').click();
    const headline = page.getByTestId('summary-headline');
    await expect.poll(() => headline.textContent(), { timeout: 20_000 }).toMatch(c.percent);
    expect(await headline.textContent()).toContain(c.overall);
    // The KPI grid is named in the language too.
    expect(await page.locator('table.htCore[role="treegrid"]').first().getAttribute('aria-label')).not.toBe('KPI data grid');

    // Without ?lang= the saved choice wins over the browser's English.
    await page.goto(appUrl);
    await page.getByRole('heading', { name: c.newAssessment }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
    await context.close();
  });

  it('the switcher changes the language, saves it and reloads; an unknown ?lang= opens in the browser language', { timeout: 60_000 }, async () => {
    const context = await chromium().newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${appUrl}?lang=xx`);
    await page.getByRole('heading', { name: 'Nueva evaluación' }).waitFor();
    await page.getByTestId('language').selectOption('ru');
    await page.getByRole('heading', { name: 'Новая оценка' }).waitFor();
    await page.goto(appUrl);
    await page.getByRole('heading', { name: 'Новая оценка' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await context.close();
  });
});
