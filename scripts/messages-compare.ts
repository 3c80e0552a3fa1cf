/**
 * Proves a conversion to message files (#31) changed no text: the old string object (from a copy of the
 * tree before the conversion) and the new accessor are read in each of the six languages, every text
 * compared and every function called with arguments of its parameter types (numbers around the plural
 * boundaries, texts, null where the type allows it, lists, each literal of a union), all combinations up
 * to 2 000 per function:
 *
 *   git archive HEAD src | tar -x -C .old      (before converting)
 *   npx tsx scripts/messages-compare.ts .old workshop W WS --removed WS.exNamedNone
 *
 * (`--removed` names texts deleted on purpose, which are then only checked to be gone.) An object
 * parameter (a problem of one of many kinds) gets objects made from its type, each kind's fields in
 * combination, lists of them at lengths around the plural boundaries; `--apply PW` lays each language's
 * old words onto an object the compared ones read (the readers' problems: P reads PW):
 *
 *   npx tsx scripts/messages-compare.ts .old problems P --apply PW
 * Prints the calls made, the texts that differ (with the language, key and arguments) and the functions
 * it could not call (a parameter of an object type); exits 1 on any difference.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar', zh: 'zh-CN', ru: 'ru-RU' };
type Obj = Record<string, unknown>;

// Whole numbers: the counts of plurals are whole (French CLDR's "1,5 changement" is one, where the old code said other).
const NUMBERS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111];
const TEXTS = ['Quito', 'a b'];
/** Lengths of a list of objects (the problems of a file: `2 problems`, Russian and Arabic plural forms). */
const LENGTHS = [0, 1, 2, 5, 11, 21, 101];
/** Argument objects made per object type (each kind of a union of kinds has its own). */
const OBJECTS_PER_TYPE = 400;

