/**
 * Shared by the storage and session tests: databases that are closed and deleted after each test, and
 * an in-memory notifier standing in for BroadcastChannel between the "tabs" of one test.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { WorkbenchDb, type Notifier, type StorageNotice } from '../../../src/storage/db';

/** Returns `openDb(name)` and `freshName()`; every database opened through them is removed after each test. */
export function testDatabases(prefix: string): { openDb: (name: string) => WorkbenchDb; freshName: () => string; track: (db: WorkbenchDb) => void } {
  let counter = 0;
  const opened: WorkbenchDb[] = [];
  afterEach(async () => {
    const names = new Set(opened.map((d) => d.name));
    for (const db of opened.splice(0)) db.close();
    for (const name of names) await Dexie.delete(name);
  });
  return {
    openDb(name) {
      const db = new WorkbenchDb(name);
      opened.push(db);
      return db;
    },
    freshName: () => `${prefix}-${Date.now()}-${counter++}`,
    track: (db) => void opened.push(db),
  };
}

/** An in-memory notifier shared by the "tabs" of one test (BroadcastChannel does not reach the same context). */
export function memoryBus(): () => Notifier {
  const listeners = new Set<(n: StorageNotice) => void>();
  return () => {
    const mine = new Set<(n: StorageNotice) => void>();
    return {
      post: (n) => listeners.forEach((fn) => (mine.has(fn) ? undefined : fn(n))),
      listen(fn) {
        listeners.add(fn);
        mine.add(fn);
        return () => listeners.delete(fn);
      },
      close() {},
    };
  };
}
