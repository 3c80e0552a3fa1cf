import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../src/engine/decode';
import { decimalEvidence, parseFileNumber, parseNumber, shorten, yesNo } from '../../src/engine/parse';
import { worded } from './support/words';

describe('parseNumber', () => {
  it.each([
    ['1234.5', 'point', 1234.5],
    ['1,234.5', 'point', 1234.5],
    ['1 234.5', 'point', 1234.5],
    ['12 %', 'point', 12],
    ['12%', 'comma', 12],
    ['1 234,5', 'comma', 1234.5],
    ['1\u00a0234,5', 'comma', 1234.5],
    ['1\u202f234,5', 'comma', 1234.5],
    ['1.234,5', 'comma', 1234.5],
    ['0,75', 'comma', 0.75],
    ['-3', 'point', -3],
    ['\u22123', 'point', -3],
    ['+7', 'point', 7],
    ['1e3', 'point', 1000],
    ["1'234.5", 'point', 1234.5],
    ['.5', 'point', 0.5],
    ['-0', 'point', 0],
  ] as const)('%s (%s) → %s', (text, style, value) => {
    expect(parseNumber(text, style)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'point', /not a number/],
    ['12abc', 'point', /not a number/],
    ['1,5', 'point', /decimal mark/],
    ['1.5', 'comma', /not a number|decimal mark/],
    ['1,2,3', 'comma', /not a number/],
    ['', 'point', /empty/],
    ['NaN', 'point', /not a number/],
    ['Infinity', 'point', /not a number/],
    ['1e400', 'point', /outside the range/],
    ['1e16', 'point', /outside the range/],
    ['0x10', 'point', /not a number/],
  ] as const)('refuses %s (%s)', (text, style, reason) => {
    const r = parseNumber(text, style);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(worded(r).reason).toMatch(reason);
  });
});

