// Compiled from src/ui/messages/fr/flags.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, sel, type Args } from '../runtime';

export default {
  "source.page": (a: Args) => `${sel(a.doc, { "VM22": `Manuel de vérification (2022)`, "CM17": `Méthodologie de collecte (2017)`, "other": `${a.doc}` })}, p. ${a.page}`,
  "source.doc": (a: Args) => sel(a.doc, { "VM22": `Manuel de vérification (2022)`, "CM17": `Méthodologie de collecte (2017)`, "other": `${a.doc}` }),
  "source.arithmetic": "un contrôle de cohérence de l’atelier",
  "source.judgement": "jugement de l’atelier (aucune page officielle trouvée)",
  "source.other": (a: Args) => `${a.text}`,
  "check.below": (a: Args) => `${a.actual}, sous ${a.bound}`,
  "check.above": (a: Args) => `${a.actual}, au-dessus de ${a.bound}`,
  "check.notAbove": (a: Args) => `${a.actual}, au-dessus de l’autre valeur ${a.bound}`,
  "check.sumAtMost": (a: Args) => `les valeurs totalisent ${a.actual}, plus de ${a.bound}`,
  "check.sumAbout": (a: Args) => `les valeurs totalisent ${a.actual}, pas environ ${a.bound}`,
  "flag.not-a-number": (a: Args) => `« ${a.text} » n’est pas un nombre.`,
  "flag.not-yes-no": (a: Args) => `« ${a.text} » n’est ni oui ni non.`,
  "flag.not-finite": "Ce n’est pas un nombre fini.",
  "flag.enter-input": (a: Args) => sel(a.field, { "numerator": `Saisissez le numérateur (${a.input}).`, "other": `Saisissez le dénominateur (${a.input}).` }),
  "flag.enter-profile": (a: Args) => `Le profil de la ville n’a pas de valeur pour « ${a.label} » : saisissez-la une fois dans le profil.`,
  "flag.negative": (a: Args) => `${a.input} ne peut pas être négatif.`,
  "flag.division-by-zero": (a: Args) => `Division par zéro : ${a.input} vaut 0.`,
  "flag.part-above-whole": (a: Args) => `Le numérateur (${a.numerator}) dépasse son dénominateur (${a.denominator}) ; il devrait en être une partie.`,
  "flag.below-min": (a: Args) => `${a.value} est sous la plus petite valeur possible (${a.min} ${a.unit}).`,
  "flag.above-max": (a: Args) => `${a.value} dépasse la plus grande valeur possible (${a.max} ${a.unit}).`,
  "flag.reported-without-value": "Marqué comme déclaré, mais il n’y a pas de valeur.",
  "flag.check": (a: Args) => `${a.message} (${a.source} ; ici ${a.comparison}.)`,
  "flag.rule": (a: Args) => `${a.name} (${a.source} ; ici ${a.left} ${a.operator} ${a.right} n’est pas vérifié.)`,
} satisfies Table;
