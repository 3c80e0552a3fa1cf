import type { DatapointRef, Framework, GroupRef } from '../../engine/framework';
import type { AggregateResult, Band, ItemResult, Scores } from '../../engine/types';

/**
 * The wheel's geometry, derived from the framework alone: data points ordered by dimension →
 * sub-dimension → category (a KPI may be scored under a category other than its code's), and each
 * category and dimension spanning as many outer segments as it has data points, so the rings line up.
 */
export interface WheelLayout {
  datapoints: DatapointRef[];
  categories: { group: GroupRef; subdimension: GroupRef; size: number }[];
  dimensions: { group: GroupRef; size: number }[];
}

export function wheelLayout(fw: Framework): WheelLayout {
  const byCategory = new Map<string, DatapointRef[]>();
  for (const ref of fw.datapoints) {
    const list = byCategory.get(ref.path.category) ?? [];
    list.push(ref);
    byCategory.set(ref.path.category, list);
  }
  const subByCode = new Map(fw.groups.subdimensions.map((g) => [g.code, g]));
  const datapoints: DatapointRef[] = [];
  const categories: WheelLayout['categories'] = [];
  const dimensionSize = new Map<string, number>();
  for (const group of fw.groups.categories) {
    const refs = byCategory.get(group.code) ?? [];
    if (refs.length === 0) continue;
    datapoints.push(...refs);
    const dim = refs[0].path.dimension;
    categories.push({ group, subdimension: subByCode.get(refs[0].path.subdimension)!, size: refs.length });
    dimensionSize.set(dim, (dimensionSize.get(dim) ?? 0) + refs.length);
  }
  const dimensions = fw.groups.dimensions.filter((g) => (dimensionSize.get(g.code) ?? 0) > 0).map((group) => ({ group, size: dimensionSize.get(group.code)! }));
  return { datapoints, categories, dimensions };
}

/** Score look-ups for one Scores object. */
export interface ScoreIndex {
  item: (id: string) => ItemResult | undefined;
  aggregate: (code: string) => AggregateResult | undefined;
}

export function scoreIndex(scores: Scores): ScoreIndex {
  const items = new Map(scores.items.map((i) => [i.id, i]));
  const aggregates = new Map<string, AggregateResult>();
  for (const a of [...scores.dimensions, ...scores.subdimensions, ...scores.categories]) aggregates.set(a.code, a);
  return { item: (id) => items.get(id), aggregate: (code) => aggregates.get(code) };
}

/** Band of each segment, ring by ring in dataset order: [data points, categories, dimensions]. */
export function wheelBands(layout: WheelLayout, index: ScoreIndex): (Band | null)[][] {
  return [
    layout.datapoints.map((ref) => index.item(ref.id)?.band ?? null),
    layout.categories.map((c) => index.aggregate(c.group.code)?.band ?? null),
    layout.dimensions.map((d) => index.aggregate(d.group.code)?.band ?? null),
  ];
}

/** Dataset order, outermost first (Chart.js draws the first dataset outside). */
export const RING_DATAPOINTS = 0;
export const RING_CATEGORIES = 1;
export const RING_DIMENSIONS = 2;

/** What a key does on the focused wheel: move the highlight along the outer ring, select it, or nothing. */
export type WheelKeyAction = { kind: 'move'; index: number } | { kind: 'select' } | null;

/**
 * Keyboard navigation of the outer ring with `n` segments, `active` highlighted (-1 for none): arrows
 * step round (wrapping), Home and End jump, Escape clears the highlight, Enter and Space select.
 */
export function wheelKey(key: string, active: number, n: number): WheelKeyAction {
  if (n === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'move', index: (active + 1) % n };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'move', index: active < 0 ? n - 1 : (active - 1 + n) % n };
    case 'Home':
      return { kind: 'move', index: 0 };
    case 'End':
      return { kind: 'move', index: n - 1 };
    case 'Escape':
      return { kind: 'move', index: -1 };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    default:
      return null;
  }
}
