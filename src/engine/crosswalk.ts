/**
 * Crosswalks between frameworks (issue #30, item 6): links from one framework's data points to
 * another's, each with how close the two are and the source that says so, kept as data
 * (src/engine/frameworks/crosswalks/). A value typed once under one framework feeds the other where a
 * link is exact or close and both measure in the same unit; every other link is listed, not carried,
 * and the other framework's coverage says how much of it the assessment fills.
 */
import type { CrosswalkLink } from './framework-file';
import type { Framework } from './framework';
import type { AssessmentInput, Scores, ValueEntry } from './types';

export interface Crosswalk {
  /** The framework the links start from, and the one they lead to (framework ids). */
  from: string;
  to: string;
  statement: string;
  links: CrosswalkLink[];
}

/** Why a linked data point of the other framework got no value from this one. */
export type NotCarried =
  /** The link is broad, narrow or related: the two do not measure the same thing. */
  | 'relation'
  /** The two are measured in different units. */
  | 'unit'
  /** The data point it starts from holds no usable value (not reported, refused, not applicable). */
  | 'no-value';

export interface CarriedItem {
  /** The other framework's data point. */
  id: string;
  /** The data points of this framework linked to it, and how. */
  from: { id: string; relation: CrosswalkLink['relation']; source: string }[];
  /** The value carried across, or why none was. */
  carried: { value: number; from: string } | { none: NotCarried };
}

export interface CrosswalkCoverage {
  /** Data points of the other framework. */
  expected: number;
  /** Of them, linked from this framework at all. */
  linked: number;
  /** Of them, given a value from this framework. */
  carried: number;
  items: CarriedItem[];
}

const CARRIED: ReadonlySet<CrosswalkLink['relation']> = new Set(['exact', 'close']);
const sameUnit = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The other framework's assessment input made of this one's values, and its coverage. Values are
 * carried as reported values (`value`, with `source` naming the data point they come from), never as
 * the inputs of a formula, so the other framework's formula is not applied to them twice. Profile
 * fields with the same id are carried too (a city's population is its population).
 */
export function carryAcross(
  cw: Crosswalk,
  fromFw: Framework,
  fromScores: Scores,
  fromInput: AssessmentInput,
  toFw: Framework,
): { input: AssessmentInput; coverage: CrosswalkCoverage } {
  const byTarget = new Map<string, CrosswalkLink[]>();
  for (const link of cw.links) {
    if (!toFw.byId.has(link.indicator)) continue;
    const list = byTarget.get(link.indicator) ?? [];
    list.push(link);
    byTarget.set(link.indicator, list);
  }
  const values: Record<string, ValueEntry> = {};
  const items: CarriedItem[] = [];
  let carried = 0;
  for (const [id, links] of byTarget) {
    const to = toFw.byId.get(id)!;
    let result: CarriedItem['carried'] = { none: 'relation' };
    for (const link of links) {
      const from = fromFw.byId.get(link.datapoint);
      if (!from || !CARRIED.has(link.relation)) continue;
      if (!sameUnit(from.def.unit, to.def.unit)) {
        result = { none: 'unit' };
        continue;
      }
      const item = fromScores.items[from.index];
      if (item.value === null || (item.state !== 'scored' && item.state !== 'unbenchmarked')) {
        if (!('value' in result)) result = { none: 'no-value' };
        continue;
      }
      result = { value: item.value, from: from.id };
      break;
    }
    if ('value' in result) {
      carried++;
      const entry: ValueEntry = {
        value: to.def.formula.kind === 'yesno' ? (result.value === 1 ? 'yes' : 'no') : result.value,
        status: 'reported',
        source: `${cw.from}: ${result.from}`,
      };
      values[id] = entry;
    }
    items.push({ id, from: links.map((l) => ({ id: l.datapoint, relation: l.relation, source: l.source })), carried: result });
  }
  items.sort((a, b) => toFw.byId.get(a.id)!.index - toFw.byId.get(b.id)!.index);
  const profile: AssessmentInput['profile'] = {};
  for (const p of toFw.data.profile) if (Object.hasOwn(fromInput.profile, p.id)) profile[p.id] = fromInput.profile[p.id];
  return {
    input: { profile, values, targets: {}, method: { ...fromInput.method } },
    coverage: { expected: toFw.datapoints.length, linked: items.length, carried, items },
  };
}
