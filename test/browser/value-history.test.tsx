import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createThroughForm, freshAppPerTest, onlyAssessmentId, stored, typeInto } from './helpers';

const HOTSPOTS = 'EC: ICT: ICT: 5A|';

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
});
