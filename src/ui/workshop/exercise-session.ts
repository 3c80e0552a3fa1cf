/**
 * One exercise session of the Workshop (#27 item 3): what the trainer is making, the exercise open in
 * this view, the participant's answer to it and the answers collected, with every step that reads,
 * checks or words them. The screens of Exercises.tsx only render this state and call its actions.
 * Every check scores the answer with the engine (src/engine/exercises.ts). Nothing is stored: the
 * session lives until the view is left.
 */
import { createMemo, createSignal } from 'solid-js';
import {
  ANSWER_FORMAT,
  checkAnswer,
  EXERCISE_FORMAT,
  EXERCISE_VERSION,
  exerciseInput,
  fewestChanges,
  readExerciseJson,
  type AnswerCheck,
  type Exercise,
  type ExerciseAnswer,
  type ExerciseKind,
} from '../../engine/exercises';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../engine/frameworks/u4ssc/demo';
import { score as engineScore } from '../../engine/evaluator';
import { newId } from '../../engine/ids';
import { parseNumber, yesNo, type DecimalStyle } from '../../engine/parse';
import type { AggregateResult, AssessmentInput, Band, Scores } from '../../engine/types';
import { applyWhatIf, type WhatIfChange } from '../../engine/whatif';
import { decodeLink, encodeLink } from '../../share/link';
import { sanitiseFileName } from '../interchange/files';
import { shareUrl } from '../interchange/link';
import { datapointCode, datapointName, fmtNumber, fmtPercent, fmtQuantity } from '../results/format';
import { bandName } from '../results/palette';
import { shellWords } from '../strings';
import { exerciseProblemText, findingText, workshopWords } from '../strings/workshop';
import { groupName, inputName, profileLabelOf } from '../strings/kpi-names';

/** Links of exercises and answers: `#x.` then a share-link fragment (the app's start ignores them). */
const LINK_MARK = '#x.';

export const ref = (id: string) => u4ssc.byId.get(id)!;
export const label = (id: string) => `${datapointCode(ref(id))} ${datapointName(ref(id))}`;

export const allAggregates = () => [...u4ssc.groups.dimensions, ...u4ssc.groups.subdimensions, ...u4ssc.groups.categories];
/** The groups with their names in the display language (the exercise maker's list). */
const namedAggregates = () => allAggregates().map((g) => ({ ...g, name: groupName(g) }));
export const aggregateLabel = (code: string) => {
  const g = allAggregates().find((a) => a.code === code);
  return code === 'overall' ? shellWords.overall : `${code} ${g ? groupName(g) : ''}`;
};
const aggregatesOf = (s: Scores): AggregateResult[] => [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories];
const cityName = (key: string) => DEMO_CITIES.find((c) => c.key === key)!;
const score = (input: AssessmentInput): Scores => engineScore(u4ssc, referenceTargets, input);

export const cityLabel = (key: string) => {
  const c = cityName(key);
  return `${c.city} ${c.year}`;
};

export const fileName = (ex: Exercise, suffix: string) => `${sanitiseFileName(ex.title, 'exercise')}${suffix}`;

/** A link that opens `doc` (an exercise or an answer) in the workshop. */
export const link = async (doc: unknown) => {
  const fragment = await encodeLink(JSON.stringify(doc));
  return shareUrl(location, `${LINK_MARK}${fragment.slice(1)}`);
};

export type ExerciseSession = ReturnType<typeof createExerciseSession>;

