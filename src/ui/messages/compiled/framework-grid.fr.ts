// Compiled from src/ui/messages/fr/framework-grid.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, pl, type Args } from '../runtime';

export default {
  "localGroup": (a: Args) => `${a.name} : KPI locaux`,
  "localName": (a: Args) => `${a.name} (KPI local)`,
  "leftOutName": (a: Args) => `${a.name} (hors de la sélection)`,
  "inputCell": (a: Args) => `${a.input} (donnée d'entrée de ce KPI local)`,
  "following": (a: Args) => `Cette grille suit « ${a.name} » (version ${a.version}) : ses KPI U4SSC dans son ordre, puis ses KPI locaux. Les scores U4SSC restent ceux de l'évaluation.`,
  "showLeftOut": (a: Args) => `Afficher ${pl('fr', a.n, false, { "one": `le ${nf(a.n, 'decimal')} KPI U4SSC que cette sélection écarte`, "other": `les ${nf(a.n, 'decimal')} KPI U4SSC que cette sélection écarte` })}`,
  "notHeld": (a: Args) => `Cette évaluation désigne le référentiel « ${a.name} » (${a.id}, version ${a.version}), que ce navigateur ne détient pas : la grille montre les KPI U4SSC, et ${pl('fr', a.n, false, { "=0": `il n'y a aucune valeur locale`, "one": `sa ${nf(a.n, 'decimal')} valeur locale est conservée`, "other": `ses ${nf(a.n, 'decimal')} valeurs locales sont conservées` })}.`,
} satisfies Table;
