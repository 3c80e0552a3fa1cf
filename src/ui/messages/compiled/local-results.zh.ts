// Compiled from src/ui/messages/zh/local-results.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, pl, type Args } from '../runtime';

export default {
  "heading": (a: Args) => `“${a.name}”的本地 KPI`,
  "intro": (a: Args) => `这些 KPI 来自城市自己的框架“${a.name}”（版本 ${a.version}）。它们与 U4SSC KPI 并列评分，不计入 U4SSC 分数。`,
  "marker": "本地 KPI",
  "colAchievement": "达成度",
  "colExplain": "说明",
  "noTarget": "无参考目标",
  "basis.public": "依据：公开来源",
  "basis.judgement": "依据：判断",
  "source": (a: Args) => `来源：${a.source}`,
  "explain": (a: Args) => `说明 ${a.code}`,
  "hide": "隐藏说明",
  "notHeld": (a: Args) => `未显示“${a.name}”（${a.id}，版本 ${a.version}）的本地 KPI：此浏览器没有该框架。`,
  "wheelDimension": (a: Args) => `本地：${a.name}`,
  "wheelCode": "本地",
  "wheelCategory": (a: Args) => `${a.name}（本地 KPI，不计入 U4SSC 分数）`,
  "compareTitle": (a: Args) => `所比较评估中“${a.name}”的本地 KPI`,
  "compareShared": (a: Args) => `${pl('zh', a.n, false, { "other": `所比较的 ${nf(a.n, 'decimal')} 项评估使用` })}本地框架“${a.name}”（${a.id}，版本 ${a.version}）。`,
  "compareNotShared": (a: Args) => `未比较本地 KPI：所比较的评估没有共用同一个本地框架（标识和版本）。${a.list}`,
  "compareNotHeld": (a: Args) => `未比较“${a.name}”（${a.id}，版本 ${a.version}）的本地 KPI：此浏览器没有该框架。`,
  "compareUses": (a: Args) => `${a.label}：${a.framework}`,
  "compareNone": "无本地框架",
  "compareRef": (a: Args) => `${a.name}（${a.id}，版本 ${a.version}）`,
} satisfies Table;
