/**
 * Recovering the edit journal of one assessment with every entry checked (replay-check.ts), and
 * keeping what was set aside until the assessment is opened and the user told. Recovery runs at
 * start-up for every assessment (App) and again on open; the entries set aside by the first are kept
 * in the settings store under the assessment's id, with the entries themselves, so that the report
 * reaches the user who opens it, and a later app (or a support request) still has them.
 */
import { u4ssc } from '../engine/frameworks/u4ssc';
import { foldJournal, getSetting, journalledIds, setSetting, type WorkbenchDb } from '../storage/db';
import type { SetAsideEntry } from './replay-check';

export type { SetAsideEntry, SetAsideReason } from './replay-check';

const keyOf = (id: string) => `journal-set-aside|${id}`;
/** At most this many entries are kept per assessment (the oldest go first): a report, not an archive. */
const KEEP = 200;

/** Folds the journal of one assessment, each entry checked; returns how many edits were applied and what was set aside. */
export async function recoverChecked(db: WorkbenchDb, id: string): Promise<{ applied: number; setAside: SetAsideEntry[] }> {
  if (!(await journalledIds(db)).includes(id)) return { applied: 0, setAside: [] };
  const { replayChecked } = await import('./replay-check');
  let applied = 0;
  let setAside: SetAsideEntry[] = [];
  const folded = await foldJournal(db, id, (stored, rows) => {
    const r = replayChecked(stored, rows, u4ssc);
    applied = r.applied;
    setAside = r.setAside;
    return r.doc;
  });
  if (!folded) return { applied: 0, setAside: [] };
  if (setAside.length > 0) {
    const kept = await getSetting<SetAsideEntry[]>(db, keyOf(id), []);
    await setSetting(db, keyOf(id), [...(Array.isArray(kept) ? kept : []), ...setAside].slice(-KEEP));
  }
  return { applied, setAside };
}

/** The entries set aside for an assessment since it was last opened; they are reported once, then forgotten. */
export async function takeSetAside(db: WorkbenchDb, id: string): Promise<SetAsideEntry[]> {
  const kept = await getSetting<unknown>(db, keyOf(id), null);
  if (kept === null) return [];
  await setSetting(db, keyOf(id), null);
  return Array.isArray(kept) ? (kept as SetAsideEntry[]) : [];
}
