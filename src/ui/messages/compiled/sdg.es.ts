// Compiled from src/ui/messages/es/sdg.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Args } from '../runtime';

export default {
  "title": "En los indicadores mundiales del ODS 11",
  "help": "Los valores de esta evaluación trasladados por la correspondencia U4SSC → ODS 11: un valor solo se traslada cuando ambos miden lo mismo (correspondencia exacta o cercana) en la misma unidad. Nada se escribe dos veces.",
  "namesInEnglish": "Los nombres de los indicadores se muestran en inglés, tal como los da el marco mundial de indicadores de la ONU: aún no se ha leído para esta herramienta ninguna traducción oficial de la ONU.",
  "namesTranslated": (a: Args) => `Los nombres de los indicadores son las traducciones oficiales de la ONU del marco mundial de indicadores (tras el examen de 2020), tal como las recoge el repositorio open-sdg/sdg-translations. ${a.codes} conservan el nombre inglés de la ONU: la redacción inglesa de esta herramienta difiere del texto traducido.`,
  "coverage": (a: Args) => `${a.carried} de los ${a.expected} datos del ODS 11 reciben un valor de esta evaluación; ${a.linked} están vinculados a un dato de U4SSC.`,
  "indicator": "Indicador del ODS 11",
  "value": "Valor trasladado",
  "from": "Desde el dato de U4SSC",
  "why": "Por qué no se trasladó",
  "relation.exact": "correspondencia exacta",
  "relation.close": "correspondencia cercana",
  "relation.broad": "más amplio",
  "relation.narrow": "más estrecho",
  "relation.related": "relacionado",
  "notCarried.relation": "El vínculo no es lo bastante cercano: ambos miden cosas distintas.",
  "notCarried.unit": "Ambos se miden en unidades distintas.",
  "notCarried.no-value": "El dato de U4SSC aún no tiene un valor utilizable.",
  "notCarried.unlinked": "Ningún dato de U4SSC está vinculado a él.",
} satisfies Table;
