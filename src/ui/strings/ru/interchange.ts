/** Russian words of export, share links, import and compare (the English `X` in ../interchange.ts is the contract). */
import type { Translation } from '../languages';
import type { X as EN } from '../interchange';
import type { DecimalChoice } from '../../../engine/csv';
import type { LinkError } from '../../../share/link';
import { n } from './plural';

const ASSESSMENTS = ['оценка', 'оценки', 'оценок'] as const;
const TARGETS = ['цель', 'цели', 'целей'] as const;

const MB = 1024 * 1024;

/** Why a share link did not open, in words (every kind of LinkError, as in English). */
function linkProblem(error: LinkError): string {
  switch (error.kind) {
    case 'malformed':
      return 'Эта ссылка повреждена или неполна: возможно, её обрезали при копировании.';
    case 'not-a-link':
      return 'Это не ссылка для обмена SSC Workbench.';
    case 'needs-passphrase':
      return 'Эта ссылка защищена парольной фразой.';
    case 'cannot-decrypt':
      return error.mode === 'passphrase' ? 'Парольная фраза неверна, или ссылка была изменена.' : 'Ссылка изменена или обрезана: её нельзя открыть.';
    case 'too-long':
      return `Эта ссылка длиннее любой ссылки, которую создаёт приложение (${n(error.limit, 'символ', 'символа', 'символов')}); она не открыта.`;
    case 'too-large':
      return `Ссылка распаковывается более чем в ${error.limit / MB} МБ; она отклонена.`;
  }
}

