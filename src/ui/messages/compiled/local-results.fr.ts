// Compiled from src/ui/messages/fr/local-results.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, pl, type Args } from '../runtime';

export default {
  "heading": (a: Args) => `KPI locaux de « ${a.name} »`,
  "intro": (a: Args) => `Ces KPI viennent du référentiel propre à la ville, « ${a.name} » (version ${a.version}). Ils sont notés à côté des KPI U4SSC et ne comptent pas dans les scores U4SSC.`,
  "marker": "KPI local",
  "colAchievement": "Réalisation",
  "colExplain": "Explication",
  "noTarget": "pas de cible de référence",
  "basis.public": "base : source publique",
  "basis.judgement": "base : jugement",
  "source": (a: Args) => `source : ${a.source}`,
  "explain": (a: Args) => `Expliquer ${a.code}`,
  "hide": "Masquer l’explication",
  "notHeld": (a: Args) => `Les KPI locaux de « ${a.name} » (${a.id}, version ${a.version}) ne sont pas affichés : ce navigateur ne contient pas ce référentiel.`,
  "wheelDimension": (a: Args) => `Local : ${a.name}`,
  "wheelCode": "Local",
  "wheelCategory": (a: Args) => `${a.name} (KPI locaux, hors score U4SSC)`,
  "compareTitle": (a: Args) => `KPI locaux de « ${a.name} » dans les évaluations comparées`,
  "compareShared": (a: Args) => `${pl('fr', a.n, false, { "one": `L’évaluation comparée utilise`, "other": `Les ${nf(a.n, 'decimal')} évaluations comparées partagent` })} le référentiel local « ${a.name} » (${a.id}, version ${a.version}).`,
  "compareNotShared": (a: Args) => `Les KPI locaux ne sont pas comparés : les évaluations comparées ne partagent pas un même référentiel local (identifiant et version). ${a.list}`,
  "compareNotHeld": (a: Args) => `Les KPI locaux de « ${a.name} » (${a.id}, version ${a.version}) ne sont pas comparés : ce navigateur ne contient pas ce référentiel.`,
  "compareUses": (a: Args) => `${a.label} : ${a.framework}`,
  "compareNone": "aucun référentiel local",
  "compareRef": (a: Args) => `${a.name} (${a.id}, version ${a.version})`,
} satisfies Table;
