/**
 * Converts one of the old string objects (`TM` in src/ui/strings/time.ts and its five translations)
 * into ICU message files (#31), mechanically, with the TypeScript compiler API:
 *
 *   npx tsx scripts/messages-codemod.ts <module> <Object> <namespace> [--write]
 *   npx tsx scripts/messages-codemod.ts time TM time --write
 *
 * It reads `src/ui/strings/<module>.ts` (English) and `src/ui/strings/<lang>/<module>.ts`, and converts
 * what it can: text, template literals with the function's parameters, `n === 1 ? … : …` and the
 * languages' plural helpers (`s(n, one, other)`, `p(n, {…})`, Arabic `c(n, FORMS)`, Russian
 * `n`/`f(count, one, few, many)`) into `{n, plural, …}`, `names.join(', ')` into `{names, list}`,
 * `listText(names, 'disjunction')` into `{names, list, or}`, `flag === true ? … : …` into a boolean select,
 * `x === null ? … : …` and `x ?? '—'` into
 * `{x, select, null {…} other {…}}`, a comparison with a string into a select. Everything else
 * (computed lookups, lists joined in code, calls to other helpers) is listed with its key and line, to
 * be written by hand in the JSON (or its call site changed). Without `--write` it only lists; with it,
 * it merges what it converted into `src/ui/messages/<lang>/<namespace>.json` (keys already there are
 * kept, so hand-written messages survive a re-run) and the parameter order into `positional.json`.
 * Re-run it on strings other branches added to the old modules.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { hashOf, LANGS, MESSAGES_DIR, messagesPath, readPositional, type Messages } from './messages';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

class Unconvertible extends Error {}

/** ICU text: braces quoted, an apostrophe doubled where it would start a quote, `#` quoted inside a plural. */
export function icuText(s: string, inPlural: boolean): string {
  let out = s.replace(/'(?=['{}#])/g, "''").replace(/[{}]/g, (c) => `'${c}'`);
  if (inPlural) out = out.replace(/#/g, "'#'");
  return out;
}

interface Scope {
  /** Parameter name in this file → the English message's argument name. */
  params: Map<string, string>;
  /** `const NAME = {…}` object literals of the file (Arabic plural forms). */
  consts: Map<string, ts.ObjectLiteralExpression>;
  inPlural: boolean;
  /**
   * Inside `switch (p.kind)`: the switched parameter, whose fields (`p.by`, `c.dropped.by`) are
   * arguments (`by`, `droppedBy`), and the function parameters whose results the caller passes
   * (`label(c.id)` is `{label}`).
   */
  subject?: string;
  callers?: Set<string>;
}

const text = (node: ts.Node): string | null => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null);

function param(node: ts.Expression, scope: Scope): string {
  const e = unwrap(node);
  if (ts.isIdentifier(e) && scope.params.has(e.text)) return scope.params.get(e.text)!;
  if (scope.subject && ts.isPropertyAccessExpression(e)) {
    const parts: string[] = [];
    let x: ts.Expression = e;
    while (ts.isPropertyAccessExpression(x)) {
      parts.unshift(x.name.text);
      x = unwrap(x.expression);
    }
    if (ts.isIdentifier(x) && x.text === scope.subject) return parts.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  }
  if (scope.callers && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && scope.callers.has(e.expression.text)) return e.expression.text;
  throw new Unconvertible(`not a parameter: ${e.getText()}`);
}

const unwrap = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e);

function pluralOf(n: string, forms: [string, ts.Expression][], scope: Scope, placeholder: string | null): string {
  const inner: Scope = { ...scope, inPlural: true };
  const opts = forms.map(([k, v]) => {
    let body = convert(v, inner);
    if (placeholder) body = body.split(`'{'${placeholder}'}'`).join(`{${n}}`);
    return `${k} {${body}}`;
  });
  return `{${n}, plural, ${opts.join(' ')}}`;
}

