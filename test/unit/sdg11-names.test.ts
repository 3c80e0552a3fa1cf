/**
 * The official names of SDG 11's indicators in other languages (sdg11.names.json, #30 item 5): every
 * indicator of the framework has a name in each language, or is listed as missing with a reason; the codes
 * are the framework's; a translation is paired only with the English text it renders.
 */
import { describe, expect, it } from 'vitest';
import { sdg11, sdg11IndicatorName, sdg11Names, SDG11_NAME_LANGS } from '../../src/engine/frameworks/sdg11';
import { targets as targetNames } from '../../src/engine/frameworks/sdg11/sdg11.names.json';

const codes = sdg11.data.kpis.map((k) => k.code);
const missingFor = (code: string, lang: string) => sdg11Names.missing.find((m) => (m.code === code || m.code === '*') && m.languages.includes(lang));

describe('SDG 11 names in other languages', () => {
  it('names its source: repository, commit, paths and the source’s own statement', () => {
    expect(sdg11Names.source.repository).toBe('https://github.com/open-sdg/sdg-translations');
    expect(sdg11Names.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(sdg11Names.source.statement).toContain('import_global_titles_2020.py');
  });

  it('has the framework’s indicator and target codes, no more and no fewer', () => {
    expect(sdg11Names.indicators.map((e) => e.code)).toEqual(codes);
    const targets = sdg11.data.dimensions[0].subdimensions!.map((s) => s.code);
    expect(targetNames.map((e) => e.code)).toEqual(targets);
    // Targets: each has the four translations; `matchesFramework` says whether our (often shortened) English is the text translated.
    for (const e of targetNames) {
      for (const lang of SDG11_NAME_LANGS) expect(e[lang].length).toBeGreaterThan(10);
      const ours = sdg11.data.dimensions[0].subdimensions!.find((s) => s.code === e.code)!.categories![0].name;
      expect(e.matchesFramework).toBe(e.en === ours);
    }
    for (const m of sdg11Names.missing) expect(m.code === '*' || codes.includes(m.code)).toBe(true);
  });

  it.each(['fr', 'es', 'ar', 'zh', 'ru'])('gives every indicator a name in %s or lists it as missing with a reason', (lang) => {
    for (const code of codes) {
      const entry = sdg11Names.indicators.find((e) => e.code === code)!;
      const text = (entry as Record<string, string | undefined>)[lang];
      // Shown only beside the English it renders: the source's English is the framework's, word for word.
      const shown = Boolean(text) && entry.en === sdg11.kpiByCode(code)!.name;
      const missing = missingFor(code, lang);
      // Exactly one of the two: a name shown, or a listed reason.
      expect({ code, shown, missing: Boolean(missing) }).toEqual({ code, shown: !missing, missing: !shown });
      if (missing) expect(missing.reason.length).toBeGreaterThan(40);
      if (shown) {
        expect(text).not.toBe(entry.en);
        expect(sdg11IndicatorName(code, lang)).toEqual({ text, lang });
      } else {
        expect(sdg11IndicatorName(code, lang)).toEqual({ text: sdg11.kpiByCode(code)!.name, lang: 'en' });
      }
    }
  });

  it('lists every English mismatch as missing, so no translation stands beside a different English text', () => {
    const differing = sdg11Names.indicators.filter((e) => e.en !== sdg11.kpiByCode(e.code)!.name).map((e) => e.code);
    expect(differing).toEqual(['11.4.1', '11.5.2', '11.a.1']);
    for (const code of differing) for (const lang of SDG11_NAME_LANGS) expect(missingFor(code, lang)).toBeDefined();
    expect(sdg11IndicatorName('11.6.2', 'en')).toEqual({ text: sdg11.kpiByCode('11.6.2')!.name, lang: 'en' });
  });
});