export function createExerciseSession(opts: { decimal: () => DecimalStyle; toast: (message: string) => void }) {
  // Making
  const [city, setCity] = createSignal(DEMO_CITIES[0].key);
  const [kind, setKind] = createSignal<ExerciseKind>('fill-blanks');
  const [group, setGroup] = createSignal(u4ssc.groups.categories[0].code);
  const [wrongDp, setWrongDp] = createSignal(u4ssc.datapoints[0].id);
  const [wrongText, setWrongText] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [instructions, setInstructions] = createSignal('');
  const [makeError, setMakeError] = createSignal<string | null>(null);
  const [exerciseLink, setExerciseLink] = createSignal('');
  // Opening
  const [linksText, setLinksText] = createSignal('');
  const [openProblems, setOpenProblems] = createSignal<string[]>([]);
  // The exercise and answering it
  const [exercise, setExercise] = createSignal<Exercise | null>(null);
  const [participant, setParticipant] = createSignal('');
  const [blankTexts, setBlankTexts] = createSignal<Record<string, string>>({});
  const [named, setNamed] = createSignal('');
  const [correction, setCorrection] = createSignal('');
  const [changes, setChanges] = createSignal<WhatIfChange[]>([]);
  const [changeDp, setChangeDp] = createSignal(u4ssc.datapoints[0].id);
  const [changeText, setChangeText] = createSignal('');
  const [answerError, setAnswerError] = createSignal<string | null>(null);
  const [ownCheck, setOwnCheck] = createSignal<AnswerCheck | null>(null);
  const [answerLink, setAnswerLink] = createSignal('');
  // Collecting
  const [answers, setAnswers] = createSignal<ExerciseAnswer[]>([]);

  const valueOf = (id: string, text: string): number | 'yes' | 'no' | string => {
    if (ref(id).def.direction === 'yesno') return yesNo(text) ?? text;
    const parsed = parseNumber(text, opts.decimal());
    return parsed.ok ? parsed.value : text;
  };

  const make = () => {
    let task: Exercise['task'];
    const k = kind();
    const input = demoCityInput(u4ssc, cityName(city()));
    if (k === 'fill-blanks') {
      const blanks = u4ssc.datapoints
        .filter(
          (r) => (r.path.category === group() || r.path.subdimension === group() || r.path.dimension === group()) && input.values[r.id]?.status === 'reported',
        )
        .map((r) => r.id);
      if (blanks.length === 0) return setMakeError(workshopWords.exNoBlanks);
      task = { kind: k, blanks };
    } else if (k === 'next-band') {
      if (!fewestChanges(u4ssc, referenceTargets, input, group())) return setMakeError(workshopWords.exNoNextBand);
      task = { kind: k, aggregate: group() };
    } else {
      const parsed = parseNumber(wrongText(), opts.decimal());
      if (!parsed.ok) return setMakeError(workshopWords.exBadWrongValue(wrongText()));
      task = { kind: k, datapoint: wrongDp(), wrongValue: parsed.value };
    }
    setMakeError(null);
    const what = k === 'find-wrong' ? '' : aggregateLabel(group());
    const ex: Exercise = {
      format: EXERCISE_FORMAT,
      version: EXERCISE_VERSION,
      id: newId(),
      title: title().trim() || workshopWords.exDefaultTitle[k](cityLabel(city()), what),
      instructions: instructions().trim() || workshopWords.exDefaultInstructions[k],
      city: city(),
      frameworkVersion: u4ssc.data.frameworkVersion,
      task,
    };
    start(ex);
    setAnswers([]);
    setExerciseLink('');
    opts.toast(workshopWords.exMade(ex.title));
  };

  const start = (ex: Exercise) => {
    setExercise(ex);
    setBlankTexts({});
    setNamed('');
    setCorrection('');
    setChanges([]);
    setOwnCheck(null);
    setAnswerLink('');
    setAnswerError(null);
    const task = ex.task;
    if (task.kind === 'next-band') {
      const first = u4ssc.datapoints.find(
        (r) => task.aggregate === 'overall' || [r.path.dimension, r.path.subdimension, r.path.category].includes(task.aggregate),
      );
      if (first) setChangeDp(first.id);
    }
  };

  // ---- opening files and links
  const take = (where: string, text: string, problems: string[], added: ExerciseAnswer[]) => {
    const read = readExerciseJson(text, u4ssc);
    if (!read.ok) return problems.push(workshopWords.exProblem(where, exerciseProblemText(read.problem)));
    if ('exercise' in read) {
      start(read.exercise);
      setAnswers([]);
      opts.toast(workshopWords.exOpened(read.exercise.title));
      return;
    }
    const ex = exercise();
    if (!ex) return problems.push(workshopWords.exProblem(where, workshopWords.exAnswerFirst));
    if (read.answer.exerciseId !== ex.id) return problems.push(workshopWords.exProblem(where, workshopWords.exOtherExercise));
    added.push(read.answer);
  };

  const finish = (problems: string[], added: ExerciseAnswer[]) => {
    setOpenProblems(problems);
    if (added.length > 0) {
      setAnswers([...answers(), ...added]);
      opts.toast(workshopWords.exAnswersAdded(added.length));
    }
  };

  const openFiles = async (files: FileList | null) => {
    const problems: string[] = [];
    const added: ExerciseAnswer[] = [];
    // Exercises first, so answers opened with their exercise find it.
    const texts = await Promise.all([...(files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
    texts.sort((a, b) => Number(b.text.includes(`"${EXERCISE_FORMAT}"`)) - Number(a.text.includes(`"${EXERCISE_FORMAT}"`)));
    for (const { name, text } of texts) take(name, text, problems, added);
    finish(problems, added);
  };

  const openLinks = async (e: SubmitEvent) => {
    e.preventDefault();
    const lines = linksText()
      .split(/\s+/)
      .filter((l) => l !== '');
    if ((await readLinks(lines)) === 0) setLinksText('');
  };
  /** Opens links (exercises first as listed); the number of problems reported. */
  const readLinks = async (lines: string[]): Promise<number> => {
    const problems: string[] = [];
    const added: ExerciseAnswer[] = [];
    for (const [i, line] of lines.entries()) {
      const where = workshopWords.exLinkWhere(i + 1);
      const at = line.indexOf(LINK_MARK);
      if (at < 0) {
        problems.push(workshopWords.exProblem(where, workshopWords.exNotExerciseLink));
        continue;
      }
      const decoded = await decodeLink(`#${line.slice(at + LINK_MARK.length)}`);
      if (!decoded.ok) problems.push(workshopWords.exProblem(where, workshopWords.exLinkDamaged));
      else take(where, decoded.text, problems, added);
    }
    finish(problems, added);
    return problems.length;
  };

  // ---- answering
  const answerNow = (): ExerciseAnswer | null => {
    const ex = exercise()!;
    const values: WhatIfChange[] = [];
    const task = ex.task;
    if (task.kind === 'fill-blanks') {
      for (const id of task.blanks) {
        const text = (blankTexts()[id] ?? '').trim();
        if (text === '') continue;
        const v = valueOf(id, text);
        if (typeof v === 'string' && v !== 'yes' && v !== 'no') {
          setAnswerError(workshopWords.exNotNumber(text, datapointName(ref(id))));
          return null;
        }
        values.push({ id, value: v as WhatIfChange['value'] });
      }
    } else if (task.kind === 'next-band') values.push(...changes());
    else if (named() !== '' && correction().trim() !== '') {
      const v = valueOf(named(), correction().trim());
      if (typeof v === 'string' && v !== 'yes' && v !== 'no') {
        setAnswerError(workshopWords.exNotNumber(correction(), datapointName(ref(named()))));
        return null;
      }
      values.push({ id: named(), value: v as WhatIfChange['value'] });
    }
    setAnswerError(null);
    return { format: ANSWER_FORMAT, version: EXERCISE_VERSION, exerciseId: ex.id, participant: participant().trim(), values, named: named() || null };
  };

  const addChange = () => {
    const text = changeText().trim();
    const v = valueOf(changeDp(), text);
    if (typeof v === 'string' && v !== 'yes' && v !== 'no') return setAnswerError(workshopWords.exNotNumber(text, datapointName(ref(changeDp()))));
    setAnswerError(null);
    setChanges([...changes().filter((c) => c.id !== changeDp()), { id: changeDp(), value: v as WhatIfChange['value'] }]);
    setChangeText('');
  };

  const check = (e: SubmitEvent) => {
    e.preventDefault();
    const a = answerNow();
    if (a) setOwnCheck(checkAnswer(u4ssc, referenceTargets, exercise()!, a));
  };

  /** The raw inputs of a blank ratio data point, from the shipped city: what participants compute the value from. */
  const given = (id: string): string | null => {
    const ex = exercise();
    const f = ref(id).def.formula;
    if (!ex || f.kind !== 'ratio') return null;
    const input = demoCityInput(u4ssc, cityName(ex.city));
    const entry = input.values[id];
    const num = typeof entry?.numerator === 'number' ? entry.numerator : null;
    const den = 'profile' in f.denominator ? input.profile[f.denominator.profile] : entry?.denominator;
    if (num === null || typeof den !== 'number') return null;
    const denLabel = 'profile' in f.denominator ? profileLabelOf(f.denominator.profile) : inputName(ref(id), 'denominator')!;
    return workshopWords.exGiven(
      inputName(ref(id), 'numerator')!,
      fmtNumber(num, opts.decimal()),
      denLabel,
      fmtNumber(den, opts.decimal()),
      fmtNumber(f.multiplier, opts.decimal()),
    );
  };

  // ---- words
  const fmtValue = (id: string, v: number | 'yes' | 'no') =>
    typeof v === 'number' ? fmtQuantity(v, ref(id), opts.decimal()) : v === 'yes' ? shellWords.yes : shellWords.no;
  const words = {
    name: (id: string) => `${datapointCode(ref(id))} ${datapointName(ref(id))}`,
    value: fmtValue,
    band: (b: Band | null) => bandName(b),
    percent: (p: number | null) => fmtPercent(p, opts.decimal()),
    score: aggregateLabel,
  };
  const feedback = (c: AnswerCheck) => c.findings.map((f) => findingText(f, words));

  // ---- side by side
  const checks = createMemo(() => {
    const ex = exercise();
    return ex ? answers().map((a) => checkAnswer(u4ssc, referenceTargets, ex, a)) : [];
  });
  const reference = createMemo(() => {
    const ex = exercise();
    if (!ex) return null;
    const input = exerciseInput(u4ssc, ex);
    if (ex.task.kind === 'next-band') {
      const best = fewestChanges(u4ssc, referenceTargets, input, ex.task.aggregate);
      return { scores: score(best ? applyWhatIf(input, best.changes) : input), changes: best?.changes ?? [] };
    }
    return { scores: score(demoCityInput(u4ssc, cityName(ex.city))), changes: [] as WhatIfChange[] };
  });
  const rowsOfDatapoints = createMemo(() => {
    const ex = exercise();
    if (!ex) return [];
    const t = ex.task;
    const set = new Set<string>();
    if (t.kind === 'fill-blanks') t.blanks.forEach((id) => set.add(id));
    if (t.kind === 'find-wrong') set.add(t.datapoint);
    for (const c of reference()?.changes ?? []) set.add(c.id);
    for (const a of answers()) {
      a.values.forEach((v) => set.add(v.id));
      if (a.named) set.add(a.named);
    }
    return u4ssc.datapoints.filter((r) => set.has(r.id)).map((r) => r.id);
  });
  const rowsOfAggregates = createMemo(() => {
    const ex = exercise();
    const codes = new Set<string>();
    if (ex?.task.kind === 'next-band') codes.add(ex.task.aggregate);
    const ref0 = reference();
    if (ref0) {
      const refAggs = aggregatesOf(ref0.scores);
      for (const c of checks()) aggregatesOf(c.scores).forEach((a, i) => a.band !== refAggs[i].band && codes.add(a.code));
    }
    return ref0 ? aggregatesOf(ref0.scores).filter((a) => codes.has(a.code)) : [];
  });

  const itemCell = (s: Scores, id: string) => {
    const item = s.items[ref(id).index];
    return workshopWords.exCell(fmtQuantity(item.value, ref(id), opts.decimal()), bandName(item.band));
  };
  const aggCell = (a: AggregateResult) => workshopWords.exCell(fmtPercent(a.percent, opts.decimal()), bandName(a.band));
  const aggOf = (s: Scores, code: string) => aggregatesOf(s).find((a) => a.code === code)!;

  const kindGroups = () => (kind() === 'next-band' ? [{ code: 'overall', name: shellWords.overall }, ...namedAggregates()] : namedAggregates());

  return {
    making: { city, setCity, kind, setKind, group, setGroup, wrongDp, setWrongDp, wrongText, setWrongText, title, setTitle, instructions, setInstructions },
    makeError,
    exerciseLink,
    setExerciseLink,
    linksText,
    setLinksText,
    openProblems,
    exercise,
    answering: {
      participant,
      setParticipant,
      blankTexts,
      setBlankTexts,
      named,
      setNamed,
      correction,
      setCorrection,
      changeDp,
      setChangeDp,
      changeText,
      setChangeText,
    },
    changes,
    setChanges,
    answerError,
    ownCheck,
    answerLink,
    setAnswerLink,
    answers,
    make,
    openFiles,
    openLinks,
    readLinks,
    answerNow,
    addChange,
    check,
    given,
    fmtValue,
    feedback,
    checks,
    reference,
    rowsOfDatapoints,
    rowsOfAggregates,
    itemCell,
    aggCell,
    aggOf,
    kindGroups,
  };
}
