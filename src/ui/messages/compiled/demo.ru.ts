// Compiled from src/ui/messages/ru/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Arg } from '../runtime';

export default {
  "demoCitiesHint": "Добавляет вымышленные демонстрационные города (Demoville за три года, Verdania Bay и Ferrum Heights) рядом с вашими оценками, создавая только недостающие, и открывает Demoville. Все значения придуманы для обучения.",
  "demoCitiesAdded": (n: Arg) => `${pl('ru', n, false, { "one": `Добавлен`, "few": `Добавлено`, "many": `Добавлено`, "other": `Добавлено` })} ${n} ${pl('ru', n, false, { "one": `вымышленный демонстрационный город`, "few": `вымышленных демонстрационных города`, "many": `вымышленных демонстрационных городов`, "other": `вымышленных демонстрационных города` })}.`,
  "resetAllDemos": "Сбросить демонстрационные города",
  "confirmResetAllDemos": (n: Arg) => `Вернуть исходные значения в демонстрационные города из списка (${n})? Ваши изменения в них будут заменены; это можно отменить в течение короткого времени. Ваши собственные оценки не затрагиваются.`,
  "allDemosReset": (n: Arg) => `Исходные значения восстановлены: ${n} ${pl('ru', n, false, { "one": `демонстрационный город`, "few": `демонстрационных города`, "many": `демонстрационных городов`, "other": `демонстрационных города` })}.`,
} satisfies Table;
