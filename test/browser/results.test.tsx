import type { Chart } from 'chart.js';
import { createSignal, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { score } from '../../src/engine/evaluator';
import { DEMO_CITY, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc/index';
import type { AssessmentInput, Scores } from '../../src/engine/types';
import { AchievementBars, achievementRows, CoverageChart, SubdimensionRadar } from '../../src/ui/results/Charts';
import { datapointName, fmtPercent } from '../../src/ui/results/format';
import { BAND_COLORS, BAND_NAMES, bandColor, bandPattern, NO_SCORE_COLOR } from '../../src/ui/results/palette';
import { Report } from '../../src/ui/results/Report';
import { resultWords } from '../../src/ui/strings/results';
import { RING_CATEGORIES, RING_DATAPOINTS, RING_DIMENSIONS, Wheel } from '../../src/ui/results/Wheel';
import { wheelLayout } from '../../src/ui/results/wheel-model';
import { captureBrowserDownloads } from './helpers';

const XSS = '<img src=x onerror="window.__xss=1">';
const NET = 'EC: ICT: ICT: 1C|';
const WASTE = 'EC: I: WA: 1C|';
const DEMO_NOT_REPORTED = ['EC: ICT: ES: 2A|', 'EN: EN: PSN: 4A|', 'SC: SH: FS: 1A|'];

const demo = () => demoInput(u4ssc);
const demoScores = () => score(u4ssc, referenceTargets, demo());
const layout = wheelLayout(u4ssc);

function withValue(input: AssessmentInput, id: string, value: number): AssessmentInput {
  return { ...input, values: { ...input.values, [id]: { ...input.values[id], numerator: null, denominator: null, value, status: 'reported' } } };
}

function demoDoc(changes: Partial<AssessmentDoc> = {}): AssessmentDoc {
  const doc = createAssessment(DEMO_CITY, u4ssc, referenceTargets.data.id, 0);
  return { ...doc, ...demo(), ...changes };
}

let disposers: (() => void)[] = [];
function mount(ui: () => JSX.Element, width = 800): HTMLElement {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.appendChild(container);
  const dispose = render(ui, container);
  disposers.push(() => {
    dispose();
    container.remove();
  });
  return container;
}

beforeAll(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  disposers.forEach((d) => d());
  disposers = [];
  vi.restoreAllMocks();
});

describe('palette', () => {
  it('has four distinct band colours, a grey for no score, a pattern per band and a name per band', () => {
    const colours = [1, 2, 3, 4].map((b) => bandColor(b as 1 | 2 | 3 | 4));
    expect(new Set([...colours, NO_SCORE_COLOR]).size).toBe(5);
    expect(bandColor(null)).toBe(NO_SCORE_COLOR);
    expect(BAND_NAMES[1]).toBe('0–33 % of target');
    expect(BAND_NAMES[4]).toBe('95 %+ of target');
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const band of [1, 2, 3, 4, null] as const) expect(bandPattern(ctx, band)).toBeInstanceOf(CanvasPattern);
    // Marks to lay over a fill: every band but the plain band 4.
    expect(bandPattern(ctx, 1, true)).toBeInstanceOf(CanvasPattern);
    expect(bandPattern(ctx, 4, true)).toBeNull();
    expect(bandPattern(ctx, null, true)).toBeInstanceOf(CanvasPattern);
  });
});

