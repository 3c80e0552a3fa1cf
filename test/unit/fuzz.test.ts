import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson, parseWorkspaceJson, readAssessment } from '../../src/engine/assessment-read';
import { parseValuesCsv, VALUES_COLUMNS } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { parseNumber } from '../../src/engine/parse';
import { decodeText } from '../../src/engine/decode';
import { parseValuesXlsx, valuesXlsx } from '../../src/share/xlsx';
import type { AssessmentInput } from '../../src/engine/types';
import { parseTargetCsv } from '../../src/engine/target-file';
import { decodeLink } from '../../src/share/link';
import { problemWords } from '../../src/ui/strings/problems';
import { fuzzRuns } from './support/fuzz-runs';

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

const emptyInputFor = (): AssessmentInput => ({ profile: {}, values: {}, targets: {}, method: { name: 'u4ssc-points' } });

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
      { numRuns: fuzzRuns(1500) },
    );
  });

  it('values CSV and target files: arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(typeof parseValuesCsv(text, u4ssc).ok).toBe('boolean');
        expect(typeof parseTargetCsv(text, u4ssc).ok).toBe('boolean');
      }),
      { numRuns: fuzzRuns(1500) },
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
        else expect(problemWords.parseError(r.error).length).toBeGreaterThan(0);
      }),
      { numRuns: fuzzRuns(1500) },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof parseAssessmentJson(text, u4ssc).ok).toBe('boolean');
        expect(typeof parseWorkspaceJson(text, u4ssc).ok).toBe('boolean');
      }),
      { numRuns: fuzzRuns(1500) },
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
          else expect(problemWords.number(r.reason).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: fuzzRuns(3000) },
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
      { numRuns: fuzzRuns(300) },
    );
  });

  it('values CSV: any separator (comma, semicolon, tab), any line ends, and the lines of problems are physical lines of the file', () => {
    const sep = fc.constantFrom(',', ';', '\t');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(csvRow, { maxLength: 8 }), sep, eol, fc.boolean(), (rows, s, e, bom) => {
        const q = (v: string) => (v.includes(s) || /["\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        const text = (bom ? '\ufeff' : '') + [VALUES_COLUMNS.join(s), ...rows.map((r) => r.map(q).join(s))].join(e);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const r = parseValuesCsv(text, u4ssc);
        if (r.ok) scoresOk(r.input);
        else {
          for (const p of r.problems) {
            expect(p.row).toBeGreaterThanOrEqual(1);
            expect(p.row).toBeLessThanOrEqual(lineCount);
          }
        }
        // The same rows with commas read the same: the separator changes nothing but the separator.
        const commas = parseValuesCsv([VALUES_COLUMNS.join(','), ...rows.map((r) => r.map(quote).join(','))].join('\n'), u4ssc);
        expect(commas.ok).toBe(r.ok);
        if (r.ok && commas.ok) expect(r.input).toEqual(commas.input);
      }),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('text decoding: arbitrary bytes decode strictly or are refused with a line, never with �', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, allow) => {
        const r = decodeText(bytes, allow);
        if (r.ok && r.encoding === 'utf-8') expect(new TextDecoder().decode(bytes.subarray(r.bom ? 3 : 0))).toBe(r.text);
        if (!r.ok) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: fuzzRuns(1500) },
    );
  });
});

describe('fuzzing the Excel reader', { timeout: 120_000 }, () => {
  // A real workbook of the demo values, written by the app's own writer, then damaged.
  const base = (async () => {
    const doc = { ...emptyInputFor(), values: { 'SC: EH: H: 1C|': { value: 78.5, note: 'n' } } };
    return new Uint8Array(await (await valuesXlsx(u4ssc, doc, referenceTargets)).arrayBuffer());
  })();

  it('arbitrary bytes and damaged workbooks never throw', async () => {
    const good = await base;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          // Flip bytes of a real workbook: broken zip entries, broken XML.
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
            const b = good.slice();
            for (const [i, v] of flips) b[i % b.length] = v;
            return b;
          }),
          // Cut it short.
          fc.nat().map((n) => good.slice(0, n % good.length)),
        ),
        async (bytes) => {
          const r = await parseValuesXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, u4ssc);
          if (r.ok) scoresOk(r.input);
          else expect(r.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('sheets of generated XML cells (any type, style, value, formula) never throw, and what is accepted scores', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const xmlCell = fc.record({
      t: fc.constantFrom(undefined, 'n', 's', 'str', 'b', 'e', 'inlineStr', 'd', 'zz'),
      s: fc.constantFrom(undefined, '0', '1', '2', '99'),
      v: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 8 }), fc.double().map(String), fc.constantFrom('0', '1', '#DIV/0!', '2024-01-01', '45000')),
      f: fc.oneof(fc.constant(undefined), fc.constantFrom('1/0', 'A1', 'SUM(A1:A2)')),
    });
    const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const header = VALUES_COLUMNS.map((c, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${c}</t></is></c>`).join('');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...codes), fc.array(xmlCell, { minLength: 10, maxLength: 10 })), { maxLength: 6 }), async (rows) => {
        const body = rows
          .map(([code, cells], r) => {
            const first = `<c r="A${r + 2}" t="inlineStr"><is><t>${esc(code)}</t></is></c>`;
            const rest = cells
              .map((c, i) => {
                const attrs = `r="${String.fromCharCode(66 + i)}${r + 2}"${c.t ? ` t="${c.t}"` : ''}${c.s ? ` s="${c.s}"` : ''}`;
                const inner =
                  c.t === 'inlineStr' ? `<is><t>${esc(c.v ?? '')}</t></is>` : `${c.f ? `<f>${c.f}</f>` : ''}${c.v === undefined ? '' : `<v>${esc(c.v)}</v>`}`;
                return `<c ${attrs}>${inner}</c>`;
              })
              .join('');
            return `<row r="${r + 2}">${first}${rest}</row>`;
          })
          .join('');
        const zip = zipSync({
          'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="V" sheetId="1" r:id="rId1"/></sheets></workbook>'),
          'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
          'xl/styles.xml': strToU8(
            '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
          ),
          'xl/sharedStrings.xml': strToU8('<sst><si><t>yes</t></si><si><r><t>1</t></r><r><t>2</t></r></si></sst>'),
          'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData><row r="1">${header}</row>${body}</sheetData></worksheet>`),
        });
        const r = await parseValuesXlsx(zip.buffer as ArrayBuffer, u4ssc);
        if (r.ok) scoresOk(r.input);
        else for (const p of r.problems) expect(p.cell ?? String(p.row)).toBeTruthy();
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
