import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A function child of Solid's `<Show>` or `<Match>` runs once, untracked, when its condition turns
 * truthy; only JSX it returns stays live. A child that returns a string (or a value computed from the
 * condition) keeps what it said the first time while the condition stays truthy: the explain panel
 * kept "higher is better: value ÷ target" for a lower-is-better row selected next (issue #25). Every
 * such child must return JSX, whose expressions Solid tracks.
 */
const ROOT = join(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

const unwrap = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e);
const isJsx = (e: ts.Expression) => {
  const u = unwrap(e);
  return ts.isJsxElement(u) || ts.isJsxSelfClosingElement(u) || ts.isJsxFragment(u);
};

/** Whether a function returns only JSX (an expression body, or every `return` of a block). */
function returnsJsx(fn: ts.ArrowFunction | ts.FunctionExpression): boolean {
  if (!ts.isBlock(fn.body)) return isJsx(fn.body);
  const returns: ts.ReturnStatement[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n)) returns.push(n);
    n.forEachChild(visit);
  };
  fn.body.forEachChild(visit);
  return returns.length > 0 && returns.every((r) => r.expression !== undefined && isJsx(r.expression));
}

/** `file:line` of every function child of a Show or Match that does not return JSX. */
export function staleChildren(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isJsxElement(n) && ['Show', 'Match'].includes(n.openingElement.tagName.getText(sf))) {
      for (const child of n.children) {
        if (!ts.isJsxExpression(child) || !child.expression) continue;
        const fn = unwrap(child.expression);
        if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !returnsJsx(fn)) {
          found.push(`${file}:${sf.getLineAndCharacterOfPosition(child.getStart(sf)).line + 1}`);
        }
      }
    }
    n.forEachChild(visit);
  };
  visit(sf);
  return found;
}

describe('function children of Show and Match', () => {
  it('flags a child that returns a string, and passes one that returns JSX', () => {
    expect(staleChildren('a.tsx', 'const a = <Show when={x()}>{(r) => ` (${r()})`}</Show>;')).toEqual(['a.tsx:1']);
    expect(staleChildren('a.tsx', 'const a = <Match when={x()}>{(r) => { const t = r(); return t; }}</Match>;')).toEqual(['a.tsx:1']);
    expect(staleChildren('a.tsx', 'const a = <Show when={x()}>{(r) => (r() ? <b /> : <i />)}</Show>;')).toEqual(['a.tsx:1']);
    expect(staleChildren('a.tsx', 'const a = <Show when={x()}>{(r) => <>{` (${r()})`}</>}</Show>;')).toEqual([]);
    expect(staleChildren('a.tsx', 'const a = <Show when={x()}>{(r) => { const y = 1; return <p>{r()}{y}</p>; }}</Show>;')).toEqual([]);
  });

  it('return JSX everywhere in the interface, so what they show follows their condition', () => {
    const stale = sources(ROOT).flatMap((f) => staleChildren(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(stale).toEqual([]);
  });
});
