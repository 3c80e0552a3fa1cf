// Compiled from src/ui/messages/es/local-kpis.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Arg } from '../runtime';

export default {
  "title": (name: Arg) => `KPI locales de «${name}»`,
  "offer": (name: Arg, n: Arg) => `Su marco «${name}» tiene ${n} ${pl('es', n, false, { "=1": `KPI local`, "other": `KPI locales` })}. Esta evaluación puede puntuar${pl('es', n, false, { "=1": `lo`, "other": `los` })} junto a los KPI de U4SSC.`,
  "use": "Puntuar aquí los KPI locales",
  "stop": "Dejar de puntuar los KPI locales",
  "stopHelp": "Sus valores se quedan en la evaluación.",
  "notHeld": (name: Arg, id: Arg, version: Arg, kept: Arg) => `Esta evaluación se puntúa con el marco «${name}» (${id}, versión ${version}), que este navegador no tiene. ${pl('es', kept, false, { "=1": `Su valor local se conserva tal cual`, "other": `Sus ${kept} valores locales se conservan tal cual` })} y no se ${pl('es', kept, false, { "=1": `puntúa`, "other": `puntúan` })}; no se pierde nada.`,
  "holdsOther": (id: Arg, version: Arg) => `Este navegador tiene en su lugar ${id}, versión ${version}.`,
  "howToHold": (editor: Arg) => `Para puntuarlos, abra ese archivo de marco en la biblioteca, en «${editor}».`,
  "orphans": (n: Arg) => pl('es', n, false, { "=1": `1 valor conservado es de un KPI que el marco ya no tiene: se conserva, no se puntúa.`, "other": `${n} valores conservados son de un KPI que el marco ya no tiene: se conservan, no se puntúan.` }),
  "formula": "Fórmula",
  "noTarget": "sin meta",
  "basis.public": "fuente pública",
  "basis.judgement": "criterio propio",
  "inputsOf": (kpi: Arg) => `Datos de ${kpi}`,
} satisfies Table;
