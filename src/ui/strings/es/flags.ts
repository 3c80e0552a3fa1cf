/** Spanish words of the engine's flags (the English `F` in ../flags.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import type { Translation } from '../languages';
import { RULE_OPERATOR, type F as EN } from '../flags';
import { C } from '../catalogue';

const DOC = { VM22: 'Manual de verificación (2022)', CM17: 'Metodología de recopilación (2017)' };

const CHECK_BOUND: Record<PlausibilityCheck['kind'], (actual: string, bound: string) => string> = {
  below: (actual, bound) => `${actual}, por debajo de ${bound}`,
  above: (actual, bound) => `${actual}, por encima de ${bound}`,
  notAbove: (actual, bound) => `${actual}, por encima del otro valor ${bound}`,
  sumAtMost: (actual, bound) => `los valores suman ${actual}, más de ${bound}`,
  sumAbout: (actual, bound) => `los valores suman ${actual}, no alrededor de ${bound}`,
};

export const F: Translation<typeof EN> = {
  source: (s) => {
    switch (s.kind) {
      case 'page':
        return `${DOC[s.doc]}, p. ${s.page}`;
      case 'doc':
        return DOC[s.doc];
      case 'arithmetic':
        return 'un control de coherencia del banco de trabajo';
      case 'judgement':
        return 'juicio del banco de trabajo (no se encontró ninguna página oficial)';
      case 'other':
        return s.text;
    }
  },
  flag: (f, num, source) => {
    switch (f.kind) {
      case 'not-a-number':
        return `«${f.text}» no es un número.`;
      case 'not-yes-no':
        return `«${f.text}» no es sí ni no.`;
      case 'not-finite':
        return 'No es un número finito.';
      case 'enter-input':
        return f.field === 'numerator' ? `Introduzca el numerador (${f.input}).` : `Introduzca el denominador (${f.input}).`;
      case 'enter-profile':
        return `El perfil de la ciudad no tiene «${f.label}»: introdúzcalo una vez en el perfil.`;
      case 'negative':
        return `${f.input} no puede ser negativo.`;
      case 'division-by-zero':
        return `División por cero: ${f.input} es 0.`;
      case 'part-above-whole':
        return `El numerador (${num(f.numerator)}) es mayor que su denominador (${num(f.denominator)}); debería ser una parte de él.`;
      case 'below-min':
        return `${num(f.value)} está por debajo del menor valor posible (${num(f.min)} ${f.unit}).`;
      case 'above-max':
        return `${num(f.value)} está por encima del mayor valor posible (${num(f.max)} ${f.unit}).`;
      case 'reported-without-value':
        return 'Marcado como informado, pero no hay valor.';
      case 'formula':
        return C.formula(f.problem);
      case 'check':
        return `${f.message} (${source(f.source)}; aquí ${CHECK_BOUND[f.check](num(f.actual), num(f.bound))}.)`;
      case 'rule':
        return `${f.name} (${source(f.source)}; aquí no se cumple ${num(f.left)} ${RULE_OPERATOR[f.operator]} ${num(f.right)}.)`;
    }
  },
};
