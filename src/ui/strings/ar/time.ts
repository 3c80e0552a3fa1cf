/** Arabic words of progress over time and across cities (the English `TM` and `TC` in ../time.ts are the contract). */
import { plural, type PluralForms, type Translation } from '../languages';
import type { TC as EN_TC, TM as EN_TM } from '../time';

const p = plural('ar');
const c = (n: number, forms: PluralForms) => p(n, forms).replace('{n}', String(n));
const ASSESSMENTS: PluralForms = { zero: 'لا تقييمات', one: 'تقييم واحد', two: 'تقييمان', few: '{n} تقييمات', many: '{n} تقييمًا', other: '{n} تقييم' };

export const TM: Translation<typeof EN_TM> = {
  ownTitle: 'الهدف والموعد النهائي الخاصان بالمدينة',
  ownHint:
    'الهدف الذي وضعته المدينة لنقطة البيانات هذه، والسنة التي تعتزم بلوغه فيها، والقيمة والسنة اللتان يُقاس التقدم انطلاقًا منهما. يقيس الاتجاه التقدم بالنسبة إليها؛ أما النقاط فتظل تتبع الهدف المذكور أعلاه.',
  ownTarget: 'الهدف الخاص',
  ownDeadline: 'الموعد النهائي (السنة)',
  ownBaseline: 'قيمة خط الأساس',
  ownBaselineYear: 'سنة خط الأساس',
  ownSave: 'حفظ الهدف الخاص',
  ownRemove: 'إزالة الهدف الخاص',
  ownSaved: 'حُفظ الهدف الخاص.',
  ownRemoved: 'أُزيل الهدف الخاص.',
  ownNone: 'لا يوجد هدف خاص: يستخدم الاتجاه الهدف المذكور أعلاه والموعد النهائي 2030.',
  ownYesNoTarget: 'هدف نقطة بيانات نعم/لا هو «نعم».',
  ownReadOnly: 'هذا التقييم مجمَّد: لا يمكن تغيير أهدافه الخاصة.',
  ownProblem: {
    notNumber: (field, text) => `${field}: «${text}» ليس رقمًا.`,
    notYear: (field, text, min, max) => `${field}: «${text}» ليس سنة كاملة بين ${min} و${max}.`,
    baselinePair: 'يحتاج خط الأساس إلى قيمته وسنته معًا.',
    deadlineAfterBaseline: 'يجب أن يأتي الموعد النهائي بعد سنة خط الأساس.',
  },
  ownSummary: (target, deadline, baseline, baselineYear) =>
    [
      target !== null ? `الهدف ${target}` : null,
      deadline !== null ? `بحلول ${deadline}` : null,
      baseline !== null && baselineYear !== null ? `انطلاقًا من ${baseline} في ${baselineYear}` : null,
    ]
      .filter(Boolean)
      .join('، '),
  status: {
    achieved: 'تحقق الهدف',
    'on-track': 'على المسار الصحيح',
    'acceleration-needed': 'يلزم التسريع',
    stagnating: 'ركود',
    'moving-away': 'ابتعاد عن الهدف',
    'insufficient-data': 'بيانات غير كافية',
  },
  reason: {
    'no-values': 'لا توجد قيمة لأي سنة',
    'one-year': 'توجد قيمة لسنة واحدة فقط',
    'no-target': 'لا يوجد هدف يُقاس بالنسبة إليه',
    'deadline-not-after-baseline': 'الموعد النهائي ليس بعد سنة خط الأساس',
  },
  basisTarget: { own: 'الهدف الخاص بالمدينة', assessment: 'الهدف الذي يُحتسب به أحدث تقييم', none: 'لا هدف' },
  basisDeadline: { own: 'الموعد النهائي الخاص بالمدينة', default: 'الموعد النهائي لخطة عام 2030' },
  basisBaseline: {
    own: 'خط الأساس الخاص بالمدينة',
    series: 'أقدم سنة لها قيمة',
    incomplete: 'أقدم سنة لها قيمة (ينقص خط الأساس الخاص قيمته أو سنته)',
  },
  trendStatus: 'الحالة',
  trendAgainst: 'يُقاس بالنسبة إلى',
  trendMethod: 'الطريقة',
  methodCompound:
    'معدل النمو السنوي المركب (مخطط التقدم في أهداف التنمية المستدامة للأمم المتحدة): الفعلي = (الأحدث ÷ خط الأساس)^(1 ÷ السنوات) − 1؛ المطلوب = (الهدف ÷ خط الأساس)^(1 ÷ (الموعد النهائي − سنة خط الأساس)) − 1.',
  methodLinear:
    'التغير في السنة (القيمة أو الهدف الذي يساوي 0 أو أقل، أو الهدف الذي على شكل نطاق، ليس له معدل مركب): الفعلي = (الأحدث − خط الأساس) ÷ السنوات؛ المطلوب = (الهدف − خط الأساس) ÷ (الموعد النهائي − سنة خط الأساس).',
  methodYesNo: 'ليس لإجابة نعم/لا معدل: «نعم» تعني تحقق الهدف، و«لا» التي تبقى «لا» ركود، و«نعم» التي صارت «لا» ابتعاد عن الهدف.',
  statusRule: 'على المسار الصحيح عند 95 % أو أكثر من المعدل المطلوب؛ يلزم التسريع من 10 %؛ ركود بين −10 % و10 %؛ ابتعاد عن الهدف دون ذلك.',
};

