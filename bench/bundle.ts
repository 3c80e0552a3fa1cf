/**
 * Builds the app and sizes its JavaScript: what index.html loads at once (its module scripts, the
 * modulepreloads and their static imports), the engine worker the page starts, what is fetched only
 * when used (dynamic imports), and the service worker (dist/*.js).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export type Loaded = 'initially' | 'worker' | 'lazily' | 'service worker';

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  loaded: Loaded;
}

export interface BundleReport {
  error?: string;
  chunks: Chunk[];
  initialGzip: number;
  workerGzip: number;
  lazyGzip: number;
  serviceWorkerGzip: number;
  /**
   * The first visit in each language other than English: the initial JavaScript plus the language's
   * chunk (and what it imports that the page has not), which the first script loads before the app.
   */
  languageGzip: Record<string, number>;
  /**
   * What opening an assessment adds to the first visit: the workbench's chunk (the grid, Handsontable
   * and the panels) and what it imports that the page has not. The app opens on the library, and the
   * workbench loads when an assessment is opened (or the page is idle); 0 when the build has no such chunk.
   */
  workbenchGzip: number;
}

const ROOT = new URL('..', import.meta.url).pathname;
export const EMPTY_BUNDLE = { chunks: [], initialGzip: 0, workerGzip: 0, lazyGzip: 0, serviceWorkerGzip: 0, languageGzip: {}, workbenchGzip: 0 };

/** The language chunks `src/ui/strings/language.ts` imports by name (`fr-<hash>.js`). */
const LANGUAGE_CHUNK = /^(fr|es|ar|zh|ru)-[\w-]+\.js$/;

/** The workbench's chunk, which `src/ui/App.tsx` imports when an assessment is opened. */
const WORKBENCH_CHUNK = /^Workbench-[\w-]+\.js$/;

/** `import … from "./x.js"` and `import "./x.js"` (static), not `import("./x.js")` (dynamic). */
const STATIC_IMPORT = /(?:^|[;}\s)])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g;
/** `new Worker(new URL("/assets/x.js", import.meta.url))` as Vite emits it. */
const WORKER_URL = /new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*[`'"](?:\/?assets\/|\.\/)?([^`'"/]+\.js)[`'"]/g;

/** The first visit's budget (issue #32): every feature and language, views and formats loaded when used. */
export const FIRST_VISIT_BUDGET_GZIP = 300 * 1000;

export async function bundleBench(): Promise<BundleReport> {
  try {
    await build({ root: ROOT, logLevel: 'error' });
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0], ...EMPTY_BUNDLE };
  }
  return sizeDist();
}

/** Sizes an existing `dist/` (after `vite build`) without building again. */
export function sizeDist(dist: string = join(ROOT, 'dist')): BundleReport {
  const assets = join(dist, 'assets');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(assets)) return { error: 'no dist/index.html or dist/assets after the build', ...EMPTY_BUNDLE };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const text = new Map(files.map((f) => [f, readFileSync(join(assets, f), 'utf8')]));

  /** Everything reachable from `roots` through static imports. */
  const closure = (roots: string[], into: Set<string>, skip: Set<string> = new Set()) => {
    const queue = [...roots];
    while (queue.length > 0) {
      const f = queue.pop()!;
      if (into.has(f) || skip.has(f) || !text.has(f)) continue;
      into.add(f);
      for (const m of text.get(f)!.matchAll(STATIC_IMPORT)) queue.push(m[1]);
    }
  };
  // The page's scripts and modulepreloads, then their static imports.
  const initial = new Set<string>();
  closure(
    [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]),
    initial,
  );
  // Workers the initial code starts (and their static imports).
  const worker = new Set<string>();
  const workerRoots = [...initial].flatMap((f) => [...text.get(f)!.matchAll(WORKER_URL)].map((m) => m[1]));
  closure(workerRoots, worker, initial);

  const chunk = (file: string, code: string, loaded: Loaded): Chunk => ({ file, raw: Buffer.byteLength(code), gzip: gzipSync(code).length, loaded });
  const chunks = files.map((f) => chunk(f, text.get(f)!, initial.has(f) ? 'initially' : worker.has(f) ? 'worker' : 'lazily'));
  for (const f of readdirSync(dist).filter((f) => f.endsWith('.js'))) chunks.push(chunk(f, readFileSync(join(dist, f), 'utf8'), 'service worker'));
  const order: Loaded[] = ['initially', 'worker', 'lazily', 'service worker'];
  chunks.sort((a, b) => order.indexOf(a.loaded) - order.indexOf(b.loaded) || b.gzip - a.gzip);
  const sum = (l: Loaded) => chunks.filter((c) => c.loaded === l).reduce((n, c) => n + c.gzip, 0);
  const initialGzip = sum('initially');
  const gzipOf = new Map(chunks.map((c) => [c.file, c.gzip]));
  const languageGzip: Record<string, number> = {};
  for (const f of files) {
    const lang = LANGUAGE_CHUNK.exec(f)?.[1];
    if (!lang) continue;
    const own = new Set<string>();
    closure([f], own, initial);
    languageGzip[lang] = initialGzip + [...own].reduce((n, g) => n + (gzipOf.get(g) ?? 0), 0);
  }
  const workbench = new Set<string>();
  closure(
    files.filter((f) => WORKBENCH_CHUNK.test(f)),
    workbench,
    initial,
  );
  const workbenchGzip = [...workbench].reduce((n, g) => n + (gzipOf.get(g) ?? 0), 0);
  return { chunks, initialGzip, workerGzip: sum('worker'), lazyGzip: sum('lazily'), serviceWorkerGzip: sum('service worker'), languageGzip, workbenchGzip };
}
