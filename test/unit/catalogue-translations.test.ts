/**
 * The translators' loop for the KPI catalogue (#31): every translated catalogue text records the hash
 * of the English it was made from; a changed English text makes its translations stale, listed by
 * language and key; a text with no translation is missing; the README's coverage table is what the
 * data gives (regenerate with npx tsx scripts/catalogue-translations.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allStatuses,
  englishTexts,
  hashOf,
  languageStatus,
  loadKpis,
  readHashes,
  README_PATH,
  renderCoverage,
  stamp,
  TRANSLATED,
  withCoverage,
  type Kind,
  type TranslatedLang,
} from '../../scripts/catalogue-translations';

const texts = englishTexts();

/** Kinds a language does not translate yet, said here so that the README says it too (and nothing else is missing): none. */
const NOT_YET: Partial<Record<TranslatedLang, Kind[]>> = {};

describe('catalogue translations against the English they were made from', () => {
  it('lists every kind of catalogue text (the 112 rationales, 91 definitions, 84 notes…)', () => {
    const count = (kind: Kind) => texts.filter((t) => t.kind === kind).length;
    expect([count('name'), count('definition'), count('rationale'), count('note'), count('source'), count('input')]).toEqual([91, 91, 112, 84, 112, 122]);
    expect(new Set(texts.map((t) => t.key)).size).toBe(texts.length);
  });

  it.each(TRANSLATED)('%s: nothing stale, nothing missing (but the kinds not translated yet)', async (lang) => {
    const s = languageStatus(texts, await loadKpis(lang), readHashes(lang));
    expect({ lang, stale: s.stale }).toEqual({ lang, stale: [] });
    const notYet = NOT_YET[lang] ?? [];
    expect({ lang, missing: s.missing.filter((key) => !notYet.some((k) => key.startsWith(`${k} `))) }).toEqual({ lang, missing: [] });
    // A kind said to be missing is missing whole (when it is translated, take it off NOT_YET).
    for (const kind of notYet) expect(s.coverage[kind].done, `${lang} ${kind}`).toBe(0);
  });

  it.each(TRANSLATED)('%s: every recorded hash is of a text that exists, and the file says the status of the translation', (lang) => {
    const hashes = readHashes(lang)!;
    expect(hashes.status).toBe('working translation');
    const keys = new Set(texts.map((t) => t.key));
    expect(Object.keys(hashes.from).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('catches a planted change to an English text: its translation in every language is stale, the others are not', async () => {
    const planted = texts.map((t) => (t.key === 'rationale EC: ICT: ICT: 1C|' ? { ...t, en: `${t.en} (changed)` } : t));
    for (const lang of TRANSLATED) {
      const s = languageStatus(planted, await loadKpis(lang), readHashes(lang));
      expect({ lang, stale: s.stale }).toEqual({ lang, stale: ['rationale EC: ICT: ICT: 1C|'] });
    }
    // Stamped again after the update, it is current.
    const ru = await loadKpis('ru');
    expect(languageStatus(planted, ru, stamp(planted, ru)).stale).toEqual([]);
  });

  it('lists a translation without a stamp as stale, and a text without a translation as missing', async () => {
    const fr = await loadKpis('fr');
    const noStamp = languageStatus(texts, fr, { ...readHashes('fr')!, from: {} });
    expect(noStamp.stale).toContain('definition EC: ICT: ICT: 1C');
    const lacking = languageStatus(texts, { ...fr, rationales: {} }, readHashes('fr'));
    expect(lacking.missing).toContain('rationale EC: ICT: ICT: 1C|');
    expect(hashOf('a')).not.toBe(hashOf('a '));
  });

  it('the README coverage table is what the data gives (regenerate with npx tsx scripts/catalogue-translations.ts)', async () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const statuses = await allStatuses(texts);
    expect(withCoverage(readme, renderCoverage(statuses))).toBe(readme);
    expect(renderCoverage(statuses)).toMatch(/\| ar \| 91\/91 \|.*\| 100 % \|/);
  });
});
