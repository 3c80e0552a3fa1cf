/** Spanish words of export, share links, import and compare (the English `X` in ../interchange.ts is the contract). */
import { plural, type Translation } from '../languages';
import type { X as EN } from '../interchange';
import type { DecimalChoice } from '../../../engine/csv';
import type { LinkError } from '../../../share/link';

const p = plural('es');
const s = (n: number, one: string, other: string) => p(n, { one, other });

const MB = 1024 * 1024;

/** Why a share link did not open, in words (every kind of LinkError, as in English). */
function linkProblem(error: LinkError): string {
  switch (error.kind) {
    case 'malformed':
      return 'Este enlace está dañado o incompleto: puede que se cortara al copiarlo.';
    case 'not-a-link':
      return 'Este no es un enlace para compartir de SSC Workbench.';
    case 'needs-passphrase':
      return 'Este enlace está protegido por una frase de contraseña.';
    case 'cannot-decrypt':
      return error.mode === 'passphrase'
        ? 'La frase de contraseña es incorrecta, o el enlace se modificó.'
        : 'El enlace se modificó o se cortó: no se puede abrir.';
    case 'too-long':
      return `Este enlace es más largo que cualquier enlace que genera el banco de trabajo (${error.limit} caracteres); no se abrió.`;
    case 'too-large':
      return `El enlace se descomprime en más de ${error.limit / MB} MB; se rechazó.`;
  }
}

