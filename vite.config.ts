import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { playwright } from '@vitest/browser-playwright';
import { VitePWA } from 'vite-plugin-pwa';
// Debian's Chromium, never a downloaded browser; one definition for Vitest, the e2e tests and the bench.
// A plain config module: the build must not load test code or Playwright.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.config';

/**
 * Content Security Policy of the built app: nothing from another origin, no eval, no inline script.
 * `connect-src 'self'` also keeps the service worker and any future code from phoning home. Inline
 * styles are allowed because Handsontable and Chart.js set element styles from script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // frame-ancestors is not honoured in a <meta> policy (the browser logs an error); a host that can
  // send headers should add it there.
].join('; ');

export default defineConfig({
  plugins: [
    solid(),
    {
      // The CSP goes into the built page only: Vite's dev server injects inline scripts for hot reload.
      name: 'content-security-policy',
      apply: 'build' as const,
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' as const },
      ],
    },
    {
      // Handsontable's core styles load as a stylesheet (src/ui/grid/core-css.ts) and every grid is made
      // with injectCoreCss: false, so the 162 kB string Handsontable would inject is never read: the
      // build leaves it out of the first visit's JavaScript (17 kB gzip, issue #32).
      name: 'handsontable-core-css-as-file',
      apply: 'build' as const,
      enforce: 'pre' as const,
      resolveId(source: string, importer: string | undefined) {
        if (/[\\/]styles[\\/]handsontableStyles\.mjs$/.test(source) && /node_modules[\\/]handsontable[\\/]/.test(importer ?? ''))
          return '\0handsontable-core-css-as-file';
        return null;
      },
      load: (id: string) => (id === '\0handsontable-core-css-as-file' ? 'export default "";' : null),
    },
    {
      // The first script picks the language before it loads the app (the app's modules read the chosen
      // words when they run), which delayed the app's chunks by one round trip: cold load 521 → 689 ms.
      // Preloading them lets the browser fetch and compile them while the language is chosen; a
      // modulepreload never runs a module, so the words are still written first.
      name: 'preload-app-chunks',
      apply: 'build' as const,
      transformIndexHtml: {
        order: 'post' as const,
        handler(_html: string, ctx: { bundle?: Record<string, unknown>; chunk?: { fileName: string; imports: string[]; dynamicImports: string[] } }) {
          const bundle = ctx.bundle as Record<string, { type: string; facadeModuleId?: string | null; imports?: string[] }> | undefined;
          if (!bundle || !ctx.chunk) return [];
          const entry = ctx.chunk;
          const loaded = new Set([entry.fileName, ...entry.imports]);
          const wanted = new Set<string>();
          const add = (file: string) => {
            if (loaded.has(file) || wanted.has(file)) return;
            wanted.add(file);
            for (const dep of bundle[file]?.imports ?? []) add(dep);
          };
          for (const file of entry.dynamicImports) if (/src\/ui\/(App|UpdatePrompt)\.tsx$/.test(bundle[file]?.facadeModuleId ?? '')) add(file);
          return [...wanted].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
        },
      },
    },
    VitePWA({
      // An editor: never reload under the user; the app asks before activating a new version.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'assessment.schema.json'],
      manifest: {
        name: 'SSC Workbench',
        short_name: 'SSC Workbench',
        description: 'Evaluate a city with the U4SSC KPIs for Smart Sustainable Cities, privately in your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f2a44',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        // Precache everything, lazy chunks (charts, Excel, report) included, so the app works offline
        // after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        // The in-memory database is for a browser whose IndexedDB fails (some private modes): it loads only
        // then, so no visitor's service worker downloads it ahead.
        globIgnores: ['**/fake-indexeddb-*.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: 'es' },
  // Pre-bundled up front so a cold cache does not make Vite reload the browser tests mid-run.
  optimizeDeps: { include: ['dexie', 'comlink', 'chart.js', 'handsontable/base', 'handsontable/cellTypes', 'handsontable/plugins', 'handsontable/renderers'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000, // the Handsontable chunk alone is ~800 kB raw
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Column sorting is the Compare view's alone: it loads with that view, not with the grid (#32).
            { name: 'handsontable', test: /node_modules[\\/]handsontable[\\/](?!plugins[\\/](?:columnSorting|multiColumnSorting)[\\/])/ },
            { name: 'chartjs', test: /node_modules[\\/](chart\.js|@kurkle)/ },
            { name: 'dexie', test: /node_modules[\\/]dexie/ },
            { name: 'fake-indexeddb', test: /node_modules[\\/]fake-indexeddb/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // vite-plugin-solid would otherwise default every project to jsdom, which this repo does not use.
    environment: 'node',
    // The limits are sized for a busy 2-core machine (CI's, or a developer's with other work running):
    // a limit exists to end a hung test, never to time a slow one. The projects run one after another
    // (sequence.groupOrder), so the CPU-bound unit tests, the browser tests and the e2e build never
    // compete for the two cores. expect.poll and expect.element wait up to 15 s for their signal by
    // default (Vitest's 1 s was a wall-clock assertion under load); a test may wait longer, never shorter.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // The property tests (fast-check, up to 3 000 runs in CI) are CPU-bound: on a shared 2-core
          // machine Vitest's 5 s default turned them into a wall-clock assertion, which docs/DESIGN.md rules out.
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // The production build, served by vite preview and driven by playwright-core: offline,
          // privacy and whole-session checks that need the real service worker and CSP.
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          // A whole user journey (create, type, reload, export) on a loaded machine; a test that needs
          // more says so itself.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
