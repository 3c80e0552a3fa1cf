/**
 * Workshop exercises: a trainer makes an exercise on a shipped fictional demo city, participants answer
 * it in their own browsers, and every answer is checked by scoring it with the engine. Nothing here
 * holds an answer: the answer to "fill the blanks" and "find the wrong value" is the shipped city
 * itself (`demoCityInput`), and the fewest changes that raise an aggregate are computed from its scores.
 *
 * Three kinds of task:
 *
 * - `fill-blanks`: some data points are left empty; participants enter their values (from a fact sheet
 *   the trainer hands out, or by computing them). A blank within 1 % of the city's value is right; one
 *   in the same band as the city's value is close; another band is wrong.
 * - `next-band`: raise an aggregate into its next band with the fewest changed values. The fewest is
 *   computed exactly under U4SSC points (`fewestChanges`); an answer is right if the aggregate reaches
 *   the next band with no more changes than that, partly right with more, wrong if it does not.
 * - `find-wrong`: one value was replaced by a wrong one; participants name the data point and may give
 *   the corrected value. Naming it is half the answer; the correction is right when the corrected city
 *   scores every band as the shipped city does.
 *
 * Exercises and answers travel as JSON files or link fragments (`{ format, version }` envelopes); the
 * readers return typed problems, never throw on bad input. Words: src/ui/strings/workshop.ts.
 */
import { achievementOf } from './achievement';
import { BAND_THRESHOLDS, bandOf } from './bands';
import { score } from './evaluator';
import type { DatapointRef, Framework } from './framework';
import { DEMO_CITIES, demoCityInput } from './frameworks/u4ssc/demo';
import { nextBandValue } from './levers';
import { firstRepeatedKeyPath } from './json-keys';
import type { TargetSet } from './targets';
import type { AggregateResult, AssessmentInput, Band, Scores } from './types';
import { applyWhatIf, type WhatIfChange } from './whatif';

export const EXERCISE_FORMAT = 'ssc-workbench/exercise';
export const ANSWER_FORMAT = 'ssc-workbench/exercise-answer';
export const EXERCISE_VERSION = 1;
/** At most this many characters of title, instructions or participant name (as every reader limits text). */
export const MAX_EXERCISE_TEXT = 10_000;

export type ExerciseTask =
  { kind: 'fill-blanks'; blanks: string[] } | { kind: 'next-band'; aggregate: string } | { kind: 'find-wrong'; datapoint: string; wrongValue: number };

export type ExerciseKind = ExerciseTask['kind'];
export const EXERCISE_KINDS: readonly ExerciseKind[] = ['fill-blanks', 'next-band', 'find-wrong'];

export interface Exercise {
  format: typeof EXERCISE_FORMAT;
  version: typeof EXERCISE_VERSION;
  id: string;
  title: string;
  instructions: string;
  /** The shipped demo city (`DEMO_CITIES[].key`) the exercise starts from. */
  city: string;
  /** The catalogue version it was made with (answers are checked under the current one). */
  frameworkVersion: string;
  task: ExerciseTask;
}

export interface ExerciseAnswer {
  format: typeof ANSWER_FORMAT;
  version: typeof EXERCISE_VERSION;
  exerciseId: string;
  participant: string;
  /** Values the participant entered: blanks filled, changes made, or the corrected value. */
  values: WhatIfChange[];
  /** `find-wrong`: the data point named as wrong. */
  named: string | null;
}

// ---------------------------------------------------------------------------------------------------
// The exercise's starting point and its answer

const cityOf = (key: string) => DEMO_CITIES.find((c) => c.key === key);

/** The shipped city the exercise is made on: the answer to `fill-blanks` and `find-wrong`. */
export function answerInput(fw: Framework, ex: Exercise): AssessmentInput {
  const city = cityOf(ex.city);
  if (!city) throw new Error(`unknown demo city ${ex.city}`);
  return demoCityInput(fw, city);
}

/** What participants start from: the city with its blanks emptied or its wrong value planted. */
export function exerciseInput(fw: Framework, ex: Exercise): AssessmentInput {
  const base = answerInput(fw, ex);
  const values = { ...base.values };
  const task = ex.task;
  if (task.kind === 'fill-blanks') for (const id of task.blanks) values[id] = {};
  if (task.kind === 'find-wrong') {
    const { numerator: _n, denominator: _d, entered: _e, ...keep } = values[task.datapoint] ?? {};
    values[task.datapoint] = { ...keep, value: task.wrongValue, status: 'reported' };
  }
  return { ...base, values };
}

