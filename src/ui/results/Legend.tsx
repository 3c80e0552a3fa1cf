import { For, onMount } from 'solid-js';
import type { Band } from '../../engine/types';
import { BANDS, bandName, bandPattern } from './palette';
import { resultWords } from '../strings/results';
import './results.css';

/** A small canvas showing a band's colour and pattern; decorative (the label is text next to it). */
export function Swatch(props: { band: Band | null; size?: number }) {
  let canvas!: HTMLCanvasElement;
  const size = () => props.size ?? 16;
  onMount(() => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const pattern = bandPattern(ctx, props.band);
    if (pattern) ctx.fillStyle = pattern;
    ctx.fillRect(0, 0, size(), size());
    ctx.strokeStyle = 'rgba(27,35,51,0.5)';
    ctx.strokeRect(0.5, 0.5, size() - 1, size() - 1);
  });
  return <canvas ref={canvas} class="r-swatch" width={size()} height={size()} aria-hidden="true" data-band={props.band ?? 'none'} />;
}

/** Band legend: swatch and label for each band and for "no score". */
export function BandLegend(props: { class?: string }) {
  return (
    <div class={`r-legend ${props.class ?? ''}`}>
      <span class="r-legend-title">{resultWords.legendTitle}</span>
      <ul>
        <For each={[...BANDS, null] as (Band | null)[]}>
          {(band) => (
            <li>
              <Swatch band={band} />
              <span>{bandName(band)}</span>
              {band === null && <span class="r-muted"> ({resultWords.noScoreHint})</span>}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
