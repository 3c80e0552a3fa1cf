import { createMemo, createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import { versionNumberOf } from '../../engine/versions';
import { VersionLine } from '../version-line';
import type { AssessmentDoc } from '../../engine/assessment';
import { compareInputs } from '../../engine/compare';
import { score } from '../../engine/evaluator';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { assessmentName, differenceLabel, differenceSide, mergeAssessments, mergeConflicts, percentText } from './model';
import { interchangeWords } from '../strings/interchange';
import { reviewWords } from '../strings/review';
import { dpCode } from '../grid/columns';
import './interchange.css';
import { groupName } from '../strings/kpi-names';

export interface CompareViewProps {
  a: AssessmentDoc;
  b: AssessmentDoc;
  /** The merged assessment (new id, city and year from A): the caller stores and opens it. */
  onMerged: (doc: AssessmentDoc) => void;
}

/**
 * Every difference between two assessments (profile, values field by field with provenance, targets),
 * A and B side by side, a choice per row (A by default), both scores, and a merge into a new assessment.
 */
export function CompareView(props: CompareViewProps): JSX.Element {
  const uid = createUniqueId();
  const diffs = createMemo(() => compareInputs(u4ssc, props.a, props.b));
  const [takeB, setTakeB] = createSignal<ReadonlySet<string>>(new Set());
  const scoresA = createMemo(() => score(u4ssc, referenceTargets, props.a));
  const scoresB = createMemo(() => score(u4ssc, referenceTargets, props.b));
  // Two copies of one assessment have one name: the version tells them apart (#24).
  const nameA = () => `${assessmentName(props.a)} (${reviewWords.versionLabel(versionNumberOf(props.a))})`;
  const nameB = () => `${assessmentName(props.b)} (${reviewWords.versionLabel(versionNumberOf(props.b))})`;

  const choose = (key: string, side: 'A' | 'B') => {
    const next = new Set(takeB());
    if (side === 'B') next.add(key);
    else next.delete(key);
    setTakeB(next);
  };

  const levels = createMemo(() => {
    const a = scoresA();
    const b = scoresB();
    return [
      { code: 'overall', name: interchangeWords.overall, a: a.overall.percent, b: b.overall.percent },
      ...a.dimensions.map((d, i) => ({ code: d.code, name: groupName(d), a: d.percent, b: b.dimensions[i]?.percent ?? null })),
    ];
  });

  const merge = () => props.onMerged(mergeAssessments(u4ssc, props.a, props.b, takeB()));
  /** Review steps the merge drops with the current choices (a verification of a value not kept). */
  const conflicts = createMemo(() => mergeConflicts(u4ssc, props.a, props.b, takeB()));
  const label = (id: string) => {
    const ref = u4ssc.byId.get(id);
    return ref ? dpCode(ref) : id;
  };

  return (
    <section class="ix-compare" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{interchangeWords.compareTitle(nameA(), nameB())}</h2>
      <ul class="ix-sides" data-testid="compare-sides">
        <li>
          {interchangeWords.sideLabel('A', nameA())}: <VersionLine doc={props.a} />
        </li>
        <li>
          {interchangeWords.sideLabel('B', nameB())}: <VersionLine doc={props.b} />
        </li>
      </ul>

      <section class="panel" aria-labelledby={`${uid}-scores`}>
        <h3 id={`${uid}-scores`}>{interchangeWords.scoresTitle}</h3>
        <table class="summary-table ix-scores">
          <thead>
            <tr>
              <th scope="col">{interchangeWords.scoresCols.level}</th>
              <th scope="col" class="num">
                {interchangeWords.sideLabel('A', nameA())}
              </th>
              <th scope="col" class="num">
                {interchangeWords.sideLabel('B', nameB())}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={levels()}>
              {(l) => (
                <tr data-code={l.code} classList={{ 'agg-overall': l.code === 'overall' }}>
                  <th scope="row">{l.name}</th>
                  <td class="num ix-score-a">{percentText(l.a)}</td>
                  <td class="num ix-score-b">{percentText(l.b)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>

      <Show when={diffs().length > 0} fallback={<p class="notice">{interchangeWords.compareNone}</p>}>
        <p>{interchangeWords.compareCount(diffs().length)}</p>
        <div class="ix-buttons">
          <button type="button" onClick={() => setTakeB(new Set<string>())}>
            {interchangeWords.allA}
          </button>
          <button type="button" onClick={() => setTakeB(new Set(diffs().map((d) => d.key)))}>
            {interchangeWords.allB}
          </button>
        </div>
        <div class="ix-scroll ix-diff-scroll">
          <table class="summary-table ix-diff">
            <thead>
              <tr>
                <th scope="col">{interchangeWords.compareCols.item}</th>
                <th scope="col">{interchangeWords.compareCols.kind}</th>
                <th scope="col">{interchangeWords.sideLabel('A', nameA())}</th>
                <th scope="col">{interchangeWords.sideLabel('B', nameB())}</th>
                <th scope="col">{interchangeWords.compareCols.keep}</th>
              </tr>
            </thead>
            <tbody>
              <For each={diffs()}>
                {(d) => {
                  const isB = () => takeB().has(d.key);
                  return (
                    <tr data-key={d.key} classList={{ 'ix-take-b': isB() }}>
                      <th scope="row">{differenceLabel(d)}</th>
                      <td>{interchangeWords.kindLabel[d.kind]}</td>
                      <td class="ix-side" classList={{ 'ix-chosen': !isB() }}>
                        <For each={differenceSide(d, 'a')}>{(line) => <div>{line}</div>}</For>
                      </td>
                      <td class="ix-side" classList={{ 'ix-chosen': isB() }}>
                        <For each={differenceSide(d, 'b')}>{(line) => <div>{line}</div>}</For>
                      </td>
                      <td>
                        <fieldset class="ix-keep">
                          <legend class="visually-hidden">{differenceLabel(d)}</legend>
                          <label>
                            <input
                              type="radio"
                              name={`${uid}-${d.key}`}
                              checked={!isB()}
                              aria-label={interchangeWords.keepLabel('A', differenceLabel(d))}
                              onChange={() => choose(d.key, 'A')}
                            />
                            {interchangeWords.keepA}
                          </label>
                          <label>
                            <input
                              type="radio"
                              name={`${uid}-${d.key}`}
                              checked={isB()}
                              aria-label={interchangeWords.keepLabel('B', differenceLabel(d))}
                              onChange={() => choose(d.key, 'B')}
                            />
                            {interchangeWords.keepB}
                          </label>
                        </fieldset>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <p class="hint">{reviewWords.mergeRules}</p>
      <Show when={conflicts().length > 0}>
        <ul class="notice notice-warning" data-testid="merge-conflicts">
          <For each={conflicts()}>{(c) => <li>{reviewWords.conflict(c, label)}</li>}</For>
        </ul>
      </Show>
      <p class="hint" role="status" aria-live="polite">
        {interchangeWords.mergeSummary(takeB().size)}
      </p>
      <button type="button" class="primary" onClick={merge}>
        {interchangeWords.merge}
      </button>
    </section>
  );
}
