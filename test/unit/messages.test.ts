/**
 * The interface's ICU message files (#31): the compiler (plurals, selects, numbers, quoting, errors
 * with positions), the compiled modules and the README's table are what the files give, the
 * translators' loop (stale and missing messages per language, with a planted change it catches), and
 * the accessors read the chosen language without anything being written into them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentTypes, compileMessage, MessageSyntaxError, parseMessage } from '../../scripts/icu';
import { icuText } from '../../scripts/messages-codemod';
import {
  allStatuses,
  compiledModules,
  hashOf,
  languageStatus,
  readEnglish,
  readHashes,
  readLanguage,
  README_PATH,
  renderCoverage,
  stamp,
  TRANSLATED,
  withCoverage,
} from '../../scripts/messages';
import { lf, listText, message, missingMessages, onFallback, pl, register, sel, useMessages, withCode, type Args } from '../../src/ui/messages/runtime';
import { FALLBACK_OPEN } from '../../src/ui/strings/languages';
import { useLanguage } from '../../src/ui/strings/language';
import { timeWords } from '../../src/ui/strings/time';
import { resultWords } from '../../src/ui/strings/results';
import { savingWords } from '../../src/ui/strings/saving';
import { shellWords } from '../../src/ui/strings/shell';
import { VIEWS } from '../../src/ui/views';

afterAll(async () => {
  await useLanguage('en');
});

/** Compiles a message the way scripts/messages.ts does and runs it, without eval (the helpers are passed in). */
function run(src: string, lang: string, args: Args = {}): string {
  const code = compileMessage(parseMessage(src), lang);
  if (!code.startsWith('(a: Args) => ')) return JSON.parse(code) as string;
  // The compiled body is a template literal over `a` and the runtime's helpers; Function here only
  // stands in for the bundler in this test (the app imports the generated module).
  const body = code.slice('(a: Args) => '.length);
  return new Function('a', 'pl', 'sel', 'nf', 'df', 'lf', `return ${body};`)(
    args,
    pl,
    sel,
    (v: unknown) => String(v),
    () => '',
    lf,
  ) as string;
}

describe('the ICU compiler', () => {
  it('compiles text, arguments, plurals with Intl.PluralRules, exact cases, selects and null', () => {
    expect(run("The city's own target", 'en')).toBe("The city's own target");
    expect(run('{n} of {total}', 'en', { n: 3, total: 10 })).toBe('3 of 10');
    const ru = '{n} {n, plural, one {оценка} few {оценки} many {оценок} other {оценки}}';
    expect([1, 2, 5, 21, 1.5].map((n) => run(ru, 'ru', { n }))).toEqual(['1 оценка', '2 оценки', '5 оценок', '21 оценка', '1.5 оценки']);
    const ar = '{n, plural, zero {لا تقييمات} one {تقييم واحد} two {تقييمان} few {{n} تقييمات} many {{n} تقييمًا} other {{n} تقييم}}';
    expect([0, 1, 2, 3, 11, 100].map((n) => run(ar, 'ar', { n }))).toEqual(['لا تقييمات', 'تقييم واحد', 'تقييمان', '3 تقييمات', '11 تقييمًا', '100 تقييم']);
    expect(run('{n, plural, =0 {none} one {# item} other {# items}}', 'en', { n: 0 })).toBe('none');
    expect(run('{n, plural, =0 {none} one {# item} other {# items}}', 'en', { n: 4 })).toBe('4 items');
    expect(run('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', 'en', { n: 22 })).toBe('22nd');
    const nullable = '{year, select, null {—} other {{year}}}';
    expect([run(nullable, 'en', { year: null }), run(nullable, 'en', { year: 2030 })]).toEqual(['—', '2030']);
  });

  it('joins a list as the locale says, as a whole or as alternatives (`{names, list, or}`)', () => {
    expect(run('{names, list}', 'en', { names: ['a', 'b', 'c'] })).toBe('a, b and c');
    expect(run('expected {names, list, or}.', 'en', { names: ['a', 'b', 'c'] })).toBe('expected a, b or c.');
    expect(argumentTypes(parseMessage('{names, list, or}')).get('names')).toBe('readonly string[]');
    expect(() => parseMessage('{names, list, and}')).toThrow(/list style "and"/);
  });

  it('reads ICU quoting: doubled and lone apostrophes, quoted braces and #', () => {
    expect(run("it''s '{'literal'}' and city's", 'en')).toBe("it's {literal} and city's");
    expect(run("{n, plural, other {'#' {n}}}", 'en', { n: 2 })).toBe('# 2');
    // The codemod's escaping round-trips any text.
    for (const t of ["a {b} c's '{d}' #1", "''", '`${x}` \\n']) expect(run(icuText(t, false), 'en')).toBe(t);
  });

  it('refuses a malformed message with the reason and its position', () => {
    const err = (src: string) => {
      try {
        parseMessage(src);
      } catch (e) {
        return e instanceof MessageSyntaxError ? `${e.reason} @${e.at}` : String(e);
      }
      return 'accepted';
    };
    expect(err('{n, plural, one {x}}')).toBe('an "other" option is required @19');
    expect(err('{n, plural, single {x} other {y}}')).toMatch(/^"single" is not a plural category/);
    expect(err('text }')).toBe('unmatched } @5');
    expect(err('{n, money}')).toMatch(/^unknown argument type "money"/);
    expect(err('{n')).toMatch(/expected/);
  });

  it('types each argument from the English message', () => {
    const types = argumentTypes(parseMessage('{name} {n, plural, other {#}} {d, date} {year, select, null {—} other {{year}}} {p, number, percent}'));
    expect(Object.fromEntries(types)).toEqual({ name: 'string | number', n: 'number', d: 'Date | number', year: 'string | number | null', p: 'number' });
    expect(argumentTypes(parseMessage('{names, list}')).get('names')).toBe('readonly string[]');
    expect(argumentTypes(parseMessage('{flag, select, true {yes} other {}}')).get('flag')).toBe('boolean');
    expect(argumentTypes(parseMessage('{flag, select, true {yes} other {{flag}}}')).get('flag')).toBe('string | number');
  });
});

