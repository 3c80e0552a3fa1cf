/**
 * The interface's languages: which there are, each one's name, direction and locale, and choosing one
 * from the address, the saved choice and the browser. The words themselves are ICU message files
 * (src/ui/messages/<lang>/<namespace>.json, #31), compiled into typed accessors that read the current
 * language's tables at the moment of reading (src/ui/messages/runtime.ts): nothing is written into the
 * string objects at start-up. A message a language lacks shows its English, marked (`markFallback`
 * here for the KPI catalogue's prose, the runtime's own for messages) so the page can say it is
 * English (`lang="en"`) rather than show an empty label. A language's KPI catalogue (names,
 * definitions, rationales by code, in src/ui/strings/<lang>/) is read by kpi-names.ts.
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

/** First strong isolate … pop directional isolate: English words inside another language's text. */
export const FALLBACK_OPEN = '\u2068';
export const FALLBACK_CLOSE = '\u2069';
export const markFallback = (text: string): string => (text === '' ? text : `${FALLBACK_OPEN}${text}${FALLBACK_CLOSE}`);

/** A KPI catalogue with each KPI's definition added (definitions live in their own file, keyed by code). */
export function withDefinitions<C extends { kpis?: Record<string, { name?: string; definition?: string }> }>(
  catalogue: C,
  definitions: Record<string, string>,
): C {
  const kpis: Record<string, { name?: string; definition?: string }> = { ...catalogue.kpis };
  for (const [code, definition] of Object.entries(definitions)) kpis[code] = { ...kpis[code], definition };
  return { ...catalogue, kpis };
}
