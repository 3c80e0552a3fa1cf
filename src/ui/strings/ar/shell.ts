/** Arabic words of the shell, library, grid and panels (the English `S` in ../index.ts is the contract). */
import { plural, type PluralForms, type Translation } from '../languages';
import type { S as EN } from '../index';
import type { View } from '../../views';

const VIEW_LABELS: Record<View, string> = {
  grid: 'الجدول',
  review: 'المراجعة',
  results: 'العجلة والرسوم البيانية',
  report: 'تقرير المدينة',
  share: 'المشاركة والتصدير والمقارنة',
  workshop: 'ورشة العمل',
  compare: 'مقارنة السنوات والمدن',
};
const p = plural('ar');
/** A counted noun with the number, in the form Arabic grammar asks for (`{n}` is the number). */
const c = (n: number, forms: PluralForms) => p(n, forms).replace('{n}', String(n));
const ASSESSMENTS: PluralForms = { zero: 'لا تقييمات', one: 'تقييم واحد', two: 'تقييمان', few: '{n} تقييمات', many: '{n} تقييمًا', other: '{n} تقييم' };
const ROWS: PluralForms = { zero: 'لا صفوف', one: 'صف واحد', two: 'صفان', few: '{n} صفوف', many: '{n} صفًا', other: '{n} صف' };
const COLUMNS: PluralForms = { zero: 'لا أعمدة', one: 'عمود واحد', two: 'عمودان', few: '{n} أعمدة', many: '{n} عمودًا', other: '{n} عمود' };
const CELLS: PluralForms = { one: 'الخلية نفسها', two: 'الخليتين نفسيهما', other: 'الخلايا نفسها' };
const POINTS: PluralForms = { zero: '{n} نقطة', one: 'نقطة واحدة', two: 'نقطتان', few: '{n} نقاط', many: '{n} نقطة', other: '{n} نقطة' };

