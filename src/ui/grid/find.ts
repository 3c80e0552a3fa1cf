/**
 * The grid's find box (issue #25): a row filter like the others (groups.ts), so every rule that holds
 * for filtered rows (paste, fill and delete land only in visible rows) holds for it too. A data point
 * matches when every word typed is in its code or in its name as the grid shows it (the interface
 * language), ignoring case, accents and the spacing of codes: "ict 1c", "EC:ICT:ICT:1C", "chomage".
 */
import type { Framework } from '../../engine/framework';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { dpName } from './columns';

/** Lower case, without accents, with runs of spaces as one; what both the query and the row are read as. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What a query looks for: a code (it has a colon) as one phrase, spaced as printed ("ict:ict:1c" →
 * "ict: ict: 1c", part of EC: ICT: ICT: 1C only); otherwise its words, each to be found.
 */
export function findWords(query: string): string[] {
  if (query.includes(':')) {
    const code = fold(query.replace(/\s*:\s*/g, ': '));
    return code === ':' ? [] : [code];
  }
  const folded = fold(query);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether a row with this code and name shows for the query's words (no words: every row). */
export function matchesFind(words: readonly string[], code: string, name: string): boolean {
  if (words.length === 0) return true;
  const hay = fold(`${code.replace(/\s*:\s*/g, ': ')} ${name}`);
  return words.every((w) => hay.includes(w));
}

/** How many data points of the framework the query matches (null: nothing typed). */
export function findMatches(query: string, fw: Framework = u4ssc): number | null {
  const words = findWords(query);
  if (words.length === 0) return null;
  return fw.datapoints.filter((ref) => matchesFind(words, ref.kpi.code, dpName(ref))).length;
}
