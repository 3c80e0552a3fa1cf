import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/engine/parse';

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
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
