// Compiled from src/ui/messages/fr/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Args } from '../runtime';

export default {
  "demoCitiesHint": "Ajoute les villes de démonstration fictives (Demoville sur trois années, Verdania Bay et Ferrum Heights) à côté de vos propres évaluations, en ne créant que celles qui manquent, et ouvre Demoville. Toutes les valeurs sont inventées pour la formation.",
  "demoCitiesAdded": (a: Args) => pl('fr', a.n, false, { "=1": `1 ville de démonstration fictive ajoutée.`, "other": `${a.n} villes de démonstration fictives ajoutées.` }),
  "resetAllDemos": "Réinitialiser les villes de démonstration",
  "confirmResetAllDemos": (a: Args) => `Remettre les valeurs d’origine dans ${pl('fr', a.n, false, { "one": `la ville de démonstration`, "other": `les ${a.n} villes de démonstration` })} de la liste ? Vos modifications y sont remplacées ; vous pouvez annuler pendant un court moment. Vos propres évaluations ne sont pas touchées.`,
  "allDemosReset": (a: Args) => `${a.n} ${pl('fr', a.n, false, { "one": `ville de démonstration a retrouvé ses`, "other": `villes de démonstration ont retrouvé leurs` })} valeurs d’origine.`,
} satisfies Table;