describe('numbers in files: the decimal mark from evidence, never guessed', () => {
  it.each([
    ['12,5', 'comma'],
    ['0,125', 'comma'],
    ['1234,567', 'comma'],
    ['1.234,5', 'comma'],
    ['1.234.567', 'comma'],
    ['12.5', 'point'],
    ['0.125', 'point'],
    ['1,234.5', 'point'],
    ['1,234,567', 'point'],
    ['-91000,0', 'comma'],
    ['12,125', null],
    ['1.234', null],
    ['1234', null],
    ['yes', null],
  ])('%s tells %s', (text, mark) => {
    expect(decimalEvidence(text)).toBe(mark);
  });

  it('a number that reads two ways is refused unless the mark is certain, then read by it', () => {
    expect(worded(parseFileNumber('12,125', 'point', false))).toEqual({ ok: false, reason: expect.stringMatching(/reads two ways/) });
    expect(worded(parseFileNumber('1.234', 'comma', false))).toEqual({ ok: false, reason: expect.stringMatching(/reads two ways/) });
    expect(parseFileNumber('12,125', 'comma', true)).toEqual({ ok: true, value: 12.125 });
    expect(parseFileNumber('12,125', 'point', true)).toEqual({ ok: true, value: 12125 });
    // Both directions: with nothing in the file to tell, 1.234 is 1.234 or 1 234 under either setting,
    // `5.000` in a German file of counts and `176,000` under a comma setting alike.
    expect(worded(parseFileNumber('1.234', 'point', false))).toEqual({ ok: false, reason: expect.stringMatching(/reads two ways/) });
    expect(worded(parseFileNumber('5.000', 'comma', false))).toEqual({ ok: false, reason: expect.stringMatching(/reads two ways \(a decimal point/) });
    expect(worded(parseFileNumber('176,000', 'comma', false))).toEqual({ ok: false, reason: expect.stringMatching(/reads two ways \(a decimal comma/) });
    expect(parseFileNumber('1.234', 'point', true)).toEqual({ ok: true, value: 1.234 });
    expect(worded(parseFileNumber('0,125', 'point', false))).toEqual({ ok: false, reason: expect.stringMatching(/decimal mark/) });
  });

  it('property: no text that reads as two different numbers under the two marks is accepted without a certain mark', () => {
    // Texts built from what numbers in files are made of: digits, both marks, signs, spaces, %, e.
    const numberish = fc.stringMatching(/^[+\-\u2212]?[0-9.,' \u00a0]{1,12}(e[+-]?[0-9]{1,2})?%?$/);
    fc.assert(
      fc.property(numberish, fc.constantFrom('point' as const, 'comma' as const), (text, setting) => {
        const asPoint = parseNumber(text, 'point');
        const asComma = parseNumber(text, 'comma');
        const twoWays = asPoint.ok && asComma.ok && asPoint.value !== asComma.value;
        const read = parseFileNumber(text, setting, false);
        // Two readings: refused. One reading: it is the one read (never a third).
        if (twoWays) return !read.ok && read.reason.kind === 'ambiguous';
        if (read.ok) return (asPoint.ok && asPoint.value === read.value) || (asComma.ok && asComma.value === read.value);
        return true;
      }),
      { numRuns: 20_000 },
    );
  });

  it('one yes/no vocabulary, any case', () => {
    for (const w of ['yes', 'YES', 'Y', 'true', 'TRUE', '1', ' True ']) expect(yesNo(w)).toBe('yes');
    for (const w of ['no', 'No', 'n', 'false', 'FALSE', '0']) expect(yesNo(w)).toBe('no');
    for (const w of ['', 'maybe', '2', 'oui']) expect(yesNo(w)).toBeNull();
  });

  it('user text in messages is shortened', () => {
    expect(shorten('a'.repeat(40))).toBe('a'.repeat(40));
    expect(shorten('9'.repeat(100_000))).toBe(`${'9'.repeat(40)}… (100000 characters)`);
    expect(worded(parseNumber('x'.repeat(5000), 'point'))).toEqual({ ok: false, reason: `"${'x'.repeat(40)}… (5000 characters)" is not a number.` });
  });
});

describe('Windows-1252', () => {
  it('decodes 0x80-0x9F as the WHATWG table says, the same bytes to the same text everywhere, and the rest as Latin-1', () => {
    const bytes = Uint8Array.from([0x80, 0x84, 0x93, 0x96, 0x97, 0x9f, 0x41, 0xe9, 0xff]);
    expect(decodeWindows1252(bytes)).toBe('€„“–—ŸAéÿ');
    expect(decodeText(Uint8Array.from([0x96, 0x20, 0x84, 0x78, 0x93]), true)).toMatchObject({ ok: true, text: '– „x“', encoding: 'windows-1252' });
    // No C1 control character from any assigned byte.
    const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    expect([...decodeWindows1252(all)].filter((ch) => ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0x9f)).toEqual([]);
    // A large file decodes in slices (no spread of the whole file into one call).
    expect(decodeWindows1252(new Uint8Array(300_000).fill(0x96)).length).toBe(300_000);
  });
});

describe('decodeText', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('reads UTF-8 with and without a BOM, and UTF-16 LE and BE with one', () => {
    expect(decodeText(enc('\ufeffGenève'))).toEqual({ ok: true, text: 'Genève', encoding: 'utf-8', bom: true });
    expect(decodeText(enc('Genève'))).toEqual({ ok: true, text: 'Genève', encoding: 'utf-8', bom: false });
    const le = new Uint8Array([0xff, 0xfe, ...[...'Gè'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'Gè'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: 'Gè', encoding: 'utf-16le' });
    expect(decodeText(be)).toMatchObject({ ok: true, text: 'Gè', encoding: 'utf-16be' });
  });
  it('refuses other bytes with the line of the first bad one, and reads Windows-1252 only when confirmed', () => {
    const cp1252 = new Uint8Array([...enc('a,b\nGen'), 0xe8, ...enc('ve\n')]);
    expect(decodeText(cp1252)).toEqual({ ok: false, kind: 'not-utf8', line: 2, likely: 'windows-1252' });
    expect(decodeText(cp1252, true)).toEqual({ ok: true, text: 'a,b\nGenève\n', encoding: 'windows-1252', bom: false });
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x81, 0x42]), true)).toEqual({ ok: false, kind: 'not-utf8', line: 1, likely: null });
  });
});
