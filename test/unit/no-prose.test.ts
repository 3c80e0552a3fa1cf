/**
 * Issue #17, "errors as data": the engine, storage, session, share, interchange and worker modules
 * return typed problems (a kind and the data involved) and leave the words to src/ui/strings/, so a
 * translation covers every message. This test reads their TypeScript and fails on any string literal
 * that reads as a sentence for a person. Exceptions are listed below, each with its reason.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LAYERS = ['src/engine', 'src/storage', 'src/session', 'src/share', 'src/interchange', 'src/worker'];

/**
 * Literals that are not messages for a person although they look like prose. Keep this list short:
 * each entry names the file, the text and why it may stay.
 */
const ALLOWED: { file: string; text: RegExp; why: string }[] = [
  {
    file: 'src/engine/frameworks/u4ssc/demo.ts',
    text: /fictional|Fictional|Invented for the /,
    why: "the demo cities' own data (names, notes, sources), stored in each assessment like any city's; not interface text",
  },
  { file: 'src/engine/migrations.ts', text: /./, why: "each migration's description is for reviewers and the changelog, never shown" },
  {
    file: 'src/engine/framework-file.ts',
    text: /^Formulas in the formula language/,
    why: "the framework file migration's description, for reviewers, never shown",
  },
  ...['src/engine/sdmx.ts', 'src/engine/dhis2.ts', 'src/engine/table-metadata.ts'].map((file) => ({
    file,
    text: /./,
    why: 'names and descriptions inside the published SDMX structure, DHIS2 metadata and Data Package / CSVW descriptors: English metadata of the file contract (like the values CSV’s English column names), read by other systems, never shown in the interface',
  })),
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * A literal reads as prose: a capitalised phrase of two or more words that ends a sentence, or three or
 * more words in a run of lower-case words ("is not a number") that starts with a capital or a quote,
 * or ends a sentence.
 */
export function isProse(text: string): boolean {
  const words = text.match(/[A-Za-zÀ-ÿ]{2,}/g) ?? [];
  if (words.length < 2) return false;
  if (/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(text)) return false; // a key or kind
  if (/^(https?:|\.{0,2}\/|#)/.test(text)) return false; // an address or path
  const ends = /[.:!?)]\s*$/.test(text);
  if (/^[A-Z]/.test(text) && ends) return true;
  return words.length >= 3 && / [a-z]{2,} [a-z]{2,}/.test(text) && (/^["'“A-Z]/.test(text) || ends);
}

interface Found {
  file: string;
  line: number;
  text: string;
}

/** String and template literals outside comments, skipping the message of a thrown programming error. */
function proseIn(file: string): Found[] {
  const source = readFileSync(file, 'utf8');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const found: Found[] = [];
  const recent: string[] = [];
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  // `throw new Error('…')` and kin: a programming error for developers, never shown as a message.
  const isThrown = () => /^new \w*Error \($/.test(recent.slice(-3).join(' '));
  let template: { text: string; line: number; thrown: boolean } | null = null;
  // Brace depth, and the depths at which an open template's `${` expressions close.
  let depth = 0;
  const templates: number[] = [];
  // A `/` where an expression starts opens a regular expression, which the scanner reads as a slash
  // unless told: its quotes and slashes would otherwise start strings and comments that are not there.
  let previous: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  const beforeExpression = (k: ts.SyntaxKind) =>
    k === ts.SyntaxKind.Unknown ||
    (k >= ts.SyntaxKind.FirstPunctuation &&
      k <= ts.SyntaxKind.LastPunctuation &&
      k !== ts.SyntaxKind.CloseParenToken &&
      k !== ts.SyntaxKind.CloseBracketToken &&
      k !== ts.SyntaxKind.CloseBraceToken) ||
    k === ts.SyntaxKind.ReturnKeyword ||
    k === ts.SyntaxKind.TypeOfKeyword;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if ((token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken) && beforeExpression(previous)) token = scanner.reScanSlashToken();
    if (
      token !== ts.SyntaxKind.WhitespaceTrivia &&
      token !== ts.SyntaxKind.NewLineTrivia &&
      token !== ts.SyntaxKind.SingleLineCommentTrivia &&
      token !== ts.SyntaxKind.MultiLineCommentTrivia
    )
      previous = token;
    if (token === ts.SyntaxKind.OpenBraceToken) depth++;
    if (token === ts.SyntaxKind.CloseBraceToken) {
      if (templates.at(-1) === depth) token = scanner.reScanTemplateToken(false);
      else depth--;
    }
    if (token === ts.SyntaxKind.TemplateHead) templates.push(depth);
    if (token === ts.SyntaxKind.TemplateTail) templates.pop();
    const text = scanner.getTokenText();
    const literal =
      token === ts.SyntaxKind.StringLiteral ||
      token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      token === ts.SyntaxKind.TemplateHead ||
      token === ts.SyntaxKind.TemplateMiddle ||
      token === ts.SyntaxKind.TemplateTail;
    if (literal) {
      // A template is judged whole: its static parts joined, each `${…}` read as `{}`.
      const value = scanner.getTokenValue();
      if (token === ts.SyntaxKind.TemplateHead) template = { text: `${value}{}`, line: lineAt(scanner.getTokenStart()), thrown: isThrown() };
      else if (token === ts.SyntaxKind.TemplateMiddle && template) template.text += `${value}{}`;
      else {
        const whole =
          token === ts.SyntaxKind.TemplateTail && template
            ? { ...template, text: template.text + value }
            : { text: value, line: lineAt(scanner.getTokenStart()), thrown: isThrown() };
        template = null;
        if (!whole.thrown && isProse(whole.text)) found.push({ file, line: whole.line, text: whole.text.slice(0, 80) });
      }
    }
    if (token !== ts.SyntaxKind.WhitespaceTrivia && token !== ts.SyntaxKind.NewLineTrivia) recent.push(text);
    if (recent.length > 6) recent.shift();
  }
  return found;
}

describe('no user-visible English outside src/ui/strings/ (issue #17)', () => {
  const found = (layer: string) =>
    files(layer)
      .flatMap(proseIn)
      .filter((f) => !ALLOWED.some((a) => f.file === a.file && a.text.test(f.text)));

  it.each(LAYERS)('%s holds no message prose: its problems are typed, and worded in src/ui/strings/', (layer) => {
    const prose = found(layer).map((f) => `${f.file}:${f.line}: ${f.text}`);
    expect(prose).toEqual([]);
  });

  it('the detector finds a planted message and passes a kind, a key and a thrown programming error', () => {
    expect(isProse('The file is empty.')).toBe(true);
    expect(isProse('Enter the numerator (households).')).toBe(true);
    expect(isProse('not-an-assessment')).toBe(false);
    expect(isProse('ssc-workbench/assessment')).toBe(false);
    expect(isProse('EC: ICT: ICT: 1C')).toBe(false);
    expect(isProse('"{}" is not a number.')).toBe(true);
  });

  it('reads a regular expression as one, so its quotes and slashes start no string or comment', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'no-prose-')), 'planted.ts');
    writeFileSync(file, "const a = /^'*[=]/;\nconst b = s.replace(/\\//g, '~1');\n// `x` y\nconst c = 'The file is empty.';\n");
    expect(proseIn(file).map((f) => f.text)).toEqual(['The file is empty.']);
  });
});
