/**
 * The Compare view's charts (issue #14): a data point or aggregate over the years for each city
 * series, with its target and deadline; and the ranking of the cities by a relative method with the
 * range of ranks leaving one data point out. Each has a title, a canvas with role="img" and a summary,
 * and a data table; lines differ by dash and point style as well as colour.
 */
import { ItemPicker } from '../picker/ItemPicker';
import type { Chart, ChartConfiguration } from 'chart.js';
import { batch, createEffect, createMemo, createSignal, createUniqueId, For, onCleanup, Show, type JSX } from 'solid-js';
import type { Comparison } from '../../engine/comparison';
import type { DecimalStyle } from '../../engine/parse';
import type { Aggregation, Normalisation } from '../../engine/relative';
import { trendOf, trendWithOwn, AGGREGATE_TARGET, type DatapointTrend, type TrendBasis } from '../../engine/trend';
import { formatNumber } from '../format';
import { registerTimeCharts } from '../results/chart-setup';
import { prefersReducedMotion } from '../results/format';
import { numeric, TableHead } from '../results/table-head';
import { resultWords } from '../strings/results';
import { timeWords } from '../strings/time';
import { timeCompareWords } from '../strings/time-compare';
import { rowName, statusText } from './comparison-grid';
import { rankingOf, rankingSteps } from './ranking-model';

const INK = '#1b2333';
const COLOURS = ['#1f4fbf', '#b35806', '#1b7837', '#762a83', '#8c510a', '#01665e'];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];
const POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot'] as const;

/** A chart built from `config` whenever its inputs change, destroyed on cleanup. */
function useChart(canvas: () => HTMLCanvasElement | undefined, config: () => ChartConfiguration | null) {
  const ChartCtor = registerTimeCharts();
  let chart: Chart | undefined;
  createEffect(() => {
    const c = config();
    const el = canvas();
    chart?.destroy();
    chart = undefined;
    if (c && el) chart = new ChartCtor(el, c);
  });
  onCleanup(() => chart?.destroy());
}

/** Lines one chart can show legibly (each with its target line); more series are left to the grid. */
export const MAX_LINES = 8;

/**
 * The series a trend chart shows: the open assessment's first, then those with the most years (in
 * comparison order among equals), at most MAX_LINES.
 */
export function chartedSeries(cmp: Comparison, openId: string): number[] {
  const open = cmp.series.findIndex((s) => s.columns.some((c) => cmp.columns[c].id === openId));
  return cmp.series
    .map((s, i) => ({ i, years: s.columns.length, open: i === open }))
    .sort((a, b) => Number(b.open) - Number(a.open) || b.years - a.years || a.i - b.i)
    .slice(0, MAX_LINES)
    .map((x) => x.i)
    .sort((a, b) => (a === open ? -1 : b === open ? 1 : a - b));
}