function objectForms(o: ts.Expression, scope: Scope): [string, ts.Expression][] {
  let e = unwrap(o);
  if (ts.isIdentifier(e) && scope.consts.has(e.text)) e = scope.consts.get(e.text)!;
  if (!ts.isObjectLiteralExpression(e)) throw new Unconvertible(`plural forms: ${e.getText()}`);
  const out: [string, ts.Expression][] = [];
  for (const p of e.properties) {
    if (ts.isSpreadAssignment(p)) {
      out.push(...objectForms(p.expression, scope).filter(([k]) => !e.properties.some((q) => q.name?.getText() === k)));
    } else if (ts.isPropertyAssignment(p)) out.push([p.name.getText().replace(/['"]/g, ''), p.initializer]);
    else if (ts.isShorthandPropertyAssignment(p) && scope.params.has(p.name.text)) throw new Unconvertible('shorthand form');
    else throw new Unconvertible(`plural forms: ${p.getText()}`);
  }
  return out;
}

/** One branch of a conditional as select/plural options, merging `a ? x : b ? y : z` on the same argument. */
function condition(e: ts.ConditionalExpression, scope: Scope): string {
  const c = unwrap(e.condition);
  // `name ? a : b` on a nullable text: a select whose `null` is the missing value (an empty text is not expected).
  if (ts.isIdentifier(c) && scope.params.has(c.text))
    return `{${param(c, scope)}, select, null {${convert(e.whenFalse, scope)}} other {${convert(e.whenTrue, scope)}}}`;
  if (!ts.isBinaryExpression(c)) throw new Unconvertible(`condition: ${c.getText()}`);
  const op = c.operatorToken.kind;
  const eq = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  const ne = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
  let [l, r] = [unwrap(c.left), unwrap(c.right)];
  const isArg = (x: ts.Expression) => (ts.isIdentifier(x) && scope.params.has(x.text)) || (scope.subject !== undefined && ts.isPropertyAccessExpression(x));
  if (!isArg(l)) [l, r] = [r, l];
  const name = param(l, scope);
  const [yes, no] = ne ? [e.whenFalse, e.whenTrue] : [e.whenTrue, e.whenFalse];
  if (r.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(r) && r.text === 'undefined')) {
    if (!eq && !ne) throw new Unconvertible(`condition: ${c.getText()}`);
    return `{${name}, select, null {${convert(yes, scope)}} other {${convert(no, scope)}}}`;
  }
  if (ts.isNumericLiteral(r)) {
    const v = Number(r.text);
    const lessOne = (op === ts.SyntaxKind.LessThanEqualsToken && v === 1) || (op === ts.SyntaxKind.LessThanToken && v === 2);
    const inner: Scope = { ...scope, inPlural: true };
    // `n === 1` is exactly one (`=1`), not the language's `one` category: French's takes 0 too, and the text may say "1".
    if ((eq || ne) && v === 1) return `{${name}, plural, =1 {${convert(yes, inner)}} other {${convert(no, inner)}}}`;
    if (lessOne) return `{${name}, plural, one {${convert(e.whenTrue, inner)}} other {${convert(e.whenFalse, inner)}}}`;
    if (eq || ne) return `{${name}, plural, =${v} {${convert(yes, inner)}} other {${convert(no, inner)}}}`;
    throw new Unconvertible(`condition: ${c.getText()}`);
  }
  // `flag === true ? … : …`: a boolean select.
  if ((eq || ne) && r.kind === ts.SyntaxKind.TrueKeyword) return `{${name}, select, true {${convert(yes, scope)}} other {${convert(no, scope)}}}`;
  const key = text(r);
  if (key !== null && (eq || ne) && /^[\w-]+$/.test(key)) {
    // `x === 'a' ? … : x === 'b' ? … : …` is one select on x.
    const rest = convert(no, scope);
    const head = `{${name}, select, `;
    const merged = rest.startsWith(head) && rest.endsWith('}') && closes(rest) === rest.length - 1 ? rest.slice(head.length, -1) : `other {${rest}}`;
    return `${head}${key} {${convert(yes, scope)}} ${merged}}`;
  }
  throw new Unconvertible(`condition: ${c.getText()}`);
}

/** The index of the brace that closes the one `s` opens at 0 (quoted braces of ICU text skipped). */
function closes(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'" && (s[i + 1] === '{' || s[i + 1] === '}')) i += 2;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function convert(node: ts.Expression, scope: Scope): string {
  const e = unwrap(node);
  const t = text(e);
  if (t !== null) return icuText(t, scope.inPlural);
  if (ts.isTemplateExpression(e)) {
    let out = icuText(e.head.text, scope.inPlural);
    for (const span of e.templateSpans) out += convert(span.expression, scope) + icuText(span.literal.text, scope.inPlural);
    return out;
  }
  if (
    ts.isIdentifier(e) ||
    (scope.subject && ts.isPropertyAccessExpression(e)) ||
    (scope.callers && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && scope.callers.has(e.expression.text))
  )
    return `{${param(e, scope)}}`;
  // `STATE[s]` (a const object of texts, looked up by an argument): a select, `.toLowerCase()` applied to its texts.
  const lower =
    ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toLowerCase' && e.arguments.length === 0
      ? unwrap(e.expression.expression)
      : null;
  const lookup = lower ?? e;
  if (ts.isElementAccessExpression(lookup) && ts.isIdentifier(lookup.expression) && scope.consts.has(lookup.expression.text)) {
    const name = param(lookup.argumentExpression, scope);
    const options = scope.consts.get(lookup.expression.text)!.properties.map((q) => {
      const t = ts.isPropertyAssignment(q) ? text(q.initializer) : null;
      if (!ts.isPropertyAssignment(q) || t === null) throw new Unconvertible(`lookup: ${q.getText()}`);
      const k = q.name.getText().replace(/^['"]|['"]$/g, '');
      if (!/^[\w-]+$/.test(k)) throw new Unconvertible(`lookup key: ${k}`);
      return `${k} {${icuText(lower ? t.toLowerCase() : t, scope.inPlural)}}`;
    });
    // A const with its own `other` key already has the select's `other`.
    const hasOther = options.some((o) => o.startsWith('other '));
    return `{${name}, select, ${options.join(' ')}${hasOther ? '' : ` other {{${name}}}`}}`;
  }
  if (ts.isConditionalExpression(e)) return condition(e, scope);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
    const name = param(e.left, scope);
    return `{${name}, select, null {${convert(e.right, scope)}} other {{${name}}}}`;
  }
  // `names.join(', ')`: a list, written by Intl.ListFormat in every language.
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join' && e.arguments.length <= 1)
    return `{${param(e.expression.expression, scope)}, list}`;
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression)) {
    const fn = e.expression.text;
    const a = e.arguments;
    // The languages' plural helpers (see the header).
    // `listText(names)` and `listText(names, 'disjunction')`: the runtime's list, `a, b and c` or `a, b or c`.
    if (fn === 'listText' && a.length >= 1) {
      const type = a.length > 1 ? text(a[1]) : 'conjunction';
      if (type === 'conjunction') return `{${param(a[0], scope)}, list}`;
      if (type === 'disjunction') return `{${param(a[0], scope)}, list, or}`;
    }
    if ((fn === 's' || fn === 'plural') && a.length === 3)
      return pluralOf(
        param(a[0], scope),
        [
          ['one', a[1]],
          ['other', a[2]],
        ],
        scope,
        null,
      );
    if (fn === 'p' && a.length === 2) return pluralOf(param(a[0], scope), objectForms(a[1], scope), scope, null);
    if (fn === 'c' && a.length === 2) return pluralOf(param(a[0], scope), objectForms(a[1], scope), scope, 'n');
    if ((fn === 'f' || fn === 'n') && a.length === 4) {
      const name = param(a[0], scope);
      const forms = pluralOf(
        name,
        [
          ['one', a[1]],
          ['few', a[2]],
          ['many', a[3]],
          ['other', a[2]],
        ],
        scope,
        null,
      );
      return fn === 'n' ? `{${name}} ${forms}` : forms;
    }
  }
  throw new Unconvertible(`expression: ${e.getText().slice(0, 80)}`);
}

export interface Converted {
  messages: Messages;
  /** Key → parameter order (functions only). */
  positional: Record<string, string[]>;
  /** What could not be converted, with why. */
  left: string[];
}

/** The object literal `export const NAME = {…}` (or `: Translation<…> = {…}`) of a source file. */
function objectOf(file: ts.SourceFile, name: string): ts.ObjectLiteralExpression | null {
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) {
        let init = d.initializer;
        while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
        if (ts.isObjectLiteralExpression(init)) return init;
      }
    }
  }
  return null;
}

