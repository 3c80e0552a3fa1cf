import { describe, expect, inject, it } from 'vitest';
import { FIRST_VISIT_BUDGET_GZIP, sizeDist } from '../../bench/bundle';

const appUrl = inject('appUrl');

/**
 * Issue #32, item 2: the first visit (the library) loads at most 300 kB of JavaScript (gzip) in every
 * language; the workbench, and with it Handsontable, loads when an assessment is opened. Read from the
 * build the e2e setup made, by the same sizing as `npm run size`: a static import of the grid from the
 * app's shell would put Handsontable back into the first visit and fail here.
 */
describe('the first visit', () => {
  const report = sizeDist();

  it('is within its budget in every language, with the grid and Handsontable out of it', () => {
    expect(report.error).toBeUndefined();
    expect(report.initialGzip).toBeGreaterThan(0);
    expect(report.initialGzip).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_GZIP);
    expect(Object.keys(report.languageGzip).sort()).toEqual(['ar', 'es', 'fr', 'ru', 'zh']);
    for (const gzip of Object.values(report.languageGzip)) expect(gzip).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_GZIP);
    const loaded = (name: RegExp) => report.chunks.filter((c) => name.test(c.file)).map((c) => c.loaded);
    expect(loaded(/^handsontable-[\w-]+\.js$/)).toEqual(['lazily']);
    expect(loaded(/^Workbench-[\w-]+\.js$/)).toEqual(['lazily']);
    // Opening an assessment brings the workbench's chunk, Handsontable among what it imports.
    const handsontable = report.chunks.find((c) => /^handsontable-/.test(c.file))!;
    expect(report.workbenchGzip).toBeGreaterThan(handsontable.gzip);
  });

  it("leaves the workbench's chunks in the service worker's precache, so an assessment opens offline", async () => {
    const precache = await (await fetch(new URL('sw.js', appUrl))).text();
    for (const c of report.chunks.filter((c) => /^(Workbench|handsontable)-[\w-]+\.js$/.test(c.file))) expect(precache).toContain(c.file);
  });
});