export function TrendChart(props: { comparison: Comparison; decimal: DecimalStyle; openId: string }): JSX.Element {
  const uid = createUniqueId();
  const [row, setRow] = createSignal(0);
  const [canvas, setCanvas] = createSignal<HTMLCanvasElement>();
  const r = () => props.comparison.rows[row()] ?? props.comparison.rows[0];
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, props.decimal, 2));
  /** Per series: its points by year, its trend (target, deadline, status). */
  const lines = createMemo(() => {
    const cmp = props.comparison;
    const i = row();
    const rr = cmp.rows[i];
    return chartedSeries(cmp, props.openId).map((k) => {
      const s = cmp.series[k];
      const pts = s.columns.map((c) => ({ year: cmp.columns[c].year, value: cmp.value[i][c], target: rr.level === 'datapoint' ? null : AGGREGATE_TARGET }));
      const trend =
        rr.level === 'datapoint'
          ? trendWithOwn(
              s.columns.map((c) => ({ year: cmp.columns[c].year, value: cmp.value[i][c], target: targetOf(cmp, i, c) })),
              s.columns.map((c) => cmp.columns[c].ownTargets?.[rr.key]),
              rr.direction!,
            )
          : trendOf(pts, 'higher', AGGREGATE_TARGET);
      const basis: TrendBasis | null = 'basis' in trend ? (trend as DatapointTrend).basis : null;
      return { label: `${s.city}`, pts, trend, basis };
    });
  });
  const years = createMemo(() => {
    const all = new Set<number>();
    for (const l of lines()) {
      for (const p of l.pts) all.add(p.year);
      all.add(l.trend.deadline);
    }
    return [...all].sort((a, b) => a - b);
  });
  useChart(canvas, () => {
    const ys = years();
    const datasets = lines().flatMap((l, k) => {
      const colour = COLOURS[k % COLOURS.length];
      const byYear = new Map(l.pts.map((p) => [p.year, p.value]));
      const out: ChartConfiguration<'line'>['data']['datasets'] = [
        {
          label: l.label,
          data: ys.map((y) => byYear.get(y) ?? null),
          borderColor: colour,
          backgroundColor: colour,
          borderDash: DASHES[k % DASHES.length],
          pointStyle: POINTS[k % POINTS.length],
          pointRadius: 5,
          spanGaps: true,
        },
      ];
      if (l.trend.target !== null) {
        // The target as a flat line up to the deadline, ending in a marked point at the deadline year.
        out.push({
          label: `${l.label}: ${timeCompareWords.chartTarget} (${timeCompareWords.chartDeadline} ${l.trend.deadline})`,
          data: ys.map((y) => (y <= l.trend.deadline ? l.trend.target : null)),
          borderColor: colour,
          backgroundColor: colour,
          borderDash: [3, 3],
          borderWidth: 1,
          pointRadius: ys.map((y) => (y === l.trend.deadline ? 7 : 0)),
          pointStyle: 'crossRot',
        });
      }
      return out;
    });
    return {
      type: 'line',
      data: { labels: ys.map(String), datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 200 },
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, color: INK } } },
        scales: { y: { ticks: { color: INK } }, x: { ticks: { color: INK } } },
      },
    } as ChartConfiguration;
  });
  const summary = () =>
    lines()
      .map((l) => `${l.label}: ${l.pts.map((p) => `${p.year} ${num(p.value)}`).join(', ')}; ${statusText(l.trend.status)}`)
      .join('. ');
  return (
    <figure class="r-chart trend-charts" data-testid="trend-chart" aria-labelledby={`${uid}-t`}>
      <h3 id={`${uid}-t`}>
        {timeCompareWords.chartLineTitle({ name: r().level === 'overall' ? rowName(r()) : `${r().code} ${r().datapoint} ${rowName(r())}`.trim() })}
      </h3>
      {/* Any row, found by a fragment of its name or its code (issue #24); text that names none keeps the line shown, and the picker says so. */}
      <ItemPicker
        label={timeCompareWords.chartPickDatapoint}
        items={() =>
          props.comparison.rows.map((x, i) => ({
            id: String(i),
            code: x.level === 'overall' ? rowName(x) : x.datapoint ? `${x.code} ${x.datapoint}` : x.code,
            name: rowName(x),
          }))
        }
        picked={String(row())}
        onPick={(id) => id !== null && setRow(Number(id))}
        testid="trend-chart-row"
      />
      <Show when={props.comparison.series.length > MAX_LINES}>
        <p class="hint" data-testid="trend-chart-capped">
          {timeCompareWords.chartCapped({ shown: MAX_LINES, total: props.comparison.series.length })}
        </p>
      </Show>
      <div class="chart-box">
        <canvas ref={setCanvas} role="img" aria-label={summary()} />
      </div>
      <details>
        <summary>{resultWords.showDataTable}</summary>
        <table>
          <TableHead
            columns={[
              timeCompareWords.rankCity,
              numeric(timeCompareWords.tableYear),
              numeric(timeCompareWords.tableValue),
              numeric(timeCompareWords.tableTarget),
              timeWords.trendStatus,
            ]}
          />
          <tbody>
            <For each={lines()}>
              {(l) => (
                <For each={l.pts}>
                  {(p) => (
                    <tr>
                      <td>{l.label}</td>
                      <td class="r-num">{p.year}</td>
                      <td class="r-num">{num(p.value)}</td>
                      <td class="r-num">{l.trend.target === null ? '—' : `${num(l.trend.target)} (${timeCompareWords.chartDeadline} ${l.trend.deadline})`}</td>
                      <td class="trend-status" data-status={l.trend.status}>
                        {statusText(l.trend.status)}
                        {l.trend.reason ? ` (${timeWords.reason[l.trend.reason]})` : ''}
                      </td>
                    </tr>
                  )}
                </For>
              )}
            </For>
          </tbody>
        </table>
      </details>
      <details class="trend-method" data-testid="trend-method">
        <summary>{timeWords.trendMethod}</summary>
        <ul>
          <For each={lines()}>
            {(l) => (
              <li>
                {l.label}: {statusText(l.trend.status)}
                <Show when={l.basis}>
                  {(b) => (
                    <>{` — ${timeWords.trendAgainst} ${timeWords.basisTarget[b().target]}, ${timeWords.basisDeadline[b().deadline]}, ${timeWords.basisBaseline[b().baseline]}`}</>
                  )}
                </Show>
                <Show when={l.trend.method}>
                  {(m) => <>{` — ${m() === 'compound' ? timeWords.methodCompound : m() === 'linear' ? timeWords.methodLinear : timeWords.methodYesNo}`}</>}
                </Show>
              </li>
            )}
          </For>
        </ul>
        <p class="hint">{timeWords.statusRule}</p>
      </details>
    </figure>
  );
}

/** The target in force for a data point in one assessment: its achievement gives it back (value ÷ achievement for higher is better). */
function targetOf(cmp: Comparison, row: number, col: number): number | null {
  const v = cmp.value[row][col];
  const p = cmp.percent[row][col];
  const d = cmp.rows[row].direction;
  if (v === null || p === null || p === 0) return null;
  if (d === 'higher') return (v * 100) / p;
  if (d === 'lower') return (v * p) / 100;
  return null;
}

