/**
 * The verified report on paper (issue #24, item 7): under the report's print stylesheet, laid out at the
 * A4 content width its @page rule leaves (210 mm less 2 × 12 mm = 186 mm, 703 px at 96 dpi), no element
 * of the report is wider than the page, recommendations and the action plan are full-width tables, the
 * not-verifiable reasons and evidence references are printed, and a forged freeze shows the warning.
 */
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { score } from '../../src/engine/evaluator';
import { freezeMark } from '../../src/engine/fingerprint';
import { DEMO_CITY, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc/index';
import { Report } from '../../src/ui/results/Report';

const A4_CONTENT_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96); // 703
const NOT_VERIFIABLE = 'EC: ICT: ICT: 5A|';
const WITH_EVIDENCE = 'EC: ICT: ICT: 1C|';
const LONG_URL = `https://stats.example.org/${'household_internet_access_by_district_'.repeat(6)}table.pdf`;

let cleanup: (() => void)[] = [];
beforeAll(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  cleanup.forEach((c) => c());
  cleanup = [];
});

/** The rules of every `@media print` block of the page's stylesheets, applied as if printing. */
function applyPrintRules(): void {
  const rules: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
        for (const inner of [...rule.cssRules]) if (!(inner instanceof CSSPageRule)) rules.push(inner.cssText);
      }
    }
  }
  expect(rules.join('\n')).toContain('.r-report');
  const style = document.createElement('style');
  style.textContent = rules.join('\n');
  document.head.appendChild(style);
  cleanup.push(() => style.remove());
}

async function verifiedDoc(forge: boolean): Promise<AssessmentDoc> {
  const base = createAssessment(DEMO_CITY, u4ssc, referenceTargets.data.id, 0);
  const at = Date.UTC(2026, 2, 1);
  const doc: AssessmentDoc = {
    ...base,
    ...demoInput(u4ssc),
    review: { [NOT_VERIFIABLE]: { state: 'not-verifiable', by: 'Vera Verifier', at, reason: 'The operator publishes no count of hotspots for 2025.' } },
    evidence: { [WITH_EVIDENCE]: [{ id: 'e1', title: 'Household survey 2025', location: LONG_URL, page: '12' }] },
    recommendations: [
      {
        id: 'r1',
        scope: 'datapoint',
        target: WITH_EVIDENCE,
        text: 'Publish the district table with the survey so that the value can be verified from the source. '.repeat(4),
        by: 'Vera Verifier',
        at,
      },
      { id: 'r2', scope: 'dimension', target: 'EC', text: 'Report the missing economy data points next year.', by: 'Vera Verifier', at },
    ],
    actions: [
      {
        id: 'a1',
        recommendation: 'r1',
        title: 'Publish the district table',
        owner: 'Statistics office',
        deadline: '2026-12-31',
        status: 'planned',
        at,
        datapoints: [WITH_EVIDENCE, NOT_VERIFIABLE],
      },
    ],
  } as AssessmentDoc;
  const frozen = await freezeMark(doc, 'Vera Verifier', at);
  // A forgery of the kind the issue names: another signer and date written over a real freeze.
  return { ...doc, frozen: forge ? { ...frozen, by: 'Somebody Else', at: Date.UTC(2000, 0, 1) } : frozen } as AssessmentDoc;
}

function mountReport(doc: AssessmentDoc): HTMLElement {
  const container = document.createElement('div');
  container.style.width = `${A4_CONTENT_PX}px`;
  document.body.appendChild(container);
  const scores = score(u4ssc, referenceTargets, demoInput(u4ssc));
  const dispose = render(() => <Report framework={u4ssc} targets={referenceTargets} doc={doc} scores={scores} printedAt={new Date(2026, 2, 2)} />, container);
  cleanup.push(() => {
    dispose();
    container.remove();
  });
  return container;
}

/** Elements of the report whose box reaches past the page's content width, described. */
function tooWide(container: HTMLElement): string[] {
  const left = container.getBoundingClientRect().left;
  return (
    [...container.querySelectorAll<HTMLElement>('.r-report *')]
      // A visually hidden caption (1 px, clipped) is for screen readers and prints nothing.
      .filter((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0 && !el.closest('.r-visually-hidden'))
      .filter((el) => el.getBoundingClientRect().right - left > A4_CONTENT_PX + 0.5 || el.scrollWidth > Math.ceil(el.getBoundingClientRect().width) + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right - left)}px`)
      .slice(0, 10)
  );
}

describe('the verified report in print', () => {
  it('fits A4, prints the recommendations and actions as full-width tables, the reasons and the evidence', async () => {
    applyPrintRules();
    const c = mountReport(await verifiedDoc(false));
    await expect.poll(() => c.querySelector('[data-testid="fingerprint-check"], [data-testid="report-fingerprint"]') !== null).toBe(true);
    const recs = c.querySelector<HTMLElement>('[data-testid="report-recommendations"]')!;
    const plan = c.querySelector<HTMLElement>('[data-testid="report-action-plan"]')!;
    for (const table of [recs, plan]) {
      expect(table.tagName).toBe('TABLE');
      // Full width: as wide as the report, not a column beside the other.
      expect(Math.round(table.getBoundingClientRect().width)).toBe(Math.round(c.querySelector('.r-report')!.getBoundingClientRect().width));
    }
    expect(recs.getBoundingClientRect().bottom).toBeLessThanOrEqual(plan.getBoundingClientRect().top);
    // Rows are kept whole across pages.
    expect(getComputedStyle(recs.querySelector('tbody tr')!).breakInside).toBe('avoid');
    const details = c.querySelector<HTMLElement>('[data-testid="report-verification-details"]')!;
    expect(details.textContent).toContain('The operator publishes no count of hotspots for 2025.');
    expect(details.textContent).toContain('Household survey 2025');
    expect(details.textContent).toContain(LONG_URL);
    expect(tooWide(c)).toEqual([]);
    expect(c.querySelector('[data-testid="report-fingerprint-differs"]')).toBeNull();
  });

  it('warns, visibly, when the freeze was forged (another signer and date)', async () => {
    applyPrintRules();
    const c = mountReport(await verifiedDoc(true));
    await expect.poll(() => c.querySelector('[data-testid="report-fingerprint-differs"]') !== null).toBe(true);
    const warning = c.querySelector<HTMLElement>('[data-testid="report-fingerprint-differs"]')!;
    expect(getComputedStyle(warning).display).not.toBe('none');
    expect(warning.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(tooWide(c)).toEqual([]);
  });
});
