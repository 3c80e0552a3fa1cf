/** Russian words of the file readers' problems (the English `PW` in ../problems.ts is the contract). */
import type { DocProblem, JsonType, NumberProblem, OtherFormat, Quoted } from '../../../engine/problems';
import type { Translation } from '../languages';
import type { PW as EN } from '../problems';
import { listText } from '../../messages/runtime';
import { f, n as count } from './plural';

const MB = 1024 * 1024;
const chars = (k: number) => count(k, 'символ', 'символа', 'символов');
const quote = (q: Quoted): string => (q.length > q.text.length ? `${q.text}… (всего ${chars(q.length)})` : q.text);
const mark = (m: 'point' | 'comma') => (m === 'point' ? '.' : ',');

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'текст',
  number: 'число',
  integer: 'целое число',
  boolean: 'true или false',
  null: 'null',
  object: 'объект',
  array: 'список',
};

const FORMS: Record<Extract<DocProblem, { kind: 'pattern' }>['form'], string> = {
  'datapoint-id': 'идентификатор точки данных, например «EC: ICT: ICT: 1C|»',
  fingerprint: '64-значный шестнадцатеричный SHA-256',
  date: 'дата в формате YYYY-MM-DD',
  other: 'форма, которую требует схема',
};

const SHAPES: Record<Extract<DocProblem, { kind: 'bad-shape' }>['shape'], string> = {
  entered: '{ value, unit, factor } (значение в том виде, как оно введено в другой единице)',
  frozen: '{ at, by, fingerprint } с 64-значным шестнадцатеричным SHA-256',
  parent: '{ id, fingerprint } с 64-значным шестнадцатеричным SHA-256',
  'carried-from': '{ id, year, baseline }',
  origin: '{ kind, at, name?, signer? }',
  provenance: '{ profile?, values? } { kind: json-stat, value, source, file, retrieved, picked }',
  'catalogue-review': '{ from, to, datapoints }',
  changes: 'список изменений известного вида, каждое со своим источником',
};

const OTHER_FORMATS: Record<OtherFormat, string> = {
  ods: 'Это электронная таблица OpenDocument (.ods): сохраните её как .xlsx или CSV.',
  xls: 'Это книга Excel 97-2003 (.xls): сохраните её как .xlsx или CSV.',
  xlsm: 'Это книга Excel с поддержкой макросов (.xlsm): сохраните её как .xlsx или CSV.',
  xlsb: 'Это двоичная книга Excel (.xlsb): сохраните её как .xlsx или CSV.',
  html: 'Это веб-страница, сохранённая с расширением электронной таблицы, а не таблица: откройте её в табличной программе и сохраните как .xlsx или CSV.',
  numbers: 'Это файл Apple Numbers: экспортируйте его как .xlsx или CSV.',
};

function numberProblem(p: NumberProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'Ячейка пуста.';
    case 'wrong-mark':
      return `«${quote(p.text)}» — не число с «${mark(p.mark)}» в качестве десятичного разделителя (проверьте настройку десятичного разделителя).`;
    case 'not-a-number':
      return `«${quote(p.text)}» — не число.`;
    case 'out-of-range':
      return `«${quote(p.text)}» выходит за пределы диапазона, который принимает программа (±10^${Math.round(Math.log10(p.limit))}).`;
    case 'ambiguous':
      return `«${quote(p.text)}» читается двояко (десятичный разделитель ${p.other} или разделитель тысяч), и больше ничто в файле не позволяет это определить: выберите десятичный разделитель для этого файла.`;
  }
}