export function Ranking(props: { comparison: Comparison; decimal: DecimalStyle }): JSX.Element {
  const uid = createUniqueId();
  const [method, setMethod] = createSignal<Normalisation>('min-max');
  const [aggregation, setAggregation] = createSignal<Aggregation>('arithmetic');
  const [canvas, setCanvas] = createSignal<HTMLCanvasElement>();
  // Ranks at once; the leave-one-out ranges (one ranking per data point) in steps of a few data points
  // per task, so that a comparison of many cities never holds the page (ranges read "…" meanwhile).
  const [ranking, setRanking] = createSignal<ReturnType<typeof rankingOf>>({ rows: [], cities: 0 });
  const [pending, setPending] = createSignal(false);
  createEffect(() => {
    const run = rankingSteps(props.comparison, method(), aggregation());
    const cities = props.comparison.series.length;
    let cancelled = false;
    onCleanup(() => (cancelled = true));
    // Small rankings in one go; larger ones about 25 million value reads per step.
    const perStep = Math.max(1, Math.floor(25_000_000 / Math.max(1, cities * run.columns * run.columns)));
    if (perStep >= run.columns) {
      for (let j = 0; j < run.columns; j++) run.leaveOut(j);
      setPending(false);
      setRanking(run.result());
      return;
    }
    setPending(true);
    setRanking(run.result());
    let j = 0;
    const step = () => {
      if (cancelled) return;
      for (const end = Math.min(run.columns, j + perStep); j < end; j++) run.leaveOut(j);
      if (j < run.columns) setTimeout(step, 0);
      else
        batch(() => {
          setPending(false);
          setRanking(run.result());
        });
    };
    setTimeout(step, 0);
  });
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, props.decimal, 2));
  const range = (r: { bestRank: number | null; worstRank: number | null }) =>
    pending() ? '…' : r.bestRank === null || r.worstRank === null ? '—' : timeCompareWords.rankRangeText(num(r.bestRank), num(r.worstRank));
  useChart(canvas, () => {
    const rows = ranking().rows.filter((r) => r.composite !== null);
    if (ranking().cities < 2 || rows.length === 0) return null;
    return {
      type: 'bar',
      data: {
        labels: rows.map((r) => `${r.label} (${num(r.rank)}; ${range(r)})`),
        datasets: [{ label: timeCompareWords.rankComposite, data: rows.map((r) => r.composite), backgroundColor: '#1f4fbf' }],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 200 },
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { color: INK } }, y: { ticks: { color: INK } } },
      },
    } as ChartConfiguration;
  });
  return (
    <section class="ranking" aria-labelledby={`${uid}-t`} data-testid="ranking">
      <h3 id={`${uid}-t`}>{timeCompareWords.rankTitle}</h3>
      <p class="hint">{timeCompareWords.rankHint}</p>
      <Show when={ranking().cities >= 2} fallback={<p>{timeCompareWords.rankNeedsTwo}</p>}>
        <div class="comparison-tools">
          <label>
            {timeCompareWords.normalisation}{' '}
            <select value={method()} onChange={(e) => setMethod(e.currentTarget.value as Normalisation)}>
              <For each={['min-max', 'z-score', 'rank'] as const}>{(m) => <option value={m}>{timeCompareWords.normalisations[m]}</option>}</For>
            </select>
          </label>
          <label>
            {timeCompareWords.aggregation}{' '}
            <select value={aggregation()} onChange={(e) => setAggregation(e.currentTarget.value as Aggregation)}>
              <For each={['arithmetic', 'geometric'] as const}>{(m) => <option value={m}>{timeCompareWords.aggregations[m]}</option>}</For>
            </select>
          </label>
        </div>
        <figure class="r-chart" aria-labelledby={`${uid}-c`}>
          <figcaption id={`${uid}-c`}>{timeCompareWords.chartRankTitle}</figcaption>
          <div class="chart-box" style={{ height: `${Math.max(160, 40 * ranking().cities)}px` }}>
            <canvas
              ref={setCanvas}
              role="img"
              aria-label={ranking()
                .rows.map((r) => `${r.label}: ${num(r.composite)}, ${timeCompareWords.rankRank} ${num(r.rank)}`)
                .join('; ')}
            />
          </div>
        </figure>
        <table data-testid="ranking-table">
          <TableHead
            columns={[
              numeric(timeCompareWords.rankRank),
              timeCompareWords.rankCity,
              numeric(timeCompareWords.rankComposite),
              timeCompareWords.rankRange,
              timeCompareWords.rankChangedBy,
            ]}
          />
          <tbody>
            <For each={ranking().rows}>
              {(r) => (
                <tr>
                  <td class="r-num">{num(r.rank)}</td>
                  <td>{r.label}</td>
                  <td class="r-num">{r.problem ? timeCompareWords.rankProblem[r.problem] : num(r.composite)}</td>
                  <td>{range(r)}</td>
                  <td>
                    {pending() ? '…' : r.movedBy.slice(0, 8).join(', ')}
                    {!pending() && r.movedBy.length > 8 ? ` (+${r.movedBy.length - 8})` : ''}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <p class="hint">{timeCompareWords.rankMethod}</p>
      </Show>
    </section>
  );
}
