/**
 * Text files as bytes, decoded strictly: UTF-8 with or without a byte-order mark, UTF-16 with one. Any
 * other encoding is never read through `�`: it is refused, and Windows-1252 (Excel's "CSV (Comma
 * delimited)" on Western Windows) is named so the user can confirm reading it as such.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  /** `line`: 1-based line of the first byte that is not UTF-8; `likely`: the encoding it reads as, if any. */
  | { ok: false; kind: 'not-utf8'; line: number; likely: 'windows-1252' | null };

const decoder = (encoding: string, fatal: boolean) => new TextDecoder(encoding, { fatal, ignoreBOM: true });

/**
 * Windows-1252's 0x80–0x9F (WHATWG Encoding, index-windows-1252): the typographic quotes, dashes, € and
 * the rest. Decoded here rather than by the platform's TextDecoder, which in Node builds without full
 * ICU maps these bytes to C1 control characters (`–` came out as U+0096): the same bytes then give the
 * same text in the app and the command line. 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned (never
 * reached: such a file is not taken as Windows-1252).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes as text: Latin-1 for every byte but 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // In slices, so that no call gets more arguments than the engine takes.
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** The 1-based line of the first invalid UTF-8 sequence. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return line;
    for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    i += n;
  }
  return line;
}

/**
 * Decodes a text file. `allow1252` is the user's confirmation that a file that is not UTF-8 is
 * Windows-1252 (asked for after a first `not-utf8` answer).
 */
export function decodeText(input: ArrayBuffer | Uint8Array, allow1252 = false): DecodeResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: decoder('utf-8', true).decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
    } catch {
      return { ok: false, kind: 'not-utf8', line: firstBadLine(bytes.subarray(3)), likely: null };
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: decoder(encoding, true).decode(bytes.subarray(2)), encoding, bom: true };
    } catch {
      return { ok: false, kind: 'not-utf8', line: 1, likely: null };
    }
  }
  try {
    return { ok: true, text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252, and NUL is no text: a file
    // with them is no Windows-1252 text either.
    const likely = bytes.some((b) => b === 0 || b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) ? null : 'windows-1252';
    if (allow1252 && likely) return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
    return { ok: false, kind: 'not-utf8', line: firstBadLine(bytes), likely };
  }
}
