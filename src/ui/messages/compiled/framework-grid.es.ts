// Compiled from src/ui/messages/es/framework-grid.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, pl, type Args } from '../runtime';

export default {
  "localGroup": (a: Args) => `${a.name}: KPI locales`,
  "localName": (a: Args) => `${a.name} (KPI local)`,
  "leftOutName": (a: Args) => `${a.name} (fuera de la selección)`,
  "inputCell": (a: Args) => `${a.input} (dato de entrada de este KPI local)`,
  "following": (a: Args) => `Esta cuadrícula sigue «${a.name}» (versión ${a.version}): sus KPI U4SSC en su orden y después sus KPI locales. Las puntuaciones U4SSC siguen siendo las de la evaluación.`,
  "showLeftOut": (a: Args) => `Mostrar ${pl('es', a.n, false, { "one": `el ${nf(a.n, 'decimal')} KPI U4SSC que esta selección deja fuera`, "other": `los ${nf(a.n, 'decimal')} KPI U4SSC que esta selección deja fuera` })}`,
  "notHeld": (a: Args) => `Esta evaluación nombra el marco «${a.name}» (${a.id}, versión ${a.version}), que este navegador no tiene: la cuadrícula muestra los KPI U4SSC y ${pl('es', a.n, false, { "=0": `no hay valores locales`, "one": `se conserva su ${nf(a.n, 'decimal')} valor local`, "other": `se conservan sus ${nf(a.n, 'decimal')} valores locales` })}.`,
} satisfies Table;
