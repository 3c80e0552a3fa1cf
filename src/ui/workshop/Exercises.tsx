/**
 * Exercises: the trainer makes one on a fictional demo city and hands it out as a file or a link;
 * participants open it in their own browsers, answer, check and hand the answer back as a file or a
 * link; the trainer opens the answers and sees them side by side against the answer, with the
 * differences that changed a band. Every check scores the answer with the engine (src/engine/exercises.ts).
 * Nothing is stored: the exercise and the answers live in this view until it is left.
 */
import { createMemo, createSignal, createUniqueId, For, onMount, Show, type JSX } from 'solid-js';
import {
  ANSWER_FORMAT,
  checkAnswer,
  EXERCISE_FORMAT,
  EXERCISE_KINDS,
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
import { downloadBlob, sanitiseFileName } from '../interchange/files';
import { shareUrl } from '../interchange/link';
import { datapointCode, datapointName, fmtNumber, fmtPercent, fmtQuantity } from '../results/format';
import { bandName } from '../results/palette';
import { TableHead } from '../results/table-head';
import { ItemPicker } from '../picker/ItemPicker';
import { pickItems } from '../picker/items';
import { S } from '../strings';
import { exerciseProblemText, findingText, WS } from '../strings/workshop';

/** Links of exercises and answers: `#x.` then a share-link fragment (the app's start ignores them). */
const LINK_MARK = '#x.';

const ref = (id: string) => u4ssc.byId.get(id)!;
const label = (id: string) => `${datapointCode(ref(id))} ${datapointName(ref(id))}`;

/** A data point picked from the catalogue and a value typed for it: the wrong value a trainer plants, a change an answer proposes. */
function DatapointAndValue(props: {
  ids: { value: string };
  labels: { datapoint: string; value: string };
  datapoint: string;
  onDatapoint: (id: string) => void;
  value: string;
  onValue: (text: string) => void;
  invalid?: boolean;
}): JSX.Element {
  return (
    <>
      <div class="field">
        {/* Found by a fragment of its name or its code (issue #24); text that names none keeps the last one picked, and the picker says so. */}
        <ItemPicker
          label={props.labels.datapoint}
          items={() => pickItems(u4ssc, 'datapoint')}
          picked={props.datapoint}
          onPick={(id) => id !== null && props.onDatapoint(id)}
        />
      </div>
      <div class="field">
        <label for={props.ids.value}>{props.labels.value}</label>
        <input
          id={props.ids.value}
          inputmode="decimal"
          autocomplete="off"
          value={props.value}
          aria-invalid={props.invalid}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      </div>
    </>
  );
}
const allAggregates = () => [...u4ssc.groups.dimensions, ...u4ssc.groups.subdimensions, ...u4ssc.groups.categories];
const aggregateLabel = (code: string) => (code === 'overall' ? S.overall : `${code} ${allAggregates().find((g) => g.code === code)?.name ?? ''}`);
const aggregatesOf = (s: Scores): AggregateResult[] => [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories];
const cityName = (key: string) => DEMO_CITIES.find((c) => c.key === key)!;
const score = (input: AssessmentInput): Scores => engineScore(u4ssc, referenceTargets, input);

export function Exercises(props: {
  decimal: DecimalStyle;
  toast: (message: string) => void;
  /** An exercise or answers link the page was opened with (exercise-link.ts): opened at once. */
  link?: string;
  /** A participant who opened an exercise from a link: the trainer's tools (making, opening answers, the room) are not shown. */
  student?: boolean;
}): JSX.Element {
  const ids = {
    city: createUniqueId(),
    kind: createUniqueId(),
    wrongValue: createUniqueId(),
    title: createUniqueId(),
    instructions: createUniqueId(),
    makeError: createUniqueId(),
    files: createUniqueId(),
    links: createUniqueId(),
    exLink: createUniqueId(),
    participant: createUniqueId(),
    correction: createUniqueId(),
    changeValue: createUniqueId(),
    answerError: createUniqueId(),
    answerLink: createUniqueId(),
  };
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

  const cityLabel = (key: string) => {
    const c = cityName(key);
    return `${c.city} ${c.year}`;
  };

  const valueOf = (id: string, text: string): number | 'yes' | 'no' | string => {
    if (ref(id).def.direction === 'yesno') return yesNo(text) ?? text;
    const parsed = parseNumber(text, props.decimal);
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
      if (blanks.length === 0) return setMakeError(WS.exNoBlanks);
      task = { kind: k, blanks };
    } else if (k === 'next-band') {
      if (!fewestChanges(u4ssc, referenceTargets, input, group())) return setMakeError(WS.exNoNextBand);
      task = { kind: k, aggregate: group() };
    } else {
      const parsed = parseNumber(wrongText(), props.decimal);
      if (!parsed.ok) return setMakeError(WS.exBadWrongValue(wrongText()));
      task = { kind: k, datapoint: wrongDp(), wrongValue: parsed.value };
    }
    setMakeError(null);
    const what = k === 'find-wrong' ? '' : aggregateLabel(group());
    const ex: Exercise = {
      format: EXERCISE_FORMAT,
      version: EXERCISE_VERSION,
      id: newId(),
      title: title().trim() || WS.exDefaultTitle[k](cityLabel(city()), what),
      instructions: instructions().trim() || WS.exDefaultInstructions[k],
      city: city(),
      frameworkVersion: u4ssc.data.frameworkVersion,
      task,
    };
    start(ex);
    setAnswers([]);
    setExerciseLink('');
    props.toast(WS.exMade(ex.title));
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

  const fileName = (ex: Exercise, suffix: string) => `${sanitiseFileName(ex.title, 'exercise')}${suffix}`;

  const link = async (doc: unknown) => {
    const fragment = await encodeLink(JSON.stringify(doc));
    return shareUrl(location, `${LINK_MARK}${fragment.slice(1)}`);
  };

  // ---- opening files and links
  const take = (where: string, text: string, problems: string[], added: ExerciseAnswer[]) => {
    const read = readExerciseJson(text, u4ssc);
    if (!read.ok) return problems.push(WS.exProblem(where, exerciseProblemText(read.problem)));
    if ('exercise' in read) {
      start(read.exercise);
      setAnswers([]);
      props.toast(WS.exOpened(read.exercise.title));
      return;
    }
    const ex = exercise();
    if (!ex) return problems.push(WS.exProblem(where, WS.exAnswerFirst));
    if (read.answer.exerciseId !== ex.id) return problems.push(WS.exProblem(where, WS.exOtherExercise));
    added.push(read.answer);
  };

  const finish = (problems: string[], added: ExerciseAnswer[]) => {
    setOpenProblems(problems);
    if (added.length > 0) {
      setAnswers([...answers(), ...added]);
      props.toast(WS.exAnswersAdded(added.length));
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
      const where = WS.exLinkWhere(i + 1);
      const at = line.indexOf(LINK_MARK);
      if (at < 0) {
        problems.push(WS.exProblem(where, WS.exNotExerciseLink));
        continue;
      }
      const decoded = await decodeLink(`#${line.slice(at + LINK_MARK.length)}`);
      if (!decoded.ok) problems.push(WS.exProblem(where, WS.exLinkDamaged));
      else take(where, decoded.text, problems, added);
    }
    finish(problems, added);
    return problems.length;
  };
  onMount(() => {
    if (props.link) void readLinks([props.link]);
  });

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
          setAnswerError(WS.exNotNumber(text, datapointName(ref(id))));
          return null;
        }
        values.push({ id, value: v as WhatIfChange['value'] });
      }
    } else if (task.kind === 'next-band') values.push(...changes());
    else if (named() !== '' && correction().trim() !== '') {
      const v = valueOf(named(), correction().trim());
      if (typeof v === 'string' && v !== 'yes' && v !== 'no') {
        setAnswerError(WS.exNotNumber(correction(), datapointName(ref(named()))));
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
    if (typeof v === 'string' && v !== 'yes' && v !== 'no') return setAnswerError(WS.exNotNumber(text, datapointName(ref(changeDp()))));
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
    const denLabel =
      'profile' in f.denominator ? (u4ssc.data.profile.find((p) => p.id === (f.denominator as { profile: string }).profile)?.label ?? '') : f.denominator.input;
    return WS.exGiven(f.numerator, fmtNumber(num, props.decimal), denLabel, fmtNumber(den, props.decimal), fmtNumber(f.multiplier, props.decimal));
  };

  // ---- words
  const fmtValue = (id: string, v: number | 'yes' | 'no') => (typeof v === 'number' ? fmtQuantity(v, ref(id), props.decimal) : v === 'yes' ? S.yes : S.no);
  const words = {
    name: (id: string) => `${datapointCode(ref(id))} ${datapointName(ref(id))}`,
    value: fmtValue,
    band: (b: Band | null) => bandName(b),
    percent: (p: number | null) => fmtPercent(p, props.decimal),
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
    return WS.exCell(fmtQuantity(item.value, ref(id), props.decimal), bandName(item.band));
  };
  const aggCell = (a: AggregateResult) => WS.exCell(fmtPercent(a.percent, props.decimal), bandName(a.band));
  const aggOf = (s: Scores, code: string) => aggregatesOf(s).find((a) => a.code === code)!;

  const kindGroups = () => (kind() === 'next-band' ? [{ code: 'overall', name: S.overall }, ...allAggregates()] : allAggregates());

  return (
    <section class="ws-section" aria-labelledby="ws-exercises-title" data-testid="exercises">
      <h3 id="ws-exercises-title">{WS.exercisesTitle}</h3>
      <p class="hint">{WS.exercisesHint}</p>

      <Show when={props.student}>
        <p class="notice" data-testid="exercise-student">
          {WS.exStudentHint}
        </p>
      </Show>
      <Show when={!props.student}>
        <h4>{WS.exMakeTitle}</h4>
        <form
          class="ws-form"
          data-testid="exercise-make"
          onSubmit={(e) => {
            e.preventDefault();
            make();
          }}
        >
          <div class="field">
            <label for={ids.city}>{WS.exCity}</label>
            <select id={ids.city} value={city()} onChange={(e) => setCity(e.currentTarget.value)}>
              <For each={DEMO_CITIES}>{(c) => <option value={c.key}>{`${c.city} ${c.year}`}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for={ids.kind}>{WS.exKind}</label>
            <select id={ids.kind} value={kind()} onChange={(e) => setKind(e.currentTarget.value as ExerciseKind)}>
              <For each={EXERCISE_KINDS}>{(k) => <option value={k}>{WS.exKindName[k]}</option>}</For>
            </select>
          </div>
          <Show
            when={kind() !== 'find-wrong'}
            fallback={
              <DatapointAndValue
                ids={{ value: ids.wrongValue }}
                labels={{ datapoint: WS.exWrongDatapoint, value: WS.exWrongValue }}
                datapoint={wrongDp()}
                onDatapoint={setWrongDp}
                value={wrongText()}
                onValue={setWrongText}
                invalid={makeError() !== null}
              />
            }
          >
            <div class="field">
              {/* A dimension, sub-dimension or category found by a fragment of its name or its code (issue #24). */}
              <ItemPicker
                label={kind() === 'next-band' ? WS.exAggregate : WS.exBlanksGroup}
                items={() => kindGroups().map((g) => ({ id: g.code, code: g.code === 'overall' ? g.name : g.code, name: g.name }))}
                picked={group()}
                onPick={(id) => id !== null && setGroup(id)}
                testid="exercise-group"
              />
            </div>
          </Show>
          <div class="field">
            <label for={ids.title}>{WS.exTitleLabel}</label>
            <input id={ids.title} autocomplete="off" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <div class="field ws-wide">
            <label for={ids.instructions}>{WS.exInstructions}</label>
            <textarea id={ids.instructions} rows={2} value={instructions()} onInput={(e) => setInstructions(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary">
            {WS.exMake}
          </button>
          <Show when={makeError()}>
            <p id={ids.makeError} class="form-error" role="alert">
              {makeError()}
            </p>
          </Show>
        </form>

        <h4>{WS.exOpenTitle}</h4>
        <div class="ws-form">
          <div class="field">
            <label for={ids.files}>{WS.exOpenFiles}</label>
            <input
              id={ids.files}
              type="file"
              multiple
              accept=".json,application/json"
              data-testid="exercise-files"
              onChange={(e) => {
                const input = e.currentTarget;
                void openFiles(input.files).then(() => (input.value = ''));
              }}
            />
          </div>
        </div>
        <form class="ws-form" onSubmit={(e) => void openLinks(e)}>
          <div class="field ws-wide">
            <label for={ids.links}>{WS.exOpenLinks}</label>
            <textarea id={ids.links} rows={2} value={linksText()} onInput={(e) => setLinksText(e.currentTarget.value)} data-testid="exercise-links" />
          </div>
          <button type="submit">{WS.exOpen}</button>
        </form>
      </Show>
      <Show when={openProblems().length > 0}>
        <ul class="form-error" role="alert" data-testid="exercise-problems">
          <For each={openProblems()}>{(p) => <li>{p}</li>}</For>
        </ul>
      </Show>

      <Show when={exercise()}>
        {(ex) => (
          <div class="ws-exercise" data-testid="exercise-current">
            <h4>{WS.exCurrent(ex().title)}</h4>
            <p class="ws-instructions">{ex().instructions}</p>
            <p class="hint">{`${cityLabel(ex().city)} · ${WS.exKindName[ex().task.kind]}`}</p>
            <Show when={!props.student}>
              <div class="ws-actions">
                <button
                  type="button"
                  onClick={() => downloadBlob(new Blob([JSON.stringify(ex(), null, 2)], { type: 'application/json' }), fileName(ex(), '.exercise.json'))}
                >
                  {WS.exDownload}
                </button>
                <button type="button" onClick={() => void link(ex()).then(setExerciseLink)}>
                  {WS.exMakeLink}
                </button>
              </div>
              <Show when={exerciseLink()}>
                <div class="field ws-wide">
                  <label for={ids.exLink}>{WS.exLinkLabel}</label>
                  <textarea id={ids.exLink} readonly rows={2} value={exerciseLink()} data-testid="exercise-link" onFocus={(e) => e.currentTarget.select()} />
                </div>
              </Show>
            </Show>

            <h4>{WS.exDoTitle}</h4>
            <form class="ws-form" data-testid="exercise-answer" onSubmit={check}>
              <div class="field">
                <label for={ids.participant}>{WS.exParticipant}</label>
                <input id={ids.participant} autocomplete="off" value={participant()} onInput={(e) => setParticipant(e.currentTarget.value)} />
              </div>
              <Show when={ex().task.kind === 'fill-blanks' && ex().task}>
                {(task) => (
                  <For each={(task() as { blanks: string[] }).blanks}>
                    {(id) => {
                      const inputId = createUniqueId();
                      return (
                        <div class="field">
                          <label for={inputId}>{WS.exBlankValue(label(id))}</label>
                          <input
                            id={inputId}
                            inputmode="decimal"
                            autocomplete="off"
                            data-id={id}
                            aria-describedby={given(id) ? `${inputId}-given` : undefined}
                            value={blankTexts()[id] ?? ''}
                            onInput={(e) => setBlankTexts({ ...blankTexts(), [id]: e.currentTarget.value })}
                          />
                          <Show when={given(id)}>
                            {(text) => (
                              <span id={`${inputId}-given`} class="hint">
                                {text()}
                              </span>
                            )}
                          </Show>
                        </div>
                      );
                    }}
                  </For>
                )}
              </Show>
              <Show when={ex().task.kind === 'find-wrong'}>
                <div class="field">
                  {/* An empty box names none (as the select's first option did). */}
                  <ItemPicker
                    label={WS.exNamed}
                    items={() => pickItems(u4ssc, 'datapoint')}
                    picked={named() || null}
                    onPick={(id) => setNamed(id ?? '')}
                    testid="exercise-named"
                  />
                </div>
                <div class="field">
                  <label for={ids.correction}>{WS.exCorrection}</label>
                  <input
                    id={ids.correction}
                    inputmode="decimal"
                    autocomplete="off"
                    value={correction()}
                    onInput={(e) => setCorrection(e.currentTarget.value)}
                  />
                </div>
              </Show>
              <Show when={ex().task.kind === 'next-band'}>
                <DatapointAndValue
                  ids={{ value: ids.changeValue }}
                  labels={{ datapoint: WS.exChangeDatapoint, value: WS.exChangeValue }}
                  datapoint={changeDp()}
                  onDatapoint={setChangeDp}
                  value={changeText()}
                  onValue={setChangeText}
                />
                <button type="button" onClick={addChange}>
                  {WS.exAddChange}
                </button>
              </Show>
              <button type="submit" class="primary">
                {WS.exCheck}
              </button>
              <Show when={answerError()}>
                <p id={ids.answerError} class="form-error" role="alert">
                  {answerError()}
                </p>
              </Show>
            </form>
            <Show when={ex().task.kind === 'next-band'}>
              <Show when={changes().length > 0} fallback={<p class="hint">{WS.exNoChanges}</p>}>
                <ul class="ws-changes" data-testid="exercise-changes">
                  <For each={changes()}>
                    {(c) => (
                      <li>
                        {WS.exChangeLine(label(c.id), fmtValue(c.id, c.value))}{' '}
                        <button
                          type="button"
                          class="link"
                          aria-label={WS.exRemoveChange(datapointName(ref(c.id)))}
                          onClick={() => setChanges(changes().filter((x) => x.id !== c.id))}
                        >
                          ✕
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </Show>
            <Show when={ownCheck()}>
              {(c) => (
                <div class="ws-feedback" data-testid="exercise-feedback" role="status">
                  <p>
                    <strong>
                      <span aria-hidden="true">{WS.verdictMark[c().verdict]}</span> {WS.verdictName[c().verdict]}
                    </strong>
                  </p>
                  <ul>
                    <For each={feedback(c())}>{(line) => <li>{line}</li>}</For>
                  </ul>
                </div>
              )}
            </Show>
            <div class="ws-actions">
              <button
                type="button"
                onClick={() => {
                  const a = answerNow();
                  if (a)
                    downloadBlob(
                      new Blob([JSON.stringify(a, null, 2)], { type: 'application/json' }),
                      fileName(ex(), `-${sanitiseFileName(a.participant, 'answer')}.answer.json`),
                    );
                }}
              >
                {WS.exDownloadAnswer}
              </button>
              <button
                type="button"
                onClick={() => {
                  const a = answerNow();
                  if (a) void link(a).then(setAnswerLink);
                }}
              >
                {WS.exMakeAnswerLink}
              </button>
            </div>
            <Show when={answerLink()}>
              <div class="field ws-wide">
                <label for={ids.answerLink}>{WS.exAnswerLink}</label>
                <textarea id={ids.answerLink} readonly rows={2} value={answerLink()} data-testid="answer-link" onFocus={(e) => e.currentTarget.select()} />
              </div>
            </Show>

            <Show when={!props.student}>
              <h4>{WS.exRoomTitle(answers().length)}</h4>
              <Show when={answers().length > 0} fallback={<p class="hint">{WS.exNoAnswers}</p>}>
                <div class="ws-table-wrap">
                  <table class="ws-table" data-testid="exercise-verdicts">
                    <TableHead columns={[WS.colParticipant, WS.colVerdict, WS.colFeedback]} />
                    <tbody>
                      <For each={answers()}>
                        {(a, i) => (
                          <tr data-verdict={checks()[i()]?.verdict}>
                            <th scope="row">{a.participant || WS.exUnnamed}</th>
                            <td>
                              <span aria-hidden="true">{WS.verdictMark[checks()[i()].verdict]}</span> {WS.verdictName[checks()[i()].verdict]}
                            </td>
                            <td>
                              <ul class="ws-findings">
                                <For each={feedback(checks()[i()])}>{(line) => <li>{line}</li>}</For>
                              </ul>
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <h4 id="ws-side-title">{WS.exSideTitle}</h4>
                <p class="hint">{WS.exSideHint}</p>
                <div class="ws-table-wrap">
                  <table class="ws-table" aria-labelledby="ws-side-title" data-testid="exercise-side">
                    <TableHead
                      columns={[
                        WS.colWhat,
                        ex().task.kind === 'next-band' ? WS.colStartFewest : WS.colAnswer,
                        ...answers().map((a) => a.participant || WS.exUnnamed),
                      ]}
                    />
                    <tbody>
                      <For each={rowsOfDatapoints()}>
                        {(id) => (
                          <tr data-id={id}>
                            <th scope="row">{label(id)}</th>
                            <td>{itemCell(reference()!.scores, id)}</td>
                            <For each={checks()}>
                              {(c) => {
                                const differs = () => c.scores.items[ref(id).index].band !== reference()!.scores.items[ref(id).index].band;
                                return (
                                  <td classList={{ 'ws-cell-differs': differs() }}>
                                    {itemCell(c.scores, id)}
                                    <Show when={differs()}>
                                      <strong>{` · ${WS.exBandDiffers}`}</strong>
                                    </Show>
                                  </td>
                                );
                              }}
                            </For>
                          </tr>
                        )}
                      </For>
                      <For each={rowsOfAggregates()}>
                        {(agg) => (
                          <tr data-code={agg.code} class={`ws-level-${agg.level}`}>
                            <th scope="row">{aggregateLabel(agg.code)}</th>
                            <td>{aggCell(agg)}</td>
                            <For each={checks()}>
                              {(c) => {
                                const mine = () => aggOf(c.scores, agg.code);
                                const differs = () => mine().band !== agg.band;
                                return (
                                  <td classList={{ 'ws-cell-differs': differs() }}>
                                    {aggCell(mine())}
                                    <Show when={differs()}>
                                      <strong>{` · ${WS.exBandDiffers}`}</strong>
                                    </Show>
                                  </td>
                                );
                              }}
                            </For>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
