import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { freezeMark } from '../../src/engine/fingerprint';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { valueBasis } from '../../src/engine/review';
import { WorkbenchDb } from '../../src/storage/db';
import { cellText, chooseFile, createThroughForm, freshAppPerTest, typeInto, waitForGrid } from './helpers';

const HOTSPOTS = 'EC: ICT: ICT: 5A|';
/** Another directly reported number, to hold text the evaluator rejects. */
const TEXT_DP = u4ssc.datapoints.find((d) => d.def.formula.kind === 'direct' && d.id !== HOTSPOTS && d.id.startsWith('EC: ICT'))!.id;
const EMPTY_DP = 'EC: ICT: ICT: 1C|';

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const { mount, dbName } = freshAppPerTest();

async function putDoc(doc: AssessmentDoc): Promise<void> {
  const db = new WorkbenchDb(dbName());
  await db.open();
  await db.assessments.put(doc as never);
  db.close();
}

describe('nothing empty or rejected is verified', () => {
  it('an empty or rejected data point cannot be submitted or verified; "submit all" lists them and submits only the valid one', async () => {
    const app = mount();
    const grid = await createThroughForm(app, 'Rulesville');
    await typeInto(grid, HOTSPOTS, 'value', '12');
    await typeInto(grid, TEXT_DP, 'value', 'about a dozen');
    await expect.poll(() => cellText(grid, TEXT_DP, 'value')).toBe('about a dozen');

    grid.selectCell(EMPTY_DP, 'numerator');
    const panel = app.scope.getByTestId('review-panel');
    await userEvent.fill(panel.getByLabelText('Your name'), 'Carla City');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.click(panel.getByTestId('review-submitted'));
    await expect.element(panel.getByText('This data point holds no value yet', { exact: false })).toBeVisible();
    expect(cellText(grid, EMPTY_DP, 'review')).toBe('Draft');

    grid.selectCell(TEXT_DP, 'value');
    await userEvent.click(panel.getByTestId('review-submitted'));
    await expect.element(panel.getByText('value is rejected', { exact: false })).toBeVisible();
    expect(cellText(grid, TEXT_DP, 'review')).toBe('Draft');

    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    await expect.element(app.scope.getByTestId('not-submittable')).toHaveTextContent(/empty \d+, rejected 1/);
    await expect.element(app.scope.getByTestId('submit-all')).toHaveTextContent('Submit all 1 drafts for review');
    await userEvent.click(app.scope.getByTestId('submit-all'));
    await expect.poll(() => app.container.querySelector('[data-testid=review-counts] tr[data-state=submitted] td')?.textContent).toBe('1');
  });

  it('the verified report does not count a verified stamp on an empty or rejected data point (an older or forged file)', async () => {
    const doc = createAssessment({ city: 'Forgeton', country: 'Nowhere', year: 2024 }, u4ssc, referenceTargets.data.id);
    doc.values[HOTSPOTS] = { value: 12 };
    doc.values[TEXT_DP] = { value: 'about a dozen' };
    doc.review = {
      [HOTSPOTS]: { state: 'verified', by: 'Vera Verifier', at: 2000, basis: valueBasis({ value: 12 }), submittedBy: 'Carla City' },
      [TEXT_DP]: { state: 'verified', by: 'Vera Verifier', at: 2001, basis: valueBasis({ value: 'about a dozen' }) },
      [EMPTY_DP]: { state: 'verified', by: 'Vera Verifier', at: 2002, basis: valueBasis(undefined) },
    };
    const app = mount();
    await putDoc(doc);
    await userEvent.click(app.scope.getByRole('button', { name: 'Open Forgeton 2024' }));
    const grid = await waitForGrid(app);
    expect(cellText(grid, HOTSPOTS, 'review')).toBe('Verified');
    expect(cellText(grid, TEXT_DP, 'review')).toBe('Submitted (verified without a valid value)');
    expect(cellText(grid, EMPTY_DP, 'review')).toBe('Submitted (verified without a valid value)');
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    const statement = app.scope.getByTestId('verification-statement');
    await expect.element(statement).toHaveTextContent(/^1 of \d+ data points verified\./);
  });

  it('a frozen file whose data no longer has its fingerprint is proposed to be kept apart, never as an update of the stored one', async () => {
    const doc = createAssessment({ city: 'Sealburg', country: 'Nowhere', year: 2024 }, u4ssc, referenceTargets.data.id);
    doc.values[HOTSPOTS] = { value: 12 };
    const frozen: AssessmentDoc = { ...doc, frozen: await freezeMark(doc, 'Vera Verifier', 3000) };
    const app = mount();
    await putDoc(frozen);
    await expect.poll(() => app.container.querySelector('input[type="file"]') !== null).toBe(true);
    const forged = { ...frozen, frozen: { ...frozen.frozen!, by: 'Someone Else' } };
    chooseFile(app.container, new File([JSON.stringify(forged)], 'Sealburg-2024.ssc.json', { type: 'application/json' }));
    await expect.element(app.scope.getByTestId('fingerprint-check')).toHaveTextContent('The fingerprint does not match');
    const dest = app.scope.getByTestId('import-dest');
    await expect.element(dest).toBeVisible();
    expect(app.container.querySelector<HTMLInputElement>('[data-testid=import-dest] input[value=new]')!.checked).toBe(true);
    expect(app.container.querySelector<HTMLInputElement>('[data-testid=import-dest] input[value=update]')!.checked).toBe(false);
  });
});
