/**
 * Column headers that show whole (issue #25): at 1 280 px "Denominator" was cut to "Denomi…" because a
 * header had one line in a column sized for its numbers. A header may now wrap onto two lines, and a
 * column is widened only as far as its header needs to fit in two lines, measured in the interface
 * language and in the font the header is drawn with (a French or Russian header is longer than the
 * English one; one long word cannot wrap).
 */

/** The lines a header takes at a width, broken at spaces as the browser does (a word never split). */
export function wrapLines(label: string, width: number, measure: (text: string) => number): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    if (last >= 0 && measure(`${lines[last]} ${word}`) <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The text width a header needs to show whole in at most `maxLines` lines. */
export function neededWidth(label: string, measure: (text: string) => number, maxLines = 2): number {
  const words = label.split(/\s+/).filter(Boolean);
  // A text without spaces (Chinese) wraps between characters: half its width per line is enough.
  if (words.length === 1 && /[\u3000-\u9fff]/.test(label)) return Math.ceil(measure(label) / maxLines);
  let width = Math.max(0, ...words.map(measure));
  // Widen one pixel at a time until the greedy wrap takes few enough lines; bounded by the whole label.
  const whole = measure(label);
  while (width < whole && wrapLines(label, width, measure).length > maxLines) width += 1;
  return Math.ceil(width);
}

/** Each column's width: its own, or wider where its header needs it (`padding` is what a header cell keeps around its text). */
export function fitHeaderWidths(labels: readonly string[], widths: readonly number[], measure: (text: string) => number, padding: number): number[] {
  return widths.map((w, i) => Math.max(w, neededWidth(labels[i], measure) + padding));
}

/** The few settings of Handsontable this needs (so that the pure parts above stay testable in Node). */
interface HeaderHost {
  rootElement: HTMLElement;
  updateSettings(settings: { colWidths?: number[]; columnHeaderHeight?: number }): void;
}

/**
 * Measures the headers as drawn and widens the columns and heightens the header row where needed.
 * Called once the grid has drawn its headers; does nothing where text cannot be measured.
 */
export function fitHeaders(hot: HeaderHost, labels: readonly string[], widths: readonly number[]): void {
  // The code column (the first) always shows; its header tells the font and the room around the text.
  const span = hot.rootElement.querySelector<HTMLElement>('thead th .colHeader');
  const th = span?.closest('th');
  const ctx = document.createElement('canvas').getContext('2d');
  if (!span || !th || !ctx || span.offsetWidth === 0) return;
  const style = getComputedStyle(span);
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const measure = (text: string) => ctx.measureText(text).width;
  // The room a header keeps around its text: its box's padding and the cell's borders (+1 for rounding).
  const box = getComputedStyle(span.parentElement ?? span);
  const px = (v: string) => parseFloat(v) || 0;
  const padding = px(box.paddingLeft) + px(box.paddingRight) + (th.offsetWidth - th.clientWidth) + 1;
  const around = px(box.paddingTop) + px(box.paddingBottom) + (th.offsetHeight - th.clientHeight);
  const fitted = fitHeaderWidths(labels, widths, measure, padding);
  const lines = Math.max(...labels.map((l, i) => (measure(l) <= fitted[i] - padding ? 1 : 2)));
  const lineHeight = px(style.lineHeight) || span.offsetHeight;
  const settings: { colWidths?: number[]; columnHeaderHeight?: number } = {};
  if (fitted.some((w, i) => w !== widths[i])) settings.colWidths = fitted;
  if (lines > 1) settings.columnHeaderHeight = Math.ceil(around + lines * lineHeight);
  if (Object.keys(settings).length > 0) hot.updateSettings(settings);
}
