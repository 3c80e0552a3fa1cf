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

  formula: (p) => {
    const at = (n: number) => ` (carácter ${n + 1})`;
    switch (p.kind) {
      case 'empty':
        return 'La fórmula está vacía.';
      case 'too-long':
        return `La fórmula tiene ${p.length} caracteres; se leen como máximo ${p.limit}.`;
      case 'too-deep':
        return `La fórmula anida paréntesis o funciones en más de ${p.limit} niveles${at(p.at)}.`;
      case 'unexpected-character':
        return `«${p.char}» no forma parte del lenguaje de fórmulas${at(p.at)}.`;
      case 'unexpected-end':
        return `La fórmula termina donde se esperaba un número, un nombre o un paréntesis${at(p.at)}.`;
      case 'unexpected-token':
        return `«${p.token}» no se esperaba aquí${at(p.at)}.`;
      case 'unclosed':
        return `El «${p.bracket}» abierto aquí nunca se cierra${at(p.at)}.`;
      case 'unknown-function':
        return `«${p.name}» no es una función del lenguaje de fórmulas (min, max, sum, if, abs, and, or, not)${at(p.at)}.`;
      case 'arity':
        return `${p.name} lleva ${p.max === null ? `al menos ${p.min}` : p.min === p.max ? `${p.min}` : `de ${p.min} a ${p.max}`} argumento${p.min === 1 && p.max === 1 ? '' : 's'}, no ${p.given}${at(p.at)}.`;
      case 'unknown-name':
        return `«${p.name}» no es una entrada de este punto de datos${p.inputs.length ? ` (sus entradas: ${p.inputs.join(', ')})` : ''}${at(p.at)}.`;
      case 'unknown-profile':
        return `«${p.field}» no es un campo del perfil de la ciudad${at(p.at)}.`;
      case 'unknown-datapoint':
        return `[${p.code}] no es un punto de datos de este marco${at(p.at)}.`;
      case 'inputs-outside-sum':
        return `«inputs» designa todas las entradas del punto de datos y solo puede sumarse: sum(inputs)${at(p.at)}.`;
      case 'cycle':
        return `Estas fórmulas se leen unas a otras en círculo, así que ninguna tiene valor: ${p.names.join(' → ')}.`;
      case 'missing':
        return p.ref.kind === 'input'
          ? `La entrada «${p.ref.name}» aún no tiene valor.`
          : p.ref.kind === 'profile'
            ? `El campo «${p.ref.field}» del perfil de la ciudad aún no tiene valor.`
            : `El punto de datos ${p.ref.id} aún no tiene valor.`;
      case 'division-by-zero':
        return `Una división por cero${at(p.at)}.`;
      case 'not-finite':
        return `El resultado es demasiado grande para ser un número${at(p.at)}.`;
    }
  },

  frameworkFile: (p, doc) => {
    const where = (path: string) => (path === '' ? '' : `${path}: `);
    switch (p.kind) {
      case 'not-json':
        return 'Este archivo no es JSON, así que no puede ser un archivo de marco.';
      case 'too-large':
        return `El archivo supera los ${Math.round(p.limit / (1024 * 1024))} MB, el máximo de un archivo de marco.`;
      case 'not-framework':
        return 'Este archivo JSON no es un archivo de marco (no tiene "format": "ssc-workbench/framework").';
      case 'newer-version':
        return `Este archivo de marco es de la versión ${p.version}; este banco de trabajo lee versiones hasta la ${p.max}. Actualícelo para leerlo.`;
      case 'doc':
        return doc(p.problem);
      case 'formula':
        return `${where(p.path)}${C.formula!(p.problem)}`;
      case 'formula-not-scored':
        return `${where(p.path)}Esta fórmula tiene ${p.inputs} entradas; mientras las evaluaciones no puedan guardar entradas con nombre, la fórmula de un punto de datos admite como máximo ${p.max}. Se conserva pero no se puntúa.`;
      case 'unknown-category':
        return `${where(p.path)}La categoría ${p.category} no está entre las dimensiones del marco.`;
      case 'duplicate-code':
        return `${where(p.path)}El código ${p.code} se usa dos veces.`;
      case 'duplicate-datapoint':
        return `${where(p.path)}El punto de datos ${p.id} se define dos veces.`;
      case 'unknown-target':
        return `${where(p.path)}Una meta nombra ${p.id}, que no es un punto de datos del marco.`;
      case 'duplicate-input':
        return `${where(p.path)}El nombre de entrada «${p.name}» se usa dos veces.`;
      case 'duplicate-rule':
        return `${where(p.path)}El identificador de regla ${p.id} se usa dos veces.`;
      case 'unknown-link':
        return `${where(p.path)}Un vínculo con otro marco parte de ${p.id}, que no es un punto de datos del marco.`;
    }
  },

  ruleFailed: (name, left, operator, right) => `${name}: ${left} ${operator} ${right} no se cumple.`,
  ruleImportance: (importance) => ({ high: 'importancia alta', medium: 'importancia media', low: 'importancia baja' })[importance],
};
