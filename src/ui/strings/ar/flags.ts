/** Arabic words of the engine's flags (the English `F` in ../flags.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import type { Translation } from '../languages';
import { RULE_OPERATOR, type F as EN } from '../flags';
import { C } from '../catalogue';

const DOC = { VM22: 'دليل التحقق (2022)', CM17: 'منهجية جمع البيانات (2017)' };

const CHECK_BOUND: Record<PlausibilityCheck['kind'], (actual: string, bound: string) => string> = {
  below: (actual, bound) => `${actual}، أقل من ${bound}`,
  above: (actual, bound) => `${actual}، أكثر من ${bound}`,
  notAbove: (actual, bound) => `${actual}، أكثر من القيمة الأخرى ${bound}`,
  sumAtMost: (actual, bound) => `مجموع القيم ${actual}، أكثر من ${bound}`,
  sumAbout: (actual, bound) => `مجموع القيم ${actual}، لا يقارب ${bound}`,
};

export const F: Translation<typeof EN> = {
  source: (s) => {
    switch (s.kind) {
      case 'page':
        return `${DOC[s.doc]}، ص. ${s.page}`;
      case 'doc':
        return DOC[s.doc];
      case 'arithmetic':
        return 'فحص اتساق تجريه أداة العمل';
      case 'judgement':
        return 'تقدير أداة العمل (لم يُعثر على صفحة رسمية)';
      case 'other':
        return s.text;
    }
  },
  flag: (f, num, source) => {
    switch (f.kind) {
      case 'not-a-number':
        return `«${f.text}» ليس رقمًا.`;
      case 'not-yes-no':
        return `«${f.text}» ليس نعم أو لا.`;
      case 'not-finite':
        return 'هذا ليس رقمًا منتهيًا.';
      case 'enter-input':
        return f.field === 'numerator' ? `أدخل البسط (${f.input}).` : `أدخل المقام (${f.input}).`;
      case 'enter-profile':
        return `لا يحتوي ملف المدينة على «${f.label}»: أدخله مرة واحدة في الملف.`;
      case 'negative':
        return `لا يمكن أن يكون ${f.input} سالبًا.`;
      case 'division-by-zero':
        return `قسمة على صفر: ${f.input} يساوي 0.`;
      case 'part-above-whole':
        return `البسط (${num(f.numerator)}) أكبر من مقامه (${num(f.denominator)})؛ ينبغي أن يكون جزءًا منه.`;
      case 'below-min':
        return `${num(f.value)} أقل من أصغر قيمة ممكنة (${num(f.min)} ${f.unit}).`;
      case 'above-max':
        return `${num(f.value)} أكبر من أكبر قيمة ممكنة (${num(f.max)} ${f.unit}).`;
      case 'reported-without-value':
        return 'موسوم بأنه مُبلَّغ عنه، لكن لا توجد قيمة.';
      case 'formula':
        return C.formula(f.problem);
      case 'check':
        return `${f.message} (${source(f.source)}؛ هنا ${CHECK_BOUND[f.check](num(f.actual), num(f.bound))}.)`;
      case 'rule':
        return `${f.name} (${source(f.source)}؛ هنا لا يتحقق ${num(f.left)} ${RULE_OPERATOR[f.operator]} ${num(f.right)}.)`;
    }
  },
};
