import { afterAll, describe, expect, it } from 'vitest';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { FALLBACK_OPEN, LANGUAGES, markFallback, pickLanguage, type Lang } from '../../src/ui/strings/languages';
import { shellWords } from '../../src/ui/strings';
import { reviewWords } from '../../src/ui/strings/review';
import { workshopWords } from '../../src/ui/strings/workshop';
import { changeText } from '../../src/ui/strings/catalogue';
import { timeWords } from '../../src/ui/strings/time';
import { timeCompareWords } from '../../src/ui/strings/time-compare';
import { missingMessages } from '../../src/ui/messages/runtime';
// Every converted namespace's English, so that a message a language lacks in any of them is listed.
import '../../src/ui/messages/compiled';
import { flagText, sourceText } from '../../src/ui/strings/flags';
import { problemWords } from '../../src/ui/strings/problems';
import type { Flag } from '../../src/engine/types';
import {
  catalogueName,
  catalogueProse,
  catalogueText,
  groupName,
  inputName,
  kpiCoverage,
  kpiDefinition,
  kpiName,
  unitCoverage,
  useKpiCatalogue,
} from '../../src/ui/strings/kpi-names';
import { loadCatalogue, useLanguage } from '../../src/ui/strings/language';
import { formatNumber, localeDecimal } from '../../src/ui/format';

/** Interface complete in every language; French and Spanish also the whole KPI catalogue. */
const COMPLETE_INTERFACE: Lang[] = ['fr', 'es', 'ar', 'zh', 'ru'];

afterAll(async () => {
  await useLanguage('en');
});

