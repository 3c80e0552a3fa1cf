/**
 * Builds the app and sizes its JavaScript: what index.html loads at once (its module script, the
 * modulepreloads and their static imports) against what is fetched only when used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}

export interface BundleReport {
  error?: string;
  chunks: Chunk[];
  initialGzip: number;
  lazyGzip: number;
}

const ROOT = new URL('..', import.meta.url).pathname;

export async function bundleBench(): Promise<BundleReport> {
  try {
    await build({ root: ROOT, logLevel: 'error' });
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0], chunks: [], initialGzip: 0, lazyGzip: 0 };
  }
  const dist = join(ROOT, 'dist');
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const text = new Map(files.map((f) => [f, readFileSync(join(assets, f), 'utf8')]));

  // Entry points named by the page, then everything they import statically (not `import(...)`).
  const initial = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length > 0) {
    const f = queue.pop()!;
    if (initial.has(f) || !text.has(f)) continue;
    initial.add(f);
    const code = text.get(f)!;
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]);
  }
  const chunks = files
    .map((f) => ({ file: f, raw: Buffer.byteLength(text.get(f)!), gzip: gzipSync(text.get(f)!).length, initial: initial.has(f) }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  return {
    chunks,
    initialGzip: chunks.filter((c) => c.initial).reduce((n, c) => n + c.gzip, 0),
    lazyGzip: chunks.filter((c) => !c.initial).reduce((n, c) => n + c.gzip, 0),
  };
}