export const X: Translation<typeof EN> = {
  exportTitle: 'Exportar y compartir',
  exportHelp: 'Los archivos se generan en este navegador y él los guarda; no se sube nada.',
  exportJson: 'Evaluación JSON',
  exportJsonHint: 'Todo, exactamente: el archivo para hacer una copia de seguridad, llevar a otro navegador o enviar a un colega.',
  exportCsv: 'Valores CSV',
  exportCsvHint: 'Una fila por punto de datos, para una hoja de cálculo u otra herramienta.',
  exportXlsx: 'Excel (.xlsx)',
  exportXlsxHint:
    'Los valores con sus resultados (meta, puntos, banda), las puntuaciones con su cobertura, el perfil de la ciudad y las metas con su justificación, como libro de Excel. Se vuelve a importar con los valores que contiene.',
  workbook: {
    sheets: { Values: 'Valores', Scores: 'Puntuaciones', Profile: 'Perfil', Targets: 'Metas' },
    columns: {
      level: 'nivel',
      code: 'código',
      name: 'nombre',
      percent: 'porcentaje',
      band: 'franja',
      points: 'puntos',
      'max points': 'puntos máx.',
      reported: 'informados',
      benchmarked: 'con referencia',
      expected: 'esperados',
      field: 'campo',
      label: 'etiqueta',
      unit: 'unidad',
      value: 'valor',
      datapoint: 'punto de datos',
      target: 'meta',
      origin: 'origen',
      rationale: 'justificación',
      source: 'fuente',
      basis: 'base',
      'own target': 'meta propia',
      'own deadline': 'plazo propio',
      'own baseline': 'línea de base propia',
      'own baseline year': 'año de la línea de base propia',
      'scored by': 'puntuado con',
    },
  },
  exportScores: 'Tabla de puntuaciones (CSV)',
  exportScoresHint:
    'Una fila por punto de datos y por puntuación (global, dimensiones, subdimensiones, categorías) con logro, puntos, banda y cobertura, para R, pandas o DuckDB.',
  exportScoresParquet: 'Tabla de puntuaciones (Parquet)',
  exportScoresParquetHint: 'La tabla de puntuaciones, con tipos, en Apache Parquet: para DuckDB, pandas, R (arrow) o polars en todo un programa.',
  exportTargets: 'Archivo de metas (CSV)',
  exportTargetsHint: 'Las metas vigentes: las fijadas para esta evaluación o, si no, las metas de referencia.',
  exportSdmxCsv: 'SDMX-CSV',
  exportSdmxCsvHint:
    'Una observación por punto de datos según la estructura de datos U4SSC (sdmx/u4ssc-structure.xml), para las herramientas SDMX de una oficina de estadística. «No informado» y «no aplicable» son estados, nunca ceros. Se vuelve a importar como los valores que contiene.',
  exportSdmxMl: 'SDMX-ML (XML)',
  exportSdmxMlHint: 'Las mismas observaciones como datos SDMX-ML 2.1 específicos de la estructura, para registros y validadores SDMX.',
  exportDhis2Values: 'Valores DHIS2 (JSON)',
  exportDhis2ValuesHint:
    'Un conjunto de valores por código (idScheme=CODE) para una instancia DHIS2 que recoge datos U4SSC; el estado, la calidad, el año y la fuente van en el comentario de cada valor. Se vuelve a importar como los valores que contiene.',
  exportDhis2Metadata: 'Metadatos DHIS2 (JSON)',
  exportDhis2MetadataHint:
    'Los elementos de datos U4SSC, las categorías de sus puntos de datos y el conjunto de datos, para importar una vez en DHIS2 antes de los valores.',
  exportOpenSdg: 'Open SDG (zip)',
  exportOpenSdgHint:
    'Un CSV por KPI con el formato de datos de Open SDG (Year, City, Series, Units, GeoCode, Value) y sus metadatos, para el sitio Open SDG de una ciudad. Se vuelve a importar como los valores que publica.',
  exportAll: 'Descargar todo (zip)',
  exportAllHint: 'Todas las exportaciones anteriores en un solo zip, con la estructura de datos SDMX.',
  libraryAll: 'Todos los formatos (zip)',
  libraryAllHint: 'Todas las exportaciones de todas las evaluaciones en un solo zip, una carpeta por evaluación.',
  libraryAllWriting: (done, of) => `Escribiendo el zip: ${done} de ${of} evaluaciones…`,
  libraryAllDone: (n) => (n === 1 ? 'Se descargó el zip de 1 evaluación.' : `Se descargó el zip de ${n} evaluaciones.`),
  exportShare: 'Enlace para compartir…',
  exportShareHint: 'Un enlace cifrado que abre esta evaluación en otro navegador.',
  preparing: 'Preparando…',
  saved: (file) => `Se guardó ${file}.`,
  exportFailed: (message) => `No se pudo generar el archivo: ${message}`,

  shareTitle: 'Enlace para compartir',
  shareModeLegend: 'Cómo se protege el enlace',
  shareModeKey: 'Clave en el enlace',
  shareModeKeyHint: 'Cualquiera con el enlace completo puede abrirlo. Sencillo, para un canal de confianza.',
  shareModePassphrase: 'Frase de contraseña',
  shareModePassphraseHint: 'El enlace solo no basta: comunique la frase de contraseña por separado (por teléfono, en persona).',
  passphrase: 'Frase de contraseña',
  passphraseConfirm: 'Repita la frase de contraseña',
  passphraseTooShort: (min) => `Use una frase de contraseña de al menos ${min} caracteres.`,
  passphraseMismatch: 'Las dos frases de contraseña no coinciden.',
  createLink: 'Crear enlace',
  creatingLink: 'Cifrando…',
  linkLabel: 'Enlace para compartir',
  copy: 'Copiar',
  copied: 'Copiado al portapapeles.',
  copyManually: 'Aquí no se permite copiar: el enlace está seleccionado, pulse Ctrl+C (⌘C en un Mac).',
  linkReady: (chars) => `El enlace está listo (${chars} caracteres).`,
  linkTooLong: (chars, max) =>
    `Esta evaluación genera un enlace de ${chars} caracteres, más de los ${max} que los programas de correo y chat transmiten con seguridad. Comparta en su lugar el archivo JSON de la evaluación.`,
  linkFailed: (message) => `No se pudo crear el enlace: ${message}`,
  downloadJsonInstead: 'Guardar el archivo JSON de la evaluación',
  close: 'Cerrar',
  securityTitle: 'Qué protege el cifrado y qué no',
  securityPoints: [
    'La evaluación se comprime y se cifra en este navegador; no se guarda ninguna copia en ningún servidor y el enlace no la envía a ninguna parte.',
    'Todo lo que va después del # en el enlace se queda en el navegador: nunca se envía al servidor que aloja la aplicación, así que los servidores, los proxies y sus registros no pueden leer la evaluación.',
    'Quien tenga el enlace completo puede abrir la evaluación. En el modo de frase de contraseña también necesita la frase, que nunca se guarda ni se pone en el enlace: comuníquela por separado.',
    'Un enlace alterado o cortado no se abre en absoluto, así que el destinatario nunca ve valores alterados.',
    'Cualquiera que pueda leer el enlace puede guardar una copia: un enlace enviado no se puede retirar.',
  ],

  previewTitle: 'Abrir una evaluación compartida',
  decoding: 'Abriendo el enlace…',
  passphrasePrompt: 'Este enlace está protegido por una frase de contraseña. Escríbala para abrir la evaluación.',
  openWithPassphrase: 'Abrir',
  previewIntro: 'El enlace contiene esta evaluación. Se añadirá como nueva evaluación; no se cambia nada de lo guardado en este navegador.',
  previewCity: 'Ciudad',
  previewCountry: 'País',
  previewYear: 'Año',
  previewValues: 'Valores introducidos',
  previewScore: 'Puntuación global',
  previewScoreNone: 'aún sin puntuar',
  openAsNew: 'Abrir como nueva evaluación',
  cancel: 'Cancelar',
  linkDocumentProblem: 'El enlace se abrió, pero lo que contiene no es una evaluación válida.',
  linkProblem,
  opened: (name) => `Se abrió ${name} como nueva evaluación.`,

  importTitle: 'Importar',
  importHelp:
    'Un archivo JSON de evaluación o de espacio de trabajo, valores en CSV o una tabla de valores de Excel (.xlsx). Verá lo que se leyó antes de que se guarde nada; una celda que no es un número se conserva como texto con el motivo, como en la cuadrícula, y no se puntúa.',
  chooseFile: 'Elegir un archivo',
  dropHere: 'o suelte un archivo aquí',
  reading: (name) => `Leyendo ${name}…`,
  readingLoaded: (name, loaded, total) => `Cargando ${name}: ${loaded} de ${total}`,
  readingParsing: (name) => `Leyendo el contenido de ${name}…`,
  readingProgress: 'Avance de la lectura',
  readingCancel: 'Cancelar la lectura',
  readingCancelled: (name) => `Se canceló la lectura de ${name}; no se cambió nada.`,
  fileTooLarge: (size, max) => `El archivo ocupa ${size}; no se leen archivos de más de ${max}.`,
  unknownKind: (name, endings) =>
    `«${name}» no es un archivo que el banco de trabajo lea: use ${endings.length > 1 ? `${endings.slice(0, -1).join(', ')} o ${endings[endings.length - 1]}` : endings.join('')}.`,
  notRead: (name) => `${name} no se importó:`,
  problemsCount: (n) => `${n} ${s(n, 'problema', 'problemas')}; no se guardó nada.`,
  problemAt: (row, column, message, cell) =>
    cell !== undefined
      ? `Celda ${cell}: ${message}`
      : row === undefined
        ? message
        : column
          ? `Línea ${row}, columna ${column}: ${message}`
          : `Línea ${row}: ${message}`,
  read1252: 'Leerlo como Windows-1252',
  read1252Hint:
    'Solo si el archivo viene del formato «CSV» de Excel o de otro programa occidental de Windows: las letras acentuadas se leen entonces como ese programa las escribió.',
  decimalLegend: 'Separador decimal en este archivo',
  decimalFrom: (choice: DecimalChoice): string => {
    const mark = choice.mark === 'point' ? 'punto' : 'coma';
    switch (choice.from) {
      case 'declared':
        return `Leído con ${mark} decimal, como usted eligió.`;
      case 'file':
        return `Leído con ${mark} decimal: lo muestran los propios números del archivo (línea ${choice.row}: «${choice.text}»).`;
      case 'setting':
        return choice.conflict
          ? `Los números del archivo usan ambos separadores; leído con ${mark} decimal (su configuración). Los números que se leen de dos maneras se rechazan.`
          : `Nada en el archivo muestra su separador decimal; leído con ${mark} decimal (su configuración). Los números que se leen de dos maneras se rechazan.`;
    }
  },
  decimalPointFile: 'Punto (12.5)',
  decimalCommaFile: 'Coma (12,5)',
  sheetLegend: 'Hoja que se leerá',
  sheetHidden: (name) => `${name} (oculta)`,
  sheetChoose: 'Elija una hoja',
  readingNotes: 'Notas sobre la lectura',
  readFailed: (message) => `No se pudo leer el archivo: ${message}`,
  readyJson: (n) => `Listo para importar ${n} ${s(n, 'evaluación', 'evaluaciones')}:`,
  docLine: (city, year, values) => `${city} ${year}, ${values} ${s(values, 'valor introducido', 'valores introducidos')}`,
  clashNotice: (n, total) =>
    n === total && n === 1
      ? 'Esta evaluación ya está guardada en este navegador.'
      : `${n} de estas ${total} evaluaciones ya están guardadas en este navegador.`,
  clashLegend: 'Evaluaciones ya guardadas',
  clashAsNew: 'Añadir como nuevas evaluaciones (recomendado): las guardadas se quedan como están.',
  clashReplace: 'Reemplazar las copias guardadas por las del archivo.',
  confirmReplace: (n) => `¿Reemplazar ${n} ${s(n, 'evaluación guardada', 'evaluaciones guardadas')}? Su contenido actual se pierde si no lo exportó.`,
  replaceNow: (n) => `Reemplazar ${n}`,
  importAsNew: 'Abrir como nueva evaluación',
  importAll: (n) => (n === 1 ? 'Abrir como nueva evaluación' : `Importar ${n} evaluaciones`),
  importReplace: 'Importar y reemplazar…',
  imported: (n) => `${n} ${s(n, 'evaluación importada', 'evaluaciones importadas')}.`,
  rejectedCells: (n) =>
    `${n} ${s(n, 'celda no es un número', 'celdas no son números')}: se ${s(n, 'conserva', 'conservan')} como texto, como en la cuadrícula, y no se ${s(n, 'puntúa', 'puntúan')} hasta que se ${s(n, 'corrija', 'corrijan')}:`,
  ignoredCells: (n) => `${n} ${s(n, 'celda omitida', 'celdas omitidas')} (un estado, una calidad, un año o una meta que no lo es):`,
  resultColumnsNotRead: (columns) =>
    `El archivo también tiene columnas de resultados (${columns}). No se leen: las puntuaciones de abajo se calculan de nuevo a partir de sus datos, así que un cambio hecho en ellas no se importa.`,
  readyTable: (rows) => `${rows} ${s(rows, 'punto de datos leído', 'puntos de datos leídos')}. Dé un nombre a la nueva evaluación:`,
  city: 'Ciudad',
  country: 'País',
  year: 'Año',
  cityRequired: 'Escriba el nombre de la ciudad.',
  yearInvalid: (min, max) => `Escriba un año entre ${min} y ${max}.`,
  createFromTable: 'Crear evaluación',
  importedNote: (file) => `Importado de ${file}.`,
  storeFailed: (message) => `No se guardó nada: ${message}`,
  storeQuota: 'El navegador no tiene espacio de almacenamiento para este sitio; no se importó nada.',
  tableRead: (rows) => `${rows} ${s(rows, 'punto de datos leído', 'puntos de datos leídos')}.`,
  destLegend: 'Importar como',
  destNew: 'Una evaluación nueva',
  destUpdate: 'Una actualización de una evaluación de este navegador',
  destPick: 'Evaluación que se actualiza',
  destPickMore: (shown, total) => `${shown} de ${total} en la lista: escriba parte de la ciudad, el país o el año para acortarla.`,
  destPickNone: 'Ninguna evaluación guardada coincide.',
  destMatchId: 'El archivo es una copia de esta evaluación (mismo identificador): se propone actualizarla, para no crear una segunda copia.',
  destMatchName: 'Hay guardada una evaluación de la misma ciudad y año: se propone actualizarla.',
  scoresPreviewTitle: 'Puntuaciones que daría el archivo',
  previewCols: { level: 'Nivel', now: 'Ahora', after: 'Tras la actualización', file: 'Según el archivo' },
  previewCounts: (scored, rejected, missing) =>
    `Puntos de datos puntuados: ${scored}; rechazados (no utilizables tal como se introdujeron): ${rejected}; no informados: ${missing}.`,
  updateSummary: (changed, added, unchanged) =>
    `Puntos de datos que cambian: ${changed}; que se añaden: ${added}; sin cambios: ${unchanged}. Se conservan los estados de revisión, los hilos y lo que el archivo no contiene.`,
  updateNothing: 'El archivo contiene lo que ya está guardado: nada cambiaría.',
  updateCols: { item: 'Elemento', now: 'Ahora', after: 'Tras la actualización' },
  infoNames: { city: 'Ciudad', country: 'País', year: 'Año', notes: 'Notas' },
  updateMethod: 'El método de puntuación pasa a ser el del archivo.',
  updateCycle: (n) => `Elementos de revisión (estados, mensajes, evidencias, recomendaciones, acciones) añadidos o cambiados: ${n}.`,
  updateLocal: (n) => `Indicadores locales de su marco propio con valores añadidos, cambiados o borrados: ${n}.`,
  updateLocalFramework: 'El archivo nombra otro marco propio para esta evaluación; se nombrará en su lugar.',
  updateFrozen: 'Esta evaluación está congelada y no se puede cambiar: importe el archivo como evaluación nueva, o empiece una nueva versión.',
  updateButton: (name) => `Actualizar ${name}`,
  updated: (name, n) => `${name} actualizada: ${n} ${s(n, 'cambio', 'cambios')}.`,
  undone: (name) => `Se deshizo la actualización de ${name}.`,

  targetsTitle: 'Importar un archivo de metas',
  targetsHelp:
    'Un CSV con las columnas code, datapoint, target, rationale, source (tal como lo escribe la exportación del archivo de metas). Fija metas solo para esta evaluación.',
  chooseTargetFile: 'Elegir un archivo de metas',
  targetsSummary: (inFile, changing) =>
    `${inFile} ${s(inFile, 'meta', 'metas')} en el archivo; ${changing} ${s(changing, 'cambia', 'cambian')} la meta vigente.`,
  targetsApply: (n) => `Aplicar ${n} ${s(n, 'meta', 'metas')}`,
  targetsApplied: (n) => `Se ${s(n, 'aplicó', 'aplicaron')} ${n} ${s(n, 'meta', 'metas')}.`,
  targetsNoChange: 'El archivo fija las metas ya vigentes; no cambiaría nada.',
  targetChangeCol: { item: 'Punto de datos', before: 'Ahora', after: 'Del archivo' },
  targetNone: 'ninguna (sin referencia)',
  targetRef: (t) => `${t} (referencia)`,
  targetsMore: (n) => `…y ${n} más.`,

  compareTitle: (a, b) => `Comparar ${a} con ${b}`,
  compareNone: 'Las dos evaluaciones tienen los mismos valores, perfil y metas.',
  compareCount: (n) => `${n} ${s(n, 'diferencia', 'diferencias')}. Para cada una, elija qué versión conserva la evaluación combinada.`,
  compareCols: { item: 'Elemento', kind: 'Qué', a: 'A', b: 'B', keep: 'Conservar' },
  kindLabel: { profile: 'Perfil de la ciudad', value: 'Valor', target: 'Meta', 'own-target': 'Meta propia', 'scoring-targets': 'Metas de puntuación' },
  keepA: 'A',
  keepB: 'B',
  keepLabel: (which, item) => `Conservar ${which} para ${item}`,
  allA: 'Elegir A en todo',
  allB: 'Elegir B en todo',
  empty: '(vacío)',
  fieldNames: {
    numerator: 'numerador',
    denominator: 'denominador',
    value: 'valor',
    status: 'estado',
    quality: 'calidad',
    source: 'fuente',
    year: 'año',
    note: 'nota',
  },
  targetRationale: (t, rationale) => `${t} — ${rationale}`,
  scoresTitle: 'Puntuaciones',
  scoresCols: { level: 'Nivel', a: 'A', b: 'B' },
  overall: 'Global',
  percent: (v) => `${v} %`,
  notScored: '—',
  mergeSummary: (n) => `La evaluación combinada toma ${n} ${s(n, 'elemento', 'elementos')} de B y todo lo demás de A.`,
  merge: 'Combinar en una nueva evaluación',
  mergedNotes: (a, b, fromB) => `Combinación de ${a} (A) y ${b} (B): ${fromB} ${s(fromB, 'elemento tomado', 'elementos tomados')} de B, todo lo demás de A.`,
  sideLabel: (which, name) => `${which}: ${name}`,
  assessmentName: (city, year) => `${city} ${year}`,
};
