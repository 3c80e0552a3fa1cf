import { describe, expect, it } from 'vitest';
import { flagText } from '../../src/ui/strings/flags';
import { shellWords } from '../../src/ui/strings';
import { Evaluator } from '../../src/engine/evaluator';
import { explain, splitNotes } from '../../src/engine/explain';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc/index';
import type { AssessmentInput, ValueEntry } from '../../src/engine/types';

const UNEMPLOYMENT = 'EC: P: EM: 1C|';
const COMPACT = 'EC: I: UP: 2A|Compact';
const MOBILE = 'EC: ICT: ICT: 3C|';
const NET = 'EC: ICT: ICT: 1C|';

function explainWith(id: string, entry: ValueEntry, profile: AssessmentInput['profile'] = {}) {
  const input: AssessmentInput = { profile, values: { [id]: entry }, targets: {}, method: { name: 'u4ssc-points' } };
  return explain(u4ssc, referenceTargets, new Evaluator(u4ssc, referenceTargets, input), id);
}

describe('explain this number, cleaned', () => {
  it('names the direction once in the achievement rule', () => {
    const x = explainWith(UNEMPLOYMENT, { value: 6 });
    expect(x.achievement.rule).toBe('lower');
    expect(shellWords.explainRule[x.achievement.rule!]).toBe('lower is better: target ÷ value');
    expect(shellWords.explainRule[x.achievement.rule!].match(/lower is better/g)).toHaveLength(1);
    expect(shellWords.explainRule[explainWith(NET, { value: 50 }).achievement.rule!].match(/higher is better/g)).toHaveLength(1);
  });

  it('gives a yes/no data point a yes/no answer, not a number', () => {
    const x = explainWith(COMPACT, { value: 'yes' });
    expect(x.datapoint.direction).toBe('yesno');
    expect(x.value.calculation).toEqual({ kind: 'yesno', yes: true });
    expect(x.achievement.rule).toBe('yesno');
    expect(shellWords.explainRule.yesno).toBe('yes/no: yes = 100 %, no = 0 %');
  });

  it("gives the numbers of a ratio so the UI can format them in the user's locale", () => {
    const x = explainWith(NET, { numerator: 45_000 }, { households: 100_000 });
    expect(x.value.calculation).toEqual({ kind: 'ratio', numerator: 45_000, denominator: 100_000, multiplier: 100, value: 45 });
    expect(x.inputs.map((i) => i.value)).toEqual([45_000, 100_000]);
    expect(x.inputs[1].fromProfile).toBe(true);
  });

  it("keeps the catalogue's research notes apart from guidance for the evaluator", () => {
    const x = explainWith(MOBILE, {});
    expect(u4ssc.byId.get(MOBILE)!.kpi.notes).toContain('Official page not read.');
    expect(x.kpi.notes).toBe('Values above 100 000 are normal (one person may hold several subscriptions); Karmøy reported 95 424 per 100 000.');
    expect(x.kpi.sourceNotes).toBe('Official page not read.');
    // No note about sources is left in any KPI's guidance.
    for (const ref of u4ssc.datapoints) {
      const { notes } = splitNotes(ref.kpi.notes);
      expect(notes ?? '', ref.kpi.code).not.toMatch(/official page not read|from memory|\[MEM\]|name confirmed by/i);
    }
  });

  it('splits a sentence whose first clause is about sources', () => {
    expect(splitNotes('Official page not read; what qualifies as a strategy is left to the evaluator.')).toEqual({
      notes: 'What qualifies as a strategy is left to the evaluator.',
      sourceNotes: 'Official page not read.',
    });
    expect(splitNotes(undefined)).toEqual({});
  });

  it('lists one message per problem for a rejected input', () => {
    const x = explainWith(NET, { numerator: 'abc' }, { households: 100 });
    expect(x.state).toBe('invalid');
    expect(x.flags).toEqual([{ level: 'error', field: 'numerator', kind: 'not-a-number', text: 'abc' }]);
    expect(x.flags.map((f) => flagText(f))).toEqual(['"abc" is not a number.']);
    expect(x.inputs[0].value).toBe('abc');
    expect(x.value.calculation).toBeNull();
  });
});
