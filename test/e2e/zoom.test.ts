import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './shared-browser';

/**
 * WCAG 1.4.4 (resize text to 200 %) and 1.4.12 (text spacing): the main views lose no content or
 * function. 200 % zoom of a 1 280 × 800 window is a 640 × 400 CSS-pixel viewport; text spacing is the
 * WCAG bookmarklet's styles. On every view, no labelled control or heading clips its text, and no
 * key control is covered by another element where it would be clicked.
 */
const appUrl = inject('appUrl');
const chromium = sharedBrowser();

/** The text-spacing bookmarklet (WCAG 1.4.12's four values), applied over the app's own styles. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const VIEWS = ['grid', 'review', 'results', 'report', 'share', 'workshop'] as const;

/** What is lost on the page as it is now: clipped text of controls and headings, covered controls. */
function lost(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      // Inside a closed <details> only the summary is shown.
      const closed = el.closest('details:not([open])');
      const inClosed = closed !== null && !closed.querySelector(':scope > summary')?.contains(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && !inClosed && !el.closest('[hidden], [aria-hidden="true"]');
    };
    // The grid's cells are Handsontable's (scrolled and clipped by design); its labels are checked by axe.
    const outsideGrid = (el: Element) => !el.closest('.handsontable, canvas');
    const texty = [...document.querySelectorAll('button, a[href], label, summary, h1, h2, h3, th, [role="tab"], legend, select')].filter(
      (el) => shown(el) && outsideGrid(el),
    );
    for (const el of texty) {
      const cs = getComputedStyle(el);
      const clipsX = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
      const clipsY = cs.overflowY !== 'visible';
      if (el.tagName !== 'SELECT' && ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1))) {
        out.push(`clipped: ${name(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    // Status messages and alerts float over the page for a while and can be dismissed (one of them
    // may sit over another); they are not what zoom or spacing would cover.
    const transient = (el: Element) => el.closest('[role="status"], [role="alert"], .wb-notices') !== null;
    const controls = [...document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, [role="tab"], summary')].filter(
      (el) => shown(el) && outsideGrid(el) && !transient(el),
    );
    for (const el of controls) {
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        out.push(`out of reach: ${name(el)}`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (hit && transient(hit)) continue;
      if (!hit || !(hit === el || el.contains(hit) || (hit.tagName === 'LABEL' && hit.contains(el)) || (el.id && hit.closest(`label[for="${el.id}"]`)))) {
        out.push(`covered: ${name(el)} by ${hit ? name(hit) : 'nothing'}`);
      }
    }
    window.scrollTo(0, 0);
    return out;
  });
}

async function views(page: Page, lang: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await page.goto(`${appUrl}?lang=${lang}`);
  await page.getByTestId('demo-city').waitFor();
  found.library = await lost(page);
  await page.getByTestId('demo-city').click();
  await page.locator('#tab-grid').waitFor();
  for (const v of VIEWS) {
    await page.locator(`#tab-${v}`).click();
    await page.locator(`#view-${v}`).waitFor();
    // Lazy views show a loading line first; wait for the panel's own content.
    await expect
      .poll(() => page.locator(`#view-${v}`).evaluate((el) => el.querySelectorAll('button, input, select, table, canvas').length), { timeout: 20_000 })
      .toBeGreaterThan(0);
    found[v] = await lost(page);
  }
  return Object.fromEntries(Object.entries(found).filter(([, l]) => l.length > 0));
}

describe('200 % zoom and text spacing lose no content or function (WCAG 1.4.4, 1.4.12)', () => {
  it.each([
    { lang: 'en', spacing: false },
    { lang: 'en', spacing: true },
    { lang: 'ar', spacing: true },
  ])('$lang, text spacing $spacing: no clipped label, no covered control, on every view', { timeout: 180_000 }, async ({ lang, spacing }) => {
    const context = await chromium().newContext({ viewport: { width: 640, height: 400 }, locale: 'en-GB' });
    if (spacing)
      await context.addInitScript((css) => {
        addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
        });
      }, TEXT_SPACING);
    const page = await context.newPage();
    expect(await views(page, lang)).toEqual({});
    // The spacing really applied (0.12em of the body's font size), and the page kept the reading direction.
    const [letter, size, dir] = await page.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('h1, h2')!);
      return [parseFloat(cs.letterSpacing) || 0, parseFloat(cs.fontSize), document.documentElement.dir];
    });
    expect(letter).toBeCloseTo(spacing ? 0.12 * size : 0, 1);
    expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await context.close();
  });

  it.each(['en', 'ar'])('%s: the update prompt and a notice share the top corner without covering each other', { timeout: 90_000 }, async (lang) => {
    const context = await chromium().newContext({ viewport: { width: 640, height: 400 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${appUrl}?lang=${lang}`);
    // The first visit installs the service worker: its prompt ("works offline now") shows in the corner.
    await page.locator('.update-region .toast').waitFor({ timeout: 30_000 });
    await page.getByTestId('demo-city').click();
    await page.locator('#tab-review').click();
    // Freezing without a reviewer's name: a notice, with its ✕, in the same corner.
    await page.getByTestId('freeze-button').click();
    await page.getByTestId('notice').waitFor();
    const found = await page.evaluate(() => {
      const prompt = document.querySelector('.update-region')!.getBoundingClientRect();
      const notice = document.querySelector('[data-testid="notice"]')!;
      const n = notice.getBoundingClientRect();
      const close = notice.querySelector('button')!;
      const c = close.getBoundingClientRect();
      const hit = document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
      const overlap =
        Math.max(0, Math.min(prompt.bottom, n.bottom) - Math.max(prompt.top, n.top)) *
        Math.max(0, Math.min(prompt.right, n.right) - Math.max(prompt.left, n.left));
      return { overlap, closeReachable: hit !== null && close.contains(hit), noticeBelow: n.top >= prompt.bottom };
    });
    expect(found).toEqual({ overlap: 0, closeReachable: true, noticeBelow: true });
    // The notice's ✕ closes it with a real click (nothing intercepts the pointer).
    await page.getByTestId('notice').locator('button').click({ timeout: 5_000 });
    await page.getByTestId('notice').waitFor({ state: 'detached' });
    await context.close();
  });

  it('the check finds clipped text and covered controls (so the test above can fail)', { timeout: 60_000 }, async () => {
    const context = await chromium().newContext({ viewport: { width: 640, height: 400 } });
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.getByTestId('demo-city').waitFor();
    await page.evaluate(() => {
      const clip = document.createElement('button');
      clip.textContent = 'A label far too long for its box';
      clip.style.cssText = 'width: 40px; overflow: hidden; white-space: nowrap';
      const under = document.createElement('button');
      under.textContent = 'Under';
      const cover = document.createElement('div');
      cover.style.cssText = 'position: fixed; inset: 0; background: white';
      document.body.prepend(clip, under);
      document.body.append(cover);
    });
    const found = await lost(page);
    expect(found.some((l) => l.startsWith('clipped: button "A label far too long'))).toBe(true);
    expect(found.some((l) => l.startsWith('covered: button "Under"'))).toBe(true);
    await context.close();
  });
});
