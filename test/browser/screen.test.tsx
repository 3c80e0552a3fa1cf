import { render } from 'solid-js/web';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc/index';
import { Evaluator } from '../../src/engine/evaluator';
import { explain } from '../../src/engine/explain';
import type { AssessmentInput } from '../../src/engine/types';
import { addAssessment, WorkbenchDb } from '../../src/storage/db';
import { ExplainPanel } from '../../src/ui/panels';
import { shellWords } from '../../src/ui/strings';
import { DEMO_CITIES, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { assessmentIdOf, createThroughForm, freshAppPerTest, stored, typeInto, waitForGrid, type Mounted } from './helpers';

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
    await expect.poll(() => app.container.querySelector('[data-testid="report-headline"]')?.textContent).toContain('1 of 112 data points');
    const report = app.container.querySelector<HTMLElement>('[data-testid="report-headline"]')!;
    expect(report.dataset.provisional).toBe('true');
    expect(report.textContent).toContain('Provisional');
    expect(app.container.querySelector('[data-testid="report-scores"] tr[data-code="EC"]')!.textContent).toContain('provisional');

    await userEvent.click(app.scope.getByRole('tab', { name: 'Wheel and charts' }));
    await expect.poll(() => app.container.querySelector('[data-testid="wheel-headline"]')?.textContent).toContain('Provisional');
    await expect.poll(() => app.container.querySelector('[data-testid="radar-provisional"]')?.textContent).toContain('Provisional');
  });

  it('never shows 95 % next to band 66–95 %: 94.99 % reads 94.9 % in the summary and the report', async () => {
    const doc = oneValue();
    doc.values[NET] = { value: 94.99 };
    doc.method = { name: 'continuous' };
    const app = await openStored(doc);
    await expect.poll(() => app.container.querySelector('tr[data-code="overall"] .agg-percent')?.textContent).toBe('94.9 %');
    expect(app.container.querySelector('tr[data-code="overall"] .band')!.textContent).toBe('66–95 %');
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    await expect.poll(() => app.container.querySelector('[data-testid="report-headline"]')?.textContent).toContain('94.9 % · 66–95 %');
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

describe('opening an assessment', () => {
  it('explains the cell the grid selects on opening, with no "engine did not answer" notice (the explain once went ahead of the load)', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await expect.poll(() => app.container.querySelector('[data-testid="summary-headline"]')?.textContent).toMatch(/\d/);
    await expect.poll(() => app.container.querySelector('.explain .explain-body')).not.toBeNull();
    expect(app.container.textContent).not.toContain(shellWords.engineFailed);
  });
});

describe('explain this number, as shown', () => {
  function showExplanation(id: string, input: AssessmentInput, decimal: 'point' | 'comma' = 'point'): { el: HTMLElement; dispose: () => void } {
    const x = explain(u4ssc, referenceTargets, new Evaluator(u4ssc, referenceTargets, input), id);
    const el = document.createElement('div');
    document.body.appendChild(el);
    const stop = render(() => <ExplainPanel explanation={x} decimal={decimal} />, el);
    return { el, dispose: () => (stop(), el.remove()) };
  }
  const input = (values: AssessmentInput['values'], profile: AssessmentInput['profile'] = {}): AssessmentInput => ({
    profile,
    values,
    targets: {},
    method: { name: 'u4ssc-points' },
  });

  it('shows a yes/no target as yes, says "lower is better" once and keeps research notes in a labelled, closed note', async () => {
    const yes = showExplanation('EC: I: UP: 2A|Compact', input({ 'EC: I: UP: 2A|Compact': { value: 'no' } }));
    expect(yes.el.querySelector('.explain-target')!.textContent).toMatch(/^yes \(/);
    expect(yes.el.querySelector('.explain-value')!.textContent).toBe('no');
    yes.dispose();

    const lower = showExplanation('EC: P: EM: 1C|', input({ 'EC: P: EM: 1C|': { value: 6 } }));
    expect(lower.el.textContent!.match(/lower is better/g)).toHaveLength(1);
    lower.dispose();

    const mobile = showExplanation('EC: ICT: ICT: 3C|', input({ 'EC: ICT: ICT: 3C|': { value: 95_424 } }));
    expect(mobile.el.querySelector('.explain-notes')!.textContent).not.toContain('Official page not read');
    const note = mobile.el.querySelector('details.explain-source-notes')!;
    expect(note.hasAttribute('open')).toBe(false);
    expect(note.querySelector('summary')!.textContent).toBe('About the sources of this catalogue entry');
    expect(note.textContent).toContain('Official page not read');
    // The value and the formula's multiplier are grouped like every other number of the app.
    expect(mobile.el.querySelector('.explain-value')!.textContent).toContain('95,424');
    expect(mobile.el.querySelector('.explain-formula')!.textContent).toMatch(/× 100,000$/);
    mobile.dispose();
  });

  it('shows an achievement of 94.99 % below 95 %, next to its band 66–95 %', async () => {
    const x = showExplanation('EC: ICT: ICT: 1C|', input({ 'EC: ICT: ICT: 1C|': { value: 94.99 } }));
    expect(x.el.querySelector('.explain-achievement')!.textContent).toMatch(/^94\.9 % /);
    expect(x.el.textContent).toContain('3 · 66–95 %');
    x.dispose();
  });

  it('tells the value that reaches the next band and the levers of each aggregate', async () => {
    const x = showExplanation('EC: ICT: ICT: 1C|', demoInput(u4ssc));
    // 91.5 % of households against a target of 100 %: 95 % reaches the top band.
    expect(x.el.querySelector('.explain-next-band')!.textContent).toBe('A value of 95 % reaches the band 95 %+ of target.');
    const levers = x.el.querySelectorAll('.explain-levers');
    expect(levers).toHaveLength(4);
    expect(levers[3].querySelectorAll('li')).toHaveLength(3);
    expect(levers[0].textContent).toMatch(/EC: ICT: ICT: \S+ [^:]+: .+ → .+ lifts it [\d.]+ % → [\d.]+ % \(band /);
    x.dispose();
    const top = showExplanation('EC: ICT: ICT: 1C|', input({ 'EC: ICT: ICT: 1C|': { value: 99 } }));
    expect(top.el.querySelector('.explain-next-band')!.textContent).toBe('Already in the top band: 95 % of target or more.');
    top.dispose();
  });

  it('formats the worked formula in the chosen decimal style and states a rejection once', async () => {
    const ratio = showExplanation('EC: ICT: ICT: 1C|', input({ 'EC: ICT: ICT: 1C|': { numerator: 45_500 } }, { households: 100_000 }), 'comma');
    expect(ratio.el.querySelector('.explain-value')!.textContent).toBe('45\u202f500 ÷ 100\u202f000 × 100 = 45,5 %');
    ratio.dispose();
    const bad = showExplanation('EC: ICT: ICT: 1C|', input({ 'EC: ICT: ICT: 1C|': { numerator: 'abc' } }, { households: 100 }));
    expect(bad.el.textContent!.match(/is not a number/g)).toHaveLength(1);
    expect(bad.el.textContent).toContain('"abc"');
    bad.dispose();
  });
});

describe('the demo city', () => {
  it('opens the existing demo on a second click, and "Reset demo" restores the shipped values with undo', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);
    const id = await assessmentIdOf(dbName(), 'Demoville (fictional)', 2025);
    const shipped = demoInput(u4ssc).values[NET];
    await typeInto(grid, NET, 'value', '12');
    await expect.poll(async () => (await stored(dbName(), id))?.values[NET]?.value).toBe(12);

    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await expect.element(app.scope.getByText('Opened the existing Demoville (fictional) 2025', { exact: false })).toBeInTheDocument();
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await expect.poll(() => app.container.querySelectorAll('.library-table tbody tr').length).toBe(DEMO_CITIES.length);
    // The edit is still there: the same demo was opened, not a new one.
    expect((await stored(dbName(), id))?.values[NET]?.value).toBe(12);

    await userEvent.click(app.scope.getByRole('button', { name: 'Reset demo: Demoville (fictional) 2025' }));
    await expect.element(app.scope.getByText('Put the shipped demo values back', { exact: false })).toBeInTheDocument();
    await userEvent.click(app.scope.getByRole('button', { name: 'Reset demo', exact: true }));
    await expect.poll(async () => (await stored(dbName(), id))?.values[NET]).toEqual(shipped);
    expect((await stored(dbName(), id))?.id).toBe(id);
    await userEvent.click(app.scope.getByRole('button', { name: 'Undo' }));
    await expect.poll(async () => (await stored(dbName(), id))?.values[NET]?.value).toBe(12);
    expect(app.container.querySelectorAll('.library-table tbody tr')).toHaveLength(DEMO_CITIES.length);
  });
});

describe('a first run that guides', () => {
  const stepState = (app: Mounted, key: string) => app.container.querySelector<HTMLElement>(`[data-testid="first-steps"] [data-step="${key}"]`)?.dataset.state;

  it('puts focus on the empty city profile after Create, and shows the profile as the next step', async () => {
    const app = mount();
    await createThroughForm(app, 'Firstrun');
    await expect.poll(() => document.activeElement?.id).toBe('profile-population');
    expect(stepState(app, 'profile')).toBe('current');
    expect(stepState(app, 'data')).toBe('todo');
    expect(app.container.querySelector('[data-testid="first-steps"]')!.textContent).toContain('0 of 9 figures entered');
    expect(app.container.querySelector<HTMLDetailsElement>('[data-testid="first-steps"]')!.open).toBe(true);
    // The step's button goes to the same place.
    (document.activeElement as HTMLElement).blur();
    await userEvent.click(app.scope.getByRole('button', { name: 'Fill the city profile' }));
    await expect.poll(() => document.activeElement?.id).toBe('profile-population');
    // Filling the profile moves the checklist on.
    for (const f of u4ssc.data.profile) {
      await userEvent.fill(app.scope.getByLabelText(new RegExp(`^${f.label} `)), '1000');
      await userEvent.keyboard('{Enter}');
    }
    await expect.poll(() => stepState(app, 'profile')).toBe('done');
    expect(stepState(app, 'data')).toBe('current');
  });

  it('puts focus in the grid when the profile is already filled, with the checklist folded to its summary line', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    const host = app.container.querySelector('[data-testid="grid"]')!;
    await expect.poll(() => host.contains(document.activeElement)).toBe(true);
    await expect.poll(() => stepState(app, 'profile')).toBe('done');
    await expect.poll(() => stepState(app, 'data')).toBe('done');
    const steps = app.container.querySelector<HTMLDetailsElement>('[data-testid="first-steps"]')!;
    expect(steps.open).toBe(false);
    expect(steps.querySelector('summary')!.textContent).toContain('3 of 4');
  });

  it('explains every cell marking of the grid, including errors, warnings and reminders', async () => {
    const app = mount();
    await createThroughForm(app, 'Legendville');
    const legend = app.container.querySelector('[data-testid="grid-legend"]') as HTMLDetailsElement;
    expect(legend.open).toBe(false);
    await userEvent.click(app.scope.getByText('What the cell markings mean'));
    expect(legend.open).toBe(true);
    const kinds = [...legend.querySelectorAll<HTMLElement>('li[data-kind]')].map((li) => li.dataset.kind);
    expect(kinds).toEqual([
      'advanced',
      'profile',
      'unused',
      'computed',
      'override',
      'error',
      'warning',
      'reminder',
      'review',
      'own',
      'band-1',
      'band-2',
      'band-3',
      'band-4',
    ]);
    expect(legend.querySelector('[data-kind="advanced"]')!.textContent).toContain('advanced KPI');
    expect(legend.querySelector('[data-kind="error"]')!.textContent).toContain('refused');
    expect(legend.querySelector('[data-kind="reminder"]')!.textContent).toContain('still empty');
    expect(legend.querySelector('[data-kind="band-3"]')!.textContent).toContain('66–95 %');
    expect(legend.querySelector('[data-kind="own"]')!.textContent).toContain("◆: the city's own target scores this row");
  });
});
