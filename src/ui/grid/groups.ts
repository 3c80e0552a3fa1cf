/**
 * Grouping and filters: which rows are hidden because their group is collapsed or a filter leaves
 * them out. A group row shows while any of its data points shows.
 */
import type { DpRow, Level, RowMeta } from './columns';
import type { GridState } from './state';

export interface Filters {
  coreOnly: boolean;
  notReported: boolean;
  flagged: boolean;
}

export const NO_FILTERS: Filters = { coreOnly: false, notReported: false, flagged: false };

export function visibleDp(state: GridState, r: DpRow): boolean {
  const f = state.filters;
  if (f.coreOnly && r.ref.kpi.tier !== 'core') return false;
  const it = state.items.get(r.ref.id);
  if (f.notReported && it && it.state !== 'not-reported' && it.state !== 'invalid') return false;
  if (f.flagged && !(it && it.flags.length > 0)) return false;
  return true;
}

const filtering = (f: Filters): boolean => f.coreOnly || f.notReported || f.flagged;

/** Physical indexes of the rows to hide, ascending. */
export function hiddenRows(state: GridState): number[] {
  const hidden: number[] = [];
  const hasVisibleChild = new Set<string>();
  const on = filtering(state.filters);
  state.rows.forEach((r) => {
    if (r.kind === 'dp' && visibleDp(state, r)) r.parents.forEach((p) => hasVisibleChild.add(p));
  });
  state.rows.forEach((r, i) => {
    const underCollapsed = r.parents.some((p) => state.collapsed.has(p));
    const visible = r.kind === 'dp' ? visibleDp(state, r) : !on || hasVisibleChild.has(r.code);
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