describe('every message key exists in every language', () => {
  // The namespaces converted to ICU message files (#31; the shell, S, the catalogue, C, the flags, F, over time and across cities, TM and TC, workshop
  // mode, W and WS, the cycle, V, and saving, D, among them): every English message exists in the language's compiled tables.
  it.each(COMPLETE_INTERFACE)('%s has every message of the converted namespaces (a missing one is listed as namespace.key)', async (lang) => {
    const catalogue = await loadCatalogue(lang);
    expect(missingMessages(catalogue.messages ?? {}).map((key) => `${lang}: ${key}`)).toEqual([]);
  });

  it('reads TM and TC in the chosen language through the same calls, without writing into them', async () => {
    await useLanguage('fr');
    expect(timeWords.scoring.inForceOwn(3, 10)).toBe(
      'Notée selon les cibles propres là où elles existent : 3 données sur 10 ; les autres selon les cibles de référence.',
    );
    expect(timeWords.ownSummary('5', 2030, null, 2020)).toBe('cible 5, d’ici 2030');
    expect(timeCompareWords.rankRangeText('2', '2')).toBe('toujours 2');
    await useLanguage('ru');
    expect(timeWords.xReach['at-this-rate'](null)).toBe('в — году при этом темпе');
    await useLanguage('en');
    expect(timeWords.ownSummary(null, null, '4', 2020)).toBe('from 4 in 2020');
    expect(timeCompareWords.rankRangeText('1', '3')).toBe('1 to 3');
  });

  it('words the readers’ problems in the chosen language through the same P calls', async () => {
    await useLanguage('fr');
    expect(problemWords.number({ kind: 'empty' })).toBe('La cellule est vide.');
    expect(problemWords.note({ kind: 'reset-revision', value: { text: '-3', length: 2 }, path: 'values[0].revision', assessment: 2 })).toBe(
      'évaluation 2 : values[0].revision : -3 est hors limites ; remis à 0.',
    );
    await useLanguage('en');
    expect(problemWords.number({ kind: 'empty' })).toBe('The cell is empty.');
  });

  it('counts in the readers’ problems with each language’s plural rules (Russian genitive, Arabic forms)', async () => {
    const tooLong = (limit: number) => problemWords.doc({ kind: 'too-long', limit, path: 'name' });
    await useLanguage('ru');
    expect([1, 2, 5, 21].map(tooLong)).toEqual([1, 2, 5, 21].map((n, i) => `name: текст длиннее ${n} ${['символа', 'символов', 'символов', 'символа'][i]}.`));
    expect(problemWords.table({ kind: 'too-many-rows', limit: 21 })).toMatch(/^В файле больше 21 строки;/);
    await useLanguage('ar');
    const invalid = (n: number) =>
      problemWords.parseError({ kind: 'invalid', problems: Array.from({ length: n }, () => ({ kind: 'missing', path: 'a' }) as const) });
    expect([0, 1, 2, 3, 11].map(invalid)).toEqual([
      'في التقييم لا مشكلات.',
      'في التقييم مشكلة واحدة.',
      'في التقييم مشكلتان.',
      'في التقييم 3 مشكلات.',
      'في التقييم 11 مشكلة.',
    ]);
    const sheets = (of: number) => problemWords.tableNote({ kind: 'sheet-read', sheet: 'S', of, hidden: [] });
    expect([2, 3].map(sheets)).toEqual(['قُرئت الورقة "S" (من ورقتين).', 'قُرئت الورقة "S" (من 3 أوراق).']);
    await useLanguage('en');
    expect(tooLong(1)).toBe('name: text longer than 1 characters.');
  });

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as const)('%s names every KPI, dimension, sub-dimension and category', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    const gaps = kpiCoverage(kpis);
    expect({ lang, ...gaps }).toEqual({ lang, kpiNames: [], groupNames: [], datapointLabels: [] });
  });

  it.each(COMPLETE_INTERFACE)('%s names every unit of the data points and the city profile', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    expect({ lang, units: unitCoverage(kpis).units }).toEqual({ lang, units: [] });
  });

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as const)('%s names every numerator and denominator', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    expect({ lang, inputs: unitCoverage(kpis).inputs }).toEqual({ lang, inputs: [] });
  });

  it('the unit and input coverage reports what a language lacks (so the tests above can fail)', () => {
    const gaps = unitCoverage({ units: { '%': '%' } });
    expect(gaps.units).toContain('per 100 000 inhabitants');
    expect(gaps.units).not.toContain('%');
    expect(gaps.inputs).toContain('Households with Internet access (fixed or mobile)');
  });

  it('units and input names show in the language, looked up by id, and in flags by their English; the catalogue stays English', async () => {
    await useLanguage('es');
    const ref = u4ssc.byId.get('EC: ICT: ICT: 1C|')!;
    expect(catalogueName('unit', ref.id)).toBe('%');
    expect(inputName(ref, 'numerator')).toBe('Hogares con acceso a Internet (fijo o móvil)');
    expect(catalogueName('profile-unit', 'population')).toBe('habitantes');
    // Nothing is written into the engine's catalogue: the worker and the page score the same English object.
    expect(ref.def.formula.kind === 'ratio' && ref.def.formula.numerator).toBe('Households with Internet access (fixed or mobile)');
    expect(u4ssc.data.profile.find((p) => p.id === 'population')!.unit).toBe('inhabitants');
    const flag = { kind: 'enter-input', input: 'Households with Internet access (fixed or mobile)', level: 'warning', field: 'numerator' } as Flag;
    expect(flagText(flag)).toBe('Introduzca el numerador (Hogares con acceso a Internet (fijo o móvil)).');
    await useLanguage('en');
    expect(inputName(ref, 'numerator')).toBe('Households with Internet access (fixed or mobile)');
  });

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as const)(
    '%s gives every reference target its rationale (and none for a data point that does not exist)',
    async (lang) => {
      const { kpis } = await loadCatalogue(lang);
      const ids = u4ssc.datapoints.map((d) => d.id).filter((id) => typeof referenceTargets.byId.get(id)?.rationale === 'string');
      expect(ids.length).toBe(112);
      expect(ids.filter((id) => !kpis?.rationales?.[id]).map((id) => `${lang}: ${id}`)).toEqual([]);
      expect(Object.keys(kpis?.rationales ?? {}).filter((id) => !ids.includes(id))).toEqual([]);
      await useLanguage(lang);
      expect(catalogueName('rationale', ids[0])).toBe(kpis!.rationales![ids[0]]);
      expect(referenceTargets.byId.get(ids[0])!.rationale.startsWith(FALLBACK_OPEN)).toBe(false);
      await useLanguage('en');
    },
  );

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as const)('%s defines every KPI, by codes the catalogue has', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    expect(u4ssc.data.kpis.filter((k) => !kpis?.kpis?.[k.code]?.definition).map((k) => `${lang}: ${k.code}`)).toEqual([]);
    expect(Object.keys(kpis?.kpis ?? {}).filter((code) => !u4ssc.kpiByCode(code))).toEqual([]);
  });

  it.each(['ar', 'zh', 'ru'] as const)('%s keeps the English definition’s numbers (256 kbit/s, per 100 000, 0.5 km…) in every definition', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    // Word order differs between languages, so the numbers are compared as a sorted list; a decimal comma counts as a point.
    const numbers = (t: string) => (t.match(/\d[\d\s]*\d|\d/g) ?? []).map((n) => n.replace(/\s/g, '')).sort();
    const differ = u4ssc.data.kpis.filter((k) => JSON.stringify(numbers(kpis!.kpis![k.code].definition!)) !== JSON.stringify(numbers(k.definition)));
    expect(differ.map((k) => `${lang}: ${k.code}`)).toEqual([]);
    await useLanguage(lang);
    expect(kpiDefinition(u4ssc.kpiByCode('EC: ICT: ICT: 1C')!)).toBe(kpis!.kpis!['EC: ICT: ICT: 1C'].definition);
    expect(kpiDefinition(u4ssc.kpiByCode('EN: EN: AQ: 1C')!).startsWith(FALLBACK_OPEN)).toBe(false);
    await useLanguage('en');
  });

  it('a definition or rationale a language lacks stays English, marked as English; names are translated', async () => {
    const { kpis } = await loadCatalogue('ar');
    // Arabic with the air-quality definition taken out: it shows in English, marked.
    const lacking = { ...kpis, kpis: { ...kpis!.kpis, 'EN: EN: AQ: 1C': { name: kpis!.kpis!['EN: EN: AQ: 1C'].name } } };
    useKpiCatalogue(lacking);
    const kpi = u4ssc.data.kpis[0];
    expect(kpiName(kpi)).toBe('نفاذ الأسر إلى الإنترنت');
    expect(kpi.name).toBe('Household Internet Access');
    const untranslated = u4ssc.kpiByCode('EN: EN: AQ: 1C')!;
    expect(kpiDefinition(untranslated)).toBe(markFallback(untranslated.definition));
    expect(untranslated.definition.startsWith(FALLBACK_OPEN)).toBe(false);
    expect(u4ssc.groups.dimensions.map(groupName)).toEqual(['الاقتصاد', 'البيئة', 'المجتمع والثقافة']);
    // A name that is not the catalogue's (a framework file's own) is shown as it is, in any language.
    expect(catalogueName('kpi', kpi.code, 'Our own name')).toBe('Our own name');
    expect(catalogueName('kpi', 'XX: 1', 'Local KPI')).toBe('Local KPI');
    await useLanguage('en');
    expect(kpiDefinition(untranslated)).toBe(untranslated.definition);
  });
});

