import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import {
  ANSWER_FORMAT,
  checkAnswer,
  EXERCISE_FORMAT,
  exerciseInput,
  fewestChanges,
  readExerciseJson,
  type Exercise,
  type ExerciseTask,
} from '../../src/engine/exercises';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { applyWhatIf } from '../../src/engine/whatif';

const exercise = (task: ExerciseTask): Exercise => ({
  format: EXERCISE_FORMAT,
  version: 1,
  id: 'ex-1',
  title: 'Test',
  instructions: '',
  city: 'demoville-2025',
  frameworkVersion: u4ssc.data.frameworkVersion,
  task,
});
const demo = () => demoCityInput(u4ssc, DEMO_CITIES[0]);
const shipped = (id: string) => score(u4ssc, referenceTargets, demo()).items[u4ssc.byId.get(id)!.index].value!;
const NET = 'EC: ICT: ICT: 1C|';
const PM10 = 'EN: EN: AQ: 1C|PM10';

describe('fill the blanks', () => {
  const ex = exercise({ kind: 'fill-blanks', blanks: [NET, PM10] });
  it('starts with the blanks empty and everything else as shipped', () => {
    const start = score(u4ssc, referenceTargets, exerciseInput(u4ssc, ex));
    expect(start.items[u4ssc.byId.get(NET)!.index].state).toBe('not-reported');
    expect(start.items[u4ssc.byId.get(PM10)!.index].state).toBe('not-reported');
    expect(exerciseInput(u4ssc, ex).values['EC: ICT: ICT: 2C|']).toEqual(demo().values['EC: ICT: ICT: 2C|']);
  });
  it('is right within 1 % of the city’s values, partly right with one in another band, wrong with none', () => {
    const right = checkAnswer(u4ssc, referenceTargets, ex, {
      values: [
        { id: NET, value: shipped(NET) * 1.005 },
        { id: PM10, value: shipped(PM10) },
      ],
      named: null,
    });
    expect(right.verdict).toBe('right');
    expect(right.bands).toEqual([]);
    const partly = checkAnswer(u4ssc, referenceTargets, ex, {
      values: [
        { id: NET, value: 10 },
        { id: PM10, value: shipped(PM10) },
      ],
      named: null,
    });
    expect(partly.verdict).toBe('partly');
    expect(partly.findings.map((f) => f.kind)).toEqual(['blank-other-band', 'blank-right']);
    const other = partly.findings[0];
    expect(other.kind === 'blank-other-band' && [other.band, other.answerBand]).toEqual([1, 3]);
    const wrong = checkAnswer(u4ssc, referenceTargets, ex, { values: [{ id: NET, value: 10 }], named: null });
    expect(wrong.verdict).toBe('wrong');
    expect(wrong.findings.map((f) => f.kind)).toEqual(['blank-other-band', 'blank-missing']);
  });
});

describe('raise an aggregate into the next band with the fewest changes', () => {
  const ex = exercise({ kind: 'next-band', aggregate: 'EN' });
  it('computes the fewest changes exactly (no smaller set reaches the band), and the set it gives does', () => {
    const best = fewestChanges(u4ssc, referenceTargets, demo(), 'EN')!;
    expect(best.count).toBeGreaterThan(0);
    const before = score(u4ssc, referenceTargets, demo()).dimensions.find((d) => d.code === 'EN')!;
    const after = score(u4ssc, referenceTargets, applyWhatIf(demo(), best.changes)).dimensions.find((d) => d.code === 'EN')!;
    expect(after.band!).toBeGreaterThan(before.band!);
    // One change fewer: the largest possible gains still fall short of the threshold.
    const fewer = score(u4ssc, referenceTargets, applyWhatIf(demo(), best.changes.slice(0, -1))).dimensions.find((d) => d.code === 'EN')!;
    expect(fewer.band).toBe(before.band);
    expect(checkAnswer(u4ssc, referenceTargets, ex, { values: best.changes, named: null }).verdict).toBe('right');
  });
  it('is partly right with more changes than needed and wrong when the band is not reached', () => {
    const best = fewestChanges(u4ssc, referenceTargets, demo(), 'EN')!;
    const extra = checkAnswer(u4ssc, referenceTargets, ex, { values: [...best.changes, { id: 'EN: EN: AQ: 1C|NO2', value: 5 }], named: null });
    expect(extra.verdict).toBe('partly');
    expect(extra.findings.find((f) => f.kind === 'more-changes')).toEqual({ kind: 'more-changes', changes: best.count + 1, fewest: best.count });
    const short = checkAnswer(u4ssc, referenceTargets, ex, { values: best.changes.slice(0, 1), named: null });
    expect(short.verdict).toBe('wrong');
    expect(short.findings[0].kind).toBe('band-not-reached');
  });
});

