import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEMO_CITIES } from '../../src/engine/frameworks/u4ssc/demo';
import { deleteDb, mountApp, uniqueDbName, waitForGrid, type Mounted } from './helpers';

let mounted: Mounted | undefined;
let dbName = '';

beforeAll(async () => {
  await page.viewport(1400, 900);
});

afterEach(async () => {
  mounted?.dispose();
  mounted = undefined;
  await deleteDb(dbName);
});

describe('the assessments library', () => {
  it('opens a clearly fictional demo city, then duplicates, renames, deletes and undoes the delete', async () => {
    dbName = uniqueDbName();
    const a = (mounted = mountApp(dbName));
    await userEvent.click(a.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(a);
    await expect.element(a.scope.getByText('Fictional demonstration data', { exact: false })).toBeInTheDocument();
    expect(grid.item('EC: ICT: ICT: 1C|')?.state).toBe('scored');
    await expect.poll(() => a.container.querySelector('tr[data-code="overall"] .agg-percent')?.textContent).toMatch(/ %$/);
    // The band is written out, not only coloured.
    expect(a.container.querySelector('tr[data-code="overall"] .band')?.textContent).toMatch(/–|\+/);

    await userEvent.click(a.scope.getByRole('button', { name: 'All assessments' }));
    await expect.element(a.scope.getByRole('button', { name: 'Open Demoville (fictional) 2025' })).toBeInTheDocument();
    expect(a.container.textContent).toContain('Fictional');

    await userEvent.click(a.scope.getByRole('button', { name: 'Duplicate as next year: Demoville (fictional) 2025' }));
    await expect.element(a.scope.getByRole('button', { name: 'Open Demoville (fictional) 2026' })).toBeInTheDocument();

    await userEvent.click(a.scope.getByRole('button', { name: 'Rename Demoville (fictional) 2026' }));
    await userEvent.fill(a.scope.getByLabelText('City', { exact: true }).last(), 'Copyville (fictional)');
    await userEvent.click(a.scope.getByRole('button', { name: 'Save' }));
    await expect.element(a.scope.getByRole('button', { name: 'Open Copyville (fictional) 2026' })).toBeInTheDocument();

    await userEvent.click(a.scope.getByRole('button', { name: 'Delete Copyville (fictional) 2026' }));
    await expect.element(a.scope.getByText('Delete the assessment Copyville (fictional) 2026?', { exact: false })).toBeInTheDocument();
    await userEvent.click(a.scope.getByRole('button', { name: 'Delete', exact: true }));
    await expect.poll(() => a.container.querySelector('button[aria-label="Open Copyville (fictional) 2026"]')).toBeNull();
    await userEvent.click(a.scope.getByRole('button', { name: 'Undo' }));
    await expect.element(a.scope.getByRole('button', { name: 'Open Copyville (fictional) 2026' })).toBeInTheDocument();
    expect(a.container.querySelectorAll('.library-table tbody tr')).toHaveLength(DEMO_CITIES.length + 1);
  });
});
