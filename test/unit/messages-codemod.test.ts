/**
 * The codemod that moves the old string objects into ICU message files (#31) can be re-run over the
 * whole tree after a merge: a converted tree gives nothing to add, and a branch's module written the
 * old way gives only what the JSON lacks (never a removed message), with texts that differ listed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import { CONVERTED, convertModule, convertObject, REMOVED } from '../../scripts/messages-codemod';
import { readMessages } from '../../scripts/messages';

const root = path.resolve(__dirname, '../..');
const branch = mkdtempSync(path.join(tmpdir(), 'codemod-'));

afterAll(() => rmSync(branch, { recursive: true, force: true }));

describe('messages-codemod --all', () => {
  it('finds nothing to convert in this tree: every converted namespace is in its JSON files only', () => {
    for (const { module, object, namespace } of CONVERTED) {
      const o = convertModule(module, object, namespace, root, false, true);
      expect({ namespace, read: o.read, added: o.added }).toEqual({ namespace, read: [], added: [] });
    }
  });

  it('converts a branch’s old-style module: adds what the JSON lacks, keeps the JSON’s differing text, never brings back a removed message', () => {
    mkdirSync(path.join(branch, 'src/ui/strings/fr'), { recursive: true });
    writeFileSync(
      path.join(branch, 'src/ui/strings/workshop.ts'),
      "export const WS = {\n  viewLabel: 'Workshop',\n  exNamedNone: 'Choose a data point',\n  brandNew: (n: number) => (n === 1 ? 'One new thing' : `${n} new things`),\n};\n",
    );
    writeFileSync(
      path.join(branch, 'src/ui/strings/fr/workshop.ts'),
      "export const WS = {\n  viewLabel: 'Atelier',\n  whatIfTitle: 'Autre titre',\n  exNamedNone: 'Choisissez',\n  brandNew: (k) => (k === 1 ? 'Une chose' : `${k} choses`),\n};\n",
    );
    expect(REMOVED.has('workshop.exNamedNone')).toBe(true);
    const o = convertModule('workshop', 'WS', 'workshop', branch, false, true);
    expect(o.read).toEqual(['src/ui/strings/workshop.ts', 'src/ui/strings/fr/workshop.ts']);
    expect(o.added).toEqual(['en: workshop.brandNew', 'fr: workshop.brandNew']);
    expect(o.differing).toEqual(['fr: workshop.whatIfTitle']);
    expect(o.left).toEqual([]);
    // Without --write nothing is written.
    expect(readMessages('fr', 'workshop').brandNew).toBeUndefined();
    expect(readMessages('fr', 'workshop').whatIfTitle).toBe('Et si…');
  });
});

describe('messages-codemod conversions', () => {
  it('turns lookups in a const object, switches over a kind, `n === 1` and a nullable text into ICU messages', () => {
    const source = ts.createSourceFile(
      'v.ts',
      [
        "const STATE = { draft: 'Draft', 'not-verifiable': 'Not verifiable' };",
        'export const V = {',
        '  state: (s: string) => STATE[s],',
        '  problem: (p: P): string => {',
        '    switch (p.kind) {',
        "      case 'not-allowed':",
        '        return `From ${STATE[p.from].toLowerCase()} by ${p.by}.`;',
        "      case 'text-required':",
        "        return p.to === 'queried' ? 'Ask first.' : 'Answer first.';",
        '    }',
        '  },',
        '  conflict: (c: C, label: (id: string) => string): string => {',
        '    switch (c.kind) {',
        "      case 'review-dropped':",
        '        return `${label(c.id)}: by ${c.dropped.by}`;',
        '    }',
        '  },',
        "  added: (n: number) => (n === 1 ? 'Added 1 city.' : `Added ${n} cities.`),",
        "  missed: (name: string | null) => (name ? `${name} is right.` : 'None named.'),",
        '};',
      ].join('\n'),
      ts.ScriptTarget.ES2022,
      true,
      ts.ScriptKind.TS,
    );
    const c = convertObject(source, 'V', new Map(), true);
    expect(c.left).toEqual([]);
    expect(c.messages).toEqual({
      state: '{s, select, draft {Draft} not-verifiable {Not verifiable} other {{s}}}',
      'problem.not-allowed': 'From {from, select, draft {draft} not-verifiable {not verifiable} other {{from}}} by {by}.',
      'problem.text-required': '{to, select, queried {Ask first.} other {Answer first.}}',
      'conflict.review-dropped': '{label}: by {droppedBy}',
      // Exactly one, not the language's `one` (French's takes 0, and the text says "1").
      added: '{n, plural, =1 {Added 1 city.} other {Added {n} cities.}}',
      missed: '{name, select, null {None named.} other {{name} is right.}}',
    });
    expect(c.positional).toEqual({ state: ['s'], added: ['n'], missed: ['name'] });
  });

  it('converts the readers’ problems: lists as alternatives, booleans, chained choices, other parameters, and leaves only the case it cannot', () => {
    const source = ts.createSourceFile(
      'problems.ts',
      [
        "const FORMS = { date: 'a date', other: 'the form asked for' } as const;",
        'export const PW = {',
        '  doc: (p: D, at: string): string => {',
        '    switch (p.kind) {',
        "      case 'not-one-of':",
        "        return `${at}: not one of ${listText(p.allowed, 'disjunction')}; missing ${listText(p.columns)}.`;",
        "      case 'below':",
        "        return p.exclusive === true ? 'above' : 'at least';",
        "      case 'not-xlsx':",
        "        return p.detail === 'not-zip' ? 'no zip' : p.detail === 'no-workbook' ? 'no workbook' : 'broken';",
        "      case 'pattern':",
        '        return `not ${FORMS[p.form]}`;',
        "      case 'hand':",
        '        return `${p.columns.length > 1 ? "columns" : "column"}`;',
        '    }',
        '  },',
        '};',
      ].join('\n'),
      ts.ScriptTarget.ES2022,
      true,
      ts.ScriptKind.TS,
    );
    const c = convertObject(source, 'PW', new Map(), true);
    expect(c.messages).toEqual({
      'doc.not-one-of': '{at}: not one of {allowed, list, or}; missing {columns, list}.',
      'doc.below': '{exclusive, select, true {above} other {at least}}',
      'doc.not-xlsx': '{detail, select, not-zip {no zip} no-workbook {no workbook} other {broken}}',
      // A const with its own `other` key gives the select's `other` once.
      'doc.pattern': 'not {form, select, date {a date} other {the form asked for}}',
    });
    expect(c.left).toEqual(['doc.hand (line 13): condition: p.columns.length > 1']);
  });
});
