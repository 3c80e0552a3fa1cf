import type { JSX } from 'solid-js';
import { For } from 'solid-js';
import { isLang, LANGUAGE_INFO, LANGUAGES } from './strings/languages';
import { shellWords } from './strings';
import { currentLanguage, switchLanguage } from './strings/language';

/**
 * The interface language: each language listed under its own name (and marked with its own `lang`),
 * so a reader finds theirs whatever the page is in. Choosing one saves it and reloads the page;
 * typed edits are journalled on every keystroke, so nothing is lost.
 */
export function LanguageSwitcher(): JSX.Element {
  return (
    <label class="language-switcher">
      <span>{shellWords.language}</span>{' '}
      <select
        value={currentLanguage()}
        data-testid="language"
        onChange={(e) => {
          const lang = e.currentTarget.value;
          if (isLang(lang) && lang !== currentLanguage()) void switchLanguage(lang);
        }}
      >
        <For each={LANGUAGES}>
          {(code) => (
            <option value={code} lang={code} dir={LANGUAGE_INFO[code].dir}>
              {LANGUAGE_INFO[code].name}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}
