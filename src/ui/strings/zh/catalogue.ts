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

  formula: (p) => {
    const at = (n: number) => `（第 ${n + 1} 个字符）`;
    switch (p.kind) {
      case 'empty':
        return '公式为空。';
      case 'too-long':
        return `公式长 ${p.length} 个字符；最多读取 ${p.limit} 个。`;
      case 'too-deep':
        return `公式中括号或函数的嵌套超过 ${p.limit} 层${at(p.at)}。`;
      case 'unexpected-character':
        return `“${p.char}”不属于公式语言${at(p.at)}。`;
      case 'unexpected-end':
        return `公式在应出现数字、名称或括号的位置结束${at(p.at)}。`;
      case 'unexpected-token':
        return `此处不应出现“${p.token}”${at(p.at)}。`;
      case 'unclosed':
        return `此处打开的“${p.bracket}”从未闭合${at(p.at)}。`;
      case 'unknown-function':
        return `“${p.name}”不是公式语言的函数（min、max、sum、if、abs、and、or、not）${at(p.at)}。`;
      case 'arity':
        return `${p.name} 接受${p.max === null ? `至少 ${p.min} 个` : p.min === p.max ? ` ${p.min} 个` : ` ${p.min} 至 ${p.max} 个`}参数，而不是 ${p.given} 个${at(p.at)}。`;
      case 'unknown-name':
        return `“${p.name}”不是该数据点的输入${p.inputs.length ? `（其输入：${p.inputs.join('、')}）` : ''}${at(p.at)}。`;
      case 'unknown-profile':
        return `“${p.field}”不是城市概况中的字段${at(p.at)}。`;
      case 'unknown-datapoint':
        return `[${p.code}] 不是该框架的数据点${at(p.at)}。`;
      case 'inputs-outside-sum':
        return `“inputs”表示数据点的全部输入，只能求和：sum(inputs)${at(p.at)}。`;
      case 'cycle':
        return `这些公式相互引用形成环，因此都没有值：${p.names.join(' → ')}。`;
      case 'missing':
        return p.ref.kind === 'input'
          ? `输入“${p.ref.name}”尚无值。`
          : p.ref.kind === 'profile'
            ? `城市概况字段“${p.ref.field}”尚无值。`
            : `数据点 ${p.ref.id} 尚无值。`;
      case 'division-by-zero':
        return `除以零${at(p.at)}。`;
      case 'not-finite':
        return `结果太大，不是一个数字${at(p.at)}。`;
    }
  },

  frameworkFile: (p, doc) => {
    const where = (path: string) => (path === '' ? '' : `${path}：`);
    switch (p.kind) {
      case 'not-json':
        return '此文件不是 JSON，因此不可能是框架文件。';
      case 'too-large':
        return `文件大于 ${Math.round(p.limit / (1024 * 1024))} MB，即框架文件的上限。`;
      case 'not-framework':
        return '此 JSON 文件不是框架文件（没有 "format": "ssc-workbench/framework"）。';
      case 'newer-version':
        return `此框架文件的版本为 ${p.version}；本工作台可读取的最高版本为 ${p.max}。请更新工作台后再读取。`;
      case 'doc':
        return doc(p.problem);
      case 'formula':
        return `${where(p.path)}${C.formula!(p.problem)}`;
      case 'formula-not-scored':
        return `${where(p.path)}此公式有 ${p.inputs} 个输入；在评估能按名称保存输入之前，数据点的公式最多接受 ${p.max} 个。已保留，但不计分。`;
      case 'unknown-category':
        return `${where(p.path)}类别 ${p.category} 不在该框架的维度中。`;
      case 'duplicate-code':
        return `${where(p.path)}代码 ${p.code} 被使用了两次。`;
      case 'duplicate-datapoint':
        return `${where(p.path)}数据点 ${p.id} 被定义了两次。`;
      case 'unknown-target':
        return `${where(p.path)}某个目标指向 ${p.id}，它不是该框架的数据点。`;
      case 'duplicate-input':
        return `${where(p.path)}输入名“${p.name}”被使用了两次。`;
      case 'duplicate-rule':
        return `${where(p.path)}规则标识 ${p.id} 被使用了两次。`;
      case 'unknown-link':
        return `${where(p.path)}某个指向其他框架的链接始于 ${p.id}，它不是该框架的数据点。`;
    }
  },

  ruleFailed: (name, left, operator, right) => `${name}：${left} ${operator} ${right} 不成立。`,
  ruleImportance: (importance) => ({ high: '高重要性', medium: '中等重要性', low: '低重要性' })[importance],
};