describe('find the wrong value', () => {
  const ex = exercise({ kind: 'find-wrong', datapoint: PM10, wrongValue: 190 });
  it('right with the data point and a correction that gives back every band; partly with a bad or no correction; wrong otherwise', () => {
    expect(checkAnswer(u4ssc, referenceTargets, ex, { values: [{ id: PM10, value: 19 }], named: PM10 }).verdict).toBe('right');
    const off = checkAnswer(u4ssc, referenceTargets, ex, { values: [{ id: PM10, value: 95 }], named: PM10 });
    expect(off.verdict).toBe('partly');
    expect(off.findings.map((f) => f.kind)).toEqual(['wrong-found', 'correction-off']);
    expect(checkAnswer(u4ssc, referenceTargets, ex, { values: [], named: PM10 }).verdict).toBe('partly');
    const missed = checkAnswer(u4ssc, referenceTargets, ex, { values: [], named: NET });
    expect(missed.verdict).toBe('wrong');
    // The bands that differ from the shipped city's are those the planted value moved, found by scoring both.
    const aggs = (i: ReturnType<typeof demo>) => {
      const s = score(u4ssc, referenceTargets, i);
      return [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories];
    };
    const planted = aggs(exerciseInput(u4ssc, ex));
    const moved = aggs(demo())
      .filter((a, i) => a.band !== planted[i].band)
      .map((a) => a.code);
    expect(missed.bands.map((b) => b.code)).toEqual(moved);
    expect(checkAnswer(u4ssc, referenceTargets, ex, { values: [{ id: PM10, value: 19 }], named: PM10 }).findings).toEqual([
      { kind: 'wrong-found', id: PM10 },
      { kind: 'correction-right', id: PM10 },
    ]);
  });
});

describe('reading exercises and answers', () => {
  const ex = exercise({ kind: 'find-wrong', datapoint: PM10, wrongValue: 190 });
  it('reads back what it writes', () => {
    expect(readExerciseJson(JSON.stringify(ex), u4ssc)).toEqual({ ok: true, exercise: ex });
    const answer = { format: ANSWER_FORMAT, version: 1, exerciseId: 'ex-1', participant: 'Ana', values: [{ id: PM10, value: 19 }], named: PM10 };
    expect(readExerciseJson(JSON.stringify(answer), u4ssc)).toEqual({ ok: true, answer });
  });
  it('names what is wrong, never throws', () => {
    expect(readExerciseJson('{', u4ssc)).toEqual({ ok: false, problem: { kind: 'not-json' } });
    // A participant's value written twice would be read as the last, in silence.
    const twice = JSON.stringify({ format: ANSWER_FORMAT, version: 1, exerciseId: 'ex-1', participant: 'Ana', values: [{ id: PM10, value: 19 }], named: PM10 });
    expect(readExerciseJson(twice.replace('"value":19', '"value":19,"value":190'), u4ssc)).toEqual({
      ok: false,
      problem: { kind: 'repeated-key', path: 'values[0].value' },
    });
    expect(readExerciseJson('{"format":"ssc-workbench/assessment"}', u4ssc)).toEqual({
      ok: false,
      problem: { kind: 'not-an-exercise', format: 'ssc-workbench/assessment' },
    });
    expect(readExerciseJson(JSON.stringify({ ...ex, version: 9 }), u4ssc)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 9 } });
    expect(readExerciseJson(JSON.stringify({ ...ex, city: 'atlantis' }), u4ssc)).toEqual({ ok: false, problem: { kind: 'unknown-city', city: 'atlantis' } });
    expect(readExerciseJson(JSON.stringify({ ...ex, task: { kind: 'find-wrong', datapoint: 'X|', wrongValue: 1 } }), u4ssc)).toEqual({
      ok: false,
      problem: { kind: 'unknown-datapoint', id: 'X|' },
    });
    expect(readExerciseJson(JSON.stringify({ ...ex, task: { kind: 'next-band', aggregate: 'ZZ' } }), u4ssc)).toEqual({
      ok: false,
      problem: { kind: 'unknown-aggregate', code: 'ZZ' },
    });
    expect(readExerciseJson(JSON.stringify({ ...ex, task: { kind: 'guess' } }), u4ssc)).toEqual({
      ok: false,
      problem: { kind: 'bad-field', field: 'task.kind' },
    });
  });
});
