/** Russian words of the engine's flags (the English `F` in ../flags.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import type { Translation } from '../languages';
import { RULE_OPERATOR, type F as EN } from '../flags';
import { C } from '../catalogue';

const DOC = { VM22: 'Руководство по проверке (2022)', CM17: 'Методология сбора данных (2017)' };

const CHECK_BOUND: Record<PlausibilityCheck['kind'], (actual: string, bound: string) => string> = {
  below: (actual, bound) => `${actual}, ниже ${bound}`,
  above: (actual, bound) => `${actual}, выше ${bound}`,
  notAbove: (actual, bound) => `${actual}, выше другого значения ${bound}`,
  sumAtMost: (actual, bound) => `сумма значений ${actual}, больше ${bound}`,
  sumAbout: (actual, bound) => `сумма значений ${actual}, не около ${bound}`,
};

export const F: Translation<typeof EN> = {
  source: (s) => {
    switch (s.kind) {
      case 'page':
        return `${DOC[s.doc]}, с. ${s.page}`;
      case 'doc':
        return DOC[s.doc];
      case 'arithmetic':
        return 'проверка согласованности программы';
      case 'judgement':
        return 'суждение программы (официальная страница не найдена)';
      case 'other':
        return s.text;
    }
  },
  flag: (f, num, source) => {
    switch (f.kind) {
      case 'not-a-number':
        return `«${f.text}» — не число.`;
      case 'not-yes-no':
        return `«${f.text}» — не «да» и не «нет».`;
      case 'not-finite':
        return 'Это не конечное число.';
      case 'enter-input':
        return f.field === 'numerator' ? `Введите числитель (${f.input}).` : `Введите знаменатель (${f.input}).`;
      case 'enter-profile':
        return `В профиле города нет значения «${f.label}»: введите его один раз в профиле.`;
      case 'negative':
        return `${f.input}: значение не может быть отрицательным.`;
      case 'division-by-zero':
        return `Деление на ноль: ${f.input} равно 0.`;
      case 'part-above-whole':
        return `Числитель (${num(f.numerator)}) больше знаменателя (${num(f.denominator)}); он должен быть его частью.`;
      case 'below-min':
        return `${num(f.value)} меньше наименьшего возможного значения (${num(f.min)} ${f.unit}).`;
      case 'above-max':
        return `${num(f.value)} больше наибольшего возможного значения (${num(f.max)} ${f.unit}).`;
      case 'reported-without-value':
        return 'Отмечено как представленное, но значения нет.';
      case 'formula':
        return C.formula(f.problem);
      case 'check':
        return `${f.message} (${source(f.source)}; здесь ${CHECK_BOUND[f.check](num(f.actual), num(f.bound))}.)`;
      case 'rule':
        return `${f.name} (${source(f.source)}; здесь не выполняется ${num(f.left)} ${RULE_OPERATOR[f.operator]} ${num(f.right)}.)`;
    }
  },
};
