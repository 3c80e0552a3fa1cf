import { Show, type JSX } from 'solid-js';
import { BAND_LABELS } from '../engine/bands';
import type { Coverage } from '../engine/coverage';
import type { DecimalStyle } from '../engine/parse';
import type { AggregateResult } from '../engine/types';
import { formatPercent } from './format';
import { shellWords } from './strings';
import './screen.css';

/**
 * A headline score with its coverage: "Overall 56.3 % · 33–66 % · based on 40 of 112 data points", and
 * the word "Provisional" with its reason when too few data points are scored (src/engine/coverage.ts).
 * Used by the summary panel, the wheel, the charts and the report.
 */
export function Headline(props: {
  agg: AggregateResult;
  coverage: Coverage | undefined;
  decimal?: DecimalStyle;
  label?: string;
  class?: string;
  testid?: string;
}): JSX.Element {
  const provisional = () => props.coverage?.provisional === true;
  return (
    <p
      class={`headline ${props.class ?? ''}`}
      classList={{ 'headline-provisional': provisional() }}
      data-testid={props.testid ?? 'headline'}
      data-provisional={provisional() ? 'true' : 'false'}
    >
      <span class="headline-score">
        {props.label ?? shellWords.headlineOverall}:{' '}
        <strong>{props.agg.percent === null ? shellWords.notScored : formatPercent(props.agg.percent, props.decimal)}</strong>
        <Show when={props.agg.band}>{(b) => <>{` · ${BAND_LABELS[b()]}`}</>}</Show>
      </span>{' '}
      <span class="headline-coverage">· {shellWords.basedOn(props.agg.benchmarked, props.agg.expected)}</span>
      <Show when={provisional()}>
        {' '}
        <span class="provisional-mark">
          <strong>{shellWords.provisional}</strong>: {shellWords.provisionalWhy(props.coverage!.scored, props.coverage!.benchmarkable)}
        </span>
      </Show>
    </p>
  );
}

/** The word "provisional" next to a score in a table, or nothing. */
export function ProvisionalTag(props: { coverage: Coverage | undefined }): JSX.Element {
  return (
    <Show when={props.coverage?.provisional}>
      {' '}
      <span class="provisional-tag" title={shellWords.provisionalRule}>
        {shellWords.provisionalShort}
      </span>
    </Show>
  );
}
