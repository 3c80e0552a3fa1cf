/**
 * The KPI catalogue in six languages (#31): every translated rationale keeps the numbers of the English
 * one (a target of 80 %, a WHO level of 15 µg/m³, a year), in any word order, so a translator's slip on a
 * number shows here by data point and language.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { loadCatalogue, useLanguage } from '../../src/ui/strings/language';
import { datapointTitle, kpiName } from '../../src/ui/strings/kpi-names';
import { readFileSync } from 'node:fs';
import { catalogueFromMessages, type Lang } from '../../src/ui/strings/languages';

/** Digits as written (a decimal comma or point splits a number in two alike; 100 000 is one number), sorted. */
const numbers = (t: string) => (t.match(/\d[\d\s]*\d|\d/g) ?? []).map((n) => n.replace(/\s/g, '')).sort();

/** Where a language writes a number another way, with why. */
const WRITTEN_OTHERWISE: Partial<Record<Lang, string[]>> = {
  // The '30 by 30' target is named with its year in French and Spanish (« 30 d’ici 2030 »).
  fr: ['EN: EN: PSN: 3A|'],
  es: ['EN: EN: PSN: 3A|'],
  // "20 million" is 2000 万 (ten-thousands) in Chinese; "October 2018" is 2018 年 10 月.
  zh: ['EC: P: EM: 4A|', 'EC: ICT: PS: 3A|'],
};

const RATIONALES = u4ssc.datapoints.flatMap((d) => {
  const r = referenceTargets.byId.get(d.id)?.rationale;
  return typeof r === 'string' ? [{ id: d.id, en: r }] : [];
});

describe('translated rationales keep the English numbers', () => {
  it('there are 112 rationales', () => {
    expect(RATIONALES.length).toBe(112);
  });

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as Lang[])('%s', async (lang) => {
    const { kpis } = await loadCatalogue(lang);
    const differ = RATIONALES.filter(({ id, en }) => {
      const t = kpis?.rationales?.[id];
      return t !== undefined && !WRITTEN_OTHERWISE[lang]?.includes(id) && JSON.stringify(numbers(t)) !== JSON.stringify(numbers(en));
    }).map(({ id }) => id);
    expect(differ).toEqual([]);
  });

  it('finds a number changed in a translation (so the test above can fail)', () => {
    expect(numbers('Un objectif de 80 % d’ici 2030')).not.toEqual(numbers('A target of 85 % by 2030'));
    expect(numbers('цель 1,5 °C к 2050 году')).toEqual(numbers('a 1.5 °C path by 2050'));
  });
});

describe('messages name a data point by its name in the language, not by its key', () => {
  afterAll(() => useLanguage('en'));

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as Lang[])('%s: lever lines and edit notices name "EC: I: T: 4A|Walking" in the language', async (lang) => {
    await useLanguage(lang);
    const title = datapointTitle('EC: I: T: 4A|Walking');
    expect(title.startsWith('EC: I: T: 4A ')).toBe(true);
    expect(title).not.toMatch(/Walking|walking/);
    expect(datapointTitle('EC: ICT: ICT: 1C|')).toBe(`EC: ICT: ICT: 1C ${kpiName(u4ssc.kpiByCode('EC: ICT: ICT: 1C')!)}`);
  });

  it('in English, the label (an unknown id is named by itself)', async () => {
    await useLanguage('en');
    expect(datapointTitle('EC: I: T: 4A|Walking')).toBe('EC: I: T: 4A Mode share: walking');
    expect(datapointTitle('XX|nope')).toBe('XX|nope');
  });
});

describe('notes and sources in every language', () => {
  const noted = u4ssc.data.kpis.filter((k) => typeof k.notes === 'string' && k.notes !== '').map((k) => k.code);
  const sourced = RATIONALES.map(({ id }) => id).filter((id) => typeof referenceTargets.byId.get(id)?.source === 'string');

  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as Lang[])(
    '%s words every KPI note and every reference target’s source, by codes and ids the catalogue has',
    async (lang) => {
      const { kpis } = await loadCatalogue(lang);
      expect(noted.length).toBe(84);
      expect(noted.filter((code) => !kpis?.notes?.[code])).toEqual([]);
      expect(Object.keys(kpis?.notes ?? {}).filter((code) => !noted.includes(code))).toEqual([]);
      expect(sourced.filter((id) => !kpis?.sources?.[id])).toEqual([]);
      expect(Object.keys(kpis?.sources ?? {}).filter((id) => !sourced.includes(id))).toEqual([]);
    },
  );
});

