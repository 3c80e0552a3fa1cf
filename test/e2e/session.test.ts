import { describe, expect, inject, it } from 'vitest';
import { watch } from './browser';
import { sharedBrowser } from './shared-browser';

const appUrl = inject('appUrl');
const origin = new URL(appUrl).origin;
const chromium = sharedBrowser();

describe('a whole session in the built app', () => {
  it('create, type, chart, report, export and share: every request stays on the origin, and the link opens in a fresh profile with the same scores', async () => {
    const evaluator = await chromium().newContext({ acceptDownloads: true });
    const page = await evaluator.newPage();
    const log = watch(evaluator, page, origin);
    await page.goto(appUrl);

    // Create an assessment and type into the grid with the keyboard.
    await page.getByLabel('City', { exact: true }).fill('Privacyville');
    await page.getByLabel('Country', { exact: true }).fill('Testland');
    await page.getByLabel('Year', { exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('[data-testid="grid"] .ht_master').waitFor();
    await page.getByLabel('Households').fill('1000');
    await page.getByLabel('Households').press('Tab');
    // The code column is frozen; from the code cell, two steps right is the numerator.
    await page
      .locator('[data-testid="grid"] .ht_clone_inline_start td', { hasText: /^EC: ICT: ICT: 1C$/ })
      .first()
      .click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('850');
    await page.keyboard.press('Enter');
    const ictInfrastructure = page.locator('tr[data-code="EC: ICT: ICT"] .agg-percent');
    await expect.poll(() => ictInfrastructure.textContent(), { timeout: 10_000 }).toMatch(/^\d/);
    const overallBefore = await page.locator('tr.agg-overall .agg-percent').textContent();

    // Charts and report.
    await page.getByRole('tab', { name: 'Wheel and charts' }).click();
    await page.locator('.results-view canvas').first().waitFor();
    await page.getByRole('tab', { name: 'City report' }).click();
    await page.locator('.results-view tr[data-id]').first().waitFor();
    expect(await page.locator('.results-view tr[data-id]').count()).toBe(112);

    // Export: JSON, CSV and Excel files are made in the page.
    await page.getByRole('tab', { name: 'Share, export, compare' }).click();
    for (const name of ['Assessment JSON', 'Values CSV', 'Excel (.xlsx)', 'Scores table (CSV)']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect(download.suggestedFilename()).toMatch(/^Privacyville-2025/);
    }

    // Share link, key mode.
    await page.getByRole('button', { name: 'Share link…' }).click();
    await page.getByRole('button', { name: 'Create link' }).click();
    const linkField = page.getByLabel('Link to share');
    await expect.poll(() => linkField.inputValue(), { timeout: 10_000 }).toContain('#k1.');
    const link = await linkField.inputValue();

    await page.waitForLoadState('networkidle');
    expect(log.foreign).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);

    // A verifier opens the link in a fresh browser profile.
    const verifier = await chromium().newContext();
    const other = await verifier.newPage();
    const otherLog = watch(verifier, other, origin);
    await other.goto(link);
    await other.getByRole('button', { name: 'Open as new assessment' }).click();
    await other.locator('[data-testid="grid"] .ht_master').waitFor();
    const overallAfter = other.locator('tr.agg-overall .agg-percent');
    await expect.poll(() => overallAfter.textContent(), { timeout: 10_000 }).toBe(overallBefore);
    expect(other.url()).not.toContain('#k1.');
    expect(otherLog.foreign).toEqual([]);
    expect(otherLog.pageErrors).toEqual([]);

    await evaluator.close();
    await verifier.close();
  });
});
