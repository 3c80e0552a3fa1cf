import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import galicia from '../fixtures/jsonstat/galicia.json?raw';
import usGsp from '../fixtures/jsonstat/us-gsp.json?raw';
import { chooseFile, createThroughForm, freshAppPerTest, onlyAssessmentId, stored, waitForGrid, type Mounted } from './helpers';

/** Wireless broadband subscriptions per 100 000 inhabitants: divided by the profile's population. */
const WIRELESS = 'EC: ICT: ICT: 3C|';

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const { mount, reload, dbName } = freshAppPerTest();

const section = (app: Mounted, selector: string) => {
  const el = app.container.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return { el, scope: page.elementLocator(el) };
};

/** Pontevedra's population in 2011 from the INE/IGE table, through the profile panel's fill. */
async function fillPopulation(app: Mounted) {
  const profile = section(app, 'section.profile');
  await userEvent.click(profile.scope.getByText('Fill from a JSON-stat table'));
  chooseFile(profile.el, new File([galicia], 'galicia.json', { type: 'application/json' }));
  await userEvent.selectOptions(profile.scope.getByLabelText('Dimension of the area'), 'residence');
  for (const [label, id] of [
    ['province of residence', '36'],
    ['year', '2011'],
    ['place of birth', 'T'],
    ['age group', 'T'],
    ['gender', 'T'],
  ])
    await userEvent.selectOptions(profile.scope.getByLabelText(label, { exact: true }), id);
  await userEvent.click(profile.scope.getByRole('button', { name: 'Fill in' }));
  return profile;
}

describe('a figure filled from a statistics table keeps its source (#29 item 4)', () => {
  it('the profile’s population: stored with its source, shown under the field and in the explanation of a data point divided by it, still there after a reload', async () => {
    const app = mount();
    const name = dbName();
    const grid = await createThroughForm(app, 'Pontevedra', '2011');
    const profile = await fillPopulation(app);
    await expect.element(profile.scope.getByRole('status')).toHaveTextContent('INE and IGE');
    const shown = profile.scope.getByTestId('profile-population-source');
    await expect.element(shown).toHaveTextContent('From INE and IGE, Population by province of residence');
    await expect.element(shown).toHaveTextContent('Pontevedra (36)');
    await expect.element(shown).toHaveTextContent('File galicia.json, read ');
    await expect.element(profile.scope.getByLabelText('Population', { exact: false })).toHaveValue('954877');

    const id = await onlyAssessmentId(name);
    await expect
      .poll(async () => (await stored(name, id))?.provenance?.profile?.population)
      .toMatchObject({
        kind: 'json-stat',
        value: 954877,
        source: 'INE and IGE',
        file: 'galicia.json',
        retrieved: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });

    grid.selectCell(WIRELESS, 'numerator');
    await expect.element(app.scope.getByTestId('explain-source')).toHaveTextContent('From INE and IGE');

    // Reload: the figure and its source come back from storage.
    const again = reload();
    await expect
      .poll(() => again.grid() !== null || again.container.querySelector('button[aria-label="Open Pontevedra 2011"]') !== null, { timeout: 10_000 })
      .toBe(true);
    if (!again.grid()) await userEvent.click(again.scope.getByRole('button', { name: 'Open Pontevedra 2011' }));
    const reopened = await waitForGrid(again);
    await expect.element(again.scope.getByTestId('profile-population-source')).toHaveTextContent('Pontevedra (36)');
    reopened.selectCell(WIRELESS, 'numerator');
    await expect.element(again.scope.getByTestId('explain-source')).toHaveTextContent('galicia.json');

    // Typing another population: the figure is no longer the office's, and its source goes.
    const field = again.scope.getByLabelText('Population', { exact: false });
    await userEvent.fill(field, '960000');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => again.container.querySelector('[data-testid="profile-population-source"]')).toBeNull();
    await expect.poll(async () => (await stored(name, id))?.provenance).toBeUndefined();
  }, 90_000);

  it('any input: a data point’s numerator filled from a table in its side panel, with its source', async () => {
    const app = mount();
    const name = dbName();
    const grid = await createThroughForm(app, 'Florida', '2013');
    grid.selectCell(WIRELESS, 'numerator');
    const explain = section(app, 'section.explain');
    await userEvent.click(explain.scope.getByText('Fill from a JSON-stat table'));
    chooseFile(explain.el, new File([usGsp], 'us-gsp.json', { type: 'application/json' }));
    await userEvent.selectOptions(explain.scope.getByLabelText('state', { exact: true }), '12');
    // One year only: nothing to choose.
    await userEvent.selectOptions(explain.scope.getByLabelText('concepts', { exact: true }), 'pop');
    await userEvent.selectOptions(explain.scope.getByLabelText('Input to fill'), 'numerator · Wireless broadband subscriptions');
    await userEvent.click(explain.scope.getByRole('button', { name: 'Fill in' }));
    const id = await onlyAssessmentId(name);
    await expect.poll(async () => (await stored(name, id))?.values[WIRELESS]?.numerator).toBe(18_800_000);
    expect((await stored(name, id))?.provenance?.values?.[WIRELESS]?.numerator).toMatchObject({ file: 'us-gsp.json', multiplier: 6, unit: 'million' });
    await expect.element(explain.scope.getByTestId('explain-source')).toHaveTextContent('us-gsp.json');

    // The report lists it among the figures from statistics tables.
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    const sources = app.scope.getByTestId('report-table-sources');
    await expect.element(sources).toHaveTextContent('EC: ICT: ICT: 3C');
    await expect.element(sources).toHaveTextContent('numerator: From');
    await expect.element(sources).toHaveTextContent('us-gsp.json');
  }, 60_000);

  it('a frozen assessment refuses the fill, says so, and stores nothing', async () => {
    const app = mount();
    const name = dbName();
    const grid = await createThroughForm(app, 'Frostburg');
    grid.selectCell(WIRELESS, 'numerator');
    const panel = app.scope.getByTestId('review-panel');
    await userEvent.fill(panel.getByLabelText('Your name'), 'Vera Verifier');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    await userEvent.click(app.scope.getByTestId('freeze-button'));
    await userEvent.click(app.scope.getByTestId('freeze-confirm'));
    const id = await onlyAssessmentId(name);
    await expect.poll(async () => (await stored(name, id))?.frozen?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const frozen = (await stored(name, id))!;
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    const profile = await fillPopulation(app);
    await expect.element(profile.scope.getByRole('alert')).toHaveTextContent('This assessment is frozen');
    const after = (await stored(name, id))!;
    expect(after.revision).toBe(frozen.revision);
    expect(after.profile).toEqual(frozen.profile);
    expect(after.provenance).toBeUndefined();
  }, 60_000);
});
