/**
 * The benchmarking wheel as SVG text, for a high-resolution export (vector, so sharp at any size):
 * the same three rings as the canvas wheel (dimensions inside, categories, every data point outside),
 * each segment filled by its band, with a band number written on every scored segment and a legend,
 * so the file is readable without colour. Pure: Node-testable, no DOM.
 */
import type { Band } from '../../engine/types';
import { bandColor, bandInk, BANDS, BAND_NAMES } from './palette';
import type { WheelLayout } from './wheel-model';
import { resultWords } from '../strings/results';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An annular sector from angle a0 to a1 (radians, 0 = up, clockwise) between radii r0 < r1, centred on c. */
function sector(c: number, r0: number, r1: number, a0: number, a1: number): string {
  const p = (r: number, a: number) => `${(c + r * Math.sin(a)).toFixed(2)} ${(c - r * Math.cos(a)).toFixed(2)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M ${p(r1, a0)} A ${r1} ${r1} 0 ${large} 1 ${p(r1, a1)} L ${p(r0, a1)} A ${r0} ${r0} 0 ${large} 0 ${p(r0, a0)} Z`;
}

export interface WheelSvgOptions {
  size: number;
  title: string;
  lines: string[];
}

/** bands: [data points, categories, dimensions] as `wheelBands` gives them. */
export function wheelSvg(layout: WheelLayout, bands: (Band | null)[][], options: WheelSvgOptions): string {
  const legendHeight = 0.08 * options.size;
  const s = options.size;
  const c = s / 2;
  const total = layout.datapoints.length;
  const rings: { r0: number; r1: number; sizes: number[]; bands: (Band | null)[]; names: string[] }[] = [
    { r0: 0.2 * s, r1: 0.3 * s, sizes: layout.dimensions.map((d) => d.size), bands: bands[2], names: layout.dimensions.map((d) => d.group.code) },
    {
      r0: 0.3 * s,
      r1: 0.4 * s,
      sizes: layout.categories.map((x) => x.size),
      bands: bands[1],
      names: layout.categories.map((x) => x.group.code.split(': ').pop()!),
    },
    { r0: 0.4 * s, r1: 0.49 * s, sizes: layout.datapoints.map(() => 1), bands: bands[0], names: layout.datapoints.map(() => '') },
  ];
  const parts: string[] = [];
  for (const ring of rings) {
    let at = 0;
    ring.sizes.forEach((size, i) => {
      const a0 = (at / total) * 2 * Math.PI;
      const a1 = ((at + size) / total) * 2 * Math.PI;
      at += size;
      const band = ring.bands[i];
      parts.push(`<path d="${sector(c, ring.r0, ring.r1, a0, a1)}" fill="${bandColor(band)}" stroke="#ffffff" stroke-width="${(s / 1000).toFixed(2)}"/>`);
      const mid = (a0 + a1) / 2;
      const r = (ring.r0 + ring.r1) / 2;
      const label = ring.names[i] || (band ? String(band) : '');
      if (label) {
        const fontSize = ring.names[i] ? (ring.r1 - ring.r0) * (ring === rings[0] ? 0.35 : 0.22) : (ring.r1 - ring.r0) * 0.28;
        parts.push(
          `<text x="${(c + r * Math.sin(mid)).toFixed(2)}" y="${(c - r * Math.cos(mid)).toFixed(2)}" font-size="${fontSize.toFixed(1)}" fill="${bandInk(band)}" text-anchor="middle" dominant-baseline="central" font-family="sans-serif">${esc(label)}</text>`,
        );
      }
    });
  }
  parts.push(
    `<text x="${c}" y="${c - 0.04 * s}" font-size="${(0.035 * s).toFixed(1)}" text-anchor="middle" font-family="sans-serif" font-weight="bold" fill="#1b2333">${esc(options.title)}</text>`,
  );
  options.lines.forEach((line, i) =>
    parts.push(
      `<text x="${c}" y="${c + (0.015 + 0.04 * i) * s}" font-size="${(0.028 * s).toFixed(1)}" text-anchor="middle" font-family="sans-serif" fill="#1b2333">${esc(line)}</text>`,
    ),
  );
  const legendY = s + legendHeight / 2;
  [...BANDS, null].forEach((band, i) => {
    const x = (i / 5) * s + 0.01 * s;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${(legendY - 0.015 * s).toFixed(1)}" width="${(0.03 * s).toFixed(1)}" height="${(0.03 * s).toFixed(1)}" fill="${bandColor(band)}" stroke="#1b2333"/>`,
    );
    parts.push(
      `<text x="${(x + 0.04 * s).toFixed(1)}" y="${legendY.toFixed(1)}" font-size="${(0.017 * s).toFixed(1)}" dominant-baseline="central" font-family="sans-serif" fill="#1b2333">${esc(band ? `${band}: ${BAND_NAMES[band]}` : resultWords.noScore)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s + legendHeight}" viewBox="0 0 ${s} ${s + legendHeight}" role="img"><title>${esc(options.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
}
