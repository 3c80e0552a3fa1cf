/** Russian words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import { sourceText } from '../flags';
import type { Translation } from '../languages';
import type { C as EN } from '../catalogue';
import { n } from './plural';

export const C: Translation<typeof EN> = {
  reviewTitle: (k) => `После обновления каталога нужно проверить: ${n(k, 'точка данных', 'точки данных', 'точек данных')}`,
  reviewIntro: (from, to) =>
    `Эта оценка создана с каталогом ${from}; теперь она использует каталог ${to}. Определения точек данных ниже изменились. Каждое значение сохранено в том виде, в каком было введено, и оценивается по новым определениям; ничего не пересчитано без вашего ведома: прочитайте, что изменилось, проверьте значение и отметьте как прочитанное.`,
  reviewShow: 'Показать в таблице',
  reviewRead: 'Отметить как прочитанное',
  reviewReadAll: 'Отметить всё как прочитанное',
  reviewReadHint: 'Убирает эту заметку из оценки; значение не меняется.',
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
