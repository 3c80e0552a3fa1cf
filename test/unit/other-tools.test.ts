import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../../src/engine/assessment';
import { parseValuesCsv } from '../../src/engine/csv';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';

/** Files written by Python's json and csv modules (test/fixtures/other-tools/make.py), read as they are. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/other-tools/${name}`, import.meta.url), 'utf8');

describe('files written by other tools', () => {
  it("Python's json: a number quoted as text is kept as written and said; a revision of 2^53 and updatedAt 1e+308 are reset and said", () => {
    const r = parseAssessmentJson(fixture('python-json-kept-text.ssc.json'), u4ssc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.values['EC: ICT: ICT: 1C|']).toEqual({ numerator: '91000', denominator: 100000 });
    expect(r.value.values['EC: ICT: ICT: 2C|']).toEqual({ value: 31.5, note: "'=not a formula" });
    expect(r.value.revision).toBe(0);
    expect(Number.isFinite(new Date(r.value.updatedAt).getTime())).toBe(true);
    expect(r.value.createdAt).toBe(1_700_000_000_000);
    expect(r.notes).toEqual([
      expect.stringMatching(/numerator: "91000" is text, kept as written and not scored/),
      expect.stringMatching(/^revision: 9007199254740992 is out of range; reset to 0/),
      expect.stringMatching(/^updatedAt: 1e\+308 is not a valid time; reset to now/),
    ]);
  });

  it("Python's csv: the formula guard comes off exactly once, as Excel reads it; other apostrophes stay", () => {
    const r = parseValuesCsv(fixture('python-csv-apostrophes.csv'), u4ssc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.values['EC: ICT: ICT: 1C|']).toMatchObject({ numerator: 91000, source: "'=HYPERLINK(x)", note: '=not a formula' });
    expect(r.input.values['EC: ICT: ICT: 2C|']).toMatchObject({ value: 31.5, source: 'plain', note: "'plain apostrophe" });
  });
});