describe('the message files', () => {
  it('the compiled modules are what the message files give (regenerate with npx tsx scripts/messages.ts)', () => {
    for (const [file, code] of compiledModules()) expect({ file, code: readFileSync(file, 'utf8') }).toEqual({ file, code });
  });

  it.each(TRANSLATED)('%s: nothing stale, nothing missing', (lang) => {
    const s = languageStatus(lang, readEnglish(), readLanguage(lang), readHashes(lang));
    expect({ lang, stale: s.stale, missing: s.missing }).toEqual({ lang, stale: [], missing: [] });
    expect(readHashes(lang)?.status).toBe('working translation');
  });

  it('catches a planted change to an English message: its translation in every language is stale, the others are not', () => {
    const english = readEnglish();
    const planted = { ...english, time: { ...english.time, 'scoring.title': `${english.time['scoring.title']} (changed)` } };
    for (const lang of TRANSLATED) {
      const s = languageStatus(lang, planted, readLanguage(lang), readHashes(lang));
      expect({ lang, stale: s.stale }).toEqual({ lang, stale: ['time.scoring.title'] });
    }
    // Stamped again once translated, it is current.
    const fr = readLanguage('fr');
    expect(languageStatus('fr', planted, fr, stamp(planted, fr)).stale).toEqual([]);
  });

  it('lists a message without a stamp as stale and one without a translation as missing', () => {
    const english = readEnglish();
    const ru = readLanguage('ru');
    expect(languageStatus('ru', english, ru, { ...readHashes('ru')!, from: {} }).stale).toContain('time.ownTitle');
    const { ownTitle: _, ...rest } = ru.time;
    expect(languageStatus('ru', english, { ...ru, time: rest }, readHashes('ru')).missing).toEqual(['time.ownTitle']);
    expect(hashOf('a')).not.toBe(hashOf('a '));
  });

  it('the README coverage table is what the files give (regenerate with npx tsx scripts/messages.ts)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const table = renderCoverage(allStatuses());
    expect(withCoverage(readme, table)).toBe(readme);
    expect(table).toMatch(/\| ru \| .* \| 100 % \|/);
  });
});

