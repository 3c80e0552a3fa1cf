import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { checkFingerprint } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { WorkbenchDb } from '../../src/storage/db';
import type { KpiGrid } from '../../src/ui/grid/KpiGrid';
import { cellText, createThroughForm, freshAppPerTest, onlyAssessmentId, stored, summaryPercent, typeInto, waitForGrid } from './helpers';

const NET = 'EC: ICT: ICT: 1C|';
const HOTSPOTS = 'EC: ICT: ICT: 5A|';

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const { mount, reload, dbName } = freshAppPerTest();

const journalCount = async (name: string) => {
  const db = new WorkbenchDb(name);
  try {
    return await db.journal.count();
  } finally {
    db.close();
  }
};

const paste = (grid: KpiGrid, text: string) => grid.handsontableForTests().getPlugin('copyPaste').paste(text);

describe('a frozen assessment refuses every change, whatever the screen lets through', () => {
  it('typing, paste and undo after the freeze are refused and said; after a reload the values, the scores and the fingerprint are unchanged', async () => {
    const app = mount();
    const name = dbName();
    const grid = await createThroughForm(app, 'Frostburg');
    await typeInto(grid, NET, 'numerator', '800');
    await typeInto(grid, HOTSPOTS, 'value', '12');
    grid.selectCell(NET, 'numerator');
    const panel = app.scope.getByTestId('review-panel');
    await userEvent.fill(panel.getByLabelText('Your name'), 'Vera Verifier');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    await userEvent.click(app.scope.getByTestId('freeze-button'));
    await userEvent.click(app.scope.getByTestId('freeze-confirm'));
    const id = await onlyAssessmentId(name);
    await expect.poll(async () => (await stored(name, id))?.frozen?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const frozen = (await stored(name, id))!;
    const ec = summaryPercent(app, 'EC');
    expect(ec).not.toBe('');

    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    await expect.poll(() => grid.handsontableForTests().getSettings().readOnly).toBe(true);
    // The screen's lock is not the rule: lift it, as any way past the screen would, and try each way in.
    grid.handsontableForTests().updateSettings({ readOnly: false });
    // Undo first: the grid's history still holds the last value typed before the freeze.
    expect(grid.handsontableForTests().getPlugin('undoRedo').isUndoAvailable()).toBe(true);
    grid.handsontableForTests().getPlugin('undoRedo').undo();
    await expect.element(app.scope.getByTestId('notice')).toHaveTextContent('This assessment is frozen: the change was refused and nothing was saved');
    await expect.poll(() => cellText(grid, HOTSPOTS, 'value')).toBe('12');

    grid.handsontableForTests().updateSettings({ readOnly: false });
    await typeInto(grid, NET, 'numerator', '900');
    await expect.poll(() => cellText(grid, NET, 'numerator')).toBe('800');

    grid.handsontableForTests().updateSettings({ readOnly: false });
    grid.selectCell(HOTSPOTS, 'value');
    paste(grid, '99');
    await expect.poll(() => cellText(grid, HOTSPOTS, 'value')).toBe('12');

    grid.handsontableForTests().updateSettings({ readOnly: false });
    grid.handsontableForTests().setDataAtRowProp(grid.rowOf.get(NET)!, 'note', 'changed after the freeze');
    await expect.poll(() => cellText(grid, NET, 'note')).toBe('');
    expect(summaryPercent(app, 'EC')).toBe(ec);

    // Each refusal above was drawn (the frozen value shown again), and the session refuses before it
    // journals or saves anything, so the store can be read now.
    const after = (await stored(name, id))!;
    expect(after.revision).toBe(frozen.revision);
    expect(after.values).toEqual(frozen.values);
    expect(await journalCount(name)).toBe(0);

    // Reload: the same values, scores and a fingerprint that still matches.
    const again = reload();
    await expect.poll(() => again.grid() !== null || again.container.querySelector('button[aria-label="Open Frostburg 2024"]') !== null).toBe(true);
    if (!again.grid()) await userEvent.click(again.scope.getByRole('button', { name: 'Open Frostburg 2024' }));
    const reopened = await waitForGrid(again);
    await expect.poll(() => summaryPercent(again, 'EC')).toBe(ec);
    expect(cellText(reopened, NET, 'numerator')).toBe('800');
    expect(cellText(reopened, HOTSPOTS, 'value')).toBe('12');
    const last = (await stored(name, id))!;
    expect(last.values).toEqual(frozen.values);
    expect(await checkFingerprint(last, u4ssc)).toMatchObject({ matches: true, print: frozen.frozen!.fingerprint });
  }, 60_000);
});
