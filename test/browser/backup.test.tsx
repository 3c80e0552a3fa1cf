import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, workspaceDoc } from '../../src/engine/assessment';
import { parseWorkspaceJson } from '../../src/engine/assessment-read';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES } from '../../src/engine/frameworks/u4ssc/demo';
import { addAssessment, WorkbenchDb } from '../../src/storage/db';
import {
  chooseFile,
  createThroughForm,
  deleteDb,
  mountApp,
  onlyAssessmentId,
  stored,
  typeInto,
  uniqueDbName,
  type Mounted,
  captureBrowserDownloads,
} from './helpers';

let apps: Mounted[] = [];
const names: string[] = [];
afterEach(async () => {
  apps.forEach((a) => a.dispose());
  apps = [];
  vi.restoreAllMocks();
  for (const n of names.splice(0)) await deleteDb(n);
});

describe('backing up the whole library', () => {
  it('saves every assessment in one workspace file that a fresh browser profile imports whole', async () => {
    const first = uniqueDbName();
    names.push(first);
    const app = mountApp(first);
    apps.push(app);
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await createThroughForm(app, 'Second City', '2023');
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));

    const { blobs, names: files } = captureBrowserDownloads();
    await userEvent.click(app.scope.getByRole('button', { name: 'Back up all' }));
    await expect.poll(() => files.length).toBe(1);
    expect(files[0]).toMatch(/^ssc-workbench-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseWorkspaceJson(await blobs[0].text(), u4ssc);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.docs.map((d) => d.city).sort()).toEqual([...DEMO_CITIES.map((c) => c.city), 'Second City'].sort());
    vi.restoreAllMocks();

    // Another profile (another database) imports the file and lists both.
    const second = uniqueDbName();
    names.push(second);
    const other = mountApp(second);
    apps.push(other);
    await expect.poll(() => other.container.querySelector('input[type="file"]') !== null).toBe(true);
    chooseFile(other.container, new File([blobs[0]], files[0], { type: 'application/json' }));
    await userEvent.click(other.scope.getByRole('button', { name: `Import ${DEMO_CITIES.length + 1} assessments` }));
    await expect.poll(() => other.container.textContent ?? '').toContain('Second City');
    expect(other.container.textContent).toContain('Demoville (fictional)');
  });
});

