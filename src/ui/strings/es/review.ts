/** Spanish words of the U4SSC cycle: review, queries, evidence, freezing, recommendations (the English `V` in ../review.ts is the contract). */
import type { CycleConflict } from '../../../engine/cycle-merge';
import type { ActionStatus, RecScope, ReviewProblem, ReviewState, ThreadKind } from '../../../engine/review';
import { plural, type Translation } from '../languages';
import type { V as EN } from '../review';

const p = plural('es');
const s = (n: number, one: string, other: string) => p(n, { one, other });

const STATE: Record<ReviewState, string> = {
  draft: 'Borrador',
  submitted: 'Enviado',
  queried: 'Consultado',
  answered: 'Respondido',
  verified: 'Verificado',
  'not-verifiable': 'No verificable',
};

const MOVE: Record<ReviewState, string> = {
  draft: 'Devolver a borrador',
  submitted: 'Enviar a revisión',
  queried: 'Consultar',
  answered: 'Responder',
  verified: 'Verificar',
  'not-verifiable': 'No verificable…',
};

const THREAD: Record<ThreadKind, string> = { question: 'Pregunta', answer: 'Respuesta', resolution: 'Resolución' };
const ACTION_STATUS: Record<ActionStatus, string> = { planned: 'Prevista', 'in-progress': 'En curso', done: 'Hecha', dropped: 'Abandonada' };
const SCOPE: Record<RecScope, string> = { datapoint: 'Punto de datos', category: 'Categoría', dimension: 'Dimensión' };