describe('flags and catalogue changes in the display language', () => {
  const flag = (f: object): Flag => ({ level: 'warning', field: 'value', ...f }) as Flag;
  const isTertiary = (c: { kind: string; message: string }) => c.kind === 'notAbove' && c.message.includes('tertiary');
  const wastewater = u4ssc.datapoints.find((d) => d.def.checks?.some(isTertiary))!;
  const check = wastewater.def.checks!.find(isTertiary)!;
  const failed = () => flag({ kind: 'check', check: 'notAbove', message: check.message, source: 'judgement', actual: 12, bound: 10 });
  const so2 = Object.values(u4ssc.data.changes ?? []).flatMap((st) => st.datapoints['EN: EN: AQ: 1C|SO2'] ?? []);
  let englishMessage = '';

  it('in English (the worker sends the catalogue’s English words)', async () => {
    await useLanguage('en');
    englishMessage = check.message;
    expect(flagText(flag({ kind: 'not-a-number', text: 'abc' }))).toBe('"abc" is not a number.');
    expect(flagText(failed())).toBe(`${englishMessage} (the workbench's judgement (no official page found); here 12, above the other value 10.)`);
    expect(sourceText('CM17-p118; VM22-p143')).toBe('Collection Methodology (2017), p. 118; Verification Manual (2022), p. 143');
    expect(changeText(so2.find((c) => c.kind === 'measure')!)).toMatch(
      /^It is now the annual mean, no longer the 24-hour mean \(Verification Manual \(2022\), p\. 95\)/,
    );
  });

  it('in French: the sentence, the source, the check’s message and the measures', async () => {
    await useLanguage('fr');
    const message = flag({ kind: 'check', check: 'notAbove', message: englishMessage, source: 'judgement', actual: 12, bound: 10 });
    expect(flagText(flag({ kind: 'not-a-number', text: 'abc' }))).toBe('« abc » n’est pas un nombre.');
    expect(flagText(message)).toMatch(
      /^Selon la lecture de l’atelier, les niveaux de traitement sont cumulatifs.*\(jugement de l’atelier \(aucune page officielle trouvée\) ; ici 12, au-dessus de l’autre valeur 10\.\)$/,
    );
    expect(flagText(flag({ kind: 'enter-input', field: 'numerator', input: 'x' }))).toBe('Saisissez le numérateur (x).');
    expect(changeText(so2.find((c) => c.kind === 'measure')!)).toMatch(
      /^C’est désormais la moyenne annuelle, et non plus la moyenne sur 24 heures \(Manuel de vérification \(2022\), p\. 95\)/,
    );
    expect(
      changeText(
        so2.find((c) => c.kind === 'target')!,
        (n) => `${n}`,
      ),
    ).toBe('La cible de référence est désormais 20, et non plus 40 (Manuel de vérification (2022), p. 95). Les points du point de données peuvent changer.');
  });

  it('in Arabic, with no English word left', async () => {
    await useLanguage('ar');
    const message = flag({ kind: 'check', check: 'notAbove', message: englishMessage, source: 'judgement', actual: 12, bound: 10 });
    const text = flagText(message);
    expect(text).toMatch(/^في قراءة أداة العمل، مستويات المعالجة تراكمية/);
    expect(text).toContain('تقدير أداة العمل (لم يُعثر على صفحة رسمية)');
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(flagText(flag({ kind: 'reported-without-value' }))).toBe('موسوم بأنه مُبلَّغ عنه، لكن لا توجد قيمة.');
    const measure = changeText(so2.find((c) => c.kind === 'measure')!);
    expect(measure).toContain('المتوسط السنوي');
    expect(measure).not.toMatch(/[A-Za-z]/);
  });

  it('catalogue prose a language lacks stays English, marked as English', async () => {
    await useLanguage('ar');
    expect(catalogueText('A check message no language has', true)).toBe(markFallback('A check message no language has'));
    expect(catalogueText('a name', false)).toBe('a name');
    await useLanguage('en');
    expect(catalogueText('A check message no language has', true)).toBe('A check message no language has');
  });

  it.each(COMPLETE_INTERFACE)('%s words every check message and every measure and input named in the change history', async (lang) => {
    await useLanguage(lang);
    const prose = catalogueProse();
    expect(prose.length).toBeGreaterThan(20);
    expect(prose.filter((en) => catalogueText(en, true) === en || catalogueText(en, true).startsWith(FALLBACK_OPEN))).toEqual([]);
    await useLanguage('en');
  });
});