/** The participant's city: the starting point with their values entered (as the what-if sandbox enters them). */
export function answeredInput(fw: Framework, ex: Exercise, answer: Pick<ExerciseAnswer, 'values'>): AssessmentInput {
  return applyWhatIf(exerciseInput(fw, ex), answer.values);
}

const aggregatesOf = (s: Scores): AggregateResult[] => [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories];
const aggregateOf = (s: Scores, code: string) => aggregatesOf(s).find((a) => a.code === code);
const inGroup = (ref: DatapointRef, code: string) =>
  code === 'overall' || ref.path.dimension === code || ref.path.subdimension === code || ref.path.category === code;

/** The value at which a data point with target t scores 4 points (95 % of target or more). */
function topValue(ref: DatapointRef, t: number, x: number): number | null {
  const next = nextBandValue(ref, x, t, 3);
  return next.kind === 'reach' ? next.value : null;
}

/**
 * The fewest values to change so that aggregate `code` reaches its next band under U4SSC points, and one
 * such set of changes (each data point moved to the top band; an unreported one reported at it), or
 * null when the aggregate is unscored or already in the top band. Exact: a scored data point with p
 * points can add at most 4 − p to the pool, a newly reported one adds 4 points and 4 to the maximum,
 * i.e. 4 × (1 − threshold) towards the threshold; taking the largest contributions first is optimal.
 */
export function fewestChanges(fw: Framework, targets: TargetSet, input: AssessmentInput, code: string): { count: number; changes: WhatIfChange[] } | null {
  const points = score(fw, targets, { ...input, method: { name: 'u4ssc-points' } });
  const agg = aggregateOf(points, code);
  if (!agg || agg.band === null || agg.band === 4) return null;
  const threshold = BAND_THRESHOLDS[agg.band - 1] / 100;
  const deficit = threshold * agg.maxPoints - agg.points;
  const candidates: { gain: number; change: WhatIfChange; index: number }[] = [];
  for (const ref of fw.datapoints) {
    if (!inGroup(ref, code)) continue;
    const item = points.items[ref.index];
    if (item.target === null) continue;
    const to = ref.def.direction === 'yesno' ? 'yes' : topValue(ref, item.target, item.value ?? 0);
    if (to === null) continue;
    if (item.state === 'scored' && item.points !== null && item.points < 4)
      candidates.push({ gain: 4 - item.points, change: { id: ref.id, value: to }, index: ref.index });
    else if (item.state === 'not-reported' || item.state === 'invalid')
      candidates.push({ gain: 4 * (1 - threshold), change: { id: ref.id, value: to }, index: ref.index });
  }
  candidates.sort((a, b) => b.gain - a.gain || a.index - b.index);
  const changes: WhatIfChange[] = [];
  let gained = 0;
  for (const c of candidates) {
    if (gained >= deficit - 1e-9) break;
    changes.push(c.change);
    gained += c.gain;
  }
  // Confirm by scoring (the rule above is the evaluator's pooling; this guards its rounding).
  const after = aggregateOf(score(fw, targets, { ...applyWhatIf(input, changes), method: { name: 'u4ssc-points' } }), code)!;
  if (after.band === null || after.band <= agg.band) return null;
  return { count: changes.length, changes };
}

// ---------------------------------------------------------------------------------------------------
// Checking an answer

export type Verdict = 'right' | 'partly' | 'wrong';

/** What the check found, as data; src/ui/strings/workshop.ts (`findingText`) words each kind. */
export type Finding =
  | { kind: 'blank-right'; id: string; value: number | 'yes' | 'no' }
  | { kind: 'blank-same-band'; id: string; value: number; answer: number; band: Band | null }
  | { kind: 'blank-other-band'; id: string; value: number | 'yes' | 'no'; answer: number | 'yes' | 'no'; band: Band | null; answerBand: Band | null }
  | { kind: 'blank-missing'; id: string }
  /** The engine refused the value (out of range, ...): not scored. */
  | { kind: 'value-refused'; id: string }
  | { kind: 'band-reached'; aggregate: string; before: Band | null; after: Band | null; changes: number; fewest: number }
  | { kind: 'more-changes'; changes: number; fewest: number }
  | { kind: 'band-not-reached'; aggregate: string; before: number | null; after: number | null; needed: number; changes: number }
  | { kind: 'wrong-found'; id: string }
  | { kind: 'wrong-missed'; named: string | null }
  | { kind: 'correction-right'; id: string }
  | { kind: 'correction-off'; id: string; value: number | 'yes' | 'no'; band: Band | null; answerBand: Band | null }
  | { kind: 'correction-missing'; id: string };

