/**
 * Grouping and filters: which rows are hidden because their group is collapsed or a filter leaves
 * them out. A group row shows while any of its data points shows.
 */
import { reviewOf, threadOpen } from '../../engine/review';
import { dpName, type DpRow, type Level, type RowMeta } from './columns';
import { findWords, matchesFind } from './find';
import { itemKinds, type FlagCounts } from './flags';
import type { GridState } from './state';

export interface Filters {
  coreOnly: boolean;
  notReported: boolean;
  /** Rows with a refused value. */
  errors: boolean;
  /** Rows scored but implausible. */
  warnings: boolean;
  /** Rows with an input still to be entered. */
  reminders: boolean;
  /** Rows not yet verified (nor marked not verifiable). */
  unverified: boolean;
  /** Rows with an open query. */
  openQueries: boolean;
  /** The find box: words of a code or name (find.ts); empty shows every row. */
  find: string;
}

export const NO_FILTERS: Filters = {
  coreOnly: false,
  notReported: false,
  errors: false,
  warnings: false,
  reminders: false,
  unverified: false,
  openQueries: false,
  find: '',
};

/** Ids of the data points with a local error (a status, quality, year or target that does not read). */
export function locallyRefused(state: GridState): Set<string> {
  return new Set([...state.localErrors.keys()].map((k) => k.slice(0, k.lastIndexOf('|'))));
}

export function visibleDp(state: GridState, r: DpRow, refused: Set<string>): boolean {
  const f = state.filters;
  // A U4SSC KPI the named selection leaves out shows only when asked for (its values are kept, untouched).
  if (r.outside && !state.showOutside) return false;
  if (f.coreOnly && r.ref.kpi.tier !== 'core') return false;
  if (f.find !== '' && !matchesFind(findWords(f.find), r.ref.kpi.code, dpName(r.ref))) return false;
  const it = state.items.get(r.ref.id);
  if (f.notReported && it && it.state !== 'not-reported' && it.state !== 'invalid') return false;
  if (f.errors || f.warnings || f.reminders) {
    const kinds = itemKinds(it, refused.has(r.ref.id));
    if (!((f.errors && kinds.has('error')) || (f.warnings && kinds.has('warning')) || (f.reminders && kinds.has('reminder')))) return false;
  }
  if (f.unverified || f.openQueries) {
    const doc = state.doc;
    // A local KPI has no review cycle of its own (the review is of the U4SSC values).
    if (!doc || r.local || doc.values[r.ref.id]?.status === 'not-applicable') return false;
    const open = threadOpen(doc.threads?.[r.ref.id]);
    const st = reviewOf(doc, r.ref).state;
    const unverified = st !== 'verified' && st !== 'not-verifiable';
    if (!((f.unverified && unverified) || (f.openQueries && open))) return false;
  }
  return true;
}

const filtering = (f: Filters): boolean =>
  f.coreOnly || f.notReported || f.errors || f.warnings || f.reminders || f.unverified || f.openQueries || findWords(f.find).length > 0;

/** How many data points carry each kind of mark (for the filter labels). */
export function flagCounts(state: GridState): FlagCounts {
  const counts: FlagCounts = { error: 0, warning: 0, reminder: 0 };
  const refused = locallyRefused(state);
  for (const r of state.rows) {
    if (r.kind !== 'dp' || (r.outside && !state.showOutside)) continue;
    for (const k of itemKinds(state.items.get(r.ref.id), refused.has(r.ref.id))) counts[k]++;
  }
  return counts;
}

/** Physical indexes of the rows to hide, ascending. */
export function hiddenRows(state: GridState): number[] {
  const hidden: number[] = [];
  const hasVisibleChild = new Set<string>();
  // Rows left out of a selection hide like filtered ones: a group with none of its data points shown goes too.
  const on = filtering(state.filters) || (!state.showOutside && state.rows.some((r) => r.kind === 'dp' && r.outside));
  const refused = locallyRefused(state);
  const shown = (r: DpRow) => visibleDp(state, r, refused);
  state.rows.forEach((r) => {
    if (r.kind === 'dp' && shown(r)) r.parents.forEach((p) => hasVisibleChild.add(p));
  });
  state.rows.forEach((r, i) => {
    const underCollapsed = r.parents.some((p) => state.collapsed.has(p));
    const visible = r.kind === 'dp' ? shown(r) : !on || hasVisibleChild.has(r.code);
    if (underCollapsed || !visible) hidden.push(i);
  });
  return hidden;
}

export function toggleGroup(state: GridState, code: string): void {
  if (state.collapsed.has(code)) state.collapsed.delete(code);
  else state.collapsed.add(code);
}

export function collapseAll(state: GridState, collapsed: boolean, level: Level): void {
  state.collapsed.clear();
  if (collapsed) for (const r of state.rows as RowMeta[]) if (r.kind === 'group' && r.level === level) state.collapsed.add(r.code);
}
