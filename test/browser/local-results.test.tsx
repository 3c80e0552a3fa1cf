/**
 * Issue #30's browser test, end to end: a local KPI made in the framework editor from two inputs with
 * a formula, data typed for it in an assessment, and the KPI scored in the results table (marked local,
 * with its target's basis and source), explained (its formula and inputs), drawn on the wheel (a group
 * named with the framework, in the wheel's text alternative too) and warned by a validation rule of
 * the same framework file, which never refuses the value.
 */
import { Chart } from 'chart.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import v9 from '../fixtures/frozen/assessment-v9.json';
import demovilleFramework from '../fixtures/local-framework/demoville-local.framework.json';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { addAssessment } from '../../src/storage/db';
import { saveLocalFramework } from '../../src/storage/local-framework';
import { createThroughForm, freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const { mount } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const CODE = 'LOCAL: MOB: 2';
const RULE = 'A bicycle share above 50 % is not plausible in this city';
const text = (a: Mounted, selector: string) => a.container.querySelector(selector)?.textContent ?? '';

describe('a local KPI from the editor to the results, the explanation, the wheel and a rule', () => {
  it('creates a local KPI from two inputs with a formula, enters data, and sees it scored, explained and drawn on the wheel; and a rule that warns', async () => {
    const a = mount();
    // The editor: a KPI of two named inputs and a formula no ratio can say, and a rule on it.
    await userEvent.click(a.scope.getByText('Your framework: local KPIs and rules'));
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await userEvent.fill(a.scope.getByLabelText('Code'), CODE);
    await userEvent.fill(a.scope.getByLabelText('Name', { exact: true }), 'Share of trips made by bicycle');
    await userEvent.fill(a.scope.getByLabelText('Unit'), '%');
    await userEvent.fill(a.scope.getByLabelText('Input 1: name in the formula'), 'bike');
    await userEvent.fill(a.scope.getByLabelText('Input 1: what is counted'), 'Bicycle trips per day');
    await userEvent.fill(a.scope.getByLabelText('Input 2: name in the formula'), 'car');
    await userEvent.fill(a.scope.getByLabelText('Input 2: what is counted'), 'Car trips per day');
    await userEvent.fill(a.scope.getByLabelText('Source', { exact: true }), 'City mobility plan 2024');
    await userEvent.fill(a.scope.getByLabelText('Formula', { exact: true }), 'bike / (bike + car) * 100');
    await userEvent.click(a.scope.getByLabelText('No target'));
    await userEvent.fill(a.scope.getByLabelText('Reference target', { exact: true }), '40');
    await userEvent.click(a.scope.getByRole('button', { name: 'Save the KPI' }));
    await expect.poll(() => text(a, '[data-testid="framework-status"]')).toContain('1 of them local');

    await userEvent.fill(a.scope.getByLabelText('What the rule checks'), RULE);
    await userEvent.fill(a.scope.getByLabelText('Left side'), `[${CODE}]`);
    await userEvent.fill(a.scope.getByLabelText('Right side'), '50');
    await userEvent.fill(a.scope.getByLabelText('Source of the rule'), 'Household travel survey 2023');
    await userEvent.click(a.scope.getByRole('button', { name: 'Save the rule' }));
    await expect.poll(() => a.container.textContent ?? '').toContain(`Rule saved: ${RULE}.`);

    // The assessment: the local KPIs scored here, the two inputs typed.
    await createThroughForm(a, 'Bikeburg');
    await userEvent.click(a.scope.getByRole('button', { name: 'Score the local KPIs here' }));
    await expect.element(a.scope.getByTestId('local-kpis')).toBeVisible();
    await userEvent.fill(a.scope.getByLabelText('Bicycle trips per day'), '3000');
    await userEvent.keyboard('{Tab}');
    await userEvent.fill(a.scope.getByLabelText('Car trips per day'), '7000');
    await userEvent.keyboard('{Tab}');
    // 3 000 ÷ (3 000 + 7 000) × 100 = 30 % against 40: 75 %, and no warning.
    await expect.poll(() => text(a, `[data-testid="local-kpi-result-${CODE}"]`)).toContain('75 % · scored');
    expect(text(a, `[data-testid="local-kpi-${CODE}"]`)).not.toContain(RULE);

    // The results view: a table of the local KPIs, marked local in words, with the framework's name.
    await userEvent.click(a.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.poll(() => a.container.querySelector('[data-testid="local-results"]') !== null).toBe(true);
    const heading = text(a, '#local-results-title');
    expect(heading).toMatch(/^Local KPIs of “.+”$/);
    const fwName = heading.slice('Local KPIs of “'.length, -1);
    expect(text(a, '[data-testid="local-results"]')).toContain('do not count in the U4SSC scores');
    const row = () => text(a, `[data-testid="local-results-row-${CODE}"]`);
    expect(row()).toContain('Share of trips made by bicycle (local KPI)');
    expect(row()).toContain('30 %');
    expect(row()).toContain('40 % · basis: public source · source: City mobility plan 2024');
    expect(row()).toContain('75 %');

    // Its explanation: the formula as written and each input by its name, as typed.
    await userEvent.click(a.scope.getByRole('button', { name: `Explain ${CODE}` }));
    const explained = () => text(a, '[data-testid="local-results-explain"]');
    await expect.poll(explained).toContain('bike / (bike + car) * 100');
    expect(explained()).toContain('Bicycle trips per day: 3,000');
    expect(explained()).toContain('Car trips per day: 7,000');
    expect(explained()).toContain('City mobility plan 2024');

    // The wheel: one more outer segment than the 112 U4SSC data points, an inner group named with
    // the framework, and the hidden table (the wheel's text alternative) lists the local KPI.
    const canvas = a.container.querySelector<HTMLCanvasElement>('.results-view canvas')!;
    const wheel = Chart.getChart(canvas)!;
    expect(wheel.data.datasets[0].data).toHaveLength(113);
    expect(wheel.data.datasets[2].data.at(-1)).toBe(1);
    const table = text(a, '.r-wheel table');
    expect(table).toContain(`Local: ${fwName}`);
    expect(table).toContain('Share of trips made by bicycle (local KPI)');
    // The keyboard reaches it: End is the last segment, the local KPI; Enter explains it here.
    await userEvent.click(a.scope.getByRole('button', { name: 'Hide the explanation' }));
    (a.container.querySelector('.r-wheel-canvas') as HTMLElement).focus();
    await userEvent.keyboard('{End}');
    await expect.poll(() => text(a, '[data-testid="wheel-live"]')).toContain('Share of trips made by bicycle (local KPI)');
    await userEvent.keyboard('{Enter}');
    await expect.poll(explained).toContain('bike / (bike + car) * 100');

    // The rule: 6 000 bicycle trips to 4 000 by car is a 60 % share, above 50: a warning, still scored.
    await userEvent.click(a.scope.getByRole('tab', { name: 'Grid' }));
    await userEvent.fill(a.scope.getByLabelText('Bicycle trips per day'), '6000');
    await userEvent.keyboard('{Tab}');
    await userEvent.fill(a.scope.getByLabelText('Car trips per day'), '4000');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => text(a, `[data-testid="local-kpi-${CODE}"]`)).toContain(RULE);
    expect(text(a, `[data-testid="local-kpi-result-${CODE}"]`)).toContain('scored');
    await userEvent.click(a.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.poll(() => text(a, `[data-testid="local-results-row-${CODE}"]`)).toContain('60 %');
    await userEvent.click(a.scope.getByRole('button', { name: `Explain ${CODE}` }));
    await expect.poll(explained).toContain(RULE);
    expect(explained()).toContain('Household travel survey 2023');

    // The city report lists it too, marked local, with its target's basis and source.
    await userEvent.click(a.scope.getByRole('tab', { name: 'City report' }));
    await expect.poll(() => text(a, `.results-view [data-testid="local-results-row-${CODE}"]`)).toContain('(local KPI)');
    expect(text(a, `.results-view [data-testid="local-results-row-${CODE}"]`)).toContain('basis: public source · source: City mobility plan 2024');
    // And its wheel draws the local KPI too.
    await expect
      .poll(() => Chart.getChart(a.container.querySelector<HTMLCanvasElement>('.results-view .r-wheel canvas')!)?.data.datasets[0].data.length)
      .toBe(113);
  });
});

describe('local KPIs in the compare view', () => {
  it('has a row per local KPI when the compared assessments share the framework, and says so when they do not', async () => {
    const a = await mount(async (db) => {
      const doc = structuredClone(v9) as unknown as AssessmentDoc;
      delete doc.frozen;
      delete doc.parent;
      await addAssessment(db, doc);
      const earlier = { ...structuredClone(doc), id: 'demoville-2024', year: 2024 };
      earlier.localValues = { ...earlier.localValues, 'LOCAL: MOB: 1|': { numerator: 1600 } };
      await addAssessment(db, earlier);
      const plain = { ...structuredClone(doc), id: 'plainville-2024', city: 'Plainville', year: 2024 };
      delete plain.localFramework;
      delete plain.localValues;
      await addAssessment(db, plain);
      await saveLocalFramework(db, JSON.stringify(demovilleFramework));
    });
    await expect.poll(() => a.container.textContent ?? '').toContain('Demoville');
    await userEvent.click(a.scope.getByRole('button', { name: /^Open Demoville \(fictional\) 2025/ }).first());
    await waitForGrid(a);
    await userEvent.click(a.scope.getByRole('tab', { name: 'Compare years and cities' }));
    // The city's two years share demoville-local 2025.1: one row per local KPI, a cell per year.
    const row = () => text(a, '[data-testid="local-compare-row-LOCAL: MOB: 1"]');
    await expect.poll(row).toContain('6.4');
    expect(row()).toContain('8.4');
    expect(row()).toContain('(local KPI)');
    expect(text(a, '[data-testid="local-compare"]')).toContain(
      'share the local framework “Demoville local KPIs (fictional)” (demoville-local, version 2025.1)',
    );

    // Plainville has no local framework: no local rows, and the view says why.
    await userEvent.click(a.scope.getByRole('checkbox', { name: /Plainville 2024/ }));
    await expect.poll(() => text(a, '[data-testid="local-compare-not-shared"]')).toContain('Local KPIs are not compared');
    expect(text(a, '[data-testid="local-compare-not-shared"]')).toContain('Plainville 2024: no local framework');
    expect(a.container.querySelector('[data-testid="local-compare"]')).toBeNull();
  });
});
