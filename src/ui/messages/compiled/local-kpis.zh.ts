// Compiled from src/ui/messages/zh/local-kpis.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Arg } from '../runtime';

export default {
  "title": (name: Arg) => `“${name}”的本地指标`,
  "offer": (name: Arg, n: Arg) => `您的框架“${name}”有 ${n} 个本地指标。本评估可以在 U4SSC 指标之外为其评分。`,
  "use": "在此为本地指标评分",
  "stop": "停止为本地指标评分",
  "stopHelp": "其数值仍保留在评估中。",
  "notHeld": (name: Arg, id: Arg, version: Arg, kept: Arg) => `本评估按框架“${name}”（${id}，版本 ${version}）评分，但此浏览器中没有该框架。其 ${kept} 个本地数值原样保留，不予评分；没有任何丢失。`,
  "holdsOther": (id: Arg, version: Arg) => `此浏览器中存有的是 ${id}，版本 ${version}。`,
  "howToHold": (editor: Arg) => `如需评分，请在资料库的“${editor}”中打开该框架文件。`,
  "orphans": (n: Arg) => `${n} 个保留的数值属于框架中已不存在的指标：保留，不评分。`,
  "formula": "公式",
  "noTarget": "无目标",
  "basis.public": "公开来源",
  "basis.judgement": "判断",
  "inputsOf": (kpi: Arg) => `${kpi} 的输入`,
} satisfies Table;
