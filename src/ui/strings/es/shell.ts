/** Spanish words of the shell, library, grid and panels (the English `S` in ../index.ts is the contract). */
import { plural, type Translation } from '../languages';
import type { S as EN } from '../index';
import type { View } from '../../views';

const VIEW_LABELS: Record<View, string> = {
  grid: 'Cuadrícula',
  review: 'Revisión',
  results: 'Rueda y gráficos',
  report: 'Informe de la ciudad',
  share: 'Compartir, exportar, comparar',
  workshop: 'Taller',
  compare: 'Comparar años y ciudades',
};
const p = plural('es');
const s = (n: number, one: string, other: string) => p(n, { one, other });

export const S: Translation<typeof EN> = {
  appName: 'SSC Workbench',
  appTagline: 'Evalúe una ciudad con los indicadores clave de desempeño de U4SSC, de forma privada en su navegador.',
  skipToMain: 'Ir al contenido principal',
  language: 'Idioma',

  views: 'Vistas',
  viewLabel: (v) => VIEW_LABELS[v],
  backUpAll: 'Copia de todo',
  backUpHint: 'Un archivo con todas las evaluaciones de este navegador; impórtelo aquí o en otro navegador.',
  backedUp: (n) => `Se guardó una copia de seguridad de ${n} ${s(n, 'evaluación', 'evaluaciones')}.`,
  imported: (n) => `${n} ${s(n, 'evaluación importada', 'evaluaciones importadas')}.`,
  compareTitle: 'Comparar y combinar',
  compareHint:
    'Elija otra versión de esta evaluación (evaluador A y B, o el año anterior) para ver cada diferencia y combinar los valores elegidos en una nueva evaluación.',
  loadingView: 'Cargando…',
  viewLoadFailed:
    'Esta parte de la aplicación no se pudo cargar (sin conexión antes de guardarse para uso sin conexión, o el servidor ya no la tiene). No se pierde nada: sus evaluaciones siguen en este navegador. Vuelva atrás, reconéctese y abra de nuevo la evaluación.',
  compareWith: 'Comparar con',
  compareNone: 'nada',

  privacyStatement:
    'Sus evaluaciones se quedan en este navegador, en este dispositivo (IndexedDB); el idioma de la interfaz que elija también se guarda allí (localStorage). No se envía nada a ninguna parte: la aplicación no hace ninguna solicitud a otro sitio. Para borrar sus datos, elimine aquí las evaluaciones o borre los datos de este sitio en la configuración del navegador.',
  storageState: (state) =>
    state === 'persisted'
      ? 'Almacenamiento: persistente (el navegador no lo borrará para liberar espacio).'
      : state === 'best-effort'
        ? 'Almacenamiento: el navegador puede borrarlo si falta espacio en disco; exporte una copia de vez en cuando.'
        : state === 'memory'
          ? 'Almacenamiento: solo esta pestaña.'
          : state === 'unsupported'
            ? 'Almacenamiento: este navegador no indica si conserva los datos; exporte una copia de vez en cuando.'
            : '',
  memoryMode:
    'Este navegador no permite que el banco de trabajo guarde datos (modo privado o almacenamiento desactivado). Puede trabajar, pero todo se pierde al cerrar esta pestaña: exporte su evaluación antes de salir.',
  newerAppOpened:
    'Se abrió una versión más reciente del banco de trabajo en otra pestaña. Recargue esta pestaña para seguir trabajando; no se sobrescribió nada.',
  storageFailed: (message) => `El banco de trabajo no puede abrir su almacenamiento: ${message}`,

  updateReady: 'Hay una nueva versión del banco de trabajo. Su trabajo está guardado; recargue para usarla.',
  updateReload: 'Recargar ahora',
  updateLater: 'Más tarde',
  offlineReady: 'El banco de trabajo ya funciona sin conexión en este navegador.',

  libraryTitle: 'Evaluaciones',
  libraryEmpty: 'Aún no hay evaluaciones. Cree una o abra la ciudad de demostración ficticia.',
  libraryLoading: 'Cargando evaluaciones…',
  librarySearch: 'Buscar evaluaciones',
  libraryShown: (shown, total) => `Mostradas: ${shown} de ${total}`,
  libraryNoMatch: 'Ninguna evaluación coincide con la búsqueda.',
  newAssessment: 'Nueva evaluación',
  city: 'Ciudad',
  country: 'País',
  year: 'Año',
  create: 'Crear',
  demoCity: 'Ciudad de demostración (ficticia)',
  demoCityHint: 'Abre «Demoville (fictional)», creándola la primera vez: valores inventados para formación, no una ciudad real.',
  demoOpened: (name) => `Se abrió ${name}, que ya existía. «Restablecer demo» en la lista recupera sus valores originales.`,
  resetDemo: 'Restablecer demo',
  confirmDemoReset: (name) => `¿Volver a poner los valores originales de la demo en ${name}? Sus cambios se reemplazan; puede deshacerlo durante un momento.`,
  demoReset: (name) => `${name} tiene de nuevo sus valores de demostración originales.`,
  open: 'Abrir',
  rename: 'Cambiar nombre',
  save: 'Guardar',
  cancel: 'Cancelar',
  duplicateNextYear: 'Duplicar para el año siguiente',
  delete: 'Eliminar',
  confirmDelete: (name) => `¿Eliminar la evaluación ${name}? Puede deshacerlo durante un momento.`,
  deleted: (name) => `Se eliminó ${name}.`,
  undo: 'Deshacer',
  restored: (name) => `Se restauró ${name}.`,
  duplicated: (name) => `Se creó ${name} a partir del año anterior.`,
  created: (name) => `Se creó ${name}.`,
  renamed: (name) => `Nuevo nombre: ${name}.`,
  lastEdited: 'Última modificación',
  completion: 'Avance',
  completionValue: (reported, expected) => `${reported} / ${expected} puntos de datos`,
  cityRequired: 'Escriba el nombre de la ciudad.',
  yearInvalid: 'Escriba un año entre 1900 y 2200.',
  fictionalBadge: 'Ficticia',
  assessmentLabel: (city, year) => `${city} ${year}`,

  backToLibrary: 'Todas las evaluaciones',
  toolbar: 'Herramientas de la cuadrícula',
  decimalMark: 'Separador decimal',
  decimalPoint: 'Punto (1,234.5)',
  decimalComma: 'Coma (1 234,5)',
  undoEdit: 'Deshacer',
  redoEdit: 'Rehacer',
  undoShortcut: 'Deshacer (Ctrl+Z)',
  redoShortcut: 'Rehacer (Ctrl+Y)',
  filters: 'Mostrar',
  filterCore: 'Solo KPI básicos',
  gridFind: 'Buscar',
  gridFindHint:
    'Un código (EC: ICT: 1C) o palabras del nombre de un KPI; la cuadrícula muestra solo las filas que coinciden, y pegar o rellenar escribe solo en ellas.',
  gridFindCount: (shown, total) => `${shown} de ${total} puntos de datos coinciden`,
  filterNotReported: 'Aún no informados',
  filterErrors: 'Errores',
  filterWarnings: 'Advertencias',
  filterReminders: 'Por introducir',
  filterCount: (label, n) => (n === null ? label : `${label} (${n})`),
  filterHints: {
    error: 'Filas con un valor rechazado: se conserva tal como se escribió, pero no se puntúa hasta corregirlo.',
    warning: 'Filas puntuadas, pero con un valor que los controles del Manual de verificación consideran inverosímil.',
    reminder: 'Filas con un dato aún por introducir (las filas marcadas como no informadas o no aplicables no piden nada).',
  },
  flagKindLabel: { error: 'Error', warning: 'Advertencia', reminder: 'Por introducir' },
  columnSets: 'Columnas',
  columnSetLabel: { work: 'Datos y resultados', provenance: 'Procedencia', review: 'Revisión', all: 'Todas' },
  columnSetHint: {
    work: 'Los datos con su valor, meta, logro, puntos y franja',
    provenance: 'Estado, calidad de los datos, fuente, año y nota de cada valor, junto a sus puntos',
    review: 'El estado de revisión de cada valor (borrador, enviado, consultado, respondido, verificado, no verificable), junto a su valor, puntos y fuente',
    all: 'Todas las columnas (desplazamiento horizontal)',
  },
  previous: 'Anterior',
  next: 'Siguiente',
  position: (i, n) => `${i} de ${n}`,
  dataPoint: 'Punto de datos',
  expandAll: 'Desplegar todo',
  moreTools: 'Herramientas y filtros',
  collapseAll: 'Plegar todo',
  exportJson: 'Exportar JSON',
  exportNow: 'Exportar ahora',
  gridLabel: 'Cuadrícula de datos de los KPI',
  cellEditor: 'Valor de la celda',
  cellEditorAt: (column, row) => `${column}: ${row}`,
  gridHelp:
    'Las flechas mueven, Intro o escribir edita, Intro confirma. En una fila de grupo, Intro o Espacio la pliega o despliega. Ctrl+Z deshace, Ctrl+Y rehace.',
  pasteTooManyRows: (lines, available) =>
    `No se pegó nada: el bloque tiene ${lines} filas, pero solo se ${s(available, 'muestra', 'muestran')} ${available} ${s(available, 'fila de punto de datos', 'filas de puntos de datos')} desde la fila seleccionada hacia abajo. Seleccione una fila más arriba, muestre las filas ocultas o pegue un bloque más corto.`,
  pasteTooWide: (width, available) =>
    `No se pegó nada: el bloque tiene ${width} columnas, pero solo ${s(available, 'queda', 'quedan')} ${available} ${s(available, 'columna', 'columnas')} a la derecha de la celda seleccionada.`,
  pasteReport: (rows, groups, hidden, readOnly) =>
    [
      groups + hidden > 0
        ? `Se ${s(rows, 'pegó', 'pegaron')} ${rows} ${s(rows, 'línea', 'líneas')} solo en filas de puntos de datos, omitiendo ${[
            groups > 0 ? `${groups} ${s(groups, 'fila de grupo (encabezado)', 'filas de grupo (encabezados)')}` : '',
            hidden > 0 ? `${hidden} ${s(hidden, 'fila oculta', 'filas ocultas')}` : '',
          ]
            .filter(Boolean)
            .join(' y ')}.`
        : '',
      readOnly > 0
        ? `${readOnly} ${s(readOnly, 'valor pegado cae', 'valores pegados caen')} en celdas que no se pueden editar (calculadas, del perfil de la ciudad o no usadas por ese KPI) y no se ${s(readOnly, 'pegó', 'pegaron')}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  hiddenRowsLeft: (rows, cells) =>
    `Solo cambiaron las filas visibles: ${cells} ${s(cells, 'celda', 'celdas')} en ${rows} ${s(rows, 'fila oculta', 'filas ocultas')} ${s(cells, 'quedó como estaba', 'quedaron como estaban')}.`,
  rereadReport: (n) =>
    `${n} ${s(n, 'valor guardado como texto se lee', 'valores guardados como texto se leen')} ahora como ${s(n, 'número', 'números')} con el nuevo separador decimal.`,
  fictionalNotice: 'Datos de demostración ficticios: Demoville no existe y sus valores son inventados.',

  saveSaved: 'Todos los cambios están guardados en este navegador.',
  savePending: 'Cambios sin guardar…',
  saveSaving: 'Guardando…',
  saveError: (msg) => `No se pudo guardar: ${msg}`,
  quotaError:
    'El navegador no tiene espacio de almacenamiento para este sitio. Sus últimos cambios solo se conservan en esta pestaña: exporte la evaluación ahora.',
  externalUpdate: 'Esta evaluación se modificó en otra pestaña; sus cambios se han combinado.',
  clashList: (items) =>
    `Esta pestaña y otra cambiaron ${s(items.length, 'la misma celda', 'las mismas celdas')}: ${items.join('; ')}. Se conservó el valor escrito aquí.`,
  clashItem: (what, theirs) => `${what} (la otra pestaña tenía «${theirs}»)`,
  deletedElsewhere: 'Esta evaluación se eliminó en otra pestaña. Expórtela ahora para conservar su trabajo.',
  notFound: 'Esta evaluación no está guardada en este navegador.',
  engineFailed:
    'El motor de puntuación no respondió, así que las puntuaciones en pantalla pueden estar desactualizadas. Sus cambios están guardados; recargue la página para volver a puntuar.',

  columns: {
    code: 'Código',
    name: 'KPI / punto de datos',
    numerator: 'Numerador',
    denominator: 'Denominador',
    value: 'Valor informado',
    unit: 'Unidad',
    computed: 'Valor',
    target: 'Meta',
    achievement: 'Logro',
    band: 'Puntos · franja',
    status: 'Estado',
    quality: 'Calidad de los datos',
    source: 'Fuente',
    year: 'Año',
    note: 'Nota',
    review: 'Revisión',
  },
  fromProfile: (label) => `Del perfil de la ciudad: ${label}`,
  notUsed: 'No lo usa este KPI',
  readOnlyComputed: 'Calculado; solo lectura',
  yes: 'sí',
  no: 'no',
  noBenchmark: 'ninguna',
  targetOverridden: 'Meta fijada para esta evaluación (vacíe la celda para volver a la meta de referencia).',
  targetRemoved: 'Referencia eliminada para esta evaluación: informado, no puntuado (vacíe la celda para restaurarla).',
  targetNotValid: (text) =>
    `«${text}» no es una meta: escriba un número mayor o igual que 0, «none» para no tener referencia, o déjela en blanco para la meta de referencia.`,
  targetOverride: 'fijada para esta evaluación',
  yearNotValid: (text) => `«${text}» no es un año entre 1900 y 2200.`,
  statusNotValid: (text) => `«${text}» no es un estado; elija informado, no informado o no aplicable.`,
  qualityNotValid: (text) => `«${text}» no es uno de los seis grados de calidad de los datos.`,
  core: 'básico',
  advanced: 'avanzado',
  collapsed: 'plegado',
  expanded: 'desplegado',

  statusLabels: { reported: 'informado', 'not-reported': 'no informado', 'not-applicable': 'no aplicable' },
  qualityLabels: {
    accurate: 'medición exacta',
    survey: 'extrapolado de una encuesta a los habitantes',
    'higher-level': 'extrapolado de datos de un nivel superior',
    assumption: 'estimación basada en supuestos',
    personal: 'estimación personal',
    unknown: 'desconocida',
  },
  itemState: {
    scored: 'puntuado',
    unbenchmarked: 'informado, sin referencia',
    'not-reported': 'no informado',
    'not-applicable': 'no aplicable',
    invalid: 'dato rechazado',
  },

  profileTitle: 'Perfil de la ciudad',
  profileHelp: 'Se introduce una vez; todos los KPI que dividen por estas cifras las usan.',

  summaryTitle: 'Puntuaciones',
  method: 'Método de puntuación',
  methodPoints: 'Puntos U4SSC',
  methodContinuous: 'Continuo (logro limitado)',
  overall: 'Global',
  level: 'Nivel',
  percent: 'Puntuación',
  band: 'Franja',
  coverage: 'Informados / con referencia / esperados',
  coverageShort: 'Inf. / ref. / esp.',
  coverageValue: (r, b, e) => `${r} / ${b} / ${e}`,
  notScored: 'sin puntuar',
  bandText: (band, label) => `franja ${band} · ${label}`,
  pointsBand: (points, label) => `${points} · ${label}`,
  percentText: (v) => `${v} %`,
  scoresPending: 'Puntuando…',
  basedOn: (scored, expected) => `basado en ${scored} de ${expected} puntos de datos`,
  provisional: 'Provisional',
  provisionalShort: 'provisional',
  provisionalWhy: (scored, benchmarkable) =>
    `solo se han puntuado ${scored} de los ${benchmarkable} puntos de datos con referencia; una puntuación es provisional hasta que lo esté al menos la mitad.`,
  provisionalRule:
    'Una puntuación se marca como provisional mientras se haya puntuado menos de la mitad de los puntos de datos de su grupo que se aplican y tienen referencia.',
  headlineOverall: 'Global',

  explainTitle: 'Explicar esta cifra',
  explainEmpty: 'Seleccione una fila de punto de datos en la cuadrícula para ver cómo se obtienen su valor, sus puntos y su franja.',
  explainFormula: 'Fórmula',
  explainInputs: 'Datos',
  explainValue: 'Valor',
  explainTarget: 'Meta',
  explainAchievement: 'Logro',
  explainPoints: 'Puntos',
  explainAggregates: 'Cuenta para',
  explainFlags: 'Problemas',
  explainDefinition: 'Definición',
  explainRationale: 'Justificación',
  explainSource: 'Fuente',
  explainOrigin: {
    reference: 'meta de referencia (ilustrativa)',
    override: 'fijada para esta evaluación',
    own: 'meta propia de la ciudad',
    none: 'sin referencia',
  },
  explainNotes: 'Notas',
  explainSourceNotes: 'Sobre las fuentes de esta entrada del catálogo',
  explainSourceNotesHint: 'Una nota sobre cómo se investigó la definición de este KPI para el catálogo; no dice nada de sus datos.',
  explainWorking: (numerator, denominator, multiplier, value) => `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`} = ${value}`,
  explainFormulaRatio: (numerator, denominator, multiplier) => `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`}`,
  explainFormulaKind: { direct: 'informado directamente', yesno: 'informado como sí o no' },
  explainFromProfile: (label) => `${label} (perfil de la ciudad)`,
  explainReported: 'Valor informado',
  explainReportedWins: 'Valor informado (prevalece sobre los datos)',
  explainTargetOverride: 'Meta fijada para esta evaluación.',
  explainTargetRemoved: 'Referencia eliminada para esta evaluación.',
  explainTargetNoEntry: 'El conjunto de metas no tiene entrada para este punto de datos: se informa pero no se puntúa.',
  explainTargetThisAssessment: 'esta evaluación',
  explainPointsRule: 'menos del 33 % de la meta → 1 punto; 33–66 % → 2; 66–95 % → 3; 95 % o más → 4',
  explainRule: {
    yesno: 'sí/no: sí = 100 %, no = 0 %',
    higher: 'más es mejor: valor ÷ meta',
    'higher-target-zero': 'más es mejor, meta 0: cualquier valor la cumple',
    lower: 'menos es mejor: meta ÷ valor',
    'lower-at-most-zero': 'menos es mejor: un valor de 0 o menos cuenta como logrado por completo',
    'lower-target-zero': 'menos es mejor, meta 0: cualquier valor por encima de 0 logra el 0 %',
    band: 'meta en intervalo: el menor de valor ÷ meta y meta ÷ valor',
    'band-at-most-zero': 'meta en intervalo: un valor de 0 o menos logra el 0 %',
  },
  explainNotScored: (state) => `sin puntuar: ${state}`,
  explainNotScoredInvalid: 'sin puntuar: el dato está rechazado (vea Problemas más abajo)',
  quoted: (text) => `«${text}»`,
  explainState: 'Estado',
  explainAggHow: 'Cómo se agrega',
  explainAggPooled: (points, max, scored, percent) => `${points} de ${max} puntos (4 × ${scored} puntos de datos puntuados) = ${percent}`,
  explainAggContinuous: (sum, scored, percent) => `logros limitados al 100 %: ${sum} ÷ ${scored} puntos de datos puntuados = ${percent}`,
  explainAggNone: 'Ningún punto de datos de este grupo está puntuado.',
  explainAggRulePoints: 'puntos agregados ÷ (4 × puntos de datos declarados y con referencia) × 100, luego en franjas como un punto de datos',
  explainAggRuleContinuous: 'la media de los logros de los puntos de datos puntuados, cada uno limitado al 100 %',
  explainAggCounted: (n) => `Puntos de datos que cuentan (${n})`,
  explainAggLeftOut: (n) => `Excluidos (${n})`,
  explainAggParts: 'Compuesto por',
  explainAggSelect: (name) => `Explicar ${name}`,
  illustrativeTargets: 'Las metas de referencia son ilustrativas, no las referencias oficiales de U4SSC.',

  stepsTitle: 'Su progreso',
  stepsCount: (done, total) => `${done} de ${total} pasos hechos`,
  stepName: { profile: '1. Perfil de la ciudad', data: '2. Datos', review: '3. Revisión', report: '4. Informe' },
  stepState: { done: 'hecho', current: 'siguiente paso', todo: 'pendiente' },
  stepProfileDetail: (filled, total) =>
    filled === total
      ? `Las ${total} cifras del perfil están introducidas.`
      : `${filled} de ${total} cifras introducidas. Población, hogares, PIB y el resto se introducen una vez; todos los KPI que dividen por ellas las usan.`,
  stepDataDetail: (done, expected, provisional) =>
    `${done} de ${expected} puntos de datos tienen un valor válido.${provisional ? ' Las puntuaciones siguen siendo provisionales hasta que esté al menos la mitad de los puntos de datos con referencia.' : ''}`,
  stepReviewDetail: (errors, warnings) =>
    errors === 0 && warnings === 0
      ? 'Ningún valor rechazado y nada que comprobar.'
      : `${errors} ${s(errors, 'valor rechazado', 'valores rechazados')} por corregir, ${warnings} ${s(warnings, 'valor', 'valores')} por comprobar (advertencias).`,
  stepReportDetail: 'Vea la rueda y el informe de la ciudad, imprímalo o compártalo.',
  stepProfileAction: 'Completar el perfil de la ciudad',
  stepGridAction: 'Ir a la cuadrícula',
  stepReportAction: 'Abrir el informe de la ciudad',

  legendTitle: 'Qué significan las marcas de las celdas',
  legendSample: 'Ejemplo',
  legendItems: {
    advanced: ['EC: ICT: T: 3A', 'Código en cursiva: un KPI avanzado (los KPI básicos van en redonda).'],
    profile: ['250 000', 'Gris en cursiva sobre azul: tomado del perfil de la ciudad; cámbielo allí, una vez para todos los KPI.'],
    unused: ['', 'Rayado: un dato que este KPI no usa.'],
    computed: ['45,5', 'Gris: calculado por el banco de trabajo; solo lectura.'],
    override: ['80', 'Negrita, subrayado punteado: una meta fijada para esta evaluación en lugar de la meta de referencia.'],
    error: [
      'abc',
      'Contorno rojo, fondo rosa: error. El valor se rechaza (no es un número, es imposible, una división por cero); se conserva tal como se escribió y nunca se puntúa. Señale la celda o seleccione la fila para saber por qué.',
    ],
    warning: ['140', 'Contorno ámbar: advertencia. El valor se puntúa, pero parece inverosímil según el Manual de verificación de U4SSC; compruébelo.'],
    reminder: [
      '',
      'Contorno punteado: recordatorio. Un dato aún vacío, por ejemplo un numerador cuando el perfil de la ciudad ya da su denominador. No es un error; las filas no informadas o no aplicables nunca piden datos.',
    ],
    review: [
      'EN: EN: AQ: 1C',
      'Código marcado con Δ sobre una franja violeta: la definición del punto de datos cambió en una actualización del catálogo desde que se creó esta evaluación. Su valor se conserva; lea qué cambió en «Explicar esta cifra» y márquelo como leído.',
    ],
  },
  legendBands:
    'Puntos · franja: el color y la franja escrita indican cuánto se acerca un valor a su meta (la rueda y los gráficos añaden un patrón por franja):',
  legendBand: (points, label) => `${points} ${s(points, 'punto', 'puntos')} · ${label} de la meta`,
  none: '—',
};
