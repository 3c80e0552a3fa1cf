/**
 * The wheel's Chart.js instance: built on a canvas, fed from a state getter, updated in place,
 * highlighted from the keyboard, copied to a PNG, destroyed. A plain module (the pattern of Solid's
 * examples/migrating-element): Wheel.tsx owns when it is created and destroyed, this module draws.
 */
import type { ActiveDataPoint, Chart, ChartConfiguration, Plugin, TooltipItem } from 'chart.js';
import { patternOverlay, registerWheel } from './chart-setup';
import { datapointName } from './format';
import { bandColor } from './palette';
import { wheelTextPlugin, type WheelPicture } from './wheel-draw';
import { RING_CATEGORIES, RING_DATAPOINTS } from './wheel-model';
import { tooltipLines, type Segment } from './wheel-segments';

/** Everything the chart shows, read afresh whenever it draws or updates. */
export interface WheelState extends WheelPicture {
  /** Tooltip text of every segment, ring by ring. */
  segments: Segment[][];
  /** The data point being presented (its index in the outer ring), marked by outline and pointer, not by colour (issue #25). */
  current?: number;
}

/**
 * Marks the current data point: a thick dark outline round its segment, white inside it so it shows on
 * every band colour, and a pointer outside the ring at its middle, so it is found without telling colours apart.
 */
function currentMarker(state: () => WheelState): Plugin<'doughnut'> {
  return {
    id: 'sscCurrent',
    afterDatasetsDraw(chart) {
      const i = state().current;
      if (i === undefined || i < 0) return;
      const arc = chart.getDatasetMeta(RING_DATAPOINTS).data[i] as unknown as
        { x: number; y: number; startAngle: number; endAngle: number; innerRadius: number; outerRadius: number } | undefined;
      if (!arc) return;
      const { x, y, startAngle, endAngle, innerRadius, outerRadius } = arc;
      const ctx = chart.ctx;
      ctx.save();
      ctx.beginPath();
      ctx.arc(x, y, outerRadius, startAngle, endAngle);
      ctx.arc(x, y, innerRadius, endAngle, startAngle, true);
      ctx.closePath();
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#111827';
      ctx.lineWidth = 5;
      ctx.stroke();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 2;
      ctx.stroke();
      const mid = (startAngle + endAngle) / 2;
      const tip = outerRadius + 3;
      const base = outerRadius + 3 + Math.max(10, outerRadius * 0.07);
      // No wider than its own segment, so it never points at a neighbour too.
      const half = Math.min((endAngle - startAngle) * 0.45, 8 / base);
      ctx.beginPath();
      ctx.moveTo(x + Math.cos(mid) * tip, y + Math.sin(mid) * tip);
      ctx.lineTo(x + Math.cos(mid - half) * base, y + Math.sin(mid - half) * base);
      ctx.lineTo(x + Math.cos(mid + half) * base, y + Math.sin(mid + half) * base);
      ctx.closePath();
      ctx.fillStyle = '#111827';
      ctx.fill();
      ctx.restore();
    },
  };
}

export interface WheelChartOptions {
  /** A fixed size in CSS pixels drawn at twice the resolution (print); otherwise responsive. */
  size?: number;
  /** No animation (the user prefers reduced motion). */
  reducedMotion: boolean;
  /** A click on an outer-ring segment. */
  onSegmentClick: (index: number) => void;
}

export interface WheelChart {
  readonly chart: Chart<'doughnut'>;
  /** Writes the current state into the datasets and redraws without animation. */
  update(): void;
  /** Highlights outer segment `index` with its tooltip, or nothing for -1. */
  highlight(index: number): void;
  /** A PNG of the chart as drawn now, on white. The pixels are copied at once; encoding finishes later. */
  toPng(): Promise<Blob | null>;
  destroy(): void;
}

const INK = '#1b2333';

const ringData = (s: WheelState) => [s.layout.datapoints.map(() => 1), s.layout.categories.map((c) => c.size), s.layout.dimensions.map((d) => d.size)];
const ringLabels = (s: WheelState) => s.layout.datapoints.map((ref) => datapointName(ref));

export function createWheelChart(canvas: HTMLCanvasElement, state: () => WheelState, options: WheelChartOptions): WheelChart {
  const ChartJs = registerWheel();
  const fixed = options.size !== undefined;
  const s = state();
  const config: ChartConfiguration<'doughnut'> = {
    type: 'doughnut',
    data: {
      labels: ringLabels(s),
      datasets: ringData(s).map((data, ring) => ({
        data,
        backgroundColor: s.bands[ring].map(bandColor),
        borderColor: '#ffffff',
        borderWidth: ring === RING_DATAPOINTS ? 1 : 2,
        hoverBorderColor: INK,
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
      animation: options.reducedMotion || fixed ? false : { duration: 400 },
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
              return it ? (state().segments[it.datasetIndex]?.[it.dataIndex]?.name ?? '') : '';
            },
            label: (it: TooltipItem<'doughnut'>) => {
              const seg = state().segments[it.datasetIndex]?.[it.dataIndex];
              return seg ? tooltipLines(seg, it.datasetIndex) : '';
            },
            labelColor: (it: TooltipItem<'doughnut'>) => ({
              borderColor: INK,
              backgroundColor: bandColor(state().bands[it.datasetIndex]?.[it.dataIndex] ?? null),
              borderWidth: 1,
            }),
          },
        },
      },
      onClick: (_e, elements) => {
        const hit = elements.find((el) => el.datasetIndex === RING_DATAPOINTS);
        if (hit) options.onSegmentClick(hit.index);
      },
      onHover: (e, elements) => {
        const target = e.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.some((el) => el.datasetIndex === RING_DATAPOINTS) ? 'pointer' : 'default';
      },
    },
    plugins: [patternOverlay(() => (di, i) => state().bands[di]?.[i] ?? null) as Plugin<'doughnut'>, wheelTextPlugin(state), currentMarker(state)],
  };
  if (fixed) {
    canvas.style.width = `${options.size}px`;
    canvas.style.height = `${options.size}px`;
  }
  const chart = new ChartJs(canvas, config);

  function highlight(index: number): void {
    if (index < 0) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
      return;
    }
    const target: ActiveDataPoint[] = [{ datasetIndex: RING_DATAPOINTS, index }];
    const el = chart.getDatasetMeta(RING_DATAPOINTS).data[index];
    const pos = el ? el.tooltipPosition(true) : { x: 0, y: 0 };
    chart.setActiveElements(target);
    chart.tooltip?.setActiveElements(target, { x: pos.x ?? 0, y: pos.y ?? 0 });
    chart.update('none');
  }

  return {
    chart,
    update() {
      const now = state();
      chart.data.labels = ringLabels(now);
      ringData(now).forEach((d, ring) => {
        const ds = chart.data.datasets[ring];
        ds.data = d;
        ds.backgroundColor = now.bands[ring].map(bandColor);
      });
      chart.update('none');
    },
    highlight,
    toPng() {
      const out = document.createElement('canvas');
      out.width = canvas.width;
      out.height = canvas.height;
      const ctx = out.getContext('2d');
      if (!ctx) return Promise.resolve(null);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(canvas, 0, 0);
      return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
    },
    destroy() {
      chart.destroy();
    },
  };
}
