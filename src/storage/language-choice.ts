/**
 * The interface language the user chose, kept in localStorage: the language must be known
 * synchronously before the first word is drawn, before IndexedDB has opened. Nothing else is kept
 * there. A browser that refuses storage (private mode) simply forgets the choice.
 */
const KEY = 'ssc-workbench.language';

export function loadLanguageChoice(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveLanguageChoice(code: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, code);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}