/** An aggregate whose band differs between the reference (the answer, or the start for `next-band`) and the participant's city. */
export interface BandDifference {
  code: string;
  name: string;
  level: AggregateResult['level'];
  reference: { percent: number | null; band: Band | null };
  yours: { percent: number | null; band: Band | null };
}

export interface AnswerCheck {
  verdict: Verdict;
  findings: Finding[];
  /** Aggregates whose band differs: from the answer's (fill-blanks, find-wrong) or from the start (next-band). */
  bands: BandDifference[];
  /** The participant's scores (every data point's value and band, for the side-by-side view). */
  scores: Scores;
}

const RELATIVE_TOLERANCE = 0.01;

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

function bandDifferences(reference: Scores, yours: Scores): BandDifference[] {
  const ref = aggregatesOf(reference);
  return aggregatesOf(yours).flatMap((a, i) =>
    a.band === ref[i].band
      ? []
      : [
          {
            code: a.code,
            name: a.name,
            level: a.level,
            reference: { percent: ref[i].percent, band: ref[i].band },
            yours: { percent: a.percent, band: a.band },
          },
        ],
  );
}

/** Scores an answer and says how right it is: every check re-scores, none compares with a stored answer. */
export function checkAnswer(fw: Framework, targets: TargetSet, ex: Exercise, answer: Pick<ExerciseAnswer, 'values' | 'named'>): AnswerCheck {
  const start = exerciseInput(fw, ex);
  const mine = answeredInput(fw, ex, answer);
  const scores = score(fw, targets, mine);
  const findings: Finding[] = [];
  const given = new Map(answer.values.map((v) => [v.id, v.value]));
  const refused = (id: string) => scores.items[fw.byId.get(id)!.index].state === 'invalid';
  for (const v of answer.values) if (fw.byId.has(v.id) && refused(v.id)) findings.push({ kind: 'value-refused', id: v.id });
  const task = ex.task;

  if (task.kind === 'next-band') {
    const startScores = score(fw, targets, start);
    const before = aggregateOf(startScores, task.aggregate)!;
    const after = aggregateOf(scores, task.aggregate)!;
    const changed = answer.values.filter((v) => {
      const i = fw.byId.get(v.id)!.index;
      return startScores.items[i].value !== scores.items[i].value || startScores.items[i].state !== scores.items[i].state;
    }).length;
    const fewest = fewestChanges(fw, targets, start, task.aggregate)?.count ?? 0;
    let verdict: Verdict;
    if (before.band !== null && after.band !== null && after.band > before.band) {
      findings.push({ kind: 'band-reached', aggregate: task.aggregate, before: before.band, after: after.band, changes: changed, fewest });
      if (changed > fewest) findings.push({ kind: 'more-changes', changes: changed, fewest });
      verdict = changed > fewest ? 'partly' : 'right';
    } else {
      const needed = before.band === null || before.band === 4 ? 100 : BAND_THRESHOLDS[before.band - 1];
      findings.push({ kind: 'band-not-reached', aggregate: task.aggregate, before: before.percent, after: after.percent, needed, changes: changed });
      verdict = 'wrong';
    }
    return { verdict, findings, bands: bandDifferences(startScores, scores), scores };
  }

  const answerScores = score(fw, targets, answerInput(fw, ex));
  const bands = bandDifferences(answerScores, scores);

  if (task.kind === 'fill-blanks') {
    let right = 0;
    let close = 0;
    for (const id of task.blanks) {
      const ref = fw.byId.get(id)!;
      const mineItem = scores.items[ref.index];
      const theirs = answerScores.items[ref.index];
      const value = given.get(id);
      if (value === undefined) {
        findings.push({ kind: 'blank-missing', id });
        continue;
      }
      if (mineItem.state === 'invalid') continue;
      const answerValue: number | 'yes' | 'no' = ref.def.direction === 'yesno' ? (theirs.value === 1 ? 'yes' : 'no') : theirs.value!;
      const isRight = typeof value === 'number' && typeof answerValue === 'number' ? sameNumber(value, answerValue) : value === answerValue;
      if (isRight) {
        right++;
        findings.push({ kind: 'blank-right', id, value });
      } else if (typeof value === 'number' && typeof answerValue === 'number' && mineItem.band === theirs.band) {
        close++;
        findings.push({ kind: 'blank-same-band', id, value, answer: answerValue, band: mineItem.band });
      } else findings.push({ kind: 'blank-other-band', id, value, answer: answerValue, band: mineItem.band, answerBand: theirs.band });
    }
    const verdict: Verdict = right === task.blanks.length ? 'right' : right + close === 0 ? 'wrong' : 'partly';
    return { verdict, findings, bands, scores };
  }

  // find-wrong
  if (answer.named !== task.datapoint) {
    findings.push({ kind: 'wrong-missed', named: answer.named });
    return { verdict: 'wrong', findings, bands, scores };
  }
  findings.push({ kind: 'wrong-found', id: task.datapoint });
  const correction = given.get(task.datapoint);
  if (correction === undefined) {
    findings.push({ kind: 'correction-missing', id: task.datapoint });
    return { verdict: 'partly', findings, bands, scores };
  }
  const index = fw.byId.get(task.datapoint)!.index;
  const itemBand = scores.items[index].band;
  const answerBand = answerScores.items[index].band;
  if (itemBand === answerBand && bands.length === 0 && scores.items[index].state === answerScores.items[index].state) {
    findings.push({ kind: 'correction-right', id: task.datapoint });
    return { verdict: 'right', findings, bands, scores };
  }
  findings.push({ kind: 'correction-off', id: task.datapoint, value: correction, band: itemBand, answerBand });
  return { verdict: 'partly', findings, bands, scores };
}

