/**
 * Drawing the wheel's text on its canvas: names along and across the ring segments, and the centre
 * label. Plain functions over a 2D context plus one Chart.js plugin that calls them after the arcs are
 * drawn; no Solid, no DOM beyond the canvas context.
 */
import type { Chart, Plugin } from 'chart.js';
import type { Band } from '../../engine/types';
import type { ArcProps } from './chart-setup';
import { bandColor, bandInk } from './palette';
import { RING_CATEGORIES, RING_DIMENSIONS, type WheelLayout } from './wheel-model';
import { groupName, kpiName } from '../strings/kpi-names';

/** What the plugin draws; read afresh on every frame, so it always shows the latest scores. */
export interface WheelPicture {
  layout: WheelLayout;
  /** Band of each segment, ring by ring in dataset order. */
  bands: (Band | null)[][];
  centre: CentreText;
}

/**
 * The centre of the wheel: a title in bold (the city, wrapped over up to three lines) and plain lines
 * under it (the year). A further line, such as the data coverage, is one more entry in `lines`.
 */
export interface CentreText {
  title: string;
  lines: string[];
}

const FONT = 'system-ui, sans-serif';
const CENTRE_INK = '#1b2333';

/** Fits text into `max` pixels with the current font, cutting with an ellipsis. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
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
export function wrapText(ctx: CanvasRenderingContext2D, text: string, max: number, lines: number): string[] {
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

/** Text in the band's ink with a halo of the band's colour, readable on the segment and on its pattern. */
function drawHaloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, band: Band | null): void {
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = bandColor(band);
  ctx.strokeText(text, x, y);
  ctx.fillStyle = bandInk(band);
  ctx.fillText(text, x, y);
}

/** Hebrew, Arabic, Syriac, Thaana and the Arabic presentation forms. */
const JOINING_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** Text centred on `mid` along a circle of radius r, upright on both the upper and the lower half. */
function drawArcText(ctx: CanvasRenderingContext2D, text: string, cx: number, cy: number, r: number, mid: number, band: Band | null): void {
  // Letters of a joining, right-to-left script (Arabic) cannot be placed one by one: drawn alone they
  // lose their joined forms and their order. Such a name is drawn whole, tangent to the arc at its middle.
  if (JOINING_RTL.test(text)) {
    const lower = Math.sin(mid) > 0;
    ctx.save();
    ctx.translate(cx + r * Math.cos(mid), cy + r * Math.sin(mid));
    ctx.rotate(lower ? mid - Math.PI / 2 : mid + Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = bandColor(band);
    ctx.strokeText(text, 0, 0);
    ctx.fillStyle = bandInk(band);
    ctx.fillText(text, 0, 0);
    ctx.restore();
    return;
  }
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

/** Short texts drawn on the segments, ring by ring: KPI names outside, category names, dimension names. */
export function segmentLabels(layout: WheelLayout): string[][] {
  return [
    layout.datapoints.map((ref) => (ref.def.key ? `${ref.def.key}: ${kpiName(ref.kpi)}` : kpiName(ref.kpi))),
    layout.categories.map((c) => groupName(c.group)),
    layout.dimensions.map((d) => groupName(d.group)),
  ];
}

/** A dimension's name along its arc, as on the printed U4SSC wheel; its code when the name cannot fit. */
function drawDimensionLabel(ctx: CanvasRenderingContext2D, a: ArcProps, text: string, code: string, band: Band | null): void {
  const thickness = a.outerRadius - a.innerRadius;
  const sweep = a.endAngle - a.startAngle;
  const mid = (a.startAngle + a.endAngle) / 2;
  const r = (a.innerRadius + a.outerRadius) / 2;
  let size = Math.max(9, Math.min(16, thickness * 0.36));
  ctx.font = `700 ${size}px ${FONT}`;
  while (size > 8 && ctx.measureText(text).width > r * sweep * 0.85) {
    size -= 1;
    ctx.font = `700 ${size}px ${FONT}`;
  }
  const label = ctx.measureText(text).width <= r * sweep * 0.85 ? text : code;
  drawArcText(ctx, label, a.x, a.y, r, mid, band);
}

/** A data point's or category's name across its segment, read from the inside out; skipped where too narrow. */
function drawRadialLabel(ctx: CanvasRenderingContext2D, a: ArcProps, text: string, ring: number, band: Band | null): void {
  const thickness = a.outerRadius - a.innerRadius;
  const sweep = a.endAngle - a.startAngle;
  const mid = (a.startAngle + a.endAngle) / 2;
  // The arc must be tall enough for one line of text.
  const arcLength = ((a.innerRadius + a.outerRadius) / 2) * sweep;
  const size = Math.min(12, arcLength * 0.72, thickness * 0.22);
  if (size < 6.5) return;
  ctx.font = `${ring === RING_CATEGORIES ? '600 ' : ''}${size}px ${FONT}`;
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
  lines.forEach((line, k) => drawHaloText(ctx, line, x, (k - (lines.length - 1) / 2) * size * 1.1, band));
  ctx.restore();
}

/** The names on all three rings of a drawn chart. */
export function drawRingLabels(chart: Chart<'doughnut'>, picture: WheelPicture): void {
  const ctx = chart.ctx;
  const texts = segmentLabels(picture.layout);
  for (let ring = 0; ring < 3; ring++) {
    chart.getDatasetMeta(ring).data.forEach((el, i) => {
      const a = el.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as ArcProps;
      const band = picture.bands[ring]?.[i] ?? null;
      const text = texts[ring][i] ?? '';
      if (ring === RING_DIMENSIONS) drawDimensionLabel(ctx, a, text, picture.layout.dimensions[i]?.group.code ?? '', band);
      else drawRadialLabel(ctx, a, text, ring, band);
    });
  }
}

/**
 * The centre label inside the hole of radius `innerRadius` around (x, y): the title in bold over up to
 * three lines, then each of `lines` smaller and plain, the whole block centred vertically. Nothing is
 * drawn in a hole too small to read.
 */
export function drawCentreLabel(ctx: CanvasRenderingContext2D, hole: { x: number; y: number; innerRadius: number }, text: CentreText): void {
  if (hole.innerRadius <= 20) return;
  const size = Math.max(10, Math.min(22, hole.innerRadius * 0.24));
  const lineHeight = size * 1.15;
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = CENTRE_INK;
  ctx.font = `700 ${size}px ${FONT}`;
  const title = wrapText(ctx, text.title, hole.innerRadius * 1.6, 3);
  const all = [...title, ...text.lines];
  const top = hole.y - ((all.length - 1) * lineHeight) / 2;
  all.forEach((line, i) => {
    if (i === title.length) ctx.font = `400 ${size * 0.85}px ${FONT}`;
    ctx.fillText(line, hole.x, top + i * lineHeight);
  });
  ctx.restore();
}

/** The Chart.js plugin that draws the ring names and the centre label after the arcs. */
export function wheelTextPlugin(picture: () => WheelPicture): Plugin<'doughnut'> {
  return {
    id: 'sscWheelText',
    afterDatasetsDraw(chart) {
      const p = picture();
      const ctx = chart.ctx;
      ctx.save();
      ctx.textBaseline = 'middle';
      drawRingLabels(chart, p);
      const hole = chart.getDatasetMeta(RING_DIMENSIONS).data[0]?.getProps(['x', 'y', 'innerRadius'], true) as unknown as
        { x: number; y: number; innerRadius: number } | undefined;
      if (hole) drawCentreLabel(ctx, hole, p.centre);
      ctx.restore();
    },
  };
}
