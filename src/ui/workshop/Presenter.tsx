/**
 * Presenter view: for a projector. The wheel fills the height of the screen, one data point is
 * explained at a time in large type, and the keyboard walks the wheel (next / previous data point,
 * next / previous category). The wheel exports as SVG (vector) and as a 2 400 px PNG.
 */
import type { Chart } from 'chart.js';
import { createMemo, createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../../engine/parse';
import type { Scores } from '../../engine/types';
import { assessmentFileName, downloadBlob, FILE_SUFFIX } from '../interchange/files';
import { aggBandText, datapointCode, datapointName, fmtPercent, fmtQuantity, fmtTarget, itemBandText } from '../results/format';
import { Wheel } from '../results/Wheel';
import { scoreIndex, wheelBands, wheelLayout } from '../results/wheel-model';
import { wheelSvg } from '../results/wheel-svg';
import { shellWords } from '../strings';
import { workshopWords } from '../strings/workshop';
import { groupName } from '../strings/kpi-names';

/** CSS size of the hidden wheel drawn for the PNG; the chart draws at twice it (2 400 px). */
export const PNG_CSS_SIZE = 1200;

export function Presenter(props: { doc: AssessmentDoc; scores: Scores; decimal: DecimalStyle; onClose: () => void }): JSX.Element {
  const layout = wheelLayout(u4ssc);
  const n = layout.datapoints.length;
  const [at, setAt] = createSignal(0);
  const [exporting, setExporting] = createSignal(false);
  let root!: HTMLDivElement;
  const ref = () => layout.datapoints[at()];
  const item = () => props.scores.items[ref().index];
  const category = createMemo(() => props.scores.categories.find((c) => c.code === ref().path.category)!);
  const name = () => ({ city: props.doc.city, year: props.doc.year });

  const moveCategory = (step: 1 | -1) => {
    const cats = layout.categories.map((c) => c.group.code);
    const i = cats.indexOf(ref().path.category);
    const target = cats[(i + step + cats.length) % cats.length];
    setAt(layout.datapoints.findIndex((r) => r.path.category === target));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    // Right to left, the arrow pointing the way the text reads (←) goes forward.
    const rtl = document.documentElement.dir === 'rtl';
    const key = rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : e.key;
    const action =
      key === 'ArrowRight' || key === 'ArrowDown' || key === 'n' || key === 'N'
        ? () => setAt((at() + 1) % n)
        : key === 'ArrowLeft' || key === 'ArrowUp' || key === 'p' || key === 'P'
          ? () => setAt((at() - 1 + n) % n)
          : key === 'PageDown' || key === 'c'
            ? () => moveCategory(1)
            : key === 'PageUp' || key === 'C'
              ? () => moveCategory(-1)
              : key === 'Escape'
                ? props.onClose
                : null;
    if (!action) return;
    e.preventDefault();
    action();
  };

  const exportSvg = () => {
    const svg = wheelSvg(layout, wheelBands(layout, scoreIndex(props.scores)), {
      size: 2400,
      title: `${props.doc.city} ${props.doc.year}`,
      lines: props.scores.overall.percent === null ? [] : [fmtPercent(props.scores.overall.percent, props.decimal)],
    });
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), assessmentFileName(name(), FILE_SUFFIX.wheelSvg));
  };
  const exportPng = (chart: Chart<'doughnut'>) => {
    // Drawn without animation, on white, at 2 × 1 200 CSS px.
    chart.stop();
    chart.update('none');
    const out = document.createElement('canvas');
    out.width = chart.canvas.width;
    out.height = chart.canvas.height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(chart.canvas, 0, 0);
    out.toBlob((blob) => {
      if (blob) downloadBlob(blob, assessmentFileName(name(), FILE_SUFFIX.wheelPngLarge));
      setExporting(false);
    }, 'image/png');
  };

  const previous = document.activeElement as HTMLElement | null;
  // The keys work wherever focus is while the view is open (a disabled button drops focus to the body).
  onMount(() => {
    root.focus();
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKey);
    previous?.focus();
  });

  return (
    <div
      class="ws-presenter"
      role="dialog"
      aria-modal="true"
      aria-label={workshopWords.presenterLabel(props.doc.city, props.doc.year)}
      tabIndex={-1}
      ref={root}
      data-testid="presenter"
    >
      <div class="ws-presenter-wheel" data-testid="presenter-wheel">
        <Wheel
          framework={u4ssc}
          scores={props.scores}
          city={props.doc.city}
          year={props.doc.year}
          decimal={props.decimal}
          headline={false}
          exportButton={false}
          current={at()}
          onSelect={(id) => setAt(layout.datapoints.findIndex((r) => r.id === id))}
        />
      </div>
      <div class="ws-presenter-side">
        <p class="ws-presenter-pos">{workshopWords.presenterPosition(at() + 1, n)}</p>
        <h2 class="ws-presenter-title" aria-live="polite" data-testid="presenter-title">
          {datapointCode(ref())} · {datapointName(ref())}
        </h2>
        <dl class="ws-presenter-facts">
          <dt>{workshopWords.presenterValue}</dt>
          <dd>{fmtQuantity(item().value, ref(), props.decimal)}</dd>
          <dt>{workshopWords.presenterTarget}</dt>
          <dd>{fmtTarget(item(), ref(), props.decimal)}</dd>
          <dt>{workshopWords.presenterAchievement}</dt>
          <dd>{fmtPercent(item().achievement === null ? null : item().achievement! * 100, props.decimal)}</dd>
          <dt>{workshopWords.presenterBand}</dt>
          <dd>{itemBandText(item())}</dd>
          <dt>{workshopWords.presenterCategory}</dt>
          <dd>
            {category().code} {groupName(category())}: {category().percent === null ? shellWords.notScored : fmtPercent(category().percent, props.decimal)} (
            {aggBandText(category())})
          </dd>
        </dl>
        <div class="ws-presenter-nav">
          <button type="button" onClick={() => setAt((at() - 1 + n) % n)}>
            ← {workshopWords.presenterPrev}
          </button>
          <button type="button" onClick={() => setAt((at() + 1) % n)}>
            {workshopWords.presenterNext} →
          </button>
          <button type="button" onClick={() => moveCategory(-1)}>
            {workshopWords.presenterPrevCat}
          </button>
          <button type="button" onClick={() => moveCategory(1)}>
            {workshopWords.presenterNextCat}
          </button>
        </div>
        <p class="ws-presenter-keys">{workshopWords.presenterKeys}</p>
        <div class="ws-presenter-nav">
          <button type="button" onClick={exportSvg} data-testid="export-svg">
            {workshopWords.exportSvg}
          </button>
          <button type="button" onClick={() => setExporting(true)} disabled={exporting()} data-testid="export-png">
            {workshopWords.exportPngLarge}
          </button>
          <button type="button" class="primary" onClick={props.onClose}>
            {workshopWords.presenterClose}
          </button>
        </div>
      </div>
      <Show when={exporting()}>
        <div class="ws-offscreen" aria-hidden="true">
          <Wheel
            framework={u4ssc}
            scores={props.scores}
            city={props.doc.city}
            year={props.doc.year}
            decimal={props.decimal}
            size={PNG_CSS_SIZE}
            headline={false}
            table={false}
            legend={false}
            exportButton={false}
            onChart={(chart) => requestAnimationFrame(() => exportPng(chart))}
          />
        </div>
      </Show>
    </div>
  );
}
