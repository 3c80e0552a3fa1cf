// Compiled from src/ui/messages/en/saving.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, nf, pl, sel, type Args, type Arg } from '../runtime';

/** The messages of the namespace `saving`, with the argument types of their English text. */
export interface SavingMessages {
  readonly "saved": string;
  "saving"(n: number): string;
  readonly "memory": string;
  "recovered"(n: number): string;
  "setAsideItem"(where: string | number, why: string | number): string;
  readonly "setAsideUnknown": string;
  "lostItem"(where: string | number, mine: string | number, theirs: string | number): string;
  readonly "putMineBack": string;
  readonly "dismiss": string;
  readonly "replacedOrChanged": string;
  readonly "readOnlyReplaced": string;
  readonly "updateActivated": string;
  "leaveUnsaved"(n: number): string;
  readonly "exportAndLeave": string;
  readonly "leaveAnyway": string;
  readonly "stay": string;
  readonly "damagedTitle": string;
  readonly "damagedHint": string;
  readonly "exportRaw": string;
  readonly "repair": string;
  "repaired"(label: string | number): string;
  "repairFailed"(problem: string | number): string;
  readonly "deleteRow": string;
  "refusedTitle"(n: number): string;
  "refusedItem"(position: string | number, label: string | number | null, why: string | number): string;
  "readNotes"(n: number): string;
  readonly "problem": {
    readonly "quota": string;
    readonly "newer-version": string;
    readonly "missing": string;
    "damaged"(a: { damage: string | number }): string;
    readonly "closed": string;
    readonly "frozen": string;
    readonly "conflict": string;
    "failed"(a: { name: string | number }): string;
  };
  "damage"(reason: string | number): string;
  "memoryReason"(reason: string | number): string;
  "notSaved"(atRisk: number, why: string | number): string;
  "setAside"(a: { count: number; items: string | number }): string;
  "lost"(a: { count: number; items: string | number }): string;
  "tooLong"(what: string | number, limit: number): string;
  "backupWithDamaged"(a: { count: number; items: string | number }): string;
  "backupLeftOut"(a: { count: number; items: string | number }): string;
  "damagedRow"(a: { label: string | number; damage: string | number }): string;
  readonly "unnamed": string;
  readonly "separator": string;
  readonly "localFrameworkEdit": string;
}

