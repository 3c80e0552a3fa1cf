/**
 * Repeated keys in JSON text. `JSON.parse` keeps the last of a repeated key (`{"a": 1, "a": 2}` reads as
 * `{"a": 2}`), so a file in which a value, a status or a source is written twice would be read as one of
 * them, in silence. The readers run this over text that `JSON.parse` has accepted and refuse what it finds,
 * with the path of each repeated member.
 */

import type { DocProblem } from './problems';

/** Where a repeated key is: the keys and array positions from the document down to the member. */
export interface RepeatedKey {
  segments: (string | number)[];
}

interface Frame {
  /** The keys seen so far in an object; null in an array. */
  keys: Set<string> | null;
  /** The current member: its key in an object, its position in an array. */
  at: string | number;
}

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Every repeated key in `text` (at most `limit`), in the order they occur. `text` must be JSON that
 * `JSON.parse` accepts: the scan relies on it and checks nothing else.
 */
export function repeatedKeys(text: string, limit = 50): RepeatedKey[] {
  const found: RepeatedKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  // The regular expression jumps to the next character that matters (whitespace, numbers and literals
  // are most of a pretty-printed file); it runs as native code, about twice as fast as a loop over each.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // The closing quote is the next one not escaped by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      for (;;) {
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (expectKey) {
        const top = stack[stack.length - 1];
        const body = text.slice(i + 1, end);
        // Escapes are decoded, so "a" and "\u0061" are the same key, as JSON.parse reads them.
        const key = body.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : body;
        top.at = key;
        if (top.keys!.has(key)) {
          found.push({ segments: stack.map((f) => f.at) });
          if (found.length >= limit) return found;
        } else top.keys!.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */) {
      stack.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (c === 91 /* [ */) {
      stack.push({ keys: null, at: 0 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false; // after an empty object's "}"
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top.keys) expectKey = true;
      else (top.at as number)++;
    }
  }
  return found;
}

/** `['values', 'EC: ICT: ICT: 1C|', 'status']` → `values["EC: ICT: ICT: 1C|"].status`; numbers are array positions. */
export function pathOf(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, seg) => {
    if (typeof seg === 'number') return `${path}[${seg}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(seg)) return path === '' ? seg : `${path}.${seg}`;
    return `${path}[${JSON.stringify(seg)}]`;
  }, '');
}

/** Repeated keys as document problems, each at its member's path (`values["EC: ICT: ICT: 1C|"]`). */
export const repeatedKeyProblems = (at: readonly RepeatedKey[]): DocProblem[] => at.map((r) => ({ path: pathOf(r.segments), kind: 'repeated-key' }));

/** The path of the first repeated key in `text` (JSON that `JSON.parse` accepted), or null: for readers that refuse on the first. */
export function firstRepeatedKeyPath(text: string): string | null {
  const [first] = repeatedKeys(text, 1);
  return first ? pathOf(first.segments) : null;
}