function constsOf(file: ts.SourceFile): Map<string, ts.ObjectLiteralExpression> {
  const out = new Map<string, ts.ObjectLiteralExpression>();
  for (const st of file.statements)
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer) {
          let init = d.initializer;
          while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
          if (ts.isObjectLiteralExpression(init)) out.set(d.name.text, init);
        }
  return out;
}

/**
 * Converts `object` of `file`; `englishParams` gives each English function's parameter names (a
 * translation's parameters are matched by position), and is filled when converting the English.
 */
export function convertObject(file: ts.SourceFile, object: string, englishParams: Map<string, string[]>, isEnglish: boolean): Converted {
  const out: Converted = { messages: {}, positional: {}, left: [] };
  const lit = objectOf(file, object);
  if (!lit) throw new Error(`${file.fileName}: no object ${object}`);
  const consts = constsOf(file);
  const line = (n: ts.Node) => file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1;
  const walk = (o: ts.ObjectLiteralExpression, prefix: string) => {
    for (const p of o.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isMethodDeclaration(p)) {
        out.left.push(`${prefix}? (line ${line(p)}): ${p.getText().slice(0, 60)}`);
        continue;
      }
      const key = prefix + p.name.getText(file).replace(/^['"]|['"]$/g, '');
      let init: ts.Expression | undefined = ts.isPropertyAssignment(p) ? p.initializer : undefined;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
      try {
        if (!init) throw new Unconvertible('method');
        if (ts.isObjectLiteralExpression(init)) {
          walk(init, `${key}.`);
          continue;
        }
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) {
          if (!init.parameters.every((q) => ts.isIdentifier(q.name))) throw new Unconvertible('destructured parameters');
          const names = init.parameters.map((q) => (q.name as ts.Identifier).text);
          if (isEnglish) englishParams.set(key, names);
          const en = englishParams.get(key);
          if (!en) throw new Unconvertible('English has no such function');
          const params = new Map(names.map((n, i) => [n, en[i] ?? n]));
          if (!ts.isBlock(init.body)) {
            out.messages[key] = convert(init.body, { params, consts, inPlural: false });
            if (isEnglish) out.positional[key] = names;
            continue;
          }
          // `switch (p.kind) { case 'a': return …; }`: one message per case, `key.a`, its arguments the fields it reads.
          const st = init.body.statements;
          const sw = st.length === 1 && ts.isSwitchStatement(st[0]) ? st[0] : null;
          const on = sw ? unwrap(sw.expression) : null;
          if (sw && on && ts.isPropertyAccessExpression(on) && on.name.text === 'kind' && ts.isIdentifier(on.expression) && names[0] === on.expression.text) {
            // The other parameters are arguments as they are (`at`), or by their results when called (`label(c.id)`).
            const others = new Map(names.slice(1).map((n, i) => [n, en[i + 1] ?? n]));
            const scope: Scope = { params: others, consts, inPlural: false, subject: names[0], callers: new Set(names.slice(1)) };
            const cases: Record<string, string> = {};
            for (const clause of sw.caseBlock.clauses) {
              const value = ts.isCaseClause(clause) ? text(clause.expression) : null;
              const body = clause.statements.length === 1 && ts.isBlock(clause.statements[0]) ? clause.statements[0].statements : clause.statements;
              // A case it cannot convert is left (to write by hand) without losing the others.
              try {
                if (value === null || body.length !== 1 || !ts.isReturnStatement(body[0]) || !body[0].expression)
                  throw new Unconvertible(`switch case: ${clause.getText().slice(0, 60)}`);
                cases[`${key}.${value}`] = convert(body[0].expression, scope);
              } catch (e) {
                if (!(e instanceof Unconvertible) || value === null) throw e;
                out.left.push(`${key}.${value} (line ${line(clause)}): ${e.message}`);
              }
            }
            Object.assign(out.messages, cases);
            continue;
          }
          throw new Unconvertible('function body with statements');
        }
        out.messages[key] = convert(init, { params: new Map(), consts, inPlural: false });
      } catch (e) {
        if (!(e instanceof Unconvertible)) throw e;
        out.left.push(`${key} (line ${line(p)}): ${e.message}`);
      }
    }
  };
  walk(lit, '');
  return out;
}

