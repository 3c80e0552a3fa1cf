/**
 * The only place the results views touch Chart.js registration. Tree-shaken: only the controllers,
 * elements, scales and plugins these charts use are registered (never `chart.js/auto`).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type Plugin,
} from 'chart.js';
import type { Band } from '../../engine/types';
import { bandPattern } from './palette';

let wheelRegistered = false;
/** The wheel: a doughnut of concentric datasets with tooltips; its legend is HTML. */
export function registerWheel(): typeof Chart {
  if (!wheelRegistered) {
    Chart.register(DoughnutController, ArcElement, Tooltip);
    wheelRegistered = true;
  }
  return Chart;
}

let chartsRegistered = false;
/** The radar, bar and coverage charts. */
export function registerCharts(): typeof Chart {
  if (!chartsRegistered) {
    Chart.register(
      RadarController,
      RadialLinearScale,
      PointElement,
      LineElement,
      Filler,
      BarController,
      BarElement,
      CategoryScale,
      LinearScale,
      Tooltip,
      Legend,
    );
    chartsRegistered = true;
  }
  return Chart;
}

let timeRegistered = false;
/** The trend lines and the ranking bars of the Compare view (issue #14). */
export function registerTimeCharts(): typeof Chart {
  if (!timeRegistered) {
    registerCharts();
    Chart.register(LineController);
    timeRegistered = true;
  }
  return Chart;
}

/** Which band each element of a dataset shows; `undefined` leaves the element without a pattern. */
export type BandLookup = (datasetIndex: number, index: number) => Band | null | undefined;

/** The geometry of a doughnut arc, as Chart.js reports it. */
export interface ArcProps {
  x: number;
  y: number;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}
interface BarProps {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}

/**
 * Lays each band's pattern over the colour fill of arcs and bars, so colour is never the only signal.
 * The dataset's `backgroundColor` stays the plain band colour (legends, tooltips and tests read it).
 */
export function patternOverlay(lookup: () => BandLookup): Plugin {
  return {
    id: 'sscBandPatterns',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const bandAt = lookup();
      ctx.save();
      chart.data.datasets.forEach((_, di) => {
        const meta = chart.getDatasetMeta(di);
        if (meta.hidden || !chart.isDatasetVisible(di)) return;
        meta.data.forEach((el, i) => {
          const band = bandAt(di, i);
          if (band === undefined) return;
          const pattern = bandPattern(ctx, band, true);
          if (!pattern) return;
          ctx.beginPath();
          if (meta.type === 'doughnut' || meta.type === 'pie') {
            const a = el.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as ArcProps;
            if (a.endAngle - a.startAngle <= 0) return;
            ctx.arc(a.x, a.y, a.outerRadius, a.startAngle, a.endAngle);
            ctx.arc(a.x, a.y, Math.max(0, a.innerRadius), a.endAngle, a.startAngle, true);
            ctx.closePath();
          } else if (meta.type === 'bar') {
            const b = el.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as BarProps;
            if (b.horizontal) {
              const left = Math.min(b.x, b.base);
              ctx.rect(left, b.y - b.height / 2, Math.abs(b.x - b.base), b.height);
            } else {
              const top = Math.min(b.y, b.base);
              ctx.rect(b.x - b.width / 2, top, b.width, Math.abs(b.base - b.y));
            }
          } else return;
          ctx.fillStyle = pattern;
          ctx.fill();
        });
      });
      ctx.restore();
    },
  };
}
