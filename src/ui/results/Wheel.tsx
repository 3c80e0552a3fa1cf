/**
 * The U4SSC benchmarking wheel: the city name in the centre, a ring of the three dimensions, a ring of
 * the 27 categories and an outer ring with every KPI data point, each segment coloured (and patterned)
 * by its band, grey for no score. The city's local KPIs (issue #30), when given, follow the U4SSC
 * ones as a group of their own named with their framework (unscored on the inner rings). Hover or keyboard focus shows a segment's numbers; Enter or a click
 * asks the app to explain the data point.
 *
 * The component owns the state (memos, the highlighted segment), mounting and cleanup, keyboard and
 * export; the Chart.js instance lives in wheel-chart.ts and the canvas text in wheel-draw.ts.
 */
import type { Chart } from 'chart.js';
import { createEffect, createMemo, createSignal, createUniqueId, For, on, onCleanup, onMount, Show } from 'solid-js';
import type { Framework } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import type { Scores } from '../../engine/types';
import { assessmentFileName, downloadBlob, FILE_SUFFIX } from '../interchange/files';
import { fmtPercent, prefersReducedMotion } from './format';
import { coverageByGroup } from '../../engine/coverage';
import { Headline } from '../Headline';
import { BandLegend } from './Legend';
import { resultWords } from '../strings/results';
import { createWheelChart, type WheelChart, type WheelState } from './wheel-chart';
import { RING_CATEGORIES, RING_DATAPOINTS, RING_DIMENSIONS, scoreIndex, wheelBands, wheelKey, wheelLayout, type LocalWheelGroup } from './wheel-model';
import { tooltipLines, wheelSegments } from './wheel-segments';
import './results.css';
import { TableHead } from './table-head';

export { RING_CATEGORIES, RING_DATAPOINTS, RING_DIMENSIONS };

export interface WheelProps {
  framework: Framework;
  scores: Scores;
  city: string;
  year: number;
  /** Called with a data-point id on click or Enter ("explain this number"). */
  onSelect?: (id: string) => void;
  decimal?: DecimalStyle;
  /** A fixed size in CSS pixels (not responsive), drawn at twice the resolution: for print. */
  size?: number;
  /** The visually hidden table of every segment (default true). */
  table?: boolean;
  /** The Export PNG button (default true). */
  exportButton?: boolean;
  /** The band legend under the wheel (default true). */
  legend?: boolean;
  /** The overall score with its coverage above the wheel (default true; the report shows its own). */
  headline?: boolean;
  /** Receives the Chart.js instance once created. */
  onChart?: (chart: Chart<'doughnut'>) => void;
  /** The data point being presented (index in the outer ring): marked on the wheel (the presenter view). */
  current?: number;
  /** The city's local KPIs (issue #30), drawn after the U4SSC ones as a group named with their framework. */
  local?: LocalWheelGroup | null;
  /** Called with a local KPI's data-point id on click or Enter (they have no row in the grid). */
  onSelectLocal?: (id: string) => void;
}

