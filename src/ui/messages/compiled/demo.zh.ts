// Compiled from src/ui/messages/zh/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Args } from '../runtime';

export default {
  "demoCitiesHint": "在您自己的评估旁添加虚构的演示城市（Demoville 的三个年份、Verdania Bay 和 Ferrum Heights），只创建缺少的城市，并打开 Demoville。所有数值都是为培训编造的。",
  "demoCitiesAdded": (a: Args) => `已添加 ${a.n} 个虚构的演示城市。`,
  "resetAllDemos": "重置演示城市",
  "confirmResetAllDemos": (a: Args) => `将列表中 ${a.n} 个演示城市恢复为原始数值？您对它们的更改将被替换；短时间内可以撤销。您自己的评估不受影响。`,
  "allDemosReset": (a: Args) => `${a.n} 个演示城市已恢复原始数值。`,
} satisfies Table;