export const saving = register<SavingMessages>("saving", {
  saved: "All changes saved in this browser.",
  saving: (n: Arg) => `Saving ${n} ${pl('en', n, false, { "one": `change`, "other": `changes` })}…`,
  memory: "Kept in this tab only: this browser does not let the workbench store data. Export before closing the tab.",
  recovered: (n: Arg) => `Recovered ${n} ${pl('en', n, false, { "one": `change`, "other": `changes` })} typed before the page was last closed.`,
  setAsideItem: (where: Arg, why: Arg) => `${where} (${sel(why, { "unreadable": `not a change the workbench can read`, "other": `${sel(why, { "too-long": `text over the length limit`, "other": `${sel(why, { "frozen": `the assessment is frozen`, "other": `a value the assessment cannot hold` })}` })}` })})`,
  setAsideUnknown: "an unreadable entry",
  lostItem: (where: Arg, mine: Arg, theirs: Arg) => `${where}: yours "${mine}", now "${theirs}"`,
  putMineBack: "Put mine back",
  dismiss: "Dismiss",
  replacedOrChanged: "This assessment was changed in another tab or replaced by an import; the stored version is shown, with your unsaved edits on top.",
  readOnlyReplaced: "Editing is paused in this tab: a newer version of the workbench took over the storage. Reload to keep working; every change typed so far is kept.",
  updateActivated: "A new version of the workbench was activated in another tab. Reload this tab when you are ready: everything you typed is kept.",
  leaveUnsaved: (n: Arg) => `${n} ${pl('en', n, false, { "one": `change is`, "other": `changes are` })} not stored in this browser. Leaving now loses ${pl('en', n, false, { "one": `it`, "other": `them` })} unless you export the assessment first.`,
  exportAndLeave: "Export, then leave",
  leaveAnyway: "Leave without saving",
  stay: "Stay",
  damagedTitle: "Damaged assessments",
  damagedHint: "These stored rows cannot be opened as they are. Export the raw data to keep it, try a repair, or delete the row.",
  exportRaw: "Export raw JSON",
  repair: "Repair",
  repaired: (label: Arg) => `Repaired ${label}.`,
  repairFailed: (problem: Arg) => `Could not repair: ${problem}`,
  deleteRow: "Delete row",
  refusedTitle: (n: Arg) => `${n} ${pl('en', n, false, { "one": `assessment`, "other": `assessments` })} of the file could not be read and ${pl('en', n, false, { "one": `was`, "other": `were` })} not imported:`,
  refusedItem: (position: Arg, label: Arg, why: Arg) => `#${position}${sel(label, { "null": ``, "other": ` ${label}` })}: ${why}`,
  readNotes: (n: Arg) => `${n} ${pl('en', n, false, { "one": `note`, "other": `notes` })} on reading the file:`,
  problem: {
    quota: "The browser has no storage space left for this site: export the assessment now.",
    "newer-version": "This assessment was saved by a newer version of the workbench. Reload the page to update the app; nothing was overwritten.",
    missing: "This assessment is no longer stored in this browser (deleted in another tab): export it now to keep your work.",
    damaged: (a: Args) => `The stored copy of this assessment is damaged (${a.damage}). Open the library to export its raw data or repair it.`,
    closed: "A newer version of the workbench took over the storage in another tab. Reload this tab: every change typed here so far is kept.",
    frozen: "This assessment is frozen: nothing was saved over it. Start a new version to edit.",
    conflict: "Not yet saved into the assessment: another tab saved it each time this tab tried. Your changes are kept in this browser's journal (a reload keeps them) and shown on top of the other tab's copy; saving is tried again shortly.",
    failed: (a: Args) => `The browser refused to store the data (${a.name}). Export the assessment now.`,
  },
  damage: (reason: Arg) => sel(reason, { "not-an-object": `not an assessment`, "no-id": `no id`, "no-values": `no values`, "no-profile": `no city profile`, "bad-revision": `revision out of range`, "bad-date": `date out of range`, "bad-text": `city, country, year or notes of the wrong kind`, "bad-field": `another field of the wrong kind`, "other": `${reason}` }),
  memoryReason: (reason: Arg) => sel(reason, { "unavailable": `This browser does not let the workbench store data (private mode or storage disabled).`, "timeout": `The browser's storage did not answer within 10 seconds.`, "other": `${reason}` }),
  notSaved: (atRisk: Arg, why: Arg) => pl('en', atRisk, false, { "=0": `Not saved. ${why}`, "other": `Not saved: ${atRisk} ${pl('en', atRisk, false, { "one": `change is`, "other": `changes are` })} kept only in this tab. ${why}` }),
  setAside: (a: Args) => `Not recovered: ${a.count} ${pl('en', a.count, false, { "one": `change`, "other": `changes` })} left in the journal could not be applied and ${pl('en', a.count, false, { "one": `was`, "other": `were` })} set aside; the assessment is unchanged by ${pl('en', a.count, false, { "one": `it`, "other": `them` })}: ${a.items}.`,
  lost: (a: Args) => `Another tab replaced ${pl('en', a.count, false, { "one": `a value`, "other": `values` })} you had entered: ${a.items}.`,
  tooLong: (what: Arg, limit: Arg) => `${what}: at most ${nf(limit, 'decimal')} characters; the text was not stored.`,
  backupWithDamaged: (a: Args) => `The backup also holds ${a.count} damaged ${pl('en', a.count, false, { "one": `assessment`, "other": `assessments` })} as ${pl('en', a.count, false, { "one": `it is`, "other": `they are` })}; an import reads ${pl('en', a.count, false, { "one": `it`, "other": `them` })} only after a repair: ${a.items}.`,
  backupLeftOut: (a: Args) => `Left out of the backup, because ${pl('en', a.count, false, { "one": `it cannot`, "other": `they cannot` })} be written as a file: ${a.items}.`,
  damagedRow: (a: Args) => `${a.label}: ${a.damage}`,
  unnamed: "Unnamed",
  separator: "; ",
  localFrameworkEdit: "Local KPIs: framework",
});
