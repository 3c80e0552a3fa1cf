/** The exercise open in the Workshop and a participant's answer to it: checked, downloaded or linked. */
import { createUniqueId, For, Show, type Accessor, type JSX } from 'solid-js';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import type { Exercise } from '../../engine/exercises';
import { downloadBlob, sanitiseFileName } from '../interchange/files';
import { datapointName } from '../results/format';
import { ItemPicker } from '../picker/ItemPicker';
import { pickItems } from '../picker/items';
import { workshopWords } from '../strings/workshop';
import { DatapointAndValue } from './DatapointAndValue';
import { cityLabel, fileName, label, link, ref, type ExerciseSession } from './exercise-session';

export function ExerciseAnswer(props: { session: ExerciseSession; exercise: Accessor<Exercise>; student?: boolean }): JSX.Element {
  const ids = {
    exLink: createUniqueId(),
    participant: createUniqueId(),
    correction: createUniqueId(),
    changeValue: createUniqueId(),
    answerError: createUniqueId(),
    answerLink: createUniqueId(),
  };
  const ex = props.exercise;
  const {
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
  } = props.session.answering;
  const { exerciseLink, setExerciseLink, answerError, changes, setChanges, ownCheck, answerLink, setAnswerLink } = props.session;
  const { given, addChange, check, answerNow, fmtValue, feedback } = props.session;
  return (
    <>
      <h4>{workshopWords.exCurrent(ex().title)}</h4>
      <p class="ws-instructions">{ex().instructions}</p>
      <p class="hint">{`${cityLabel(ex().city)} · ${workshopWords.exKindName[ex().task.kind]}`}</p>
      <Show when={!props.student}>
        <div class="ws-actions">
          <button
            type="button"
            onClick={() => downloadBlob(new Blob([JSON.stringify(ex(), null, 2)], { type: 'application/json' }), fileName(ex(), '.exercise.json'))}
          >
            {workshopWords.exDownload}
          </button>
          <button type="button" onClick={() => void link(ex()).then(setExerciseLink)}>
            {workshopWords.exMakeLink}
          </button>
        </div>
        <Show when={exerciseLink()}>
          <div class="field ws-wide">
            <label for={ids.exLink}>{workshopWords.exLinkLabel}</label>
            <textarea id={ids.exLink} readonly rows={2} value={exerciseLink()} data-testid="exercise-link" onFocus={(e) => e.currentTarget.select()} />
          </div>
        </Show>
      </Show>

      <h4>{workshopWords.exDoTitle}</h4>
      <form class="ws-form" data-testid="exercise-answer" onSubmit={check}>
        <div class="field">
          <label for={ids.participant}>{workshopWords.exParticipant}</label>
          <input id={ids.participant} autocomplete="off" value={participant()} onInput={(e) => setParticipant(e.currentTarget.value)} />
        </div>
        <Show when={ex().task.kind === 'fill-blanks' && ex().task}>
          {(task) => (
            <For each={(task() as { blanks: string[] }).blanks}>
              {(id) => {
                const inputId = createUniqueId();
                return (
                  <div class="field">
                    <label for={inputId}>{workshopWords.exBlankValue(label(id))}</label>
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
              label={workshopWords.exNamed}
              items={() => pickItems(u4ssc, 'datapoint')}
              picked={named() || null}
              onPick={(id) => setNamed(id ?? '')}
              testid="exercise-named"
            />
          </div>
          <div class="field">
            <label for={ids.correction}>{workshopWords.exCorrection}</label>
            <input id={ids.correction} inputmode="decimal" autocomplete="off" value={correction()} onInput={(e) => setCorrection(e.currentTarget.value)} />
          </div>
        </Show>
        <Show when={ex().task.kind === 'next-band'}>
          <DatapointAndValue
            ids={{ value: ids.changeValue }}
            labels={{ datapoint: workshopWords.exChangeDatapoint, value: workshopWords.exChangeValue }}
            datapoint={changeDp()}
            onDatapoint={setChangeDp}
            value={changeText()}
            onValue={setChangeText}
          />
          <button type="button" onClick={addChange}>
            {workshopWords.exAddChange}
          </button>
        </Show>
        <button type="submit" class="primary">
          {workshopWords.exCheck}
        </button>
        <Show when={answerError()}>
          <p id={ids.answerError} class="form-error" role="alert">
            {answerError()}
          </p>
        </Show>
      </form>
      <Show when={ex().task.kind === 'next-band'}>
        <Show when={changes().length > 0} fallback={<p class="hint">{workshopWords.exNoChanges}</p>}>
          <ul class="ws-changes" data-testid="exercise-changes">
            <For each={changes()}>
              {(c) => (
                <li>
                  {workshopWords.exChangeLine(label(c.id), fmtValue(c.id, c.value))}{' '}
                  <button
                    type="button"
                    class="link"
                    aria-label={workshopWords.exRemoveChange(datapointName(ref(c.id)))}
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
                <span aria-hidden="true">{workshopWords.verdictMark[c().verdict]}</span> {workshopWords.verdictName[c().verdict]}
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
          {workshopWords.exDownloadAnswer}
        </button>
        <button
          type="button"
          onClick={() => {
            const a = answerNow();
            if (a) void link(a).then(setAnswerLink);
          }}
        >
          {workshopWords.exMakeAnswerLink}
        </button>
      </div>
      <Show when={answerLink()}>
        <div class="field ws-wide">
          <label for={ids.answerLink}>{workshopWords.exAnswerLink}</label>
          <textarea id={ids.answerLink} readonly rows={2} value={answerLink()} data-testid="answer-link" onFocus={(e) => e.currentTarget.select()} />
        </div>
      </Show>
    </>
  );
}
