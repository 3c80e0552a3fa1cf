import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc/index';
import { addAssessment, WorkbenchDb } from '../../src/storage/db';
import { freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const NET = 'EC: ICT: ICT: 1C|';
const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1280, 800);
});

/** Stores a document, then opens it from the library of a fresh app. */
async function openStored(doc: AssessmentDoc): Promise<Mounted> {
  const app = mount();
  const db = new WorkbenchDb(dbName());
  try {
    await addAssessment(db, doc);
  } finally {
    db.close();
  }
  await userEvent.click(app.scope.getByRole('button', { name: `Open ${doc.city} ${doc.year}` }));
  await waitForGrid(app);
  return app;
}

function oneValue(): AssessmentDoc {
  const doc = createAssessment({ city: 'Onepoint', country: 'Testland', year: 2024 }, u4ssc, referenceTargets.data.id);
  doc.values[NET] = { value: 100 };
  return doc;
}

describe('headline scores carry their coverage', () => {
  it('marks a score from 1 of 112 data points provisional, in words, in the summary and the report', async () => {
    const app = await openStored(oneValue());
    const summary = app.container.querySelector<HTMLElement>('[data-testid="summary-headline"]');
    await expect.poll(() => app.container.querySelector('[data-testid="summary-headline"]')?.textContent).toContain('1 of 112 data points');
    expect(app.container.querySelector('[data-testid="summary-headline"]')!.textContent).toMatch(/Overall: 100 %.*Provisional/);
    expect(summary === null || summary.dataset.provisional === 'true').toBe(true);
    // The overall row of the table says it too.
    expect(app.container.querySelector('tr[data-code="overall"]')!.textContent).toContain('provisional');

    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    await expect.poll(() => app.container.querySelector('[data-testid="report-headline"]')?.textContent, { timeout: 10_000 }).toContain('1 of 112 data points');
    const report = app.container.querySelector<HTMLElement>('[data-testid="report-headline"]')!;
    expect(report.dataset.provisional).toBe('true');
    expect(report.textContent).toContain('Provisional');
    expect(app.container.querySelector('[data-testid="report-scores"] tr[data-code="EC"]')!.textContent).toContain('provisional');

    await userEvent.click(app.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.poll(() => app.container.querySelector('[data-testid="wheel-headline"]')?.textContent, { timeout: 10_000 }).toContain('Provisional');
    await expect.poll(() => app.container.querySelector('[data-testid="radar-provisional"]')?.textContent).toContain('Provisional');
  });

  it('shows no provisional mark for the demo city, which has most data points scored', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await expect.poll(() => app.container.querySelector('[data-testid="summary-headline"]')?.textContent).toMatch(/based on \d+ of 11\d data points/);
    expect(app.container.querySelector<HTMLElement>('[data-testid="summary-headline"]')!.dataset.provisional).toBe('false');
    expect(app.container.querySelector('[data-testid="summary-headline"]')!.textContent).not.toContain('Provisional');
  });
});
