import { afterAll, describe, expect, it } from 'vitest';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { applyCatalogue, FALLBACK_OPEN, LANGUAGES, markFallback, missingKeys, pickLanguage, plural, snapshot, type Lang } from '../../src/ui/strings/languages';
import { S } from '../../src/ui/strings';
import { X } from '../../src/ui/strings/interchange';
import { R } from '../../src/ui/strings/results';
import { D } from '../../src/ui/strings/saving';
import { V } from '../../src/ui/strings/review';
import { W, WS } from '../../src/ui/strings/workshop';
import { C } from '../../src/ui/strings/catalogue';
import { TC, TM } from '../../src/ui/strings/time';
import { kpiCoverage } from '../../src/ui/strings/kpi-names';
import { loadCatalogue, useLanguage } from '../../src/ui/strings/language';
import { formatNumber, localeDecimal } from '../../src/ui/format';

const ENGLISH = { S, R, X, D, V, W, WS, C, TM, TC };
/** Interface complete in every language; French and Spanish also the whole KPI catalogue. */
const COMPLETE_INTERFACE: Lang[] = ['fr', 'es', 'ar', 'zh', 'ru'];

afterAll(async () => {
  await useLanguage('en');
});

describe('every message key exists in every language', () => {
  it.each(COMPLETE_INTERFACE)('%s has every key of S, R, X and D (a missing one is listed by its path)', async (lang) => {
    const catalogue = await loadCatalogue(lang);
    const missing = (['S', 'R', 'X', 'D'] as const).flatMap((k) => missingKeys(ENGLISH[k], catalogue[k]).map((path) => `${lang}: ${k}.${path}`));
    expect(missing).toEqual([]);
  });

  // The cycle (V), workshop mode (W, WS) and catalogue updates (C): complete in French and Spanish; the
  // other languages may lack keys, which then show in English, marked as English.
  it.each(['fr', 'es'] as const)('%s has every key of V, W, WS, C, TM and TC (a missing one is listed by its path)', async (lang) => {
    const catalogue = await loadCatalogue(lang);
    const missing = (['V', 'W', 'WS', 'C', 'TM', 'TC'] as const).flatMap((k) => missingKeys(ENGLISH[k], catalogue[k]).map((path) => `${lang}: ${k}.${path}`));
    expect(missing).toEqual([]);
  });

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as const)('%s names every KPI, dimension, sub-dimension and category', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    const gaps = kpiCoverage(kpis);
    expect({ lang, ...gaps }).toEqual({ lang, kpiNames: [], groupNames: [], datapointLabels: [] });
  });

  it.each(['fr', 'es'] as const)('%s defines every KPI', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    expect(u4ssc.data.kpis.filter((k) => !kpis?.kpis?.[k.code]?.definition).map((k) => `${lang}: ${k.code}`)).toEqual([]);
    expect(Object.keys(kpis?.kpis ?? {}).filter((code) => !u4ssc.kpiByCode(code))).toEqual([]);
  });

  it('a definition or rationale a language lacks stays English, marked as English; names are translated', async () => {
    await useLanguage('ar');
    const kpi = u4ssc.data.kpis[0];
    expect(kpi.name).toBe('نفاذ الأسر إلى الإنترنت');
    expect(kpi.definition.startsWith(FALLBACK_OPEN)).toBe(true);
    expect(u4ssc.groups.dimensions.map((g) => g.name)).toEqual(['الاقتصاد', 'البيئة', 'المجتمع والثقافة']);
    await useLanguage('en');
    expect(kpi.definition.startsWith(FALLBACK_OPEN)).toBe(false);
  });

  it('the completeness check reports a key a language lacks (so the tests above can fail)', () => {
    expect(missingKeys({ a: 'x', b: { c: 'y', d: (n: number) => `${n}` } }, { b: { c: 'z' } })).toEqual(['a', 'b.d']);
  });
});

describe('applying a language', () => {
  it('writes the words into the live objects and falls back to marked English for a missing key', () => {
    const live = { a: 'one', b: { c: (n: number) => `${n} things` }, d: 'kept' };
    const english = snapshot(live);
    const missing = applyCatalogue(live, english, { a: 'un' }, true);
    expect(live.a).toBe('un');
    expect(missing).toEqual(['b.c', 'd']);
    expect(live.d).toBe(markFallback('kept'));
    expect(live.b.c(3)).toBe(`${FALLBACK_OPEN}3 things\u2069`);
    applyCatalogue(live, english, english, false);
    expect(live).toEqual({ a: 'one', b: { c: english.b.c }, d: 'kept' });
  });

  it('switches S, V, WS, the KPI names and the number locale, and back to English', async () => {
    await useLanguage('fr');
    expect(S.create).toBe('Créer');
    expect(V.viewTitle).toBe('Vérification');
    expect(WS.whatIfTitle).toBe('Et si…');
    expect(u4ssc.data.kpis[0].name).not.toBe('Household Internet Access');
    expect(formatNumber(1234.5, localeDecimal())).toBe('1\u202f234,5');
    await useLanguage('ar');
    expect(localeDecimal()).toBe('point');
    expect(formatNumber(1234.5, 'point')).toBe('1,234.5');
    await useLanguage('en');
    expect(S.create).toBe('Create');
    expect(V.viewTitle).toBe('Review');
    expect(u4ssc.data.kpis[0].name).toBe('Household Internet Access');
  });
});

describe('choosing the language', () => {
  it('takes the first known language: address, saved choice, browser, else English', () => {
    expect(pickLanguage(['fr', 'es'])).toBe('fr');
    expect(pickLanguage([null, 'es-MX'])).toBe('es');
    expect(pickLanguage(['de', 'zh-Hans-CN'])).toBe('zh');
    expect(pickLanguage(['de', undefined])).toBe('en');
    expect(LANGUAGES).toEqual(['en', 'fr', 'es', 'ar', 'zh', 'ru']);
  });

  it('chooses Russian and Arabic plural forms with Intl.PluralRules', () => {
    const ru = plural('ru');
    const forms = { one: 'значение', few: 'значения', many: 'значений', other: 'значения' };
    expect([1, 3, 5, 21, 1.5].map((n) => ru(n, forms))).toEqual(['значение', 'значения', 'значений', 'значение', 'значения']);
    const ar = plural('ar');
    const arForms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((n) => ar(n, arForms))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });
});
