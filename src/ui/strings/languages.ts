/**
 * Languages of the interface and how a language's catalogue is laid onto the English string objects.
 *
 * English is the source: `S` (index.ts), `R` (results.ts), `X` (interchange.ts) and `D` (saving.ts)
 * are written in English and their shape is the contract. A language is a catalogue of the same shape
 * (`Translation<typeof S>` etc., every key optional so that a key added in English never breaks the
 * build). At start-up `applyCatalogue` writes the chosen language's words into the exported objects in
 * place, so every call site (`S.create`, `R.wheelTitle(...)`) reads the chosen language with no change.
 * A key the language lacks keeps its English words, marked (`markFallback`) so the page can say they
 * are English (`lang="en"`) rather than show an empty label.
 */

/** The six UN languages, in the order the switcher lists them. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

export interface LanguageInfo {
  /** The language's own name, shown in the switcher in every language. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for numbers and dates (Arabic keeps the Western digits U4SSC data are typed in). */
  locale: string;
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  en: { name: 'English', dir: 'ltr', locale: 'en-GB' },
  fr: { name: 'Français', dir: 'ltr', locale: 'fr' },
  es: { name: 'Español', dir: 'ltr', locale: 'es' },
  ar: { name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
  zh: { name: '中文', dir: 'ltr', locale: 'zh' },
  ru: { name: 'Русский', dir: 'ltr', locale: 'ru' },
};

export const isLang = (code: unknown): code is Lang => typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);

/** The first of `candidates` that names a language of the app (`fr-CA` → `fr`), else English. */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    if (!c) continue;
    const base = c.trim().toLowerCase().split(/[-_]/)[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** A translation of one English string object: same keys (each optional), plain text for text. */
export type Translation<T> = T extends (...args: infer A) => infer Ret
  ? (...args: A) => Ret extends string ? string : Ret
  : T extends string
    ? string
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Translation<T[K]> }
      : T extends object
        ? { readonly [K in keyof T]?: Translation<T[K]> }
        : T;

/** First strong isolate … pop directional isolate: English words inside another language's text. */
export const FALLBACK_OPEN = '\u2068';
export const FALLBACK_CLOSE = '\u2069';
export const markFallback = (text: string): string => (text === '' ? text : `${FALLBACK_OPEN}${text}${FALLBACK_CLOSE}`);

type Obj = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of the English object's tree (leaves shared), kept before any language is applied. */
export function snapshot<T>(o: T): T {
  if (!isPlainObject(o)) return o;
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) out[k] = snapshot(v);
  return out as T;
}

/**
 * Writes `translation` into `target` (the live exported object) following the English tree `english`.
 * Returns the dotted paths of the keys the translation lacks; those keep their (marked) English words.
 */
export function applyCatalogue(target: object, english: object, translation: object | undefined, mark: boolean, path = ''): string[] {
  const missing: string[] = [];
  const live = target as Obj;
  const tr = translation as Obj | undefined;
  for (const [key, en] of Object.entries(english as Obj)) {
    const t = tr?.[key];
    const here = path ? `${path}.${key}` : key;
    if (isPlainObject(en)) {
      if (!isPlainObject(live[key])) live[key] = {};
      missing.push(...applyCatalogue(live[key] as object, en, isPlainObject(t) ? t : undefined, mark, here));
    } else if (t !== undefined && typeof t === typeof en) {
      live[key] = t;
    } else {
      missing.push(here);
      live[key] = mark ? fallback(en) : en;
    }
  }
  return missing;
}

function fallback(en: unknown): unknown {
  if (typeof en === 'string') return markFallback(en);
  if (typeof en === 'function') {
    const f = en as (...a: unknown[]) => unknown;
    return (...a: unknown[]) => {
      const out = f(...a);
      return typeof out === 'string' ? markFallback(out) : out;
    };
  }
  if (Array.isArray(en)) return en.map((e) => (typeof e === 'string' ? markFallback(e) : e));
  return en;
}

/** Every dotted key path of the English tree that `translation` lacks (for the completeness test). */
export function missingKeys(english: object, translation: object | undefined): string[] {
  return applyCatalogue(snapshot(english), english, translation, false);
}

/** The plural forms of a language (CLDR: one, two, few, many, other), chosen by Intl.PluralRules. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `plural('ru')(5, { one: 'значение', few: 'значения', many: 'значений', other: 'значения' })` → `значений`. */
export function plural(lang: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  return (n, forms) => forms[rules.select(n)] ?? forms.other;
}

/** A KPI catalogue with each KPI's definition added (definitions live in their own file, keyed by code). */
export function withDefinitions<C extends { kpis?: Record<string, { name?: string; definition?: string }> }>(
  catalogue: C,
  definitions: Record<string, string>,
): C {
  const kpis: Record<string, { name?: string; definition?: string }> = { ...catalogue.kpis };
  for (const [code, definition] of Object.entries(definitions)) kpis[code] = { ...kpis[code], definition };
  return { ...catalogue, kpis };
}