describe('a backup always restores (issue: nothing typed is ever lost)', () => {
  it('keeps every kind of text the grid keeps, backs up, and restores it intact into a fresh profile', async () => {
    const first = uniqueDbName();
    names.push(first);
    // The grid itself (below 700 px the one-KPI view stands in for it).
    await page.viewport(1400, 900);
    const app = mountApp(first);
    apps.push(app);
    const grid = await createThroughForm(app, 'Kept Text City');
    // An over-long number, 1 in a yes/no value, the other decimal mark, a long note, a paste over yes/no rows.
    await typeInto(grid, 'EC: ICT: ICT: 1C|', 'numerator', '10000000000000000');
    await typeInto(grid, 'EC: I: UP: 2A|Compact', 'value', '1');
    await userEvent.selectOptions(app.scope.getByTestId('decimal'), 'comma');
    await typeInto(grid, 'EC: ICT: ICT: 2C|', 'numerator', '1.5');
    const row = (id: string) => grid.handsontableForTests().toVisualRow(grid.rowOf.get(id)!);
    grid.handsontableForTests().setDataAtRowProp(row('EC: ICT: ICT: 3C|'), 'note', 'n'.repeat(10_000), 'edit');
    grid.handsontableForTests().setDataAtRowProp(
      [
        [row('EC: I: UP: 2A|Connected'), 'value', '12,5'],
        [row('EC: I: UP: 2A|Integrated'), 'value', '7'],
      ],
      undefined,
      undefined,
      'CopyPaste.paste',
    );
    const id = await onlyAssessmentId(first);
    await expect.poll(async () => (await stored(first, id))?.values['EC: ICT: ICT: 3C|']?.note?.length).toBe(10_000);
    await expect.poll(async () => (await stored(first, id))?.values['EC: I: UP: 2A|Integrated']?.value).toBeDefined();
    const original = (await stored(first, id))!;
    expect(original.values['EC: ICT: ICT: 1C|']?.numerator).toBeDefined();
    expect(original.values['EC: I: UP: 2A|Compact']?.value).toBeDefined();
    expect(original.values['EC: ICT: ICT: 2C|']?.numerator).toBeDefined();

    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    const { blobs } = captureBrowserDownloads();
    await userEvent.click(app.scope.getByRole('button', { name: 'Back up all' }));
    await expect.poll(() => blobs.length).toBe(1);
    vi.restoreAllMocks();

    const second = uniqueDbName();
    names.push(second);
    const other = mountApp(second);
    apps.push(other);
    await expect.poll(() => other.container.querySelector('input[type="file"]') !== null).toBe(true);
    chooseFile(other.container, new File([blobs[0]], 'backup.json', { type: 'application/json' }));
    // The file is read with a note per value kept as text (nothing refused), then imported.
    await expect.element(other.scope.getByTestId('read-notes')).toHaveTextContent(/4 notes on reading the file/);
    // "1" in a yes/no value is yes in the one yes/no vocabulary (and scored): it needs no note.
    expect(other.scope.getByTestId('read-notes').element().textContent).not.toMatch(/2A\|Compact/);
    await userEvent.click(other.scope.getByRole('button', { name: 'Open as new assessment' }));
    await expect.poll(() => other.container.textContent ?? '').toContain('Kept Text City');
    const restored = (await stored(second, await onlyAssessmentId(second)))!;
    expect(restored.values).toEqual(original.values);
    expect(restored.city).toBe(original.city);
  });

  it('restores every good assessment of a backup and names each refused one with its reason', async () => {
    const name = uniqueDbName();
    names.push(name);
    const app = mountApp(name);
    apps.push(app);
    await expect.poll(() => app.container.querySelector('input[type="file"]') !== null).toBe(true);
    const good = (city: string) => ({
      ...createAssessment({ city, country: 'X', year: 2024 }, u4ssc, 'reference'),
      values: { 'EC: ICT: ICT: 1C|': { value: 50 } },
    });
    const file = workspaceDoc([good('Good One'), { ...good('Broken'), year: 'soon' } as never, good('Good Two')]);
    chooseFile(app.container, new File([JSON.stringify(file)], 'partly-bad.json', { type: 'application/json' }));
    await expect.element(app.scope.getByTestId('refused')).toHaveTextContent(/1 assessment of the file could not be read.*#2 Broken: year/);
    await userEvent.click(app.scope.getByRole('button', { name: 'Import 2 assessments' }));
    await expect.poll(() => app.container.textContent ?? '').toContain('Good Two');
    expect(app.container.textContent).toContain('Good One');
  });

  it('"Back up all" includes a damaged assessment as it is and says so; the restore keeps the good ones and names the damaged one', async () => {
    const name = uniqueDbName();
    names.push(name);
    const db = new WorkbenchDb(name);
    const good = (city: string) => ({
      ...createAssessment({ city, country: 'X', year: 2024 }, u4ssc, 'reference'),
      values: { 'EC: ICT: ICT: 1C|': { value: 50 } },
    });
    await addAssessment(db, good('Good One'));
    await addAssessment(db, good('Good Two'));
    // A row damaged as issue #33 found it: a revision past what a save can count.
    await db.assessments.put({ ...good('Overrun'), revision: Number.MAX_SAFE_INTEGER + 10 });
    db.close();
    const app = mountApp(name);
    apps.push(app);
    await expect.element(app.scope.getByTestId('damaged')).toHaveTextContent('Overrun 2024');

    const { blobs } = captureBrowserDownloads();
    await userEvent.click(app.scope.getByRole('button', { name: 'Back up all' }));
    await expect.poll(() => blobs.length).toBe(1);
    await expect.poll(() => app.container.textContent ?? '').toContain('Saved a backup of 2 assessments. The backup also holds 1 damaged assessment as it is');
    expect(app.container.textContent).toContain('Overrun 2024:');
    const text = await blobs[0].text();
    expect((JSON.parse(text) as { assessments: { city: string }[] }).assessments.map((a) => a.city).sort()).toEqual(['Good One', 'Good Two', 'Overrun']);
    vi.restoreAllMocks();

    // A fresh profile restores the file: the two good ones, the damaged one named with its problem.
    const second = uniqueDbName();
    names.push(second);
    const other = mountApp(second);
    apps.push(other);
    await expect.poll(() => other.container.querySelector('input[type="file"]') !== null).toBe(true);
    chooseFile(other.container, new File([text], 'backup.json', { type: 'application/json' }));
    await expect.element(other.scope.getByTestId('refused')).toHaveTextContent(/1 assessment of the file could not be read.*#3 Overrun 2024: revision/);
    await userEvent.click(other.scope.getByRole('button', { name: 'Import 2 assessments' }));
    await expect.poll(() => other.container.textContent ?? '').toContain('Good Two');
    expect(other.container.textContent).toContain('Good One');
  });
});
