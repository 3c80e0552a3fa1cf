// Compiled from src/ui/messages/ru/local-results.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, pl, type Args } from '../runtime';

export default {
  "heading": (a: Args) => `Местные KPI «${a.name}»`,
  "intro": (a: Args) => `Эти KPI взяты из собственной системы показателей города «${a.name}» (версия ${a.version}). Они оцениваются рядом с KPI U4SSC и не входят в оценки U4SSC.`,
  "marker": "местный KPI",
  "colAchievement": "Достижение",
  "colExplain": "Пояснение",
  "noTarget": "нет эталонной цели",
  "basis.public": "основание: открытый источник",
  "basis.judgement": "основание: экспертная оценка",
  "source": (a: Args) => `источник: ${a.source}`,
  "explain": (a: Args) => `Пояснить ${a.code}`,
  "hide": "Скрыть пояснение",
  "notHeld": (a: Args) => `Местные KPI «${a.name}» (${a.id}, версия ${a.version}) не показаны: в этом браузере нет этой системы показателей.`,
  "wheelDimension": (a: Args) => `Местные: ${a.name}`,
  "wheelCode": "Местн.",
  "wheelCategory": (a: Args) => `${a.name} (местные KPI, вне оценки U4SSC)`,
  "compareTitle": (a: Args) => `Местные KPI «${a.name}» в сравниваемых оценках`,
  "compareShared": (a: Args) => `${pl('ru', a.n, false, { "one": `${nf(a.n, 'decimal')} сравниваемая оценка использует`, "few": `${nf(a.n, 'decimal')} сравниваемые оценки используют`, "many": `${nf(a.n, 'decimal')} сравниваемых оценок используют`, "other": `${nf(a.n, 'decimal')} сравниваемой оценки используют` })} местную систему показателей «${a.name}» (${a.id}, версия ${a.version}).`,
  "compareNotShared": (a: Args) => `Местные KPI не сравниваются: у сравниваемых оценок нет общей местной системы показателей (идентификатор и версия). ${a.list}`,
  "compareNotHeld": (a: Args) => `Местные KPI «${a.name}» (${a.id}, версия ${a.version}) не сравниваются: в этом браузере нет этой системы показателей.`,
  "compareUses": (a: Args) => `${a.label}: ${a.framework}`,
  "compareNone": "нет местной системы показателей",
  "compareRef": (a: Args) => `${a.name} (${a.id}, версия ${a.version})`,
} satisfies Table;