/** The achievement the planted wrong value gives, for a trainer choosing one (the band it lands in). */
export function plantedBand(fw: Framework, targets: TargetSet, ex: Exercise): Band | null {
  if (ex.task.kind !== 'find-wrong') return null;
  const ref = fw.byId.get(ex.task.datapoint)!;
  const item = score(fw, targets, exerciseInput(fw, ex)).items[ref.index];
  return item.state === 'scored' ? bandOf(achievementOf(ref.def.direction, item.value!, item.target!).value * 100) : null;
}

// ---------------------------------------------------------------------------------------------------
// Reading exercises and answers (files and links): typed problems, never a throw

export type ExerciseProblem =
  | { kind: 'not-json' }
  /** A key written twice in one object (`path`: the first such member): `JSON.parse` would keep the last in silence. */
  | { kind: 'repeated-key'; path: string }
  | { kind: 'too-long'; limit: number }
  /** A JSON document that is not an exercise or an answer (an assessment, say). */
  | { kind: 'not-an-exercise'; format: string | null }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-city'; city: string }
  | { kind: 'unknown-datapoint'; id: string }
  | { kind: 'unknown-aggregate'; code: string }
  | { kind: 'bad-field'; field: string };

export type ExerciseRead = { ok: true; exercise: Exercise } | { ok: true; answer: ExerciseAnswer } | { ok: false; problem: ExerciseProblem };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_EXERCISE_TEXT;

function readValues(fw: Framework, raw: unknown): WhatIfChange[] | ExerciseProblem {
  if (!Array.isArray(raw) || raw.length > fw.datapoints.length) return { kind: 'bad-field', field: 'values' };
  const out: WhatIfChange[] = [];
  for (const v of raw) {
    if (!isObj(v) || typeof v.id !== 'string') return { kind: 'bad-field', field: 'values' };
    if (!fw.byId.has(v.id)) return { kind: 'unknown-datapoint', id: v.id };
    if (!(v.value === 'yes' || v.value === 'no' || (typeof v.value === 'number' && Number.isFinite(v.value)))) return { kind: 'bad-field', field: 'values' };
    out.push({ id: v.id, value: v.value });
  }
  return out;
}

