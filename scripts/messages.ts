/**
 * The interface's message files (#31): compiles `src/ui/messages/<lang>/<namespace>.json` (ICU
 * MessageFormat, see scripts/icu.ts) into TypeScript modules in `src/ui/messages/compiled/`, keeps the
 * translators' hashes and the README's coverage table.
 *
 *   npx tsx scripts/messages.ts               compiles every namespace and writes the README's table
 *   npx tsx scripts/messages.ts --check       exits 1 when a compiled module or the table is not what the files give
 *   npx tsx scripts/messages.ts --stamp fr    records the English each French message now translates
 *   npx tsx scripts/messages.ts --status ru   lists the stale and missing Russian messages
 *
 * The English files are the contract: each message's argument types come from its English text, so a
 * call with a wrong or missing argument does not compile. `positional.json` lists, per namespace, the
 * messages still called with positional arguments (the old string objects' call sites) and their order.
 * Each language records in `hashes/<lang>.json` the hash of the English text each of its messages was
 * made from; test/unit/messages.test.ts fails on a stale or missing message.
 */
import { hashOf } from './translation-hash';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { argumentTypes, compileMessage, parseMessage, type Part } from './icu';

export { hashOf };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MESSAGES_DIR = path.join(root, 'src/ui/messages');
export const COMPILED_DIR = path.join(MESSAGES_DIR, 'compiled');
export const README_PATH = path.join(root, 'README.md');
export const LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export const TRANSLATED = ['fr', 'es', 'ar', 'zh', 'ru'] as const;
export type TranslatedLang = (typeof TRANSLATED)[number];

export type Messages = Record<string, string>;
/** Namespace → message key → the order of its positional arguments. */
export type Positional = Record<string, Record<string, string[]>>;

