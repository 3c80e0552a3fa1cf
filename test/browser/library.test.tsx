import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEMO_CITIES } from '../../src/engine/frameworks/u4ssc/demo';
import { createAssessment } from '../../src/engine/assessment';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { freshAppPerTest, waitForGrid } from './helpers';

const fresh = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('the assessments library', () => {
  it('opens a clearly fictional demo city, then duplicates, renames, deletes and undoes the delete', async () => {
    const a = fresh.mount();
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

describe('a library of 10 000 assessments (issue #32)', () => {
  it('opens, filters, moves between rows by keyboard and opens the assessment found, rendering only the rows in view', async () => {
    const N = 10_000;
    const rows = Array.from({ length: N }, (_, i) => ({
      ...createAssessment({ city: `Town ${String(i).padStart(5, '0')}`, country: i % 2 ? 'Oddland' : 'Evenland', year: 2000 + (i % 25) }, u4ssc, 'reference'),
      updatedAt: 1_700_000_000_000 + i,
    }));
    // Stored through the app's own storage (its summaries written with the rows, as by an import).
    const a = await fresh.mount((db) => db.assessments.bulkAdd(rows));
    const table = a.scope.getByRole('table');
    await expect.element(table).toHaveAttribute('aria-rowcount', String(N + 1));
    // Newest first, and only a window of the 10 000 rows is in the page.
    await expect.element(a.scope.getByRole('button', { name: 'Open Town 09999 2024' })).toBeInTheDocument();
    const rendered = () => a.container.querySelectorAll('.library-table tr[data-entry]').length;
    expect(rendered()).toBeGreaterThan(0);
    expect(rendered()).toBeLessThan(200);
    expect(a.container.querySelector('tr[data-entry]')?.getAttribute('aria-rowindex')).toBe('2');

    // Scrolled to the end of the list, the last rows are rendered with their place in the whole list.
    a.container.querySelector('.library-table tbody tr:last-child')?.scrollIntoView({ block: 'end' });
    await expect.element(a.scope.getByRole('button', { name: 'Open Town 00000 2000' })).toBeInTheDocument();
    expect(a.container.querySelector('tr[data-entry="' + rows[0].id + '"]')?.getAttribute('aria-rowindex')).toBe(String(N + 1));
    expect(rendered()).toBeLessThan(200);

    // The search filters the 10 000 on city, country and year, every word.
    await userEvent.fill(a.scope.getByLabelText('Search assessments'), 'town 0012 oddland');
    await expect.element(a.scope.getByTestId('library-shown')).toHaveTextContent(`Shown: 5 of ${N}`);
    await expect.element(table).toHaveAttribute('aria-rowcount', '6');
    expect([...a.container.querySelectorAll('tr[data-entry] th')].map((th) => th.firstChild?.textContent)).toEqual([
      'Town 00129',
      'Town 00127',
      'Town 00125',
      'Town 00123',
      'Town 00121',
    ]);

    // ArrowDown moves to the same button of the next row.
    (a.container.querySelector('button[aria-label="Open Town 00129 2004"]') as HTMLButtonElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Open Town 00127 2002');

    await userEvent.fill(a.scope.getByLabelText('Search assessments'), 'nowhere at all');
    await expect.element(a.scope.getByTestId('library-shown')).toHaveTextContent('No assessment matches the search.');
    expect(rendered()).toBe(0);

    await userEvent.fill(a.scope.getByLabelText('Search assessments'), 'Town 05000');
    await userEvent.click(a.scope.getByRole('button', { name: 'Open Town 05000 2000' }));
    await waitForGrid(a);
  });
});