const sourceFile = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

/**
 * The string objects converted so far: module (`src/ui/strings/<module>.ts`, `<lang>/<module>.ts`),
 * object and namespace. `--all` converts any of them it finds still written the old way.
 */
export const CONVERTED: readonly { module: string; object: string; namespace: string }[] = [
  { module: 'time', object: 'TM', namespace: 'time' },
  { module: 'time-compare', object: 'TC', namespace: 'time-compare' },
  { module: 'results', object: 'R', namespace: 'results' },
  { module: 'workshop', object: 'W', namespace: 'demo' },
  { module: 'workshop', object: 'WS', namespace: 'workshop' },
  { module: 'review', object: 'V', namespace: 'review' },
  { module: 'saving', object: 'D', namespace: 'saving' },
  { module: 'interchange', object: 'X', namespace: 'interchange' },
  { module: 'shell', object: 'S', namespace: 'shell' },
  { module: 'flags', object: 'F', namespace: 'flags' },
  { module: 'catalogue', object: 'C', namespace: 'catalogue' },
  { module: 'problems', object: 'PW', namespace: 'problems' },
];

/** Messages removed on purpose (unused): a branch's old module that still has them does not bring them back. */
export const REMOVED: ReadonlySet<string> = new Set(['workshop.exNamedNone', 'review.datapointsHint']);

