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

/**
 * The local KPIs of the city's own framework (issue #30), drawn after the U4SSC ones as a group of
 * their own: their data points on the outer ring, one category segment and one dimension segment,
 * each named with the framework's name (`category`, `dimension`; `code` where a name cannot fit).
 * They have no aggregate: those two segments are drawn as unscored.
 */
export interface LocalWheelGroup {
  datapoints: DatapointRef[];
  items: ItemResult[];
  /** A short word no U4SSC group code is ("Local"). */
  code: string;
  category: string;
  dimension: string;
  /** Said after each local data point's name ("local KPI"), so the words, not the place, mark it. */
  mark: string;
}

export function wheelLayout(fw: Framework, local?: LocalWheelGroup | null): WheelLayout {
  const out = u4sscLayout(fw);
  if (!local || local.datapoints.length === 0) return out;
  const n = local.datapoints.length;
  // The category is its own sub-dimension: the group has no U4SSC place, and its name says all.
  const category: GroupRef = { code: local.code, name: local.category, level: 'category' };
  return {
    datapoints: [...out.datapoints, ...local.datapoints],
    categories: [...out.categories, { group: category, subdimension: category, size: n }],
    dimensions: [...out.dimensions, { group: { code: local.code, name: local.dimension, level: 'dimension' }, size: n }],
  };
}

function u4sscLayout(fw: Framework): WheelLayout {
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

/** Look-ups of `scores`, and of the local KPIs' results when the wheel draws them. */
export function scoreIndex(scores: Scores, localItems: readonly ItemResult[] = []): ScoreIndex {
  const items = new Map([...scores.items, ...localItems].map((i) => [i.id, i]));
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
