/** Chinese words of the engine's flags (the English `F` in ../flags.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import type { Translation } from '../languages';
import { RULE_OPERATOR, type F as EN } from '../flags';
import { C } from '../catalogue';

const DOC = { VM22: '《核实手册》（2022）', CM17: '《数据收集方法》（2017）' };

const CHECK_BOUND: Record<PlausibilityCheck['kind'], (actual: string, bound: string) => string> = {
  below: (actual, bound) => `${actual}，低于 ${bound}`,
  above: (actual, bound) => `${actual}，高于 ${bound}`,
  notAbove: (actual, bound) => `${actual}，高于另一个数值 ${bound}`,
  sumAtMost: (actual, bound) => `各数值合计 ${actual}，超过 ${bound}`,
  sumAbout: (actual, bound) => `各数值合计 ${actual}，并非约 ${bound}`,
};

export const F: Translation<typeof EN> = {
  source: (s) => {
    switch (s.kind) {
      case 'page':
        return `${DOC[s.doc]}，第 ${s.page} 页`;
      case 'doc':
        return DOC[s.doc];
      case 'arithmetic':
        return '本工具的一致性检查';
      case 'judgement':
        return '本工具的判断（未找到官方页面）';
      case 'other':
        return s.text;
    }
  },
  flag: (f, num, source) => {
    switch (f.kind) {
      case 'not-a-number':
        return `“${f.text}”不是数字。`;
      case 'not-yes-no':
        return `“${f.text}”不是“是”或“否”。`;
      case 'not-finite':
        return '这不是一个有限的数字。';
      case 'enter-input':
        return f.field === 'numerator' ? `请输入分子（${f.input}）。` : `请输入分母（${f.input}）。`;
      case 'enter-profile':
        return `城市概况中没有“${f.label}”：请在概况中输入一次。`;
      case 'negative':
        return `${f.input}不能为负数。`;
      case 'division-by-zero':
        return `除数为零：${f.input}为 0。`;
      case 'part-above-whole':
        return `分子（${num(f.numerator)}）大于其分母（${num(f.denominator)}）；它应是分母的一部分。`;
      case 'below-min':
        return `${num(f.value)} 低于可能的最小值（${num(f.min)} ${f.unit}）。`;
      case 'above-max':
        return `${num(f.value)} 高于可能的最大值（${num(f.max)} ${f.unit}）。`;
      case 'reported-without-value':
        return '已标记为已报告，但没有数值。';
      case 'formula':
        return C.formula(f.problem);
      case 'check':
        return `${f.message}（${source(f.source)}；此处 ${CHECK_BOUND[f.check](num(f.actual), num(f.bound))}。）`;
      case 'rule':
        return `${f.name}（${source(f.source)}；此处 ${num(f.left)} ${RULE_OPERATOR[f.operator]} ${num(f.right)} 不成立。）`;
    }
  },
};