describe('the catalogue message files are flat files of plain strings (#31)', () => {
  it('each language holds one flat object of strings, every key of a known kind, read into the catalogue whole', () => {
    for (const lang of ['fr', 'es', 'ar', 'zh', 'ru']) {
      const file = JSON.parse(readFileSync(new URL(`../../src/ui/strings/${lang}/catalogue.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      const values = Object.values(file);
      expect(values.length, lang).toBeGreaterThan(700);
      expect(
        values.every((v) => typeof v === 'string' && v !== ''),
        lang,
      ).toBe(true);
      const c = catalogueFromMessages(lang, file);
      const read = Object.values(c).reduce(
        (n, table) => n + Object.values(table).reduce((m: number, v) => m + (typeof v === 'string' ? 1 : Object.keys(v as object).length), 0),
        0,
      );
      expect(read, lang).toBe(values.length);
    }
  });

  it('builds the catalogue by what each key says it is', () => {
    const c = catalogueFromMessages('t.json', {
      'group.EC: ICT': 'TIC',
      'kpi.EC: ICT: ICT: 1C.name': 'Accès',
      'definition.EC: ICT: ICT: 1C': 'Part des ménages',
      'datapoint.EN: EN: AQ: 1C|PM2.5.label': 'PM2,5',
      'datapoint.EN: EN: AQ: 1C|PM2.5.unit': 'µg/m³',
      'profile.population.label': 'Population',
      'unit.per 100 000 inhabitants': 'pour 100 000 habitants',
      'input.households': 'ménages',
      'phrase.Check the sum.': 'Vérifiez la somme.',
      'alternative.Sources disagree.': 'Les sources divergent.',
      'rationale.EC: ICT: ICT: 1C|': 'Justification',
      'note.EC: ICT: ICT: 1C': 'Note',
      'source.EC: ICT: ICT: 1C|': 'Source',
    });
    expect(c.groups).toEqual({ 'EC: ICT': 'TIC' });
    expect(c.kpis).toEqual({ 'EC: ICT: ICT: 1C': { name: 'Accès', definition: 'Part des ménages' } });
    expect(c.datapoints).toEqual({ 'EN: EN: AQ: 1C|PM2.5': { label: 'PM2,5', unit: 'µg/m³' } });
    expect(c.profile).toEqual({ population: { label: 'Population' } });
    expect(c.units).toEqual({ 'per 100 000 inhabitants': 'pour 100 000 habitants' });
    expect(c.inputs).toEqual({ households: 'ménages' });
    expect(c.phrases).toEqual({ 'Check the sum.': 'Vérifiez la somme.', 'Sources disagree.': 'Les sources divergent.' });
    expect(c.rationales).toEqual({ 'EC: ICT: ICT: 1C|': 'Justification' });
    expect(c.notes).toEqual({ 'EC: ICT: ICT: 1C': 'Note' });
    expect(c.sources).toEqual({ 'EC: ICT: ICT: 1C|': 'Source' });
  });

  it('refuses a key of no known kind or a value that is not a string, naming the file and the key', () => {
    expect(() => catalogueFromMessages('fr/catalogue.json', { 'kpi.EC: ICT: ICT: 1C.title': 'x' })).toThrow(
      /fr\/catalogue\.json: "kpi\.EC: ICT: ICT: 1C\.title" is no catalogue key/,
    );
    expect(() => catalogueFromMessages('fr/catalogue.json', { groups: 'x' })).toThrow(/"groups" is no catalogue key/);
    expect(() => catalogueFromMessages('fr/catalogue.json', { 'group.EC': 3 })).toThrow(/fr\/catalogue\.json: "group\.EC" is not a string/);
    expect(() => catalogueFromMessages('fr/catalogue.json', { 'phrase.Same': 'a', 'alternative.Same': 'b' })).toThrow(
      /"alternative\.Same" repeats the English/,
    );
  });
});
