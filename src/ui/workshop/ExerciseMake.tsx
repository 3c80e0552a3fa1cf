/** The trainer's tools of the Workshop's exercises: making an exercise, and opening exercises and answers. */
import { createUniqueId, For, Show, type JSX } from 'solid-js';
import { EXERCISE_KINDS, type ExerciseKind } from '../../engine/exercises';
import { DEMO_CITIES } from '../../engine/frameworks/u4ssc/demo';
import { ItemPicker } from '../picker/ItemPicker';
import { workshopWords } from '../strings/workshop';
import { DatapointAndValue } from './DatapointAndValue';
import type { ExerciseSession } from './exercise-session';

/** Making an exercise on a demo city. */
export function ExerciseMake(props: { session: ExerciseSession }): JSX.Element {
  const ids = {
    city: createUniqueId(),
    kind: createUniqueId(),
    wrongValue: createUniqueId(),
    title: createUniqueId(),
    instructions: createUniqueId(),
    makeError: createUniqueId(),
  };
  const { city, setCity, kind, setKind, group, setGroup, wrongDp, setWrongDp, wrongText, setWrongText, title, setTitle, instructions, setInstructions } =
    props.session.making;
  const { makeError, kindGroups, make } = props.session;
  return (
    <>
      <h4>{workshopWords.exMakeTitle}</h4>
      <form
        class="ws-form"
        data-testid="exercise-make"
        onSubmit={(e) => {
          e.preventDefault();
          make();
        }}
      >
        <div class="field">
          <label for={ids.city}>{workshopWords.exCity}</label>
          <select id={ids.city} value={city()} onChange={(e) => setCity(e.currentTarget.value)}>
            <For each={DEMO_CITIES}>{(c) => <option value={c.key}>{`${c.city} ${c.year}`}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for={ids.kind}>{workshopWords.exKind}</label>
          <select id={ids.kind} value={kind()} onChange={(e) => setKind(e.currentTarget.value as ExerciseKind)}>
            <For each={EXERCISE_KINDS}>{(k) => <option value={k}>{workshopWords.exKindName[k]}</option>}</For>
          </select>
        </div>
        <Show
          when={kind() !== 'find-wrong'}
          fallback={
            <DatapointAndValue
              ids={{ value: ids.wrongValue }}
              labels={{ datapoint: workshopWords.exWrongDatapoint, value: workshopWords.exWrongValue }}
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
              label={kind() === 'next-band' ? workshopWords.exAggregate : workshopWords.exBlanksGroup}
              items={() => kindGroups().map((g) => ({ id: g.code, code: g.code === 'overall' ? g.name : g.code, name: g.name }))}
              picked={group()}
              onPick={(id) => id !== null && setGroup(id)}
              testid="exercise-group"
            />
          </div>
        </Show>
        <div class="field">
          <label for={ids.title}>{workshopWords.exTitleLabel}</label>
          <input id={ids.title} autocomplete="off" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="field ws-wide">
          <label for={ids.instructions}>{workshopWords.exInstructions}</label>
          <textarea id={ids.instructions} rows={2} value={instructions()} onInput={(e) => setInstructions(e.currentTarget.value)} />
        </div>
        <button type="submit" class="primary">
          {workshopWords.exMake}
        </button>
        <Show when={makeError()}>
          <p id={ids.makeError} class="form-error" role="alert">
            {makeError()}
          </p>
        </Show>
      </form>
    </>
  );
}

/** Opening exercises and answers from files or links. */
export function ExerciseOpen(props: { session: ExerciseSession }): JSX.Element {
  const ids = {
    files: createUniqueId(),
    links: createUniqueId(),
  };
  const { linksText, setLinksText, openFiles, openLinks } = props.session;
  return (
    <>
      <h4>{workshopWords.exOpenTitle}</h4>
      <div class="ws-form">
        <div class="field">
          <label for={ids.files}>{workshopWords.exOpenFiles}</label>
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
          <label for={ids.links}>{workshopWords.exOpenLinks}</label>
          <textarea id={ids.links} rows={2} value={linksText()} onInput={(e) => setLinksText(e.currentTarget.value)} data-testid="exercise-links" />
        </div>
        <button type="submit">{workshopWords.exOpen}</button>
      </form>
    </>
  );
}
