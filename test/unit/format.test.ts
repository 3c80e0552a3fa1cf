import { afterEach, describe, expect, it } from 'vitest';
import { bandOf } from '../../src/engine/bands';
import { displayPercent, formatNumber, formatPercent, getNumberLocale, setNumberLocale } from '../../src/ui/format';
import { fmtNumber, fmtPercent } from '../../src/ui/results/format';
import { percentText } from '../../src/ui/interchange/model';

const NNBSP = '\u202f';

describe('percentages agree with the band rule', () => {
  it.each([
    [94.99, '94.9 %'],
    [32.99, '32.9 %'],
    [65.99, '65.9 %'],
    [94.95, '94.9 %'],
    [32.951, '32.9 %'],
    [95, '95 %'],
    [33, '33 %'],
    [66, '66 %'],
    [95.04, '95 %'],
    [56.25, '56.3 %'],
    [99.99, '100 %'],
    [0, '0 %'],
  ])('%s → %s', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });

  it('never shows a number at or above a threshold for a value banded below it, and the reverse', () => {
    for (let i = 0; i <= 10_000; i++) {
      const p = i / 100 + 0.004;
      const shown = displayPercent(p);
      for (const t of [33, 66, 95]) {
        if (bandOf(p) <= [33, 66, 95].indexOf(t) + 1) expect(shown, `${p}`).toBeLessThan(t);
      }
      expect(bandOf(shown)).toBe(bandOf(p));
    }
  });

  it('treats a value that is the threshold in exact arithmetic as the threshold, as the band does', () => {
    const p = (0.99 / 3) * 100; // 32.99999999999999 in binary floating point
    expect(bandOf(p)).toBe(2);
    expect(formatPercent(p)).toBe('33 %');
  });

  it('rounds with more decimals the same way', () => {
    expect(formatPercent(94.999, 'point', 2)).toBe('94.99 %');
    expect(formatPercent(94.9951, 'point', 2)).toBe('94.99 %');
  });
});

describe('one locale-aware number formatter', () => {
  afterEach(() => setNumberLocale('en'));

  it('groups thousands and uses the chosen decimal mark', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, 'comma')).toBe(`1${NNBSP}234${NNBSP}567,89`);
    expect(formatPercent(1234.56, 'comma')).toBe(`1${NNBSP}234,6 %`);
    expect(formatNumber(0.123456, 'point', 3)).toBe('0.123');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
  });

  it('is English by default and takes another locale for grouping', () => {
    expect(getNumberLocale()).toBe('en');
    setNumberLocale('de-CH');
    // Swiss German groups with an apostrophe; the decimal mark is still the user's setting.
    expect(formatNumber(1234567.5, 'point')).toMatch(/^1['’]234['’]567\.5$/);
    setNumberLocale('de');
    // German groups with "." which would read as a decimal point: a comma takes its place.
    expect(formatNumber(1234.5, 'point')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'comma')).toBe(`1${NNBSP}234,5`);
  });

  it('is the formatter behind the results views and the interchange views', () => {
    expect(fmtPercent(94.99)).toBe('94.9 %');
    expect(fmtPercent(null)).toBe('—');
    expect(fmtNumber(12345)).toBe('12,345');
    expect(percentText(65.99)).toBe('65.9 %');
  });
});
