/**
 * Words for saving, storage problems and what happens between tabs (D, for "your data"): the save
 * status line, every storage problem (an exhaustive switch the compiler checks), journal recovery,
 * clashes with other tabs, damaged rows and length limits. ICU messages (#31) in
 * src/ui/messages/<lang>/saving.json, compiled by scripts/messages.ts into the typed accessor `saving`;
 * `D` adds the texts code puts together from them. Plain text only, never HTML.
 */
import type { DamageReason, StorageProblem } from '../../storage/db';
import { saving } from '../messages/compiled/saving';
import { withCode } from '../messages/runtime';

/** A list of entries, joined with the language's separator (`a; b`, not a sentence's `a, b and c`), and their count. */
const entries = (items: string[]) => ({ count: items.length, items: items.join(saving.separator) });

export const savingWords = withCode(saving, {
  /** Every storage problem in words (an exhaustive switch over the storage layer's kinds). */
  problem: (p: StorageProblem): string => {
    switch (p.kind) {
      case 'quota':
        return saving.problem.quota;
      case 'newer-version':
        return saving.problem['newer-version'];
      case 'missing':
        return saving.problem.missing;
      case 'damaged':
        return saving.problem.damaged({ damage: saving.damage(p.reason) });
      case 'closed':
        return saving.problem.closed;
      case 'frozen':
        return saving.problem.frozen;
      case 'conflict':
        return saving.problem.conflict;
      case 'failed':
        return saving.problem.failed({ name: p.name });
    }
  },
  setAside: (items: string[]): string => saving.setAside(entries(items)),
  lost: (items: string[]): string => saving.lost(entries(items)),
  backupWithDamaged: (items: string[]): string => saving.backupWithDamaged(entries(items)),
  backupLeftOut: (items: string[]): string => saving.backupLeftOut(entries(items)),
  /** An empty label is unnamed. */
  damagedRow: (label: string, reason: DamageReason): string => saving.damagedRow({ label: label || saving.unnamed, damage: saving.damage(reason) }),
  /** An empty label is none (the select's `null`). */
  refusedItem: (position: number, label: string, why: string): string => saving.refusedItem(position, label || null, why),
});