describe('applying a language', () => {
  it('switches S, V, WS, the KPI names and the number locale, and back to English', async () => {
    await useLanguage('fr');
    expect(shellWords.create).toBe('Créer');
    expect(reviewWords.viewTitle).toBe('Vérification');
    expect(workshopWords.whatIfTitle).toBe('Et si…');
    expect(kpiName(u4ssc.data.kpis[0])).not.toBe('Household Internet Access');
    expect(u4ssc.data.kpis[0].name).toBe('Household Internet Access');
    expect(formatNumber(1234.5, localeDecimal())).toBe('1\u202f234,5');
    await useLanguage('ar');
    expect(localeDecimal()).toBe('point');
    expect(formatNumber(1234.5, 'point')).toBe('1,234.5');
    await useLanguage('en');
    expect(shellWords.create).toBe('Create');
    expect(reviewWords.viewTitle).toBe('Review');
    expect(kpiName(u4ssc.data.kpis[0])).toBe('Household Internet Access');
  });
});

describe('choosing the language', () => {
  it.each(LANGUAGES)('%s: the privacy statement names both places data are kept (IndexedDB, and localStorage for the language)', async (lang) => {
    await useLanguage(lang);
    expect(shellWords.privacyStatement).toContain('IndexedDB');
    expect(shellWords.privacyStatement).toContain('localStorage');
    await useLanguage('en');
  });

  it('takes the first known language: address, saved choice, browser, else English', () => {
    expect(pickLanguage(['fr', 'es'])).toBe('fr');
    expect(pickLanguage([null, 'es-MX'])).toBe('es');
    expect(pickLanguage(['de', 'zh-Hans-CN'])).toBe('zh');
    expect(pickLanguage(['de', undefined])).toBe('en');
    expect(LANGUAGES).toEqual(['en', 'fr', 'es', 'ar', 'zh', 'ru']);
  });
});
