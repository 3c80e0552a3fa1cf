// Compiled from src/ui/messages/es/local-results.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, pl, type Args } from '../runtime';

export default {
  "heading": (a: Args) => `KPI locales de «${a.name}»`,
  "intro": (a: Args) => `Estos KPI proceden del marco propio de la ciudad, «${a.name}» (versión ${a.version}). Se puntúan junto a los KPI de U4SSC y no cuentan en las puntuaciones U4SSC.`,
  "marker": "KPI local",
  "colAchievement": "Logro",
  "colExplain": "Explicación",
  "noTarget": "sin meta de referencia",
  "basis.public": "base: fuente pública",
  "basis.judgement": "base: criterio propio",
  "source": (a: Args) => `fuente: ${a.source}`,
  "explain": (a: Args) => `Explicar ${a.code}`,
  "hide": "Ocultar la explicación",
  "notHeld": (a: Args) => `Los KPI locales de «${a.name}» (${a.id}, versión ${a.version}) no se muestran: este navegador no tiene ese marco.`,
  "wheelDimension": (a: Args) => `Local: ${a.name}`,
  "wheelCode": "Local",
  "wheelCategory": (a: Args) => `${a.name} (KPI locales, fuera de la puntuación U4SSC)`,
  "compareTitle": (a: Args) => `KPI locales de «${a.name}» en las evaluaciones comparadas`,
  "compareShared": (a: Args) => `${pl('es', a.n, false, { "one": `La evaluación comparada usa`, "other": `Las ${nf(a.n, 'decimal')} evaluaciones comparadas comparten` })} el marco local «${a.name}» (${a.id}, versión ${a.version}).`,
  "compareNotShared": (a: Args) => `Los KPI locales no se comparan: las evaluaciones comparadas no comparten un mismo marco local (identificador y versión). ${a.list}`,
  "compareNotHeld": (a: Args) => `Los KPI locales de «${a.name}» (${a.id}, versión ${a.version}) no se comparan: este navegador no tiene ese marco.`,
  "compareUses": (a: Args) => `${a.label}: ${a.framework}`,
  "compareNone": "ningún marco local",
  "compareRef": (a: Args) => `${a.name} (${a.id}, versión ${a.version})`,
} satisfies Table;
