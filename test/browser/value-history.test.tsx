import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createThroughForm, freshAppPerTest, onlyAssessmentId, stored, typeInto } from './helpers';

const HOTSPOTS = 'EC: ICT: ICT: 5A|';
/** Household Internet access: divides by the profile's households. */
const NET = 'EC: ICT: ICT: 1C|';

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const { mount, dbName } = freshAppPerTest();

describe('a history per value, beside the review panel', () => {
  it('lists each value and review step with who; the name that changed the value after submission cannot verify it without saying so; the history is stored', async () => {
    const app = mount();
    const grid = await createThroughForm(app, 'Ledgerton');
    grid.selectCell(HOTSPOTS, 'value');
    const panel = app.scope.getByTestId('review-panel');
    await userEvent.fill(panel.getByLabelText('Your name'), 'Carla City');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await typeInto(grid, HOTSPOTS, 'value', '12');
    grid.selectCell(HOTSPOTS, 'value');
    await userEvent.click(panel.getByTestId('review-submitted'));
    await expect.element(panel.getByTestId('review-state')).toHaveTextContent('Submitted');

    // The verifier, in this same browser, corrects the value and then tries to verify it.
    await userEvent.click(panel.getByRole('button', { name: 'Change' }));
    await userEvent.fill(panel.getByLabelText('Your name'), 'Vera Verifier');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await typeInto(grid, HOTSPOTS, 'value', '14');
    grid.selectCell(HOTSPOTS, 'value');
    const history = panel.getByTestId('history');
    await expect.poll(() => history.element().querySelectorAll('li').length).toBe(3);
    const lines = () => [...history.element().querySelectorAll('li')].map((li) => li.textContent ?? '');
    // Newest first.
    expect(lines()[0]).toMatch(/^Value 14 · Vera Verifier · /);
    expect(lines()[1]).toMatch(/^Submitted · Carla City · /);
    expect(lines()[2]).toMatch(/^Value 12 · Carla City · /);

    await userEvent.click(panel.getByTestId('review-verified'));
    await expect.element(panel.getByText('Vera Verifier submitted or last changed this value', { exact: false })).toBeVisible();
    await userEvent.click(panel.getByTestId('review-self-verified'));
    await expect.poll(() => lines()[0]).toMatch(/^Verified · Vera Verifier · .*\(own value\)$/);

    const id = await onlyAssessmentId(dbName());
    await expect
      .poll(async () => (await stored(dbName(), id))?.history?.[HOTSPOTS]?.entries.map((e) => `${e.kind}:${e.by}`))
      .toEqual(['value:Carla City', 'review:Carla City', 'value:Vera Verifier', 'review:Vera Verifier']);
    expect((await stored(dbName(), id))?.review?.[HOTSPOTS]).toMatchObject({ state: 'verified', self: true });

    // The report's annex prints the history of the value changed after it was submitted.
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    const changed = app.scope.getByTestId('report-annex-changed');
    await expect.element(changed).toHaveTextContent(/Value 12 · Carla City .*Submitted · Carla City .*Value 14 · Vera Verifier .*Verified · Vera Verifier/);
  });

  it('a households figure changed after submission is in the history of the value it divides, by who changed it; once frozen, the change is refused and nothing is written', async () => {
    const app = mount();
    const grid = await createThroughForm(app, 'Denomville');
    grid.selectCell(NET, 'numerator');
    const panel = app.scope.getByTestId('review-panel');
    await userEvent.fill(panel.getByLabelText('Your name'), 'Carla City');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await typeInto(grid, NET, 'numerator', '900');
    const households = app.scope.getByLabelText(/^Households/);
    await userEvent.fill(households, '1000');
    await userEvent.keyboard('{Enter}');
    grid.selectCell(NET, 'numerator');
    await userEvent.click(panel.getByTestId('review-submitted'));
    await expect.element(panel.getByTestId('review-state')).toHaveTextContent('Submitted');

    // Another name changes the denominator after submission.
    await userEvent.click(panel.getByRole('button', { name: 'Change' }));
    await userEvent.fill(panel.getByLabelText('Your name'), 'Otto Other');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.fill(households, '1200');
    await userEvent.keyboard('{Enter}');
    grid.selectCell(NET, 'numerator');
    const history = panel.getByTestId('history');
    const lines = () => [...history.element().querySelectorAll('li')].map((li) => li.textContent ?? '');
    await expect.poll(() => lines().length).toBe(4);
    // Newest first: the denominator's change, signed by who made it.
    expect(lines()[0]).toMatch(/^Value 900 \/ 1[,.\u202f\u00a0]?200 · Otto Other · /);
    expect(lines()[1]).toMatch(/^Submitted · Carla City · /);
    expect(lines()[2]).toMatch(/^Value 900 \/ 1[,.\u202f\u00a0]?000 · Carla City · /);
    const id = await onlyAssessmentId(dbName());
    await expect
      .poll(async () =>
        (await stored(dbName(), id))?.history?.[NET]?.entries.map((e) => (e.kind === 'value' ? `${e.by}:${e.value.numerator}/${e.value.denominator}` : e.kind)),
      )
      .toEqual(['Carla City:900/undefined', 'Carla City:900/1000', 'review', 'Otto Other:900/1200']);

    // Frozen: the profile form still takes the keys, but the change is refused and said; nothing is stored.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    await userEvent.click(app.scope.getByTestId('freeze-button'));
    await userEvent.click(app.scope.getByTestId('freeze-confirm'));
    await expect.poll(async () => (await stored(dbName(), id))?.frozen?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const frozen = (await stored(dbName(), id))!;
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    // The profile's fields cannot be typed into, as the frozen grid cannot; the session refuses such an
    // edit too (value-history.test.ts), so a field forced open changes nothing either.
    const householdsField = app.scope.getByLabelText(/^Households/);
    await expect.element(householdsField).toHaveAttribute('readonly');
    const input = householdsField.element() as HTMLInputElement;
    input.readOnly = false;
    await userEvent.fill(householdsField, '5');
    await userEvent.keyboard('{Enter}');
    await expect.element(app.scope.getByTestId('notice')).toHaveTextContent('This assessment is frozen: the change was refused and nothing was saved');
    const after = (await stored(dbName(), id))!;
    expect(after.profile.households).toBe(1200);
    expect(after.history).toEqual(frozen.history);
    expect(after.revision).toBe(frozen.revision);
  });
});