export const V: Translation<typeof EN> = {
  state: (st) => STATE[st],
  move: (st) => MOVE[st],
  stale: 'modificado desde la verificación',
  staleState: 'Enviado (modificado desde la verificación)',
  unfoundedState: 'Enviado (verificado sin un valor válido)',
  openQuery: 'consulta abierta',
  stampLine: (state, by, when) => `${state} · ${by} · ${when}`,
  reviewColumn: 'Revisión',
  filterUnverified: 'Aún sin verificar',
  filterOpenQueries: 'Consultas abiertas',
  problem: (pb: ReviewProblem): string => {
    switch (pb.kind) {
      case 'not-allowed':
        return `Un punto de datos en estado «${STATE[pb.from]}» no puede pasar al estado «${STATE[pb.to]}».`;
      case 'reason-required':
        return 'Indique por qué el valor no se puede verificar.';
      case 'text-required':
        return pb.to === 'queried'
          ? 'Escriba primero la pregunta: una consulta son sus palabras, no solo un estado.'
          : 'Escriba primero la respuesta: una respuesta son sus palabras, no solo un estado.';
      case 'no-valid-value':
        return pb.standing === 'rejected'
          ? 'El valor de este dato está rechazado (vea sus avisos): corríjalo, o márquelo como no informado o no aplicable, antes de enviarlo o verificarlo.'
          : 'Este dato aún no tiene valor: introduzca uno, o márquelo como no informado o no aplicable, antes de enviarlo o verificarlo.';
      case 'self-verify':
        return `${pb.by} envió o modificó por última vez este valor. Para verificarlo con el mismo nombre, use «Verificar mi propio valor»: el informe lo cuenta aparte.`;
      case 'no-name':
        return 'Escriba primero su nombre: cada paso de la revisión se firma con él.';
    }
  },

  nameLabel: 'Su nombre',
  nameHint: 'Firma cada paso de la revisión, consulta y respuesta. Se escribe una vez y se guarda solo en este navegador.',
  nameSave: 'Guardar el nombre',
  nameSaved: (name) => `Firma como ${name}.`,
  nameChange: 'Cambiar',

  panelTitle: 'Revisión',
  panelEmpty: 'Seleccione un punto de datos en la cuadrícula para revisarlo.',
  currentState: 'Estado',
  reasonLabel: 'Por qué no se puede verificar',
  confirmNotVerifiable: 'Marcar como no verificable',
  selfVerify: 'Verificar mi propio valor',
  cancel: 'Cancelar',
  threadTitle: 'Consultas',
  threadEmpty: 'No hay ninguna consulta sobre este punto de datos.',
  threadKind: (k) => THREAD[k],
  threadEntry: (kind, by, when) => `${THREAD[kind]} · ${by} · ${when}`,
  newEntry: 'Escriba una pregunta, una respuesta o una resolución',
  ask: 'Preguntar (consulta)',
  answer: 'Responder',
  resolve: 'Resolver',
  emptyText: 'Escriba primero el texto.',
  versionLabel: (n) => `Versión ${n}`,
  versionOpen: 'no congelada',
  versionFrozen: (by) => `congelada por ${by}`,
  versionVerified: (by) => `verificada, congelada por ${by}`,
  versionParent: (print) => `nueva versión de ${print}…`,
  versionOrigin: (kind, name, when, signer) =>
    `${kind === 'file' ? `importada de ${name}` : kind === 'link' ? 'abierta desde un enlace' : `fusionada con ${name}`} el ${when}${signer ? `, firmada por ${signer}` : ''}`,
  versionChanged: (when) => `modificada el ${when}`,
  annexChangedTitle: 'Valores modificados después de enviarse, con su historial',
  historyTitle: 'Historial de este valor',
  historyEmpty: 'Aún no hay cambios registrados: los valores y los pasos de revisión se registran a medida que se hacen.',
  historyValue: (value, by, when) => `Valor ${value} · ${by} · ${when}`,
  historyStep: (st, by, when) => `${STATE[st]} · ${by} · ${when}`,
  historySelf: 'valor propio',
  historyEmptied: 'vaciado',
  historyNoName: 'sin nombre',
  historyDropped: (n, limit) =>
    `${s(n, `${n} entrada anterior no se conserva`, `${n} entradas anteriores no se conservan`)}: se conservan las últimas ${limit}.`,
  frozenNoEdit: 'Esta evaluación está congelada: no se puede modificar. Inicie una nueva versión para editarla.',
  frozenRefused:
    'Esta evaluación está congelada: el cambio fue rechazado y no se guardó nada; se muestran de nuevo los valores congelados. Inicie una nueva versión para editarla.',

  evidenceTitle: 'Evidencias',
  evidenceEmpty: 'Aún no hay ningún documento referenciado.',
  evidenceFields: { title: 'Título', location: 'URL o nombre de archivo', page: 'Página', date: 'Fecha' },
  evidenceAdd: 'Añadir referencia',
  evidenceRemove: (title) => `Quitar la referencia: ${title}`,
  evidenceNeedsTitle: 'Dé un título a la referencia.',
  evidenceLine: (title, location, page, date) => [title, location, page ? `p. ${page}` : '', date].filter(Boolean).join(' · '),
  evidenceNote: 'Las referencias viajan con la evaluación en archivos y enlaces; los documentos en sí no se envían.',

  viewTitle: 'Revisión',
  viewIntro:
    'En qué punto está la revisión de esta evaluación: cada punto de datos aplicable con su estado, las consultas abiertas y lo que aún no está verificado, por categoría. Abra un punto de datos para revisarlo junto a la cuadrícula.',
  countsTitle: 'Puntos de datos por estado de revisión',
  countsCaption: 'Estados de revisión de los puntos de datos aplicables',
  stateCol: 'Estado',
  countCol: 'Puntos de datos',
  submitAll: (n) => `Enviar ${s(n, 'el borrador', `los ${n} borradores`)} a revisión`,
  notSubmittable: (empty, rejected) => `No enviados, listados aquí primero: vacíos ${empty}, rechazados ${rejected}.`,
  submitted: (n) => `${n} ${s(n, 'punto de datos enviado', 'puntos de datos enviados')} a revisión.`,
  openQueriesTitle: (n) => `Consultas abiertas (${n})`,
  openQueriesNone: 'No hay consultas abiertas.',
  unverifiedTitle: (n) => `Aún sin verificar (${n})`,
  unverifiedNone: 'Cada punto de datos aplicable está verificado o marcado como no verificable.',
  categoryCount: (code, name, n) => `${code} ${name} (${n})`,
  open: (label) => `Abrir ${label} en la cuadrícula`,
  lastQuestion: 'Última pregunta',

  freezeTitle: 'Congelar y tomar la huella',
  freezeHint:
    'Congelar deja esta evaluación en solo lectura y registra su huella (SHA-256 de sus datos), para que cualquiera pueda comprobar que un archivo es el que se verificó. Editar después inicia una nueva versión que registra esta como su versión madre.',
  freeze: 'Congelar esta evaluación',
  freezeSummary: (verified, unverified, rejected, open) =>
    `Verificados: ${verified}. Sin verificar: ${unverified}. Valores rechazados: ${rejected}. Consultas abiertas: ${open}.`,
  freezeAsk: '¿Congelar con este resumen? Una evaluación congelada no se puede modificar; una nueva versión de ella sí.',
  freezeConfirm: 'Congelar ahora',
  frozen: (by, when) => `Congelada por ${by} el ${when}.`,
  newVersion: 'Iniciar una nueva versión para editar',
  newVersionMade: (name) => `Se inició una nueva versión: ${name}.`,
  parentLine: (fp) => `Iniciada a partir de la versión congelada con huella ${fp}.`,
  fingerprint: 'Huella (SHA-256)',
  fingerprintMatches: 'La huella coincide: este archivo contiene exactamente los datos que se congelaron.',
  fingerprintDiffers: 'La huella no coincide: este archivo se modificó después de congelarse.',
  fingerprintCoversData: 'Esta huella es anterior a que cubriera la congelación misma: garantiza los datos, no quién congeló, cuándo ni la versión de origen.',
  fingerprintOf: (name) => `Archivo congelado ${name}:`,

  statementTitle: 'Declaración de verificación',
  statement: (verified, total) => `${verified} de ${total} puntos de datos verificados.`,
  statementBy: (names) => `Verificado por ${names}`,
  statementWhen: (from, to) => (from === to ? `el ${from}.` : `entre el ${from} y el ${to}.`),
  statementNone: 'No se ha verificado ningún punto de datos.',
  statementNotVerifiable: (n) => `${n} no ${s(n, 'verificable', 'verificables')}.`,
  statementOpen: (n) => `${n} ${s(n, 'consulta abierta', 'consultas abiertas')} (anexo).`,
  statementConfirmed: (n) => `De ellos, confirmados como no informados o no aplicables: ${n}.`,
  statementSelf: (n) => `De ellos, verificados por el nombre que los envió: ${n}.`,
  notFrozen: 'Esta evaluación no está congelada: sus datos aún pueden cambiar.',
  annexTitle: 'Anexo: consultas abiertas',
  reviewCol: 'Revisión',
  detailCols: { datapoint: 'Punto de datos', state: 'Estado', by: 'Por', when: 'Cuándo', question: 'Pregunta', reason: 'Motivo' },

  recsTitle: 'Recomendaciones y acciones',
  recsHint: 'El verificador recomienda, por punto de datos, categoría o dimensión; la ciudad convierte las recomendaciones en acciones.',
  scope: (sc) => SCOPE[sc],
  recScope: 'Se aplica a',
  recTarget: 'Cuál',
  recText: 'Recomendación',
  recAdd: 'Añadir recomendación',
  recNone: 'Aún no hay recomendaciones.',
  recLine: (scope, target, by, when) => `${scope} ${target} · ${by} · ${when}`,
  actionFromRec: 'Convertirla en acción',
  actionsTitle: 'Plan de acción',
  actionNone: 'Aún no hay acciones.',
  actionFields: {
    title: 'Acción',
    owner: 'Responsable',
    deadline: 'Plazo',
    status: 'Estado',
    datapoints: 'Puntos de datos que debe mejorar',
    band: 'Franja buscada',
  },
  actionAdd: 'Añadir acción',
  actionStatus: (st) => ACTION_STATUS[st],
  actionRemove: (title) => `Quitar la acción: ${title}`,
  actionNeedsTitle: 'Ponga nombre a la acción.',
  noBand: 'sin indicar',
  band: (n) => `Franja ${n}`,
  unknownCodes: (codes) => `No es un punto de datos: ${codes}.`,
  pickHint: 'Escriba parte de un nombre o de un código y elija con ↓ ↑ e Intro.',
  pickNone: 'Ninguna coincidencia.',
  pickCount: (n) => `Coincidencias: ${n}.`,
  pickRemove: (code) => `Quitar ${code}`,
  reviewFind: 'Abrir un punto de datos',
  carried: (year) => `traída de ${year}`,
  progressTitle: 'Acciones traídas del año pasado',
  progressCols: { action: 'Acción', status: 'Estado', datapoint: 'Punto de datos', before: 'El año pasado', now: 'Este año', change: 'Cambio' },

  conflict: (c: CycleConflict, label: (id: string) => string): string => {
    switch (c.kind) {
      case 'review-dropped':
        return `${label(c.id)}: la verificación de ${c.dropped.by} era de un valor que la fusión sustituyó; ya no cuenta.`;
      case 'future-stamp':
        return `${label(c.id)}: un paso de revisión de ${c.stamp.by} tiene fecha futura; se rechazó.`;
      case 'one-side':
        return `${label(c.id)}: la evidencia «${c.title}» solo está en el lado ${c.side === 'a' ? 'A' : 'B'} (añadida allí o eliminada en el otro lado); se conserva.`;
      case 'same-time':
        return `${c.what === 'action' ? 'La acción' : 'La recomendación'} ${c.id} se modificó en ambos lados a la vez; se conserva la del lado A.`;
    }
  },
  mergeRules:
    'Los estados de revisión, las consultas, las evidencias, las recomendaciones y las acciones se fusionan según reglas: se conservan las entradas de consulta de ambos lados; prevalece el paso de revisión más reciente, pero una verificación solo cuenta si el valor que verificó es el valor fusionado; prevalece el cambio más reciente de una acción.',
};
