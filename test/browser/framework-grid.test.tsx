/**
 * The assessment's editing grid follows the framework it names (issue #30): its local KPIs' inputs are
 * rows of the grid (typed, undone, found, saved in `localValues`, still there scored after a reload,
 * reached with the keyboard, refused when frozen); a national selection shows its U4SSC KPIs in its
 * order and hides the ones it leaves out behind a labelled switch, where no Delete or paste over a range
 * reaches them; a framework this browser does not hold leaves the U4SSC grid, said so, its values kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import v9 from '../fixtures/frozen/assessment-v9.json';
import demovilleFramework from '../fixtures/local-framework/demoville-local.framework.json';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readFrameworkFile, type FrameworkFile } from '../../src/engine/framework-file';
import { removeKpi } from '../../src/engine/framework-edit';
import { addAssessment, type WorkbenchDb } from '../../src/storage/db';
import { saveLocalFramework } from '../../src/storage/local-framework';
import { col, type DpRow } from '../../src/ui/grid/columns';
import type { KpiGrid } from '../../src/ui/grid';
import { cellText, freshAppPerTest, stored, waitForGrid, type Mounted } from './helpers';

const fresh = freshAppPerTest();
beforeAll(async () => {
  await page.viewport(1400, 900);
});

const BIKES = 'LOCAL: MOB: 1|';
const TREES = 'LOCAL: PSN: 1|';
/** A percentage as the grid writes it (a space before the sign, as the locale has it). */
const PCT = (n: number) => new RegExp(`^${n}\\s?%$`);
const text = (a: Mounted, testId: string) => a.container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
const draft = (): AssessmentDoc => {
  const doc = structuredClone(v9) as unknown as AssessmentDoc;
  delete doc.frozen;
  delete doc.parent;
  return doc;
};
const physical = (grid: KpiGrid, id: string) => grid.rowOf.get(id)!;
const hidden = (grid: KpiGrid, id: string) => grid.handsontableForTests().getPlugin('hiddenRows').isHidden(physical(grid, id));

async function open(prepare: (db: WorkbenchDb) => Promise<unknown>): Promise<{ a: Mounted; grid: KpiGrid }> {
  const a = await fresh.mount(prepare);
  await expect.poll(() => a.container.textContent ?? '').toContain('Demoville');
  await userEvent.click(a.scope.getByRole('button', { name: /^Open/ }).first());
  return { a, grid: await waitForGrid(a) };
}

async function reopen(): Promise<{ a: Mounted; grid: KpiGrid }> {
  const a = fresh.reload();
  await expect.poll(() => a.container.textContent ?? '').toContain('Demoville');
  await userEvent.click(a.scope.getByRole('button', { name: /^Open/ }).first());
  return { a, grid: await waitForGrid(a) };
}

/**
 * Demoville's framework as a national selection: two ICT KPIs left out (each between kept ones, with
 * values stored), ICT 3C moved first, housing (another dimension) moved to the front, same id and version.
 */
const LEFT = ['EC: ICT: ICT: 2C', 'EC: ICT: ICT: 4C'];
function selection(): FrameworkFile {
  // Left out as the editor leaves a KPI out: with its targets and links.
  const file = LEFT.reduce(removeKpi, structuredClone(demovilleFramework) as unknown as FrameworkFile);
  const first = ['SC: SH: HO: 1C', 'EC: ICT: ICT: 3C'];
  const out = { ...file, kpis: [...first.map((c) => file.kpis.find((k) => k.code === c)!), ...file.kpis.filter((k) => !first.includes(k.code))] };
  expect(readFrameworkFile(out).ok).toBe(true);
  return out;
}

