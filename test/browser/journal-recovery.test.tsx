/** The journal's bad entries on open (issue #33): set aside and said, never shown as recovered, never in the grid. */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createAssessment } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { addAssessment } from '../../src/storage/db';
import { cellText, freshAppPerTest, stored, waitForGrid } from './helpers';

const ID = 'EC: ICT: ICT: 1C|';
const ID2 = 'EC: ICT: ICT: 2C|';
const { mount, dbName } = freshAppPerTest();

describe('opening an assessment with bad journal entries', () => {
  it('applies the good entries, sets the bad ones aside with their kind and place, and says so on open', async () => {
    const doc = createAssessment({ city: 'Crashville', country: 'X', year: 2024 }, u4ssc, referenceTargets.data.id);
    const app = await mount(async (db) => {
      await addAssessment(db, doc);
      await db.journal.bulkAdd([
        { assessmentId: doc.id, tabId: 't', at: 1, edit: { kind: 'value', id: ID, field: 'numerator', value: { a: 1 } as never } },
        { assessmentId: doc.id, tabId: 't', at: 2, edit: { kind: 'value', id: ID2, field: 'value', value: 64 } },
        { assessmentId: doc.id, tabId: 't', at: 3, edit: { kind: 'info', field: 'year', value: 'abc' } },
      ]);
    });
    await userEvent.click(app.scope.getByRole('button', { name: 'Open Crashville 2024' }));
    const grid = await waitForGrid(app);
    const notice = app.scope.getByTestId('notice');
    // The good entry was folded in at start-up (App recovers every journal), before the assessment opened.
    await expect.element(notice).toHaveTextContent('Not recovered: 2 changes left in the journal could not be applied and were set aside');
    await expect.element(notice).toHaveTextContent('EC: ICT: ICT: 1C Household Internet Access · Numerator (a value the assessment cannot hold)');
    await expect.element(notice).toHaveTextContent('year (a value the assessment cannot hold)');
    expect(cellText(grid, ID, 'numerator')).toBe('');
    expect(cellText(grid, ID2, 'value')).toBe('64');
    const saved = await stored(dbName(), doc.id);
    expect(saved?.year).toBe(2024);
    expect(saved?.values[ID]).toBeUndefined();
  });
});
