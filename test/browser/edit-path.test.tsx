/**
 * What an edit leaves for after its frame (issue #32 item 1): the panels that show the whole assessment
 * and the explanation follow an edit once the grid and the scores are painted (workbench-controller.ts,
 * after-paint.ts), and the city's other years are not read again at each edit (trend-parts.tsx). These
 * check that the deferred panels still follow; the order itself is in workbench-controller.test.ts.
 */
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { addAssessment, WorkbenchDb } from '../../src/storage/db';
import { useCityYears } from '../../src/ui/time/trend-parts';
import { deleteDb, freshAppPerTest, uniqueDbName, waitForGrid } from './helpers';

/** Household Internet access (a ratio over the profile's households). */
const NET = 'EC: ICT: ICT: 1C|';
const { mount } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('an edit’s panels after its frame', () => {
  it('the explanation and the value history of the selected data point show a value typed into the grid', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);
    grid.selectCell(NET, 'numerator');
    const explain = app.container.querySelector<HTMLElement>('.explain')!;
    await expect.poll(() => explain.querySelector('.explain-kpi')?.textContent).toContain('ICT');
    // The demo city's values have no history yet: the list appears with the first change.
    const history = () => app.container.querySelector('[data-testid="history"]');
    const lines = () => history()?.querySelectorAll('li').length ?? 0;
    const before = lines();

    // Written as the cell editor would, the selection staying on the row.
    grid.writeCell(NET, 'numerator', '31234');
    await expect.poll(() => explain.textContent ?? '').toMatch(/31[,\u202f\u00a0 ]?234/);
    await expect.poll(lines).toBe(before + 1);
    expect(history()?.querySelector('li')?.textContent).toMatch(/31[,\u202f\u00a0 ]?234/);
  });
});

describe('the city’s other years beside an explanation', () => {
  let name = '';
  afterEach(async () => {
    if (name) await deleteDb(name);
    name = '';
  });

  it('are read once for the place, not again at each edit of the open assessment, and again when the place changes', async () => {
    name = uniqueDbName();
    const db = new WorkbenchDb(name);
    await db.open();
    const open = await addAssessment(db, createAssessment({ city: 'Lisbon', country: 'Portugal', year: 2024 }, u4ssc, 'reference'));
    await addAssessment(db, createAssessment({ city: 'Lisbon', country: 'Portugal', year: 2021 }, u4ssc, 'reference'));
    await addAssessment(db, createAssessment({ city: 'Porto', country: 'Portugal', year: 2021 }, u4ssc, 'reference'));
    const reads = vi.spyOn(db.assessments, 'orderBy');
    const [doc, setDoc] = createSignal<AssessmentDoc>(open);
    let stored: (() => AssessmentDoc[] | null) | undefined;
    const host = document.createElement('div');
    const dispose = render(() => {
      stored = useCityYears({
        db,
        get docId() {
          return doc().id;
        },
        get city() {
          return doc().city;
        },
        get country() {
          return doc().country;
        },
      }).stored;
      return null;
    }, host);
    try {
      await expect.poll(() => stored!()?.map((d) => d.year)).toEqual([2021, 2024]);
      expect(reads).toHaveBeenCalledTimes(1);
      // Edits: a new assessment object each time, in the same place. A live query starts on a timer,
      // so each edit is given one before the next.
      for (const value of [1, 2, 3]) {
        setDoc({ ...doc(), values: { ...doc().values, [NET]: { numerator: value } } });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(reads).toHaveBeenCalledTimes(1);
      setDoc({ ...doc(), city: 'Porto' });
      await expect.poll(() => stored!()?.map((d) => d.city)).toEqual(['Porto']);
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      dispose();
      db.close();
    }
  });
});
