import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { watch } from './browser';
import { sharedBrowser } from './shared-browser';

const appUrl = inject('appUrl');
const origin = new URL(appUrl).origin;
const chromium = sharedBrowser();
const dir = mkdtempSync(join(tmpdir(), 'ssc-cycle-'));
const HOTSPOTS = /^EC: ICT: ICT: 5A$/; // a directly reported number

/** Exports the open assessment's JSON from the grid toolbar and returns the file's path. */
async function exportJson(page: Page, name: string): Promise<string> {
  await page.getByRole('tab', { name: 'Grid' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

/**
 * Imports a file from the library and opens it. A file whose id is stored is proposed as an update of
 * that assessment; `asNew` asks for a new assessment beside it instead (to compare and merge the two).
 */
async function importFile(page: Page, path: string, asNew = false): Promise<void> {
  await page.getByLabel('Choose a file').setInputFiles(path);
  if (asNew) {
    await page.getByRole('radio', { name: 'An update of an assessment in this browser' }).waitFor();
    await page.getByRole('radio', { name: 'A new assessment' }).check();
  }
  await page.getByRole('button', { name: 'Open as new assessment' }).click();
  await page.locator('[data-testid="grid"] .ht_master').waitFor();
}

async function selectHotspots(page: Page): Promise<void> {
  await page.locator('[data-testid="grid"] .ht_clone_inline_start td', { hasText: HOTSPOTS }).first().click();
  await page.getByTestId('review-panel').waitFor();
}

async function signAs(scope: Locator, name: string): Promise<void> {
  await scope.getByLabel('Your name').fill(name);
  await scope.getByRole('button', { name: 'Save name' }).click();
  await scope.getByText(`Signing as ${name}.`).waitFor();
}

describe('the U4SSC cycle between two browser profiles, by files', () => {
  it('the city submits, the verifier queries, the city answers after merging, the verifier verifies, freezes and prints; the city checks the fingerprint', async () => {
    const city = await chromium().newContext({ acceptDownloads: true });
    const verifier = await chromium().newContext({ acceptDownloads: true });
    const c = await city.newPage();
    const v = await verifier.newPage();
    const cityLog = watch(city, c, origin);
    const verifierLog = watch(verifier, v, origin);
    await c.setViewportSize({ width: 1400, height: 900 });
    await v.setViewportSize({ width: 1400, height: 900 });

    // The city collects a value and submits everything for review.
    await c.goto(appUrl);
    await c.getByLabel('City', { exact: true }).fill('Cycletown');
    await c.getByLabel('Country', { exact: true }).fill('Testland');
    await c.getByLabel('Year', { exact: true }).fill('2025');
    await c.getByRole('button', { name: 'Create' }).click();
    await c.locator('[data-testid="grid"] .ht_master').waitFor();
    await c.locator('[data-testid="grid"] .ht_clone_inline_start td', { hasText: HOTSPOTS }).first().click();
    for (let i = 0; i < 4; i++) await c.keyboard.press('ArrowRight');
    await c.keyboard.type('60');
    await c.keyboard.press('Enter');
    await c.getByRole('tab', { name: 'Review' }).click();
    const cityReview = c.getByRole('tabpanel', { name: 'Review' });
    await signAs(cityReview, 'Carla City');
    await cityReview.getByTestId('submit-all').click();
    // Only what holds a value is submitted; the empty data points are listed apart.
    await expect.poll(() => cityReview.locator('tr[data-state="submitted"] td').textContent()).toBe('1');
    const submitted = await exportJson(c, 'submitted.ssc.json');

    // The verifier opens it in another profile and asks a question.
    await v.goto(appUrl);
    await importFile(v, submitted);
    await selectHotspots(v);
    const vPanel = v.getByTestId('review-panel');
    await signAs(vPanel, 'Vera Verifier');
    await vPanel.getByTestId('thread-text').fill('Which register are the 60 hotspots from?');
    await vPanel.getByTestId('thread-question').click();
    await expect.poll(() => vPanel.getByTestId('review-state').textContent()).toContain('Queried');
    const queried = await exportJson(v, 'queried.ssc.json');

    // The city imports it beside its own copy, merges the two, and answers in the merged assessment.
    await c.getByRole('button', { name: /All assessments/ }).click();
    await importFile(c, queried, true);
    await c.getByRole('tab', { name: 'Share, export, compare' }).click();
    await c.getByLabel('Compare with').selectOption({ index: 1 });
    await c.getByRole('button', { name: 'Merge into a new assessment' }).click();
    await c.locator('[data-testid="grid"] .ht_master').waitFor();
    await selectHotspots(c);
    const cPanel = c.getByTestId('review-panel');
    await expect.poll(() => cPanel.getByTestId('thread').textContent()).toContain('Which register are the 60 hotspots from?');
    await cPanel.getByTestId('thread-text').fill('The municipal Wi-Fi register, 2024.');
    await cPanel.getByTestId('thread-answer').click();
    await expect.poll(() => cPanel.getByTestId('review-state').textContent()).toContain('Answered');
    const answered = await exportJson(c, 'answered.ssc.json');

    // The verifier resolves, verifies, freezes and prints the report.
    await v.getByRole('button', { name: /All assessments/ }).click();
    await importFile(v, answered);
    await selectHotspots(v);
    await vPanel.getByTestId('thread-text').fill('Register seen; settled.');
    await vPanel.getByTestId('thread-resolution').click();
    await vPanel.getByTestId('review-verified').click();
    await expect.poll(() => vPanel.getByTestId('review-state').textContent()).toContain('Verified');
    await v.getByRole('tab', { name: 'Review' }).click();
    await v.getByTestId('freeze-button').click();
    await v.getByTestId('freeze-confirm').click();
    const frozenPrint = (await v.getByTestId('frozen-fingerprint').textContent())!;
    expect(frozenPrint.replaceAll(' ', '')).toMatch(/^[0-9a-f]{64}$/);
    await v.getByRole('tab', { name: 'City report' }).click();
    const statement = v.getByTestId('verification-statement');
    await statement.waitFor();
    expect(await statement.textContent()).toContain('1 of 112 data points verified.');
    expect(await statement.textContent()).toContain('Verified by Vera Verifier');
    await expect.poll(() => v.getByTestId('report-fingerprint').textContent()).toBe(frozenPrint);
    await v.emulateMedia({ media: 'print' });
    const pdf = await v.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await v.emulateMedia({ media: 'screen' });
    const frozen = await exportJson(v, 'verified.ssc.json');

    // The city reads the verified file: its fingerprint matches what the verifier printed.
    await c.getByRole('button', { name: /All assessments/ }).click();
    await c.getByLabel('Choose a file').setInputFiles(frozen);
    const check = c.getByTestId('fingerprint-check');
    await expect.poll(() => check.textContent()).toContain('The fingerprint matches');
    expect(await check.textContent()).toContain(frozenPrint);
    // The file is the city's merged assessment come back: updating it makes no extra copy in the library.
    await c.getByRole('button', { name: 'Cancel' }).click();
    const rows = await c.locator('table.library-table tbody tr').count();
    await c.getByLabel('Choose a file').setInputFiles(frozen);
    await expect.poll(() => c.getByRole('radio', { name: 'An update of an assessment in this browser' }).isChecked()).toBe(true);
    await c.getByRole('button', { name: 'Update Cycletown 2025' }).click();
    await c.locator('[data-testid="grid"] .ht_master').waitFor();
    await c.getByRole('button', { name: /All assessments/ }).click();
    await expect.poll(() => c.locator('table.library-table tbody tr').count()).toBe(rows);

    expect(cityLog.foreign).toEqual([]);
    expect(verifierLog.foreign).toEqual([]);
    expect(cityLog.pageErrors).toEqual([]);
    expect(verifierLog.pageErrors).toEqual([]);
    await city.close();
    await verifier.close();
  });
});
