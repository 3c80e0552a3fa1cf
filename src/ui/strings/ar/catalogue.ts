/** Arabic words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import { sourceText } from '../flags';
import type { Translation } from '../languages';
import type { C as EN } from '../catalogue';

const CHECK_NAMES: Record<PlausibilityCheck['kind'], string> = {
  below: 'حد أدنى لما هو طبيعي',
  above: 'حد أعلى لما هو طبيعي',
  notAbove: 'الترتيب المنطقي لقيم مترابطة (ينبغي ألا تتجاوز هذه القيمة الأخرى)',
  sumAtMost: 'مجموع لا يتجاوز 100 %',
  sumAbout: 'مجموع يقارب 100 % (± 2 %)',
};

export const C: Translation<typeof EN> = {
  change: (c, num, source) => {
    const from = ` (${source(c.source)})`;
    switch (c.kind) {
      case 'measure':
        return `أصبحت الآن ${c.after}، لا ${c.before}${from}. القيمة المُدخلة على أنها ${c.before} ليست ${c.after}: أدخل ${c.after}. وحتى ذلك الحين تبقى القيمة كما أُدخلت وتُحتسب كأنها ${c.after}.`;
      case 'max-lifted':
        return `صارت القيم التي تتجاوز ${num(c.before)} مقبولة الآن${from}. القيمة التي تتجاوز ${num(c.before)} والتي رُفضت سابقًا تُحتسب الآن.`;
      case 'numerator':
        return `صار البسط الآن «${c.after}»، لا «${c.before}»${from}. تحقق من أن القيمة المُدخلة تعدّ البسط الجديد.`;
      case 'denominator':
        return `صار المقام الآن «${c.after}»، لا «${c.before}»${from}. تحقق من أن القيمة المُدخلة تستخدم المقام الجديد.`;
      case 'check-added':
        return `ينطبق الآن فحص من دليل التحقق: ${CHECK_NAMES[c.check]}${from}. القيمة لم تتغير؛ ويظهر تحذير إن لم تجتز الفحص.`;
      case 'check-changed':
        return `صار الفحص الآن ${CHECK_NAMES[c.after]}، لا ${CHECK_NAMES[c.before]}${from}. القيمة لم تتغير؛ ويظهر تحذير إن لم تجتز الفحص.`;
      case 'check-removed':
        return `لم يعد الفحص ${CHECK_NAMES[c.check]} ينطبق على نقطة البيانات هذه${from}: فالصفحة تذكره لنقطة أخرى. القيمة لم تتغير؛ ويزول تحذيرها.`;
      case 'target':
        return c.after === null
          ? `أُزيل الهدف المرجعي ${c.before === null ? '' : `(${num(c.before)}) `}: لا يوجد معيار مرجعي عام للمقياس الجديد${from}. يُبلَّغ عن نقطة البيانات لكنها لم تعد تُحتسب.`
          : `صار الهدف المرجعي الآن ${num(c.after)}، لا ${c.before === null ? 'لا شيء' : num(c.before)}${from}. قد تتغير نقاط نقطة البيانات.`;
    }
  },

  reviewTitle: (n) => `نقاط بيانات للمراجعة بعد تحديث الكتالوج: ${n}`,
  reviewIntro: (from, to) =>
    `أُعدّ هذا التقييم بالكتالوج ${from}؛ وهو يستخدم الآن الكتالوج ${to}. تغيّرت تعريفات نقاط البيانات أدناه. كل قيمة محفوظة كما أُدخلت وتُحتسب وفق التعريفات الجديدة، ولم يُعَد حساب شيء من وراء ظهرك: اقرأ ما تغيّر، وتحقق من القيمة، ثم ضع علامة «مقروء».`,
  reviewShow: 'أظهر في الجدول',
  reviewRead: 'ضع علامة «مقروء»',
  reviewReadAll: 'ضع علامة «مقروء» على الكل',
  reviewReadHint: 'يزيل هذه الملاحظة من التقييم؛ لا تتغير القيمة.',
  reviewWasVerified: 'تُحقِّق منها قبل هذا التغيير، وتُعرض بوصفها مُقدَّمة إلى أن يُتحقّق منها من جديد؛ ووضع علامة «مقروء» على التغيير يُبقي على التحقق.',
  verifiedUnder: (from) => `مُقدَّمة (تُحقّق منها وفق الكتالوج ${from}، وتغيّر التعريف)`,
  verifiedUnderHint: (from, to) =>
    `تُحقّق منها وفق الكتالوج ${from}؛ وتغيّر تعريفها في الكتالوج ${to} (انظر «اشرح هذا الرقم»). تحقّق منها من جديد، أو ضع علامة «مقروء» على التغيير إن لم يكن يمسّ القيمة.`,
  reviewMarker: (to) => `تغيّر التعريف في الكتالوج ${to}: راجع هذه القيمة (انظر «اشرح هذا الرقم»).`,
  reviewLegend: 'تغيّر التعريف في تحديث للكتالوج: للمراجعة',
  explainChanges: 'تحديث الكتالوج',
  explainChangesIntro: (from, to) => `ما تغيّر بين الكتالوج ${from} و${to}:`,

  basisJudgement: 'تقدير أداة العمل: لا تحدد أي وثيقة عامة هذا الرقم. استبدله بالمعيار المرجعي لبرنامجك إن كان لديك.',
  basisPublic: 'يستند إلى المصدر العام المذكور.',
  explainBasis: 'الأساس',

  explainAlternatives: 'حيث تختلف المصادر',
  alternative: (about, choice, alternative, source) => `${about}: يعتمد هذا الكتالوج ${choice}. البديل: ${alternative}. (${source})`,

  entered: (value, unit, factor, result, target) => `أُدخلت بقيمة ${value} ${unit} × ${factor} = ${result} ${target}`,
  conversionHint: (units) => `اكتب قيمة بوحدة ${units} (مثل «40 ppb») لتحويلها عند الإدخال؛ وتُسجَّل الوحدة المُدخلة مع القيمة.`,
  conversionsOffered: 'التحويلات المتاحة عند الإدخال',
  conversionItem: (unit, factor, source) => `${unit} × ${factor} (${sourceText(source)})`,

  formula: (p) => {
    const at = (n: number) => ` (الحرف ${n + 1})`;
    switch (p.kind) {
      case 'empty':
        return 'الصيغة فارغة.';
      case 'too-long':
        return `طول الصيغة ${p.length} حرفًا؛ ولا يُقرأ منها أكثر من ${p.limit}.`;
      case 'too-deep':
        return `تتداخل الأقواس أو الدوال في الصيغة لأكثر من ${p.limit} مستوى${at(p.at)}.`;
      case 'unexpected-character':
        return `"${p.char}" ليس جزءًا من لغة الصيغ${at(p.at)}.`;
      case 'unexpected-end':
        return `تنتهي الصيغة حيث كان يُنتظر رقم أو اسم أو قوس${at(p.at)}.`;
      case 'unexpected-token':
        return `"${p.token}" غير متوقع هنا${at(p.at)}.`;
      case 'unclosed':
        return `القوس "${p.bracket}" المفتوح هنا لا يُغلق أبدًا${at(p.at)}.`;
      case 'unknown-function':
        return `"${p.name}" ليست دالة في لغة الصيغ (min وmax وsum وif وabs وand وor وnot)${at(p.at)}.`;
      case 'arity':
        return `تأخذ ${p.name} ${p.max === null ? `${p.min} وسيطًا على الأقل` : p.min === p.max ? `${p.min} وسيطًا` : `من ${p.min} إلى ${p.max} وسيطًا`}، لا ${p.given}${at(p.at)}.`;
      case 'unknown-name':
        return `"${p.name}" ليس مُدخلًا لنقطة البيانات هذه${p.inputs.length ? ` (مدخلاتها: ${p.inputs.join('، ')})` : ''}${at(p.at)}.`;
      case 'unknown-profile':
        return `"${p.field}" ليس حقلًا في ملف تعريف المدينة${at(p.at)}.`;
      case 'unknown-datapoint':
        return `[${p.code}] ليست نقطة بيانات في هذا الإطار${at(p.at)}.`;
      case 'inputs-outside-sum':
        return `"inputs" تعني كل مدخلات نقطة البيانات ولا يمكن إلا جمعها: sum(inputs)${at(p.at)}.`;
      case 'cycle':
        return `هذه الصيغ تقرأ بعضها بعضًا في حلقة، فلا قيمة لأي منها: ${p.names.join(' ← ')}.`;
      case 'missing':
        return p.ref.kind === 'input'
          ? `المُدخل "${p.ref.name}" ليست له قيمة بعد.`
          : p.ref.kind === 'profile'
            ? `حقل ملف تعريف المدينة "${p.ref.field}" ليست له قيمة بعد.`
            : `نقطة البيانات ${p.ref.id} ليست لها قيمة بعد.`;
      case 'division-by-zero':
        return `قسمة على صفر${at(p.at)}.`;
      case 'not-finite':
        return `الناتج أكبر من أن يكون رقمًا${at(p.at)}.`;
    }
  },

  frameworkFile: (p, doc) => {
    const where = (path: string) => (path === '' ? '' : `${path}: `);
    switch (p.kind) {
      case 'not-json':
        return 'هذا الملف ليس JSON، فلا يمكن أن يكون ملف إطار.';
      case 'too-large':
        return `حجم الملف أكبر من ${Math.round(p.limit / (1024 * 1024))} ميغابايت، وهو الحد الأقصى لملف الإطار.`;
      case 'not-framework':
        return 'ملف JSON هذا ليس ملف إطار (ليس فيه "format": "ssc-workbench/framework").';
      case 'newer-version':
        return `ملف الإطار هذا من الإصدار ${p.version}؛ وهذه المنصة تقرأ الإصدارات حتى ${p.max}. حدّث المنصة لقراءته.`;
      case 'doc':
        return doc(p.problem);
      case 'formula':
        return `${where(p.path)}${C.formula!(p.problem)}`;
      case 'formula-not-scored':
        return `${where(p.path)}لهذه الصيغة ${p.inputs} مدخلات؛ وإلى أن تتمكن التقييمات من حفظ المدخلات بأسمائها، لا تأخذ صيغة نقطة البيانات أكثر من ${p.max}. الصيغة محفوظة لكنها لا تُحتسب.`;
      case 'unknown-category':
        return `${where(p.path)}الفئة ${p.category} ليست ضمن أبعاد الإطار.`;
      case 'duplicate-code':
        return `${where(p.path)}الرمز ${p.code} مستخدم مرتين.`;
      case 'duplicate-datapoint':
        return `${where(p.path)}نقطة البيانات ${p.id} معرّفة مرتين.`;
      case 'unknown-target':
        return `${where(p.path)}هدف يسمّي ${p.id}، وهي ليست نقطة بيانات في الإطار.`;
      case 'duplicate-input':
        return `${where(p.path)}اسم المُدخل "${p.name}" مستخدم مرتين.`;
      case 'duplicate-rule':
        return `${where(p.path)}معرّف القاعدة ${p.id} مستخدم مرتين.`;
      case 'unknown-link':
        return `${where(p.path)}رابط إلى إطار آخر يبدأ من ${p.id}، وهي ليست نقطة بيانات في الإطار.`;
    }
  },

  ruleFailed: (name, left, operator, right) => `${name}: ‎${left} ${operator} ${right}‎ غير متحقق.`,
  ruleImportance: (importance) => ({ high: 'أهمية عالية', medium: 'أهمية متوسطة', low: 'أهمية منخفضة' })[importance],
};
