import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { cellText, createThroughForm, freshAppPerTest, onlyAssessmentId, stored, type Mounted } from './helpers';
import type { KpiGrid } from '../../src/ui/grid';

const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const G4 = 'EC: ICT: ICT: 4C|4G'; // core; the next row, 5A, is advanced
const WIFI = 'EC: ICT: ICT: 5A|'; // advanced
const METERS = 'EC: ICT: WS: 1C|'; // core, after the category row EC: ICT: WS
const NETWORK = 'EC: ICT: WS: 2A|'; // advanced
const DRM = 'EC: ICT: D: 1A|'; // advanced, alone in its category
const ES1 = 'EC: ICT: ES: 1C|'; // core

const message = (a: Mounted) => a.container.querySelector('[data-testid="grid-message"]')?.textContent ?? '';
const paste = (grid: KpiGrid, text: string) => grid.handsontableForTests().getPlugin('copyPaste').paste(text);

describe('paste that cannot land in the wrong place', () => {
  it('with "Core KPIs only" on, pastes into the data point rows shown, never into hidden rows, and undoes as one', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Coreville');
    await userEvent.click(a.scope.getByLabelText('Core KPIs only'));
    await expect.poll(() => grid.handsontableForTests().getPlugin('hiddenRows').isHidden(grid.rowOf.get(WIFI)!)).toBe(true);

    grid.selectCell(G4, 'source');
    paste(grid, 'a\nb\nc');
    await expect.poll(() => cellText(grid, ES1, 'source')).toBe('c');
    expect(cellText(grid, G4, 'source')).toBe('a');
    expect(cellText(grid, METERS, 'source')).toBe('b');
    // The hidden advanced rows received nothing.
    expect(cellText(grid, WIFI, 'source')).toBe('');
    expect(cellText(grid, NETWORK, 'source')).toBe('');
    expect(cellText(grid, DRM, 'source')).toBe('');
    expect(message(a)).toContain('skipping 2 group rows (headings) and 4 hidden rows');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[ES1]?.source).toBe('c');
    expect((await stored(dbName(), await onlyAssessmentId(dbName())))?.values[WIFI]?.source).toBeUndefined();

    await userEvent.click(a.scope.getByRole('button', { name: 'Undo' }));
    await expect.poll(() => [G4, METERS, ES1].map((id) => cellText(grid, id, 'source'))).toEqual(['', '', '']);
  });

  it('with a group collapsed, skips its rows and says so; no value falls on a group row', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Foldville');
    grid.toggle('EC: ICT: WS');
    grid.selectCell(WIFI, 'source');
    paste(grid, 'x\ny');
    await expect.poll(() => cellText(grid, DRM, 'source')).toBe('y');
    expect(cellText(grid, WIFI, 'source')).toBe('x');
    expect(cellText(grid, METERS, 'source')).toBe('');
    expect(cellText(grid, NETWORK, 'source')).toBe('');
    expect(message(a)).toContain('skipping 2 group rows (headings) and 2 hidden rows');
  });

  it('a column laid out like the values CSV (one line per data point) lands on its data points, group rows skipped and counted', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Columnville');
    const ids = u4ssc.datapoints.map((d) => d.id);
    grid.selectCell(ids[0], 'note');
    paste(grid, ids.map((id) => `note for ${id}`).join('\n'));
    await expect.poll(() => cellText(grid, ids[ids.length - 1], 'note')).toBe(`note for ${ids[ids.length - 1]}`);
    for (const id of ids) expect(cellText(grid, id, 'note')).toBe(`note for ${id}`);
    // 3 dimensions, 7 sub-dimensions and 27 categories, less the three above the first data point.
    expect(message(a)).toContain('Pasted 112 lines into data point rows only, skipping 34 group rows (headings).');
    await expect.poll(async () => (await stored(dbName(), await onlyAssessmentId(dbName())))?.values[ids[111]]?.note).toBe(`note for ${ids[111]}`);
  });

  it('refuses a block longer than the rows left, whole, with a message; never cuts it', async () => {
    const a = mount();
    const grid = await createThroughForm(a, 'Longville');
    const ids = u4ssc.datapoints.map((d) => d.id);
    grid.selectCell(ids[0], 'source');
    paste(grid, Array.from({ length: 10_000 }, (_, i) => `s${i}`).join('\n'));
    await expect.poll(() => message(a)).toContain('Nothing was pasted: the block has 10000 rows, but only 112 data point rows are shown');
    expect(cellText(grid, ids[0], 'source')).toBe('');
    expect(cellText(grid, ids[111], 'source')).toBe('');

    // Two lines from the last data point: one row left, refused too.
    grid.selectCell(ids[111], 'source');
    paste(grid, 'p\nq');
    await expect.poll(() => message(a)).toContain('the block has 2 rows, but only 1 data point row is shown');
    expect(cellText(grid, ids[111], 'source')).toBe('');

    // Wider than the columns left.
    grid.selectCell(ids[0], 'note');
    paste(grid, 'p\tq');
    await expect.poll(() => message(a)).toContain('the block has 2 columns, but only 1 column is left');
    expect(cellText(grid, ids[0], 'note')).toBe('');
  });
});