export function Wheel(props: WheelProps) {
  const tableId = createUniqueId();
  const helpId = createUniqueId();
  let canvas!: HTMLCanvasElement;
  let view: WheelChart | undefined;

  const layout = createMemo(() => wheelLayout(props.framework, props.local));
  const index = createMemo(() => scoreIndex(props.scores, props.local?.items));
  const bands = createMemo(() => wheelBands(layout(), index()));
  const segments = createMemo(() => wheelSegments(layout(), index(), props.decimal ?? 'point', props.local));
  /** What the chart draws; a getter, so the chart always reads the latest memos. */
  const coverage = createMemo(() => coverageByGroup(props.framework, props.scores).get('overall'));
  /** Under the city and year: the overall score, and the word "provisional" when coverage is low. */
  const centreLines = () => {
    const overall = props.scores.overall;
    return [
      String(props.year),
      ...(overall.percent === null ? [] : [fmtPercent(overall.percent, props.decimal)]),
      ...(coverage()?.provisional ? [resultWords.provisionalCentre] : []),
    ];
  };
  const state = (): WheelState => ({
    layout: layout(),
    bands: bands(),
    segments: segments(),
    centre: { title: props.city, lines: centreLines() },
    current: props.current,
  });

  const [active, setActive] = createSignal(-1);
  const announcement = () => {
    const i = active();
    const s = i >= 0 ? segments()[RING_DATAPOINTS][i] : undefined;
    return s ? resultWords.segmentAnnouncement(s.name, tooltipLines(s, RING_DATAPOINTS).join('; ')) : '';
  };

  function select(i: number) {
    const ref = layout().datapoints[i];
    if (!ref) return;
    if (props.local?.datapoints.includes(ref)) props.onSelectLocal?.(ref.id);
    else props.onSelect?.(ref.id);
  }

  function highlight(i: number) {
    setActive(i);
    view?.highlight(i);
  }

  function onKeyDown(e: KeyboardEvent) {
    const action = wheelKey(e.key, active(), layout().datapoints.length);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'select') {
      if (active() >= 0) select(active());
      return;
    }
    highlight(action.index);
  }

  onMount(() => {
    view = createWheelChart(canvas, state, {
      size: props.size,
      reducedMotion: prefersReducedMotion(),
      onSegmentClick: (i) => {
        setActive(i);
        select(i);
      },
    });
    props.onChart?.(view.chart);
  });

  // The presented data point moves: the marker is drawn again.
  createEffect(
    on(
      () => props.current,
      () => view?.chart.draw(),
      { defer: true },
    ),
  );
  // Later score, framework, city or year changes update the same chart in place.
  createEffect(
    on(
      () => [props.scores, props.framework, props.city, props.year, props.decimal, props.local] as const,
      () => {
        if (!view) return;
        view.update();
        if (active() >= layout().datapoints.length) setActive(-1);
        if (active() >= 0) view.highlight(active());
      },
      { defer: true },
    ),
  );

  onCleanup(() => {
    view?.destroy();
    view = undefined;
  });

  async function exportPng() {
    if (!view) return;
    // Without the keyboard/hover highlight and tooltip.
    const keep = active();
    view.highlight(-1);
    const png = view.toPng();
    if (keep >= 0) view.highlight(keep);
    const blob = await png;
    if (blob) downloadBlob(blob, assessmentFileName({ city: props.city, year: props.year }, FILE_SUFFIX.wheelPng));
  }

  return (
    <figure class="r-wheel" classList={{ 'r-wheel-fixed': props.size !== undefined }}>
      <Show when={props.headline !== false}>
        <figcaption>
          <Headline agg={props.scores.overall} coverage={coverage()} decimal={props.decimal} label={resultWords.overall} testid="wheel-headline" />
        </figcaption>
      </Show>
      <div
        class="r-wheel-canvas"
        tabIndex={0}
        role="group"
        aria-label={resultWords.wheelTitle}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onBlur={() => highlight(-1)}
        style={props.size !== undefined ? { width: `${props.size}px`, height: `${props.size}px` } : undefined}
      >
        <canvas
          ref={canvas}
          role="img"
          aria-label={resultWords.wheelLabel(props.city, props.year)}
          aria-describedby={props.table === false ? undefined : tableId}
        />
      </div>
      <p id={helpId} class="r-help r-no-print">
        {resultWords.wheelHelp}
      </p>
      <p class="r-visually-hidden" aria-live="polite" data-testid="wheel-live">
        {announcement()}
      </p>
      <Show when={props.legend !== false}>
        <BandLegend />
      </Show>
      <Show when={props.exportButton !== false}>
        <div class="r-actions r-no-print">
          <button type="button" onClick={exportPng}>
            {resultWords.exportPng}
          </button>
        </div>
      </Show>
      <Show when={props.table !== false}>
        {/* A table ignores a 1px width, so the wrapper does the hiding. */}
        <div class="r-visually-hidden">
          <table id={tableId} role="table">
            <caption>{resultWords.wheelTableCaption(props.city, props.year)}</caption>
            <TableHead
              columns={[
                resultWords.colRing,
                resultWords.colCode,
                resultWords.colName,
                resultWords.colValue,
                resultWords.colTarget,
                resultWords.colPoints,
                resultWords.colBand,
                resultWords.colStatus,
              ]}
            />
            <tbody>
              <For each={[...segments()[RING_DIMENSIONS], ...segments()[RING_CATEGORIES], ...segments()[RING_DATAPOINTS]]}>
                {(s) => (
                  <tr>
                    <td>{s.ring}</td>
                    <td>{s.code}</td>
                    <th scope="row">{s.name}</th>
                    <td>{s.value}</td>
                    <td>{s.target}</td>
                    <td>{s.points}</td>
                    <td>{s.band}</td>
                    <td>{s.status}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </figure>
  );
}

export default Wheel;