describe('benchmarking wheel', () => {
  function mountWheel(scores: () => Scores, extra: { onSelect?: (id: string) => void; city?: string } = {}) {
    const charts: Chart<'doughnut'>[] = [];
    const container = mount(() => (
      <Wheel
        framework={u4ssc}
        scores={scores()}
        city={extra.city ?? DEMO_CITY.city}
        year={DEMO_CITY.year}
        onSelect={extra.onSelect}
        onChart={(c) => charts.push(c)}
      />
    ));
    return { container, charts, chart: () => charts[0] };
  }

  it('has one outer segment per data point and one per category and dimension, each in its band colour', () => {
    const scores = demoScores();
    const { chart, container } = mountWheel(() => scores);
    const ds = chart().data.datasets;
    expect(ds).toHaveLength(3);
    expect(ds[RING_DATAPOINTS].data).toHaveLength(112);
    expect(ds[RING_CATEGORIES].data).toHaveLength(27);
    expect(ds[RING_DIMENSIONS].data).toHaveLength(3);
    // Rings line up: each ring spans 112 units.
    for (const d of ds) expect((d.data as number[]).reduce((a, b) => a + b, 0)).toBe(112);

    const items = new Map(scores.items.map((i) => [i.id, i]));
    const outer = ds[RING_DATAPOINTS].backgroundColor as string[];
    layout.datapoints.forEach((ref, i) => expect(outer[i], ref.id).toBe(bandColor(items.get(ref.id)!.band)));
    expect(outer.filter((c) => c === NO_SCORE_COLOR)).toHaveLength(scores.items.filter((i) => i.state !== 'scored').length);
    expect(new Set(outer)).toEqual(new Set([...Object.values(BAND_COLORS), NO_SCORE_COLOR]));

    const aggs = new Map([...scores.categories, ...scores.dimensions].map((a) => [a.code, a]));
    const cats = ds[RING_CATEGORIES].backgroundColor as string[];
    let start = 0;
    layout.categories.forEach((c, i) => {
      expect(cats[i], c.group.code).toBe(bandColor(aggs.get(c.group.code)!.band));
      // Every outer segment under this category belongs to it.
      for (let k = start; k < start + c.size; k++) expect(layout.datapoints[k].path.category).toBe(c.group.code);
      start += c.size;
    });
    // Culture and Food Security have nothing scored: grey.
    expect(cats[layout.categories.findIndex((c) => c.group.code === 'SC: EH: C')]).toBe(NO_SCORE_COLOR);
    const dims = ds[RING_DIMENSIONS].backgroundColor as string[];
    layout.dimensions.forEach((d, i) => expect(dims[i]).toBe(bandColor(aggs.get(d.group.code)!.band)));

    // The canvas is described by a table of every segment, with band labels.
    const canvas = container.querySelector('canvas[role="img"]')!;
    const table = document.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(table.getAttribute('role')).toBe('table');
    expect(table.querySelector('caption')!.textContent).toBe(resultWords.wheelTableCaption(DEMO_CITY.city, DEMO_CITY.year));
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3 + 27 + 112);
    expect(table.textContent).toContain(BAND_NAMES[3]);
    expect(table.textContent).toContain(`${resultWords.noScore}: ${resultWords.stateText['not-reported'].toLowerCase()}`);
  });

  it('updates the same chart in place when the scores change', async () => {
    const [scores, setScores] = createSignal(demoScores());
    const { chart, charts } = mountWheel(scores);
    const first = chart();
    const i = layout.datapoints.findIndex((r) => r.id === WASTE);
    const cat = layout.categories.findIndex((c) => c.group.code === 'EC: I: WA');
    const was = demoScores().items.find((it) => it.id === WASTE)!.band;
    expect(was).toBe(4);
    expect((first.data.datasets[RING_DATAPOINTS].backgroundColor as string[])[i]).toBe(BAND_COLORS[4]);
    expect((first.data.datasets[RING_CATEGORIES].backgroundColor as string[])[cat]).toBe(BAND_COLORS[4]);

    // 10 % of households with waste collection: band 1, and so is its one-KPI category.
    const next = score(u4ssc, referenceTargets, withValue(demo(), WASTE, 10));
    setScores(next);
    const after = chart().data.datasets;
    expect((after[RING_DATAPOINTS].backgroundColor as string[])[i]).toBe(BAND_COLORS[1]);
    expect((after[RING_CATEGORIES].backgroundColor as string[])[cat]).toBe(BAND_COLORS[1]);
    const ec = next.dimensions.find((d) => d.code === 'EC')!;
    expect((after[RING_DIMENSIONS].backgroundColor as string[])[0]).toBe(bandColor(ec.band));
    // Unaffected segments keep their colour.
    expect((after[RING_DATAPOINTS].backgroundColor as string[])[i + 1]).toBe(bandColor(next.items.find((it) => it.id === layout.datapoints[i + 1].id)!.band));
    // Same chart object, created once, and it is the canvas's chart.
    expect(charts).toHaveLength(1);
    expect(chart()).toBe(first);
    const { Chart: ChartJs } = await import('chart.js');
    expect(ChartJs.getChart(first.canvas)).toBe(first);

    // Not reported now: grey.
    setScores(score(u4ssc, referenceTargets, { ...demo(), values: { ...demo().values, [WASTE]: { status: 'not-reported' } } }));
    expect((chart().data.datasets[RING_DATAPOINTS].backgroundColor as string[])[i]).toBe(NO_SCORE_COLOR);
    expect((chart().data.datasets[RING_CATEGORIES].backgroundColor as string[])[cat]).toBe(NO_SCORE_COLOR);
    expect(chart()).toBe(first);
  });

  it('shows a tooltip with the data point name on keyboard focus and arrow keys; Enter selects it', async () => {
    const onSelect = vi.fn();
    const { chart, container } = mountWheel(demoScores, { onSelect });
    const focusable = container.querySelector<HTMLElement>('.r-wheel-canvas')!;
    expect(focusable.tabIndex).toBe(0);
    focusable.focus();
    expect(document.activeElement).toBe(focusable);

    await userEvent.keyboard('{ArrowRight}');
    const c = chart();
    expect(c.tooltip!.getActiveElements().map((e) => [e.datasetIndex, e.index])).toEqual([[RING_DATAPOINTS, 0]]);
    expect(c.tooltip!.opacity).toBeGreaterThan(0);
    expect(c.tooltip!.title).toEqual([datapointName(layout.datapoints[0])]);
    const body = c.tooltip!.body.flatMap((b) => b.lines).join('\n');
    expect(body).toContain(resultWords.tipCode(layout.datapoints[0].kpi.code));
    expect(body).toMatch(/Band: /);
    expect(container.querySelector('[data-testid="wheel-live"]')!.textContent).toContain(datapointName(layout.datapoints[0]));

    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(c.tooltip!.getActiveElements()[0].index).toBe(1);
    expect(c.tooltip!.title).toEqual([datapointName(layout.datapoints[1])]);
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(layout.datapoints[1].id);

    // Wraps around backwards from the start.
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(c.tooltip!.title).toEqual([datapointName(layout.datapoints[111])]);
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(layout.datapoints[111].id);
  });

  it('calls onSelect with the data point clicked in the outer ring', async () => {
    const onSelect = vi.fn();
    const { chart } = mountWheel(demoScores, { onSelect });
    const c = chart();
    const k = layout.datapoints.findIndex((r) => r.id === 'EN: EN: AQ: 1C|PM2.5');
    const el = c.getDatasetMeta(RING_DATAPOINTS).data[k];
    // Click where the segment is once the opening animation has finished.
    await expect.poll(() => el.getProps(['endAngle']).endAngle === el.getProps(['endAngle'], true).endAngle).toBe(true);
    const pos = el.tooltipPosition(true);
    await userEvent.click(page.elementLocator(c.canvas), { position: { x: Math.round(pos.x!), y: Math.round(pos.y!) } });
    await expect.poll(() => onSelect.mock.calls.length).toBe(1);
    expect(onSelect).toHaveBeenCalledWith('EN: EN: AQ: 1C|PM2.5');
  });

  it('exports a PNG named after the city and year, like every other export of the assessment', async () => {
    const { blobs: created, names: clicked } = captureBrowserDownloads();
    const { container } = mountWheel(demoScores);
    await userEvent.click(page.elementLocator(container).getByRole('button', { name: resultWords.exportPng }));
    await expect.poll(() => clicked).toEqual(['Demoville-(fictional)-2025-wheel.png']);
    expect(created[0].type).toBe('image/png');
    expect(created[0].size).toBeGreaterThan(1000);
  });
});

