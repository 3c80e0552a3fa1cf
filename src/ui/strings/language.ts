/**
 * Choosing the interface language at start-up and switching it. The language is, in order: `?lang=xx`
 * in the address (a trainer shares a link in the room's language), the saved choice, the browser's
 * languages, English. Its chunk (message tables and KPI catalogue) is loaded before the app's modules
 * run and its tables chosen for reading; `<html lang>` and `dir` and the number and date locale follow.
 * Switching saves the choice and reloads the page through `reloadSafely` (edits are journalled on every
 * keystroke, so a reload loses nothing).
 */
import { loadLanguageChoice, saveLanguageChoice } from '../../storage/language-choice';
import { reloadSafely } from '../before-reload';
import { setNumberLocale } from '../format';
import { FALLBACK_OPEN, LANGUAGE_INFO, pickLanguage, type Lang } from './languages';
import type { LanguageCatalogue } from './types';
import { useKpiCatalogue } from './kpi-names';
import { onFallback, useMessages } from '../messages/runtime';

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: LanguageCatalogue }>> = {
  fr: () => import('./fr'),
  es: () => import('./es'),
  ar: () => import('./ar'),
  zh: () => import('./zh'),
  ru: () => import('./ru'),
};

let current: Lang = 'en';
export const currentLanguage = (): Lang => current;
export const currentLocale = (): string => LANGUAGE_INFO[current].locale;

/** The language to open in, from the address, the saved choice and the browser. */
export function startupLanguage(): Lang {
  const fromUrl = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  const langs = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return pickLanguage([fromUrl, loadLanguageChoice(), ...langs]);
}

export async function loadCatalogue(lang: Lang): Promise<LanguageCatalogue> {
  return lang === 'en' ? {} : (await LOADERS[lang]()).default;
}

/**
 * Reads `lang`'s message tables (ICU message files, #31: nothing is written into the accessors) and its
 * KPI catalogue (looked up by id where a word is shown, kpi-names.ts: the engine's catalogue stays
 * English), sets the page's language, direction and locale. Returns the messages that fall back to
 * English (of the namespaces loaded so far).
 */
export async function useLanguage(lang: Lang): Promise<string[]> {
  const catalogue = await loadCatalogue(lang);
  current = lang;
  const info = LANGUAGE_INFO[lang];
  const missing = useMessages(lang, catalogue.messages, info.locale);
  useKpiCatalogue(lang === 'en' ? undefined : catalogue.kpis);
  setNumberLocale(info.locale);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.documentElement.dir = info.dir;
    if (missing.length > 0) markEnglishFallbacks();
    // A message file's namespace loads with its views: its English shown in this language marks itself.
    else if (lang !== 'en') onFallback(markEnglishFallbacks);
  }
  return missing;
}

/** Opens the app in the start-up language (main.tsx, before the app's modules load). */
export async function startLanguage(): Promise<void> {
  const lang = startupLanguage();
  // A `?lang=` link is a choice too: the next visit without it opens in the same language.
  if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('lang')) saveLanguageChoice(lang);
  await useLanguage(lang);
}

/** Saves the choice and reloads the page in it; a `?lang=` in the address is dropped so it does not win. */
export async function switchLanguage(lang: Lang): Promise<void> {
  saveLanguageChoice(lang);
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }
  await reloadSafely();
}

let observer: MutationObserver | null = null;

/**
 * Words that fell back to English are marked (catalogue.ts); the element holding them gets `lang="en"`
 * so a screen reader reads them in English. Runs only while the language lacks keys.
 */
function markEnglishFallbacks(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  const mark = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.currentNode as Node | null; t; t = walker.nextNode()) {
      if (t.nodeType === Node.TEXT_NODE && t.textContent?.includes(FALLBACK_OPEN)) t.parentElement?.setAttribute('lang', 'en');
    }
  };
  observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') mark(r.target);
      else r.addedNodes.forEach(mark);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  mark(document.body);
}
