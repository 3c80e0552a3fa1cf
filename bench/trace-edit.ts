/**
 * Where an edit's main-thread time goes, in the app and in the bare grid: a DevTools trace of N edits
 * on each page, summed per trace event name between the Enter and the next frame. A diagnostic for
 * issue #10 (not part of `npm run bench`): `npx tsx bench/trace-edit.ts [N]` after `npx vite build`
 * (`SIZE=1000`: with 1 000 assessments in the library).
 */
import type { Page } from 'playwright-core';
import { cell, HEADER } from './app-dom';
import { serveBare } from './bare';
import { distsFromEnv, launchChromium, openBare, openDemoAmong, serveBuilds } from './builds';

const PORT = Number(process.env.BENCH_PORT ?? 4477);
const N = Number(process.argv[2] ?? 20);
const NAMES = [
  'Layout',
  'UpdateLayoutTree',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'RasterTask',
  'HitTest',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'RunMicrotasks',
  'v8.run',
];

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown>; endData?: Record<string, unknown> };
}

async function trace(page: Page, label: string, values: string[]) {
  await page.bringToFront();
  await (await cell(page, HEADER.numerator)).click();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  // Only the commit is traced: from just before Enter until the frames after it are done.
  for (const v of values) {
    await page.keyboard.type(v);
    await page.waitForTimeout(50);
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing',
      transferMode: 'ReportEvents',
    });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    await cdp.send('Tracing.end');
    await done;
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(50);
  }
  const mains = events.filter(
    (e) =>
      e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'EventDispatch'),
  );
  const onMain = events.filter((e) => mains.some((m) => e.pid === m.pid && e.tid === m.tid) && e.ph === 'X');
  // Top-level tasks only for the totals; names summed at any depth.
  const sums = new Map<string, number>();
  for (const e of onMain) if (NAMES.includes(e.name)) sums.set(e.name, (sums.get(e.name) ?? 0) + ((e as { tdur?: number }).tdur ?? e.dur ?? 0) / 1000);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const total = tasks.reduce((s, e) => s + ((e as { tdur?: number }).tdur ?? e.dur ?? 0) / 1000, 0);
  console.log(`\n${label}: ${values.length} edits, main-thread task time ${(total / values.length).toFixed(1)} ms per edit`);
  if (process.env.DETAIL) {
    const paints = onMain.filter((e) => e.name === 'Paint');
    const byNode = new Map<string, { n: number; ms: number }>();
    for (const p of paints) {
      const d = p.args?.data ?? {};
      const clip = (d.clip as number[] | undefined) ?? [];
      const key = `node ${String(d.nodeId)} layer ${String(d.layerId)} ${clip.length ? `${clip[2] - clip[0]}x${clip[5] - clip[1]}` : ''}`;
      const b = byNode.get(key) ?? { n: 0, ms: 0 };
      b.n++;
      b.ms += ((p as { tdur?: number }).tdur ?? p.dur ?? 0) / 1000;
      byNode.set(key, b);
    }
    const ids = new Set(paints.map((p) => Number(p.args?.data?.nodeId)));
    for (const id of ids) {
      const d = await cdp.send('DOM.describeNode', { backendNodeId: id }).catch(() => null);
      if (d) console.log(`    node ${id}: <${d.node.nodeName.toLowerCase()} ${(d.node.attributes ?? []).join(' ').slice(0, 120)}>`);
    }
    for (const [k, v] of [...byNode].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) console.log(`    paint ${k}: ${v.n}× ${v.ms.toFixed(1)} ms`);
    const layouts = onMain
      .filter((e) => e.name === 'Layout')
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 8);
    for (const l of layouts)
      console.log(
        `    layout ${((l.dur ?? 0) / 1000).toFixed(1)} ms dirty ${String(l.args?.beginData?.dirtyObjects)}/${String(l.args?.beginData?.totalObjects)} partial ${String(l.args?.beginData?.partialLayout)} roots ${JSON.stringify(l.args?.endData?.layoutRoots ?? l.args?.endData?.rootNode ?? '').slice(0, 200)}`,
      );
  }
  if (process.env.TIMELINE) timeline(events, onMain, Number(process.env.TIMELINE));
  for (const n of NAMES) if (sums.has(n)) console.log(`  ${n.padEnd(20)} ${(sums.get(n)! / values.length).toFixed(2)} ms`);
}

/**
 * `TIMELINE=k`: the first k edits as a timeline from the Enter keydown: each top-level main-thread task
 * (start, duration, the largest events inside), animation frames, the app's marks and the worker's tasks.
 * Shows where an edit waits rather than works.
 */
function timeline(events: TraceEvent[], onMain: TraceEvent[], k: number) {
  const dur = (e: TraceEvent) => ((e.dur ?? 0) / 1000).toFixed(1);
  const keydowns = onMain.filter((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown');
  const mainTid = onMain[0]?.tid;
  const workers = events.filter((e) => e.name === 'thread_name' && String(e.args?.name).includes('Worker')).map((e) => `${e.pid}:${e.tid}`);
  for (const kd of keydowns.slice(0, k)) {
    const t0 = kd.ts;
    const within = (e: TraceEvent) => e.ts >= t0 - 2000 && e.ts <= t0 + 120_000;
    const rows: [number, string][] = [];
    const tasks = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && within(e) && (e.dur ?? 0) > 300);
    for (const t of tasks) {
      const inner = onMain
        .filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t && NAMES.includes(e.name) && (e.dur ?? 0) > 500)
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 5)
        .map((e) => `${e.name}${e.name === 'EventDispatch' ? `(${String((e.args?.data as { type?: string })?.type)})` : ''} ${dur(e)}`);
      rows.push([t.ts, `main task ${dur(t)} ms: ${inner.join(', ')}`]);
    }
    for (const e of events.filter((x) => x.tid === mainTid && x.name === 'FireAnimationFrame' && within(x))) rows.push([e.ts, 'rAF']);
    for (const e of events.filter((x) => x.cat?.includes('blink.user_timing') && within(x) && x.name.startsWith('ssc:'))) rows.push([e.ts, `mark ${e.name}`]);
    for (const e of events.filter((x) => workers.includes(`${x.pid}:${x.tid}`) && x.ph === 'X' && x.name === 'RunTask' && within(x) && (x.dur ?? 0) > 100))
      rows.push([e.ts, `  worker task ${dur(e)} ms`]);
    console.log(`  -- edit timeline (ms from keydown)`);
    for (const [ts, text] of rows.sort((a, b) => a[0] - b[0])) console.log(`  ${((ts - t0) / 1000).toFixed(1).padStart(7)}  ${text}`);
  }
}

/** `DISTS=dirA,dirB` compares builds (each built with `npx vite build --outDir DIR`), alternating. */
const dists = distsFromEnv();
const apps = await serveBuilds(dists, PORT + 10);
const bare = await serveBare(PORT + 2);
const browser = await launchChromium();
try {
  const pages: Page[] = [];
  // SIZE=1000: the demo city among 1 000 imported assessments (as npm run bench edits at 1 000).
  for (const url of apps.urls) pages.push(await openDemoAmong(browser, url, Number(process.env.SIZE ?? 1)));
  const barePage = await openBare(browser, bare.url);
  const values = Array.from({ length: N }, (_, i) => (i % 2 === 0 ? '30000' : '110000'));
  for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++) {
    await trace(barePage, 'bare', values);
    for (let i = 0; i < pages.length; i++) await trace(pages[i], dists[i], values);
  }
} finally {
  await browser.close();
  await apps.close();
  await bare.close();
}
