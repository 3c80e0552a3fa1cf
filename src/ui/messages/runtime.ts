/**
 * The interface's messages at run time (#31). The ICU messages of `src/ui/messages/<lang>/<namespace>.json`
 * are compiled at build time (scripts/messages.ts) into `compiled/<namespace>.ts` (English, which also
 * registers the namespace and builds its typed accessor) and `compiled/<namespace>.<lang>.ts` (the
 * other languages, one table each, loaded with the language's chunk). Nothing is parsed or evaluated
 * here, and nothing is rewritten: `useMessages` only chooses which tables are read.
 *
 * One plural mechanism (`pl`, Intl.PluralRules of the message's language) and one number and date
 * format (the interface locale) serve every language; lists go through `listText` (Intl.ListFormat).
 */

/** One argument of a message. */
export type Arg = string | number | Date | readonly string[] | null | undefined;
/** What a message with named arguments takes. */
export type Args = Readonly<Record<string, Arg>>;
/**
 * A compiled message: its text, a function of its named arguments, or (a message the old call sites
 * call with positional arguments, listed in positional.json) a function of them in that order.
 */
export type Entry = string | ((...a: never[]) => string);
/** One namespace's messages in one language, by dotted key (`scoring.inForceOwn`). */
export type Table = Readonly<Record<string, Entry>>;
/** The English table as its module writes it: nested as the keys are (the first visit loads it). */
interface Nested {
  readonly [k: string]: Entry | Nested;
}

/** English inside another language's text, isolated and marked so the page can say it is English (as strings/languages.ts `markFallback`; this module imports nothing, so a language's chunk of tables pulls in nothing else). */
const markFallback = (text: string): string => (text === '' ? text : `\u2068${text}\u2069`);

const english: Record<string, Record<string, Entry>> = {};
let active: Readonly<Partial<Record<string, Table>>> = {};
let lang = 'en';
/** The interface locale of numbers, dates and lists (set by `useMessages`, like ../format's). */
let locale = 'en-GB';

/**
 * Called once by each namespace's compiled English module: records its messages and returns the
 * namespace's typed accessor, nested as the keys are. A message without arguments is a property
 * (`time.scoring.title`), one with arguments a function taking them by name, or in the order
 * positional.json gives (the old string objects' call sites, `TM.scoring.inForceOwn(n, total)`, keep
 * working until they are renamed). Each read goes through `message`, so the language is chosen at the
 * moment of reading, never written into the object.
 */
export function register<T>(namespace: string, table: Nested): T {
  const flat: Record<string, Entry> = (english[namespace] = {});
  const walk = (node: Nested, prefix: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      const key = prefix + k;
      if (typeof v === 'object') out[k] = walk(v, `${key}.`);
      else if (((flat[key] = v), typeof v === 'function')) out[k] = (...xs: unknown[]) => message(namespace, key, ...xs);
      else Object.defineProperty(out, k, { get: () => message(namespace, key), enumerable: true });
    }
    return out;
  };
  return walk(table, '') as T;
}

/** The namespaces whose English is loaded (each converted namespace, once its module is imported). */
export const registeredNamespaces = (): string[] => Object.keys(english);

/**
 * Reads `tables` (one per namespace, of the language `code`) from now on, with numbers, dates and lists
 * in `numberLocale`. Returns the `namespace.key` of every registered message the language lacks; those
 * show their English, marked as such.
 */
export function useMessages(code: string, tables: Readonly<Partial<Record<string, Table>>> | undefined, numberLocale = 'en-GB'): string[] {
  lang = code;
  locale = numberLocale;
  active = code === 'en' ? {} : (tables ?? {});
  return code === 'en' ? [] : missingMessages(active);
}

/**
 * Runs `read` with the messages of the language `code` (its `tables`, numbers and lists in
 * `numberLocale`), then goes back to the language in use: the command line words a problem in its
 * `--lang` without switching the whole interface.
 */
