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
};