const readJson = <T>(file: string, otherwise: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : otherwise);
const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
const hashesFile = (lang: string) => path.join(MESSAGES_DIR, 'hashes', `${lang}.json`);

interface Outcome {
  /** Messages converted from old modules that the JSON lacked (now added, when writing). */
  added: string[];
  /** Messages whose old module's text differs from the JSON's (the JSON's is kept). */
  differing: string[];
  /** What could not be converted and the JSON lacks: to write by hand. */
  left: string[];
  /** The old modules read. */
  read: string[];
}

/**
 * Converts `object` of the old modules under `from` (English and each language that still has the old
 * file) into `namespace`'s JSON files. A message already in a JSON file wins (a re-run changes nothing;
 * a hand-written message survives); what it lacks is added, in the English key order, with the
 * parameter order in positional.json and, for a translation, the hash of the English it was made from.
 */
export function convertModule(module: string, object: string, namespace: string, from: string, write: boolean, quiet = false): Outcome {
  const out: Outcome = { added: [], differing: [], left: [], read: [] };
  const positional = readPositional();
  // A translation's parameters are matched by position to the English ones: from the old English module, else positional.json.
  const englishParams = new Map<string, string[]>(Object.entries(positional[namespace] ?? {}));
  let englishKeys = Object.keys(readJson<Messages>(messagesPath('en', namespace), {}));
  for (const lang of LANGS) {
    const file = lang === 'en' ? path.join(from, `src/ui/strings/${module}.ts`) : path.join(from, `src/ui/strings/${lang}/${module}.ts`);
    const source = existsSync(file) ? sourceFile(file) : null;
    if (!source || !objectOf(source, object)) continue;
    out.read.push(path.relative(from, file));
    const c = convertObject(source, object, englishParams, lang === 'en');
    const existing = readJson<Messages>(messagesPath(lang, namespace), {});
    if (lang === 'en')
      englishKeys = [...englishKeys, ...Object.keys(c.messages), ...c.left.map((l) => l.split(' ')[0])].filter((k, i, all) => all.indexOf(k) === i);
    // A key written by hand as several messages (`bandMove.same`, `bandMove.changed`) is not left.
    const handled = (key: string) => existing[key] !== undefined || Object.keys(existing).some((k) => k.startsWith(`${key}.`));
    const left = c.left.filter((l) => !handled(l.split(' ')[0]));
    for (const k of Object.keys(c.messages)) if (REMOVED.has(`${namespace}.${k}`)) delete c.messages[k];
    const added = Object.keys(c.messages).filter((k) => existing[k] === undefined);
    const differing = Object.keys(c.messages).filter((k) => existing[k] !== undefined && existing[k] !== c.messages[k]);
    out.added.push(...added.map((k) => `${lang}: ${namespace}.${k}`));
    out.differing.push(...differing.map((k) => `${lang}: ${namespace}.${k}`));
    out.left.push(...left.map((l) => `${lang}: ${namespace}.${l}`));
    if (!quiet) {
      process.stdout.write(`${lang}: ${Object.keys(c.messages).length} converted (${added.length} new), ${left.length} left${left.length ? ':' : ''}\n`);
      for (const l of left) process.stdout.write(`  ${l}\n`);
    }
    if (!write || added.length === 0) continue;
    const english = readJson<Messages>(messagesPath('en', namespace), {});
    const merged: Messages = {};
    for (const key of englishKeys) {
      const v = existing[key] ?? c.messages[key];
      if (v !== undefined) merged[key] = v;
    }
    for (const [key, v] of Object.entries(existing)) if (!(key in merged)) merged[key] = v;
    writeJson(messagesPath(lang, namespace), merged);
    if (lang === 'en') {
      positional[namespace] = { ...c.positional, ...positional[namespace] };
      writeJson(path.join(MESSAGES_DIR, 'positional.json'), positional);
    } else {
      const hashes = readJson<{ from: Record<string, string> }>(hashesFile(lang), { from: {} });
      for (const key of added) if (english[key] !== undefined) hashes.from[`${namespace}.${key}`] = hashOf(english[key]);
      writeJson(hashesFile(lang), hashes);
    }
  }
  return out;
}