describe('the grid follows the framework the assessment names', () => {
  it('local KPIs are rows after the U4SSC ones: typed, undone, found, saved, reached by keyboard, still there scored after a reload', async () => {
    const doc = draft();
    const { a, grid } = await open(async (db) => {
      await addAssessment(db, doc);
      await saveLocalFramework(db, JSON.stringify(demovilleFramework));
    });
    const name = fresh.dbName();
    await expect.poll(() => grid.rowOf.has(BIKES)).toBe(true);
    // After every U4SSC row, under a group named for the framework, said to be local in words.
    const rows = grid.rows;
    const lastU4ssc = Math.max(...rows.flatMap((r, i) => (r.kind === 'dp' && !r.local ? [i] : [])));
    const group = rows.findIndex((r) => r.kind === 'group' && r.name === 'Demoville local KPIs (fictional): local KPIs');
    expect(group).toBeGreaterThan(lastU4ssc);
    expect(physical(grid, BIKES)).toBeGreaterThan(group);
    expect(physical(grid, TREES)).toBeGreaterThan(group);
    expect(cellText(grid, BIKES, 'name')).toBe('Shared bicycles per 1 000 inhabitants (local KPI)');
    // The stored values in their input cells, scored in the page: 2 100 / 250 000 × 1 000 = 8.4 against 10.
    expect(cellText(grid, BIKES, 'numerator')).toBe('2100');
    expect(cellText(grid, TREES, 'denominator')).toBe('780');
    await expect.poll(() => cellText(grid, BIKES, 'computed')).toBe('8.4');
    expect(cellText(grid, BIKES, 'achievement')).toMatch(PCT(84));
    // Its one input over the profile's population: the denominator cell is the profile's, not typed here.
    expect(grid.handsontableForTests().getCellMeta(physical(grid, BIKES), col('denominator')).readOnly).toBe(true);

    // Typed like any cell: saved in localValues (no format change), scored, and the side panel agrees.
    grid.selectCell(BIKES, 'numerator');
    await userEvent.keyboard('2500{Enter}');
    await expect.poll(async () => (await stored(name, doc.id))?.localValues?.[BIKES]?.numerator).toBe(2500);
    await expect.poll(() => cellText(grid, BIKES, 'achievement')).toMatch(PCT(100));
    await expect.poll(() => text(a, 'local-kpi-result-LOCAL: MOB: 1')).toContain('100 %');
    expect((await stored(name, doc.id))?.values).toEqual(doc.values);
    // Undone like any cell.
    grid.selectCell(BIKES, 'numerator');
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(async () => (await stored(name, doc.id))?.localValues?.[BIKES]?.numerator).toBe(2100);
    await expect.poll(() => cellText(grid, BIKES, 'achievement')).toMatch(PCT(84));

    // Typed in the local KPIs panel beside the grid instead, it shows in the grid's row too: both ways agree.
    await userEvent.fill(a.scope.getByLabelText('Shared bicycles in service', { exact: true }), '2300');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => cellText(grid, BIKES, 'numerator')).toBe('2300');
    await expect.poll(async () => (await stored(name, doc.id))?.localValues?.[BIKES]?.numerator).toBe(2300);

    // Reached with the keyboard from the last U4SSC row: down over the group row to the first local row.
    const lastRow = rows[lastU4ssc] as DpRow;
    grid.selectCell(lastRow.ref.id, 'value');
    for (let k = physical(grid, lastRow.ref.id); k < physical(grid, BIKES); k++) await userEvent.keyboard('{ArrowDown}');
    expect(grid.handsontableForTests().getSelectedLast()?.[0]).toBe(physical(grid, BIKES));
    await userEvent.keyboard('{ArrowDown}{ArrowLeft}{ArrowLeft}');
    expect(grid.handsontableForTests().getSelectedLast()?.slice(0, 2)).toEqual([physical(grid, TREES), col('numerator')]);
    await userEvent.keyboard('39000{Enter}');
    await expect.poll(async () => (await stored(name, doc.id))?.localValues?.[TREES]?.numerator).toBe(39000);
    // 39 000 trees on 780 km: 50 per km against 50.
    await expect.poll(() => cellText(grid, TREES, 'achievement')).toMatch(PCT(100));

    // Found with the find box, like any row.
    await userEvent.fill(a.scope.getByTestId('grid-find'), 'street trees');
    await expect.poll(() => hidden(grid, BIKES)).toBe(true);
    expect(hidden(grid, TREES)).toBe(false);
    expect(hidden(grid, 'EC: ICT: ICT: 1C|')).toBe(true);
    await expect.poll(() => text(a, 'grid-find-count')).toContain('1 of 114 data points match');

    // A new app on the same database: the values are in their rows, scored.
    const again = await reopen();
    await expect.poll(() => again.grid.rowOf.has(TREES) && cellText(again.grid, TREES, 'numerator')).toBe('39000');
    await expect.poll(() => cellText(again.grid, TREES, 'achievement')).toMatch(PCT(100));
    expect(cellText(again.grid, BIKES, 'numerator')).toBe('2300');
  });

  it('a selection shows its U4SSC KPIs in its order; the ones it leaves out hide behind a switch, and no Delete or paste over a range touches them', async () => {
    const doc = draft();
    const { a, grid } = await open(async (db) => {
      await addAssessment(db, doc);
      await saveLocalFramework(db, JSON.stringify(selection()));
    });
    const name = fresh.dbName();
    await expect.poll(() => grid.rowOf.has(BIKES)).toBe(true);
    // Its order: housing's dimension first, ICT 3C before 1C; the local KPIs last.
    const dims = grid.rows.flatMap((r) => (r.kind === 'group' && r.level === 'dimension' ? [r.code] : []));
    expect(dims[0]).toBe('SC');
    expect(physical(grid, 'EC: ICT: ICT: 3C|')).toBeLessThan(physical(grid, 'EC: ICT: ICT: 1C|'));
    const switchBox = a.scope.getByLabelText('Show the 2 U4SSC KPIs this selection leaves out');
    await expect.element(switchBox).not.toBeChecked();
    const left = grid.rows.flatMap((r) => (r.kind === 'dp' && r.outside ? [r.ref.id] : []));
    expect(left).toEqual(['EC: ICT: ICT: 2C|', 'EC: ICT: ICT: 4C|3G', 'EC: ICT: ICT: 4C|4G']);
    for (const id of left) expect(hidden(grid, id)).toBe(true);
    // Their stored values, to be kept whatever is done over a range.
    for (const id of left) expect(doc.values[id]?.numerator).toBeTypeOf('number');

    // Delete over the ICT rows and the first row after them: the hidden ones lie in between.
    const hiddenRows = grid.handsontableForTests().getPlugin('hiddenRows');
    const ict = grid.rows.flatMap((r, i) => (r.kind === 'dp' && r.ref.path.category === 'EC: ICT: ICT' ? [i] : []));
    const top = Math.min(...ict);
    const bottom = grid.rows.findIndex((r, i) => i > Math.max(...ict) && r.kind === 'dp' && !hiddenRows.isHidden(i));
    const idAt = (i: number) => (grid.rows[i] as DpRow).ref.id;
    const shownRows = grid.rows.flatMap((r, i) => (i >= top && i <= bottom && r.kind === 'dp' && !hiddenRows.isHidden(i) ? [i] : []));
    expect(shownRows.length).toBeGreaterThan(1);
    grid.handsontableForTests().selectCell(top, col('numerator'), bottom, col('numerator'));
    await userEvent.keyboard('{Delete}');
    await expect.poll(async () => (await stored(name, doc.id))?.values[idAt(top)]?.numerator).toBeUndefined();
    let after = await stored(name, doc.id);
    for (const i of shownRows) expect(after?.values[idAt(i)]?.numerator).toBeUndefined();
    for (const id of left) expect(after?.values[id]).toEqual(doc.values[id]);
    await expect.poll(() => text(a, 'grid-message')).toContain('hidden rows were left as they were');

    // A pasted column from the top ICT row lands on the rows shown, skipping the hidden ones.
    grid.handsontableForTests().selectCell(top, col('numerator'));
    grid
      .handsontableForTests()
      .getPlugin('copyPaste')
      .paste(shownRows.map((_, k) => String(k + 1)).join('\n'));
    await expect.poll(async () => (await stored(name, doc.id))?.values[idAt(top)]?.numerator).toBe(1);
    after = await stored(name, doc.id);
    for (const id of left) expect(after?.values[id]).toEqual(doc.values[id]);

    // The switch shows them, marked in words; their U4SSC scores are the assessment's own.
    await userEvent.click(switchBox);
    await expect.poll(() => left.map((id) => hidden(grid, id))).toEqual([false, false, false]);
    expect(cellText(grid, left[0], 'name')).toContain('(left out of the selection)');
    expect(cellText(grid, left[0], 'numerator')).toBe(String(doc.values[left[0]]!.numerator));
    expect(grid.item(left[0])?.state).toBe('scored');
  });

  it('choosing the framework in the local KPIs panel lays the grid out after it; giving it up returns to the U4SSC grid, values kept', async () => {
    const doc = draft();
    delete doc.localFramework;
    delete doc.localValues;
    const { a, grid } = await open(async (db) => {
      await addAssessment(db, doc);
      await saveLocalFramework(db, JSON.stringify(selection()));
    });
    const name = fresh.dbName();
    expect(grid.rowOf.has(BIKES)).toBe(false);
    expect(a.container.querySelector('[data-testid="grid-follows"]')).toBeNull();
    await userEvent.click(a.scope.getByRole('button', { name: 'Score the local KPIs here' }));
    await expect.poll(() => grid.rowOf.has(BIKES)).toBe(true);
    await expect.element(a.scope.getByTestId('grid-follows')).toHaveTextContent('This grid follows “Demoville local KPIs (fictional)” (version 2025.1)');
    expect(hidden(grid, 'EC: ICT: ICT: 2C|')).toBe(true);
    grid.selectCell(TREES, 'numerator');
    await userEvent.keyboard('100{Enter}');
    await expect.poll(async () => (await stored(name, doc.id))?.localValues?.[TREES]?.numerator).toBe(100);

    await userEvent.click(a.scope.getByRole('button', { name: 'Stop scoring the local KPIs' }));
    await expect.poll(() => grid.rowOf.has(BIKES)).toBe(false);
    expect(hidden(grid, 'EC: ICT: ICT: 2C|')).toBe(false);
    expect(grid.rows.filter((r) => r.kind === 'dp')).toHaveLength(112);
    await expect.poll(async () => (await stored(name, doc.id))?.localFramework).toBeUndefined();
    expect((await stored(name, doc.id))?.localValues?.[TREES]?.numerator).toBe(100);
  });

  it('a frozen assessment refuses an edit forced on a local row, and keeps its sealed value', async () => {
    const doc = structuredClone(v9) as unknown as AssessmentDoc;
    const { a, grid } = await open(async (db) => {
      await addAssessment(db, doc);
      await saveLocalFramework(db, JSON.stringify(demovilleFramework));
    });
    const name = fresh.dbName();
    await expect.poll(() => grid.rowOf.has(BIKES) && cellText(grid, BIKES, 'achievement')).toMatch(PCT(84));
    // Typed into, the frozen grid takes nothing.
    grid.selectCell(BIKES, 'numerator');
    await userEvent.keyboard('5{Enter}');
    expect(cellText(grid, BIKES, 'numerator')).toBe('2100');
    // Forced past the read-only cell (as a script could), the session refuses it.
    grid.handsontableForTests().setDataAtCell(physical(grid, BIKES), col('numerator'), '9999', 'edit');
    await expect.poll(() => a.container.textContent ?? '').toContain('This assessment is frozen: the change was refused and nothing was saved');
    await expect.poll(() => cellText(grid, BIKES, 'numerator')).toBe('2100');
    expect((await stored(name, doc.id))?.localValues).toEqual(v9.localValues);
  });

  it('a framework this browser does not hold: the grid says so and shows the U4SSC KPIs; the local values are kept', async () => {
    const doc = draft();
    const { a, grid } = await open((db) => addAssessment(db, doc));
    const name = fresh.dbName();
    await expect
      .poll(() => text(a, 'grid-not-held'))
      .toBe(
        'This assessment names the framework “Demoville local KPIs (fictional)” (demoville-local, version 2025.1), which this browser does not hold: the grid shows the U4SSC KPIs, and its 2 local values are kept.',
      );
    expect(grid.rowOf.has(BIKES)).toBe(false);
    expect(grid.rows.filter((r) => r.kind === 'dp')).toHaveLength(112);
    expect((await stored(name, doc.id))?.localValues).toEqual(v9.localValues);
  });
});
