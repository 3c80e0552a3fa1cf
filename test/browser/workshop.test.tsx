import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { assessmentIdOf, createThroughForm, freshAppPerTest, stored, typeInto, waitForGrid } from './helpers';

const NET = 'EC: ICT: ICT: 1C|';
const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('the demo cities', () => {
  it('load in one click beside the user’s own assessment, never twice, and "Reset demo cities" restores them all with undo', async () => {
    const app = mount();
    const own = await createThroughForm(app, 'Own City', '2024');
    await typeInto(own, NET, 'value', '55');
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    const ownId = await assessmentIdOf(dbName(), 'Own City', 2024);
    await expect.poll(async () => (await stored(dbName(), ownId))?.values[NET]?.value).toBe(55);

    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);
    await expect.element(app.scope.getByText(`Added ${DEMO_CITIES.length} fictional demo cities.`)).toBeInTheDocument();
    // Demoville 2025 is open; edit it.
    await typeInto(grid, NET, 'value', '12');
    const demoville = await assessmentIdOf(dbName(), 'Demoville (fictional)', 2025);
    await expect.poll(async () => (await stored(dbName(), demoville))?.values[NET]?.value).toBe(12);

    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    for (const c of DEMO_CITIES) await expect.element(app.scope.getByRole('button', { name: `Open ${c.city} ${c.year}` })).toBeInTheDocument();
    await expect.poll(() => app.container.querySelectorAll('.library-table tbody tr').length).toBe(DEMO_CITIES.length + 1);
    // A second click adds nothing and opens the same Demoville.
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await expect.element(app.scope.getByText('Opened the existing Demoville (fictional) 2025', { exact: false })).toBeInTheDocument();
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await expect.poll(() => app.container.querySelectorAll('.library-table tbody tr').length).toBe(DEMO_CITIES.length + 1);

    await userEvent.click(app.scope.getByTestId('reset-demos'));
    await expect.element(app.scope.getByText(`Put the shipped values back into the ${DEMO_CITIES.length} demo cities`, { exact: false })).toBeInTheDocument();
    await userEvent.click(app.scope.getByRole('button', { name: 'Reset demo cities', exact: true }));
    const shipped = demoCityInput(u4ssc, DEMO_CITIES[0]).values[NET];
    await expect.poll(async () => (await stored(dbName(), demoville))?.values[NET]).toEqual(shipped);
    const verdania = DEMO_CITIES.find((c) => c.key === 'verdania-2025')!;
    const verdaniaDoc = (await stored(dbName(), await assessmentIdOf(dbName(), verdania.city, verdania.year)))!;
    expect(verdaniaDoc.values).toEqual(demoCityInput(u4ssc, verdania).values);
    // The user's own assessment is untouched.
    expect((await stored(dbName(), ownId))?.values[NET]?.value).toBe(55);

    await userEvent.click(app.scope.getByRole('button', { name: 'Undo' }));
    await expect.poll(async () => (await stored(dbName(), demoville))?.values[NET]?.value).toBe(12);
    expect(app.container.querySelectorAll('.library-table tbody tr')).toHaveLength(DEMO_CITIES.length + 1);
  });
});
