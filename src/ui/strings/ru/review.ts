/** Russian words of the U4SSC cycle: review, queries, evidence, freezing, recommendations (the English `V` in ../review.ts is the contract). */
import type { CycleConflict } from '../../../engine/cycle-merge';
import type { ActionStatus, RecScope, ReviewProblem, ReviewState, ThreadKind } from '../../../engine/review';
import type { Translation } from '../languages';
import type { V as EN } from '../review';
import { f, n } from './plural';

const STATE: Record<ReviewState, string> = {
  draft: 'Черновик',
  submitted: 'Передано на проверку',
  queried: 'Задан вопрос',
  answered: 'Дан ответ',
  verified: 'Проверено',
  'not-verifiable': 'Не поддаётся проверке',
};

const MOVE: Record<ReviewState, string> = {
  draft: 'Вернуть в черновик',
  submitted: 'Передать на проверку',
  queried: 'Задать вопрос',
  answered: 'Ответить',
  verified: 'Подтвердить',
  'not-verifiable': 'Не поддаётся проверке…',
};

const THREAD: Record<ThreadKind, string> = { question: 'Вопрос', answer: 'Ответ', resolution: 'Решение' };
const ACTION_STATUS: Record<ActionStatus, string> = { planned: 'Запланировано', 'in-progress': 'Выполняется', done: 'Выполнено', dropped: 'Отменено' };
const SCOPE: Record<RecScope, string> = { datapoint: 'Точка данных', category: 'Категория', dimension: 'Измерение' };

