/**
 * Words for saving, storage problems and what happens between tabs (D, for "your data"): the save
 * status line, every storage problem (an exhaustive switch the compiler checks), journal recovery,
 * clashes with other tabs, damaged rows and length limits.
 */
import type { DamageReason, MemoryReason, StorageProblem } from '../../storage/db';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const D = {
  // Status line
  saved: 'All changes saved in this browser.',
  saving: (n: number) => `Saving ${n} ${plural(n, 'change', 'changes')}…`,
  memory: 'Kept in this tab only: this browser does not let the workbench store data. Export before closing the tab.',
  notSaved: (atRisk: number, why: string) =>
    atRisk > 0 ? `Not saved: ${atRisk} ${plural(atRisk, 'change is', 'changes are')} kept only in this tab. ${why}` : `Not saved. ${why}`,

  /** Every storage problem in words. */
  problem(p: StorageProblem): string {
    switch (p.kind) {
      case 'quota':
        return 'The browser has no storage space left for this site: export the assessment now.';
      case 'newer-version':
        return 'This assessment was saved by a newer version of the workbench. Reload the page to update the app; nothing was overwritten.';
      case 'missing':
        return 'This assessment is no longer stored in this browser (deleted in another tab): export it now to keep your work.';
      case 'damaged':
        return `The stored copy of this assessment is damaged (${D.damage(p.reason)}). Open the library to export its raw data or repair it.`;
      case 'closed':
        return 'A newer version of the workbench took over the storage in another tab. Reload this tab: every change typed here so far is kept.';
      case 'frozen':
        return 'This assessment is frozen: nothing was saved over it. Start a new version to edit.';
      case 'conflict':
        return "Not yet saved into the assessment: another tab saved it each time this tab tried. Your changes are kept in this browser's journal (a reload keeps them) and shown on top of the other tab's copy; saving is tried again shortly.";
      case 'failed':
        return `The browser refused to store the data (${p.name}). Export the assessment now.`;
    }
  },

  damage(reason: DamageReason): string {
    switch (reason) {
      case 'not-an-object':
        return 'not an assessment';
      case 'no-id':
        return 'no id';
      case 'no-values':
        return 'no values';
      case 'no-profile':
        return 'no city profile';
      case 'bad-revision':
        return 'revision out of range';
      case 'bad-date':
        return 'date out of range';
      case 'bad-text':
        return 'city, country, year or notes of the wrong kind';
      case 'bad-field':
        return 'another field of the wrong kind';
    }
  },

  memoryReason(reason: MemoryReason): string {
    switch (reason) {
      case 'unavailable':
        return 'This browser does not let the workbench store data (private mode or storage disabled).';
      case 'timeout':
        return "The browser's storage did not answer within 10 seconds.";
    }
  },

  // Recovery and other tabs
  recovered: (n: number) => `Recovered ${n} ${plural(n, 'change', 'changes')} typed before the page was last closed.`,
  setAside: (items: string[]) =>
    `Not recovered: ${items.length} ${plural(items.length, 'change', 'changes')} left in the journal could not be applied and ${plural(items.length, 'was', 'were')} set aside; the assessment is unchanged by ${plural(items.length, 'it', 'them')}: ${items.join('; ')}.`,
  setAsideItem: (where: string, why: 'unreadable' | 'too-long' | 'frozen' | 'refused') =>
    `${where} (${why === 'unreadable' ? 'not a change the workbench can read' : why === 'too-long' ? 'text over the length limit' : why === 'frozen' ? 'the assessment is frozen' : 'a value the assessment cannot hold'})`,
  setAsideUnknown: 'an unreadable entry',
  lost: (items: string[]) => `Another tab replaced ${plural(items.length, 'a value', 'values')} you had entered: ${items.join('; ')}.`,
  lostItem: (where: string, mine: string, theirs: string) => `${where}: yours "${mine}", now "${theirs}"`,
  putMineBack: 'Put mine back',
  dismiss: 'Dismiss',
  replacedOrChanged: 'This assessment was changed in another tab or replaced by an import; the stored version is shown, with your unsaved edits on top.',
  readOnlyReplaced:
    'Editing is paused in this tab: a newer version of the workbench took over the storage. Reload to keep working; every change typed so far is kept.',

  updateActivated: 'A new version of the workbench was activated in another tab. Reload this tab when you are ready: everything you typed is kept.',

  // Leaving with unsaved work
  leaveUnsaved: (n: number) =>
    `${n} ${plural(n, 'change is', 'changes are')} not stored in this browser. Leaving now loses ${plural(n, 'it', 'them')} unless you export the assessment first.`,
  exportAndLeave: 'Export, then leave',
  leaveAnyway: 'Leave without saving',
  stay: 'Stay',

  // Limits
  tooLong: (what: string, limit: number) => `${what}: at most ${limit.toLocaleString('en')} characters; the text was not stored.`,

  // Damaged rows in the library
  backupWithDamaged: (items: string[]) =>
    `The backup also holds ${items.length} damaged ${plural(items.length, 'assessment', 'assessments')} as ${plural(items.length, 'it is', 'they are')}; an import reads ${plural(items.length, 'it', 'them')} only after a repair: ${items.join('; ')}.`,
  backupLeftOut: (items: string[]) =>
    `Left out of the backup, because ${plural(items.length, 'it cannot', 'they cannot')} be written as a file: ${items.join('; ')}.`,
  damagedTitle: 'Damaged assessments',
  damagedHint: 'These stored rows cannot be opened as they are. Export the raw data to keep it, try a repair, or delete the row.',
  damagedRow: (label: string, reason: DamageReason) => `${label || 'Unnamed'}: ${D.damage(reason)}`,
  exportRaw: 'Export raw JSON',
  repair: 'Repair',
  repaired: (label: string) => `Repaired ${label}.`,
  repairFailed: (problem: string) => `Could not repair: ${problem}`,
  deleteRow: 'Delete row',

  // Restoring backups
  refusedTitle: (n: number) => `${n} ${plural(n, 'assessment', 'assessments')} of the file could not be read and ${plural(n, 'was', 'were')} not imported:`,
  refusedItem: (position: number, label: string, why: string) => `#${position}${label ? ` ${label}` : ''}: ${why}`,
  readNotes: (n: number) => `${n} ${plural(n, 'note', 'notes')} on reading the file:`,
};
