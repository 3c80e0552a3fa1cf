/** Spanish words of the file readers' problems (the English `PW` in ../problems.ts is the contract). */
import type { DocProblem, JsonType, NumberProblem, OtherFormat, Quoted } from '../../../engine/problems';
import type { Translation } from '../languages';
import type { PW as EN } from '../problems';
import { listText } from '../../messages/runtime';

const MB = 1024 * 1024;
const quote = (q: Quoted): string => (q.length > q.text.length ? `${q.text}… (${q.length} caracteres)` : q.text);
const mark = (m: 'point' | 'comma') => (m === 'point' ? '.' : ',');

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'texto',
  number: 'un número',
  integer: 'un número entero',
  boolean: 'true o false',
  null: 'null',
  object: 'un objeto',
  array: 'una lista',
};

const FORMS: Record<Extract<DocProblem, { kind: 'pattern' }>['form'], string> = {
  'datapoint-id': 'un identificador de punto de datos como «EC: ICT: ICT: 1C|»',
  fingerprint: 'un SHA-256 hexadecimal de 64 dígitos',
  date: 'una fecha con el formato YYYY-MM-DD',
  other: 'la forma que pide el esquema',
};

const SHAPES: Record<Extract<DocProblem, { kind: 'bad-shape' }>['shape'], string> = {
  entered: '{ value, unit, factor } (el valor tal como se introdujo en otra unidad)',
  frozen: '{ at, by, fingerprint } con un SHA-256 hexadecimal de 64 dígitos',
  parent: '{ id, fingerprint } con un SHA-256 hexadecimal de 64 dígitos',
  'carried-from': '{ id, year, baseline }',
  origin: '{ kind, at, name?, signer? }',
  provenance: '{ profile?, values? } { kind: json-stat, value, source, file, retrieved, picked }',
  'catalogue-review': '{ from, to, datapoints }',
  changes: 'una lista de cambios de un tipo conocido, cada uno con su fuente',
};

const OTHER_FORMATS: Record<OtherFormat, string> = {
  ods: 'Es una hoja de cálculo OpenDocument (.ods): guárdela como .xlsx o CSV.',
  xls: 'Es un libro de Excel 97-2003 (.xls): guárdelo como .xlsx o CSV.',
  xlsm: 'Es un libro de Excel habilitado para macros (.xlsm): guárdelo como .xlsx o CSV.',
  xlsb: 'Es un libro binario de Excel (.xlsb): guárdelo como .xlsx o CSV.',
  html: 'Es una página web guardada con una extensión de hoja de cálculo, no una hoja de cálculo: ábrala en una hoja de cálculo y guárdela como .xlsx o CSV.',
  numbers: 'Es un archivo de Apple Numbers: expórtelo como .xlsx o CSV.',
};

function numberProblem(p: NumberProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'La celda está vacía.';
    case 'wrong-mark':
      return `«${quote(p.text)}» no es un número con «${mark(p.mark)}» como separador decimal (revise el ajuste del separador decimal).`;
    case 'not-a-number':
      return `«${quote(p.text)}» no es un número.`;
    case 'out-of-range':
      return `«${quote(p.text)}» está fuera del intervalo que acepta este banco de trabajo (±10^${Math.round(Math.log10(p.limit))}).`;
    case 'ambiguous':
      return `«${quote(p.text)}» se puede leer de dos maneras (separador decimal ${p.other} o separador de miles) y nada más en el archivo indica cuál: elija el separador decimal de este archivo.`;
  }
}

