/** Russian words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import { sourceText } from '../flags';
import type { Translation } from '../languages';
import type { C as EN } from '../catalogue';
import { n } from './plural';

const CHECK_NAMES: Record<PlausibilityCheck['kind'], string> = {
  below: 'нижняя граница нормы',
  above: 'верхняя граница нормы',
  notAbove: 'логический порядок связанных значений (это не должно превышать другое)',
  sumAtMost: 'сумма не более 100 %',
  sumAbout: 'сумма около 100 % (± 2 %)',
};

export const C: Translation<typeof EN> = {
  change: (c, num, source) => {
    const from = ` (${source(c.source)})`;
    switch (c.kind) {
      case 'measure':
        return `Теперь это ${c.after}, а не ${c.before}${from}. Значение, введённое как ${c.before}, — не ${c.after}: введите ${c.after}. До тех пор значение сохраняется в том виде, в каком было введено, и учитывается в баллах так, как если бы это было ${c.after}.`;
      case 'max-lifted':
        return `Значения выше ${num(c.before)} теперь принимаются${from}. Значение выше ${num(c.before)}, которое раньше отклонялось, теперь учитывается в баллах.`;
      case 'numerator':
        return `Числитель теперь «${c.after}», а не «${c.before}»${from}. Проверьте, что введённое значение учитывает новый числитель.`;
      case 'denominator':
        return `Знаменатель теперь «${c.after}», а не «${c.before}»${from}. Проверьте, что введённое значение использует новый знаменатель.`;
      case 'check-added':
        return `Теперь применяется проверка из Руководства по проверке: ${CHECK_NAMES[c.check]}${from}. Значение не меняется; если оно не проходит проверку, показывается предупреждение.`;
      case 'check-changed':
        return `Проверка теперь — ${CHECK_NAMES[c.after]}, а не ${CHECK_NAMES[c.before]}${from}. Значение не меняется; если оно не проходит проверку, показывается предупреждение.`;
      case 'check-removed':
        return `Проверка ${CHECK_NAMES[c.check]} больше не применяется к этому показателю${from}: страница относит её к другому. Значение не меняется; предупреждение исчезает.`;
      case 'target':
        return c.after === null
          ? `Эталонная цель ${c.before === null ? '' : `(${num(c.before)}) `}удалена: для новой меры нет публичного ориентира${from}. Точка данных представляется, но больше не учитывается в баллах.`
          : `Эталонная цель теперь ${num(c.after)}, а не ${c.before === null ? 'отсутствует' : num(c.before)}${from}. Баллы точки данных могут измениться.`;
    }
  },

  reviewTitle: (k) => `После обновления каталога нужно проверить: ${n(k, 'точка данных', 'точки данных', 'точек данных')}`,
  reviewIntro: (from, to) =>
    `Эта оценка создана с каталогом ${from}; теперь она использует каталог ${to}. Определения точек данных ниже изменились. Каждое значение сохранено в том виде, в каком было введено, и учитывается в баллах по новым определениям; ничего не пересчитано без вашего ведома: прочитайте, что изменилось, проверьте значение и отметьте как прочитанное.`,
  reviewShow: 'Показать в таблице',
  reviewRead: 'Отметить как прочитанное',
  reviewReadAll: 'Отметить всё как прочитанное',
  reviewReadHint: 'Убирает эту заметку из оценки; значение не меняется.',
  reviewWasVerified:
    'Эта точка данных была проверена до этого изменения и считается переданной на проверку, пока её не проверят снова; отметка изменения как прочитанного сохраняет проверку.',
  verifiedUnder: (from) => `Передано на проверку (проверено по каталогу ${from}, определение изменено)`,
  verifiedUnderHint: (from, to) =>
    `Точка данных была проверена по каталогу ${from}; её определение изменилось в каталоге ${to} (см. «Объяснить это число»). Проверьте её снова или отметьте изменение как прочитанное, если оно не влияет на значение.`,
  reviewMarker: (to) => `Определение изменено в каталоге ${to}: проверьте это значение (см. «Объяснить это число»).`,
  reviewLegend: 'Определение изменено при обновлении каталога: проверить',
  explainChanges: 'Обновление каталога',
  explainChangesIntro: (from, to) => `Изменено между каталогом ${from} и ${to}:`,

  basisJudgement: 'Оценка самой программы: ни один публичный документ не задаёт это число. Замените его ориентиром вашей программы, если он есть.',
  basisPublic: 'Основано на указанном публичном источнике.',
  explainBasis: 'Основание',

  explainAlternatives: 'Где источники расходятся',
  alternative: (about, choice, alternative, source) => `${about}: в этом каталоге принято ${choice}. Альтернатива: ${alternative}. (${source})`,

  entered: (value, unit, factor, result, target) => `введено как ${value} ${unit} × ${factor} = ${result} ${target}`,
  conversionHint: (units) =>
    `Введите значение в ${units} (например, «40 ppb»), чтобы пересчитать его при вводе; введённая единица записывается вместе со значением.`,
  conversionsOffered: 'Пересчёты, доступные при вводе',
  conversionItem: (unit, factor, source) => `${unit} × ${factor} (${sourceText(source)})`,

  formula: (p) => {
    const at = (k: number) => ` (символ ${k + 1})`;
    switch (p.kind) {
      case 'empty':
        return 'Формула пуста.';
      case 'too-long':
        return `Длина формулы — ${p.length} символов; читается не более ${p.limit}.`;
      case 'too-deep':
        return `В формуле скобки или функции вложены глубже ${p.limit} уровней${at(p.at)}.`;
      case 'unexpected-character':
        return `«${p.char}» не входит в язык формул${at(p.at)}.`;
      case 'unexpected-end':
        return `Формула обрывается там, где ожидалось число, имя или скобка${at(p.at)}.`;
      case 'unexpected-token':
        return `«${p.token}» здесь не ожидалось${at(p.at)}.`;
      case 'unclosed':
        return `Открытая здесь скобка «${p.bracket}» не закрыта${at(p.at)}.`;
      case 'unknown-function':
        return `«${p.name}» — не функция языка формул (min, max, sum, if, abs, and, or, not)${at(p.at)}.`;
      case 'arity':
        return `${p.name} принимает ${p.max === null ? `не менее ${p.min}` : p.min === p.max ? `${p.min}` : `от ${p.min} до ${p.max}`} аргумент(ов), а не ${p.given}${at(p.at)}.`;
      case 'unknown-name':
        return `«${p.name}» — не входные данные этой точки данных${p.inputs.length ? ` (её входные данные: ${p.inputs.join(', ')})` : ''}${at(p.at)}.`;
      case 'unknown-profile':
        return `«${p.field}» — не поле профиля города${at(p.at)}.`;
      case 'unknown-datapoint':
        return `[${p.code}] — не точка данных этой системы показателей${at(p.at)}.`;
      case 'inputs-outside-sum':
        return `«inputs» означает все входные данные точки данных, их можно только суммировать: sum(inputs)${at(p.at)}.`;
      case 'cycle':
        return `Эти формулы ссылаются друг на друга по кругу, поэтому ни у одной нет значения: ${p.names.join(' → ')}.`;
      case 'missing':
        return p.ref.kind === 'input'
          ? `У входных данных «${p.ref.name}» пока нет значения.`
          : p.ref.kind === 'profile'
            ? `У поля профиля города «${p.ref.field}» пока нет значения.`
            : `У точки данных ${p.ref.id} пока нет значения.`;
      case 'division-by-zero':
        return `Деление на ноль${at(p.at)}.`;
      case 'not-finite':
        return `Результат слишком велик, чтобы быть числом${at(p.at)}.`;
    }
  },

  frameworkFile: (p, doc) => {
    const where = (path: string) => (path === '' ? '' : `${path}: `);
    switch (p.kind) {
      case 'not-json':
        return 'Этот файл не JSON, поэтому он не может быть файлом системы показателей.';
      case 'too-large':
        return `Файл больше ${Math.round(p.limit / (1024 * 1024))} МБ — предельного размера файла системы показателей.`;
      case 'not-framework':
        return 'Этот JSON-файл не является файлом системы показателей (в нём нет "format": "ssc-workbench/framework").';
      case 'newer-version':
        return `Этот файл системы показателей версии ${p.version}; программа читает версии до ${p.max}. Обновите программу, чтобы прочитать его.`;
      case 'doc':
        return doc(p.problem);
      case 'formula':
        return `${where(p.path)}${C.formula!(p.problem)}`;
      case 'formula-not-scored':
        return `${where(p.path)}У этой формулы ${p.inputs} входных данных; пока оценки не умеют хранить входные данные по имени, формула точки данных принимает не более ${p.max}. Она сохранена, но не оценивается.`;
      case 'unknown-category':
        return `${where(p.path)}Категории ${p.category} нет среди измерений системы показателей.`;
      case 'duplicate-code':
        return `${where(p.path)}Код ${p.code} использован дважды.`;
      case 'duplicate-datapoint':
        return `${where(p.path)}Точка данных ${p.id} определена дважды.`;
      case 'unknown-target':
        return `${where(p.path)}Целевое значение указывает на ${p.id}, а это не точка данных системы показателей.`;
      case 'duplicate-input':
        return `${where(p.path)}Имя входных данных «${p.name}» использовано дважды.`;
      case 'duplicate-rule':
        return `${where(p.path)}Идентификатор правила ${p.id} использован дважды.`;
      case 'unknown-link':
        return `${where(p.path)}Связь с другой системой показателей начинается с ${p.id}, а это не точка данных системы показателей.`;
    }
  },

  ruleFailed: (name, left, operator, right) => `${name}: ${left} ${operator} ${right} не выполняется.`,
  ruleImportance: (importance) => ({ high: 'высокая важность', medium: 'средняя важность', low: 'низкая важность' })[importance],
};