export function inLanguage<T>(code: string, tables: Readonly<Partial<Record<string, Table>>> | undefined, numberLocale: string, read: () => T): T {
  const saved = { lang, locale, active };
  useMessages(code, tables, numberLocale);
  try {
    return read();
  } finally {
    ({ lang, locale, active } = saved);
  }
}

/** Every registered English message that `tables` lacks, as `namespace.key`. */
export function missingMessages(tables: Readonly<Partial<Record<string, Table>>>): string[] {
  return Object.entries(english).flatMap(([ns, en]) =>
    Object.keys(en)
      .filter((k) => tables[ns]?.[k] === undefined)
      .map((k) => `${ns}.${k}`),
  );
}

/**
 * The message `key` of `namespace` in the current language (English, marked, when it lacks it), given
 * its arguments: one object of named arguments, or the positional ones.
 */
export function message(namespace: string, key: string, ...args: unknown[]): string {
  const own = active[namespace]?.[key];
  const entry = own ?? english[namespace]?.[key];
  if (entry === undefined) throw new Error(`no message ${namespace}.${key}`);
  const text = typeof entry === 'string' ? entry : (entry as (...a: unknown[]) => string)(...args);
  if (own !== undefined || lang === 'en') return text;
  fallbackShown?.();
  return markFallback(text);
}

let fallbackShown: (() => void) | undefined;

/**
 * `shown` runs when a message the language lacks is shown in English (the page then marks such words
 * `lang="en"`); a namespace's English loads with its views, so this cannot be known at start-up.
 */
export function onFallback(shown: () => void): void {
  fallbackShown = shown;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** A plural or ordinal choice: an exact `=n` option first, then the language's CLDR category, then `other`. */
export function pl(language: string, n: unknown, ordinal: boolean, options: Readonly<Record<string, string>>): string {
  const num = Number(n);
  const exact = options[`=${num}`];
  if (exact !== undefined) return exact;
  const id = `${language}:${ordinal}`;
  let rules = pluralRules.get(id);
  if (!rules) pluralRules.set(id, (rules = new Intl.PluralRules(language, { type: ordinal ? 'ordinal' : 'cardinal' })));
  return options[rules.select(num)] ?? options.other;
}

/** A select on the argument's text; a missing argument (null, undefined) chooses `null`. */
export function sel(value: unknown, options: Readonly<Record<string, string>>): string {
  return options[value === null || value === undefined ? 'null' : String(value)] ?? options.other;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `{n, number}` in the interface locale (`integer` rounds; `percent` takes a fraction). */
export function nf(value: unknown, style: 'decimal' | 'integer' | 'percent'): string {
  const id = `${locale}:${style}`;
  let f = numberFormats.get(id);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      style === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: style === 'integer' ? 0 : 2 };
    numberFormats.set(id, (f = new Intl.NumberFormat(locale, options)));
  }
  return f.format(Number(value));
}

/** `{d, date}` in the interface locale. */
export function df(value: unknown, style: 'short' | 'medium' | 'long' | 'full'): string {
  const d = value instanceof Date ? value : new Date(Number(value));
  return new Intl.DateTimeFormat(locale, { dateStyle: style }).format(d);
}

/** `{names, list}` (and `{names, list, or}`): the one list mechanism. */
export const lf = (value: unknown, type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  listText(Array.isArray(value) ? value.map(String) : [String(value)], type);

/** The one list mechanism: `a, b and c` in the interface locale (Intl.ListFormat). */
export function listText(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/**
 * A namespace's accessor with texts that code puts together from its messages (a list of optional
 * parts, a comparison of two arguments): `code` wins over a message of the same name. The accessor's
 * getters are copied as getters, so the language is still chosen when a text is read.
 */
export function withCode<T extends object, C extends object>(accessor: T, code: C): Omit<T, keyof C> & C {
  return Object.defineProperties(Object.defineProperties({}, Object.getOwnPropertyDescriptors(accessor)), Object.getOwnPropertyDescriptors(code)) as Omit<
    T,
    keyof C
  > &
    C;
}
