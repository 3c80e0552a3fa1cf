// Compiled from src/ui/messages/fr/local-kpis.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Arg } from '../runtime';

export default {
  "title": (name: Arg) => `KPI locaux de « ${name} »`,
  "offer": (name: Arg, n: Arg) => `Votre référentiel « ${name} » compte ${n} ${pl('fr', n, false, { "=1": `KPI local`, "other": `KPI locaux` })}. Cette évaluation peut ${pl('fr', n, false, { "=1": `le`, "other": `les` })} noter à côté des KPI U4SSC.`,
  "use": "Noter les KPI locaux ici",
  "stop": "Ne plus noter les KPI locaux",
  "stopHelp": "Leurs valeurs restent dans l’évaluation.",
  "notHeld": (name: Arg, id: Arg, version: Arg, kept: Arg) => `Cette évaluation est notée avec le référentiel « ${name} » (${id}, version ${version}), que ce navigateur ne contient pas. ${pl('fr', kept, false, { "=1": `Sa valeur locale est conservée telle quelle`, "other": `Ses ${kept} valeurs locales sont conservées telles quelles` })} sans être ${pl('fr', kept, false, { "=1": `notée`, "other": `notées` })} ; rien n’est perdu.`,
  "holdsOther": (id: Arg, version: Arg) => `Ce navigateur contient à la place ${id}, version ${version}.`,
  "howToHold": (editor: Arg) => `Pour les noter, ouvrez ce fichier de référentiel dans la bibliothèque, sous « ${editor} ».`,
  "orphans": (n: Arg) => pl('fr', n, false, { "=1": `1 valeur conservée concerne un KPI que le référentiel n’a plus : conservée, non notée.`, "other": `${n} valeurs conservées concernent un KPI que le référentiel n’a plus : conservées, non notées.` }),
  "formula": "Formule",
  "noTarget": "pas de cible",
  "basis.public": "source publique",
  "basis.judgement": "jugement",
  "inputsOf": (kpi: Arg) => `Données de ${kpi}`,
} satisfies Table;