export const X: Translation<typeof EN> = {
  exportTitle: 'Экспорт и обмен',
  exportHelp: 'Файлы создаются и сохраняются этим браузером; ничего не выгружается.',
  exportJson: 'Оценка в JSON',
  exportJsonHint: 'Всё и в точности: файл для резервной копии, переноса в другой браузер или отправки коллеге.',
  exportCsv: 'Значения в CSV',
  exportCsvHint: 'По строке на точку данных — для электронной таблицы или другого инструмента.',
  exportXlsx: 'Excel (.xlsx)',
  exportXlsxHint:
    'Значения с результатами (цель, баллы, диапазон), оценки с охватом, профиль города и цели с обоснованием — в виде книги Excel. Импортируется обратно со значениями, которые в ней есть.',
  workbook: {
    sheets: { Values: 'Значения', Scores: 'Оценки', Profile: 'Профиль', Targets: 'Цели' },
    columns: {
      level: 'уровень',
      code: 'код',
      name: 'название',
      percent: 'процент',
      band: 'диапазон',
      points: 'баллы',
      'max points': 'макс. баллов',
      reported: 'представлено',
      benchmarked: 'с ориентиром',
      expected: 'ожидается',
      field: 'поле',
      label: 'подпись',
      unit: 'единица',
      value: 'значение',
      datapoint: 'точка данных',
      target: 'цель',
      origin: 'происхождение',
      rationale: 'обоснование',
      source: 'источник',
      basis: 'основа',
      'own target': 'собственная цель',
      'own deadline': 'собственный срок',
      'own baseline': 'собственная база',
      'own baseline year': 'год собственной базы',
      'scored by': 'оценено по',
    },
  },
  exportScores: 'Таблица оценок (CSV)',
  exportScoresHint:
    'По строке на точку данных и на оценку (общая, измерения, подизмерения, категории) с достижением, баллами, диапазоном и охватом — для R, pandas или DuckDB.',
  exportScoresParquet: 'Таблица оценок (Parquet)',
  exportScoresParquetHint: 'Таблица оценок с типами столбцов в формате Apache Parquet: для DuckDB, pandas, R (arrow) или polars по всей программе.',
  exportTargets: 'Файл целей (CSV)',
  exportTargetsHint: 'Действующие цели: заданные для этой оценки, иначе эталонные.',
  exportSdmxCsv: 'SDMX-CSV',
  exportSdmxCsvHint:
    'Одно наблюдение на точку данных по структуре данных U4SSC (sdmx/u4ssc-structure.xml), для инструментов SDMX статистического ведомства. «Не представлено» и «неприменимо» — это статусы, а не нули. Импортируется обратно как содержащиеся в нём значения.',
  exportSdmxMl: 'SDMX-ML (XML)',
  exportSdmxMlHint: 'Те же наблюдения в виде структурно-специфичных данных SDMX-ML 2.1, для реестров и валидаторов SDMX.',
  exportDhis2Values: 'Значения DHIS2 (JSON)',
  exportDhis2ValuesHint:
    'Набор значений данных по кодам (idScheme=CODE) для экземпляра DHIS2, собирающего данные U4SSC; статус, качество, год и источник — в комментарии к каждому значению. Импортируется обратно как содержащиеся в нём значения.',
  exportDhis2Metadata: 'Метаданные DHIS2 (JSON)',
  exportDhis2MetadataHint: 'Элементы данных U4SSC, категории их точек данных и набор данных — импортируются в DHIS2 один раз перед значениями.',
  exportOpenSdg: 'Open SDG (zip)',
  exportOpenSdgHint:
    'По одному CSV на KPI в формате данных Open SDG (Year, City, Series, Units, GeoCode, Value) с метаданными, для сайта Open SDG города. Импортируется обратно как публикуемые в нём значения.',
  exportAll: 'Скачать всё (zip)',
  exportAllHint: 'Все перечисленные выше экспорты в одном zip, вместе со структурой данных SDMX.',
  libraryAll: 'Все форматы (zip)',
  libraryAllHint: 'Все экспорты всех оценок в одном zip, по папке на оценку.',
  libraryAllWriting: (done, of) => `Запись zip: ${done} из ${of} оценок…`,
  libraryAllDone: (n) => `Zip с оценками (${n}) скачан.`,
  exportShare: 'Ссылка для обмена…',
  exportShareHint: 'Зашифрованная ссылка, открывающая эту оценку в другом браузере.',
  preparing: 'Подготовка…',
  saved: (file) => `Сохранено: ${file}.`,
  exportFailed: (message) => `Не удалось создать файл: ${message}`,

  shareTitle: 'Ссылка для обмена',
  shareModeLegend: 'Как защищена ссылка',
  shareModeKey: 'Ключ в ссылке',
  shareModeKeyHint: 'Открыть может любой, у кого есть полная ссылка. Просто — для доверенного канала.',
  shareModePassphrase: 'Парольная фраза',
  shareModePassphraseHint: 'Одной ссылки недостаточно: сообщите парольную фразу отдельно (по телефону, лично).',
  passphrase: 'Парольная фраза',
  passphraseConfirm: 'Повторите парольную фразу',
  passphraseTooShort: (min) => `Используйте парольную фразу не короче ${min} символов.`,
  passphraseMismatch: 'Парольные фразы не совпадают.',
  createLink: 'Создать ссылку',
  creatingLink: 'Шифрование…',
  linkLabel: 'Ссылка для отправки',
  copy: 'Копировать',
  copied: 'Скопировано в буфер обмена.',
  copyManually: 'Копирование здесь запрещено: ссылка выделена, нажмите Ctrl+C (⌘C на Mac).',
  linkReady: (chars) => `Ссылка готова (символов: ${chars}).`,
  linkTooLong: (chars, max) =>
    `Эта оценка даёт ссылку длиной ${chars} символов — больше ${max}, которые почтовые программы и мессенджеры передают надёжно. Отправьте вместо неё файл JSON оценки.`,
  linkFailed: (message) => `Не удалось создать ссылку: ${message}`,
  downloadJsonInstead: 'Сохранить файл JSON оценки',
  close: 'Закрыть',
  securityTitle: 'Что защищает шифрование, а что нет',
  securityPoints: [
    'Оценка сжимается и шифруется в этом браузере; копия не хранится ни на каком сервере, и ссылка никуда её не отправляет.',
    'Всё, что после # в ссылке, остаётся в браузере: это никогда не отправляется на сервер приложения, поэтому серверы, прокси и их журналы не могут прочитать оценку.',
    'Любой, у кого есть полная ссылка, может открыть оценку. В режиме парольной фразы нужна ещё и фраза, которая никогда не хранится и не попадает в ссылку: сообщите её отдельно.',
    'Изменённая или обрезанная ссылка не открывается вовсе, так что получатель никогда не увидит искажённых значений.',
    'Любой, кто может прочитать ссылку, может сохранить копию: отправленную ссылку нельзя отозвать.',
  ],

  previewTitle: 'Открыть присланную оценку',
  decoding: 'Открытие ссылки…',
  passphrasePrompt: 'Эта ссылка защищена парольной фразой. Введите её, чтобы открыть оценку.',
  openWithPassphrase: 'Открыть',
  previewIntro: 'Ссылка содержит эту оценку. Она будет добавлена как новая; ничего сохранённого в этом браузере не изменится.',
  previewCity: 'Город',
  previewCountry: 'Страна',
  previewYear: 'Год',
  previewValues: 'Введено значений',
  previewScore: 'Итоговый результат',
  previewScoreNone: 'результата ещё нет',
  openAsNew: 'Открыть как новую оценку',
  cancel: 'Отмена',
  linkDocumentProblem: 'Ссылка открылась, но её содержимое — не допустимая оценка.',
  linkProblem,
  opened: (name) => `${name} открыта как новая оценка.`,

  importTitle: 'Импорт',
  importHelp:
    'Файл JSON оценки или рабочего пространства, значения в CSV или таблица значений Excel (.xlsx). Вы видите прочитанное до того, как что-либо сохраняется; ячейка, которая не является числом, сохраняется как текст с причиной, как в таблице, и не учитывается в баллах.',
  chooseFile: 'Выбрать файл',
  dropHere: 'или перетащите файл сюда',
  reading: (name) => `Чтение ${name}…`,
  readingLoaded: (name, loaded, total) => `Загрузка ${name}: ${loaded} из ${total}`,
  readingParsing: (name) => `Чтение содержимого ${name}…`,
  readingProgress: 'Ход чтения',
  readingCancel: 'Отменить чтение',
  readingCancelled: (name) => `Чтение ${name} отменено; ничего не изменено.`,
  fileTooLarge: (size, max) => `Размер файла ${size}; файлы больше ${max} не читаются.`,
  unknownKind: (name, endings) =>
    `«${name}» — не файл, который читает приложение: используйте ${endings.length > 1 ? `${endings.slice(0, -1).join(', ')} или ${endings[endings.length - 1]}` : endings.join('')}.`,
  notRead: (name) => `${name} не импортирован:`,
  problemsCount: (k) => `${n(k, 'проблема', 'проблемы', 'проблем')}; ничего не сохранено.`,
  problemAt: (row, column, message, cell) =>
    cell !== undefined
      ? `Ячейка ${cell}: ${message}`
      : row === undefined
        ? message
        : column
          ? `Строка ${row}, столбец ${column}: ${message}`
          : `Строка ${row}: ${message}`,
  read1252: 'Прочитать как Windows-1252',
  read1252Hint:
    'Только если файл сохранён в Excel в формате «CSV» или другой западной программой для Windows: тогда буквы с диакритикой читаются так, как их записала эта программа.',
  decimalLegend: 'Десятичный разделитель в этом файле',
  decimalFrom: (choice: DecimalChoice): string => {
    const mark = choice.mark === 'point' ? 'точка' : 'запятая';
    switch (choice.from) {
      case 'declared':
        return `Прочитано с десятичным разделителем «${mark}», как вы выбрали.`;
      case 'file':
        return `Прочитано с десятичным разделителем «${mark}»: это видно по числам самого файла (строка ${choice.row}: «${choice.text}»).`;
      case 'setting':
        return choice.conflict
          ? `Числа в файле используют оба разделителя; прочитано с десятичным разделителем «${mark}» (ваша настройка). Числа, которые читаются двояко, отклоняются.`
          : `Ничто в файле не показывает его десятичный разделитель; прочитано с десятичным разделителем «${mark}» (ваша настройка). Числа, которые читаются двояко, отклоняются.`;
    }
  },
  decimalPointFile: 'Точка (12.5)',
  decimalCommaFile: 'Запятая (12,5)',
  sheetLegend: 'Лист для чтения',
  sheetHidden: (name) => `${name} (скрыт)`,
  sheetChoose: 'Выберите лист',
  readingNotes: 'Примечания к чтению',
  readFailed: (message) => `Не удалось прочитать файл: ${message}`,
  readyJson: (k) => `Готово к импорту: ${n(k, ...ASSESSMENTS)}:`,
  docLine: (city, year, values) => `${city} ${year}, введено: ${n(values, 'значение', 'значения', 'значений')}`,
  clashNotice: (k, total) =>
    k === total && k === 1 ? 'Эта оценка уже хранится в этом браузере.' : `Из этих оценок (${total}) уже хранятся в этом браузере: ${k}.`,
  clashLegend: 'Уже сохранённые оценки',
  clashAsNew: 'Добавить как новые оценки (рекомендуется): сохранённые останутся как есть.',
  clashReplace: 'Заменить сохранённые копии копиями из файла.',
  confirmReplace: (k) => `Заменить сохранённые оценки (${k})? Их текущее содержимое пропадёт, если вы его не экспортировали.`,
  replaceNow: (k) => `Заменить (${k})`,
  importAsNew: 'Открыть как новую оценку',
  importAll: (k) => (k === 1 ? 'Открыть как новую оценку' : `Импортировать: ${n(k, ...ASSESSMENTS)}`),
  importReplace: 'Импортировать с заменой…',
  imported: (k) => `Импортировано: ${n(k, ...ASSESSMENTS)}.`,
  rejectedCells: (k) =>
    `Не число в ${n(k, 'ячейке', 'ячейках', 'ячейках')}: значения сохранены как текст, как в таблице, и не учитываются в баллах до исправления:`,
  ignoredCells: (k) => `Пропущено: ${n(k, 'ячейка', 'ячейки', 'ячеек')} (статус, качество, год или цель, которые недопустимы):`,
  resultColumnsNotRead: (columns) =>
    `В файле есть и столбцы результатов (${columns}). Они не читаются: оценки ниже заново рассчитываются по исходным данным, поэтому изменения в этих столбцах не импортируются.`,
  readyTable: (rows) => `Прочитано точек данных: ${rows}. Назовите новую оценку:`,
  city: 'Город',
  country: 'Страна',
  year: 'Год',
  cityRequired: 'Введите название города.',
  yearInvalid: (min, max) => `Введите год от ${min} до ${max}.`,
  createFromTable: 'Создать оценку',
  importedNote: (file) => `Импортировано из ${file}.`,
  storeFailed: (message) => `Ничего не сохранено: ${message}`,
  storeQuota: 'В браузере не осталось места для этого сайта; ничего не импортировано.',
  tableRead: (rows) => `Прочитано точек данных: ${rows}.`,
  destLegend: 'Импортировать как',
  destNew: 'Новую оценку',
  destUpdate: 'Обновление оценки, сохранённой в этом браузере',
  destPick: 'Обновляемая оценка',
  destPickMore: (shown, total) => `В списке ${shown} из ${total}: введите часть названия города, страны или год, чтобы сузить список.`,
  destPickNone: 'Ни одна сохранённая оценка не подходит.',
  destMatchId: 'Файл — копия этой оценки (тот же идентификатор): предлагается обновить её, чтобы не создавать вторую копию.',
  destMatchName: 'Сохранена оценка того же города и года: предлагается обновить её.',
  scoresPreviewTitle: 'Баллы, которые даст файл',
  previewCols: { level: 'Уровень', now: 'Сейчас', after: 'После обновления', file: 'По файлу' },
  previewCounts: (scored, rejected, missing) =>
    `Точек данных с баллами: ${scored}; отклонено (непригодны в введённом виде): ${rejected}; не представлено: ${missing}.`,
  updateSummary: (changed, added, unchanged) =>
    `Изменится точек данных: ${changed}; добавится: ${added}; без изменений: ${unchanged}. Статусы проверки, обсуждения и всё, чего нет в файле, сохраняются.`,
  updateNothing: 'В файле то же, что уже сохранено: ничего не изменится.',
  updateCols: { item: 'Элемент', now: 'Сейчас', after: 'После обновления' },
  infoNames: { city: 'Город', country: 'Страна', year: 'Год', notes: 'Примечания' },
  updateMethod: 'Метод подсчёта меняется на указанный в файле.',
  updateCycle: (k) => `Добавлено или изменено записей проверки (статусы, сообщения, подтверждения, рекомендации, действия): ${k}.`,
  updateLocal: (k) => `Местных показателей вашей системы, значения которых добавлены, изменены или удалены: ${k}.`,
  updateLocalFramework: 'Файл называет для этой оценки другую собственную систему показателей; она будет названа вместо текущей.',
  updateFrozen: 'Эта оценка заморожена и не может быть изменена: импортируйте файл как новую оценку или начните её новую версию.',
  updateButton: (name) => `Обновить ${name}`,
  updated: (name, k) => `${name} обновлена, изменений: ${k}.`,
  undone: (name) => `Обновление ${name} отменено.`,

  targetsTitle: 'Импорт файла целей',
  targetsHelp: 'CSV со столбцами code, datapoint, target, rationale, source (как их записывает экспорт файла целей). Задаёт цели только для этой оценки.',
  chooseTargetFile: 'Выбрать файл целей',
  targetsSummary: (inFile, changing) => `В файле ${n(inFile, ...TARGETS)}; действующую цель меняют: ${changing}.`,
  targetsApply: (k) => `Применить: ${n(k, ...TARGETS)}`,
  targetsApplied: (k) => `Применено: ${n(k, ...TARGETS)}.`,
  targetsNoChange: 'Файл задаёт уже действующие цели; ничего не изменится.',
  targetChangeCol: { item: 'Точка данных', before: 'Сейчас', after: 'Из файла' },
  targetNone: 'нет (без эталона)',
  targetRef: (t) => `${t} (эталон)`,
  targetsMore: (k) => `…и ещё ${k}.`,

  compareTitle: (a, b) => `Сравнение: ${a} и ${b}`,
  compareNone: 'У двух оценок одинаковые значения, профиль и цели.',
  compareCount: (k) => `${n(k, 'различие', 'различия', 'различий')}. Для каждого выберите, какую версию сохранит объединённая оценка.`,
  compareCols: { item: 'Элемент', kind: 'Что', a: 'A', b: 'B', keep: 'Оставить' },
  kindLabel: { profile: 'Профиль города', value: 'Значение', target: 'Цель', 'own-target': 'Собственная цель', 'scoring-targets': 'Цели для баллов' },
  keepA: 'A',
  keepB: 'B',
  keepLabel: (which, item) => `Оставить ${which} для: ${item}`,
  allA: 'Везде выбрать A',
  allB: 'Везде выбрать B',
  empty: '(пусто)',
  fieldNames: {
    numerator: 'числитель',
    denominator: 'знаменатель',
    value: 'значение',
    status: 'статус',
    quality: 'качество',
    source: 'источник',
    year: 'год',
    note: 'примечание',
  },
  targetRationale: (t, rationale) => `${t} — ${rationale}`,
  scoresTitle: 'Результаты',
  scoresCols: { level: 'Уровень', a: 'A', b: 'B' },
  overall: 'Итого',
  percent: (v) => `${v} %`,
  notScored: '—',
  mergeSummary: (k) => `Объединённая оценка берёт из B ${n(k, 'элемент', 'элемента', 'элементов')}, всё остальное — из A.`,
  merge: 'Объединить в новую оценку',
  mergedNotes: (a, b, fromB) => `Объединено из ${a} (A) и ${b} (B): из B взято ${n(fromB, 'элемент', 'элемента', 'элементов')}, остальное — из A.`,
  sideLabel: (which, name) => `${which}: ${name}`,
  assessmentName: (city, year) => `${city} ${year}`,
};