export const PW: Translation<typeof EN> = {
  quote,
  number: numberProblem,
  table: (p) => {
    switch (p.kind) {
      case 'empty-file':
        return 'El archivo está vacío.';
      case 'unclosed-quote':
        return 'Un campo entre comillas no está cerrado.';
      case 'not-text':
        return p.likely === 'windows-1252'
          ? 'El archivo no está en UTF-8 (parece Windows-1252, por ejemplo el «CSV (delimitado por comas)» de Excel): guárdelo como «CSV UTF-8», o confirme que se lea como Windows-1252.'
          : 'El archivo no es texto UTF-8 ni UTF-16: guárdelo como «CSV UTF-8».';
      case 'missing-columns': {
        const cols = p.columns.length > 1 ? 'Faltan las columnas' : 'Falta la columna';
        return p.separators
          ? `${cols}: ${listText(p.columns)}. Se esperaba el encabezado ${p.expected.join(',')} (coma, punto y coma o tabulador entre los nombres).`
          : `${cols}: ${listText(p.columns)}. Se esperaba ${p.expected.join(',')}.`;
      }
      case 'unknown-columns':
        return `${p.columns.length > 1 ? 'Columnas desconocidas' : 'Columna desconocida'}: ${p.columns.map(quote).join(', ')}.`;
      case 'duplicate-column':
        return `La columna «${p.name}» aparece dos veces (columnas ${p.columns.join(' y ')}); conserve una.`;
      case 'unnamed-column':
        return p.merged
          ? `La columna ${p.column} tiene datos (línea ${p.line}: «${quote(p.text)}») pero su encabezado queda oculto bajo la celda combinada ${p.merged}; separe las celdas y dé nombre a la columna.`
          : `La columna ${p.column} tiene datos (línea ${p.line}: «${quote(p.text)}») pero no tiene encabezado; dele un nombre o elimine la columna.`;
      case 'error-value':
        return `La celda contiene el valor de error ${p.code}.`;
      case 'no-saved-result':
        return `La fórmula =${quote(p.formula)} no tiene resultado guardado: abra y guarde el archivo en un programa de hojas de cálculo, o escriba el valor.`;
      case 'empty-code':
        return 'El código está vacío.';
      case 'bad-provenance':
        return 'La celda provenance no es la fuente de las cifras de la fila tal como este banco de trabajo la escribe (un objeto JSON por valor, numerador y denominador): se omite y las cifras se leen sin fuente.';
      case 'unknown-code':
        return `Código de KPI desconocido «${quote(p.code)}».`;
      case 'unknown-datapoint':
        return `«${quote(p.key)}» no es un punto de datos de ${p.kpi} (se esperaba ${p.expected.map((k) => (k === '' ? 'vacío' : k)).join(', ')}).`;
      case 'unknown-target':
        return `KPI o punto de datos desconocido «${quote(p.code)}» «${quote(p.key)}».`;
      case 'repeated':
        return p.first === null ? `${p.code} ${p.key} se indica dos veces.` : `${p.code} ${p.key} aparece de nuevo (primero en la línea ${p.first}).`;
      case 'number':
        return numberProblem(p.problem);
      case 'not-yes-no':
        return `«${quote(p.text)}» no es sí ni no (yes/no, true/false o 1/0).`;
      case 'bool-not-number':
        return `${p.value ? 'TRUE' : 'FALSE'} es un sí/no, no un número.`;
      case 'date-not-number':
        return `La celda es una fecha (${p.date}), no un número: dele formato de número y revise el valor.`;
      case 'number-text-too-long':
        return `«${quote(p.text)}» tiene más de ${p.limit} caracteres.`;
      case 'profile-conflict':
        return `${p.field} es ${p.value} aquí pero ${p.previous} ${p.at === null ? 'en otra línea' : 'cell' in p.at ? `en la celda ${p.at.cell}` : `en la línea ${p.at.line}`}: el perfil de la ciudad admite un solo valor.`;
      case 'reported-directly':
        return `${p.code} se informa directamente: ponga el número en la columna de valores.`;
      case 'bad-target':
        return `${numberProblem(p.problem)} ${p.blank ? 'Use un número, «none», o déjelo en blanco para la meta de referencia.' : 'Use un número ≥ 0 o «none».'}`;
      case 'negative-target':
        return 'Una meta no puede ser negativa.';
      case 'bad-status':
        return `«${quote(p.text)}» no es reported, not-reported ni not-applicable.`;
      case 'bad-quality':
        return `«${quote(p.text)}» no es uno de ${listText(p.allowed, 'disjunction')}.`;
      case 'bad-year':
        return `«${quote(p.text)}» no es un año entre ${p.min} y ${p.max}.`;
      case 'text-too-long':
        return `El texto tiene ${p.length} caracteres; se conservan como máximo ${p.limit}, así que acórtelo.`;
      case 'not-layout-zip': {
        const why = p.detail === 'not-zip' ? 'no es un archivo zip' : 'ningún archivo data/indicator_*.csv';
        return `No es un zip de archivos de datos de Open SDG (${why}). Vuelva a exportarlo como zip de Open SDG.`;
      }
      case 'file-too-large':
        return `La hoja de cálculo supera los ${p.limit / MB} MB.`;
      case 'unpacks-too-large':
        return `La hoja de cálculo descomprimida supera los ${p.limit / MB} MB.`;
      case 'not-xlsx': {
        const why =
          p.detail === 'not-zip'
            ? 'no es un archivo zip'
            : p.detail === 'no-workbook'
              ? 'no tiene xl/workbook.xml'
              : p.detail === 'no-worksheet'
                ? 'no tiene ninguna hoja'
                : 'una parte está truncada o su XML está dañado';
        return `No es una hoja de cálculo .xlsx legible (${why}). Guárdela como libro de Excel (.xlsx).`;
      }
      case 'not-calculated':
        if (p.why === 'manual')
          return `La fórmula =${quote(p.formula)} se guardó con el resultado ${p.stored} pero quizá nunca se calculó (el libro solo calcula cuando se le pide y se guardó sin calcular, como lo escribe el modo manual de xlsxwriter): recalcúlelo y guárdelo en una hoja de cálculo, o escriba el valor.`;
        if (p.why === 'defaults')
          return `La fórmula =${quote(p.formula)} se guardó con el resultado ${p.stored}, como todas las fórmulas del libro, y nada muestra que el libro se haya calculado nunca (no tiene cadena de cálculo, que Excel guarda; así queda un archivo escrito por xlsxwriter y convertido por LibreOffice): recalcúlelo y guárdelo en Excel, o escriba el valor.`;
        return `La fórmula =${quote(p.formula)} se guardó con el resultado ${p.stored} sin calcularse nunca (el libro pide recalcularse al abrirlo, como los que escriben xlsxwriter o pandas): ábralo y guárdelo en una hoja de cálculo, o escriba el valor.`;
      case 'percent-not-unit':
        return `La celda tiene formato de porcentaje (muestra ${p.shown} %) pero este dato se mide en ${p.unit}, no en %: dé a la celda formato de número con el valor que corresponda (${p.value} o ${p.shown}).`;
      case 'ambiguous-marker':
        return `«${quote(p.text)}» significa «no disponible» en unas tablas y «no aplicable» en otras: deje el valor vacío y escriba not-reported o not-applicable en la columna status.`;
      case 'which-sheet':
        return `Varias hojas contienen una tabla de valores (${p.sheets.join(', ')}): elija la hoja que se leerá (--sheet NOMBRE en la línea de comandos).`;
      case 'hidden-sheet':
        return `La única tabla de valores está en la hoja oculta «${p.sheet}»: muéstrela, o elija esa hoja para leerla (--sheet en la línea de comandos).`;
      case 'no-such-sheet':
        return `El libro no tiene ninguna hoja «${quote(p.name)}» (sus hojas: ${p.sheets.join(', ')}).`;
      case 'other-format':
        return OTHER_FORMATS[p.format];
      case 'too-many-rows':
        return `El archivo tiene más de ${p.limit} filas; una tabla de valores tiene una fila por dato.`;
      case 'too-many-columns':
        return `Una fila tiene más de ${p.limit} columnas; una tabla de valores tiene 21 como máximo.`;
    }
  },
  docWhat: (p) => {
    switch (p.kind) {
      case 'wrong-type':
        return `se esperaba ${listText(
          p.expected.map((t) => TYPE_WORDS[t]),
          'disjunction',
        )}.`;
      case 'too-long':
        return `texto de más de ${p.limit} caracteres.`;
      case 'too-short':
        return p.limit === 1 ? 'vacío; se esperaba texto.' : `texto de menos de ${p.limit} caracteres.`;
      case 'not-one-of':
        return `«${quote(p.value)}» no es uno de ${listText(p.allowed.map(String), 'disjunction')}.`;
      case 'below':
        return p.exclusive ? `se esperaba un número mayor que ${p.limit}.` : `se esperaba un número de al menos ${p.limit}.`;
      case 'above':
        return `se esperaba un número de como máximo ${p.limit}.`;
      case 'not-whole':
        return 'se esperaba un número entero.';
      case 'not-finite':
        return 'no es un número finito.';
      case 'pattern':
        return `«${quote(p.value)}» no es ${FORMS[p.form]}.`;
      case 'missing':
        return 'falta.';
      case 'unknown-field':
        return `campo desconocido «${quote(p.name)}».`;
      case 'forbidden-key':
        return `la clave «${p.key}» no está permitida.`;
      case 'repeated-key':
        return 'clave escrita más de una vez en su objeto: no se puede saber cuál de sus valores vale, así que se rechaza.';
      case 'too-many':
        return `más de ${p.limit} elementos.`;
      case 'unknown-datapoint':
        return `punto de datos desconocido «${quote(p.id)}».`;
      case 'unknown-profile-field':
        return `campo desconocido «${quote(p.name)}».`;
      case 'duplicate-id':
        return `«${quote(p.id)}» aparece dos veces.`;
      case 'reason-required':
        return 'se requiere un motivo para «not-verifiable».';
      case 'blank-text':
        return 'se esperaba texto.';
      case 'not-year':
        return `se esperaba un año entero entre ${p.min} y ${p.max}.`;
      case 'not-target':
        return 'se esperaba un número ≥ 0 o «none».';
      case 'bad-id':
        return `se esperaba un texto de 1 a ${p.limit} caracteres.`;
      case 'not-time':
        return 'se esperaba una hora (ms desde 1970).';
      case 'bad-shape':
        return `se esperaba ${SHAPES[p.shape]}.`;
      case 'schema':
        return `rechazado por el esquema (${p.keyword}).`;
      case 'bad-version':
        return 'no hay una «version» válida.';
      case 'migration-failed':
        return `no se pudo pasar de la versión de formato ${p.from} a la ${p.to}.`;
    }
  },
  note: (n, at) => {
    switch (n.kind) {
      case 'kept-as-text':
        return `${at}: «${quote(n.text)}» es texto; se conserva tal como está escrito y no se puntúa hasta que se corrija.`;
      case 'reset-time':
        return `${at}: ${quote(n.value)} no es una hora válida; se ha puesto la hora actual.`;
      case 'reset-revision':
        return `${at}: ${quote(n.value)} está fuera del intervalo; se ha puesto a 0.`;
    }
  },
  inAssessment: (n) => `evaluación ${n}: `,
  tableNote: (n) =>
    n.kind === 'sheet-read'
      ? `Hoja leída: «${n.sheet}» (de ${n.of} hoja${n.of === 1 ? '' : 's'}${n.hidden.length > 0 ? `; ocultas, no leídas: ${n.hidden.join(', ')}` : ''}).`
      : `Se omitió la columna ${n.column} (0, 1, 2… o 1, 2, 3… sin encabezado: un índice de filas como lo escriben pandas y R).`,
  parseError: (e) => {
    switch (e.kind) {
      case 'not-json':
        return `El archivo no es JSON válido (${e.detail}).`;
      case 'too-large':
        return `El archivo supera los ${e.limit / MB} MB y no se ha leído.`;
      case 'not-an-assessment':
        return e.workspace
          ? 'No es una evaluación de SSC Workbench ni un archivo de espacio de trabajo.'
          : 'No es una evaluación de SSC Workbench (se esperaba "format": "ssc-workbench/assessment").';
      case 'newer-version':
        return e.workspace
          ? `Este espacio de trabajo se escribió con una versión más reciente del banco de trabajo (versión de formato ${e.version}; esta aplicación lee hasta la ${e.max}). Actualice la aplicación para abrirlo.`
          : `Esta evaluación se escribió con una versión más reciente del banco de trabajo (versión de formato ${e.version}; esta aplicación lee hasta la ${e.max}). Actualice la aplicación para abrirla.`;
      case 'wrong-framework':
        return `La evaluación usa el marco «${quote(e.framework)}», no «${e.expected}».`;
      case 'invalid':
        return `La evaluación tiene ${e.problems.length} ${e.problems.length === 1 ? 'problema' : 'problemas'}.`;
      case 'none-read':
        return `No se pudo leer ninguna evaluación del archivo de espacio de trabajo (${e.refused.length} ${e.refused.length === 1 ? 'rechazada' : 'rechazadas'}).`;
    }
  },
};
