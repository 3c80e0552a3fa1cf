/**
 * Builds and serves the bare-grid baseline page (bench/bare/): Handsontable alone with the app's rows
 * and columns, no engine, summary or storage. A Vite build of its own (no app config: no service
 * worker, no CSP), served by vite preview.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';

export async function serveBare(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const root = new URL('./bare/', import.meta.url).pathname;
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'ssc-bare-'));
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    mode: 'production',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000, minify: process.env.BARE_PLAIN !== '1' },
  });
  const server = await preview({ configFile: false, root, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'error' });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
