/**
 * The interface's languages: which there are, each one's name, direction and locale, and choosing one
 * from the address, the saved choice and the browser. The words themselves are ICU message files
 * (src/ui/messages/<lang>/<namespace>.json, #31), compiled into typed accessors that read the current
 * language's tables at the moment of reading (src/ui/messages/runtime.ts): nothing is written into the
 * string objects at start-up. A message a language lacks shows its English, marked (`markFallback`
 * here for the KPI catalogue's prose, the runtime's own for messages) so the page can say it is
 * English (`lang="en"`) rather than show an empty label. A language's KPI catalogue (names,
 * definitions, rationales by code, in src/ui/strings/<lang>/catalogue.json) is read by kpi-names.ts.
 */
import type { KpiCatalogue } from './types';

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
/** Text for a file, not the page: the marks `markFallback` puts around English words left out. */
export const unmarkFallback = (text: string): string => text.split(FALLBACK_OPEN).join('').split(FALLBACK_CLOSE).join('');

/**
 * A language's KPI catalogue from its message file, `src/ui/strings/<lang>/catalogue.json` (#31): one flat
 * object of plain strings, as translation platforms open it, each key saying what it is:
 * `group.<code>`, `kpi.<code>.name`, `definition.<code>`, `datapoint.<id>.<label|numerator|denominator|unit>`,
 * `profile.<id>.<label|unit|definition>`, `unit.<English unit>`, `input.<English input>`,
 * `phrase.<English>`, `alternative.<English>` (both read as phrases), `rationale.<data point id>`,
 * `note.<code>`, `source.<data point id>`. A key of no known kind, or a value that is not a string, is
 * refused with its key named.
 */
export function catalogueFromMessages(file: string, flat: Record<string, unknown>): KpiCatalogue {
  const c = {
    groups: {} as Record<string, string>,
    kpis: {} as Record<string, { name?: string; definition?: string }>,
    datapoints: {} as Record<string, Record<string, string>>,
    profile: {} as Record<string, Record<string, string>>,
    phrases: {} as Record<string, string>,
    units: {} as Record<string, string>,
    inputs: {} as Record<string, string>,
    rationales: {} as Record<string, string>,
    notes: {} as Record<string, string>,
    sources: {} as Record<string, string>,
  };
  const flatKinds: Record<string, Record<string, string>> = {
    group: c.groups,
    unit: c.units,
    input: c.inputs,
    phrase: c.phrases,
    alternative: c.phrases,
    rationale: c.rationales,
    note: c.notes,
    source: c.sources,
  };
  const FIELDS: Record<string, readonly string[]> = {
    kpi: ['name'],
    datapoint: ['label', 'numerator', 'denominator', 'unit'],
    profile: ['label', 'unit', 'definition'],
  };
  for (const [key, text] of Object.entries(flat)) {
    if (typeof text !== 'string') throw new Error(`${file}: "${key}" is not a string`);
    const dot = key.indexOf('.');
    const kind = key.slice(0, dot);
    const rest = key.slice(dot + 1);
    if (dot > 0 && kind in flatKinds) {
      // A phrase and an alternative land in one table: the same English in both would keep one in silence.
      if (rest in flatKinds[kind]!) throw new Error(`${file}: "${key}" repeats the English of another phrase or alternative`);
      flatKinds[kind]![rest] = text;
    } else if (dot > 0 && kind === 'definition') c.kpis[rest] = { ...c.kpis[rest], definition: text };
    else if (dot > 0 && kind in FIELDS && FIELDS[kind]!.includes(rest.slice(rest.lastIndexOf('.') + 1)) && rest.includes('.')) {
      const id = rest.slice(0, rest.lastIndexOf('.'));
      const field = rest.slice(rest.lastIndexOf('.') + 1);
      const table = kind === 'kpi' ? (c.kpis as Record<string, Record<string, string>>) : kind === 'datapoint' ? c.datapoints : c.profile;
      table[id] = { ...table[id], [field]: text };
    } else throw new Error(`${file}: "${key}" is no catalogue key (group., kpi.<code>.name, definition., datapoint.<id>.<field>, …)`);
  }
  return c;
}