export const TC: Translation<typeof EN_TC> = {
  title: 'مقارنة التقييمات',
  hint: 'اختر التقييمات التي تريد وضعها جنبًا إلى جنب: صف لكل نقطة بيانات ولكل مجموع، وعمود لكل تقييم. تشكّل سنوات المدينة الواحدة سلسلة مع حالة اتجاهها.',
  pick: 'التقييمات المراد مقارنتها',
  pickAll: 'الكل',
  pickNone: 'لا شيء',
  base: 'عمود الأساس',
  baseHint: 'تُميَّز الفروق عن عمود الأساس بسهم وخلية مظلَّلة.',
  show: 'عرض',
  showWhat: { value: 'القيم', points: 'النقاط', percent: 'النسبة المئوية من الهدف' },
  filter: 'تصفية الصفوف',
  filterPlaceholder: 'الرمز أو الاسم',
  level: 'الصفوف',
  levels: { all: 'كل الصفوف', aggregates: 'المجاميع فقط', datapoints: 'نقاط البيانات فقط' },
  exportCsv: 'تنزيل بصيغة CSV',
  empty: 'اختر تقييمًا واحدًا على الأقل.',
  loading: 'جارٍ احتساب نقاط التقييمات…',
  scored: (n, ms) => `احتُسبت نقاط ${c(n, ASSESSMENTS)} في ${ms} ملّي ثانية.`,
  colCode: 'الرمز',
  colName: 'نقطة البيانات أو المجموع',
  colTrend: 'الاتجاه',
  higher: 'أعلى من الأساس',
  lower: 'أدنى من الأساس',
  sortHint: 'انقر على عنوان عمود، أو اضغط Enter عليه، للفرز؛ ومرة أخرى لعكس الترتيب.',
  gridLabel: 'مقارنة التقييمات',
  rankTitle: 'ترتيب المدن (طرق نسبية)',
  rankHint:
    'موقع كل مدينة بين المدن المختارة، وفق أحدث سنة لكل منها: تُوحَّد نقاط البيانات عبر المدن ثم تُجمع بأوزان متساوية. يُعرض الترتيب بجانب النقاط المبنية على الأهداف ولا يحل محلها أبدًا.',
  normalisation: 'التوحيد القياسي',
  normalisations: { 'min-max': 'الحد الأدنى-الحد الأقصى (0–100)', 'z-score': 'الدرجة المعيارية z', rank: 'الرتبة' },
  aggregation: 'التجميع',
  aggregations: { arithmetic: 'الوسط الحسابي', geometric: 'الوسط الهندسي' },
  rankCity: 'المدينة (السنة)',
  rankComposite: 'المؤشر المركب',
  rankRank: 'الرتبة',
  rankRange: 'الرتبة عند استبعاد نقطة بيانات واحدة',
  rankChangedBy: 'نقاط البيانات التي تغيّرها',
  rankRangeText: (best, worst) => (best === worst ? `دائمًا ${best}` : `من ${best} إلى ${worst}`),
  rankNeedsTwo: 'اختر تقييمات لمدينتين على الأقل لترتيبها.',
  rankProblem: {
    'no-values': 'لا توجد قيمة لأي نقطة بيانات',
    'single-city': 'توجد قيمة لمدينة واحدة فقط',
    'no-spread': 'لكل المدن القيمة نفسها',
    'geometric-needs-non-negative': 'يحتاج الوسط الهندسي إلى قيم تساوي 0 أو أكثر: استخدم الحد الأدنى-الحد الأقصى أو الرتبة',
    'no-weight': 'لا توجد قيمة لأي نقطة بيانات مرجَّحة',
  },
  rankMethod:
    'تُحوَّل كل نقطة بيانات بحيث يكون الأعلى هو الأفضل (تُعكس إشارة القيم التي يكون الأدنى فيها أفضل، ويؤخذ الهدف الذي على شكل نطاق بمدى تحققه)، ثم تُوحَّد عبر المدن، ويُحسب متوسطها على نقاط البيانات المتوفرة لكل مدينة (دليل منظمة التعاون الاقتصادي والتنمية ومركز البحوث المشترك لبناء المؤشرات المركبة). المدى هو الرتب التي تأخذها المدينة عند استبعاد كل نقطة بيانات بدورها.',
  chartRankTitle: 'المؤشر المركب حسب المدينة، مع مدى الرتبة',
  chartLineTitle: (name) => `${name} على مر السنين`,
  chartTarget: 'الهدف',
  chartDeadline: 'الموعد النهائي',
  chartPickDatapoint: 'نقطة البيانات المراد رسمها',
  tableYear: 'السنة',
  tableValue: 'القيمة',
  tableTarget: 'الهدف',
};
