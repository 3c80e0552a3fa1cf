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
import { R } from '../strings/results';
import { TM } from '../strings/time';
import { TC } from '../strings/time-compare';
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
          label: `${l.label}: ${TC.chartTarget} (${TC.chartDeadline} ${l.trend.deadline})`,
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
      <h3 id={`${uid}-t`}>{TC.chartLineTitle({ name: r().level === 'overall' ? rowName(r()) : `${r().code} ${r().datapoint} ${rowName(r())}`.trim() })}</h3>
      {/* Any row, found by a fragment of its name or its code (issue #24); text that names none keeps the line shown, and the picker says so. */}
      <ItemPicker
        label={TC.chartPickDatapoint}
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
          {TC.chartCapped({ shown: MAX_LINES, total: props.comparison.series.length })}
        </p>
      </Show>
      <div class="chart-box">
        <canvas ref={setCanvas} role="img" aria-label={summary()} />
      </div>
      <details>
        <summary>{R.showDataTable}</summary>
        <table>
          <TableHead columns={[TC.rankCity, numeric(TC.tableYear), numeric(TC.tableValue), numeric(TC.tableTarget), TM.trendStatus]} />
          <tbody>
            <For each={lines()}>
              {(l) => (
                <For each={l.pts}>
                  {(p) => (
                    <tr>
                      <td>{l.label}</td>
                      <td class="r-num">{p.year}</td>
                      <td class="r-num">{num(p.value)}</td>
                      <td class="r-num">{l.trend.target === null ? '—' : `${num(l.trend.target)} (${TC.chartDeadline} ${l.trend.deadline})`}</td>
                      <td class="trend-status" data-status={l.trend.status}>
                        {statusText(l.trend.status)}
                        {l.trend.reason ? ` (${TM.reason[l.trend.reason]})` : ''}
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
        <summary>{TM.trendMethod}</summary>
        <ul>
          <For each={lines()}>
            {(l) => (
              <li>
                {l.label}: {statusText(l.trend.status)}
                <Show when={l.basis}>
                  {(b) => <>{` — ${TM.trendAgainst} ${TM.basisTarget[b().target]}, ${TM.basisDeadline[b().deadline]}, ${TM.basisBaseline[b().baseline]}`}</>}
                </Show>
                <Show when={l.trend.method}>
                  {(m) => <>{` — ${m() === 'compound' ? TM.methodCompound : m() === 'linear' ? TM.methodLinear : TM.methodYesNo}`}</>}
                </Show>
              </li>
            )}
          </For>
        </ul>
        <p class="hint">{TM.statusRule}</p>
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
    pending() ? '…' : r.bestRank === null || r.worstRank === null ? '—' : TC.rankRangeText(num(r.bestRank), num(r.worstRank));
  useChart(canvas, () => {
    const rows = ranking().rows.filter((r) => r.composite !== null);
    if (ranking().cities < 2 || rows.length === 0) return null;
    return {
      type: 'bar',
      data: {
        labels: rows.map((r) => `${r.label} (${num(r.rank)}; ${range(r)})`),
        datasets: [{ label: TC.rankComposite, data: rows.map((r) => r.composite), backgroundColor: '#1f4fbf' }],
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
      <h3 id={`${uid}-t`}>{TC.rankTitle}</h3>
      <p class="hint">{TC.rankHint}</p>
      <Show when={ranking().cities >= 2} fallback={<p>{TC.rankNeedsTwo}</p>}>
        <div class="comparison-tools">
          <label>
            {TC.normalisation}{' '}
            <select value={method()} onChange={(e) => setMethod(e.currentTarget.value as Normalisation)}>
              <For each={['min-max', 'z-score', 'rank'] as const}>{(m) => <option value={m}>{TC.normalisations[m]}</option>}</For>
            </select>
          </label>
          <label>
            {TC.aggregation}{' '}
            <select value={aggregation()} onChange={(e) => setAggregation(e.currentTarget.value as Aggregation)}>
              <For each={['arithmetic', 'geometric'] as const}>{(m) => <option value={m}>{TC.aggregations[m]}</option>}</For>
            </select>
          </label>
        </div>
        <figure class="r-chart" aria-labelledby={`${uid}-c`}>
          <figcaption id={`${uid}-c`}>{TC.chartRankTitle}</figcaption>
          <div class="chart-box" style={{ height: `${Math.max(160, 40 * ranking().cities)}px` }}>
            <canvas
              ref={setCanvas}
              role="img"
              aria-label={ranking()
                .rows.map((r) => `${r.label}: ${num(r.composite)}, ${TC.rankRank} ${num(r.rank)}`)
                .join('; ')}
            />
          </div>
        </figure>
        <table data-testid="ranking-table">
          <TableHead columns={[numeric(TC.rankRank), TC.rankCity, numeric(TC.rankComposite), TC.rankRange, TC.rankChangedBy]} />
          <tbody>
            <For each={ranking().rows}>
              {(r) => (
                <tr>
                  <td class="r-num">{num(r.rank)}</td>
                  <td>{r.label}</td>
                  <td class="r-num">{r.problem ? TC.rankProblem[r.problem] : num(r.composite)}</td>
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
        <p class="hint">{TC.rankMethod}</p>
      </Show>
    </section>
  );
}
