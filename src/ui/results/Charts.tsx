/**
 * Result charts: sub-dimension radar (with an optional comparison), achievement bars per data point of a
 * dimension (worst first, target line at 100 %), and coverage per category. Each chart updates in place,
 * has a visible title, a canvas with role="img" and a summary, and a real data table.
 */
import type { Chart, ChartConfiguration, Plugin, TooltipItem } from 'chart.js';
import { createEffect, createMemo, createSignal, createUniqueId, For, on, onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { DatapointRef, Framework } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import type { ItemResult, Scores } from '../../engine/types';
import { patternOverlay, registerCharts } from './chart-setup';
import {
  aggBandText,
  datapointCode,
  datapointName,
  fmtNumber,
  fmtPercent,
  fmtPoints,
  fmtQuantity,
  fmtTarget,
  itemBandText,
  prefersReducedMotion,
} from './format';
import { displayPercent } from '../format';
import { coverageByGroup } from '../../engine/coverage';
import { ProvisionalTag } from '../Headline';
import { Swatch } from './Legend';
import { bandColor } from './palette';
import { resultWords } from '../strings/results';
import './results.css';
import { numeric, TableHead } from './table-head';
import { catalogueName, groupName } from '../strings/kpi-names';

export interface Comparison {
  label: string;
  scores: Scores;
}

const INK = '#1b2333';
const THIS_COLOR = '#1f4fbf';
const COMPARE_COLOR = '#b35806';

/** Creates the chart on mount, destroys it on cleanup, and runs `update` when `deps` change. */
function useChart<T extends 'radar' | 'bar'>(
  canvas: () => HTMLCanvasElement,
  config: () => ChartConfiguration<T>,
  deps: () => unknown,
  update: (chart: Chart<T>) => void,
  onChart?: (chart: Chart<T>) => void,
) {
  const ChartCtor = registerCharts();
  let chart: Chart<T> | undefined;
  onMount(() => {
    chart = new ChartCtor(canvas(), config()) as unknown as Chart<T>;
    onChart?.(chart);
  });
  createEffect(
    on(
      deps,
      () => {
        if (!chart) return;
        update(chart);
        chart.update('none');
      },
      { defer: true },
    ),
  );
  onCleanup(() => {
    chart?.destroy();
    chart = undefined;
  });
}

function ChartFrame(props: {
  title: string;
  titleId: string;
  tableId: string;
  height: number;
  controls?: JSX.Element;
  note?: JSX.Element;
  canvas: JSX.Element;
  table: JSX.Element;
  testid: string;
}) {
  return (
    <figure class="r-chart" data-testid={props.testid} aria-labelledby={props.titleId}>
      <h3 id={props.titleId}>{props.title}</h3>
      {props.controls}
      <div class="r-chart-box" style={{ height: `${props.height}px` }}>
        {props.canvas}
      </div>
      {props.note}
      <details>
        <summary>{resultWords.showDataTable}</summary>
        <div id={props.tableId}>{props.table}</div>
      </details>
    </figure>
  );
}

// ---------------------------------------------------------------------------------------------------
// (a) Radar of sub-dimension scores

export interface RadarProps {
  framework: Framework;
  scores: Scores;
  compare?: Comparison;
  decimal?: DecimalStyle;
  onChart?: (chart: Chart<'radar'>) => void;
}

export function SubdimensionRadar(props: RadarProps) {
  let canvas!: HTMLCanvasElement;
  const titleId = createUniqueId();
  const tableId = createUniqueId();
  const rows = createMemo(() => {
    const mine = new Map(props.scores.subdimensions.map((a) => [a.code, a]));
    const theirs = new Map((props.compare?.scores.subdimensions ?? []).map((a) => [a.code, a]));
    return props.framework.groups.subdimensions.map((g) => ({ group: g, mine: mine.get(g.code), theirs: theirs.get(g.code) }));
  });
  const coverage = createMemo(() => coverageByGroup(props.framework, props.scores));
  /** A sub-dimension's name on the chart, with "(provisional)" written out where coverage is low. */
  const label = (code: string, name: string) => (coverage().get(code)?.provisional ? resultWords.provisionalLabel(name) : name);
  const provisionalNames = () =>
    rows()
      .filter((r) => coverage().get(r.group.code)?.provisional)
      .map((r) => groupName(r.group));
  const labels = () => rows().map((r) => label(r.group.code, groupName(r.group)));
  const percentOf = (a: { percent: number | null } | undefined) => (a?.percent === null || a?.percent === undefined ? null : displayPercent(a.percent));
  const summary = () =>
    rows()
      .map((r) => `${label(r.group.code, groupName(r.group))} ${fmtPercent(r.mine?.percent, props.decimal)}`)
      .join(', ');

  const datasets = () => {
    const out: ChartConfiguration<'radar'>['data']['datasets'] = [
      {
        label: resultWords.radarThis,
        data: rows().map((r) => percentOf(r.mine)),
        borderColor: THIS_COLOR,
        backgroundColor: 'rgba(31,79,191,0.15)',
        pointBackgroundColor: THIS_COLOR,
        pointStyle: 'circle',
        pointRadius: 4,
        fill: true,
        spanGaps: true,
      },
    ];
    if (props.compare) {
      out.push({
        label: props.compare.label,
        data: rows().map((r) => percentOf(r.theirs)),
        borderColor: COMPARE_COLOR,
        backgroundColor: 'rgba(179,88,6,0.08)',
        borderDash: [6, 4],
        pointBackgroundColor: COMPARE_COLOR,
        pointStyle: 'rectRot',
        pointRadius: 5,
        fill: true,
        spanGaps: true,
      });
    }
    return out;
  };

  useChart<'radar'>(
    () => canvas,
    () => ({
      type: 'radar',
      data: { labels: labels(), datasets: datasets() },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 300 },
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 25, callback: (v) => resultWords.percent(fmtNumber(Number(v), props.decimal)), backdropColor: 'rgba(255,255,255,0.8)' },
            pointLabels: { font: { size: 12 }, color: INK },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, color: INK } },
          tooltip: {
            callbacks: {
              label: (it: TooltipItem<'radar'>) => `${it.dataset.label}: ${fmtPercent(it.raw as number | null, props.decimal)}`,
            },
          },
        },
      },
    }),
    () => [props.scores, props.compare, props.framework, props.decimal],
    (chart) => {
      const next = datasets();
      chart.data.labels = labels();
      // Keep the dataset objects (and their elements) where they exist; add or drop the comparison.
      next.forEach((ds, i) => {
        if (chart.data.datasets[i]) Object.assign(chart.data.datasets[i], ds);
        else chart.data.datasets.push(ds);
      });
      chart.data.datasets.length = next.length;
    },
    props.onChart,
  );

  return (
    <ChartFrame
      testid="chart-radar"
      title={resultWords.radarTitle}
      titleId={titleId}
      tableId={tableId}
      height={380}
      canvas={<canvas ref={canvas} role="img" aria-label={resultWords.radarLabel(summary())} aria-describedby={tableId} />}
      note={
        <Show when={provisionalNames().length > 0}>
          <p class="r-help" data-testid="radar-provisional">
            {resultWords.radarProvisional(provisionalNames())}
          </p>
        </Show>
      }
      table={
        <table class="r-table" role="table">
          <caption>{resultWords.radarCaption}</caption>
          <TableHead
            columns={[
              resultWords.levelSubdimension,
              numeric(resultWords.radarThis),
              resultWords.colBand,
              ...(props.compare ? [numeric(props.compare.label)] : []),
            ]}
          />
          <tbody>
            <For each={rows()}>
              {(r) => (
                <tr data-code={r.group.code}>
                  <th scope="row">{groupName(r.group)}</th>
                  <td class="r-num">{fmtPercent(r.mine?.percent, props.decimal)}</td>
                  <td>
                    {r.mine ? aggBandText(r.mine) : resultWords.noScore}
                    <ProvisionalTag coverage={coverage().get(r.group.code)} />
                  </td>
                  <Show when={props.compare}>
                    <td class="r-num">{fmtPercent(r.theirs?.percent, props.decimal)}</td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      }
    />
  );
}

// ---------------------------------------------------------------------------------------------------
// (b) Achievement per data point of one dimension, worst first

/** Bars stop here so one large over-achievement does not flatten the rest; the table has exact values. */
export const BAR_CAP = 150;

export interface BarsProps {
  framework: Framework;
  scores: Scores;
  /** Dimension code shown first (default: the first dimension). */
  dimension?: string;
  decimal?: DecimalStyle;
  onChart?: (chart: Chart<'bar'>) => void;
}

interface BarRow {
  ref: DatapointRef;
  item: ItemResult;
  percent: number;
}

/** Scored data points of a dimension, lowest achievement first (ties by catalogue order). */
export function achievementRows(fw: Framework, scores: Scores, dimension: string): { rows: BarRow[]; excluded: number } {
  const rows: BarRow[] = [];
  let excluded = 0;
  for (const item of scores.items) {
    const ref = fw.byId.get(item.id);
    if (!ref || ref.path.dimension !== dimension) continue;
    if (item.state !== 'scored' || item.achievement === null) {
      excluded++;
      continue;
    }
    rows.push({ ref, item, percent: item.achievement * 100 });
  }
  rows.sort((a, b) => a.percent - b.percent || a.ref.index - b.ref.index);
  return { rows, excluded };
}

const shortCode = (ref: DatapointRef) => datapointCode(ref).slice(ref.path.dimension.length + 2);

export function AchievementBars(props: BarsProps) {
  let canvas!: HTMLCanvasElement;
  const titleId = createUniqueId();
  const tableId = createUniqueId();
  const selectId = createUniqueId();
  const [dimension, setDimension] = createSignal(props.dimension ?? props.framework.groups.dimensions[0]?.code ?? '');
  const dimensionName = () => catalogueName('group', dimension(), props.framework.groups.dimensions.find((d) => d.code === dimension())?.name);
  const data = createMemo(() => achievementRows(props.framework, props.scores, dimension()));
  const height = () => Math.max(160, data().rows.length * 20 + 70);

  const targetLine: Plugin<'bar'> = {
    id: 'sscTargetLine',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x?.getPixelForValue(100);
      const area = chart.chartArea;
      if (x === undefined || !area) return;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, area.top);
      ctx.lineTo(x, area.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = '600 11px system-ui, sans-serif';
      ctx.fillStyle = INK;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'bottom';
      ctx.fillText(resultWords.targetLine, x + 4, area.top - 2);
      ctx.restore();
    },
  };

  const values = () => data().rows.map((r) => Math.min(BAR_CAP, r.percent));
  const colours = () => data().rows.map((r) => bandColor(r.item.band));

  useChart<'bar'>(
    () => canvas,
    () => ({
      type: 'bar',
      data: {
        labels: data().rows.map((r) => shortCode(r.ref)),
        datasets: [
          {
            label: resultWords.colAchievement,
            data: values(),
            backgroundColor: colours(),
            borderColor: INK,
            borderWidth: 0.5,
            barPercentage: 0.85,
            categoryPercentage: 0.9,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 300 },
        layout: { padding: { top: 16, right: 12 } },
        scales: {
          x: {
            min: 0,
            max: BAR_CAP,
            ticks: { stepSize: 25, callback: (v) => resultWords.percent(fmtNumber(Number(v), props.decimal)) },
            grid: { color: '#e3e6ec' },
          },
          y: { ticks: { autoSkip: false, font: { size: 11 }, color: INK }, grid: { display: false } },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'bar'>[]) => {
                const r = items[0] ? data().rows[items[0].dataIndex] : undefined;
                return r ? datapointName(r.ref) : '';
              },
              label: (it: TooltipItem<'bar'>) => {
                const r = data().rows[it.dataIndex];
                if (!r) return '';
                return [
                  resultWords.tipCode(datapointCode(r.ref)),
                  resultWords.tipAchievement(fmtPercent(r.percent, props.decimal)),
                  resultWords.tipValue(fmtQuantity(r.item.value, r.ref, props.decimal)),
                  resultWords.tipTarget(fmtTarget(r.item, r.ref, props.decimal)),
                  resultWords.tipPoints(fmtPoints(r.item)),
                  resultWords.tipBand(itemBandText(r.item)),
                ];
              },
            },
          },
        },
      },
      plugins: [patternOverlay(() => (_di, i) => data().rows[i]?.item.band ?? null) as Plugin<'bar'>, targetLine],
    }),
    () => [data(), props.decimal],
    (chart) => {
      chart.data.labels = data().rows.map((r) => shortCode(r.ref));
      const ds = chart.data.datasets[0];
      ds.data = values();
      ds.backgroundColor = colours();
    },
    props.onChart,
  );

  return (
    <ChartFrame
      testid="chart-bars"
      title={resultWords.barsTitle}
      titleId={titleId}
      tableId={tableId}
      height={height()}
      controls={
        <div class="r-chart-controls">
          <label for={selectId}>{resultWords.barsDimension}</label>
          <select id={selectId} value={dimension()} onChange={(e) => setDimension(e.currentTarget.value)}>
            <For each={props.framework.groups.dimensions}>{(d) => <option value={d.code}>{groupName(d)}</option>}</For>
          </select>
        </div>
      }
      canvas={<canvas ref={canvas} role="img" aria-label={resultWords.barsLabel(dimensionName(), data().rows.length)} aria-describedby={tableId} />}
      note={
        <p class="r-help">
          {data().rows.length === 0 ? resultWords.barsNone : resultWords.barsCapped(BAR_CAP)}{' '}
          {data().excluded > 0 ? resultWords.barsExcluded(data().excluded) : ''}
        </p>
      }
      table={
        <table class="r-table" role="table">
          <caption>{resultWords.barsCaption(dimensionName())}</caption>
          <TableHead
            columns={[
              resultWords.colCode,
              resultWords.colName,
              numeric(resultWords.colAchievement),
              numeric(resultWords.colValue),
              numeric(resultWords.colTarget),
              numeric(resultWords.colPoints),
              resultWords.colBand,
            ]}
          />
          <tbody>
            <For each={data().rows}>
              {(r) => (
                <tr data-id={r.ref.id}>
                  <td class="r-code">{datapointCode(r.ref)}</td>
                  <th scope="row">{datapointName(r.ref)}</th>
                  <td class="r-num">{fmtPercent(r.percent, props.decimal)}</td>
                  <td class="r-num">{fmtQuantity(r.item.value, r.ref, props.decimal)}</td>
                  <td class="r-num">{fmtTarget(r.item, r.ref, props.decimal)}</td>
                  <td class="r-num">{fmtPoints(r.item)}</td>
                  <td class="r-band-cell">
                    <Swatch band={r.item.band} />
                    {itemBandText(r.item)}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      }
    />
  );
}

// ---------------------------------------------------------------------------------------------------
// (c) Coverage per category

export interface CoverageProps {
  framework: Framework;
  scores: Scores;
  decimal?: DecimalStyle;
  onChart?: (chart: Chart<'bar'>) => void;
}

const COVERAGE_STYLE = [
  { key: 'expected', label: resultWords.coverageExpected, backgroundColor: '#ffffff', borderColor: INK, borderWidth: 1.5 },
  { key: 'reported', label: resultWords.coverageReported, backgroundColor: '#9fb3df', borderColor: '#3c5a9a', borderWidth: 1 },
  { key: 'benchmarked', label: resultWords.coverageBenchmarked, backgroundColor: '#1f3f8f', borderColor: '#1f3f8f', borderWidth: 1 },
] as const;

export function CoverageChart(props: CoverageProps) {
  let canvas!: HTMLCanvasElement;
  const titleId = createUniqueId();
  const tableId = createUniqueId();
  const rows = createMemo(() => {
    const byCode = new Map(props.scores.categories.map((a) => [a.code, a]));
    return props.framework.groups.categories.map((g) => {
      const a = byCode.get(g.code);
      // `${dimension}: ${sub}: ${cat}` → `${sub}: ${cat}` (sub-dimension codes are unique across dimensions).
      const short = g.code.split(': ').slice(1).join(': ');
      return { group: g, short, reported: a?.reported ?? 0, benchmarked: a?.benchmarked ?? 0, expected: a?.expected ?? 0 };
    });
  });
  const totals = createMemo(() =>
    rows().reduce((t, r) => ({ reported: t.reported + r.reported, benchmarked: t.benchmarked + r.benchmarked, expected: t.expected + r.expected }), {
      reported: 0,
      benchmarked: 0,
      expected: 0,
    }),
  );

  useChart<'bar'>(
    () => canvas,
    () => ({
      type: 'bar',
      data: {
        labels: rows().map((r) => r.short),
        datasets: COVERAGE_STYLE.map((s) => ({
          label: s.label,
          data: rows().map((r) => r[s.key]),
          backgroundColor: s.backgroundColor,
          borderColor: s.borderColor,
          borderWidth: s.borderWidth,
          barPercentage: 0.9,
          categoryPercentage: 0.8,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 300 },
        scales: {
          x: { ticks: { autoSkip: false, maxRotation: 70, minRotation: 50, font: { size: 10 }, color: INK }, grid: { display: false } },
          y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: '#e3e6ec' } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: INK } },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'bar'>[]) => {
                const r = items[0] ? rows()[items[0].dataIndex] : undefined;
                return r ? `${groupName(r.group)} (${r.group.code})` : '';
              },
            },
          },
        },
      },
    }),
    () => [rows()],
    (chart) => {
      chart.data.labels = rows().map((r) => r.short);
      COVERAGE_STYLE.forEach((s, i) => {
        chart.data.datasets[i].data = rows().map((r) => r[s.key]);
      });
    },
    props.onChart,
  );

  return (
    <ChartFrame
      testid="chart-coverage"
      title={resultWords.coverageTitle}
      titleId={titleId}
      tableId={tableId}
      height={340}
      canvas={
        <canvas
          ref={canvas}
          role="img"
          aria-label={resultWords.coverageLabel(totals().reported, totals().benchmarked, totals().expected)}
          aria-describedby={tableId}
        />
      }
      table={
        <table class="r-table" role="table">
          <caption>{resultWords.coverageCaption}</caption>
          <TableHead
            columns={[
              resultWords.colCategory,
              resultWords.colCode,
              numeric(resultWords.coverageReported),
              numeric(resultWords.coverageBenchmarked),
              numeric(resultWords.coverageExpected),
            ]}
          />
          <tbody>
            <For each={rows()}>
              {(r) => (
                <tr data-code={r.group.code}>
                  <th scope="row">{groupName(r.group)}</th>
                  <td class="r-code">{r.group.code}</td>
                  <td class="r-num">{fmtNumber(r.reported)}</td>
                  <td class="r-num">{fmtNumber(r.benchmarked)}</td>
                  <td class="r-num">{fmtNumber(r.expected)}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr data-code="total">
              <th scope="row">{resultWords.overall}</th>
              <td />
              <td class="r-num">{fmtNumber(totals().reported)}</td>
              <td class="r-num">{fmtNumber(totals().benchmarked)}</td>
              <td class="r-num">{fmtNumber(totals().expected)}</td>
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}

// ---------------------------------------------------------------------------------------------------

export interface ChartsProps {
  framework: Framework;
  scores: Scores;
  compare?: Comparison;
  decimal?: DecimalStyle;
}

/** The three charts together. */
export function Charts(props: ChartsProps) {
  return (
    <div class="r-charts">
      <SubdimensionRadar framework={props.framework} scores={props.scores} compare={props.compare} decimal={props.decimal} />
      <CoverageChart framework={props.framework} scores={props.scores} decimal={props.decimal} />
      <AchievementBars framework={props.framework} scores={props.scores} decimal={props.decimal} />
    </div>
  );
}

export default Charts;
