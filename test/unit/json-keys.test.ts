/**
 * Repeated keys: JSON.parse keeps the last of them, so a file in which a value is written twice would be
 * read as one of its values in silence. The scan finds them and the assessment readers refuse what holds them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson, parseWorkspaceJson } from '../../src/engine/assessment-read';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { pathOf, repeatedKeys } from '../../src/engine/json-keys';
import { readImportFile } from '../../src/ui/interchange/import-file';

const SAMPLE = readFileSync(new URL('../fixtures/sample-assessment.json', import.meta.url), 'utf8');
const KEY = 'EC: ICT: ICT: 1C|';
/** The sample with the first data point's entry written a second time, with another numerator, before the first. */
const withRepeatedValue = (text: string) => text.replace('"values": {', `"values": {\n    "${KEY}": { "numerator": 1, "status": "reported", "year": 2025 },`);

const paths = (text: string) => repeatedKeys(text).map((r) => pathOf(r.segments));

describe('repeatedKeys', () => {
  it('finds a repeated key with its path, at any depth and inside arrays', () => {
    expect(paths('{"a": 1, "b": 2, "a": 3}')).toEqual(['a']);
    expect(paths('{"x": [{"k": 1}, {"k": 1, "j": 2, "k": 3}]}')).toEqual(['x[1].k']);
    expect(paths('{"values": {"EC: 1|": {}, "EC: 1|": {}}}')).toEqual(['values["EC: 1|"]']);
    expect(paths('[[], {}, {"a": {}, "a": []}]')).toEqual(['[2].a']);
  });

  it('reads keys as JSON.parse does: escapes decoded, quotes and brackets inside strings ignored', () => {
    expect(paths('{"a": 1, "\\u0061": 2}')).toEqual(['a']);
    expect(paths('{"a\\"{": "}\\\\", "b": "\\"", "a\\"{": 0}')).toEqual(['["a\\"{"]']);
    expect(paths('{"a": "\\\\", "b": {"a": 1}}')).toEqual([]);
    expect(paths('{"": 1, "": 2}')).toEqual(['[""]']);
  });

  it('the same key in different objects is not repeated', () => {
    expect(paths('{"a": {"k": 1}, "b": {"k": 1}, "c": [{"k": 1}, {"k": 2}]}')).toEqual([]);
  });

  it('property: text written by JSON.stringify has none; a member written twice is found at its path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, key) => {
        const text = JSON.stringify(value, null, 1);
        expect(repeatedKeys(text)).toEqual([]);
        const doubled = `{"outer": [${text}, {${JSON.stringify(key)}: 1, ${JSON.stringify(key)}: ${text}}]}`;
        expect(repeatedKeys(doubled)).toEqual([{ segments: ['outer', 1, key] }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('an assessment file with a repeated key is refused, where', () => {
  it('the sample reads; with a data point written twice it is refused at that data point', () => {
    expect(parseAssessmentJson(SAMPLE, u4ssc).ok).toBe(true);
    const r = parseAssessmentJson(withRepeatedValue(SAMPLE), u4ssc);
    expect(r).toEqual({ ok: false, error: { kind: 'invalid', problems: [{ path: `values["${KEY}"]`, kind: 'repeated-key' }] } });
  });

  it('in a workspace, only the assessment that holds it is refused', () => {
    const doc = JSON.parse(SAMPLE) as Record<string, unknown>;
    const other = JSON.stringify({ ...doc, id: 'other-city', city: 'Other' }, null, 2);
    const text = `{"format": "ssc-workbench/workspace", "version": 1, "assessments": [${other}, ${withRepeatedValue(SAMPLE)}]}`;
    const r = parseWorkspaceJson(text, u4ssc);
    expect(r.ok && r.value.docs.map((d) => d.city)).toEqual(['Other']);
    expect(r.ok && r.value.refused).toEqual([
      { position: 2, label: 'Demoville (fictional) 2025', error: { kind: 'invalid', problems: [{ path: `values["${KEY}"]`, kind: 'repeated-key' }] } },
    ]);
  });

  it('a key repeated in the workspace envelope refuses the file', () => {
    const text = `{"format": "ssc-workbench/workspace", "version": 1, "assessments": [], "assessments": [${SAMPLE}]}`;
    expect(parseWorkspaceJson(text, u4ssc)).toEqual({ ok: false, error: { kind: 'invalid', problems: [{ path: 'assessments', kind: 'repeated-key' }] } });
  });

  it('the app says what and where, in words', async () => {
    const r = await readImportFile(new File([withRepeatedValue(SAMPLE)], 'demoville.json'), u4ssc);
    expect(r.ok).toBe(false);
    expect(!r.ok && [r.message, ...r.problems.map((p) => p.message)].join('\n')).toMatch(/values\["EC: ICT: ICT: 1C\|"\].*written more than once/);
  });
});