describe('the accessors', () => {
  it('read the current language at each read; a message the language lacks is English, marked', async () => {
    const t = register<{ greeting: string; count(n: number): string; group: { named(a: { x: string | null }): string } }>('test-ns', {
      greeting: 'Hello',
      count: (n: number) => `${pl('en', n, false, { one: `${n} city`, other: `${n} cities` })}`,
      group: { named: (a: Args) => `${sel(a.x, { null: 'none', other: `${a.x}` })}` },
    });
    const code = withCode(t, { twice: () => `${t.greeting} ${t.greeting}` });
    expect([t.greeting, t.count(1), t.count(3), code.twice(), t.group.named({ x: null }), t.group.named({ x: 'y' })]).toEqual([
      'Hello',
      '1 city',
      '3 cities',
      'Hello Hello',
      'none',
      'y',
    ]);
    const missing = useMessages('fr', { 'test-ns': { greeting: 'Bonjour' } });
    expect(missing).toContain('test-ns.count');
    expect(missing).toContain('test-ns.group.named');
    expect(missing).toContain('time.ownTitle');
    expect([t.greeting, code.twice()]).toEqual(['Bonjour', 'Bonjour Bonjour']);
    let marked = 0;
    onFallback(() => marked++);
    expect(t.count(2).startsWith(FALLBACK_OPEN)).toBe(true);
    expect(marked).toBe(1);
    expect(() => message('test-ns', 'nothing')).toThrow('no message test-ns.nothing');
    useMessages('en', undefined);
    expect(missingMessages({})).toContain('time.ownTitle');
  });

  it('the old call sites read the chosen language with nothing written into TM', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(timeWords, 'ownTitle');
    await useLanguage('zh');
    expect(timeWords.ownTitle).toBe('自定目标与期限');
    await useLanguage('en');
    expect(timeWords.ownTitle).toBe('Own target and deadline');
    expect(Object.getOwnPropertyDescriptor(timeWords, 'ownTitle')).toEqual(descriptor);
    expect(typeof descriptor?.get).toBe('function');
  });

  it('words the results (R) in the chosen language, a list through Intl.ListFormat, a plural through Intl.PluralRules', async () => {
    await useLanguage('ru');
    expect([resultWords.pointsOf(2, 1), resultWords.pointsOf(2, 21), resultWords.pointsOf(2, 4)]).toEqual(['2 из 1 балла', '2 из 21 балла', '2 из 4 баллов']);
    expect(resultWords.radarProvisional(['Экономика', 'Среда', 'Общество'])).toBe(
      'Предварительно (в баллах учтено меньше половины точек данных с эталоном): Экономика, Среда и Общество.',
    );
    await useLanguage('en');
    expect(resultWords.radarProvisional(['ICT', 'Energy'])).toBe('Provisional (fewer than half of the data points with a benchmark scored): ICT and Energy.');
  });

  it('words saving (D) in the chosen language: a journal entry list keeps its separator, no count is a text of its own, French 0 and 1 are singular', async () => {
    await useLanguage('fr');
    expect(savingWords.lost(['A', 'B'])).toBe('Un autre onglet a remplacé des valeurs que vous aviez saisies : A ; B.');
    expect(savingWords.lost(['A'])).toBe('Un autre onglet a remplacé une valeur que vous aviez saisie : A.');
    expect(savingWords.recovered(0)).toBe('0 modification récupérée, saisie avant la dernière fermeture de la page.');
    expect(savingWords.notSaved(0, 'Pourquoi.')).toBe('Non enregistré. Pourquoi.');
    expect(savingWords.problem({ kind: 'damaged', id: 'a1', reason: 'no-id' })).toContain('(pas d’identifiant)');
    expect(savingWords.tooLong('Notes', 10000)).toBe('Notes : au plus 10\u202f000 caractères ; le texte n’a pas été enregistré.');
    await useLanguage('zh');
    expect(savingWords.setAside(['甲', '乙'])).toBe('未恢复：日志中剩余的 2 项更改无法应用，已放在一旁；评估未因此改变：甲；乙。');
    await useLanguage('en');
    expect(savingWords.notSaved(2, 'Why.')).toBe('Not saved: 2 changes are kept only in this tab. Why.');
    expect([savingWords.refusedItem(3, '', 'unreadable'), savingWords.refusedItem(3, 'Quito', 'unreadable')]).toEqual([
      '#3: unreadable',
      '#3 Quito: unreadable',
    ]);
    expect(savingWords.damagedRow('', 'no-values')).toBe('Unnamed: no values');
    expect(savingWords.backupLeftOut(['a', 'b'])).toBe('Left out of the backup, because they cannot be written as a file: a; b.');
  });

  it('words the shell (S) in the chosen language: every view its own label, a paste report said in parts, a boolean select, the legend in order', async () => {
    await useLanguage('en');
    for (const v of VIEWS) expect(shellWords.viewLabel(v)).not.toBe(v);
    expect(shellWords.pasteReport(3, 1, 0, 0)).toBe('Pasted 3 lines into data point rows only, skipping 1 group row (headings).');
    expect(shellWords.pasteReport(1, 2, 1, 1)).toBe(
      'Pasted 1 line into data point rows only, skipping 2 group rows (headings) and 1 hidden row. 1 pasted value falls on cells that cannot be edited (computed, from the city profile, or not used by that KPI) and was not pasted.',
    );
    expect(shellWords.pasteReport(4, 0, 0, 0)).toBe('');
    expect(shellWords.stepDataDetail(1, 2, false)).toBe('1 of 2 data points have a valid value.');
    expect(shellWords.storageState(null)).toBe('');
    expect(Object.keys(shellWords.legendItems)[0]).toBe('advanced');
    await useLanguage('fr');
    expect(shellWords.clashList(['A', 'B'])).toBe('Cet onglet et un autre onglet ont modifié les mêmes cellules : A ; B. La valeur saisie ici a été gardée.');
    expect(shellWords.stepReviewDetail(0, 1)).toBe('0 valeur refusée à corriger, 1 valeur à vérifier (avertissements).');
    await useLanguage('zh');
    expect(shellWords.pasteReport(2, 1, 1, 3)).toBe(
      '已将 2 行粘贴到数据点行中，跳过了 1 个分组行（标题）和 1 个隐藏行。3 个粘贴值落在不可编辑的单元格上（计算所得、来自城市概况或该指标不使用），未被粘贴。',
    );
    await useLanguage('en');
  });

  it('has one list mechanism, Intl.ListFormat in the interface locale', () => {
    useMessages('fr', {}, 'fr');
    expect(listText(['a', 'b', 'c'])).toBe('a, b et c');
    useMessages('en', {}, 'en-GB');
    expect(listText(['a', 'b', 'c'], 'disjunction')).toBe('a, b or c');
  });
});
