/**
 * The official wording in a language where it exists (#28): French ITU usage writes broadband as
 * "large bande" (ITU StatShot no. 4, September 2010, French edition), so the French catalogue does too,
 * and the French glossary names that source.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { kpiName } from '../../src/ui/strings/kpi-names';
import { useLanguage } from '../../src/ui/strings/language';

const read = (name: string) => readFileSync(new URL(`../../src/ui/strings/fr/${name}`, import.meta.url), 'utf8');

describe('French broadband terms follow ITU usage', () => {
  afterAll(() => useLanguage('en'));

  it('names the broadband KPIs with "large bande" in the display language', async () => {
    await useLanguage('fr');
    expect(kpiName(u4ssc.kpiByCode('EC: ICT: ICT: 2C')!)).toBe('Abonnements au large bande fixe');
    expect(kpiName(u4ssc.kpiByCode('EC: ICT: ICT: 3C')!)).toBe('Abonnements au large bande sans fil');
    expect(kpiName(u4ssc.kpiByCode('EC: ICT: ICT: 4C')!)).toBe('Couverture large bande sans fil');
  });

  it('writes "haut débit" nowhere in the French catalogue words', () => {
    expect(read('catalogue.json')).not.toMatch(/haut débit/i);
  });

  it('records the source of the term in the French glossary', () => {
    expect(read('index.ts')).toMatch(/broadband → large bande[\s\S]*itu\.int\/net\/pressoffice\/stats\/2010\/09\/index-fr\.aspx/);
  });
});

/** The comment block at the head of a language's index.ts: its glossary. */
const glossary = (lang: string) => {
  const text = readFileSync(new URL(`../../src/ui/strings/${lang}/index.ts`, import.meta.url), 'utf8');
  return text.slice(0, text.indexOf('*/', text.indexOf('Glossary')));
};

describe("every catalogue language's glossary records where its terms come from (#28 item 6)", () => {
  it('names a page read (its address and the date) or says that no ITU or UNECE page was found, and when', () => {
    for (const lang of ['fr', 'es', 'ar', 'zh', 'ru']) {
      const g = glossary(lang);
      const read = /https:\/\/\S+[\s\S]{0,120}read \d{4}-\d{2}-\d{2}/.test(g);
      const none = /no ITU or[\s*]+UNECE page[\s\S]{0,200}was found among the stored copies searched[\s\S]{0,10}\d{4}-\d{2}-\d{2}/.test(g);
      expect(read || none, lang).toBe(true);
      expect(g, lang).toMatch(/UNTERM/);
    }
  });

  it('Spanish writes broadband as the UN page it cites does, "banda ancha"', async () => {
    expect(glossary('es')).toMatch(/news\.un\.org\/es\/story\/2012\/10\/1254781[\s\S]*banda ancha móvil/);
    await useLanguage('es');
    expect(kpiName(u4ssc.kpiByCode('EC: ICT: ICT: 2C')!)).toBe('Suscripciones de banda ancha fija');
    expect(kpiName(u4ssc.kpiByCode('EC: ICT: ICT: 3C')!)).toMatch(/banda ancha/);
    await useLanguage('en');
  });
});
