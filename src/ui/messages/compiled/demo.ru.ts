// Compiled from src/ui/messages/ru/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Args } from '../runtime';

export default {
  "demoCitiesHint": "Добавляет вымышленные демонстрационные города (Demoville за три года, Verdania Bay и Ferrum Heights) рядом с вашими оценками, создавая только недостающие, и открывает Demoville. Все значения придуманы для обучения.",
  "demoCitiesAdded": (a: Args) => `${pl('ru', a.n, false, { "one": `Добавлен`, "few": `Добавлено`, "many": `Добавлено`, "other": `Добавлено` })} ${a.n} ${pl('ru', a.n, false, { "one": `вымышленный демонстрационный город`, "few": `вымышленных демонстрационных города`, "many": `вымышленных демонстрационных городов`, "other": `вымышленных демонстрационных города` })}.`,
  "resetAllDemos": "Сбросить демонстрационные города",
  "confirmResetAllDemos": (a: Args) => `Вернуть исходные значения в демонстрационные города из списка (${a.n})? Ваши изменения в них будут заменены; это можно отменить в течение короткого времени. Ваши собственные оценки не затрагиваются.`,
  "allDemosReset": (a: Args) => `Исходные значения восстановлены: ${a.n} ${pl('ru', a.n, false, { "one": `демонстрационный город`, "few": `демонстрационных города`, "many": `демонстрационных городов`, "other": `демонстрационных города` })}.`,
} satisfies Table;
