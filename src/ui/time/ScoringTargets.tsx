import { createUniqueId, Show, type JSX } from 'solid-js';
import type { Explanation } from '../../engine/explain';
import { scoringTargetsCount } from '../../engine/scoring-targets';
import type { Scores, ScoringTargets } from '../../engine/types';
import { timeWords } from '../strings/time';

/** The sentence saying which target set scored an assessment: "Scored against own targets where set: 14 of 112 data points". */
export function scoringTargetsText(choice: ScoringTargets, scores: Pick<Scores, 'items'>): string {
  if (choice === 'reference') return timeWords.scoring.inForceReference;
  const { own, total } = scoringTargetsCount(scores);
  return timeWords.scoring.inForceOwn(own, total);
}

/**
 * The per-assessment choice of the target set that scores it (the reference targets, or the city's own
 * where set), with the sentence saying how many data points the choice scored against own targets.
 * Choosing sends one `scoring-targets` edit; a frozen assessment shows the choice read-only.
 */
export function ScoringTargetsChoice(props: {
  choice: ScoringTargets;
  scores: Scores | null;
  readOnly: boolean;
  onChoose: (choice: ScoringTargets) => void;
}): JSX.Element {
  const uid = createUniqueId();
  const option = (value: ScoringTargets, label: string) => (
    <label>
      <input
        type="radio"
        name={`${uid}-scoring-targets`}
        value={value}
        checked={props.choice === value}
        disabled={props.readOnly}
        onChange={() => props.onChoose(value)}
      />
      {label}
    </label>
  );
  return (
    <section class="panel scoring-targets" aria-labelledby={`${uid}-title`} data-testid="scoring-targets">
      <fieldset class="method" aria-describedby={`${uid}-hint`}>
        <legend id={`${uid}-title`}>{timeWords.scoring.title}</legend>
        {option('reference', timeWords.scoring.reference)}
        {option('own', timeWords.scoring.own)}
      </fieldset>
      <p class="hint" id={`${uid}-hint`}>
        {timeWords.scoring.hint}
      </p>
      <Show when={props.scores}>
        {(s) => (
          <p role="status" data-testid="scoring-targets-in-force">
            {scoringTargetsText(props.choice, s())}
          </p>
        )}
      </Show>
    </section>
  );
}

/** "Explain this number": which target scored it (the city's own, or the reference target and why). */
export function scoringTargetLine(x: Pick<Explanation, 'target' | 'scoringTargets'>): string {
  if (x.target.origin === 'own') return timeWords.scoring.explainOwn(x.target.deadline ?? null);
  if (x.scoringTargets.choice === 'own') return timeWords.scoring.explainOwnNone;
  return x.scoringTargets.hasOwn ? timeWords.scoring.explainReferenceHasOwn : timeWords.scoring.explainReference;
}
