/**
 * The U4SSC benchmarking wheel: the city name in the centre, a ring of the three dimensions, a ring of
 * the 27 categories and an outer ring with every KPI data point, each segment coloured (and patterned)
 * by its band, grey for no score. Hover or keyboard focus shows a segment's numbers; Enter or a click
 * asks the app to explain the data point.
 */
import type { ActiveDataPoint, Chart, ChartConfiguration, Plugin, TooltipItem } from 'chart.js';
import { createEffect, createMemo, createSignal, createUniqueId, For, on, onCleanup, onMount, Show } from 'solid-js';
import type { Framework } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import type { Band, Scores } from '../../engine/types';
import { patternOverlay, registerWheel, type ArcProps } from './chart-setup';
import {
  aggBandText,
  datapointCode,
  datapointName,
  fileSafe,
  fmtCoverage,
  fmtPercent,
  fmtPoints,
  fmtQuantity,
  fmtTarget,
  itemBandText,
  prefersReducedMotion,
} from './format';
import { coverageByGroup } from '../../engine/coverage';
import { Headline } from '../Headline';
import { BandLegend } from './Legend';
import { bandColor, bandInk } from './palette';
import { R } from '../strings/results';
import { scoreIndex, wheelBands, wheelLayout, type ScoreIndex, type WheelLayout } from './wheel-model';
import './results.css';

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
}

/** Dataset order, outermost first (Chart.js draws the first dataset outside). */
export const RING_DATAPOINTS = 0;
export const RING_CATEGORIES = 1;
export const RING_DIMENSIONS = 2;

interface Segment {
  ring: string;
  code: string;
  name: string;
  value: string;
  target: string;
  points: string;
  band: string;
  status: string;
}

/** Tooltip and table text of every segment, ring by ring in dataset order. */
function describe(layout: WheelLayout, index: ScoreIndex, decimal: DecimalStyle): Segment[][] {
  const dps = layout.datapoints.map((ref): Segment => {
    const item = index.item(ref.id);
    return {
      ring: R.ringDatapoint,
      code: datapointCode(ref),
      name: datapointName(ref),
      value: item ? fmtQuantity(item.value, ref, decimal) : R.dash,
      target: item ? fmtTarget(item, ref, decimal) : R.dash,
      points: item ? fmtPoints(item) : R.dash,
      band: item ? itemBandText(item) : R.noScore,
      status: item ? R.stateText[item.state] : R.dash,
    };
  });
  const agg = (ring: string, code: string, name: string): Segment => {
    const a = index.aggregate(code);
    return {
      ring,
      code,
      name,
      value: a ? fmtPercent(a.percent, decimal) : R.dash,
      target: '',
      points: a && a.maxPoints > 0 ? R.pointsOf(a.points, a.maxPoints) : R.dash,
      band: a ? aggBandText(a) : R.noScore,
      status: a ? fmtCoverage(a) : R.dash,
    };
  };
  const cats = layout.categories.map((c) => agg(R.ringCategory, c.group.code, `${c.group.name} (${c.subdimension.name})`));
  const dims = layout.dimensions.map((d) => agg(R.ringDimension, d.group.code, d.group.name));
  return [dps, cats, dims];
}

function tooltipLines(s: Segment, ring: number): string[] {
  if (ring === RING_DATAPOINTS) {
    return [R.tipCode(s.code), R.tipValue(s.value), R.tipTarget(s.target), R.tipPoints(s.points), R.tipBand(s.band), R.tipStatus(s.status)];
  }
  return [R.tipCode(s.code), R.tipScore(s.value), R.tipBand(s.band), R.tipPoints(s.points), R.tipCoverage(s.status)];
}

/** Fits text into `max` pixels with the current font, cutting with an ellipsis. */
function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo < 2 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}

/** Splits a name into at most `lines` lines that fit `max` pixels. */
function wrapText(ctx: CanvasRenderingContext2D, text: string, max: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width <= max || !line) line = next;
    else {
      out.push(line);
      line = w;
    }
  }
  if (line) out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = fitText(ctx, `${kept[lines - 1]} ${out.slice(lines).join(' ')}`, max);
    return kept.map((l) => fitText(ctx, l, max));
  }
  return out.map((l) => fitText(ctx, l, max));
}


