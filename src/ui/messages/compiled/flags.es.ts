// Compiled from src/ui/messages/es/flags.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, sel, type Args } from '../runtime';

export default {
  "source.page": (a: Args) => `${sel(a.doc, { "VM22": `Manual de verificación (2022)`, "CM17": `Metodología de recopilación (2017)`, "other": `${a.doc}` })}, p. ${a.page}`,
  "source.doc": (a: Args) => sel(a.doc, { "VM22": `Manual de verificación (2022)`, "CM17": `Metodología de recopilación (2017)`, "other": `${a.doc}` }),
  "source.arithmetic": "un control de coherencia del banco de trabajo",
  "source.judgement": "juicio del banco de trabajo (no se encontró ninguna página oficial)",
  "source.other": (a: Args) => `${a.text}`,
  "check.below": (a: Args) => `${a.actual}, por debajo de ${a.bound}`,
  "check.above": (a: Args) => `${a.actual}, por encima de ${a.bound}`,
  "check.notAbove": (a: Args) => `${a.actual}, por encima del otro valor ${a.bound}`,
  "check.sumAtMost": (a: Args) => `los valores suman ${a.actual}, más de ${a.bound}`,
  "check.sumAbout": (a: Args) => `los valores suman ${a.actual}, no alrededor de ${a.bound}`,
  "flag.not-a-number": (a: Args) => `«${a.text}» no es un número.`,
  "flag.not-yes-no": (a: Args) => `«${a.text}» no es sí ni no.`,
  "flag.not-finite": "No es un número finito.",
  "flag.enter-input": (a: Args) => sel(a.field, { "numerator": `Introduzca el numerador (${a.input}).`, "other": `Introduzca el denominador (${a.input}).` }),
  "flag.enter-profile": (a: Args) => `El perfil de la ciudad no tiene «${a.label}»: introdúzcalo una vez en el perfil.`,
  "flag.negative": (a: Args) => `${a.input} no puede ser negativo.`,
  "flag.division-by-zero": (a: Args) => `División por cero: ${a.input} es 0.`,
  "flag.part-above-whole": (a: Args) => `El numerador (${a.numerator}) es mayor que su denominador (${a.denominator}); debería ser una parte de él.`,
  "flag.below-min": (a: Args) => `${a.value} está por debajo del menor valor posible (${a.min} ${a.unit}).`,
  "flag.above-max": (a: Args) => `${a.value} está por encima del mayor valor posible (${a.max} ${a.unit}).`,
  "flag.reported-without-value": "Marcado como informado, pero no hay valor.",
  "flag.check": (a: Args) => `${a.message} (${a.source}; aquí ${a.comparison}.)`,
  "flag.rule": (a: Args) => `${a.name} (${a.source}; aquí no se cumple ${a.left} ${a.operator} ${a.right}.)`,
} satisfies Table;