export const S: Translation<typeof EN> = {
  appName: 'SSC Workbench',
  appTagline: 'قيّم مدينة بمؤشرات الأداء الرئيسية لمبادرة U4SSC، بخصوصية تامة في متصفحك.',
  skipToMain: 'انتقل إلى المحتوى الرئيسي',
  language: 'اللغة',

  views: 'طرق العرض',
  viewLabel: (v) => VIEW_LABELS[v],
  backUpAll: 'نسخ احتياطي للكل',
  backUpHint: 'ملف واحد يضم كل التقييمات في هذا المتصفح؛ استورده هنا أو في متصفح آخر.',
  backedUp: (n) => `حُفظت نسخة احتياطية من ${c(n, ASSESSMENTS)}.`,
  imported: (n) => `استُورد ${c(n, ASSESSMENTS)}.`,
  compareTitle: 'المقارنة والدمج',
  compareHint: 'اختر نسخة أخرى من هذا التقييم (المقيّم أ و ب، أو العام الماضي) لرؤية كل اختلاف ودمج القيم المختارة في تقييم جديد.',
  loadingView: 'جارٍ التحميل…',
  compareWith: 'قارن مع',
  compareNone: 'لا شيء',

  privacyStatement:
    'تبقى تقييماتك في هذا المتصفح على هذا الجهاز (IndexedDB)؛ وتُحفظ فيه أيضًا لغة الواجهة التي تختارها (localStorage). لا يُرسل أي شيء إلى أي مكان: لا يقدّم التطبيق أي طلب إلى موقع آخر. لحذف بياناتك، احذف التقييمات هنا أو امسح بيانات هذا الموقع من إعدادات المتصفح.',
  storageState: (state) =>
    state === 'persisted'
      ? 'التخزين: دائم (لن يمسحه المتصفح لتوفير المساحة).'
      : state === 'best-effort'
        ? 'التخزين: قد يمسحه المتصفح إذا امتلأ القرص؛ صدّر نسخة احتياطية من حين لآخر.'
        : state === 'memory'
          ? 'التخزين: في علامة التبويب هذه فقط.'
          : state === 'unsupported'
            ? 'التخزين: لا يذكر هذا المتصفح هل يحتفظ بالبيانات؛ صدّر نسخة احتياطية من حين لآخر.'
            : '',
  memoryMode:
    'لا يسمح هذا المتصفح لمنصة العمل بتخزين البيانات (وضع التصفح الخاص أو التخزين معطّل). يمكنك العمل، لكن كل شيء يضيع عند إغلاق علامة التبويب هذه: صدّر تقييمك قبل المغادرة.',
  newerAppOpened: 'فُتح إصدار أحدث من منصة العمل في علامة تبويب أخرى. أعد تحميل علامة التبويب هذه لمواصلة العمل؛ لم يُستبدل أي شيء.',
  storageFailed: (message) => `لا تستطيع منصة العمل فتح التخزين: ${message}`,

  updateReady: 'يتوفر إصدار جديد من منصة العمل. عملك محفوظ؛ أعد التحميل لاستخدامه.',
  updateReload: 'أعد التحميل الآن',
  updateLater: 'لاحقًا',
  offlineReady: 'تعمل منصة العمل الآن دون اتصال في هذا المتصفح.',

  libraryTitle: 'التقييمات',
  libraryEmpty: 'لا توجد تقييمات بعد. أنشئ تقييمًا، أو افتح المدينة التجريبية الخيالية.',
  libraryLoading: 'جارٍ تحميل التقييمات…',
  newAssessment: 'تقييم جديد',
  city: 'المدينة',
  country: 'البلد',
  year: 'السنة',
  create: 'إنشاء',
  demoCity: 'مدينة تجريبية (خيالية)',
  demoCityHint: 'يفتح «Demoville (fictional)» وينشئها في المرة الأولى: قيم مختلقة للتدريب، وليست مدينة حقيقية.',
  demoOpened: (name) => `فُتح ${name} الموجود. يعيد «إعادة ضبط النسخة التجريبية» في القائمة قيمه الأصلية.`,
  resetDemo: 'إعادة ضبط النسخة التجريبية',
  confirmDemoReset: (name) => `هل تعيد القيم التجريبية الأصلية إلى ${name}؟ ستُستبدل تغييراتك؛ يمكنك التراجع عن ذلك لفترة قصيرة.`,
  demoReset: (name) => `استعاد ${name} قيمه التجريبية الأصلية.`,
  open: 'فتح',
  rename: 'إعادة تسمية',
  save: 'حفظ',
  cancel: 'إلغاء',
  duplicateNextYear: 'نسخ للسنة التالية',
  delete: 'حذف',
  confirmDelete: (name) => `هل تحذف التقييم ${name}؟ يمكنك التراجع عن ذلك لفترة قصيرة.`,
  deleted: (name) => `حُذف ${name}.`,
  undo: 'تراجع',
  restored: (name) => `استُعيد ${name}.`,
  duplicated: (name) => `أُنشئ ${name} من السنة السابقة.`,
  created: (name) => `أُنشئ ${name}.`,
  renamed: (name) => `أُعيدت التسمية إلى ${name}.`,
  lastEdited: 'آخر تعديل',
  completion: 'الاكتمال',
  completionValue: (reported, expected) => `${reported} / ${expected} من نقاط البيانات`,
  cityRequired: 'أدخل اسم المدينة.',
  yearInvalid: 'أدخل سنة بين 1900 و2200.',
  fictionalBadge: 'خيالية',
  assessmentLabel: (city, year) => `${city} ${year}`,

  backToLibrary: 'كل التقييمات',
  toolbar: 'أدوات الجدول',
  decimalMark: 'الفاصلة العشرية',
  decimalPoint: 'نقطة (1,234.5)',
  decimalComma: 'فاصلة (1 234,5)',
  undoEdit: 'تراجع',
  redoEdit: 'إعادة',
  undoShortcut: 'تراجع (Ctrl+Z)',
  redoShortcut: 'إعادة (Ctrl+Y)',
  filters: 'إظهار',
  filterCore: 'المؤشرات الأساسية فقط',
  filterNotReported: 'لم يُبلّغ عنها بعد',
  filterErrors: 'أخطاء',
  filterWarnings: 'تحذيرات',
  filterReminders: 'للإدخال',
  filterCount: (label, n) => (n === null ? label : `${label} (${n})`),
  filterHints: {
    error: 'صفوف بقيمة مرفوضة: تُحفظ كما كُتبت لكنها لا تُحتسب حتى تُصحَّح.',
    warning: 'صفوف محتسبة، لكن بقيمة تعدّها فحوص دليل التحقق غير معقولة.',
    reminder: 'صفوف فيها مُدخل لم يُدخل بعد (الصفوف المعلَّمة بأنها لم يُبلّغ عنها أو لا تنطبق لا تطلب شيئًا).',
  },
  flagKindLabel: { error: 'خطأ', warning: 'تحذير', reminder: 'للإدخال' },
  columnSets: 'الأعمدة',
  columnSetLabel: { work: 'المدخلات والنتائج', provenance: 'المصدر والجودة', review: 'المراجعة', all: 'الكل' },
  columnSetHint: {
    work: 'المدخلات مع القيمة والهدف والإنجاز والنقاط والفئة',
    provenance: 'الحالة وجودة البيانات والمصدر والسنة والملاحظة لكل قيمة، بجانب نقاطها',
    review: 'حالة مراجعة كل قيمة (مسودة، مقدَّمة، مستفسَر عنها، مُجاب عنها، متحقَّق منها، غير قابلة للتحقق)، بجانب قيمتها ونقاطها ومصدرها',
    all: 'كل الأعمدة (مرّر أفقيًا)',
  },
  previous: 'السابق',
  next: 'التالي',
  position: (i, n) => `${i} من ${n}`,
  dataPoint: 'نقطة البيانات',
  expandAll: 'توسيع الكل',
  collapseAll: 'طي الكل',
  exportJson: 'تصدير JSON',
  exportNow: 'صدّر الآن',
  gridLabel: 'جدول بيانات المؤشرات',
  cellEditor: 'قيمة الخلية',
  cellEditorAt: (column, row) => `${column}: ${row}`,
  gridHelp:
    'تنقّل بمفاتيح الأسهم، ويبدأ التحرير بمفتاح Enter أو بالكتابة، ويؤكّده Enter. في صف مجموعة، يطويه Enter أو المسافة أو يوسّعه. Ctrl+Z للتراجع، Ctrl+Y للإعادة.',
  pasteTooManyRows: (lines, available) =>
    `لم يُلصق شيء: الكتلة فيها ${c(lines, ROWS)}، لكن المعروض من الصف المحدد إلى الأسفل ${c(available, ROWS)} فقط من صفوف نقاط البيانات. حدّد صفًا أعلى، أو أظهر الصفوف المخفية، أو ألصق كتلة أقصر.`,
  pasteTooWide: (width, available) => `لم يُلصق شيء: الكتلة فيها ${c(width, COLUMNS)}، لكن المتبقي من الخلية المحددة إلى اليمين ${c(available, COLUMNS)} فقط.`,
  pasteReport: (rows, groups, hidden, readOnly) =>
    [
      groups + hidden > 0
        ? `أُلصق ${c(rows, ROWS)} في صفوف نقاط البيانات فقط، مع تخطي ${[
            groups > 0 ? `صفوف المجموعات (العناوين): ${groups}` : '',
            hidden > 0 ? `الصفوف المخفية: ${hidden}` : '',
          ]
            .filter(Boolean)
            .join(' و')}.`
        : '',
      readOnly > 0 ? `القيم الملصقة على خلايا لا يمكن تحريرها (محسوبة، أو من ملف المدينة، أو لا يستخدمها المؤشر) لم تُلصق: ${readOnly}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  hiddenRowsLeft: (rows, cells) => `تغيّرت الصفوف الظاهرة فقط: بقيت الخلايا في الصفوف المخفية كما كانت (الخلايا: ${cells}، الصفوف: ${rows}).`,
  rereadReport: (n) => `القيم المحفوظة نصًا التي تُقرأ الآن أرقامًا بالفاصلة العشرية الجديدة: ${n}.`,
  fictionalNotice: 'بيانات عرض خيالية: مدينة Demoville غير موجودة وقيمها مختلقة.',

  saveSaved: 'كل التغييرات محفوظة في هذا المتصفح.',
  savePending: 'تغييرات غير محفوظة…',
  saveSaving: 'جارٍ الحفظ…',
  saveError: (msg) => `تعذّر الحفظ: ${msg}`,
  quotaError: 'لم يعد لدى المتصفح مساحة تخزين لهذا الموقع. آخر تعديلاتك محفوظة في علامة التبويب هذه فقط: صدّر التقييم الآن.',
  externalUpdate: 'عُدّل هذا التقييم في علامة تبويب أخرى؛ ودُمجت تغييراتها.',
  clashList: (items) => `غيّرت علامة التبويب هذه وعلامة تبويب أخرى ${p(items.length, CELLS)}: ${items.join('؛ ')}. احتُفظ بالقيمة المكتوبة هنا.`,
  clashItem: (what, theirs) => `${what} (كانت في علامة التبويب الأخرى «${theirs}»)`,
  deletedElsewhere: 'حُذف هذا التقييم في علامة تبويب أخرى. صدّره الآن للاحتفاظ بعملك.',
  notFound: 'هذا التقييم غير مخزَّن في هذا المتصفح.',
  engineFailed: 'لم يستجب محرك الاحتساب، لذا قد تكون النتائج المعروضة قديمة. تعديلاتك محفوظة؛ أعد تحميل الصفحة لإعادة الاحتساب.',

  columns: {
    code: 'الرمز',
    name: 'المؤشر / نقطة البيانات',
    numerator: 'البسط',
    denominator: 'المقام',
    value: 'القيمة المبلَّغ عنها',
    unit: 'الوحدة',
    computed: 'القيمة',
    target: 'الهدف',
    achievement: 'الإنجاز',
    band: 'النقاط · الفئة',
    status: 'الحالة',
    quality: 'جودة البيانات',
    source: 'المصدر',
    year: 'السنة',
    note: 'ملاحظة',
    review: 'المراجعة',
  },
  fromProfile: (label) => `من ملف المدينة: ${label}`,
  notUsed: 'لا يستخدمه هذا المؤشر',
  readOnlyComputed: 'محسوب؛ للقراءة فقط',
  yes: 'نعم',
  no: 'لا',
  noBenchmark: 'لا شيء',
  targetOverridden: 'هدف محدد لهذا التقييم (أفرغ الخلية للعودة إلى الهدف المرجعي).',
  targetRemoved: 'أُزيل المعيار المرجعي لهذا التقييم: مبلَّغ عنه وغير محتسب (أفرغ الخلية لاستعادته).',
  targetNotValid: (text) => `«${text}» ليس هدفًا: أدخل رقمًا يساوي 0 أو أكثر، أو «none» لعدم وجود معيار، أو اتركه فارغًا للهدف المرجعي.`,
  targetOverride: 'محدد لهذا التقييم',
  yearNotValid: (text) => `«${text}» ليست سنة بين 1900 و2200.`,
  statusNotValid: (text) => `«${text}» ليست حالة؛ اختر: مبلَّغ عنه، أو لم يُبلَّغ عنه، أو لا ينطبق.`,
  qualityNotValid: (text) => `«${text}» ليست إحدى درجات جودة البيانات الست.`,
  core: 'أساسي',
  advanced: 'متقدم',
  collapsed: 'مطوي',
  expanded: 'موسَّع',

  statusLabels: { reported: 'مبلَّغ عنه', 'not-reported': 'لم يُبلَّغ عنه', 'not-applicable': 'لا ينطبق' },
  qualityLabels: {
    accurate: 'قياس دقيق',
    survey: 'مستقرأ من مسح للسكان',
    'higher-level': 'مستقرأ من بيانات مستوى أعلى',
    assumption: 'تقدير قائم على افتراضات',
    personal: 'تقدير شخصي',
    unknown: 'غير معروف',
  },
  itemState: {
    scored: 'محتسب',
    unbenchmarked: 'مبلَّغ عنه، بلا معيار مرجعي',
    'not-reported': 'لم يُبلَّغ عنه',
    'not-applicable': 'لا ينطبق',
    invalid: 'مُدخل مرفوض',
  },

  profileTitle: 'ملف المدينة',
  profileHelp: 'يُدخل مرة واحدة؛ ويستخدمه كل مؤشر يقسم على هذه الأرقام.',

  summaryTitle: 'النتائج',
  method: 'طريقة الاحتساب',
  methodPoints: 'نقاط U4SSC',
  methodContinuous: 'مستمرة (إنجاز بحد أقصى)',
  overall: 'الإجمالي',
  level: 'المستوى',
  percent: 'النتيجة',
  band: 'الفئة',
  coverage: 'مبلَّغ عنه / بمعيار مرجعي / متوقع',
  coverageShort: 'مبلَّغ / معيار / متوقع',
  coverageValue: (r, b, e) => `${r} / ${b} / ${e}`,
  notScored: 'غير محتسب',
  bandText: (band, label) => `الفئة ${band} · ${label}`,
  pointsBand: (points, label) => `${points} · ${label}`,
  percentText: (v) => `${v} %`,
  scoresPending: 'جارٍ الاحتساب…',
  basedOn: (scored, expected) => `استنادًا إلى ${scored} من ${expected} من نقاط البيانات`,
  provisional: 'مؤقت',
  provisionalShort: 'مؤقت',
  provisionalWhy: (scored, benchmarkable) =>
    `احتُسب ${scored} فقط من ${benchmarkable} من نقاط البيانات ذات المعيار المرجعي؛ تبقى النتيجة مؤقتة حتى يُحتسب نصفها على الأقل.`,
  provisionalRule: 'تُعلَّم النتيجة بأنها مؤقتة ما دام المحتسب أقل من نصف نقاط البيانات المنطبقة ذات المعيار المرجعي في مجموعتها.',
  headlineOverall: 'الإجمالي',

  explainTitle: 'اشرح هذا الرقم',
  explainEmpty: 'حدّد صف نقطة بيانات في الجدول لترى كيف تُستخرج قيمتها ونقاطها وفئتها.',
  explainFormula: 'الصيغة',
  explainInputs: 'المدخلات',
  explainValue: 'القيمة',
  explainTarget: 'الهدف',
  explainAchievement: 'الإنجاز',
  explainPoints: 'النقاط',
  explainAggregates: 'تُحتسب ضمن',
  explainFlags: 'المشكلات',
  explainDefinition: 'التعريف',
  explainRationale: 'المسوّغ',
  explainSource: 'المصدر',
  explainOrigin: { reference: 'هدف مرجعي (توضيحي)', override: 'محدد لهذا التقييم', own: 'الهدف الخاص بالمدينة', none: 'بلا معيار مرجعي' },
  explainNotes: 'ملاحظات',
  explainSourceNotes: 'عن مصادر هذا البند في الكتالوج',
  explainSourceNotesHint: 'ملاحظة عن كيفية البحث في تعريف هذا المؤشر لأجل الكتالوج؛ لا تقول شيئًا عن بياناتك.',
  explainWorking: (numerator, denominator, multiplier, value) => `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`} = ${value}`,
  explainFormulaRatio: (numerator, denominator, multiplier) => `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`}`,
  explainFormulaKind: { direct: 'يُبلَّغ عنه مباشرة', yesno: 'يُبلَّغ عنه بنعم أو لا' },
  explainFromProfile: (label) => `${label} (ملف المدينة)`,
  explainReported: 'القيمة المبلَّغ عنها',
  explainReportedWins: 'القيمة المبلَّغ عنها (تتقدّم على المدخلات)',
  explainTargetOverride: 'هدف محدد لهذا التقييم.',
  explainTargetRemoved: 'أُزيل المعيار المرجعي لهذا التقييم.',
  explainTargetNoEntry: 'ليس لنقطة البيانات هذه مدخل في مجموعة الأهداف: يُبلَّغ عنها لكنها لا تُحتسب.',
  explainTargetThisAssessment: 'هذا التقييم',
  explainPointsRule: 'أقل من 33 % من الهدف ← نقطة واحدة؛ 33–66 % ← 2؛ 66–95 % ← 3؛ 95 % فأكثر ← 4',
  explainRule: {
    yesno: 'نعم/لا: نعم = 100 %، لا = 0 %',
    higher: 'الأعلى أفضل: القيمة ÷ الهدف',
    'higher-target-zero': 'الأعلى أفضل، والهدف 0: أي قيمة تحققه',
    lower: 'الأدنى أفضل: الهدف ÷ القيمة',
    'lower-at-most-zero': 'الأدنى أفضل: القيمة 0 أو أقل تُعدّ إنجازًا كاملًا',
    'lower-target-zero': 'الأدنى أفضل، والهدف 0: أي قيمة فوق 0 تحقق 0 %',
    band: 'هدف على شكل نطاق: أصغر النسبتين، القيمة ÷ الهدف والهدف ÷ القيمة',
    'band-at-most-zero': 'هدف على شكل نطاق: القيمة 0 أو أقل تحقق 0 %',
  },
  explainNotScored: (state) => `غير محتسب: ${state}`,
  explainNotScoredInvalid: 'غير محتسب: المُدخل مرفوض (انظر المشكلات أدناه)',
  quoted: (text) => `«${text}»`,
  explainState: 'الحالة',
  illustrativeTargets: 'الأهداف المرجعية توضيحية، وليست المعايير الرسمية لمبادرة U4SSC.',

  stepsTitle: 'تقدّمك',
  stepsCount: (done, total) => `أُنجز ${done} من ${total} خطوات`,
  stepName: { profile: '1. ملف المدينة', data: '2. البيانات', review: '3. المراجعة', report: '4. التقرير' },
  stepState: { done: 'منجز', current: 'الخطوة التالية', todo: 'للإنجاز' },
  stepProfileDetail: (filled, total) =>
    filled === total
      ? `أُدخلت كل أرقام الملف (${total}).`
      : `أُدخل ${filled} من ${total} أرقام. السكان والأسر والناتج المحلي وغيرها تُدخل مرة واحدة؛ ويستخدمها كل مؤشر يقسم عليها.`,
  stepDataDetail: (done, expected, provisional) =>
    `لدى ${done} من ${expected} من نقاط البيانات قيمة صالحة.${provisional ? ' تبقى النتائج مؤقتة حتى يُدخل نصف نقاط البيانات ذات المعيار المرجعي على الأقل.' : ''}`,
  stepReviewDetail: (errors, warnings) =>
    errors === 0 && warnings === 0 ? 'لا قيم مرفوضة ولا شيء للتحقق منه.' : `قيم مرفوضة للتصحيح: ${errors}، وقيم للتحقق منها (تحذيرات): ${warnings}.`,
  stepReportDetail: 'اطّلع على العجلة وتقرير المدينة، واطبعه أو شاركه.',
  stepProfileAction: 'املأ ملف المدينة',
  stepGridAction: 'انتقل إلى الجدول',
  stepReportAction: 'افتح تقرير المدينة',

  legendTitle: 'معاني علامات الخلايا',
  legendSample: 'مثال',
  legendItems: {
    advanced: ['EC: ICT: T: 3A', 'رمز مائل: مؤشر متقدم (رموز المؤشرات الأساسية قائمة).'],
    profile: ['250 000', 'رمادي مائل على أزرق: مأخوذ من ملف المدينة؛ غيّره هناك، مرة واحدة لكل المؤشرات.'],
    unused: ['', 'مخطط: مُدخل لا يستخدمه هذا المؤشر.'],
    computed: ['45.5', 'رمادي: تحسبه منصة العمل؛ للقراءة فقط.'],
    override: ['80', 'عريض بخط سفلي منقط: هدف محدد لهذا التقييم بدلًا من الهدف المرجعي.'],
    error: [
      'abc',
      'إطار أحمر وخلفية وردية: خطأ. القيمة مرفوضة (ليست رقمًا، أو مستحيلة، أو قسمة على صفر)؛ تُحفظ كما كُتبت ولا تُحتسب أبدًا. أشر إلى الخلية أو حدّد الصف لمعرفة السبب.',
    ],
    warning: ['140', 'إطار كهرماني: تحذير. القيمة محتسبة لكنها تبدو غير معقولة وفق دليل التحقق لمبادرة U4SSC؛ تحقّق منها.'],
    reminder: [
      '',
      'إطار منقط: تذكير. مُدخل لا يزال فارغًا، مثل بسط بعد أن يعطي ملف المدينة مقامه. ليس خطأ؛ والصفوف التي لم يُبلَّغ عنها أو لا تنطبق لا تطلب مدخلات أبدًا.',
    ],
    review: [
      'EN: EN: AQ: 1C',
      'رمز معلَّم بـ Δ على شريط بنفسجي: تغيّر تعريف نقطة البيانات في تحديث للكتالوج منذ إنشاء هذا التقييم. تُحفظ قيمتها؛ اقرأ ما تغيّر في «اشرح هذا الرقم» وعلّمه بأنه مقروء.',
    ],
  },
  legendBands: 'النقاط · الفئة: يدل اللون والفئة المكتوبة على مدى قرب القيمة من هدفها (تضيف العجلة والرسوم نمطًا لكل فئة):',
  legendBand: (points, label) => `${c(points, POINTS)} · ${label} من الهدف`,
  none: '—',
};
