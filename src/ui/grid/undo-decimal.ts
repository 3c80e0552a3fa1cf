/**
 * A decimal switch keeps the undo history (issue #25). Handsontable's undo stacks hold cell texts as
 * they were typed under the old mark ("1.5"); after the switch the same cells read under the new mark,
 * so each recorded text that read as a number under the old mark is rewritten as that number under the
 * new one ("1,5"). Text that did not read as a number (kept as typed) is left as it is.
 */
import type { DecimalStyle } from '../../engine/parse';
import { inputText, readInput } from '../format';

/** The columns whose texts are numbers written with the decimal mark. */
const NUMERIC = new Set(['numerator', 'denominator', 'value', 'target']);

/** One recorded change: [row, column, old text, new text], as Handsontable's data-change action keeps it (the column by index). */
type Change = [number, string | number, unknown, unknown];
/** What this module needs of the plugin: its two stacks (internal to Handsontable, read defensively). */
interface Stacks {
  doneActions?: { changes?: Change[] }[];
  undoneActions?: { changes?: Change[] }[];
}

export function convertText(text: unknown, from: DecimalStyle, to: DecimalStyle): unknown {
  if (typeof text !== 'string' || text.trim() === '') return text;
  const read = readInput(text, from);
  return typeof read.value === 'number' ? inputText(read.value, to) : text;
}

/**
 * Rewrites the numeric texts of every recorded change from one decimal mark to the other; how many it
 * rewrote. `keyOf` names a recorded column (Handsontable records its index).
 */
export function redecimalUndo(plugin: unknown, from: DecimalStyle, to: DecimalStyle, keyOf: (column: string | number) => unknown): number {
  if (from === to) return 0;
  const stacks = plugin as Stacks;
  let n = 0;
  for (const action of [...(stacks.doneActions ?? []), ...(stacks.undoneActions ?? [])]) {
    if (!Array.isArray(action.changes)) continue;
    for (const change of action.changes) {
      if (!Array.isArray(change) || !NUMERIC.has(String(keyOf(change[1])))) continue;
      const before = [change[2], change[3]];
      change[2] = convertText(change[2], from, to);
      change[3] = convertText(change[3], from, to);
      if (before[0] !== change[2] || before[1] !== change[3]) n++;
    }
  }
  return n;
}
