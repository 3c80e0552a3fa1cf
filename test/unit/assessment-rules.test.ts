/**
 * Issue #27 item 2: the reader checks no shape or limit of its own. Every problem it reports is the
 * schema's (schema.ts, from public/assessment.schema.json) or one of the rules a schema cannot say
 * (assessment-rules.ts), each reported once, with what and where.
 */
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { documentProblems, ruleProblems } from '../../src/engine/assessment-rules';
import type { DocProblem } from '../../src/engine/problems';
import { schemaProblems } from '../../src/engine/schema';
import { mini } from './fixtures/mini';
import { worded } from './support/words';

const A = 'SC: EH: ED: 1C|';
const B = 'SC: EH: ED: 2C|';
/** Of the right form, not in the mini catalogue. */
const GONE = 'EC: ICT: ICT: 9C|';
const good = () => JSON.parse(JSON.stringify(createAssessment({ city: 'Rules', country: 'X', year: 2024 }, mini, 'mini-targets', 1_700_000_000_000)));
const problemsOf = (doc: unknown): string[] => {
  const r = worded(readAssessment(doc, mini));
  return r.ok ? [] : r.error.problems;
};
const stamp = { state: 'not-verifiable', by: 'V', at: 1 };
const entry = (id: string, text = 'Why?') => ({ id, kind: 'question', text, by: 'V', at: 1 });

describe('the rules a schema cannot say', () => {
  it('each is found in a document the schema accepts, and worded with where it is', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['a data point not in the catalogue', { values: { [GONE]: { value: 1 } } }, /^values: unknown data point "EC: ICT: ICT: 9C\|"/],
      ['a target for one', { targets: { [GONE]: { target: 3 } } }, /^targets: unknown data point/],
      ['not verifiable without a reason', { review: { [A]: stamp } }, /^review\["SC: EH: ED: 1C\|"\]\.reason: /],
      ['a reason of spaces', { review: { [A]: { ...stamp, reason: '  ' } } }, /^review\["SC: EH: ED: 1C\|"\]\.reason: /],
      ['a question of spaces', { threads: { [A]: [entry('q1', '   ')] } }, /^threads\["SC: EH: ED: 1C\|"\]\[0\]\.text: /],
      ['two entries with one id', { threads: { [A]: [entry('q1'), entry('q1')] } }, /^threads\["SC: EH: ED: 1C\|"\]\[1\]\.id: .*"q1"/],
      ['an id that reaches a prototype', { evidence: { [A]: [{ id: '__proto__', title: 'T' }] } }, /^evidence\["SC: EH: ED: 1C\|"\]\[0\]\.id: /],
      [
        'a recommendation for an unknown data point',
        { recommendations: [{ id: 'r', scope: 'datapoint', target: GONE, text: '', by: 'V', at: 1 }] },
        /^recommendations\[0\]\.target: unknown data point/,
      ],
      [
        'an action on one',
        { actions: [{ id: 'a', title: 'T', status: 'planned', at: 1, datapoints: [A, GONE] }] },
        /^actions\[0\]\.datapoints\[1\]: unknown data point/,
      ],
      ['an empty document id', { id: '' }, /^id: /],
    ];
    for (const [what, change, message] of cases) {
      const doc = { ...good(), ...change };
      expect(schemaProblems(doc), what).toEqual([]);
      expect(problemsOf(doc), what).toEqual([expect.stringMatching(message)]);
    }
  });

  it('the same rules on a field the rules do not concern leave a sound document alone', () => {
    const doc = { ...good(), review: { [A]: { ...stamp, reason: 'No source' } }, threads: { [A]: [entry('q1'), entry('q2')], [B]: [entry('q1')] } };
    expect(ruleProblems(doc, mini)).toEqual([]);
    expect(readAssessment(doc, mini).ok).toBe(true);
  });

  it('a value the schema refuses is said once, in the schema’s words, with the rules’ problems beside it', () => {
    const doc = { ...good(), values: { 'not an id': { value: 1 }, [GONE]: { note: 'x'.repeat(10_001) } }, review: { [A]: stamp } };
    expect(problemsOf(doc)).toEqual([
      'values: unknown data point "not an id".',
      expect.stringMatching(/^values\["EC: ICT: ICT: 9C\|"\]\.note: text longer than 10000 characters/),
      'values: unknown data point "EC: ICT: ICT: 9C|".',
      expect.stringMatching(/^review\["SC: EH: ED: 1C\|"\]\.reason: /),
    ]);
    // A profile field the schema does not declare is its unknown field, not also the catalogue's.
    expect(problemsOf({ ...good(), profile: { nope: 1 } })).toEqual(['profile: unknown field "nope".']);
  });

  it('documentProblems keeps the schema’s first, drops a rule’s repeat of one, and stops at the limit', () => {
    const schema: DocProblem[] = [{ path: 'values', kind: 'unknown-datapoint', id: { text: 'x', length: 1 } }];
    const rules: DocProblem[] = [{ ...schema[0] }, { path: 'id', kind: 'bad-id', limit: 100 }];
    expect(documentProblems(schema, rules, 200)).toEqual([schema[0], rules[1]]);
    expect(documentProblems(schema, rules, 1)).toEqual([schema[0]]);
  });
});
