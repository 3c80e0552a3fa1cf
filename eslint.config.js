// ESLint flat config: a modest rule set the code base passes, plus the layer rules of ARCHITECTURE.md.
// `npm test` runs it (tsc, then ESLint, then Vitest); test/unit/lint-layers.test.ts plants violations
// and checks that these rules catch them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------------
// Layers. Each folder of src/ may import only from the folders below it:
//
//   ui ──▶ worker (client), session, storage, share, interchange ──▶ engine
//   cli ──▶ share, interchange, ui/strings (words only) ──▶ engine
//
// The engine is pure TypeScript that runs unchanged in the worker, in Node (tests, CLI, bench) and in
// the page: no DOM, no IndexedDB, no worker plumbing, no UI library. IndexedDB (Dexie) lives only in
// src/storage/. Relative paths are matched at any depth (`**/storage/**` catches '../storage/db' and
// '../../storage/db'), so moving a file does not open a hole.
// ---------------------------------------------------------------------------------------------------

/** Import patterns per thing that can be forbidden; `message` says where the code belongs instead. */
const FORBIDDEN = {
  storage: { group: ['**/storage', '**/storage/**'], message: 'IndexedDB access lives in src/storage/; this layer must not depend on it.' },
  session: { group: ['**/session', '**/session/**'], message: 'The editing session (src/session/) sits above this layer.' },
  ui: { group: ['**/ui', '**/ui/**'], message: 'UI code (src/ui/) sits above this layer; pass data in, not components.' },
  /** The command line says problems in the app's words (src/ui/strings/: plain functions, no UI library) but uses no UI code. */
  uiButStrings: {
    regex: '(^|/)ui(/(?!strings(/|$))|$)',
    message: 'The command line may use the words of src/ui/strings/ but no other UI code.',
  },
  worker: { group: ['**/worker', '**/worker/**'], message: 'The worker shell (src/worker/) wraps the engine, never the other way round.' },
  share: { group: ['**/share', '**/share/**'], message: 'Share links and Excel (src/share/) sit above this layer.' },
  cli: { group: ['**/cli', '**/cli/**'], message: 'The command line (src/cli/) is an entry point; nothing imports it.' },
  dexie: { group: ['dexie', 'dexie/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'Dexie and IndexedDB belong in src/storage/ only.' },
  comlink: { group: ['comlink', 'comlink/*'], message: 'Comlink belongs in src/worker/ only.' },
  solid: { group: ['solid-js', 'solid-js/*'], message: 'Solid belongs in src/ui/ only.' },
  handsontable: { group: ['handsontable', 'handsontable/*'], message: 'Handsontable belongs in src/ui/ only.' },
  chartjs: { group: ['chart.js', 'chart.js/*'], message: 'Chart.js belongs in src/ui/ only.' },
  test: {
    group: ['**/test', '**/test/**', 'vitest', 'vitest/*', 'playwright', 'playwright-core', 'playwright/*', 'playwright-core/*'],
    message: 'Build configuration and app code load no test code or Playwright.',
  },
  node: { group: ['node:*'], message: 'Node built-ins would break the browser build; the engine runs in the worker too.' },
};

/** A `no-restricted-imports` rule entry forbidding the named things. */
function forbid(...names) {
  return ['error', { patterns: names.map((n) => FORBIDDEN[n]) }];
}

const UI_LIBRARIES = ['solid', 'handsontable', 'chartjs'];

/** Globals of the page and the browser's storage, which the engine must not touch. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'IDBKeyRange',
  'fetch',
  'XMLHttpRequest',
  'Worker',
  'BroadcastChannel',
  'postMessage',
  'alert',
  'confirm',
  'prompt',
  'requestAnimationFrame',
  'getComputedStyle',
  'HTMLElement',
  'Element',
  'Node',
].map((name) => ({ name, message: `The engine is pure: no DOM or browser storage (${name}). Let the caller pass data in.` }));

/**
 * No exception text on the screen: the UI words every failure itself (src/ui/strings/, typed problems
 * such as storageProblem), because an exception's message is English, technical and sometimes the
 * user's own data echoed back. This rule flags reading `.message` of a caught value: a catch clause's
 * parameter, the argument of a `.catch()` handler or of a `.then()` rejection handler, a parameter typed
 * `unknown` or `any`, and a Solid resource's `.error`. Reading `.name` (a code such as NotReadableError) stays allowed.
 */
const noExceptionText = {
  meta: {
    type: 'problem',
    messages: { caught: "An exception's text must not reach the screen: word the failure in src/ui/strings/ (a typed problem, or the error's name)." },
  },
  create(context) {
    /** Unwraps `(e as Error)`, `e!` and parentheses down to the value itself. */
    const bare = (node) =>
      node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression' || node.type === 'TSTypeAssertion' ? bare(node.expression) : node;
    const isRejectionHandler = (fn) => {
      const call = fn.parent;
      if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return false;
      const method = call.callee.property.name;
      return (method === 'catch' && call.arguments[0] === fn) || (method === 'then' && call.arguments[1] === fn);
    };
    const caught = (identifier) => {
      let scope = context.sourceCode.getScope(identifier);
      for (; scope; scope = scope.upper) {
        const variable = scope.set.get(identifier.name);
        if (!variable) continue;
        const def = variable.defs[0];
        if (!def) return false;
        if (def.type === 'CatchClause') return true;
        if (def.type !== 'Parameter') return false;
        // A parameter typed `unknown` or `any` is an error handed on (`const errorText = (e: unknown) => …`).
        const annotation = def.name.typeAnnotation?.typeAnnotation?.type;
        return annotation === 'TSUnknownKeyword' || annotation === 'TSAnyKeyword' || (def.node.params[0] === def.name && isRejectionHandler(def.node));
      }
      return false;
    };
    return {
      MemberExpression(node) {
        if (node.computed || node.property.name !== 'message') return;
        const object = bare(node.object);
        if (object.type === 'Identifier' ? caught(object) : object.type === 'MemberExpression' && !object.computed && object.property.name === 'error') {
          context.report({ node, messageId: 'caught' });
        }
      },
    };
  },
};

// Node globals for the few plain .mjs scripts (TypeScript checks the .ts files' globals itself).
const NODE_GLOBALS = { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' };

/** What code outside src/storage/ may not write: a WorkbenchDb's tables, or an import of Dexie. */
const OUTSIDE_STORAGE = [
  {
    selector: 'MemberExpression[object.name=/^db$/i][property.name=/^(assessments|meta|transaction|table|tables)$/]',
    message: 'Reads and writes of IndexedDB tables belong in src/storage/; call a function from there.',
  },
  {
    // no-restricted-imports does not see `await import('dexie')`.
    selector: 'ImportExpression[source.value=/^(dexie|fake-indexeddb)(\\/|$)/]',
    message: FORBIDDEN.dexie.message,
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test/__screenshots__/**',
      'test/browser/__screenshots__/**',
      '.vitest-attachments/**',
      'src/engine/assessment-schema.validate.js',
      'src/storage/stored-shape.validate.js',
      'src/engine/framework-schema.validate.js',
      'src/ui/messages/compiled/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names mark deliberately unused parameters (callbacks with a fixed signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.tsx'],
    rules: {
      // Solid assigns `let el!: HTMLElement` through `ref={el}` in compiled JSX, which ESLint cannot see.
      'no-unassigned-vars': 'off',
    },
  },
  {
    files: ['bench/**'],
    rules: {
      // The bench drops references on purpose (`evaluators = []`) so the garbage collector can reclaim
      // one run's memory before the heap of the next is measured.
      'no-useless-assignment': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },

  // ----- layers (later blocks are more specific; each lists everything its folder may not import) -----
  {
    // Everything in src/ outside storage: no Dexie, and no reaching into a WorkbenchDb's tables.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-imports': forbid('dexie', 'cli', 'test'),
      'no-restricted-syntax': ['error', ...OUTSIDE_STORAGE],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid('storage', 'session', 'ui', 'worker', 'share', 'cli', 'dexie', 'comlink', ...UI_LIBRARIES, 'node', 'test'),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-properties': [
        'error',
        ...['window', 'document', 'indexedDB', 'localStorage', 'navigator'].map((property) => ({
          object: 'globalThis',
          property,
          message: 'The engine is pure: no DOM or browser storage through globalThis either.',
        })),
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { workbench: { rules: { 'no-exception-text': noExceptionText } } },
    rules: {
      'workbench/no-exception-text': 'error',
      // A rule's options replace the block above's: the restrictions outside storage are repeated.
      'no-restricted-syntax': [
        'error',
        ...OUTSIDE_STORAGE,
        {
          // A grid class keeps its Handsontable to itself (`this.hot`); the rest of the UI calls its methods.
          selector: 'MemberExpression[property.name="hot"]:not([object.type="ThisExpression"])',
          message: "Handsontable is the grid's own: call a method of KpiGrid (add one there if it lacks it).",
        },
        {
          selector: 'MemberExpression[property.name="handsontableForTests"]',
          message: 'handsontableForTests is for tests: call a method of KpiGrid (add one there if it lacks it).',
        },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: { 'no-restricted-imports': forbid('storage', 'session', 'ui', 'share', 'cli', 'dexie', ...UI_LIBRARIES, 'test') },
  },
  {
    // The read worker stores a large import itself (issue #32), on the page's database, through the
    // functions of src/storage/: never Dexie, and never a table by hand (the rule outside storage).
    files: ['src/worker/read-api.ts', 'src/worker/read-client.ts'],
    rules: { 'no-restricted-imports': forbid('session', 'ui', 'share', 'cli', 'dexie', ...UI_LIBRARIES, 'test') },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': forbid('session', 'ui', 'worker', 'share', 'cli', 'comlink', ...UI_LIBRARIES, 'test') },
  },
  {
    // The editing session (edit model, undo, merging between tabs, autosave, journal): above storage,
    // below the UI.
    files: ['src/session/**/*.ts'],
    rules: { 'no-restricted-imports': forbid('ui', 'worker', 'cli', 'dexie', 'comlink', ...UI_LIBRARIES, 'test') },
  },
  {
    // The file formats (src/interchange/): readers and writers over engine and share code, used by the
    // app's panels and by the command line, so they run in the page and in Node.
    files: ['src/interchange/**/*.ts'],
    rules: { 'no-restricted-imports': forbid('storage', 'session', 'ui', 'worker', 'cli', 'dexie', 'comlink', ...UI_LIBRARIES, 'node', 'test') },
  },
  {
    files: ['src/share/**/*.ts'],
    rules: { 'no-restricted-imports': forbid('storage', 'session', 'ui', 'worker', 'cli', 'dexie', 'comlink', ...UI_LIBRARIES, 'test') },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': forbid('storage', 'session', 'uiButStrings', 'worker', 'dexie', 'comlink', ...UI_LIBRARIES, 'test') },
  },
  {
    // The build configuration: vite.config.ts may import vitest/config and the Vitest browser provider
    // (which loads Playwright only when a browser test starts), but no test module and no Playwright.
    files: ['vite.config.ts', 'chromium.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/test', '**/test/**', 'playwright', 'playwright-core', 'playwright/*', 'playwright-core/*'], message: FORBIDDEN.test.message },
          ],
        },
      ],
    },
  },
);
