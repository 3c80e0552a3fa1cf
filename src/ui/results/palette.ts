/**
 * Band colours and patterns of the results views.
 *
 * Choice: a red → yellow → blue-green scale (the U4SSC wheel's red → green idea, with the green moved
 * towards blue so it no longer clashes with red for colour-blind readers), close to ColorBrewer's
 * BrBG / RdYlBu ends:
 *
 *   band 1 (0–33 %)   #d7301f  red           L* 48
 *   band 2 (33–66 %)  #f6c342  yellow        L* 81
 *   band 3 (66–95 %)  #7cc7b9  light teal    L* 75
 *   band 4 (95 %+)    #0f6b63  dark teal     L* 40
 *   no score          #e6e6e6  light grey    L* 91
 *
 * Checked with the Machado et al. (2009) simulation at full severity: the smallest CIE76 ΔE between any
 * two of the five colours is 31 for normal vision, 14 for protanopia, 18 for deuteranopia and 33 for
 * tritanopia (all pairs stay apart; the closest is band 3 against grey, which also differ in pattern).
 * Red and the dark teal differ in the blue–yellow direction that red–green colour blindness keeps.
 *
 * Colour is never the only signal: each band also has a pattern (1 cross-hatch, 2 diagonal stripes,
 * 3 dots, 4 plain, no score: horizontal dashes on grey), and the band label is written in every
 * tooltip, legend and table.
 */
import { BAND_LABELS } from '../../engine/bands';
import type { Band } from '../../engine/types';
import { resultWords } from '../strings/results';

export const BAND_COLORS: Record<Band, string> = {
  1: '#d7301f',
  2: '#f6c342',
  3: '#7cc7b9',
  4: '#0f6b63',
};
export const NO_SCORE_COLOR = '#e6e6e6';

/** Ink that reads on each fill (for labels drawn on a segment). */
export const BAND_INK: Record<Band, string> = { 1: '#ffffff', 2: '#1b2333', 3: '#1b2333', 4: '#ffffff' };
export const NO_SCORE_INK = '#1b2333';

/** Names shown in legends and tables: "0–33 % of target" …; `null` is the no-score grey. */
export const BAND_NAMES: Record<Band, string> = {
  1: resultWords.bandName(BAND_LABELS[1]),
  2: resultWords.bandName(BAND_LABELS[2]),
  3: resultWords.bandName(BAND_LABELS[3]),
  4: resultWords.bandName(BAND_LABELS[4]),
};

export const BANDS: readonly Band[] = [1, 2, 3, 4];

export const bandColor = (band: Band | null | undefined): string => (band ? BAND_COLORS[band] : NO_SCORE_COLOR);
export const bandInk = (band: Band | null | undefined): string => (band ? BAND_INK[band] : NO_SCORE_INK);
export const bandName = (band: Band | null | undefined): string => (band ? BAND_NAMES[band] : resultWords.noScore);

type Mark = 'cross' | 'stripes' | 'dots' | 'none' | 'dashes';
const MARKS: Record<Band | 0, Mark> = { 1: 'cross', 2: 'stripes', 3: 'dots', 4: 'none', 0: 'dashes' };
const MARK_INK: Record<Band | 0, string> = {
  1: 'rgba(255,255,255,0.6)',
  2: 'rgba(27,35,51,0.45)',
  3: 'rgba(27,35,51,0.5)',
  4: 'rgba(255,255,255,0.6)',
  0: 'rgba(27,35,51,0.45)',
};
const TILE = 8;

/** The pattern's marks on a transparent tile (null for band 4, which is plain). */
function drawTile(band: Band | null, background: boolean): HTMLCanvasElement | OffscreenCanvas {
  const key = band ?? 0;
  const tile =
    typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(TILE, TILE) : Object.assign(document.createElement('canvas'), { width: TILE, height: TILE });
  const c = tile.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  if (background) {
    c.fillStyle = bandColor(band);
    c.fillRect(0, 0, TILE, TILE);
  }
  c.strokeStyle = MARK_INK[key];
  c.fillStyle = MARK_INK[key];
  c.lineWidth = 1.25;
  switch (MARKS[key]) {
    case 'cross':
      c.beginPath();
      c.moveTo(0, 0);
      c.lineTo(TILE, TILE);
      c.moveTo(TILE, 0);
      c.lineTo(0, TILE);
      c.stroke();
      break;
    case 'stripes':
      c.beginPath();
      // Two segments so the stripe continues across tile edges.
      c.moveTo(0, TILE);
      c.lineTo(TILE, 0);
      c.moveTo(-TILE / 2, TILE / 2);
      c.lineTo(TILE / 2, -TILE / 2);
      c.moveTo(TILE / 2, TILE + TILE / 2);
      c.lineTo(TILE + TILE / 2, TILE / 2);
      c.stroke();
      break;
    case 'dots':
      c.beginPath();
      c.arc(TILE / 2, TILE / 2, 1.5, 0, Math.PI * 2);
      c.fill();
      break;
    case 'dashes':
      c.fillRect(1, TILE / 2 - 0.75, TILE / 2, 1.5);
      break;
    case 'none':
      break;
  }
  return tile;
}

const cache = new WeakMap<object, Map<string, CanvasPattern | null>>();

/**
 * The band's pattern for a 2D context: by default the band colour with its marks (for swatches and
 * fills); with `marksOnly` just the marks on transparent ground, to lay over a colour fill. Returns null
 * for marks-only band 4 (plain) and when the context cannot make patterns.
 */
export function bandPattern(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, band: Band | null, marksOnly = false): CanvasPattern | null {
  let perCtx = cache.get(ctx);
  if (!perCtx) cache.set(ctx, (perCtx = new Map()));
  const key = `${band ?? 0}:${marksOnly}`;
  if (perCtx.has(key)) return perCtx.get(key)!;
  const pattern = marksOnly && MARKS[band ?? 0] === 'none' ? null : ctx.createPattern(drawTile(band, !marksOnly), 'repeat');
  perCtx.set(key, pattern);
  return pattern;
}
