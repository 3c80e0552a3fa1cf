// Compiled from src/ui/messages/zh/framework-grid.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, type Args } from '../runtime';

export default {
  "localGroup": (a: Args) => `${a.name}：本地 KPI`,
  "localName": (a: Args) => `${a.name}（本地 KPI）`,
  "leftOutName": (a: Args) => `${a.name}（未列入该选集）`,
  "inputCell": (a: Args) => `${a.input}（此本地 KPI 的输入项）`,
  "following": (a: Args) => `此表格遵循“${a.name}”（版本 ${a.version}）：先按其顺序列出其 U4SSC KPI，再列出其本地 KPI。U4SSC 得分仍为本评估自身的得分。`,
  "showLeftOut": (a: Args) => `显示该选集未列入的 ${nf(a.n, 'decimal')} 个 U4SSC KPI`,
  "notHeld": (a: Args) => `本评估指定了框架“${a.name}”（${a.id}，版本 ${a.version}），但此浏览器中没有该框架：表格显示 U4SSC KPI，其 ${nf(a.n, 'decimal')} 个本地值予以保留。`,
} satisfies Table;