export const V: Translation<typeof EN> = {
  state: (s) => STATE[s],
  move: (s) => MOVE[s],
  stale: 'изменено после проверки',
  staleState: 'Передано на проверку (изменено после проверки)',
  unfoundedState: 'Передано на проверку (проверено без допустимого значения)',
  openQuery: 'открытый вопрос',
  stampLine: (state, by, when) => `${state} · ${by} · ${when}`,
  reviewColumn: 'Проверка',
  filterUnverified: 'Ещё не проверенные',
  filterOpenQueries: 'Открытые вопросы',
  problem: (p: ReviewProblem): string => {
    switch (p.kind) {
      case 'not-allowed':
        return `Точка данных в состоянии «${STATE[p.from]}» не может перейти в состояние «${STATE[p.to]}».`;
      case 'reason-required':
        return 'Укажите, почему значение нельзя проверить.';
      case 'text-required':
        return p.to === 'queried'
          ? 'Сначала напишите вопрос: запрос — это его слова, а не одно состояние.'
          : 'Сначала напишите ответ: ответ — это его слова, а не одно состояние.';
      case 'no-valid-value':
        return p.standing === 'rejected'
          ? 'Значение этой точки данных отклонено (см. её отметки): исправьте его или отметьте точку как не представленную или неприменимую, прежде чем передавать или проверять.'
          : 'У этой точки данных ещё нет значения: введите его или отметьте точку как не представленную или неприменимую, прежде чем передавать или проверять.';
      case 'self-verify':
        return `${p.by} передал(а) или последним(ей) изменил(а) это значение. Чтобы проверить его под тем же именем, используйте «Проверить своё значение»: отчёт считает такие отдельно.`;
      case 'no-name':
        return 'Сначала введите своё имя: им подписывается каждый шаг проверки.';
    }
  },

  nameLabel: 'Ваше имя',
  nameHint: 'Подписывает каждый шаг проверки, вопрос и ответ. Вводится один раз и хранится только в этом браузере.',
  nameSave: 'Сохранить имя',
  nameSaved: (name) => `Подпись: ${name}.`,
  nameChange: 'Изменить',

  panelTitle: 'Проверка',
  panelEmpty: 'Выберите точку данных в таблице, чтобы проверить её.',
  currentState: 'Состояние',
  reasonLabel: 'Почему её нельзя проверить',
  confirmNotVerifiable: 'Отметить как не поддающуюся проверке',
  selfVerify: 'Проверить своё значение',
  cancel: 'Отмена',
  threadTitle: 'Вопросы',
  threadEmpty: 'По этой точке данных вопросов нет.',
  threadKind: (k) => THREAD[k],
  threadEntry: (kind, by, when) => `${THREAD[kind]} · ${by} · ${when}`,
  newEntry: 'Напишите вопрос, ответ или решение',
  ask: 'Спросить (вопрос)',
  answer: 'Ответить',
  resolve: 'Закрыть вопрос',
  emptyText: 'Сначала напишите текст.',
  versionLabel: (k) => `Версия ${k}`,
  versionOpen: 'не заморожена',
  versionFrozen: (by) => `заморожена: ${by}`,
  versionVerified: (by) => `проверена, заморожена: ${by}`,
  versionParent: (print) => `новая версия ${print}…`,
  versionOrigin: (kind, name, when, signer) =>
    `${kind === 'file' ? `импортирована из ${name}` : kind === 'link' ? 'открыта по ссылке' : `объединена с ${name}`} ${when}${signer ? `, подписал(а) ${signer}` : ''}`,
  versionChanged: (when) => `изменена ${when}`,
  annexChangedTitle: 'Значения, изменённые после передачи, с их историей',
  historyTitle: 'История этого значения',
  historyEmpty: 'Изменений пока не записано: значения и шаги проверки записываются по мере того, как они делаются.',
  historyValue: (value, by, when) => `Значение ${value} · ${by} · ${when}`,
  historyStep: (st, by, when) => `${STATE[st]} · ${by} · ${when}`,
  historySelf: 'своё значение',
  historyEmptied: 'очищено',
  historyNoName: 'имя не указано',
  historyDropped: (k, limit) =>
    `${n(k, 'более старая запись не сохранена', 'более старые записи не сохранены', 'более старых записей не сохранено')}: сохраняются последние ${limit}.`,
  frozenNoEdit: 'Эта оценка зафиксирована: её нельзя изменить. Чтобы редактировать, начните новую версию.',
  frozenRefused:
    'Эта оценка зафиксирована: изменение отклонено, ничего не сохранено; снова показаны зафиксированные значения. Чтобы редактировать, начните новую версию.',

  evidenceTitle: 'Подтверждающие документы',
  evidenceEmpty: 'Ссылок на документы пока нет.',
  evidenceFields: { title: 'Название', location: 'URL или имя файла', page: 'Страница', date: 'Дата' },
  evidenceAdd: 'Добавить ссылку',
  evidenceRemove: (title) => `Удалить ссылку: ${title}`,
  evidenceNeedsTitle: 'Дайте ссылке название.',
  evidenceLine: (title, location, page, date) => [title, location, page ? `с. ${page}` : '', date].filter(Boolean).join(' · '),
  evidenceNote: 'Ссылки передаются вместе с оценкой в файлах и ссылках; сами документы не отправляются.',

  viewTitle: 'Проверка',
  viewIntro:
    'Состояние проверки этой оценки: каждая применимая точка данных с её состоянием, открытые вопросы и то, что ещё не проверено, по категориям. Откройте точку данных, чтобы проверить её рядом с таблицей.',
  countsTitle: 'Точки данных по состоянию проверки',
  countsCaption: 'Состояния проверки применимых точек данных',
  stateCol: 'Состояние',
  countCol: 'Точки данных',
  submitAll: (k) => `Передать на проверку все черновики (${k})`,
  notSubmittable: (empty, rejected) => `Не переданы, перечислены здесь первыми: пустые ${empty}, отклонённые ${rejected}.`,
  submitted: (k) => `На проверку ${f(k, 'передана', 'переданы', 'передано')} ${n(k, 'точка данных', 'точки данных', 'точек данных')}.`,
  openQueriesTitle: (k) => `Открытые вопросы (${k})`,
  openQueriesNone: 'Открытых вопросов нет.',
  unverifiedTitle: (k) => `Ещё не проверены (${k})`,
  unverifiedNone: 'Каждая применимая точка данных проверена или отмечена как не поддающаяся проверке.',
  categoryCount: (code, name, k) => `${code} ${name} (${k})`,
  open: (label) => `Открыть ${label} в таблице`,
  lastQuestion: 'Последний вопрос',

  freezeTitle: 'Фиксация и отпечаток',
  freezeHint:
    'Фиксация делает эту оценку доступной только для чтения и записывает её отпечаток (SHA-256 её данных), чтобы любой мог убедиться, что файл — именно тот, который был проверен. Правка после этого начинает новую версию, в которой эта записана как родительская.',
  freeze: 'Зафиксировать эту оценку',
  freezeSummary: (verified, unverified, rejected, open) =>
    `Проверено: ${verified}. Не проверено: ${unverified}. Отклонённые значения: ${rejected}. Открытые вопросы: ${open}.`,
  freezeAsk: 'Зафиксировать с этой сводкой? Зафиксированную оценку изменить нельзя; её новую версию — можно.',
  freezeConfirm: 'Зафиксировать сейчас',
  frozen: (by, when) => `Зафиксировано: ${by}, ${when}.`,
  newVersion: 'Начать новую версию для правки',
  newVersionMade: (name) => `Начата новая версия: ${name}.`,
  parentLine: (fp) => `Начата с зафиксированной версии с отпечатком ${fp}.`,
  fingerprint: 'Отпечаток (SHA-256)',
  fingerprintMatches: 'Отпечаток совпадает: в этом файле ровно те данные, которые были зафиксированы.',
  fingerprintDiffers: 'Отпечаток не совпадает: этот файл изменён после фиксации.',
  fingerprintCoversData:
    'Этот отпечаток сделан до того, как он стал охватывать саму фиксацию: он подтверждает данные, но не того, кто зафиксировал, когда и родительскую версию.',
  fingerprintOf: (name) => `Зафиксированный файл ${name}:`,

  statementTitle: 'Заключение о проверке',
  statement: (verified, total) => `Проверено ${verified} из ${total} ${f(total, 'точки данных', 'точек данных', 'точек данных')}.`,
  statementBy: (names) => `Проверили: ${names}`,
  statementWhen: (from, to) => (from === to ? `${from}.` : `с ${from} по ${to}.`),
  statementNone: 'Ни одна точка данных не проверена.',
  statementNotVerifiable: (k) => `Не поддаются проверке: ${k}.`,
  statementOpen: (k) => `${n(k, 'открытый вопрос', 'открытых вопроса', 'открытых вопросов')} (приложение).`,
  statementConfirmed: (k) => `Из них подтверждено как не представленные или неприменимые: ${k}.`,
  statementSelf: (k) => `Из них проверено тем же именем, что их передало: ${k}.`,
  notFrozen: 'Эта оценка не зафиксирована: её данные ещё могут измениться.',
  annexTitle: 'Приложение: открытые вопросы',
  reviewCol: 'Проверка',
  detailCols: { datapoint: 'Точка данных', state: 'Состояние', by: 'Кто', when: 'Когда', question: 'Вопрос', reason: 'Причина' },

  recsTitle: 'Рекомендации и мероприятия',
  recsHint: 'Проверяющий даёт рекомендации по точке данных, категории или измерению; город превращает рекомендации в мероприятия.',
  scope: (s) => SCOPE[s],
  recScope: 'Относится к',
  recTarget: 'К чему',
  recText: 'Рекомендация',
  recAdd: 'Добавить рекомендацию',
  recNone: 'Рекомендаций пока нет.',
  recLine: (scope, target, by, when) => `${scope} ${target} · ${by} · ${when}`,
  actionFromRec: 'Сделать из неё мероприятие',
  actionsTitle: 'План мероприятий',
  actionNone: 'Мероприятий пока нет.',
  actionFields: {
    title: 'Мероприятие',
    owner: 'Ответственный',
    deadline: 'Срок',
    status: 'Статус',
    datapoints: 'Точки данных, которые оно должно улучшить',
    band: 'Целевой диапазон',
  },
  actionAdd: 'Добавить мероприятие',
  actionStatus: (s) => ACTION_STATUS[s],
  actionRemove: (title) => `Удалить мероприятие: ${title}`,
  actionNeedsTitle: 'Назовите мероприятие.',
  noBand: 'не указан',
  band: (k) => `Диапазон ${k}`,
  unknownCodes: (codes) => `Не точка данных: ${codes}.`,
  pickHint: 'Введите часть названия или кода, затем выберите клавишами ↓ ↑ и Enter.',
  pickNone: 'Ничего не найдено.',
  pickCount: (n) => `Найдено: ${n}.`,
  pickRemove: (code) => `Убрать ${code}`,
  reviewFind: 'Открыть точку данных',
  carried: (year) => `перенесено из ${year}`,
  progressTitle: 'Мероприятия, перенесённые с прошлого года',
  progressCols: { action: 'Мероприятие', status: 'Статус', datapoint: 'Точка данных', before: 'Прошлый год', now: 'Этот год', change: 'Изменение' },

  conflict: (c: CycleConflict, label: (id: string) => string): string => {
    switch (c.kind) {
      case 'review-dropped':
        return `${label(c.id)}: проверка, выполненная ${c.dropped.by}, относилась к значению, которое слияние заменило; она больше не учитывается.`;
      case 'future-stamp':
        return `${label(c.id)}: шаг проверки от ${c.stamp.by} датирован будущим временем; он отклонён.`;
      case 'one-side':
        return `${label(c.id)}: подтверждение «${c.title}» есть только на стороне ${c.side === 'a' ? 'A' : 'B'} (добавлено там или удалено на другой стороне); оно сохранено.`;
      case 'same-time':
        return `${c.what === 'action' ? 'Мероприятие' : 'Рекомендация'} ${c.id}: изменено с обеих сторон одновременно; сохранён вариант стороны A.`;
    }
  },
  mergeRules:
    'Состояния проверки, вопросы, подтверждающие документы, рекомендации и мероприятия сливаются по правилам: записи вопросов обеих сторон сохраняются; побеждает более поздний шаг проверки, но проверка учитывается, только если проверенное значение совпадает со значением после слияния; побеждает более позднее изменение мероприятия.',
};
