// Compiled from src/ui/messages/zh/sdg.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Args } from '../runtime';

export default {
  "title": "在可持续发展目标 11 的全球指标中",
  "help": "本评估的数值经 U4SSC → 可持续发展目标 11 对照表转入：只有两者以相同单位衡量同一事物（完全或接近匹配）时才转入数值。无需重复输入。",
  "namesInEnglish": "指标名称以英文显示，与联合国全球指标框架的原文一致：本工具尚未读取联合国的正式译文。",
  "namesTranslated": (a: Args) => `指标名称采用联合国全球指标框架（2020 年全面审查后）的正式译文，取自 open-sdg/sdg-translations 资料库。${a.codes} 保留联合国英文名称：本工具的英文措辞与所译原文不同。`,
  "coverage": (a: Args) => `目标 11 的 ${a.expected} 个数据点中有 ${a.carried} 个从本评估获得数值；${a.linked} 个与 U4SSC 数据点相关联。`,
  "indicator": "目标 11 指标",
  "value": "转入的数值",
  "from": "来自 U4SSC 数据点",
  "why": "未转入的原因",
  "relation.exact": "完全匹配",
  "relation.close": "接近匹配",
  "relation.broad": "更宽",
  "relation.narrow": "更窄",
  "relation.related": "相关",
  "notCarried.relation": "关联不够接近：两者衡量的是不同的事物。",
  "notCarried.unit": "两者的计量单位不同。",
  "notCarried.no-value": "该 U4SSC 数据点尚无可用数值。",
  "notCarried.unlinked": "没有与之关联的 U4SSC 数据点。",
} satisfies Table;