/** Each function's parameter value pools (dotted key → one pool per parameter), from the types of the old English module. */
function parameterPools(file: string, object: string): Map<string, unknown[][] | null> {
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const out = new Map<string, unknown[][] | null>();
  const poolOf = (t: ts.Type, depth = 0): unknown[] | null => {
    if (t.isUnion()) {
      const parts = t.types.map((u) => poolOf(u, depth));
      // A member too deep to make (a workspace error's refused assessments' own errors) is left out, not the union.
      const made = depth > 0 && parts.some((p) => p !== null) ? parts.filter((p) => p !== null) : parts;
      if (made.some((p) => p === null)) return null;
      const seen = new Set<string>();
      return made.flat().filter((v) => {
        const key = JSON.stringify(v) ?? 'undefined';
        return !seen.has(key) && (seen.add(key), true);
      });
    }
    if (t.isStringLiteral() || t.isNumberLiteral()) return [t.value];
    const f = t.getFlags();
    if (f & ts.TypeFlags.Number) return NUMBERS;
    if (f & ts.TypeFlags.String) return TEXTS;
    if (f & ts.TypeFlags.BooleanLiteral) return [checker.typeToString(t) === 'true'];
    if (f & ts.TypeFlags.Boolean) return [true, false];
    if (f & ts.TypeFlags.Null) return [null];
    if (f & ts.TypeFlags.Undefined) return [undefined];
    if (checker.isArrayType(t) || checker.isTupleType(t)) {
      const el = checker.getTypeArguments(t as ts.TypeReference)[0];
      if (el && el.getFlags() & ts.TypeFlags.String) return [[], ['a'], ['a', ''], ['a', 'b'], ['a', 'b', 'c']];
      if (el && el.getFlags() & ts.TypeFlags.Number) return [[], [1], [1, 2, 3]];
      // A list of objects (a file's problems): its lengths around the plural boundaries, of the first values made.
      const items = el ? poolOf(el, depth + 1) : null;
      if (!items || items.length === 0) return [[]];
      return LENGTHS.map((n) => Array.from({ length: n }, (_, i) => items[i % items.length]));
    }
    // An object (a problem of a kind): combinations of its fields' values, to a few levels deep.
    if (f & (ts.TypeFlags.Object | ts.TypeFlags.Intersection) && t.getCallSignatures().length === 0) {
      if (depth >= 3) return null;
      const props = checker.getPropertiesOfType(t);
      const pools = props.map((p) => poolOf(checker.getTypeOfSymbolAtLocation(p, source), depth + 1));
      if (pools.some((p) => p === null)) return null;
      return combinations(pools as unknown[][], OBJECTS_PER_TYPE).map((values) =>
        Object.fromEntries(props.flatMap((p, i) => (values[i] === undefined ? [] : [[p.name, values[i]]]))),
      );
    }
    return null;
  };
  const walk = (o: ts.ObjectLiteralExpression, prefix: string) => {
    for (const p of o.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
      const key = prefix + p.name.getText(source).replace(/^['"]|['"]$/g, '');
      let init: ts.Expression = ts.isPropertyAssignment(p) ? p.initializer : p.name;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      // `doc: docProblem` or `errorLines,`: a function declared in the module, by its declaration.
      const declared = ts.isIdentifier(init)
        ? (ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : checker.getSymbolAtLocation(init))?.declarations?.find(
            ts.isFunctionDeclaration,
          )
        : undefined;
      const fn = declared ?? (ts.isArrowFunction(init) || ts.isFunctionExpression(init) ? init : undefined);
      if (ts.isObjectLiteralExpression(init)) walk(init, `${key}.`);
      else if (fn) {
        const pools = fn.parameters.map((q) => poolOf(checker.getTypeAtLocation(q)));
        out.set(key, pools.some((x) => x === null) ? null : (pools as unknown[][]));
      }
    }
  };
  for (const st of source.statements)
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === object && d.initializer) {
          let init = d.initializer;
          while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
          if (ts.isObjectLiteralExpression(init)) walk(init, '');
        }
  return out;
}

/**
 * Up to `cap` argument lists from the pools: every combination when there are few, else each pool's
 * values in turn (so every value is used) and a regular sample.
 */
function combinations(pools: unknown[][], cap = 2000): unknown[][] {
  const total = pools.reduce((n, p) => n * p.length, 1);
  const step = Math.max(1, Math.floor(total / cap));
  const out: unknown[][] = [];
  if (step > 1) for (let i = 0; i < Math.max(...pools.map((p) => p.length)); i++) out.push(pools.map((p) => p[i % p.length]));
  for (let i = 0; i < total; i += step) {
    let r = i;
    out.push(
      pools.map((p) => {
        const v = p[r % p.length];
        r = Math.floor(r / p.length);
        return v;
      }),
    );
  }
  return out;
}

const get = (o: unknown, key: string): unknown => key.split('.').reduce<unknown>((x, k) => (x as Obj | undefined)?.[k], o);

function leaves(o: Obj, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? leaves(v as Obj, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

async function main(args: string[]): Promise<number> {
  const removed = new Set(args.flatMap((a, i) => (args[i - 1] === '--removed' ? a.split(',') : [])));
  // `--apply PW`: old objects a language laid its words onto that the compared ones read (P reads PW), not compared themselves.
  const applied = args.flatMap((a, i) => (args[i - 1] === '--apply' ? a.split(',') : []));
  const flags = new Set(['--removed', '--apply']);
  const [oldDir, module, ...objects] = args.filter((a, i) => !flags.has(a) && !flags.has(args[i - 1]));
  if (!oldDir || !module || objects.length === 0) {
    process.stderr.write('usage: npx tsx scripts/messages-compare.ts <old tree> <module> <Object>...\n');
    return 2;
  }
  const oldRoot = path.resolve(oldDir, 'src/ui');
  const imp = async (file: string) => (await import(pathToFileURL(file).href)) as Obj;
  const oldModule = await imp(path.join(oldRoot, `strings/${module}.ts`));
  const oldLanguages = await imp(path.join(oldRoot, 'strings/languages.ts'));
  const oldFormat = await imp(path.join(oldRoot, 'format.ts'));
  const newModule = await imp(path.join(root, `src/ui/strings/${module}.ts`));
  const newFormat = await imp(path.join(root, 'src/ui/format.ts'));
  const runtime = await imp(path.join(root, 'src/ui/messages/runtime.ts'));
  const snapshot = oldLanguages.snapshot as (o: unknown) => Obj;
  const applyCatalogue = oldLanguages.applyCatalogue as (t: object, e: object, tr: object | undefined, mark: boolean) => string[];
  const english = Object.fromEntries([...objects, ...applied].map((o) => [o, snapshot(oldModule[o])]));
  // The old tree's own runtime: its lists (listText) follow the locale it is given, as the old app's did.
  const oldRuntime = await imp(path.join(oldRoot, 'messages/runtime.ts'));
  let calls = 0;
  let differ = 0;
  const uncalled = new Set<string>();
  for (const lang of LANGS) {
    const translation = lang === 'en' ? null : await imp(path.join(oldRoot, `strings/${lang}/${module}.ts`));
    const tables = lang === 'en' ? undefined : ((await imp(path.join(root, `src/ui/messages/compiled/${lang}.ts`))).default as Obj);
    (oldFormat.setNumberLocale as (l: string) => void)(LOCALES[lang]);
    (newFormat.setNumberLocale as (l: string) => void)(LOCALES[lang]);
    (runtime.useMessages as (c: string, t: unknown, l: string) => string[])(lang, tables, LOCALES[lang]);
    (oldRuntime.useMessages as (c: string, t: unknown, l: string) => string[])(lang, undefined, LOCALES[lang]);
    for (const object of applied)
      applyCatalogue(
        oldModule[object] as Obj,
        english[object],
        lang === 'en' ? english[object] : ((translation![object] as object | undefined) ?? {}),
        lang !== 'en',
      );
    for (const object of objects) {
      const live = oldModule[object] as Obj;
      // An object no language translated (P: code putting PW's words together) is called as it is.
      const code = applied.length > 0 && lang !== 'en' && translation![object] === undefined;
      if (!code) applyCatalogue(live, english[object], lang === 'en' ? english[object] : ((translation![object] as object | undefined) ?? {}), lang !== 'en');
      const pools = parameterPools(path.join(oldRoot, `strings/${module}.ts`), object);
      for (const key of leaves(english[object])) {
        const report = (a: unknown[], x: unknown, y: unknown) => {
          differ++;
          process.stdout.write(`${lang} ${object}.${key}(${a.map((v) => JSON.stringify(v)).join(', ')})\n  old: ${String(x)}\n  new: ${String(y)}\n`);
        };
        const before = get(live, key);
        const after = get(newModule[object], key);
        if (removed.has(`${object}.${key}`)) {
          if (after !== undefined) report([], '(removed)', after);
          continue;
        }
        if (typeof before !== 'function') {
          calls++;
          // A list of texts (X.securityPoints) is the same when its texts are.
          if (before !== after && !(Array.isArray(before) && JSON.stringify(before) === JSON.stringify(after))) report([], before, after);
          continue;
        }
        const p = pools.get(key);
        if (!p) {
          uncalled.add(`${object}.${key}`);
          continue;
        }
        for (const a of combinations(p)) {
          let x: unknown;
          try {
            x = (before as (...v: unknown[]) => unknown)(...a);
          } catch {
            continue;
          }
          calls++;
          let y: unknown;
          try {
            y = typeof after === 'function' ? (after as (...v: unknown[]) => unknown)(...a) : after;
          } catch (e) {
            y = `throws ${(e as Error).message}`;
          }
          // A list of lines (P.errorLines) is the same when its lines are.
          if (x !== y && JSON.stringify(x) !== JSON.stringify(y)) report(a, x, y);
        }
      }
    }
  }
  process.stdout.write(`${calls} calls in ${LANGS.length} languages, ${differ} differing\n`);
  if (uncalled.size > 0) process.stdout.write(`not called (parameters of object types): ${[...uncalled].join(', ')}\n`);
  return differ > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exit(await main(process.argv.slice(2)));
