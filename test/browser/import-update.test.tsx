import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { parseValuesCsv, valuesCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import type { AssessmentInput } from '../../src/engine/types';
import { FORMATS } from '../../src/interchange/formats';
import { addAssessment, WorkbenchDb } from '../../src/storage/db';
import { percentText } from '../../src/ui/interchange/model';
import frozen2017 from '../fixtures/frozen/frozen-catalogue-2017.1.ssc.json?raw';
import { cellText, chooseFile, freshAppPerTest, libraryShown, waitForGrid, type Mounted } from './helpers';

const HEALTH = 'SC: EH: H: 1C|'; // life expectancy, a directly reported number

const { mount, dbName } = freshAppPerTest();
beforeEach(async () => {
  await page.viewport(1400, 900);
});

/** A fresh profile holding `docs`, with the app open on it. */
async function appWith(docs: AssessmentDoc[]): Promise<Mounted> {
  return libraryShown(
    await mount(async (db) => {
      for (const d of docs) await addAssessment(db, d);
    }),
  );
}

async function storedDocs(): Promise<AssessmentDoc[]> {
  const db = new WorkbenchDb(dbName());
  try {
    return await db.assessments.toArray();
  } finally {
    db.close();
  }
}

const lisbon = (): AssessmentDoc => ({
  ...createAssessment({ city: 'Lisbon', country: 'Portugal', year: 2024 }, u4ssc, referenceTargets.data.id),
  ...demoInput(u4ssc),
});
const overall = (input: AssessmentInput) => percentText(score(u4ssc, referenceTargets, input).overall.percent);
const invalid = (input: AssessmentInput) => score(u4ssc, referenceTargets, input).items.filter((i) => i.state === 'invalid').length;
const csvFile = (text: string, file: string) => new File([text], file, { type: 'text/csv' });

describe('the import preview', () => {
  it('a file with one bad cell: the preview shows its scores and the rejected cell, and the cell is kept as text', async () => {
    const a = await appWith([]);
    const source = { ...demoInput(u4ssc), values: { ...demoInput(u4ssc).values, [HEALTH]: { value: 'seventy-eight' } } };
    const text = valuesCsv(u4ssc, source);
    const read = parseValuesCsv(text, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    chooseFile(a.container, csvFile(text, 'Porto-2023-values.csv'));

    await expect.element(a.scope.getByTestId('import-rejected')).toHaveTextContent(/1 cell is not a number.*column value/);
    const scores = a.scope.getByTestId('import-scores');
    await expect.element(scores).toHaveTextContent('Scores the file would give');
    expect(a.container.querySelector('[data-testid="import-scores"] tr[data-code="overall"] .ix-score-after')?.textContent).toBe(overall(read.input));
    expect(overall(read.input)).not.toBe(overall(demoInput(u4ssc)));
    // One more rejected data point than the demo data has, and the dimensions are listed.
    expect(invalid(read.input)).toBe(invalid(demoInput(u4ssc)) + 1);
    await expect.element(a.scope.getByTestId('import-counts')).toHaveTextContent(new RegExp(`data points scored, ${invalid(read.input)} rejected`));
    expect(a.container.querySelectorAll('[data-testid="import-scores"] tbody tr').length).toBe(1 + u4ssc.data.dimensions.length);
    expect(await storedDocs()).toEqual([]);

    await userEvent.click(a.scope.getByRole('button', { name: 'Create assessment' }));
    const grid = await waitForGrid(a);
    expect(cellText(grid, HEALTH, 'value')).toBe('seventy-eight');
    expect(await storedDocs()).toHaveLength(1);
  });

  it('a frozen file made with catalogue 2017.1 still matches its fingerprint once read', async () => {
    const a = await appWith([]);
    chooseFile(a.container, new File([frozen2017], 'frozen.ssc.json', { type: 'application/json' }));
    const check = a.scope.getByTestId('fingerprint-check');
    await expect.element(check).toHaveTextContent('The fingerprint matches');
    expect(check.element().textContent?.replaceAll(' ', '')).toContain((JSON.parse(frozen2017) as AssessmentDoc).frozen!.fingerprint);
  });
});

describe('updating a stored assessment from a file', () => {
  it('proposes the stored one of the same city and year, lists every change and both scores, applies it as edits, and Undo puts it back', async () => {
    const original = lisbon();
    const a = await appWith([original]);
    const before = original.values[HEALTH]?.value;
    const changed = { ...original, values: { ...original.values, [HEALTH]: { ...original.values[HEALTH], value: 61.5 } } };
    chooseFile(a.container, csvFile(valuesCsv(u4ssc, changed), 'Lisbon-2024-values.csv'));

    await expect.element(a.scope.getByRole('radio', { name: 'An update of an assessment in this browser' })).toBeChecked();
    await expect.element(a.scope.getByRole('combobox', { name: 'Assessment to update' })).toHaveValue('Lisbon 2024');
    await expect.element(a.scope.getByTestId('import-change-counts')).toHaveTextContent(/^1 data point changes, 0 are added, \d+ stay as they are\./);
    const row = a.scope.getByTestId('import-changes').getByRole('row').filter({ hasText: 'SC: EH: H: 1C' });
    await expect.element(row).toHaveTextContent(`value: ${String(before)}`);
    await expect.element(row).toHaveTextContent('value: 61.5');
    const cell = (side: 'before' | 'after') =>
      a.container.querySelector(`[data-testid="import-scores"] tr[data-code="overall"] .ix-score-${side}`)?.textContent;
    expect(cell('before')).toBe(overall(original));
    expect(cell('after')).toBe(overall(changed));
    expect(cell('before')).not.toBe(cell('after'));
    expect((await storedDocs())[0].values[HEALTH]?.value).toBe(before);

    await userEvent.click(a.scope.getByRole('button', { name: 'Update Lisbon 2024' }));
    const grid = await waitForGrid(a);
    await expect.poll(() => cellText(grid, HEALTH, 'value')).toBe('61.5');
    let docs = await storedDocs();
    expect(docs).toHaveLength(1);
    expect(docs[0].values[HEALTH]?.value).toBe(61.5);
    expect(docs[0].revision).toBeGreaterThan(original.revision);

    // The toast's Undo (the grid's own Undo button undoes typing).
    await expect.element(a.scope.getByText('Updated Lisbon 2024: 1 change.')).toBeInTheDocument();
    await userEvent.click(page.elementLocator(a.container.querySelector('.toast-region')!).getByRole('button', { name: 'Undo' }));
    await expect.poll(async () => (await storedDocs())[0].values[HEALTH]?.value).toBe(before);
    await expect.poll(() => cellText(grid, HEALTH, 'value')).toBe(String(before));
    docs = await storedDocs();
    expect(docs).toHaveLength(1);
    expect(docs[0].values).toEqual(original.values);
  });

  it('a round trip makes no extra copy: the file of a stored assessment comes back as an update of it, a copy only when asked for', async () => {
    const original: AssessmentDoc = { ...lisbon(), review: { [HEALTH]: { state: 'submitted', by: 'Carla', at: 1 } } };
    const a = await appWith([original]);
    const exported = await (await FORMATS[0].write(original)).text();

    // Read back unchanged: an update of the same assessment that changes nothing.
    chooseFile(a.container, new File([exported], 'Lisbon-2024.ssc.json', { type: 'application/json' }));
    await expect.element(a.scope.getByRole('radio', { name: 'An update of an assessment in this browser' })).toBeChecked();
    await expect
      .element(a.scope.getByText('The file is a copy of this assessment (same id): updating it is proposed, so no second copy is made.'))
      .toBeInTheDocument();
    await expect.element(a.scope.getByText('The file holds what is stored already: nothing would change.')).toBeInTheDocument();
    await expect.element(a.scope.getByRole('button', { name: 'Update Lisbon 2024' })).toBeDisabled();
    await userEvent.click(a.scope.getByRole('button', { name: 'Cancel' }));
    expect(await storedDocs()).toHaveLength(1);

    // Changed elsewhere (a note and a review step): still one assessment, the file's changes in it.
    const parsed = parseAssessmentJson(exported, u4ssc);
    if (!parsed.ok) throw new Error('export does not read back');
    const edited: AssessmentDoc = {
      ...parsed.value,
      values: { ...parsed.value.values, [HEALTH]: { ...parsed.value.values[HEALTH], note: 'Census 2021' } },
      review: { [HEALTH]: { state: 'verified', by: 'Vera', at: 2 } },
    };
    chooseFile(a.container, new File([JSON.stringify(edited)], 'Lisbon-2024.ssc.json', { type: 'application/json' }));
    await expect.element(a.scope.getByTestId('import-change-counts')).toHaveTextContent(/^1 data point changes/);
    await expect.element(a.scope.getByText(/1 review entry .* added or changed\./)).toBeInTheDocument();
    await userEvent.click(a.scope.getByRole('button', { name: 'Update Lisbon 2024' }));
    await waitForGrid(a);
    await expect.poll(async () => (await storedDocs())[0]?.values[HEALTH]?.note).toBe('Census 2021');
    let docs = await storedDocs();
    expect(docs).toHaveLength(1);
    expect(docs[0].id).toBe(original.id);
    expect(docs[0].review?.[HEALTH]?.state).toBe('verified');

    // A copy only when the user asks for a new assessment.
    await userEvent.click(a.scope.getByRole('button', { name: /All assessments/ }));
    await expect.poll(() => a.container.querySelector('input[type="file"]') !== null).toBe(true);
    chooseFile(a.container, new File([exported], 'Lisbon-2024.ssc.json', { type: 'application/json' }));
    await userEvent.click(a.scope.getByRole('radio', { name: 'A new assessment' }));
    await userEvent.click(a.scope.getByRole('button', { name: 'Open as new assessment' }));
    await waitForGrid(a);
    await expect.poll(async () => (await storedDocs()).length).toBe(2);
    docs = await storedDocs();
    expect(new Set(docs.map((d) => d.id)).size).toBe(2);
  });
});
