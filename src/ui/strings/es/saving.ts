/** Spanish words for saving, storage problems and other tabs (the English `D` in ../saving.ts is the contract). */
import { plural, type Translation } from '../languages';
import type { D as EN } from '../saving';

const p = plural('es');
const s = (n: number, one: string, other: string) => p(n, { one, other });

export const D: Translation<typeof EN> = {
  saved: 'Todos los cambios están guardados en este navegador.',
  saving: (n) => `Guardando ${n} ${s(n, 'cambio', 'cambios')}…`,
  memory: 'Solo se conserva en esta pestaña: este navegador no permite que el banco de trabajo guarde datos. Exporte antes de cerrar la pestaña.',
  notSaved: (atRisk, why) =>
    atRisk > 0 ? `Sin guardar: ${atRisk} ${s(atRisk, 'cambio se conserva', 'cambios se conservan')} solo en esta pestaña. ${why}` : `Sin guardar. ${why}`,

  problem(pb) {
    switch (pb.kind) {
      case 'quota':
        return 'El navegador no tiene espacio de almacenamiento para este sitio: exporte la evaluación ahora.';
      case 'newer-version':
        return 'Esta evaluación la guardó una versión más reciente del banco de trabajo. Recargue la página para actualizar la aplicación; no se sobrescribió nada.';
      case 'missing':
        return 'Esta evaluación ya no está guardada en este navegador (se eliminó en otra pestaña): expórtela ahora para conservar su trabajo.';
      case 'damaged':
        return `La copia guardada de esta evaluación está dañada (${D.damage!(pb.reason)}). Abra la biblioteca para exportar sus datos en bruto o repararla.`;
      case 'closed':
        return 'Una versión más reciente del banco de trabajo tomó el control del almacenamiento en otra pestaña. Recargue esta pestaña: se conservan todos los cambios escritos aquí.';
      case 'frozen':
        return 'Esta evaluación está congelada: no se guardó nada sobre ella. Inicie una nueva versión para editarla.';
      case 'conflict':
        return 'Aún no guardado en la evaluación: otra pestaña la guardó cada vez que esta pestaña lo intentó. Sus cambios se conservan en el diario de este navegador (una recarga los mantiene) y se muestran sobre la copia de la otra pestaña; se volverá a intentar guardar en breve.';
      case 'failed':
        return `El navegador se negó a guardar los datos (${pb.name}). Exporte la evaluación ahora.`;
    }
  },

  damage(reason) {
    switch (reason) {
      case 'not-an-object':
        return 'no es una evaluación';
      case 'no-id':
        return 'sin identificador';
      case 'no-values':
        return 'sin valores';
      case 'no-profile':
        return 'sin perfil de la ciudad';
      case 'bad-revision':
        return 'revisión fuera de rango';
      case 'bad-date':
        return 'fecha fuera de rango';
      case 'bad-text':
        return 'ciudad, país, año o notas de un tipo incorrecto';
      case 'bad-field':
        return 'otro campo de un tipo incorrecto';
    }
  },

  memoryReason(reason) {
    switch (reason) {
      case 'unavailable':
        return 'Este navegador no permite que el banco de trabajo guarde datos (modo privado o almacenamiento desactivado).';
      case 'timeout':
        return 'El almacenamiento del navegador no respondió en 10 segundos.';
    }
  },

  recovered: (n) => `Se ${s(n, 'recuperó', 'recuperaron')} ${n} ${s(n, 'cambio escrito', 'cambios escritos')} antes del último cierre de la página.`,
  setAside: (items) =>
    `No recuperado: ${items.length} ${s(items.length, 'cambio que quedaba', 'cambios que quedaban')} en el diario no se ${s(items.length, 'pudo', 'pudieron')} aplicar y se ${s(items.length, 'apartó', 'apartaron')}; la evaluación no cambia por ${s(items.length, 'él', 'ellos')}: ${items.join('; ')}.`,
  setAsideItem: (where, why) =>
    `${where} (${why === 'unreadable' ? 'no es un cambio que el programa pueda leer' : why === 'too-long' ? 'texto más largo que el límite' : why === 'frozen' ? 'la evaluación está congelada' : 'un valor que la evaluación no puede contener'})`,
  setAsideUnknown: 'una entrada ilegible',
  lost: (items) => `Otra pestaña reemplazó ${s(items.length, 'un valor', 'valores')} que usted había introducido: ${items.join('; ')}.`,
  lostItem: (where, mine, theirs) => `${where}: el suyo «${mine}», ahora «${theirs}»`,
  putMineBack: 'Volver a poner el mío',
  dismiss: 'Descartar',
  replacedOrChanged:
    'Esta evaluación se cambió en otra pestaña o la reemplazó una importación; se muestra la versión guardada, con sus cambios sin guardar encima.',
  readOnlyReplaced:
    'La edición está en pausa en esta pestaña: una versión más reciente del banco de trabajo tomó el control del almacenamiento. Recargue para seguir trabajando; se conservan todos los cambios escritos.',

  updateActivated:
    'Se activó una nueva versión del banco de trabajo en otra pestaña. Recargue esta pestaña cuando esté listo: se conserva todo lo que escribió.',

  leaveUnsaved: (n) =>
    `${n} ${s(n, 'cambio no está guardado', 'cambios no están guardados')} en este navegador. Si sale ahora, ${s(n, 'se pierde', 'se pierden')} a menos que exporte antes la evaluación.`,
  exportAndLeave: 'Exportar y salir',
  leaveAnyway: 'Salir sin guardar',
  stay: 'Quedarse',

  tooLong: (what, limit) => `${what}: como máximo ${limit.toLocaleString('es')} caracteres; el texto no se guardó.`,

  backupWithDamaged: (items) =>
    `La copia de seguridad también contiene ${items.length} ${s(items.length, 'evaluación dañada', 'evaluaciones dañadas')} tal como ${s(items.length, 'está', 'están')}; una importación ${s(items.length, 'la', 'las')} lee solo tras repararla${items.length === 1 ? '' : 's'}: ${items.join('; ')}.`,
  backupLeftOut: (items) => `Excluido de la copia de seguridad, porque no se puede escribir en un archivo: ${items.join('; ')}.`,
  damagedTitle: 'Evaluaciones dañadas',
  damagedHint:
    'Estas filas guardadas no se pueden abrir tal como están. Exporte los datos en bruto para conservarlos, intente una reparación o elimine la fila.',
  damagedRow: (label, reason) => `${label || 'Sin nombre'}: ${D.damage!(reason)}`,
  exportRaw: 'Exportar JSON en bruto',
  repair: 'Reparar',
  repaired: (label) => `Se reparó ${label}.`,
  repairFailed: (problem) => `No se pudo reparar: ${problem}`,
  deleteRow: 'Eliminar fila',

  refusedTitle: (n) =>
    `${n} ${s(n, 'evaluación del archivo no se pudo leer y no se importó', 'evaluaciones del archivo no se pudieron leer y no se importaron')}:`,
  refusedItem: (position, label, why) => `n.º ${position}${label ? ` ${label}` : ''}: ${why}`,
  readNotes: (n) => `${n} ${s(n, 'nota', 'notas')} sobre la lectura del archivo:`,
};
