import { describe, expect, it } from 'vitest';
import { fitHeaderWidths, neededWidth, wrapLines } from '../../src/ui/grid/header-fit';

/** A monospace measure: 7 px a character, so the widths below can be checked by hand. */
const mono = (text: string) => text.length * 7;

describe('grid headers that show whole (issue #25)', () => {
  it('wraps at spaces, never inside a word', () => {
    expect(wrapLines('Reported value', 60, mono)).toEqual(['Reported', 'value']);
    expect(wrapLines('Reported value', 98, mono)).toEqual(['Reported value']);
    expect(wrapLines('Denominator', 10, mono)).toEqual(['Denominator']);
  });

  it('needs the longest word, or more where the words would take three lines', () => {
    expect(neededWidth('Denominator', mono)).toBe(77);
    expect(neededWidth('Reported value', mono)).toBe(56);
    // "KPI / data point": words of 3, 1, 4, 5 letters; two lines need "KPI / data" (70 px) or "data point" (70 px).
    expect(neededWidth('KPI / data point', mono)).toBe(70);
    expect(wrapLines('KPI / data point', neededWidth('KPI / data point', mono), mono)).toHaveLength(2);
  });

  it('halves a Chinese header without spaces, which wraps between characters', () => {
    expect(neededWidth('数据质量', mono)).toBe(14);
  });

  it('widens only the columns whose header needs it, by the room around the text', () => {
    expect(fitHeaderWidths(['Code', 'Denominator', 'Reported value'], [128, 84, 84], mono, 17)).toEqual([128, 94, 84]);
  });
});
