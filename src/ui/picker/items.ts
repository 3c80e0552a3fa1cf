/**
 * What a picker chooses from, and how typed text finds it: a data point, a category or a dimension by
 * its code or by its name in the interface language (the framework object's names are already put in
 * that language by strings/kpi-names.ts). Pure: no DOM.
 */
import type { Framework } from '../../engine/framework';
import { dpCode, dpName } from '../grid/columns';
import { catalogueName } from '../strings/kpi-names';

export interface PickItem {
  /** What is stored: a data point's id, a category's or a dimension's code. */
  id: string;
  /** The code as the interface shows it. */
  code: string;
  /** The name in the interface language. */
  name: string;
}

export type PickKind = 'datapoint' | 'category' | 'dimension';

/** The data points, categories or dimensions of a framework, in its order, named in the interface language. */
export function pickItems(fw: Framework, kind: PickKind): PickItem[] {
  if (kind === 'datapoint') return fw.datapoints.map((ref) => ({ id: ref.id, code: dpCode(ref), name: dpName(ref) }));
  const out: PickItem[] = [];
  for (const d of fw.data.dimensions) {
    if (kind === 'dimension') out.push({ id: d.code, code: d.code, name: catalogueName('group', d.code, d.name) });
    else
      for (const s of d.subdimensions)
        for (const c of s.categories) {
          const code = `${d.code}: ${s.code}: ${c.code}`;
          out.push({ id: code, code, name: catalogueName('group', code, c.name) });
        }
  }
  return out;
}

/**
 * Text folded for finding: lower case, accents off (é → e, Arabic short vowels off), and the codes'
 * separators (":", "·", "|", dashes, brackets) read as spaces, so "ec ict 1c" finds "EC: ICT: ICT: 1C".
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[:·|,;()[\]—–\-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The item the text names exactly, by its code or its id (as typed into a file), if any. */
export function exactItem(items: readonly PickItem[], text: string): PickItem | undefined {
  const t = fold(text);
  if (!t) return undefined;
  return items.find((i) => fold(i.code) === t || fold(i.id) === t);
}

/**
 * The items the text finds: every word typed is in the code or the name. An exact code comes first, then
 * codes that start with the text, then names that do, then the rest, each in the framework's order.
 * Empty text finds everything.
 */
export function findItems(items: readonly PickItem[], text: string): PickItem[] {
  const t = fold(text);
  if (!t) return [...items];
  const words = t.split(' ');
  const ranked: { item: PickItem; rank: number; at: number }[] = [];
  items.forEach((item, at) => {
    const code = fold(item.code);
    const name = fold(item.name);
    const hay = `${code} ${name} ${fold(item.id)}`;
    if (!words.every((w) => hay.includes(w))) return;
    const rank = code === t || fold(item.id) === t ? 0 : code.startsWith(t) ? 1 : name.startsWith(t) ? 2 : 3;
    ranked.push({ item, rank, at });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.at - b.at).map((r) => r.item);
}
