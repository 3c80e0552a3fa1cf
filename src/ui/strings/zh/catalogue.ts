/** Chinese words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import { sourceText } from '../flags';
import type { Translation } from '../languages';
import type { C as EN } from '../catalogue';

export const C: Translation<typeof EN> = {
  reviewTitle: (n) => `目录更新后有 ${n} 个数据点需要复查`,
  reviewIntro: (from, to) =>
    `此评估是用目录 ${from} 创建的；现在它使用目录 ${to}。以下数据点的定义已更改。每个数值都按输入原样保留，并按新定义计分，没有在您不知情的情况下重新计算：请阅读更改内容，检查数值，然后标记为已读。`,
  reviewShow: '在表格中显示',
  reviewRead: '标记为已读',
  reviewReadAll: '全部标记为已读',
  reviewReadHint: '从评估中移除此提示；数值不变。',
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