export const PW: Translation<typeof EN> = {
  quote,
  number: numberProblem,
  table: (p) => {
    switch (p.kind) {
      case 'empty-file':
        return 'Файл пуст.';
      case 'unclosed-quote':
        return 'Поле в кавычках не закрыто.';
      case 'not-text':
        return p.likely === 'windows-1252'
          ? 'Файл не в кодировке UTF-8 (похоже на Windows-1252, например «CSV (разделители — запятые)» в Excel): сохраните его как «CSV UTF-8» или подтвердите чтение в Windows-1252.'
          : 'Файл не является текстом UTF-8 или UTF-16: сохраните его как «CSV UTF-8».';
      case 'missing-columns': {
        const cols = p.columns.length > 1 ? 'Нет столбцов' : 'Нет столбца';
        return p.separators
          ? `${cols}: ${listText(p.columns)}. Ожидается заголовок ${p.expected.join(',')} (между названиями — запятая, точка с запятой или табуляция).`
          : `${cols}: ${listText(p.columns)}. Ожидается ${p.expected.join(',')}.`;
      }
      case 'unknown-columns':
        return `${p.columns.length > 1 ? 'Неизвестные столбцы' : 'Неизвестный столбец'}: ${p.columns.map(quote).join(', ')}.`;
      case 'duplicate-column':
        return `Столбец «${p.name}» встречается дважды (столбцы ${p.columns.join(' и ')}); оставьте один.`;
      case 'unnamed-column':
        return p.merged
          ? `В столбце ${p.column} есть данные (строка ${p.line}: «${quote(p.text)}»), но его заголовок скрыт под объединённой ячейкой ${p.merged}; отмените объединение и назовите столбец.`
          : `В столбце ${p.column} есть данные (строка ${p.line}: «${quote(p.text)}»), но нет заголовка; назовите его или удалите столбец.`;
      case 'error-value':
        return `Ячейка содержит значение ошибки ${p.code}.`;
      case 'no-saved-result':
        return `У формулы =${quote(p.formula)} нет сохранённого результата: откройте и сохраните файл в программе электронных таблиц или введите значение.`;
      case 'empty-code':
        return 'Код пуст.';
      case 'bad-provenance':
        return 'Ячейка provenance не содержит источники чисел строки в том виде, в каком их пишет эта программа (объект JSON по значению, числителю и знаменателю): она пропущена, числа прочитаны без источника.';
      case 'unknown-code':
        return `Неизвестный код КПЭ «${quote(p.code)}».`;
      case 'unknown-datapoint':
        return `«${quote(p.key)}» — не точка данных ${p.kpi} (ожидается ${p.expected.map((k) => (k === '' ? 'пусто' : k)).join(', ')}).`;
      case 'unknown-target':
        return `Неизвестный КПЭ или точка данных «${quote(p.code)}» «${quote(p.key)}».`;
      case 'repeated':
        return p.first === null ? `${p.code} ${p.key} задано дважды.` : `${p.code} ${p.key} встречается снова (впервые в строке ${p.first}).`;
      case 'number':
        return numberProblem(p.problem);
      case 'not-yes-no':
        return `«${quote(p.text)}» — не «да» и не «нет» (yes/no, true/false или 1/0).`;
      case 'bool-not-number':
        return `${p.value ? 'TRUE' : 'FALSE'} — это «да/нет», а не число.`;
      case 'date-not-number':
        return `Ячейка содержит дату (${p.date}), а не число: задайте ей числовой формат и проверьте значение.`;
      case 'number-text-too-long':
        return `«${quote(p.text)}» длиннее ${chars(p.limit)}.`;
      case 'profile-conflict':
        return `${p.field} здесь равно ${p.value}, но ${p.previous} ${p.at === null ? 'в другой строке' : 'cell' in p.at ? `в ячейке ${p.at.cell}` : `в строке ${p.at.line}`}: в профиле города хранится одно значение.`;
      case 'reported-directly':
        return `${p.code} сообщается напрямую: укажите число в столбце значений.`;
      case 'bad-target':
        return `${numberProblem(p.problem)} ${p.blank ? 'Укажите число, «none» или оставьте пустым для эталонной цели.' : 'Укажите число ≥ 0 или «none».'}`;
      case 'negative-target':
        return 'Цель не может быть отрицательной.';
      case 'bad-status':
        return `«${quote(p.text)}» — не reported, не not-reported и не not-applicable.`;
      case 'bad-quality':
        return `«${quote(p.text)}» — не одно из значений ${listText(p.allowed, 'disjunction')}.`;
      case 'bad-year':
        return `«${quote(p.text)}» — не год между ${p.min} и ${p.max}.`;
      case 'text-too-long':
        return `Длина текста — ${chars(p.length)}; сохраняется не более ${p.limit}, поэтому сократите его.`;
      case 'not-layout-zip': {
        const why = p.detail === 'not-zip' ? 'это не zip-архив' : 'нет ни одного файла data/indicator_*.csv';
        return `Это не zip с файлами данных Open SDG (${why}). Экспортируйте его снова как zip Open SDG.`;
      }
      case 'file-too-large':
        return `Электронная таблица больше ${p.limit / MB} МБ.`;
      case 'unpacks-too-large':
        return `В распакованном виде электронная таблица больше ${p.limit / MB} МБ.`;
      case 'not-xlsx': {
        const why =
          p.detail === 'not-zip'
            ? 'это не zip-архив'
            : p.detail === 'no-workbook'
              ? 'нет xl/workbook.xml'
              : p.detail === 'no-worksheet'
                ? 'нет ни одного листа'
                : 'часть обрезана или её XML повреждён';
        return `Это не читаемая электронная таблица .xlsx (${why}). Сохраните её как книгу Excel (.xlsx).`;
      }
      case 'not-calculated':
        if (p.why === 'manual')
          return `Формула =${quote(p.formula)} сохранена с результатом ${p.stored}, но, возможно, ни разу не вычислялась (книга вычисляется только по запросу и сохранена без вычисления, как пишет её ручной режим xlsxwriter): пересчитайте и сохраните её в табличной программе или введите значение.`;
        if (p.why === 'defaults')
          return `Формула =${quote(p.formula)} сохранена с результатом ${p.stored}, как и все формулы книги, и ничто не показывает, что книга когда-либо вычислялась (в ней нет цепочки вычислений, которую сохраняет Excel; так выглядит файл, записанный xlsxwriter и преобразованный LibreOffice): пересчитайте и сохраните её в Excel или введите значение.`;
        return `Формула =${quote(p.formula)} сохранена с результатом ${p.stored}, но ни разу не вычислялась (книга требует пересчёта при открытии, как файлы, записанные xlsxwriter или pandas): откройте и сохраните её в табличной программе или введите значение.`;
      case 'percent-not-unit':
        return `Ячейка в процентном формате (показывает ${p.shown} %), но этот показатель измеряется в ${p.unit}, а не в %: задайте ячейке числовой формат с нужным значением (${p.value} или ${p.shown}).`;
      case 'ambiguous-marker':
        return `«${quote(p.text)}» в одних таблицах означает «нет данных», в других — «неприменимо»: оставьте значение пустым и укажите not-reported или not-applicable в столбце status.`;
      case 'which-sheet':
        return `Таблица значений есть на нескольких листах (${p.sheets.join(', ')}): выберите лист для чтения (--sheet ИМЯ в командной строке).`;
      case 'hidden-sheet':
        return `Единственная таблица значений находится на скрытом листе «${p.sheet}»: покажите его или выберите этот лист для чтения (--sheet в командной строке).`;
      case 'no-such-sheet':
        return `В книге нет листа «${quote(p.name)}» (её листы: ${p.sheets.join(', ')}).`;
      case 'other-format':
        return OTHER_FORMATS[p.format];
      case 'too-many-rows':
        return `В файле больше ${p.limit} строк; в таблице значений по одной строке на показатель.`;
      case 'too-many-columns':
        return `В строке больше ${p.limit} столбцов; в таблице значений их не более 21.`;
    }
  },
  docWhat: (p) => {
    switch (p.kind) {
      case 'wrong-type':
        return `ожидается ${listText(
          p.expected.map((t) => TYPE_WORDS[t]),
          'disjunction',
        )}.`;
      case 'too-long':
        return `текст длиннее ${chars(p.limit)}.`;
      case 'too-short':
        return p.limit === 1 ? 'пусто; ожидается текст.' : `текст короче ${chars(p.limit)}.`;
      case 'not-one-of':
        return `«${quote(p.value)}» — не одно из значений ${listText(p.allowed.map(String), 'disjunction')}.`;
      case 'below':
        return p.exclusive ? `ожидается число больше ${p.limit}.` : `ожидается число не меньше ${p.limit}.`;
      case 'above':
        return `ожидается число не больше ${p.limit}.`;
      case 'not-whole':
        return 'ожидается целое число.';
      case 'not-finite':
        return 'не конечное число.';
      case 'pattern':
        return `«${quote(p.value)}» — не ${FORMS[p.form]}.`;
      case 'missing':
        return 'отсутствует.';
      case 'unknown-field':
        return `неизвестное поле «${quote(p.name)}».`;
      case 'forbidden-key':
        return `ключ «${p.key}» не допускается.`;
      case 'repeated-key':
        return 'ключ записан в своём объекте больше одного раза: нельзя знать, какое из его значений имеется в виду, поэтому он отклонён.';
      case 'too-many':
        return `больше ${p.limit} ${f(p.limit, 'элемента', 'элементов', 'элементов')}.`;
      case 'unknown-datapoint':
        return `неизвестная точка данных «${quote(p.id)}».`;
      case 'unknown-profile-field':
        return `неизвестное поле «${quote(p.name)}».`;
      case 'duplicate-id':
        return `«${quote(p.id)}» встречается дважды.`;
      case 'reason-required':
        return 'для «not-verifiable» нужна причина.';
      case 'blank-text':
        return 'ожидается текст.';
      case 'not-year':
        return `ожидается целый год между ${p.min} и ${p.max}.`;
      case 'not-target':
        return 'ожидается число ≥ 0 или «none».';
      case 'bad-id':
        return `ожидается текст от 1 до ${p.limit} ${f(p.limit, 'символа', 'символов', 'символов')}.`;
      case 'not-time':
        return 'ожидается время (мс с 1970 года).';
      case 'bad-shape':
        return `ожидается ${SHAPES[p.shape]}.`;
      case 'schema':
        return `отклонено схемой (${p.keyword}).`;
      case 'bad-version':
        return 'нет допустимого поля «version».';
      case 'migration-failed':
        return `не удалось перевести из версии формата ${p.from} в версию ${p.to}.`;
    }
  },
  note: (n, at) => {
    switch (n.kind) {
      case 'kept-as-text':
        return `${at}: «${quote(n.text)}» — текст; он сохранён как написан и не учитывается в баллах, пока не будет исправлен.`;
      case 'reset-time':
        return `${at}: ${quote(n.value)} — недопустимое время; заменено текущим.`;
      case 'reset-revision':
        return `${at}: ${quote(n.value)} вне диапазона; сброшено на 0.`;
    }
  },
  inAssessment: (k) => `оценка ${k}: `,
  tableNote: (n) =>
    n.kind === 'sheet-read'
      ? `Прочитан лист «${n.sheet}» (из ${n.of}${n.hidden.length > 0 ? `; скрытые, не прочитаны: ${n.hidden.join(', ')}` : ''}).`
      : `Столбец ${n.column} (0, 1, 2… или 1, 2, 3… без заголовка: индекс строк, как его пишут pandas и R) пропущен.`,
  parseError: (e) => {
    switch (e.kind) {
      case 'not-json':
        return `Файл не является допустимым JSON (${e.detail}).`;
      case 'too-large':
        return `Файл больше ${e.limit / MB} МБ и не был прочитан.`;
      case 'not-an-assessment':
        return e.workspace
          ? 'Это не оценка SSC Workbench и не файл рабочего пространства.'
          : 'Это не оценка SSC Workbench (ожидается "format": "ssc-workbench/assessment").';
      case 'newer-version':
        return e.workspace
          ? `Это рабочее пространство записано более новой версией программы (версия формата ${e.version}; это приложение читает до версии ${e.max}). Обновите приложение, чтобы открыть его.`
          : `Эта оценка записана более новой версией программы (версия формата ${e.version}; это приложение читает до версии ${e.max}). Обновите приложение, чтобы открыть её.`;
      case 'wrong-framework':
        return `Оценка использует рамочную систему «${quote(e.framework)}», а не «${e.expected}».`;
      case 'invalid':
        return `В оценке ${count(e.problems.length, 'проблема', 'проблемы', 'проблем')}.`;
      case 'none-read':
        return `Не удалось прочитать ни одной оценки из файла рабочего пространства (отклонено: ${e.refused.length}).`;
    }
  },
};
