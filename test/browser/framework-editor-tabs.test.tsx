/**
 * The framework editor off the happy path: two tabs editing the one framework of this browser, and a
 * disk that is full. Each tab writes the whole file, so without a check the later save would drop the
 * other tab's change in silence; a storage error must be said and leave the stored file as it was.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { frameworkText, removeKpi, u4sscFile } from '../../src/engine/framework-edit';
import { readFrameworkFile } from '../../src/engine/framework-file';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { WorkbenchDb } from '../../src/storage/db';
import { loadLocalFrameworkText } from '../../src/storage/local-framework';
import { freshAppPerTest, type Mounted } from './helpers';

const { mount, second, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});
afterEach(() => vi.restoreAllMocks());

const total = u4ssc.data.kpis.length;
const AIR = 'EN: EN: AQ: 1C';
const FIRST = u4ssc.data.kpis[0]!.code;
const status = (a: Mounted) => a.scope.getByTestId('framework-status').element().textContent ?? '';
const summary = (a: Mounted) => a.container.querySelector('[data-testid="framework-selection"]')?.textContent ?? '';

async function openEditor(a: Mounted): Promise<void> {
  await userEvent.click(a.scope.getByText('Your framework: local KPIs and rules'));
  await expect.element(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' })).toBeVisible();
}

/** The codes of the framework file stored in this browser, as another tab would read it. */
async function storedCodes(): Promise<string[] | null> {
  const db = new WorkbenchDb(dbName());
  try {
    const text = await loadLocalFrameworkText(db);
    if (text === null) return null;
    const read = readFrameworkFile(JSON.parse(text));
    if (!read.ok) throw new Error('the stored framework file does not read');
    return read.value.data.kpis.map((k) => k.code);
  } finally {
    db.close();
  }
}

/** The U4SSC framework file with `codes` left out, as the editor would store it. */
const withoutKpis = (...codes: string[]): string => {
  const base = u4sscFile();
  return frameworkText(codes.reduce((f, code) => removeKpi(f, code), base));
};

/**
 * Stores a framework file the way another tab's save does before its notice has arrived: written to the
 * database directly (not through Dexie), so no live query of the apps under test hears of it.
 */
async function storeUnannounced(text: string): Promise<void> {
  const request = indexedDB.open(dbName());
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ key: 'local-framework', value: text });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    idb.close();
  }
}

describe('the framework editor in two tabs', () => {
  it("shows another tab's save at once, so a change made then keeps both", async () => {
    const a = mount();
    const b = second();
    await openEditor(a);
    await openEditor(b);
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
    // B, open beside it, follows: first the file A started, then A's change, saying where it came from.
    await expect.poll(() => summary(b)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
    await userEvent.click(a.scope.getByRole('button', { name: `Leave out ${AIR}` }));
    await expect.poll(() => summary(b)).toBe(`U4SSC KPIs kept: ${total - 1} of ${total}; left out: 1; local KPIs: 0.`);
    expect(status(b)).toContain('Updated: another tab saved this framework.');
    // B's change is made to A's file: both KPIs are left out.
    await userEvent.click(b.scope.getByRole('button', { name: `Leave out ${FIRST}` }));
    await expect.poll(async () => (await storedCodes())?.length).toBe(total - 2);
    const codes = await storedCodes();
    expect(codes?.includes(AIR) || codes?.includes(FIRST)).toBe(false);
    // And A follows B; A's own save never read as another tab's.
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total - 2} of ${total}; left out: 2; local KPIs: 0.`);
    await expect.poll(() => status(a)).toContain('Updated: another tab saved this framework.');
  });

  it('refuses a save based on an older read, says so, shows the stored file, and keeps the next change', async () => {
    const a = mount();
    await openEditor(a);
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
    // Another tab leaves the air quality KPI out; its notice has not reached this tab.
    await storeUnannounced(withoutKpis(AIR));
    await userEvent.click(a.scope.getByRole('button', { name: `Leave out ${FIRST}` }));
    await expect.element(a.scope.getByText(/was changed in another tab since this one read it, so your change was not saved/)).toBeVisible();
    // Nothing was written over the other tab's file, and this tab now shows it.
    expect(await storedCodes()).toEqual(u4ssc.data.kpis.map((k) => k.code).filter((c) => c !== AIR));
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total - 1} of ${total}; left out: 1; local KPIs: 0.`);
    // The same change made again is made to that file.
    await userEvent.click(a.scope.getByRole('button', { name: `Leave out ${FIRST}` }));
    await expect.poll(async () => (await storedCodes())?.length).toBe(total - 2);
    expect(a.container.textContent).not.toContain('was changed in another tab');
  });

  it('does not forget a file another tab has changed since it was read', async () => {
    const a = mount();
    await openEditor(a);
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
    await storeUnannounced(withoutKpis(AIR));
    await userEvent.click(a.scope.getByRole('button', { name: 'Remove it from this browser' }));
    await expect.element(a.scope.getByText(/was changed in another tab since this one read it/)).toBeVisible();
    expect((await storedCodes())?.length).toBe(total - 1);
  });
});

describe('the framework editor with the disk full', () => {
  it('says the change was not saved, keeps the stored file and what the editor showed', async () => {
    const a = mount();
    await openEditor(a);
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await userEvent.click(a.scope.getByRole('button', { name: `Leave out ${AIR}` }));
    await expect.element(a.scope.getByText('The change was not kept:')).toBeVisible();
    await expect.element(a.scope.getByText(/no storage space left/)).toBeVisible();
    expect(summary(a)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
    vi.restoreAllMocks();
    expect((await storedCodes())?.includes(AIR)).toBe(true);
    // Once there is room again, the same change is kept.
    await userEvent.click(a.scope.getByRole('button', { name: `Leave out ${AIR}` }));
    await expect.poll(async () => (await storedCodes())?.includes(AIR)).toBe(false);
  });
});
