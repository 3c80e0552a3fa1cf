import Dexie from 'dexie';
import { render } from 'solid-js/web';
import { afterEach, expect, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { App } from '../../src/ui/App';
import type { ColumnKey, KpiGrid } from '../../src/ui/grid';
import { getAssessment, WorkbenchDb } from '../../src/storage/db';
import type { AssessmentDoc } from '../../src/engine/assessment';
import '../../src/ui/app.css';

export interface Mounted {
  container: HTMLElement;
  grid: () => KpiGrid | null;
  dispose: () => void;
  /** Locators scoped to this app instance. */
  scope: ReturnType<typeof page.elementLocator>;
}

let dbCounter = 0;
/**
 * Captures what the app downloads through `downloadBlob` (src/ui/interchange/files.ts): each blob, and
 * the file name its link would save it as. `vi.restoreAllMocks()` lets downloads through again.
 */
export function captureBrowserDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

export const uniqueDbName = () => `ssc-test-${Date.now()}-${dbCounter++}`;

export function mountApp(dbName: string): Mounted {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let current: KpiGrid | null = null;
  const disposeRender = render(() => <App dbName={dbName} onGrid={(g) => (current = g)} />, container);
  let disposed = false;
  return {
    container,
    grid: () => current,
    scope: page.elementLocator(container),
    // Once: a test may close an app (a closed tab) that its preamble closes again after the test.
    dispose: () => {
      if (disposed) return;
      disposed = true;
      disposeRender();
      container.remove();
    },
  };
}

export async function deleteDb(name: string): Promise<void> {
  await Dexie.delete(name);
}

/** Creates an assessment through the library form and waits for its grid. */
export async function createThroughForm(app: Mounted, city: string, year = '2024'): Promise<KpiGrid> {
  await userEvent.fill(app.scope.getByLabelText('City', { exact: true }), city);
  await userEvent.fill(app.scope.getByLabelText('Country', { exact: true }), 'Testland');
  await userEvent.fill(app.scope.getByLabelText('Year', { exact: true }), year);
  await userEvent.click(app.scope.getByRole('button', { name: 'Create' }));
  return waitForGrid(app);
}

export async function waitForGrid(app: Mounted): Promise<KpiGrid> {
  // The app's start (the library, then the grid's chunk and Handsontable) is the heaviest wait of a
  // test: at a load of 25 on two cores it passed the 15 s poll default, so it is given longer.
  await expect.poll(() => app.grid() !== null && app.grid()!.item('EC: ICT: ICT: 1C|') !== undefined, { timeout: 60_000 }).toBe(true);
  return app.grid()!;
}

/** The text the grid holds for a data point's column. */
export function cellText(grid: KpiGrid, id: string, key: ColumnKey): string {
  const source = grid.handsontableForTests().getSourceDataAtRow(grid.rowOf.get(id)!) as Record<string, unknown> | undefined;
  return String(source?.[key] ?? '');
}

/** The rendered cell element (scrolls it into view by selecting it). */
export function cellElement(grid: KpiGrid, id: string, key: ColumnKey): HTMLTableCellElement | null {
  grid.selectCell(id, key);
  const hot = grid.handsontableForTests();
  const row = hot.toVisualRow(grid.rowOf.get(id)!);
  hot.render();
  return hot.getCell(row, hot.propToCol(key) as number) as HTMLTableCellElement | null;
}

export function summaryPercent(app: Mounted, code: string): string {
  return app.container.querySelector(`tr[data-code="${code}"] .agg-percent`)?.textContent ?? '';
}

export async function stored(dbName: string, id: string): Promise<AssessmentDoc | undefined> {
  const db = new WorkbenchDb(dbName);
  try {
    return await getAssessment(db, id);
  } finally {
    db.close();
  }
}

/** The id of the stored assessment of this city and year (e.g. one of the demo cities). */
export async function assessmentIdOf(dbName: string, city: string, year: number): Promise<string> {
  const db = new WorkbenchDb(dbName);
  try {
    const all = await db.assessments.toArray();
    const found = all.find((d) => d.city === city && d.year === year);
    if (!found) throw new Error(`No stored assessment ${city} ${year}`);
    return found.id;
  } finally {
    db.close();
  }
}

export async function onlyAssessmentId(dbName: string): Promise<string> {
  const db = new WorkbenchDb(dbName);
  try {
    const all = await db.assessments.toArray();
    return all[0].id;
  } finally {
    db.close();
  }
}

/** Selects a cell and types into it with the keyboard, committing with Enter. */
export async function typeInto(grid: KpiGrid, id: string, key: ColumnKey, text: string): Promise<void> {
  grid.selectCell(id, key);
  await userEvent.keyboard(`${text}{Enter}`);
}

/**
 * Fills a test's database before the app opens it, as an earlier visit (or an older release) would
 * have left it. The database is open; the helper closes it afterwards.
 */
export type Prepare = (db: WorkbenchDb) => Promise<unknown> | unknown;

export interface FreshApp {
  /** The app on a new, empty database. */
  mount(): Mounted;
  /** The app on a new database that `prepare` filled first. */
  mount(prepare: Prepare): Promise<Mounted>;
  /** Closes the current app and opens the same database again, as a reload of the page would. */
  reload(): Mounted;
  /**
   * Another app on the current test's database, as a second tab of the same browser would be: both stay
   * open (a test that closes one calls its `dispose`); it goes with the first after the test.
   */
  second(): Mounted;
  /** The current test's database (empty before its first `mount`). */
  dbName(): string;
}

/**
 * For a test file whose tests each use one app on a fresh database: returns `mount()` (with an optional
 * step that fills the database first) and `reload()`, and removes the app and its database after every
 * test, so no test repeats that lifecycle.
 */
export function freshAppPerTest(): FreshApp {
  let app: Mounted | undefined;
  let others: Mounted[] = [];
  let name = '';
  afterEach(async () => {
    app?.dispose();
    app = undefined;
    for (const other of others) other.dispose();
    others = [];
    if (name) await deleteDb(name);
    name = '';
  });
  const open = () => {
    app?.dispose();
    app = mountApp(name);
    return app;
  };
  async function prepared(prepare: Prepare): Promise<Mounted> {
    const db = new WorkbenchDb(name);
    try {
      await db.open();
      await prepare(db);
    } finally {
      db.close();
    }
    return open();
  }
  function mount(): Mounted;
  function mount(prepare: Prepare): Promise<Mounted>;
  function mount(prepare?: Prepare): Mounted | Promise<Mounted> {
    // The name is taken before `prepare` runs, so a failing step still has its database removed.
    name = uniqueDbName();
    return prepare ? prepared(prepare) : open();
  }
  return {
    mount,
    reload: () => {
      if (!name) throw new Error('reload() before mount()');
      return open();
    },
    second: () => {
      if (!name) throw new Error('second() before mount()');
      const other = mountApp(name);
      others.push(other);
      return other;
    },
    dbName: () => name,
  };
}

/** Waits until the library is shown (its import panel's file input is there). */
export async function libraryShown(app: Mounted): Promise<Mounted> {
  await expect.poll(() => app.container.querySelector('input[type="file"]') !== null).toBe(true);
  return app;
}

/** Chooses a file in the `index`-th file input of the container, as the user's file dialog would. */
export function chooseFile(container: HTMLElement, file: File, index = 0): void {
  const input = container.querySelectorAll<HTMLInputElement>('input[type=file]')[index];
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
