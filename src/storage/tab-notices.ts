/**
 * Notices between tabs: a save or a deletion is posted on a BroadcastChannel so the other tabs of the
 * app update what they show. Split out of db.ts (#27, item 3); db.ts still exports every name.
 */
import { newId } from '../engine/ids';

export const CHANNEL_NAME = 'ssc-workbench';

/** A cell a save overwrote although another tab had changed it since (last writer wins): the other tab is told. */
export interface Overwrite {
  /** The edit model's key of the cell (session/edits.ts editKey). */
  key: string;
  /** The value the other tab had stored there, which this save replaced. */
  theirs: unknown;
  /** The value this save wrote. */
  mine: unknown;
}

export type StorageNotice =
  { type: 'saved'; id: string; revision: number; from: string; overwrote?: Overwrite[] } | { type: 'deleted'; id: string; from: string };

/** A tab id, so a tab ignores its own notices. */
export const newTabId = (): string => newId();

export interface Notifier {
  post(notice: StorageNotice): void;
  listen(fn: (notice: StorageNotice) => void): () => void;
  close(): void;
}

export function createNotifier(name = CHANNEL_NAME): Notifier {
  if (typeof BroadcastChannel === 'undefined') {
    return { post() {}, listen: () => () => {}, close() {} };
  }
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(n: StorageNotice) => void>();
  channel.onmessage = (e: MessageEvent<StorageNotice>) => listeners.forEach((fn) => fn(e.data));
  return {
    post: (notice) => channel.postMessage(notice),
    listen(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    close: () => channel.close(),
  };
}
