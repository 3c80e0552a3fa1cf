/** Spanish words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import { sourceText } from '../flags';
import { plural, type Translation } from '../languages';
import type { C as EN } from '../catalogue';

const p = plural('es');
const s = (n: number, one: string, other: string) => p(n, { one, other });

export const C: Translation<typeof EN> = {
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
