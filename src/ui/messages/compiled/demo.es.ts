// Compiled from src/ui/messages/es/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Args } from '../runtime';

export default {
  "demoCitiesHint": "Añade las ciudades de demostración ficticias (Demoville en tres años, Verdania Bay y Ferrum Heights) junto a sus propias evaluaciones, creando solo las que faltan, y abre Demoville. Todos los valores son inventados para la formación.",
  "demoCitiesAdded": (a: Args) => pl('es', a.n, false, { "=1": `Se añadió 1 ciudad de demostración ficticia.`, "other": `Se añadieron ${a.n} ciudades de demostración ficticias.` }),
  "resetAllDemos": "Restablecer las ciudades de demostración",
  "confirmResetAllDemos": (a: Args) => `¿Devolver los valores originales a ${pl('es', a.n, false, { "one": `la ciudad de demostración`, "other": `las ${a.n} ciudades de demostración` })} de la lista? Sus cambios en ellas se sustituyen; puede deshacerlo durante un rato. Sus propias evaluaciones no se tocan.`,
  "allDemosReset": (a: Args) => `${a.n} ${pl('es', a.n, false, { "one": `ciudad de demostración vuelve a tener sus`, "other": `ciudades de demostración vuelven a tener sus` })} valores originales.`,
} satisfies Table;