export function Wheel(props: WheelProps) {
  const Chart = registerWheel();
  const tableId = createUniqueId();
  const helpId = createUniqueId();
  let canvas!: HTMLCanvasElement;
  let chart: Chart<'doughnut'> | undefined;

  const layout = createMemo(() => wheelLayout(props.framework));
  const index = createMemo(() => scoreIndex(props.scores));
  const bands = createMemo(() => wheelBands(layout(), index()));
  const segments = createMemo(() => describe(layout(), index(), props.decimal ?? 'point'));
  const coverage = createMemo(() => coverageByGroup(props.framework, props.scores).get('overall'));
  const [active, setActive] = createSignal(-1);
  const announcement = () => {
    const i = active();
    const s = i >= 0 ? segments()[RING_DATAPOINTS][i] : undefined;
    return s ? R.segmentAnnouncement(s.name, tooltipLines(s, RING_DATAPOINTS).join('; ')) : '';
  };

  const ringData = (l: WheelLayout) => [l.datapoints.map(() => 1), l.categories.map((c) => c.size), l.dimensions.map((d) => d.size)];
  const ringLabels = (l: WheelLayout) => l.datapoints.map((ref) => datapointName(ref));

  /** Short texts drawn on the segments: KPI names outside, category names, dimension names. */
  const drawnLabels = (l: WheelLayout) => [
    l.datapoints.map((ref) => (ref.def.key ? `${ref.def.key}: ${ref.kpi.name}` : ref.kpi.name)),
    l.categories.map((c) => c.group.name),
    l.dimensions.map((d) => d.group.name),
  ];

  const centreAndLabels: Plugin<'doughnut'> = {
    id: 'sscWheelText',
    afterDatasetsDraw(c) {
      const ctx = c.ctx;
      const l = layout();
      const texts = drawnLabels(l);
      const b = bands();
      ctx.save();
      ctx.textBaseline = 'middle';
      for (let ring = 0; ring < 3; ring++) {
        const meta = c.getDatasetMeta(ring);
        meta.data.forEach((el, i) => {
          const a = el.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as ArcProps;
          const thickness = a.outerRadius - a.innerRadius;
          const sweep = a.endAngle - a.startAngle;
          const mid = (a.startAngle + a.endAngle) / 2;
          const band = b[ring]?.[i] ?? null;
          const text = texts[ring][i] ?? '';
          if (ring === RING_DIMENSIONS) {
            // Along the arc, as on the printed U4SSC wheel.
            const r = (a.innerRadius + a.outerRadius) / 2;
            let size = Math.max(9, Math.min(16, thickness * 0.36));
            ctx.font = `700 ${size}px system-ui, sans-serif`;
            while (size > 8 && ctx.measureText(text).width > r * sweep * 0.85) {
              size -= 1;
              ctx.font = `700 ${size}px system-ui, sans-serif`;
            }
            const label = ctx.measureText(text).width <= r * sweep * 0.85 ? text : (l.dimensions[i]?.group.code ?? '');
            drawArcText(ctx, label, a.x, a.y, r, mid, band);
            return;
          }
          // Radial text: the arc must be tall enough for one line of text.
          const arcLength = ((a.innerRadius + a.outerRadius) / 2) * sweep;
          const size = Math.min(12, arcLength * 0.72, thickness * 0.22);
          if (size < 6.5) return;
          ctx.font = `${ring === RING_CATEGORIES ? '600 ' : ''}${size}px system-ui, sans-serif`;
          const pad = 4;
          const room = thickness - 2 * pad;
          // A category name that does not fit on one line gets two, where the arc is wide enough.
          const twoLines = ring === RING_CATEGORIES && ctx.measureText(text).width > room && arcLength >= size * 2.4;
          const lines = twoLines ? wrapText(ctx, text, room, 2) : [fitText(ctx, text, room)];
          if (!lines[0]) return;
          ctx.save();
          ctx.translate(a.x, a.y);
          const normalised = ((mid % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
          const leftHalf = normalised > Math.PI / 2 && normalised < (3 * Math.PI) / 2;
          ctx.rotate(leftHalf ? mid + Math.PI : mid);
          ctx.textAlign = leftHalf ? 'right' : 'left';
          const x = leftHalf ? -(a.innerRadius + pad) : a.innerRadius + pad;
          lines.forEach((line, k) => drawText(ctx, line, x, (k - (lines.length - 1) / 2) * size * 1.1, band));
          ctx.restore();
        });
      }
      // Centre: the city name and year.
      const inner = c.getDatasetMeta(RING_DIMENSIONS).data[0]?.getProps(['x', 'y', 'innerRadius'], true) as unknown as
        | { x: number; y: number; innerRadius: number }
        | undefined;
      if (inner && inner.innerRadius > 20) {
        const size = Math.max(10, Math.min(22, inner.innerRadius * 0.24));
        ctx.font = `700 ${size}px system-ui, sans-serif`;
        ctx.textAlign = 'center';
        ctx.fillStyle = '#1b2333';
        const lines = wrapText(ctx, props.city, inner.innerRadius * 1.6, 2);
        // Under the city and year: the overall score, and the word "provisional" when coverage is low.
        const overall = props.scores.overall;
        const extra = overall.percent === null ? [] : [fmtPercent(overall.percent, props.decimal)];
        if (coverage()?.provisional) extra.push(R.provisionalCentre);
        const all = [...lines, String(props.year), ...extra];
        const top = inner.y - ((all.length - 1) * size * 1.15) / 2;
        all.forEach((line, i) => {
          if (i >= lines.length) ctx.font = `${i === lines.length + 1 ? 700 : 400} ${size * 0.85}px system-ui, sans-serif`;
          ctx.fillText(fitText(ctx, line, inner.innerRadius * 1.7), inner.x, top + i * size * 1.15);
        });
      }
      ctx.restore();
    },
  };

  function drawText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, band: Band | null) {
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = bandColor(band);
    ctx.strokeText(text, x, y);
    ctx.fillStyle = bandInk(band);
    ctx.fillText(text, x, y);
  }
  /** Text centred on `mid` along a circle of radius r, upright on both the upper and the lower half. */
  function drawArcText(ctx: CanvasRenderingContext2D, text: string, cx: number, cy: number, r: number, mid: number, band: Band | null) {
    const chars = [...text];
    const widths = chars.map((ch) => ctx.measureText(ch).width);
    const total = widths.reduce((x, y) => x + y, 0);
    const lower = Math.sin(mid) > 0;
    const dir = lower ? -1 : 1;
    const placed: { ch: string; angle: number }[] = [];
    let angle = mid - (dir * total) / (2 * r);
    chars.forEach((ch, k) => {
      placed.push({ ch, angle: angle + (dir * widths[k]) / (2 * r) });
      angle += (dir * widths[k]) / r;
    });
    ctx.textAlign = 'center';
    ctx.lineJoin = 'round';
    // Halo first, then the letters, so no halo covers a neighbouring letter.
    for (const pass of ['stroke', 'fill'] as const) {
      for (const { ch, angle: a } of placed) {
        ctx.save();
        ctx.translate(cx + r * Math.cos(a), cy + r * Math.sin(a));
        ctx.rotate(lower ? a - Math.PI / 2 : a + Math.PI / 2);
        if (pass === 'stroke') {
          ctx.lineWidth = 3;
          ctx.strokeStyle = bandColor(band);
          ctx.strokeText(ch, 0, 0);
        } else {
          ctx.fillStyle = bandInk(band);
          ctx.fillText(ch, 0, 0);
        }
        ctx.restore();
      }
    }
  }

  /** Writes the current layout and scores into the chart's datasets and redraws without animation. */
  function apply(c: Chart<'doughnut'>) {
    const l = layout();
    const data = ringData(l);
    const b = bands();
    c.data.labels = ringLabels(l);
    data.forEach((d, ring) => {
      const ds = c.data.datasets[ring];
      ds.data = d;
      ds.backgroundColor = b[ring].map(bandColor);
    });
    c.update('none');
    if (active() >= l.datapoints.length) setActive(-1);
    if (active() >= 0) showActive(active());
  }

  function showActive(i: number) {
    if (!chart) return;
    if (i < 0) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
      return;
    }
    const target: ActiveDataPoint[] = [{ datasetIndex: RING_DATAPOINTS, index: i }];
    const el = chart.getDatasetMeta(RING_DATAPOINTS).data[i];
    const pos = el ? el.tooltipPosition(true) : { x: 0, y: 0 };
    chart.setActiveElements(target);
    chart.tooltip?.setActiveElements(target, { x: pos.x ?? 0, y: pos.y ?? 0 });
    chart.update('none');
  }

  function select(i: number) {
    const ref = layout().datapoints[i];
    if (ref) props.onSelect?.(ref.id);
  }

  function onKeyDown(e: KeyboardEvent) {
    const n = layout().datapoints.length;
    if (n === 0) return;
    let next = active();
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (next + 1) % n;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = next < 0 ? n - 1 : (next - 1 + n) % n;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (next >= 0) select(next);
        return;
      case 'Escape':
        next = -1;
        break;
      default:
        return;
    }
    e.preventDefault();
    setActive(next);
    showActive(next);
  }

  onMount(() => {
    const l = layout();
    const b = bands();
    const fixed = props.size !== undefined;
    const config: ChartConfiguration<'doughnut'> = {
      type: 'doughnut',
      data: {
        labels: ringLabels(l),
        datasets: ringData(l).map((data, ring) => ({
          data,
          backgroundColor: b[ring].map(bandColor),
          borderColor: '#ffffff',
          borderWidth: ring === RING_DATAPOINTS ? 1 : 2,
          hoverBorderColor: '#1b2333',
          hoverBorderWidth: 2,
          hoverOffset: 0,
          weight: ring === RING_DATAPOINTS ? 1.7 : ring === RING_CATEGORIES ? 1.1 : 0.8,
        })),
      },
      options: {
        responsive: !fixed,
        maintainAspectRatio: true,
        aspectRatio: 1,
        devicePixelRatio: fixed ? 2 : undefined,
        cutout: '24%',
        animation: prefersReducedMotion() || fixed ? false : { duration: 400 },
        layout: { padding: 4 },
        interaction: { mode: 'nearest', intersect: true },
        plugins: {
          legend: { display: false },
          tooltip: {
            enabled: true,
            displayColors: true,
            padding: 10,
            titleFont: { size: 14 },
            bodyFont: { size: 13 },
            callbacks: {
              title: (items: TooltipItem<'doughnut'>[]) => {
                const it = items[0];
                return it ? (segments()[it.datasetIndex]?.[it.dataIndex]?.name ?? '') : '';
              },
              label: (it: TooltipItem<'doughnut'>) => {
                const s = segments()[it.datasetIndex]?.[it.dataIndex];
                return s ? tooltipLines(s, it.datasetIndex) : '';
              },
              labelColor: (it: TooltipItem<'doughnut'>) => ({
                borderColor: '#1b2333',
                backgroundColor: bandColor(bands()[it.datasetIndex]?.[it.dataIndex] ?? null),
                borderWidth: 1,
              }),
            },
          },
        },
        onClick: (_e, elements) => {
          const hit = elements.find((el) => el.datasetIndex === RING_DATAPOINTS);
          if (!hit) return;
          setActive(hit.index);
          select(hit.index);
        },
        onHover: (e, elements) => {
          const target = e.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.some((el) => el.datasetIndex === RING_DATAPOINTS) ? 'pointer' : 'default';
        },
      },
      plugins: [patternOverlay(() => (di, i) => bands()[di]?.[i] ?? null) as Plugin<'doughnut'>, centreAndLabels],
    };
    if (fixed) {
      canvas.style.width = `${props.size}px`;
      canvas.style.height = `${props.size}px`;
    }
    chart = new Chart(canvas, config);
    props.onChart?.(chart);
  });

  // Later score, framework, city or year changes update the same chart in place.
  createEffect(
    on(
      () => [props.scores, props.framework, props.city, props.year, props.decimal] as const,
      () => {
        if (chart) apply(chart);
      },
      { defer: true },
    ),
  );

  onCleanup(() => {
    chart?.destroy();
    chart = undefined;
  });

  function exportPng() {
    if (!chart) return;
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height;
    const ctx = out.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    // Without the keyboard/hover highlight and tooltip.
    const keep = active();
    showActive(-1);
    ctx.drawImage(canvas, 0, 0);
    if (keep >= 0) showActive(keep);
    out.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = R.wheelFile(fileSafe(props.city), props.year);
      a.rel = 'noopener';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, 'image/png');
  }

  return (
    <figure class="r-wheel" classList={{ 'r-wheel-fixed': props.size !== undefined }}>
      <Show when={props.headline !== false}>
        <figcaption>
          <Headline agg={props.scores.overall} coverage={coverage()} decimal={props.decimal} label={R.overall} testid="wheel-headline" />
        </figcaption>
      </Show>
      <div
        class="r-wheel-canvas"
        tabIndex={0}
        role="group"
        aria-label={R.wheelTitle}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setActive(-1);
          showActive(-1);
        }}
        style={props.size !== undefined ? { width: `${props.size}px`, height: `${props.size}px` } : undefined}
      >
        <canvas
          ref={canvas}
          role="img"
          aria-label={R.wheelLabel(props.city, props.year)}
          aria-describedby={props.table === false ? undefined : tableId}
        />
      </div>
      <p id={helpId} class="r-help r-no-print">
        {R.wheelHelp}
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
            {R.exportPng}
          </button>
        </div>
      </Show>
      <Show when={props.table !== false}>
        {/* A table ignores a 1px width, so the wrapper does the hiding. */}
        <div class="r-visually-hidden">
          <table id={tableId} role="table">
            <caption>{R.wheelTableCaption(props.city, props.year)}</caption>
            <thead>
              <tr>
                <th scope="col">{R.colRing}</th>
                <th scope="col">{R.colCode}</th>
                <th scope="col">{R.colName}</th>
                <th scope="col">{R.colValue}</th>
                <th scope="col">{R.colTarget}</th>
                <th scope="col">{R.colPoints}</th>
                <th scope="col">{R.colBand}</th>
                <th scope="col">{R.colStatus}</th>
              </tr>
            </thead>
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
