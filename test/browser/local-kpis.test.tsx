/**
 * Local KPIs scored inside an assessment (issue #30, assessment format 9): a KPI written in the
 * library's framework editor is offered to an assessment, its named input is typed, the engine scores
 * it against its reference target, and it is all still there after a reload. A file naming a framework
 * this browser does not hold opens with its local values kept, unscored, and says so; once the
 * framework is stored, the same values are scored.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import v9 from '../fixtures/frozen/assessment-v9.json';
import demovilleFramework from '../fixtures/local-framework/demoville-local.framework.json';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { WorkbenchDb, addAssessment } from '../../src/storage/db';
import { saveLocalFramework } from '../../src/storage/local-framework';
import { createThroughForm, freshAppPerTest, onlyAssessmentId, stored, waitForGrid, type Mounted } from './helpers';

const fresh = freshAppPerTest();
beforeAll(async () => {
  await page.viewport(1400, 900);
});
const text = (a: Mounted, testId: string) => a.container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';

describe('local KPIs in an assessment', () => {
  it('a KPI written in the editor is scored in a new assessment from its typed input, and is still there after a reload', async () => {
    const a = fresh.mount();
    const name = fresh.dbName();
    await userEvent.click(a.scope.getByText('Your framework: local KPIs and rules'));
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await userEvent.fill(a.scope.getByLabelText('Code'), 'LOCAL: MOB: 1');
    await userEvent.fill(a.scope.getByLabelText('Name', { exact: true }), 'Shared bicycles per 1 000 inhabitants');
    await userEvent.fill(a.scope.getByLabelText('Unit'), 'per 1 000 inhabitants');
    await userEvent.fill(a.scope.getByLabelText('Input 1: name in the formula'), 'bikes');
    await userEvent.fill(a.scope.getByLabelText('Input 1: what is counted'), 'Shared bicycles in service');
    await userEvent.fill(a.scope.getByLabelText('Source', { exact: true }), 'City mobility plan 2024');
    await userEvent.fill(a.scope.getByLabelText('Formula', { exact: true }), 'bikes / profile.population * 1000');
    await userEvent.click(a.scope.getByLabelText('No target'));
    await userEvent.fill(a.scope.getByLabelText('Reference target', { exact: true }), '10');
    await userEvent.selectOptions(a.scope.getByLabelText('Basis of the target'), 'judgement');
    await userEvent.click(a.scope.getByRole('button', { name: 'Save the KPI' }));
    await expect.poll(() => text(a, 'framework-status')).toContain('1 of them local');

    await createThroughForm(a, 'Bikeville');
    await expect.element(a.scope.getByText(/has 1 local KPI\. This assessment can score it/)).toBeVisible();
    await userEvent.click(a.scope.getByRole('button', { name: 'Score the local KPIs here' }));
    await expect.element(a.scope.getByTestId('local-kpis')).toBeVisible();
    // Nothing typed yet: the engine asks for the input.
    await expect.poll(() => text(a, 'local-kpi-LOCAL: MOB: 1')).toContain('not reported');

    await userEvent.fill(a.scope.getByLabelText(/^Population/), '250000');
    await userEvent.keyboard('{Enter}');
    await userEvent.fill(a.scope.getByLabelText('Shared bicycles in service'), '2100');
    await userEvent.keyboard('{Tab}');
    // 2 100 ÷ 250 000 × 1 000 = 8.4 per 1 000 against 10 (judgement): 84 %, scored.
    await expect.poll(() => text(a, 'local-kpi-result-LOCAL: MOB: 1')).toContain('8.4 per 1 000 inhabitants');
    expect(text(a, 'local-kpi-result-LOCAL: MOB: 1')).toContain('84 % · scored');
    expect(text(a, 'local-kpi-result-LOCAL: MOB: 1')).toContain('10 (judgement) · City mobility plan 2024');
    // The formula as the engine reads it: the file's ratio, in the inputs' and the profile's words.
    expect(text(a, 'local-kpi-result-LOCAL: MOB: 1')).toContain('Shared bicycles in service ÷ Population × 1,000');

    // Saved: the row holds the framework it is scored with and the value.
    const assessment = await onlyAssessmentId(name);
    await expect.poll(async () => (await stored(name, assessment))?.localValues).toEqual({ 'LOCAL: MOB: 1|': { numerator: 2100 } });
    expect((await stored(name, assessment))?.localFramework).toMatchObject({ id: 'u4ssc-kpi', version: '2017.4' });

    // A new app on the same database: opened again, the value and its score are there.
    const again = fresh.reload();
    await expect.poll(() => again.container.textContent ?? '').toContain('Bikeville');
    await userEvent.click(again.scope.getByRole('button', { name: /^Open/ }).first());
    await waitForGrid(again);
    await expect.poll(() => text(again, 'local-kpi-result-LOCAL: MOB: 1')).toContain('84 % · scored');
    await expect.element(again.scope.getByLabelText('Shared bicycles in service')).toHaveValue('2100');
  });

  it('a file naming a framework this browser does not hold keeps its local values unscored and says so; stored, the framework scores them', async () => {
    const doc = structuredClone(v9) as unknown as AssessmentDoc;
    delete doc.frozen;
    delete doc.parent;
    const a = await fresh.mount((db) => addAssessment(db, doc));
    const name = fresh.dbName();
    await expect.poll(() => a.container.textContent ?? '').toContain('Demoville');
    await userEvent.click(a.scope.getByRole('button', { name: /^Open/ }).first());
    await waitForGrid(a);
    await expect
      .poll(() => text(a, 'local-kpis-not-held'))
      .toContain(
        'This assessment is scored with the framework “Demoville local KPIs (fictional)” (demoville-local, version 2025.1), which this browser does not hold. Its 2 local values are kept as they are and not scored; nothing is lost.',
      );
    expect(a.container.querySelector('[data-testid="local-kpis"]')).toBeNull();
    // Opening changed nothing of them.
    expect((await stored(name, doc.id))?.localValues).toEqual(v9.localValues);

    // The framework file stored (as the editor would), the same assessment scores them.
    a.dispose();
    const db2 = new WorkbenchDb(name);
    await saveLocalFramework(db2, JSON.stringify(demovilleFramework));
    db2.close();
    const b = fresh.reload();
    await expect.poll(() => b.container.textContent ?? '').toContain('Demoville');
    await userEvent.click(b.scope.getByRole('button', { name: /^Open/ }).first());
    await waitForGrid(b);
    await expect.poll(() => text(b, 'local-kpi-result-LOCAL: MOB: 1')).toContain('84 % · scored');
    // 31 200 trees on 780 km: 40 per km against 50, 80 %.
    expect(text(b, 'local-kpi-result-LOCAL: PSN: 1')).toContain('80 % · scored');
    expect(b.container.querySelector('[data-testid="local-kpis-not-held"]')).toBeNull();
  });

  it('a frozen assessment shows its local KPIs scored but refuses local edits: its inputs and framework buttons are disabled, and a change forced on an input changes nothing stored', async () => {
    const doc = structuredClone(v9) as unknown as AssessmentDoc;
    const a = await fresh.mount(async (db) => {
      await addAssessment(db, doc);
      await saveLocalFramework(db, JSON.stringify(demovilleFramework));
    });
    const name = fresh.dbName();
    await expect.poll(() => a.container.textContent ?? '').toContain('Demoville');
    await userEvent.click(a.scope.getByRole('button', { name: /^Open/ }).first());
    await waitForGrid(a);
    await expect.poll(() => text(a, 'local-kpi-result-LOCAL: MOB: 1')).toContain('84 % · scored');
    const panel = a.container.querySelector('[data-testid="local-kpis"]')!;
    const inputs = [...panel.querySelectorAll('input')];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(input.matches(':disabled')).toBe(true);
    for (const button of panel.querySelectorAll('button')) expect(button.disabled).toBe(true);
    // A change forced on the input, its fieldset enabled by hand (the developer tools, an extension),
    // reaches the session, which refuses it.
    for (const f of panel.querySelectorAll('fieldset')) f.disabled = false;
    inputs[0].value = '9999';
    inputs[0].dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => a.container.textContent ?? '').toContain('This assessment is frozen: the change was refused and nothing was saved');
    // Opened again (the row and any journal replayed), the value is the sealed one.
    const b = fresh.reload();
    await expect.poll(() => b.container.textContent ?? '').toContain('Demoville');
    await userEvent.click(b.scope.getByRole('button', { name: /^Open/ }).first());
    await waitForGrid(b);
    await expect.poll(() => text(b, 'local-kpi-result-LOCAL: MOB: 1')).toContain('84 % · scored');
    expect(b.container.querySelector<HTMLInputElement>('[data-testid="local-kpis"] input')?.value).toBe('2100');
    const after = await stored(name, doc.id);
    expect(after?.localValues).toEqual(v9.localValues);
    expect(after?.frozen).toEqual(v9.frozen);
  });
});
