import { render } from 'solid-js/web';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { valueBasis } from '../../src/engine/review';
import { addAssessment, WorkbenchDb } from '../../src/storage/db';
import { CompareView } from '../../src/ui/interchange/CompareView';
import { chooseFile, freshAppPerTest } from './helpers';

const HOTSPOTS = 'EC: ICT: ICT: 5A|';

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const { mount, dbName } = freshAppPerTest();

async function withDb<T>(work: (db: WorkbenchDb) => Promise<T>): Promise<T> {
  const db = new WorkbenchDb(dbName());
  await db.open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

describe('versions told apart', () => {
  it('after an import as new and a merge, the library’s three Lisbon 2024 rows and the merge screen say which copy is which', async () => {
    // The city's copy, and the verifier's copy of it (verified by Vera) sent back as a file.
    const city = createAssessment({ city: 'Lisbon', country: 'Portugal', year: 2024 }, u4ssc, referenceTargets.data.id);
    city.values[HOTSPOTS] = { value: 12 };
    const verifier: AssessmentDoc = structuredClone(city);
    verifier.review = { [HOTSPOTS]: { state: 'verified', by: 'Vera Verifier', at: Date.now() - 1000, basis: valueBasis({ value: 12 }), submittedBy: 'Carla' } };
    const app = mount();
    await expect.poll(() => app.container.querySelector('input[type="file"]') !== null).toBe(true);
    await withDb((db) => addAssessment(db, city));

    chooseFile(app.container, new File([JSON.stringify(verifier)], 'Lisbon-2024-from-vera.ssc.json', { type: 'application/json' }));
    // The file is a copy of the stored one (same id): an update is proposed; the user keeps it apart.
    await expect.poll(() => app.container.querySelector('[data-testid=import-dest] input[value=new]') !== null).toBe(true);
    await userEvent.click(app.container.querySelector<HTMLInputElement>('[data-testid=import-dest] input[value=new]')!);
    await userEvent.click(app.scope.getByRole('button', { name: 'Open as new assessment' }));
    const stored = () => withDb((db) => db.assessments.toArray() as Promise<AssessmentDoc[]>);
    await expect.poll(async () => (await stored()).length).toBe(2);
    const imported = (await stored()).find((d) => d.id !== city.id)!;
    expect(imported.origin).toMatchObject({ kind: 'file', name: 'Lisbon-2024-from-vera.ssc.json', signer: 'Vera Verifier' });

    // The merge screen names each side's version and where it came from.
    const host = document.createElement('div');
    document.body.appendChild(host);
    const merged: AssessmentDoc[] = [];
    const dispose = render(() => <CompareView a={city} b={imported} onMerged={(d) => merged.push(d)} />, host);
    try {
      const sides = [...host.querySelectorAll('[data-testid=compare-sides] li')].map((li) => li.textContent ?? '');
      expect(sides).toHaveLength(2);
      expect(sides[0]).toMatch(/^A: Lisbon 2024 \(Version 1\): Version 1 · not frozen · changed /);
      expect(sides[1]).toMatch(/imported from Lisbon-2024-from-vera\.ssc\.json on .*, signed by Vera Verifier/);
      await userEvent.click(page.elementLocator(host).getByRole('button', { name: 'Merge into a new assessment' }));
      expect(merged).toHaveLength(1);
    } finally {
      dispose();
      host.remove();
    }
    await withDb((db) => addAssessment(db, merged[0]));

    // Back in the library (the import opened the new copy): three rows of one city and year, each told apart by its line.
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await expect.poll(() => app.container.querySelectorAll('.library-table [data-testid=version-line]').length).toBe(3);
    const lines = [...app.container.querySelectorAll('.library-table [data-testid=version-line]')].map((e) => e.textContent ?? '');
    expect(new Set(lines).size).toBe(3);
    expect(lines.some((l) => /^Version 2 · not frozen · merged with Lisbon 2024 on .*, signed by Vera Verifier/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('imported from Lisbon-2024-from-vera.ssc.json'))).toBe(true);
    expect(lines.some((l) => /^Version 1 · not frozen · changed /.test(l))).toBe(true);
  });
});
