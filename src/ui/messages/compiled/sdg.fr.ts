// Compiled from src/ui/messages/fr/sdg.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Args } from '../runtime';

export default {
  "title": "Dans les indicateurs mondiaux de l’ODD 11",
  "help": "Les valeurs de cette évaluation reportées par la correspondance U4SSC → ODD 11 : une valeur n’est reportée que si les deux mesurent la même chose (correspondance exacte ou proche) dans la même unité. Rien n’est saisi deux fois.",
  "namesInEnglish": "Les noms des indicateurs sont affichés en anglais, tels que les donne le cadre mondial d’indicateurs de l’ONU : aucune traduction officielle de l’ONU n’en a encore été lue pour cet outil.",
  "namesTranslated": (a: Args) => `Les noms des indicateurs sont les traductions officielles de l’ONU du cadre mondial d’indicateurs (après l’examen de 2020), telles que recueillies dans le dépôt open-sdg/sdg-translations. ${a.codes} gardent le nom anglais de l’ONU : la formulation anglaise de cet outil diffère du texte traduit.`,
  "coverage": (a: Args) => `${a.carried} des ${a.expected} données de l’ODD 11 reçoivent une valeur de cette évaluation ; ${a.linked} sont liées à une donnée U4SSC.`,
  "indicator": "Indicateur de l’ODD 11",
  "value": "Valeur reportée",
  "from": "Depuis la donnée U4SSC",
  "why": "Pourquoi non reportée",
  "relation.exact": "correspondance exacte",
  "relation.close": "correspondance proche",
  "relation.broad": "plus large",
  "relation.narrow": "plus étroite",
  "relation.related": "apparentée",
  "notCarried.relation": "Le lien n’est pas assez proche : les deux mesurent des choses différentes.",
  "notCarried.unit": "Les deux sont mesurées dans des unités différentes.",
  "notCarried.no-value": "La donnée U4SSC n’a pas encore de valeur utilisable.",
  "notCarried.unlinked": "Aucune donnée U4SSC ne lui est liée.",
} satisfies Table;
