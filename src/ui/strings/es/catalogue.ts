/** Spanish words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import { sourceText } from '../flags';
import { plural, type Translation } from '../languages';
import type { C as EN } from '../catalogue';

const p = plural('es');
const s = (n: number, one: string, other: string) => p(n, { one, other });

const CHECK_NAMES: Record<PlausibilityCheck['kind'], string> = {
  below: 'un límite inferior de lo normal',
  above: 'un límite superior de lo normal',
  notAbove: 'el orden lógico de valores relacionados (este no debería superar al otro)',
  sumAtMost: 'una suma de como máximo 100 %',
  sumAbout: 'una suma de alrededor de 100 % (± 2 %)',
};

export const C: Translation<typeof EN> = {
  change: (c, num, source) => {
    const from = ` (${source(c.source)})`;
    switch (c.kind) {
      case 'measure':
        return `Ahora es la ${c.after}, ya no la ${c.before}${from}. Un valor introducido como ${c.before} no es la ${c.after}: introduzca la ${c.after}. Mientras tanto, el valor se conserva tal como se introdujo y se puntúa como si fuera la ${c.after}.`;
      case 'max-lifted':
        return `Ahora se aceptan valores por encima de ${num(c.before)}${from}. Un valor por encima de ${num(c.before)} que antes se rechazaba ahora se puntúa.`;
      case 'numerator':
        return `El numerador es ahora «${c.after}», ya no «${c.before}»${from}. Compruebe que el valor introducido cuenta el nuevo numerador.`;
      case 'denominator':
        return `El denominador es ahora «${c.after}», ya no «${c.before}»${from}. Compruebe que el valor introducido usa el nuevo denominador.`;
      case 'check-added':
        return `Ahora se aplica un control del Manual de verificación: ${CHECK_NAMES[c.check]}${from}. El valor no cambia; aparece un aviso si no supera el control.`;
      case 'check-changed':
        return `El control es ahora ${CHECK_NAMES[c.after]}, ya no ${CHECK_NAMES[c.before]}${from}. El valor no cambia; aparece un aviso si no supera el control.`;
      case 'check-removed':
        return `El control ${CHECK_NAMES[c.check]} ya no se aplica a este dato${from}: la página lo da para otro. El valor no cambia; su aviso desaparece.`;
      case 'target':
        return c.after === null
          ? `Se retira la meta de referencia ${c.before === null ? '' : `(${num(c.before)}) `}: no hay referencia pública para la nueva medida${from}. El punto de datos se informa pero ya no se puntúa.`
          : `La meta de referencia es ahora ${num(c.after)}, ya no ${c.before === null ? 'ninguna' : num(c.before)}${from}. Los puntos del punto de datos pueden cambiar.`;
    }
  },

  reviewTitle: (n) => `${n} ${s(n, 'punto de datos que revisar', 'puntos de datos que revisar')} tras una actualización del catálogo`,
  reviewIntro: (from, to) =>
    `Esta evaluación se hizo con el catálogo ${from}; ahora usa el catálogo ${to}. Las definiciones de los puntos de datos siguientes cambiaron. Cada valor se conserva tal como se introdujo y se puntúa según las nuevas definiciones; no se recalculó nada a sus espaldas: lea qué cambió, compruebe el valor y márquelo como leído.`,
  reviewShow: 'Mostrar en la cuadrícula',
  reviewRead: 'Marcar como leído',
  reviewReadAll: 'Marcar todo como leído',
  reviewReadHint: 'Quita esta nota de la evaluación; el valor no cambia.',
  reviewWasVerified:
    'Se había verificado antes de este cambio y figura como enviado hasta que se verifique de nuevo; marcar el cambio como leído mantiene la verificación.',
  verifiedUnder: (from) => `Enviado (verificado con el catálogo ${from}, definición modificada)`,
  verifiedUnderHint: (from, to) =>
    `Se verificó con el catálogo ${from}; su definición cambió en el catálogo ${to} (vea «Explicar esta cifra»). Verifíquelo de nuevo, o marque el cambio como leído si no afecta al valor.`,
  reviewMarker: (to) => `Definición cambiada en el catálogo ${to}: revise este valor (vea «Explicar esta cifra»).`,
  reviewLegend: 'Definición cambiada en una actualización del catálogo: revisar',
  explainChanges: 'Actualización del catálogo',
  explainChangesIntro: (from, to) => `Cambió entre el catálogo ${from} y el ${to}:`,

  basisJudgement: 'Criterio del banco de trabajo: ningún documento público fija esta cifra. Sustitúyala por la referencia de su programa si tiene una.',
  basisPublic: 'Se basa en la fuente pública citada.',
  explainBasis: 'Fundamento',

  explainAlternatives: 'Donde las fuentes discrepan',
  alternative: (about, choice, alternative, source) => `${about}: este catálogo usa ${choice}. Alternativa: ${alternative}. (${source})`,

  entered: (value, unit, factor, result, target) => `introducido como ${value} ${unit} × ${factor} = ${result} ${target}`,
  conversionHint: (units) =>
    `Escriba un valor en ${units} (por ejemplo «40 ppb») para convertirlo al introducirlo; la unidad introducida se registra con el valor.`,
  conversionsOffered: 'Conversiones ofrecidas al introducir',
  conversionItem: (unit, factor, source) => `${unit} × ${factor} (${sourceText(source)})`,
};
