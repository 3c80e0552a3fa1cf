/**
 * The text of "Back up all": every sound assessment, and every damaged stored row as it is, so that a
 * backup never leaves anything out without a word (issue #33: a damaged assessment was left out while
 * the message said "Saved a backup of 1 assessment"). The import reads each assessment of the file on
 * its own and keeps the good ones; a damaged row is listed there as refused, with its problems, until
 * it is repaired. A row that cannot be written as JSON at all (a cycle, a BigInt) is left out and said.
 */
import type { WorkspaceDoc } from '../engine/assessment';
import type { DamagedRow } from '../storage/db';

export function backupText(workspace: WorkspaceDoc, damagedRows: readonly DamagedRow[]): { text: string; damaged: DamagedRow[]; leftOut: DamagedRow[] } {
  const damaged: DamagedRow[] = [];
  const leftOut: DamagedRow[] = [];
  for (const row of damagedRows) {
    let writable: boolean;
    try {
      writable = JSON.stringify(row.raw) !== undefined;
    } catch {
      writable = false;
    }
    (writable ? damaged : leftOut).push(row);
  }
  // The damaged rows go after the sound ones, in the same list, each exactly as stored.
  const text = JSON.stringify({ ...workspace, assessments: [...workspace.assessments, ...damaged.map((r) => r.raw)] });
  return { text, damaged, leftOut };
}
