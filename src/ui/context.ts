/**
 * What the shell (App) hands to the views it opens (Library, Workbench): the database, the tab
 * notifier, this tab's id and the toast. Kept apart from App.tsx so the views do not import the
 * module that imports them.
 */
import type { Notifier, WorkbenchDb } from '../storage/db';

export interface Toast {
  message: string;
  action?: { label: string; run: () => void };
}

export interface AppContext {
  db: WorkbenchDb;
  notifier: Notifier;
  tabId: string;
  toast: (t: Toast | null) => void;
}