export interface HashFile {
  format: 'ssc-workbench/message-hashes';
  version: 1;
  status: 'working translation';
  /** Per `namespace.key`, the hash of the English message it was translated from. */
  from: Record<string, string>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The converted namespaces: the files of `en/`. */
export const namespaces = (): string[] =>
  readdirSync(path.join(MESSAGES_DIR, 'en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();

export const messagesPath = (lang: string, ns: string) => path.join(MESSAGES_DIR, lang, `${ns}.json`);
export const readMessages = (lang: string, ns: string): Messages => (existsSync(messagesPath(lang, ns)) ? readJson<Messages>(messagesPath(lang, ns)) : {});
export const readPositional = (): Positional => readJson<Positional>(path.join(MESSAGES_DIR, 'positional.json'));
export const hashesPath = (lang: string) => path.join(MESSAGES_DIR, 'hashes', `${lang}.json`);
export const readHashes = (lang: string): HashFile | null => (existsSync(hashesPath(lang)) ? readJson<HashFile>(hashesPath(lang)) : null);

/** `time` → `time`, `time-compare` → `timeCompare`; the accessor's name and the interface's. */
export const accessorName = (ns: string) => ns.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const typeName = (ns: string) => {
  const a = accessorName(ns);
  return `${a[0].toUpperCase()}${a.slice(1)}Messages`;
};

function parseAll(lang: string, ns: string, messages: Messages): Record<string, Part[]> {
  const out: Record<string, Part[]> = {};
  for (const [key, text] of Object.entries(messages)) {
    try {
      out[key] = parseMessage(text);
    } catch (e) {
      throw new Error(`${lang}/${ns}.json ${key}: ${(e as Error).message}`, { cause: e });
    }
  }
  return out;
}

const HEADER = (source: string) => `// Compiled from ${source} by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).\n`;

function helpersUsed(code: string): string[] {
  return ['nf', 'df', 'lf', 'pl', 'sel'].filter((h) => new RegExp(`\\b${h}\\(`).test(code));
}

const imports = (code: string, extra: string[]) =>
  [...extra, ...helpersUsed(code), ...(/: Args\b/.test(code) ? ['type Args'] : []), ...(/: Arg\b/.test(code) ? ['type Arg'] : [])]
    .filter((x, i, all) => all.indexOf(x) === i)
    .join(', ');

/** A translation's table: flat, by dotted key (loaded with the language's chunk). */
function tableCode(lang: string, parsed: Record<string, Part[]>, positional: Record<string, string[]>): string {
  return Object.entries(parsed)
    .map(([key, parts]) => `  ${JSON.stringify(key)}: ${compileMessage(parts, lang, positional[key])},`)
    .join('\n');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface Tree {
  [k: string]: Tree | string;
}

/** Messages keyed `a.b.c` as nested objects (`{a: {b: {c: leaf}}}`), each leaf made from its key and parts. */
function keyTree(parsed: Record<string, Part[]>, leaf: (key: string, parts: Part[]) => string): Tree {
  const tree: Tree = {};
  for (const [key, parts] of Object.entries(parsed)) {
    const segs = key.split('.');
    let node = tree;
    for (const seg of segs.slice(0, -1)) node = (node[seg] ??= {}) as Tree;
    node[segs[segs.length - 1]] = leaf(key, parts);
  }
  return tree;
}

/** The English table nested as its keys are, with bare property names: as small as the object it replaces (it is in the first visit). */
function nestedCode(parsed: Record<string, Part[]>, positional: Record<string, string[]>): string {
  const tree = keyTree(parsed, (key, parts) => compileMessage(parts, 'en', positional[key]));
  const render = (t: Tree, indent: string): string =>
    Object.entries(t)
      .map(([k, v]) => `${indent}${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${typeof v === 'string' ? v : `{\n${render(v, indent + '  ')}\n${indent}}`},`)
      .join('\n');
  return render(tree, '  ');
}

/** The interface of a namespace's accessor, nested as the keys are. */
function interfaceCode(parsed: Record<string, Part[]>, positional: Record<string, string[]>): string {
  const tree = keyTree(parsed, (key, parts) => {
    const last = JSON.stringify(key.slice(key.lastIndexOf('.') + 1));
    const types = argumentTypes(parts);
    const names = positional[key];
    if (names) return `${last}(${names.map((n) => `${n}: ${types.get(n) ?? 'unknown'}`).join(', ')}): string;`;
    if (types.size > 0) return `${last}(a: { ${[...types].map(([n, t]) => `${n}: ${t}`).join('; ')} }): string;`;
    return `readonly ${last}: string;`;
  });
  const render = (t: Tree, indent: string): string =>
    Object.entries(t)
      .map(([k, v]) => (typeof v === 'string' ? `${indent}${v}` : `${indent}readonly ${JSON.stringify(k)}: {\n${render(v, indent + '  ')}\n${indent}};`))
      .join('\n');
  return render(tree, '  ');
}

/** Every compiled module, by its path: what the message files give. */
export function compiledModules(): Map<string, string> {
  const out = new Map<string, string>();
  const positional = readPositional();
  for (const ns of namespaces()) {
    const en = parseAll('en', ns, readMessages('en', ns));
    const pos = positional[ns] ?? {};
    for (const key of Object.keys(pos)) if (!(key in en)) throw new Error(`positional.json: ${ns}.${key} is not an English message`);
    const table = nestedCode(en, pos);
    out.set(
      path.join(COMPILED_DIR, `${ns}.ts`),
      HEADER(`src/ui/messages/en/${ns}.json`) +
        `import { ${imports(table, ['register'])} } from '../runtime';\n\n` +
        `/** The messages of the namespace \`${ns}\`, with the argument types of their English text. */\n` +
        `export interface ${typeName(ns)} {\n${interfaceCode(en, pos)}\n}\n\n` +
        `export const ${accessorName(ns)} = register<${typeName(ns)}>(${JSON.stringify(ns)}, {\n${table}\n});\n`,
    );
    for (const lang of TRANSLATED) {
      const messages = readMessages(lang, ns);
      const extra = Object.keys(messages).filter((k) => !(k in en));
      if (extra.length > 0) throw new Error(`${lang}/${ns}.json has messages English lacks: ${extra.join(', ')}`);
      const parsed = parseAll(lang, ns, messages);
      for (const [key, parts] of Object.entries(parsed)) {
        const unknown = [...argumentTypes(parts).keys()].filter((a) => !argumentTypes(en[key]).has(a) && !(pos[key] ?? []).includes(a));
        if (unknown.length > 0) throw new Error(`${lang}/${ns}.json ${key}: arguments English does not have: ${unknown.join(', ')}`);
      }
      const t = tableCode(lang, parsed, pos);
      out.set(
        path.join(COMPILED_DIR, `${ns}.${lang}.ts`),
        HEADER(`src/ui/messages/${lang}/${ns}.json`) +
          `import { ${imports(t, ['type Table'])} } from '../runtime';\n\nexport default {\n${t}\n} satisfies Table;\n`,
      );
    }
  }
  // Every namespace's English (registered on import) and, per language, all its tables in one module.
  const nss = namespaces();
  out.set(
    path.join(COMPILED_DIR, 'index.ts'),
    HEADER('src/ui/messages/en/*.json') + nss.map((ns) => `export { ${accessorName(ns)} } from './${ns}';\n`).join(''),
  );
  for (const lang of TRANSLATED)
    out.set(
      path.join(COMPILED_DIR, `${lang}.ts`),
      HEADER(`src/ui/messages/${lang}/*.json`) +
        nss.map((ns) => `import ${accessorName(ns)} from './${ns}.${lang}';\n`).join('') +
        `\n/** Every converted namespace's messages in this language (loaded with the language's chunk). */\nexport default { ${nss.map((ns) => `${JSON.stringify(ns)}: ${accessorName(ns)}`).join(', ')} };\n`,
    );
  return out;
}

// ----- the translators' loop -----

export interface LanguageStatus {
  lang: TranslatedLang;
  /** `namespace.key` of messages translated from another English text than today's (or never stamped). */
  stale: string[];
  missing: string[];
  /** Per namespace: messages translated and up to date, and messages in all. */
  coverage: Record<string, { done: number; total: number }>;
}

export type English = Record<string, Messages>;
export const readEnglish = (): English => Object.fromEntries(namespaces().map((ns) => [ns, readMessages('en', ns)]));
export const readLanguage = (lang: string): English => Object.fromEntries(namespaces().map((ns) => [ns, readMessages(lang, ns)]));

export function languageStatus(lang: TranslatedLang, english: English, translated: English, hashes: HashFile | null): LanguageStatus {
  const stale: string[] = [];
  const missing: string[] = [];
  const coverage: LanguageStatus['coverage'] = {};
  for (const [ns, en] of Object.entries(english)) {
    let done = 0;
    for (const [key, text] of Object.entries(en)) {
      const id = `${ns}.${key}`;
      if (translated[ns]?.[key] === undefined) missing.push(id);
      else if (hashes?.from[id] !== hashOf(text)) stale.push(id);
      else done++;
    }
    coverage[ns] = { done, total: Object.keys(en).length };
  }
  return { lang, stale, missing, coverage };
}

/** The hash file that says every message `lang` has now was made from today's English. */
export function stamp(english: English, translated: English): HashFile {
  const from: Record<string, string> = {};
  for (const [ns, en] of Object.entries(english))
    for (const [key, text] of Object.entries(en)) if (translated[ns]?.[key] !== undefined) from[`${ns}.${key}`] = hashOf(text);
  return { format: 'ssc-workbench/message-hashes', version: 1, status: 'working translation', from };
}

const START = '<!-- messages:start -->';
const END = '<!-- messages:end -->';

/** The README's table: per language and namespace, messages translated and up to date / in all. */
export function renderCoverage(statuses: LanguageStatus[]): string {
  const nss = Object.keys(statuses[0]?.coverage ?? {});
  const head = `| language | ${nss.join(' | ')} | all |`;
  const rule = `|${' --- |'.repeat(nss.length + 2)}`;
  const rows = statuses.map((s) => {
    const done = nss.reduce((n, ns) => n + s.coverage[ns].done, 0);
    const total = nss.reduce((n, ns) => n + s.coverage[ns].total, 0);
    return `| ${s.lang} | ${nss.map((ns) => `${s.coverage[ns].done}/${s.coverage[ns].total}`).join(' | ')} | ${total === 0 ? 100 : Math.floor((100 * done) / total)} % |`;
  });
  return [START, head, rule, ...rows, END].join('\n');
}

export function withCoverage(readme: string, table: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(0, from) + table + readme.slice(to + END.length);
}

export const allStatuses = (english: English = readEnglish()): LanguageStatus[] =>
  TRANSLATED.map((lang) => languageStatus(lang, english, readLanguage(lang), readHashes(lang)));

function main(args: string[]): number {
  const check = args.includes('--check');
  const stampLang = args[args.indexOf('--stamp') + 1];
  const statusLang = args[args.indexOf('--status') + 1];
  if (args.includes('--stamp')) {
    if (!(TRANSLATED as readonly string[]).includes(stampLang)) throw new Error(`--stamp takes one of ${TRANSLATED.join(', ')}`);
    writeFileSync(hashesPath(stampLang), `${JSON.stringify(stamp(readEnglish(), readLanguage(stampLang)), null, 2)}\n`);
    return 0;
  }
  if (args.includes('--status')) {
    const s = languageStatus(statusLang as TranslatedLang, readEnglish(), readLanguage(statusLang), readHashes(statusLang));
    for (const id of s.stale) process.stdout.write(`stale   ${id}\n`);
    for (const id of s.missing) process.stdout.write(`missing ${id}\n`);
    return 0;
  }
  let differs = 0;
  for (const [file, code] of compiledModules()) {
    const now = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (now === code) continue;
    differs++;
    if (check) process.stderr.write(`${path.relative(root, file)} is not what the message files give\n`);
    else writeFileSync(file, code);
  }
  const stray = readdirSync(COMPILED_DIR).filter((f) => !compiledModules().has(path.join(COMPILED_DIR, f)));
  if (stray.length > 0) {
    process.stderr.write(`compiled modules with no message file: ${stray.join(', ')}\n`);
    differs++;
  }
  const readme = readFileSync(README_PATH, 'utf8');
  const next = withCoverage(readme, renderCoverage(allStatuses()));
  if (next !== readme) {
    differs++;
    if (check) process.stderr.write('README.md: the message coverage table is not what the files give\n');
    else writeFileSync(README_PATH, next);
  }
  return check && differs > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exit(main(process.argv.slice(2)));
