import { describe, expect, it } from 'vitest';
import { parseValuesCsv, readCsv, valuesCsv, VALUES_COLUMNS } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { emptyInput, mini, miniTargets } from './fixtures/mini';
import { worded } from './support/words';
import { problemWords } from '../../src/ui/strings/problems';

const HEADER = VALUES_COLUMNS.join(',');

describe('readCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM', () => {
    const { records } = readCsv('\ufeffa,"b, c","say ""hi"""\r\n1,"two\nlines",3\r\n');
    expect(records).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
    ]);
  });
  it('reports an unclosed quote with its line', () => {
    expect(worded(readCsv('a,b\n1,"open\n').error)).toEqual({ row: 2, message: 'A quoted field is not closed.' });
  });
});

describe('values CSV', () => {
  it('round-trips values, statuses, quality, provenance, profile and target overrides with identical scores', () => {
    const input = {
      ...emptyInput(),
      profile: { population: 250000 },
      values: {
        'SC: EH: ED: 1C|': {
          numerator: 80,
          denominator: 100,
          status: 'reported' as const,
          quality: 'survey' as const,
          source: 'Census, "2020"',
          year: 2020,
          note: '=SUM(A1) is not a formula',
        },
        'SC: EH: ED: 2C|': { status: 'not-applicable' as const, note: 'no schools, in this test' },
        'SC: EH: H: 3C|': { numerator: 600, quality: 'accurate' as const },
        'SC: EH: H: 8A|': { value: 'yes' },
        'EN: EN: AQ: 1C|PM2.5': { value: 7.5, source: 'station\nnetwork' },
      },
      targets: { 'EN: EN: AQ: 1C|PM2.5': { target: 10 }, 'SC: EH: ED: 4C|': { target: 'none' as const } },
    };
    const csv = valuesCsv(mini, input);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    expect(csv).toContain("'=SUM(A1)");
    const back = parseValuesCsv(csv, mini);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.input.values).toEqual(input.values);
    expect(back.input.profile).toEqual(input.profile);
    expect(back.input.targets).toEqual(input.targets);
    expect(score(mini, miniTargets, back.input)).toEqual(score(mini, miniTargets, input));
  });

  it('gives back text that itself starts with the formula guard exactly, however many apostrophes (finding 12)', () => {
    const notes = ["'=not a formula", "''+1", '=1+1', "'"];
    const input = { ...emptyInput(), values: Object.fromEntries(notes.map((note, i) => [`SC: EH: ED: ${i + 1}C|`, { note, source: note }])) };
    const back = parseValuesCsv(valuesCsv(mini, input), mini);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(notes.map((_, i) => back.input.values[`SC: EH: ED: ${i + 1}C|`])).toEqual(notes.map((note) => ({ note, source: note })));
  });

  it('the template has one row per data point and no values', () => {
    const lines = valuesCsv(mini).trim().split('\r\n');
    expect(lines).toHaveLength(1 + mini.datapoints.length);
    expect(lines[1]).toBe('SC: EH: ED: 1C,,,,,,,,,,');
  });

  it('accepts codes without spaces, aliases, single-point labels and NR; N/A is refused with the choice named', () => {
    const csv = `${HEADER}\nSC:EH:ED:1C,,,,50,,NR,,,,\nsc: eh: h: 9a,Physicians,5,1000,,,,,,,\nEN: EN: AQ: 1C,pm2.5,,,8,,N/A,,,,\n`;
    const r = parseValuesCsv(csv, mini);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.values['SC: EH: ED: 1C|']).toEqual({ value: 50, status: 'not-reported' });
    expect(r.input.values['SC: EH: H: 3C|']).toEqual({ numerator: 5 });
    expect(r.input.profile.population).toBe(1000);
    // "N/A": not available or not applicable? Never guessed: left out and said, with the two words.
    expect(r.input.values['EN: EN: AQ: 1C|PM2.5']).toEqual({ value: 8 });
    expect(r.ignored.map((p) => [p.row, p.column, problemWords.table(p.problem)])).toEqual([
      [4, 'status', expect.stringMatching(/^"N\/A" means "not available" in some tables and "not applicable" in others: .*not-reported or not-applicable/)],
    ]);
  });

  it("reads R's missing value NA and the UN tables' .. as not reported, in any column", () => {
    const csv = `${HEADER}\nSC:EH:ED:1C,,NA,NA,50,NA,NA,NA,NA,NA,NA\nEN: EN: AQ: 1C,pm2.5,NA,NA,..,NA,NA,NA,NA,NA,NA\n`;
    const r = parseValuesCsv(csv, mini);
    if (!r.ok) return expect.fail(JSON.stringify(r.problems));
    expect(r.input.values['SC: EH: ED: 1C|']).toEqual({ value: 50 });
    expect(r.input.values['EN: EN: AQ: 1C|PM2.5']).toBeUndefined();
    expect([...r.rejected, ...r.ignored]).toEqual([]);
    for (const marker of ['n.a.', '-', 'N/A']) {
      const bad = parseValuesCsv(`${HEADER}\nSC:EH:ED:1C,,,,${marker},,,,,,\n`, mini);
      if (!bad.ok) return expect.fail(marker);
      expect(
        bad.rejected.map((p) => problemWords.table(p.problem)),
        marker,
      ).toEqual([expect.stringMatching(/not available.*not applicable/)]);
    }
  });

  it.each([
    ['a file with missing columns', 'code,value\nSC: EH: ED: 1C,5\n', { row: 1, message: expect.stringMatching(/Missing column: datapoint/) }],
    ['an unknown column', `${HEADER},extra\n`, { row: 1, message: expect.stringMatching(/Unknown column: extra/) }],
    ['an unknown KPI code', `${HEADER}\nXX: 1C,,,,5,,,,,,\n`, { row: 2, column: 'code', message: 'Unknown KPI code "XX: 1C".' }],
    [
      'an unknown data point',
      `${HEADER}\nEN: EN: AQ: 1C,CO2,,,5,,,,,,\n`,
      { row: 2, column: 'datapoint', message: expect.stringMatching(/not a data point.*PM2\.5, PM10/) },
    ],
    ['text in a number column', `${HEADER}\nSC: EH: ED: 1C,,twelve,100,,,,,,,\n`, { row: 2, column: 'numerator', message: '"twelve" is not a number.' }],
    [
      'a decimal comma in a file whose other numbers have decimal points',
      `${HEADER}\nSC: EH: ED: 1C,,,,"12,5",,,,,,\nSC: EH: ED: 2C,,,,7.25,,,,,,\n`,
      { row: 2, column: 'value', message: expect.stringMatching(/decimal mark/) },
    ],
    ['a bad status', `${HEADER}\nSC: EH: ED: 1C,,,,5,,maybe,,,,\n`, { row: 2, column: 'status', message: expect.stringMatching(/maybe/) }],
    ['a bad quality', `${HEADER}\nSC: EH: ED: 1C,,,,5,,,great,,,\n`, { row: 2, column: 'quality', message: expect.stringMatching(/great/) }],
    ['a bad year', `${HEADER}\nSC: EH: ED: 1C,,,,5,,,,,20x0,\n`, { row: 2, column: 'year', message: '"20x0" is not a year between 1900 and 2200.' }],
    ['a bad target', `${HEADER}\nSC: EH: ED: 1C,,,,5,lots,,,,,\n`, { row: 2, column: 'target', message: expect.stringMatching(/not a number/) }],
    ['a negative target', `${HEADER}\nSC: EH: ED: 1C,,,,5,-3,,,,,\n`, { row: 2, column: 'target', message: 'A target cannot be negative.' }],
    [
      'a repeated row',
      `${HEADER}\nSC: EH: ED: 1C,,,,5,,,,,,\nSC: EH: ED: 1C,,,,6,,,,,,\n`,
      { row: 3, column: 'code', message: expect.stringMatching(/line 2/) },
    ],
    [
      'the same data point twice, once by its label',
      `${HEADER}\nSC: EH: H: 3C,,5,1000,,,,,,,\nSC: EH: H: 3C,Physicians,5,2000,,,,,,,\n`,
      { row: 3, column: 'code', message: expect.stringMatching(/appears again/) },
    ],
    [
      'yes/no with a number',
      `${HEADER}\nSC: EH: H: 8A,,,,2,,,,,,\n`,
      { row: 2, column: 'value', message: '"2" is not yes or no (yes/no, true/false or 1/0).' },
    ],
    [
      'a numerator for a direct KPI',
      `${HEADER}\nEN: EN: AQ: 1C,PM10,5,,,,,,,,\n`,
      { row: 2, column: 'numerator', message: expect.stringMatching(/reported directly/) },
    ],
    ['an empty file', '', { row: 1, message: 'The file is empty.' }],
    ['an unclosed quote, at the line it opens', `${HEADER}\nSC: EH: ED: 1C,,,,5,,,,"open,,\n`, { row: 2, message: 'A quoted field is not closed.' }],
  ])('reports %s with its line', (_name, csv, problem) => {
    const r = parseValuesCsv(csv, mini);
    // A bad cell is kept (a number cell, as text) or left out (status, quality, year, target) and said;
    // a bad row (unknown code, repeated data point) or a bad file is refused.
    const said = r.ok ? [...r.rejected, ...r.ignored] : r.problems;
    expect(worded(said[0])).toEqual(problem);
  });

  it('keeps a bad number cell as its text with the reason, reads the rest of the file, and leaves out what has no text form', () => {
    const r = parseValuesCsv(`${HEADER}\nSC: EH: ED: 1C,,lots,100,,,,,,,\nSC: EH: ED: 2C,,,,7.5,-3,done,good,,20x0,kept\nSC: EH: H: 8A,,,,maybe,,,,,,\n`, mini);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.values['SC: EH: ED: 1C|']).toEqual({ numerator: 'lots', denominator: 100 });
    expect(r.input.values['SC: EH: ED: 2C|']).toEqual({ value: 7.5, note: 'kept' });
    expect(r.input.values['SC: EH: H: 8A|']).toEqual({ value: 'maybe' });
    expect(r.input.targets).toEqual({});
    expect(r.rejected.map((p) => [p.row, p.column])).toEqual([
      [2, 'numerator'],
      [4, 'value'],
    ]);
    expect(r.ignored.map((p) => [p.row, p.column])).toEqual([
      [3, 'target'],
      [3, 'status'],
      [3, 'quality'],
      [3, 'year'],
    ]);
    // The engine does not score what was kept as text.
    const s = score(mini, miniTargets, r.input);
    expect(s.items.find((i) => i.id === 'SC: EH: ED: 1C|')!.state).toBe('invalid');
    expect(s.items.find((i) => i.id === 'SC: EH: H: 8A|')!.state).toBe('invalid');
  });
});
