/**
 * A large file in the import panel (issue #26 item 9): read in a worker, with its progress in words and
 * as a progress bar, and a Cancel that ends the reading and changes nothing stored. A file of several
 * assessments stays in that worker, which stores it itself once the user confirms (issue #32).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { WorkbenchDb } from '../../src/storage/db';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { workspaceDoc } from '../../src/engine/assessment';
import sample from '../fixtures/sample-assessment.json';
import { chooseFile, freshAppPerTest, libraryShown, type Mounted } from './helpers';

const { mount, dbName, second } = freshAppPerTest();
beforeEach(async () => {
  await page.viewport(1400, 900);
});

/** The app over a library that already holds the sample assessment. */
async function appWithOne(): Promise<Mounted> {
  return libraryShown(await mount((db) => db.assessments.put(structuredClone(sample) as never)));
}

/** Written in every assessment of the files below, and never in the preview's lines. */
const MARK = 'Notes that only the whole document holds';

/** A workspace file of `count` copies of the sample assessment, each its own id and city. */
function workspaceFile(count: number, fileName: string): File {
  const docs = Array.from({ length: count }, (_, i) => ({ ...(sample as unknown as AssessmentDoc), id: `big-${i}`, city: `City ${i}`, notes: MARK }));
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

const RealWorker = globalThis.Worker;
afterEach(() => {
  globalThis.Worker = RealWorker;
});

/** What the page receives from the read worker, each message as JSON text. */
function watchReadWorker(): string[] {
  const received: string[] = [];
  globalThis.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name === 'read-file') this.addEventListener('message', (e) => received.push(JSON.stringify(e.data)));
    }
  };
  return received;
}

/** The read worker replaced by one whose disk is full for its first storing transaction (quota-read.worker.ts). */
function fullDiskOnce(): void {
  const Worker = RealWorker;
  globalThis.Worker = class {
    constructor(url: string | URL, options?: WorkerOptions) {
      if (options?.name !== 'read-file') return new Worker(url, options);
      return new Worker(new URL('./quota-read.worker.ts', import.meta.url), { type: 'module', name: 'read-file' });
    }
  } as unknown as typeof Worker;
}

/** The rows the library table says it has (its header row left out). */
const libraryRows = (container: HTMLElement) => Number(container.querySelector('table.library-table')?.getAttribute('aria-rowcount') ?? 1) - 1;

describe('a large file of assessments stored by the read worker', () => {
  it('the page gets what the preview shows, never the documents; the worker stores them, and this tab and another list them', async () => {
    const a = await appWithOne();
    const other = await libraryShown(second());
    await expect.poll(() => libraryRows(other.container)).toBe(1);
    const received = watchReadWorker();
    chooseFile(a.container, workspaceFile(60, 'programme.ssc.json'));
    const go = a.scope.getByRole('button', { name: 'Import 60 assessments' });
    await expect.element(go).toBeVisible();
    expect(a.container.textContent).toContain('City 0 2025');
    expect(a.container.textContent).toContain('…and 10 more.');
    // The page reads no assessment row in full: the listings read the summaries the worker wrote.
    const rows = vi.spyOn(IDBObjectStore.prototype, 'get');
    await userEvent.click(go);
    await expect.element(a.scope.getByTestId('import-messages')).toHaveTextContent('Imported 60 assessments.');
    expect((await storedIds()).sort()).toEqual([sample.id, ...Array.from({ length: 60 }, (_, i) => `big-${i}`)].sort());
    // Dexie's notice of the worker's transaction reaches this tab's library and the other tab's.
    await expect.poll(() => libraryRows(a.container)).toBe(61);
    await expect.poll(() => libraryRows(other.container)).toBe(61);
    expect(rows).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(received.length).toBeGreaterThan(0);
    expect(received.some((m) => m.includes('City 0'))).toBe(true);
    expect(received.some((m) => m.includes(MARK))).toBe(false);
  });

  it('with the disk full in the worker’s transaction, nothing is stored and the file is kept; a second try stores it all', async () => {
    const a = await appWithOne();
    fullDiskOnce();
    chooseFile(a.container, workspaceFile(60, 'programme.ssc.json'));
    const go = a.scope.getByRole('button', { name: 'Import 60 assessments' });
    await userEvent.click(go);
    await expect.element(a.scope.getByRole('alert')).toHaveTextContent('The browser has no storage space left for this site; nothing was imported.');
    expect(await storedIds()).toEqual([sample.id]);
    expect(libraryRows(a.container)).toBe(1);
    // The preview is still there, and the worker still has the file.
    await userEvent.click(go);
    await expect.element(a.scope.getByTestId('import-messages')).toHaveTextContent('Imported 60 assessments.');
    expect(await storedIds()).toHaveLength(61);
    await expect.poll(() => libraryRows(a.container)).toBe(61);
  });

  it('asks before replacing the stored assessments of the same ids, and Cancel stores nothing', async () => {
    const a = await libraryShown(
      await mount((db) => db.assessments.put({ ...(structuredClone(sample) as unknown as AssessmentDoc), id: 'big-3', city: 'Kept' })),
    );
    chooseFile(a.container, workspaceFile(60, 'programme.ssc.json'));
    await expect.element(a.scope.getByText('1 of these 60 assessments are already stored in this browser.')).toBeInTheDocument();
    await userEvent.click(a.scope.getByRole('radio', { name: /Replace the stored copies/ }));
    await userEvent.click(a.scope.getByRole('button', { name: 'Import and replace…' }));
    await expect.element(a.scope.getByText(/Replace 1 stored assessment/)).toBeInTheDocument();
    // Cancel the question, then the import: the worker is ended and nothing changed.
    await userEvent.click(a.scope.getByRole('button', { name: 'Cancel' }).first());
    await userEvent.click(a.scope.getByRole('button', { name: 'Cancel' }).first());
    expect(a.container.querySelector('.ix-ready')).toBeNull();
    expect(await storedIds()).toEqual(['big-3']);
    // Again, replacing this time.
    chooseFile(a.container, workspaceFile(60, 'programme.ssc.json'));
    await userEvent.click(a.scope.getByRole('radio', { name: /Replace the stored copies/ }));
    await userEvent.click(a.scope.getByRole('button', { name: 'Import and replace…' }));
    await userEvent.click(a.scope.getByRole('button', { name: 'Replace 1' }));
    await expect.element(a.scope.getByTestId('import-messages')).toHaveTextContent('Imported 60 assessments.');
    const db = new WorkbenchDb(dbName());
    await db.open();
    const replaced = await db.assessments.get('big-3');
    const count = await db.assessments.count();
    db.close();
    expect(count).toBe(60);
    expect(replaced?.city).toBe('City 3');
    expect(replaced?.origin).toMatchObject({ kind: 'file', name: 'programme.ssc.json' });
  });
});
