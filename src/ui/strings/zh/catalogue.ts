/** Chinese words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import { sourceText } from '../flags';
import type { Translation } from '../languages';
import type { C as EN } from '../catalogue';

const CHECK_NAMES: Record<PlausibilityCheck['kind'], string> = {
  below: '正常范围的下限',
  above: '正常范围的上限',
  notAbove: '相关数值的逻辑顺序（此值不应超过另一个值）',
  sumAtMost: '合计不超过 100 %',
  sumAbout: '合计约为 100 %（± 2 %）',
};

export const C: Translation<typeof EN> = {
  change: (c, num, source) => {
    const from = `（${source(c.source)}）`;
    switch (c.kind) {
      case 'measure':
        return `现在采用${c.after}，不再是${c.before}${from}。以${c.before}输入的数值不是${c.after}：请输入${c.after}。在此之前，数值按输入原样保留，并当作${c.after}计分。`;
      case 'max-lifted':
        return `现在接受高于 ${num(c.before)} 的数值${from}。以前被拒绝的高于 ${num(c.before)} 的数值现在会计分。`;
      case 'numerator':
        return `分子现在是“${c.after}”，不再是“${c.before}”${from}。请检查输入的数值是否按新分子统计。`;
      case 'denominator':
        return `分母现在是“${c.after}”，不再是“${c.before}”${from}。请检查输入的数值是否使用新分母。`;
      case 'check-added':
        return `现在适用《核实手册》的一项检查：${CHECK_NAMES[c.check]}${from}。数值不变；如未通过检查，将显示警告。`;
      case 'check-changed':
        return `检查现在是${CHECK_NAMES[c.after]}，不再是${CHECK_NAMES[c.before]}${from}。数值不变；如未通过检查，将显示警告。`;
      case 'check-removed':
        return `检查${CHECK_NAMES[c.check]}不再适用于此数据点${from}：该页面将其用于另一个数据点。数值不变；其警告消失。`;
      case 'target':
        return c.after === null
          ? `参考目标${c.before === null ? '' : `（${num(c.before)}）`}已删除：新的计量没有公开基准${from}。该数据点仍会报告，但不再计分。`
          : `参考目标现在是 ${num(c.after)}，不再是${c.before === null ? '无' : ` ${num(c.before)}`}${from}。该数据点的分数可能改变。`;
    }
  },

  reviewTitle: (n) => `目录更新后有 ${n} 个数据点需要复查`,
  reviewIntro: (from, to) =>
    `此评估是用目录 ${from} 创建的；现在它使用目录 ${to}。以下数据点的定义已更改。每个数值都按输入原样保留，并按新定义计分，没有在您不知情的情况下重新计算：请阅读更改内容，检查数值，然后标记为已读。`,
  reviewShow: '在表格中显示',
  reviewRead: '标记为已读',
  reviewReadAll: '全部标记为已读',
  reviewReadHint: '从评估中移除此提示；数值不变。',
  reviewWasVerified: '此数据点在这次更改前已核实，在再次核实之前显示为已提交；将更改标记为已读会保留该核实。',
  verifiedUnder: (from) => `已提交（已按目录 ${from} 核实，定义已更改）`,
  verifiedUnderHint: (from, to) =>
    `此数据点已按目录 ${from} 核实；其定义在目录 ${to} 中已更改（见“解释这个数字”）。请再次核实，或者如果更改不影响数值，将更改标记为已读。`,
  reviewMarker: (to) => `定义在目录 ${to} 中已更改：请复查此数值（见“解释这个数字”）。`,
  reviewLegend: '定义在目录更新中已更改：需复查',
  explainChanges: '目录更新',
  explainChangesIntro: (from, to) => `目录 ${from} 与 ${to} 之间的更改：`,

  basisJudgement: '本工具的判断：没有公开文件规定这个数字。如果您的项目有自己的基准，请用它替换。',
  basisPublic: '依据所列的公开来源。',
  explainBasis: '依据',

  explainAlternatives: '来源不一致之处',
  alternative: (about, choice, alternative, source) => `${about}：本目录采用 ${choice}。另一种做法：${alternative}。（${source}）`,

  entered: (value, unit, factor, result, target) => `输入为 ${value} ${unit} × ${factor} = ${result} ${target}`,
  conversionHint: (units) => `以 ${units} 输入数值（例如“40 ppb”）即可在输入时换算；输入的单位会与数值一起记录。`,
  conversionsOffered: '输入时提供的换算',
  conversionItem: (unit, factor, source) => `${unit} × ${factor}（${sourceText(source)}）`,
};
