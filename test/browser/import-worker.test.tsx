/**
 * A large file in the import panel (issue #26 item 9): read in a worker, with its progress in words and
 * as a progress bar, and a Cancel that ends the reading and changes nothing stored.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { WorkbenchDb } from '../../src/storage/db';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { workspaceDoc } from '../../src/engine/assessment';
import sample from '../fixtures/sample-assessment.json';
import { chooseFile, freshAppPerTest, libraryShown, type Mounted } from './helpers';

const { mount, dbName } = freshAppPerTest();
beforeEach(async () => {
  await page.viewport(1400, 900);
});

/** The app over a library that already holds the sample assessment. */
async function appWithOne(): Promise<Mounted> {
  return libraryShown(await mount((db) => db.assessments.put(structuredClone(sample) as never)));
}

/** A workspace file of `count` copies of the sample assessment, each its own id and city. */
function workspaceFile(count: number, fileName: string): File {
  const docs = Array.from({ length: count }, (_, i) => ({ ...(sample as unknown as AssessmentDoc), id: `big-${i}`, city: `City ${i}` }));
  return new File([JSON.stringify(workspaceDoc(docs, 1_735_689_600_000))], fileName, { type: 'application/json' });
}

const storedIds = async () => {
  const db = new WorkbenchDb(dbName());
  await db.open();
  const ids = (await db.assessments.toArray()).map((d) => d.id);
  db.close();
  return ids;
};

describe('a large file in the import panel', () => {
  it('is read in a worker to the same documents the page reads, and nothing is stored before the user goes on', async () => {
    const a = await appWithOne();
    // The workers the page starts, by name.
    const started: string[] = [];
    const Real = globalThis.Worker;
    globalThis.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(options?.name ?? '');
      }
    };
    try {
      const file = workspaceFile(60, 'programme.ssc.json');
      expect(file.size).toBeGreaterThan(1024 * 1024);
      chooseFile(a.container, file);
      await expect.element(a.scope.getByRole('button', { name: /Import 60 assessments/ })).toBeVisible();
      expect(started).toContain('read-file');
      expect(await storedIds()).toEqual([sample.id]);
      // A small file is read in the page, as before.
      started.length = 0;
      chooseFile(a.container, workspaceFile(2, 'two.ssc.json'));
      await expect.element(a.scope.getByRole('button', { name: /Import 2 assessments/ })).toBeVisible();
      expect(started).not.toContain('read-file');
    } finally {
      globalThis.Worker = Real;
    }
  });

  it('shows its progress in words and a labelled progress bar; Cancel ends the reading and changes nothing', async () => {
    const a = await appWithOne();
    // About 45 MB: long enough to read that Cancel comes first.
    const file = workspaceFile(2500, 'national.ssc.json');
    expect(file.size).toBeGreaterThan(40 * 1024 * 1024);
    chooseFile(a.container, file);
    const bar = a.scope.getByRole('progressbar', { name: 'Progress of the reading' });
    await expect.element(bar).toBeVisible();
    expect(bar.element().getAttribute('aria-valuetext')).toMatch(
      /^(Loading national\.ssc\.json: [\d.]+ MB of 4\d\.\d MB|Reading the contents of national\.ssc\.json…)$/,
    );
    await expect.element(a.scope.getByTestId('import-progress')).toHaveTextContent(/national\.ssc\.json/);
    await userEvent.click(a.scope.getByRole('button', { name: 'Cancel reading' }));
    await expect.element(a.scope.getByTestId('import-messages')).toHaveTextContent('Reading national.ssc.json was cancelled; nothing was changed.');
    expect(a.container.querySelector('[data-testid="import-progress"]')).toBeNull();
    expect(await storedIds()).toEqual([sample.id]);
    // The panel reads the next file as before.
    chooseFile(a.container, workspaceFile(60, 'programme.ssc.json'));
    await expect.element(a.scope.getByRole('button', { name: /Import 60 assessments/ })).toBeVisible();
  });
});
