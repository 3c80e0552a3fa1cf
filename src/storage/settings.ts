/** Settings kept in the database's `meta` table. Split out of db.ts (#27, item 3); db.ts still exports every name. */
import type { WorkbenchDb } from './db';
import { guard } from './errors';

export async function getSetting<T>(db: WorkbenchDb, key: string, fallback: T): Promise<T> {
  const row = await db.meta.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: WorkbenchDb, key: string, value: unknown): Promise<void> {
  await guard(() => db.meta.put({ key, value }));
}
