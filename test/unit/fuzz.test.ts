import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson, parseWorkspaceJson, readAssessment } from '../../src/engine/assessment';
import { parseValuesCsv, VALUES_COLUMNS } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { parseNumber } from '../../src/engine/parse';
import { parseTargetCsv } from '../../src/engine/target-file';
import { decodeLink } from '../../src/share/link';

/**
 * Thousands of generated inputs through every entry point that reads outside data. None may throw;
 * each returns either a typed error or a value the engine can score.
 */
const codes = u4ssc.datapoints.map((d) => d.kpi.code);
const keys = u4ssc.datapoints.map((d) => d.def.key);
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'yes', 'no', 'none', 'NR', 'N/A', 'reported', 'accurate', '1e308', '-0', 'NaN', '__proto__', '"', '""', '\n', '=cmd()'),
  fc.double().map(String),
  fc.integer().map(String),
);
const csvRow = fc.tuple(
  fc.oneof(fc.constantFrom(...codes), fc.string()),
  fc.oneof(fc.constantFrom(...keys), fc.string()),
  ...Array.from({ length: 9 }, () => cell),
);
const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvText = fc.array(csvRow, { maxLength: 12 }).map((rows) => [VALUES_COLUMNS.join(','), ...rows.map((r) => r.map(quote).join(','))].join('\n'));

const scoresOk = (input: Parameters<typeof score>[2]) => {
  const s = score(u4ssc, referenceTargets, input);
  for (const a of [s.overall, ...s.dimensions, ...s.categories]) {
    if (a.percent !== null) expect(Number.isFinite(a.percent)).toBe(true);
  }
};

// 1 500 runs take 2–4 s alone and more than the default 5 s on a shared, loaded machine.
describe('fuzzing the entry points', { timeout: 60_000 }, () => {
  it('values CSV: structured rows never throw, and what is accepted scores', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const r = parseValuesCsv(text, u4ssc);
        if (r.ok) scoresOk(r.input);
        else expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('values CSV and target files: arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(typeof parseValuesCsv(text, u4ssc).ok).toBe('boolean');
        expect(typeof parseTargetCsv(text, u4ssc).ok).toBe('boolean');
      }),
      { numRuns: 1500 },
    );
  });

  it('assessment JSON: arbitrary JSON values never throw, and what is accepted scores', () => {
    const base = JSON.parse(
      JSON.stringify({
        format: 'ssc-workbench/assessment',
        version: 1,
        city: 'F',
        country: 'F',
        year: 2024,
        framework: { id: 'u4ssc-kpi' },
        profile: {},
        values: {},
        targets: {},
        method: { name: 'u4ssc-points' },
      }),
    );
    const value = fc.jsonValue({ maxDepth: 3 });
    const doc = fc.record({
      year: fc.oneof(fc.integer({ min: 1800, max: 2300 }), value),
      profile: fc.dictionary(fc.oneof(fc.constantFrom('population', 'households', '__proto__'), fc.string()), value),
      values: fc.dictionary(
        fc.oneof(fc.constantFrom(...u4ssc.datapoints.map((d) => d.id)), fc.string()),
        fc.oneof(value, fc.record({ numerator: value, denominator: value, value: value, status: value, quality: value, year: value }, { requiredKeys: [] })),
      ),
      targets: fc.dictionary(fc.constantFrom(...u4ssc.datapoints.map((d) => d.id)), fc.record({ target: value })),
      method: value,
    });
    fc.assert(
      fc.property(doc, (parts) => {
        const r = readAssessment({ ...base, ...parts }, u4ssc);
        if (r.ok) scoresOk(r.value);
        else expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof parseAssessmentJson(text, u4ssc).ok).toBe('boolean');
        expect(typeof parseWorkspaceJson(text, u4ssc).ok).toBe('boolean');
      }),
      { numRuns: 1500 },
    );
  });

  it('pasted numbers: any text reads as a finite number or is refused with a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('1,234.5', '1 234,5', '12 %', '1.2.3', '٣')),
        fc.constantFrom('point' as const, 'comma' as const),
        (text, style) => {
          const r = parseNumber(text, style);
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(r.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('share links: arbitrary fragments are refused with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#k1.${s}`),
          fc.string().map((s) => `#w1.${s}`),
          fc.base64String().map((s) => `#k1.${s}.${s}`),
        ),
        async (fragment) => {
          const r = await decodeLink(fragment, 'passphrase');
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
