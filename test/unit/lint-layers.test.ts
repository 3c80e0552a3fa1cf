/**
 * The layer rules of eslint.config.js catch what they are meant to catch: each test lints a planted
 * file (never written to disk) at a path inside a layer and checks the errors ESLint reports.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// Loading the config and the TypeScript parser takes seconds on a busy machine; do it once, up front.
beforeAll(() => eslint.lintText('', { filePath: 'src/engine/warm-up.ts' }), 60_000);

async function lint(filePath: string, code: string): Promise<{ rule: string | null; line: number; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

const rules = (messages: { rule: string | null }[]) => messages.map((m) => m.rule);

describe('the engine stays pure', () => {
  it('an engine file importing storage, the UI, the worker, share, Dexie, Comlink, Solid, Handsontable, Chart.js or Node fails the lint', async () => {
    const messages = await lint(
      'src/engine/planted.ts',
      [
        "import { getAssessment } from '../storage/db';",
        "import { t } from '../ui/strings';",
        "import { createEngineClient } from '../worker/client';",
        "import { encodeLink } from '../share/link';",
        "import Dexie from 'dexie';",
        "import * as Comlink from 'comlink';",
        "import { createSignal } from 'solid-js';",
        "import Handsontable from 'handsontable/base';",
        "import { Chart } from 'chart.js';",
        "import { readFileSync } from 'node:fs';",
        'export const all = [getAssessment, t, createEngineClient, encodeLink, Dexie, Comlink, createSignal, Handsontable, Chart, readFileSync];',
        '',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.rule === 'no-restricted-imports').map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(messages.find((m) => m.line === 1)?.message).toMatch(/src\/storage/);
  });

  it('a nested engine file is held to the same rules (relative paths of any depth)', async () => {
    const messages = await lint('src/engine/formats/planted.ts', "import { openWorkbenchDb } from '../../storage/db';\nexport const open = openWorkbenchDb;\n");
    expect(rules(messages)).toEqual(['no-restricted-imports']);
  });

  it('an engine file touching the DOM or browser storage fails the lint', async () => {
    const messages = await lint(
      'src/engine/planted.ts',
      [
        'export const title = document.title;',
        "export const saved = localStorage.getItem('x');",
        "export const db = indexedDB.open('x');",
        'export const width = window.innerWidth;',
        'export const doc2 = globalThis.document;',
        '',
      ].join('\n'),
    );
    expect(rules(messages)).toEqual([
      'no-restricted-globals',
      'no-restricted-globals',
      'no-restricted-globals',
      'no-restricted-globals',
      'no-restricted-properties',
    ]);
  });

  it('the engine may import itself and use what Node and the browser share (crypto, Math, JSON)', async () => {
    const messages = await lint(
      'src/engine/planted.ts',
      ["import { parseNumber } from './parse';", 'export const id = crypto.randomUUID();', "export const n = parseNumber('1', 'point');", ''].join('\n'),
    );
    expect(messages).toEqual([]);
  });
});

describe('IndexedDB stays inside src/storage/', () => {
  it('Dexie or fake-indexeddb imported outside storage fails the lint', async () => {
    for (const filePath of ['src/ui/planted.ts', 'src/share/planted.ts', 'src/worker/planted.ts', 'src/session/planted.ts', 'src/ui/interchange/planted.ts']) {
      const messages = await lint(filePath, "import Dexie from 'dexie';\nimport 'fake-indexeddb/auto';\nexport const D = Dexie;\n");
      expect(rules(messages), filePath).toEqual(['no-restricted-imports', 'no-restricted-imports']);
    }
  });

  it('a dynamic import of Dexie outside storage fails the lint too', async () => {
    const messages = await lint('src/ui/planted.ts', "export const load = () => import('dexie');\nexport const fake = () => import('fake-indexeddb/auto');\n");
    expect(rules(messages)).toEqual(['no-restricted-syntax', 'no-restricted-syntax']);
  });

  it('UI code reaching into a database handle’s tables fails the lint; calling storage functions passes', async () => {
    const bad = await lint(
      'src/ui/interchange/planted.ts',
      "import type { WorkbenchDb } from '../../storage/db';\nexport const rows = (db: WorkbenchDb) => db.assessments.toArray();\n",
    );
    expect(rules(bad)).toEqual(['no-restricted-syntax']);
    const good = await lint(
      'src/ui/interchange/planted.ts',
      "import { getAssessment, type WorkbenchDb } from '../../storage/db';\nexport const one = (db: WorkbenchDb) => getAssessment(db, 'a');\n",
    );
    expect(good).toEqual([]);
  });

  it('the read worker may call storage functions (it stores a large import), no other worker file may, and none may use Dexie', async () => {
    const storing = "import { storeFile } from '../storage/import';\nexport const s = storeFile;\n";
    expect(await lint('src/worker/read-api.ts', storing)).toEqual([]);
    expect(rules(await lint('src/worker/planted.ts', storing))).toEqual(['no-restricted-imports']);
    expect(rules(await lint('src/worker/read-api.ts', "import Dexie from 'dexie';\nexport const D = Dexie;\n"))).toEqual(['no-restricted-imports']);
    expect(
      rules(
        await lint(
          'src/worker/read-api.ts',
          "import type { WorkbenchDb } from '../storage/db';\nexport const rows = (db: WorkbenchDb) => db.assessments.toArray();\n",
        ),
      ),
    ).toEqual(['no-restricted-syntax']);
  });

  it('storage itself may use Dexie', async () => {
    const messages = await lint('src/storage/planted.ts', "import Dexie from 'dexie';\nexport const D = Dexie;\n");
    expect(messages).toEqual([]);
  });
});

describe('UI code stays out of the worker, storage, share and the command line', () => {
  it.each([
    'src/worker/planted.ts',
    'src/storage/planted.ts',
    'src/share/planted.ts',
    'src/cli/planted.ts',
    'src/session/planted.ts',
    'src/interchange/planted.ts',
  ])('%s may not import the UI or a UI library', async (filePath) => {
    const messages = await lint(
      filePath,
      "import { Library } from '../ui/Library';\nimport { createSignal } from 'solid-js';\nexport const all = [Library, createSignal];\n",
    );
    expect(rules(messages)).toEqual(['no-restricted-imports', 'no-restricted-imports']);
  });
});

describe('the build configuration imports no test code', () => {
  it('vite.config.ts importing a test module or Playwright fails the lint; the Chromium config passes', async () => {
    const bad = await lint(
      'vite.config.ts',
      "import { CHROMIUM_PATH } from './test/e2e/browser';\nimport { chromium } from 'playwright-core';\nexport default [CHROMIUM_PATH, chromium];\n",
    );
    expect(rules(bad)).toEqual(['no-restricted-imports', 'no-restricted-imports']);
    const good = await lint('vite.config.ts', "import { CHROMIUM_PATH } from './chromium.config';\nexport default [CHROMIUM_PATH];\n");
    expect(good).toEqual([]);
  });

  it('app code importing test code fails the lint', async () => {
    const messages = await lint('src/ui/planted.ts', "import { sampleDoc } from '../../test/browser/helpers';\nexport const d = sampleDoc;\n");
    expect(rules(messages)).toEqual(['no-restricted-imports']);
  });
});

describe('the command line', () => {
  it('may say problems in the words of src/ui/strings/, but imports no other UI code', async () => {
    const messages = await lint(
      'src/cli/planted.ts',
      [
        "import { S } from '../ui/strings';",
        "import { flagText } from '../ui/strings/flags';",
        "import { Library } from '../ui/Library';",
        "import { KpiGrid } from '../ui/grid/KpiGrid';",
        'export const all = [S, flagText, Library, KpiGrid];',
        '',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.rule === 'no-restricted-imports').map((m) => m.line)).toEqual([3, 4]);
  });
});

describe('no exception text on the screen (#27)', () => {
  it("reading a caught value's .message in the UI fails the lint, in every way it is caught; its .name and a typed object's message do not", async () => {
    const messages = await lint(
      'src/ui/planted.tsx',
      [
        'declare const show: (text: string) => void;',
        'declare const work: () => Promise<void>;',
        'declare const resource: { error?: Error };',
        'try { void work(); } catch (e) { show((e as Error).message); }',
        'void work().catch((err) => show(err.message));',
        'void work().then(() => {}, (reason: Error) => show(reason.message));',
        'export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));',
        'show(resource.error!.message);',
        'try { void work(); } catch (e) { show((e as Error).name); }',
        'export const toast = (t: { message: string }) => show(t.message);',
        '',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.rule === 'workbench/no-exception-text').map((m) => m.line)).toEqual([4, 5, 6, 7, 8]);
  });

  it('the engine and the command line may read it (they word nothing for the page)', async () => {
    const messages = await lint('src/cli/planted.ts', 'try { JSON.parse("x"); } catch (e) { console.error((e as Error).message); }\n');
    expect(rules(messages)).toEqual([]);
  });
});

describe('the grid keeps Handsontable to itself (#27, item 3)', () => {
  it('the UI reaching into a grid’s Handsontable fails the lint; the grid’s own `this.hot`, and the table rules outside storage, still hold', async () => {
    const messages = await lint(
      'src/ui/planted.ts',
      [
        "import type { KpiGrid } from './grid/KpiGrid';",
        "import type { WorkbenchDb } from '../storage/db';",
        'export const lock = (grid: KpiGrid) => grid.hot.updateSettings({ readOnly: true });',
        "export const undo = (grid: KpiGrid | null) => grid?.hot.getPlugin('undoRedo');",
        'export class Mine { hot = 1; read() { return this.hot; } }',
        'export const rows = (db: WorkbenchDb) => db.assessments.toArray();',
        'export const paste = (grid: KpiGrid) => grid.handsontableForTests().getPlugin("copyPaste");',
        '',
      ].join('\n'),
    );
    const restricted = messages.filter((m) => m.rule === 'no-restricted-syntax');
    expect(restricted.map((m) => m.line)).toEqual([3, 4, 6, 7]);
    expect(restricted[0].message).toMatch(/method of KpiGrid/);
    expect(restricted[2].message).toMatch(/src\/storage/);
    expect(restricted[3].message).toMatch(/handsontableForTests is for tests/);
  });
});