/**
 * In this tree, a language's old module that holds only converted objects goes, with its import and
 * its objects in `<lang>/index.ts` (the JSON files have its words now).
 */
function removeOldTranslations(write: boolean): string[] {
  const gone: string[] = [];
  for (const module of new Set(CONVERTED.map((c) => c.module)))
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const file = path.join(root, `src/ui/strings/${lang}/${module}.ts`);
      if (!existsSync(file)) continue;
      const objects = CONVERTED.filter((c) => c.module === module).map((c) => c.object);
      const exported = sourceFile(file).statements.flatMap((st) =>
        ts.isVariableStatement(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
          ? st.declarationList.declarations.map((d) => d.name.getText())
          : [],
      );
      if (!exported.every((name) => objects.includes(name))) continue;
      gone.push(path.relative(root, file));
      if (!write) continue;
      unlinkSync(file);
      const index = path.join(root, `src/ui/strings/${lang}/index.ts`);
      const text = readFileSync(index, 'utf8')
        .split('\n')
        .filter((l) => !l.includes(`from './${module}';`) && !exported.some((o) => l.trim() === `${o},`))
        .join('\n');
      writeFileSync(index, text);
    }
  return gone;
}

function main(args: string[]): number {
  const write = args.includes('--write');
  // `--from DIR`: read the old modules from another tree (a copy from before the conversion, or a branch's: git archive BRANCH src | tar -x -C DIR).
  const from = args.includes('--from') ? path.resolve(args[args.indexOf('--from') + 1]) : root;
  const rest = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--from');
  if (args.includes('--all')) {
    let added = 0;
    for (const { module, object, namespace } of CONVERTED) {
      const o = convertModule(module, object, namespace, from, write, true);
      added += o.added.length;
      for (const f of o.read) process.stdout.write(`read ${f} (${object})\n`);
      for (const a of o.added) process.stdout.write(`${write ? 'added' : 'to add'} ${a}\n`);
      for (const d of o.differing) process.stdout.write(`differs (the JSON's is kept; edit it by hand if the module's is newer) ${d}\n`);
      for (const l of o.left) process.stdout.write(`to write by hand ${l}\n`);
    }
    if (from === root) {
      for (const f of removeOldTranslations(write)) process.stdout.write(`${write ? 'removed' : 'to remove'} ${f}\n`);
      for (const { module, object } of CONVERTED) {
        const file = path.join(root, `src/ui/strings/${module}.ts`);
        if (existsSync(file) && objectOf(sourceFile(file), object))
          process.stdout.write(
            `src/ui/strings/${module}.ts still writes ${object} the old way: put back its accessor (git checkout HEAD -- src/ui/strings/${module}.ts after a merge)\n`,
          );
      }
    }
    process.stdout.write(`${added} messages ${write ? 'added' : 'to add'}; then run npx tsx scripts/messages.ts\n`);
    return 0;
  }
  const [module, object, namespace] = rest;
  if (!module || !object || !namespace) {
    process.stderr.write(
      'usage: npx tsx scripts/messages-codemod.ts <module> <Object> <namespace> [--write] [--from DIR]\n       npx tsx scripts/messages-codemod.ts --all [--write] [--from DIR]\n',
    );
    return 2;
  }
  const o = convertModule(module, object, namespace, from, write);
  process.stdout.write(`${o.left.length} left to write by hand\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exit(main(process.argv.slice(2)));
