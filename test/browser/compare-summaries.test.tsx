import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceDocs } from '../../bench/workspace';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import type { DBCore, Middleware } from 'dexie';
import { WorkbenchDb } from '../../src/storage/db';
import ComparisonView from '../../src/ui/time/ComparisonView';
import '../../src/ui/app.css';

/**
 * The Compare view of a large library (issue #32): its pick list comes from the library's summaries,
 * and only the picked assessments are read in full; another tab's write to a picked one is followed.
 */
let dispose: (() => void) | null = null;
let db: WorkbenchDb | null = null;
afterEach(async () => {
  dispose?.();
  dispose = null;
  document.body.replaceChildren();
  db?.close();
  if (db) await db.delete();
  db = null;
});

/** `n` fictional cities, and two more years of the first one (the open assessment's series). */
function library(n: number): AssessmentDoc[] {
  const docs = workspaceDocs(u4ssc, n, referenceTargets.data.id);
  const first = docs[0];
  return [
    ...docs,
    { ...docs[1], id: 'series-2023', city: first.city, country: first.country, year: 2023 },
    { ...docs[2], id: 'series-2024', city: first.city, country: first.country, year: 2024 },
  ];
}

describe('the Compare view of a library of 400', () => {
  it('lists the library from its summaries, reads in full only the picked assessments, and follows another tab’s edit of one', async () => {
    // Every assessment row read with its contents (not a key, not a summary), by id.
    const readInFull: string[] = [];
    const seen = (rows: readonly unknown[]) => {
      for (const row of rows) if (row && typeof row === 'object' && 'id' in row) readInFull.push(String(row.id));
    };
    const counter: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'count-full-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'assessments') return table;
          return {
            ...table,
            get: async (req) => {
              const row: unknown = await table.get(req);
              seen([row]);
              return row;
            },
            getMany: async (req) => {
              const rows: unknown[] = await table.getMany(req);
              seen(rows);
              return rows;
            },
            query: async (req) => {
              const res = await table.query(req);
              if (req.values) seen(res.result);
              return res;
            },
          };
        },
      }),
    };
    db = new WorkbenchDb(`ssc-compare-summaries-${Date.now()}`);
    db.use(counter);
    await db.open();
    const docs = library(400);
    await db.assessments.bulkPut(docs);
    const readIds = () => new Set(readInFull);

    const container = document.createElement('div');
    document.body.append(container);
    const open = docs[0];
    const database = db;
    dispose = render(() => <ComparisonView db={database} doc={open} decimal="point" />, container);

    const status = () => container.querySelector('[data-testid="comparison-status"]')?.textContent;
    await expect.poll(() => status(), { timeout: 60_000 }).toBe('3 assessments compared.');
    // Every assessment of the library is offered, with the open one.
    await expect.poll(() => container.querySelectorAll('.comparison-pick-list input[type=checkbox]').length).toBe(402);
    // The rows read in full: the open city's other two years, nothing else.
    expect(readIds()).toEqual(new Set(['series-2023', 'series-2024']));

    // Another tab renames one of the series: its summary changes, and that row alone is read again.
    readInFull.length = 0;
    const stored = (await database.assessments.get('series-2023')) as AssessmentDoc;
    await database.assessments.put({ ...stored, year: 2022, revision: stored.revision + 1, updatedAt: stored.updatedAt + 1 });
    await expect.poll(() => [...container.querySelectorAll('.comparison-host .ht_master thead th')].some((th) => th.textContent?.includes('2022'))).toBe(true);
    expect(readIds()).toEqual(new Set(['series-2023']));
  });
});
