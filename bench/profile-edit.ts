/**
 * Where an edit's main-thread JavaScript goes, in the app and in the bare grid: a V8 CPU profile
 * (100 µs sampling) of N edits on each page, reported as inclusive time per function (a function
 * counted once per sample however deep it recurs) and as self time. A diagnostic for issue #10, not
 * part of `npm run bench`. Function names are readable only in an unminified build:
 * `npx vite build --minify false --outDir /tmp/dist-plain && DIST=/tmp/dist-plain npx tsx bench/profile-edit.ts 20`
 * (`SIZE=1000`: with 1 000 assessments in the library).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { cell, HEADER } from './app-dom';
import { serveBare } from './bare';
import { launchChromium, openBare, openDemoAmong, serveBuilds } from './builds';

const PORT = Number(process.env.BENCH_PORT ?? 4467);
const N = Number(process.argv[2] ?? 20);
const TOP = Number(process.env.TOP ?? 30);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function profile(page: Page, label: string, values: string[]) {
  await page.bringToFront();
  await (await cell(page, HEADER.numerator)).click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles: Profile[] = [];
  for (const v of values) {
    await page.keyboard.type(v);
    await page.waitForTimeout(50);
    await cdp.send('Profiler.start');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(120);
    profiles.push((await cdp.send('Profiler.stop')).profile as unknown as Profile);
    // SAVE=prefix: each profile as prefix-label-k.cpuprofile (open in DevTools, or read with a script).
    if (process.env.SAVE) writeFileSync(`${process.env.SAVE}-${label}-${profiles.length}.cpuprofile`, JSON.stringify(profiles.at(-1)));
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(50);
  }
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    p.samples.forEach((id, i) => {
      const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(id)!;
      if (['(idle)', '(program)', '(garbage collector)'].includes(leaf.callFrame.functionName) && leaf.callFrame.url === '') {
        if (leaf.callFrame.functionName !== '(idle)') self.set(leaf.callFrame.functionName, (self.get(leaf.callFrame.functionName) ?? 0) + ms);
        return;
      }
      total += ms;
      self.set(key(leaf), (self.get(key(leaf)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const k = key(byId.get(n)!);
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
      }
    });
  }
  const per = (ms: number) => (ms / values.length).toFixed(2).padStart(7);
  console.log(`\n${label}: ${values.length} edits, JavaScript ${per(total)} ms per edit`);
  console.log('  inclusive:');
  for (const [k, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${per(ms)}  ${k}`);
  if (process.env.OURS) {
    console.log('  inclusive, outside Handsontable:');
    for (const [k, ms] of [...inclusive]
      .filter(([k]) => !k.includes('handsontable') && !k.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP))
      console.log(`  ${per(ms)}  ${k}`);
  }
  console.log('  self:');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${per(ms)}  ${k}`);
}

const app = await serveBuilds([process.env.DIST ?? 'dist'], PORT);
const bare = await serveBare(PORT + 2);
const browser = await launchChromium();
try {
  // SIZE=1000: the demo city among 1 000 imported assessments (as npm run bench edits at 1 000).
  const page = await openDemoAmong(browser, app.urls[0], Number(process.env.SIZE ?? 1));
  const barePage = await openBare(browser, bare.url);
  const values = Array.from({ length: N }, (_, i) => (i % 2 === 0 ? '30000' : '110000'));
  await profile(barePage, 'bare', values);
  await profile(page, 'app', values);
} finally {
  await browser.close();
  await app.close();
  await bare.close();
}