function readTask(fw: Framework, raw: unknown): ExerciseTask | ExerciseProblem {
  if (!isObj(raw)) return { kind: 'bad-field', field: 'task' };
  const known = (id: unknown): ExerciseProblem | null =>
    typeof id !== 'string' ? { kind: 'bad-field', field: 'task' } : fw.byId.has(id) ? null : { kind: 'unknown-datapoint', id };
  switch (raw.kind) {
    case 'fill-blanks': {
      if (!Array.isArray(raw.blanks) || raw.blanks.length === 0 || raw.blanks.length > fw.datapoints.length) return { kind: 'bad-field', field: 'task.blanks' };
      for (const id of raw.blanks) {
        const p = known(id);
        if (p) return p;
      }
      return { kind: 'fill-blanks', blanks: [...new Set(raw.blanks as string[])] };
    }
    case 'next-band': {
      const code = raw.aggregate;
      if (typeof code !== 'string') return { kind: 'bad-field', field: 'task.aggregate' };
      const g = fw.groups;
      const exists = code === 'overall' || [...g.dimensions, ...g.subdimensions, ...g.categories].some((x) => x.code === code);
      return exists ? { kind: 'next-band', aggregate: code } : { kind: 'unknown-aggregate', code };
    }
    case 'find-wrong': {
      const p = known(raw.datapoint);
      if (p) return p;
      if (typeof raw.wrongValue !== 'number' || !Number.isFinite(raw.wrongValue)) return { kind: 'bad-field', field: 'task.wrongValue' };
      return { kind: 'find-wrong', datapoint: raw.datapoint as string, wrongValue: raw.wrongValue };
    }
    default:
      return { kind: 'bad-field', field: 'task.kind' };
  }
}

const isProblem = (v: ExerciseTask | ExerciseProblem): v is ExerciseProblem => !(EXERCISE_KINDS as readonly string[]).includes(v.kind);

/** Reads an exercise or an answer from JSON text (a file, or a link's contents). */
export function readExerciseJson(text: string, fw: Framework): ExerciseRead {
  const fail = (problem: ExerciseProblem): ExerciseRead => ({ ok: false, problem });
  if (text.length > 1024 * 1024) return fail({ kind: 'too-long', limit: 1024 * 1024 });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  // An answer's value or an exercise's task written twice would be read as the last, in silence.
  const repeated = firstRepeatedKeyPath(text);
  if (repeated !== null) return fail({ kind: 'repeated-key', path: repeated });
  if (!isObj(raw)) return fail({ kind: 'not-an-exercise', format: null });
  const format = typeof raw.format === 'string' ? raw.format : null;
  if (format !== EXERCISE_FORMAT && format !== ANSWER_FORMAT) return fail({ kind: 'not-an-exercise', format });
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return fail({ kind: 'bad-field', field: 'version' });
  if (raw.version > EXERCISE_VERSION) return fail({ kind: 'newer-version', version: raw.version });
  if (format === ANSWER_FORMAT) {
    if (!isText(raw.exerciseId) || raw.exerciseId === '') return fail({ kind: 'bad-field', field: 'exerciseId' });
    if (!isText(raw.participant)) return fail({ kind: 'bad-field', field: 'participant' });
    if (raw.named !== null && raw.named !== undefined && typeof raw.named !== 'string') return fail({ kind: 'bad-field', field: 'named' });
    if (typeof raw.named === 'string' && !fw.byId.has(raw.named)) return fail({ kind: 'unknown-datapoint', id: raw.named });
    const values = readValues(fw, raw.values);
    if (!Array.isArray(values)) return fail(values);
    return {
      ok: true,
      answer: {
        format: ANSWER_FORMAT,
        version: EXERCISE_VERSION,
        exerciseId: raw.exerciseId,
        participant: raw.participant,
        values,
        named: (raw.named as string | null) ?? null,
      },
    };
  }
  for (const field of ['id', 'title', 'instructions', 'frameworkVersion'] as const) if (!isText(raw[field])) return fail({ kind: 'bad-field', field });
  if (typeof raw.city !== 'string') return fail({ kind: 'bad-field', field: 'city' });
  if (!cityOf(raw.city)) return fail({ kind: 'unknown-city', city: raw.city });
  const task = readTask(fw, raw.task);
  if (isProblem(task)) return fail(task);
  return {
    ok: true,
    exercise: {
      format: EXERCISE_FORMAT,
      version: EXERCISE_VERSION,
      id: raw.id as string,
      title: raw.title as string,
      instructions: raw.instructions as string,
      city: raw.city,
      frameworkVersion: raw.frameworkVersion as string,
      task,
    },
  };
}
