/**
 * A first run that guides: where the next step is (focus lands there when an assessment opens) and a
 * short checklist, profile → data → review → report, that says in words where the user stands.
 */
import { createMemo, Index, Show, untrack, type JSX } from 'solid-js';
import { completion, hasInput, type AssessmentDoc } from '../engine/assessment';
import { coverageByGroup } from '../engine/coverage';
import type { Framework } from '../engine/framework';
import type { Scores } from '../engine/types';
import { shellWords } from './strings';
import './screen.css';
import type { View } from './views';

export type StepKey = 'profile' | 'data' | 'review' | 'report';
export type StepState = 'done' | 'current' | 'todo';

export interface Progress {
  profile: { filled: number; total: number; firstEmpty: string | null };
  data: { done: number; expected: number; provisional: boolean };
  review: { errors: number; warnings: number };
  steps: { key: StepKey; state: StepState }[];
}

/** Where the assessment stands. Pure: tested without a browser. */
export function progressOf(fw: Framework, doc: AssessmentDoc, scores: Scores | null): Progress {
  const fields = fw.data.profile;
  const isNumber = (id: string) => typeof doc.profile[id] === 'number';
  const filled = fields.filter((f) => isNumber(f.id)).length;
  const firstEmpty = fields.find((f) => !isNumber(f.id))?.id ?? null;
  const c = completion(doc, fw);
  const overall = scores ? coverageByGroup(fw, scores).get('overall') : undefined;
  let errors = 0;
  let warnings = 0;
  for (const item of scores?.items ?? []) {
    // A warning that only asks for an input not entered yet is the data step's business, not review's.
    if (item.flags.some((f) => f.level === 'error')) errors++;
    else if (item.state !== 'not-reported' && item.flags.some((f) => f.level === 'warning')) warnings++;
  }
  const done: Record<StepKey, boolean> = {
    profile: filled === fields.length,
    data: c.reported > 0 && overall !== undefined && !overall.provisional,
    review: errors === 0 && c.reported > 0,
    report: false,
  };
  const order: StepKey[] = ['profile', 'data', 'review', 'report'];
  const current = order.find((k) => !done[k]) ?? 'report';
  return {
    profile: { filled, total: fields.length, firstEmpty },
    data: { done: c.reported, expected: c.expected, provisional: overall?.provisional ?? true },
    review: { errors, warnings },
    steps: order.map((key) => ({ key, state: key === current ? 'current' : done[key] ? 'done' : 'todo' })),
  };
}

/** The first data point still to enter: where the grid step starts. */
export function firstOpenDatapoint(fw: Framework, doc: AssessmentDoc): { id: string; column: 'numerator' | 'value' } {
  const ref =
    fw.datapoints.find((r) => {
      const e = doc.values[r.id];
      return !e || (e.status !== 'not-applicable' && e.status !== 'not-reported' && !hasInput(e));
    }) ?? fw.datapoints[0];
  return { id: ref.id, column: ref.def.formula.kind === 'ratio' ? 'numerator' : 'value' };
}

export type FocusCell = (id: string, column: 'numerator' | 'value') => void;

/** Focuses the first empty field of the city profile; false when every field is filled. */
function focusProfile(fw: Framework, doc: AssessmentDoc): boolean {
  const empty = fw.data.profile.find((f) => typeof doc.profile[f.id] !== 'number') ?? fw.data.profile[0];
  const field = empty && document.getElementById(`profile-${empty.id}`);
  if (!field) return false;
  field.focus();
  return true;
}

/**
 * Focus where the next step is: the first empty profile field, or else the first open row of the grid.
 * Only when focus is nowhere (the button that opened the assessment is gone): never taken from where
 * the user has put it.
 */
export function focusNextStep(fw: Framework, doc: AssessmentDoc, focusCell: FocusCell): void {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  if (fw.data.profile.some((f) => typeof doc.profile[f.id] !== 'number') && focusProfile(fw, doc)) return;
  const next = firstOpenDatapoint(fw, doc);
  focusCell(next.id, next.column);
}

export function FirstSteps(props: {
  fw: Framework;
  doc: AssessmentDoc;
  scores: Scores | null;
  /** Shows a view of the open assessment. */
  onView: (view: Extract<View, 'grid' | 'report'>) => void;
  focusCell: FocusCell;
}): JSX.Element {
  const toGrid = (then: () => void) => {
    props.onView('grid');
    // The grid view is shown (and measured) first.
    queueMicrotask(then);
  };
  const progress = createMemo(() => progressOf(props.fw, props.doc, props.scores));
  // Open while the profile or most of the data is still to do; an assessment past that opens with the
  // list folded to its one-line summary, so the grid starts higher on the screen. Decided once, from the
  // document (the scores may not be there yet): it never folds under a typing user, and a user's own
  // toggle is kept.
  const startOpen = untrack(() => {
    const p = progressOf(props.fw, props.doc, null);
    return p.profile.filled < p.profile.total || p.data.done * 2 < p.data.expected;
  });
  const doneCount = () => progress().steps.filter((s) => s.state === 'done').length;
  const detail = (key: StepKey): string => {
    const p = progress();
    switch (key) {
      case 'profile':
        return shellWords.stepProfileDetail(p.profile.filled, p.profile.total);
      case 'data':
        return shellWords.stepDataDetail(p.data.done, p.data.expected, p.data.provisional);
      case 'review':
        return shellWords.stepReviewDetail(p.review.errors, p.review.warnings);
      case 'report':
        return shellWords.stepReportDetail;
    }
  };
  const action = (key: StepKey): { label: string; run: () => void } => {
    switch (key) {
      case 'profile':
        return { label: shellWords.stepProfileAction, run: () => toGrid(() => focusProfile(props.fw, props.doc)) };
      case 'data':
      case 'review':
        return {
          label: shellWords.stepGridAction,
          run: () =>
            toGrid(() => {
              const next = firstOpenDatapoint(props.fw, props.doc);
              props.focusCell(next.id, next.column);
            }),
        };
      case 'report':
        return { label: shellWords.stepReportAction, run: () => props.onView('report') };
    }
  };
  return (
    <details class="first-steps" open={startOpen} data-testid="first-steps">
      <summary>
        <span class="first-steps-title">{shellWords.stepsTitle}</span>{' '}
        <span class="first-steps-count">{shellWords.stepsCount(doneCount(), progress().steps.length)}</span>
      </summary>
      <ol class="first-steps-list">
        {/* Index, not For: the steps are made anew on every edit, and the four list items are kept and updated in place. */}
        <Index each={progress().steps}>
          {(step, i) => (
            <li
              class={`step step-${step().state}`}
              data-step={step().key}
              data-state={step().state}
              aria-current={step().state === 'current' ? 'step' : undefined}
            >
              <span class="step-marker" aria-hidden="true">
                {step().state === 'done' ? '✓' : String(i + 1)}
              </span>
              <span class="step-text">
                <strong>{shellWords.stepName[step().key]}</strong> <span class="step-state">({shellWords.stepState[step().state]})</span>
                <br />
                <span class="step-detail">{detail(step().key)}</span>
              </span>
              <Show when={step().state === 'current'}>
                <button type="button" class="primary step-action" onClick={() => action(step().key).run()}>
                  {action(step().key).label}
                </button>
              </Show>
            </li>
          )}
        </Index>
      </ol>
    </details>
  );
}
