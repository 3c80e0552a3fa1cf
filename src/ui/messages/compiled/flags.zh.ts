// Compiled from src/ui/messages/zh/flags.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, sel, type Args } from '../runtime';

export default {
  "source.page": (a: Args) => `${sel(a.doc, { "VM22": `《核实手册》（2022）`, "CM17": `《数据收集方法》（2017）`, "other": `${a.doc}` })}，第 ${a.page} 页`,
  "source.doc": (a: Args) => sel(a.doc, { "VM22": `《核实手册》（2022）`, "CM17": `《数据收集方法》（2017）`, "other": `${a.doc}` }),
  "source.arithmetic": "本工具的一致性检查",
  "source.judgement": "本工具的判断（未找到官方页面）",
  "source.other": (a: Args) => `${a.text}`,
  "check.below": (a: Args) => `${a.actual}，低于 ${a.bound}`,
  "check.above": (a: Args) => `${a.actual}，高于 ${a.bound}`,
  "check.notAbove": (a: Args) => `${a.actual}，高于另一个数值 ${a.bound}`,
  "check.sumAtMost": (a: Args) => `各数值合计 ${a.actual}，超过 ${a.bound}`,
  "check.sumAbout": (a: Args) => `各数值合计 ${a.actual}，并非约 ${a.bound}`,
  "flag.not-a-number": (a: Args) => `“${a.text}”不是数字。`,
  "flag.not-yes-no": (a: Args) => `“${a.text}”不是“是”或“否”。`,
  "flag.not-finite": "这不是一个有限的数字。",
  "flag.enter-input": (a: Args) => sel(a.field, { "numerator": `请输入分子（${a.input}）。`, "other": `请输入分母（${a.input}）。` }),
  "flag.enter-profile": (a: Args) => `城市概况中没有“${a.label}”：请在概况中输入一次。`,
  "flag.negative": (a: Args) => `${a.input}不能为负数。`,
  "flag.division-by-zero": (a: Args) => `除数为零：${a.input}为 0。`,
  "flag.part-above-whole": (a: Args) => `分子（${a.numerator}）大于其分母（${a.denominator}）；它应是分母的一部分。`,
  "flag.below-min": (a: Args) => `${a.value} 低于可能的最小值（${a.min} ${a.unit}）。`,
  "flag.above-max": (a: Args) => `${a.value} 高于可能的最大值（${a.max} ${a.unit}）。`,
  "flag.reported-without-value": "已标记为已报告，但没有数值。",
  "flag.check": (a: Args) => `${a.message}（${a.source}；此处 ${a.comparison}。）`,
  "flag.rule": (a: Args) => `${a.name}（${a.source}；此处 ${a.left} ${a.operator} ${a.right} 不成立。）`,
} satisfies Table;
