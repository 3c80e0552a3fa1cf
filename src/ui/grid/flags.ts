/**
 * Three kinds of marks, kept apart so that a filter shows what the user asked for: errors (a value is
 * refused and not scored), warnings (scored, but implausible per the Verification Manual checks), and
 * reminders (an input still to be entered; never on rows marked not reported or not applicable, which
 * the engine already leaves without reminders).
 */
import type { Flag, ItemResult } from '../../engine/types';

export type FlagKind = 'error' | 'warning' | 'reminder';
export const FLAG_KINDS: readonly FlagKind[] = ['error', 'warning', 'reminder'];

export const flagKind = (f: Flag): FlagKind => (f.level === 'error' ? 'error' : f.missing ? 'reminder' : 'warning');

/** The kinds of marks a data point carries: from the engine's flags, plus the grid's own refusals. */
export function itemKinds(it: ItemResult | undefined, hasLocalError: boolean): Set<FlagKind> {
  const kinds = new Set<FlagKind>();
  if (hasLocalError || it?.state === 'invalid') kinds.add('error');
  for (const f of it?.flags ?? []) kinds.add(flagKind(f));
  return kinds;
}

export type FlagCounts = Record<FlagKind, number>;