describe('charts', () => {
  it('radar: data table and chart hold the sub-dimension percentages; the comparison is added and removed in place', () => {
    const scores = demoScores();
    const other = score(u4ssc, referenceTargets, withValue(demo(), NET, 10));
    const [compare, setCompare] = createSignal<{ label: string; scores: Scores } | undefined>({ label: 'Demoville 2024', scores: other });
    let chart: Chart<'radar'> | undefined;
    const container = mount(() => <SubdimensionRadar framework={u4ssc} scores={scores} compare={compare()} onChart={(c) => (chart = c)} />);
    const fig = container.querySelector('[data-testid="chart-radar"]')!;
    expect(fig.querySelector('h3')!.textContent).toBe(resultWords.radarTitle);
    const canvas = fig.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toContain('ICT 64.3 %');
    const rows = [...fig.querySelectorAll('details table tbody tr')];
    expect(rows).toHaveLength(7);
    scores.subdimensions.forEach((s, i) => {
      const cells = rows[i].querySelectorAll('th, td');
      expect(cells[0].textContent).toBe(s.name);
      expect(cells[1].textContent).toBe(fmtPercent(s.percent));
      expect(cells[3].textContent).toBe(fmtPercent(other.subdimensions[i].percent));
    });
    expect(rows[0].textContent).toContain('64.3 %');
    expect(chart!.data.datasets).toHaveLength(2);
    expect(chart!.data.datasets[0].data[0]).toBeCloseTo(64.3, 1);
    expect(chart!.data.datasets[1].label).toBe('Demoville 2024');

    const first = chart!;
    setCompare(undefined);
    expect(chart).toBe(first);
    expect(first.data.datasets).toHaveLength(1);
    expect(fig.querySelectorAll('details table thead th')).toHaveLength(3);
  });

  it('bars: scored data points of the chosen dimension, worst first, coloured by band, with a target line', async () => {
    const scores = demoScores();
    let chart: Chart<'bar'> | undefined;
    const container = mount(() => <AchievementBars framework={u4ssc} scores={scores} onChart={(c) => (chart = c)} />);
    const fig = container.querySelector('[data-testid="chart-bars"]')!;
    const ec = achievementRows(u4ssc, scores, 'EC');
    const scoredEc = scores.items.filter((i) => i.id.startsWith('EC:') && i.state === 'scored');
    expect(ec.rows).toHaveLength(scoredEc.length);
    const percents = ec.rows.map((r) => r.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));

    let rows = [...fig.querySelectorAll('details table tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(ec.rows.map((r) => r.ref.id));
    expect(rows[0].querySelectorAll('td')[1].textContent).toBe(fmtPercent(ec.rows[0].percent));
    expect(chart!.data.datasets[0].data).toHaveLength(ec.rows.length);
    expect(chart!.data.datasets[0].backgroundColor).toEqual(ec.rows.map((r) => bandColor(r.item.band)));
    expect((chart!.config.plugins ?? []).map((p) => p.id)).toContain('sscTargetLine');
    expect(fig.textContent).toContain(resultWords.barsExcluded(ec.excluded));

    const first = chart!;
    await userEvent.selectOptions(page.elementLocator(fig).getByLabelText(resultWords.barsDimension), 'EN');
    const en = achievementRows(u4ssc, scores, 'EN');
    rows = [...fig.querySelectorAll('details table tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(en.rows.map((r) => r.ref.id));
    expect(chart).toBe(first);
    expect(first.data.datasets[0].data).toEqual(en.rows.map((r) => Math.min(150, r.percent)));
    expect(fig.querySelector('canvas')!.getAttribute('aria-label')).toContain('Environment');
  });

  it('coverage: reported, benchmarked and expected per category, in the chart and its table', () => {
    const [scores, setScores] = createSignal(demoScores());
    let chart: Chart<'bar'> | undefined;
    const container = mount(() => <CoverageChart framework={u4ssc} scores={scores()} onChart={(c) => (chart = c)} />);
    const fig = container.querySelector('[data-testid="chart-coverage"]')!;
    const rows = [...fig.querySelectorAll('details table tbody tr')];
    expect(rows).toHaveLength(27);
    scores().categories.forEach((c, i) => {
      const cells = rows[i].querySelectorAll('td');
      expect(rows[i].getAttribute('data-code')).toBe(c.code);
      expect([cells[1].textContent, cells[2].textContent, cells[3].textContent]).toEqual([String(c.reported), String(c.benchmarked), String(c.expected)]);
    });
    const total = fig.querySelector('tfoot tr')!.querySelectorAll('td');
    expect([total[1].textContent, total[2].textContent, total[3].textContent]).toEqual([
      String(scores().overall.reported),
      String(scores().overall.benchmarked),
      String(scores().overall.expected),
    ]);
    expect(chart!.data.datasets.map((d) => d.label)).toEqual([resultWords.coverageExpected, resultWords.coverageReported, resultWords.coverageBenchmarked]);
    expect(chart!.data.datasets[2].data).toEqual(scores().categories.map((c) => c.benchmarked));

    const first = chart!;
    setScores(score(u4ssc, referenceTargets, { ...demo(), values: { ...demo().values, [NET]: { status: 'not-reported' } } }));
    expect(chart).toBe(first);
    expect(first.data.datasets[1].data[0]).toBe(scores().categories[0].reported);
    const firstRow = fig.querySelector('details table tbody tr')!;
    expect(firstRow.querySelectorAll('td')[1].textContent).toBe(String(scores().categories[0].reported));
    expect(scores().categories[0].reported).toBe(demoScores().categories[0].reported - 1);
  });

  it('turns animation off when the user prefers reduced motion', () => {
    const real = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((q: string) =>
      q.includes('prefers-reduced-motion') ? ({ matches: true, media: q } as MediaQueryList) : real(q),
    );
    let radar: Chart<'radar'> | undefined;
    let wheel: Chart<'doughnut'> | undefined;
    mount(() => (
      <>
        <SubdimensionRadar framework={u4ssc} scores={demoScores()} onChart={(c) => (radar = c)} />
        <Wheel framework={u4ssc} scores={demoScores()} city="A" year={2025} onChart={(c) => (wheel = c)} />
      </>
    ));
    expect(radar!.options.animation).toBe(false);
    expect(wheel!.options.animation).toBe(false);
  });
});

describe('city snapshot report', () => {
  it('lists every KPI data point, the scores, the KPIs not reported and the methodology', async () => {
    const scores = demoScores();
    const doc = demoDoc();
    const container = mount(() => <Report framework={u4ssc} targets={referenceTargets} doc={doc} scores={scores} printedAt={new Date(2026, 0, 15)} />, 1100);
    const text = container.textContent!;
    expect(text).toContain(DEMO_CITY.city);
    expect(text).toContain(DEMO_CITY.country);
    expect(text).toContain('2025');
    expect(text).toContain('15 January 2026');

    const kpiRows = container.querySelectorAll('[data-testid="report-kpis"] tbody tr');
    expect(kpiRows).toHaveLength(112);
    const codes = new Set([...kpiRows].map((r) => r.getAttribute('data-id')!.split('|')[0]));
    expect(codes.size).toBe(91);
    const kpiText = container.querySelector('[data-testid="report-kpis"]')!.textContent!;
    for (const kpi of u4ssc.data.kpis) expect(kpiText).toContain(kpi.code);
    // A row: code, name, value with unit, target, points, band label, status, source.
    const pm25 = container.querySelector('[data-testid="report-kpis"] tr[data-id="EN: EN: AQ: 1C|PM2.5"]')!;
    const cells = [...pm25.querySelectorAll('th, td')].map((c) => c.textContent);
    const item = scores.items.find((i) => i.id === 'EN: EN: AQ: 1C|PM2.5')!;
    expect(cells[0]).toBe('EN: EN: AQ: 1C PM2.5');
    expect(cells[1]).toBe('Air Pollution (PM2.5)');
    expect(cells[2]).toBe('10.5 µg/m³ (annual mean)');
    expect(cells[4]).toBe(String(item.points));
    expect(cells[5]).toBe(BAND_NAMES[item.band!]);
    expect(cells[6]).toBe('Scored');
    expect(cells[7]).toBe('Draft');
    expect(cells[8]).toBe('Invented for the Demoville training example (2025)');

    // Scores: 3 dimensions + 7 sub-dimensions + 27 categories with band and coverage.
    const scoreRows = container.querySelectorAll('[data-testid="report-scores"] tbody tr');
    expect(scoreRows).toHaveLength(37);
    const sc = container.querySelector('[data-testid="report-scores"] tr[data-code="SC"]')!;
    const dim = scores.dimensions.find((d) => d.code === 'SC')!;
    expect(sc.textContent).toContain(fmtPercent(dim.percent));
    expect(sc.textContent).toContain(BAND_NAMES[dim.band!]);
    expect(sc.textContent).toContain(`${dim.reported} / ${dim.benchmarked} / ${dim.expected}`);

    const notReported = container.querySelector('[data-testid="report-not-reported"] ul')!;
    expect([...notReported.querySelectorAll('li')].map((li) => li.getAttribute('data-id'))).toEqual(DEMO_NOT_REPORTED);
    expect(notReported.textContent).toContain('SC: SH: FS: 1A');
    expect(container.querySelector('[data-testid="report-not-reported"]')!.textContent).toContain(resultWords.notApplicableTitle);

    expect(text).toContain(referenceTargets.data.statement);
    expect(text).toContain(resultWords.methodIllustrative);
    // The method says how many scored data points rest on a target that is the workbench's judgement (#28).
    const scored = scores.items.filter((i) => i.state === 'scored');
    const judged = scored.filter((i) => i.targetOrigin === 'reference' && referenceTargets.byId.get(i.id)?.basis === 'judgement');
    expect(judged.length).toBeGreaterThan(10);
    expect(container.querySelector('[data-testid="report-judgement"]')!.textContent).toBe(resultWords.methodJudgement(judged.length, scored.length));
    // ...and says so beside each such target in the table, and beside no other.
    const marked = [...container.querySelectorAll('[data-testid="report-kpis"] tbody tr')].filter((tr) => tr.querySelector('[data-testid="target-judgement"]'));
    const judgedTargets = scores.items.filter(
      (i) => i.targetOrigin === 'reference' && i.target !== null && referenceTargets.byId.get(i.id)?.basis === 'judgement',
    );
    expect(judgedTargets.length).toBeGreaterThanOrEqual(judged.length);
    expect(marked.map((tr) => tr.getAttribute('data-id')).sort()).toEqual(judgedTargets.map((i) => i.id).sort());
    expect(marked[0].querySelector('[data-testid="target-judgement"]')!.textContent).toBe(resultWords.targetJudgement);
    expect(text).toContain(resultWords.methodPoints);

    // The wheel is drawn at a fixed print size, and Print calls window.print.
    expect(container.querySelector('.r-wheel canvas')).not.toBeNull();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await userEvent.click(page.elementLocator(container).getByRole('button', { name: resultWords.printButton }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('renders a hostile city name, source and comparison label as text, never as HTML', () => {
    delete (window as { __xss?: unknown }).__xss;
    const input = demo();
    input.values[NET] = { ...input.values[NET], source: XSS };
    const doc = demoDoc({ city: XSS, country: XSS, notes: XSS, values: input.values });
    const scores = score(u4ssc, referenceTargets, input);
    const container = mount(
      () => (
        <>
          <Report framework={u4ssc} targets={referenceTargets} doc={doc} scores={scores} />
          <Wheel framework={u4ssc} scores={scores} city={XSS} year={2025} />
          <SubdimensionRadar framework={u4ssc} scores={scores} compare={{ label: XSS, scores }} />
        </>
      ),
      1100,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-testid="report-city"]')!.textContent).toBe(XSS);
    expect(container.querySelector('h1')!.textContent).toBe(`${resultWords.reportTitle}: ${XSS}`);
    const row = container.querySelector(`[data-testid="report-kpis"] tr[data-id="${NET}"]`)!;
    expect(row.lastElementChild!.textContent).toBe(`${XSS} (2025)`);
    const wheelTable = container.querySelector('.r-wheel table')!;
    expect(wheelTable.querySelector('caption')!.textContent).toContain(XSS);
    expect(container.querySelector('[data-testid="chart-radar"] thead')!.textContent).toContain(XSS);
    expect(container.textContent).toContain(XSS);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });
});
