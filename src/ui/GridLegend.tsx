/**
 * The legend of the grid's cell markings: every look a cell can take, with a sample and its meaning in
 * words. Closed by default under the grid's help text; one click (or Enter) opens it.
 */
import { For, type JSX } from 'solid-js';
import { BAND_LABELS } from '../engine/bands';
import type { Band } from '../engine/types';
import { shellWords } from './strings';
import { OWN_TARGET_MARK, timeWords } from './strings/time';
import './screen.css';

const KINDS = ['advanced', 'profile', 'unused', 'computed', 'override', 'error', 'warning', 'reminder', 'review'] as const;
const BANDS: Band[] = [1, 2, 3, 4];

export function GridLegend(props: { open?: boolean }): JSX.Element {
  return (
    <details class="grid-legend" open={props.open} data-testid="grid-legend">
      <summary>{shellWords.legendTitle}</summary>
      <ul class="grid-legend-list">
        <For each={KINDS}>
          {(kind) => (
            <li data-kind={kind}>
              <span class={`legend-sample sample-${kind}`} aria-hidden="true">
                {shellWords.legendItems[kind][0]}
              </span>
              <span>{shellWords.legendItems[kind][1]}</span>
            </li>
          )}
        </For>
        <li data-kind="own">
          <span class="legend-sample sample-own" aria-hidden="true">
            50
          </span>
          <span>
            {OWN_TARGET_MARK}: {timeWords.scoring.legendOwn}
          </span>
        </li>
      </ul>
      <p class="grid-legend-bands">{shellWords.legendBands}</p>
      <ul class="grid-legend-list">
        <For each={BANDS}>
          {(band) => (
            <li data-kind={`band-${band}`}>
              <span class={`legend-sample sample-band band-${band}`} aria-hidden="true">
                {band}
              </span>
              <span>{shellWords.legendBand(band, BAND_LABELS[band])}</span>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
