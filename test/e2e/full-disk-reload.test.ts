import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './shared-browser';

/**
 * Issue #33, item 5, in the built app with a real reload: the browser itself unloads the page and asks.
 * The full disk is simulated in the page: IndexedDB's writes throw QuotaExceededError, as Chromium's do
 * when the site's quota is used up. (DevTools' Storage.overrideQuotaForOrigin, tried first, did not make
 * Chromium 156 refuse any write.) The browser test (data-safety.test.tsx) fakes the refusal the same way
 * but dispatches `beforeunload` itself; here the reload is the browser's.
 */
const appUrl = inject('appUrl');
const chromium = sharedBrowser();

const storedValues = (page: Page, city: string) =>
  page.evaluate(
    (city) =>
      new Promise<{ households?: unknown; value?: unknown } | undefined>((done, fail) => {
        const open = indexedDB.open('ssc-workbench');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('assessments').objectStore('assessments').getAll();
          all.onsuccess = () => {
            const doc = (all.result as { city: string; profile: Record<string, unknown>; values: Record<string, unknown> }[]).find((d) => d.city === city);
            open.result.close();
            done(doc && { households: doc.profile.households, value: doc.values['EC: ICT: ICT: 1C|'] });
          };
        };
      }),
    city,
  );

/** The households figure as the journal holds it, last edit last (undefined: no journalled edit of it). */
const journalledHouseholds = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((done, fail) => {
        const open = indexedDB.open('ssc-workbench');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('journal').objectStore('journal').getAll();
          all.onsuccess = () => {
            const edits = (all.result as { edit: { kind: string; field?: string; value?: unknown } }[]).map((e) => e.edit);
            open.result.close();
            done(edits.filter((e) => e.kind === 'profile' && e.field === 'households').at(-1)?.value);
          };
        };
      }),
  );

describe('a full disk and a real reload', () => {
  it('the browser asks before the reload, the unsaved edits stay on screen with what and where said, and are stored once space is back', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.goto(appUrl);
    await page.getByLabel('City', { exact: true }).fill('Fulldisk');
    await page.getByLabel('Country', { exact: true }).fill('Testland');
    await page.getByLabel('Year', { exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('[data-testid="grid"] .ht_master').waitFor();
    const status = page.getByTestId('save-status');
    await expect.poll(() => status.textContent()).toContain('All changes saved');

    // The disk fills up: every further write of this site is refused.
    await page.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      (window as unknown as { diskSpace: () => void }).diskSpace = (
        (add, put) => () =>
          Object.assign(proto, { add, put })
      )(proto.add, proto.put);
      Object.assign(proto, { add: full, put: full });
    });
    await page.getByLabel('Households').fill('1000');
    await page.getByLabel('Households').press('Tab');
    await page
      .locator('[data-testid="grid"] .ht_clone_inline_start td', { hasText: /^EC: ICT: ICT: 1C$/ })
      .first()
      .click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('850');
    await page.keyboard.press('Enter');
    // What is at risk and where it is: the changes, kept only in this tab, the storage full, export now.
    await expect
      .poll(() => status.textContent())
      .toMatch(/Not saved: 2 changes are kept only in this tab\. The browser has no storage space left for this site: export/);
    expect(await storedValues(page, 'Fulldisk')).toEqual({ households: undefined, value: undefined });

    // The user reloads the page: the browser asks first, and the user stays.
    const reloaded = page.waitForEvent('load').then(() => 'reloaded');
    const asked = new Promise<string>((done) => page.once('dialog', (d) => done(d.type())));
    await page.evaluate(() => location.reload()).catch(() => undefined);
    expect(await Promise.race([asked, reloaded])).toBe('beforeunload');
    // Nothing typed was thrown away: both edits are on screen, and the status still says so.
    expect(await page.getByLabel('Households').inputValue()).toBe('1000');
    await expect.poll(() => page.locator('tr[data-code="EC: ICT: ICT"] .agg-percent').textContent()).toMatch(/^\d/);
    expect(await status.textContent()).toMatch(/Not saved: 2 changes/);

    // Space comes back; the next change stores everything, and a reload then no longer asks.
    await page.evaluate(() => (window as unknown as { diskSpace: () => void }).diskSpace());
    await page.getByLabel('Households').fill('1001');
    await page.getByLabel('Households').press('Tab');
    await expect.poll(() => status.textContent()).toContain('All changes saved');
    // The status does not claim too much: 1001 is durable now, in the row or still in the journal.
    const durable = [await journalledHouseholds(page), (await storedValues(page, 'Fulldisk'))?.households];
    expect(durable).toContain(1001);
    // "Saved" means durable: the journal or the row. The flush the reload asked for may still have been
    // waiting for its transaction when space came back, store the first two edits and say "saved" while
    // 1001 is in the journal only, to be folded a moment later; so the row is read until the fold is done.
    await expect.poll(() => storedValues(page, 'Fulldisk')).toEqual({ households: 1001, value: { numerator: 850 } });
    dialogs.length = 0;
    await page.reload();
    await page.locator('[data-testid="grid"] .ht_master').waitFor();
    expect(await page.getByLabel('Households').inputValue()).toBe('1001');
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
