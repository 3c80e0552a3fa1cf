/** Arabic words of export, share links, import and compare (the English `X` in ../interchange.ts is the contract). */
import { plural, type PluralForms, type Translation } from '../languages';
import type { X as EN } from '../interchange';
import type { DecimalChoice } from '../../../engine/csv';
import type { LinkError } from '../../../share/link';

const p = plural('ar');
const c = (n: number, forms: PluralForms) => p(n, forms).replace('{n}', String(n));
const ASSESSMENTS: PluralForms = { zero: 'لا تقييمات', one: 'تقييم واحد', two: 'تقييمان', few: '{n} تقييمات', many: '{n} تقييمًا', other: '{n} تقييم' };
const TARGETS: PluralForms = { zero: 'لا أهداف', one: 'هدف واحد', two: 'هدفان', few: '{n} أهداف', many: '{n} هدفًا', other: '{n} هدف' };
const PROBLEMS: PluralForms = { zero: 'لا مشكلات', one: 'مشكلة واحدة', two: 'مشكلتان', few: '{n} مشكلات', many: '{n} مشكلة', other: '{n} مشكلة' };
const ITEMS: PluralForms = { zero: 'لا بنود', one: 'بندًا واحدًا', two: 'بندين', few: '{n} بنود', many: '{n} بندًا', other: '{n} بند' };
const DIFFS: PluralForms = { zero: 'لا اختلافات', one: 'اختلاف واحد', two: 'اختلافان', few: '{n} اختلافات', many: '{n} اختلافًا', other: '{n} اختلاف' };

const MB = 1024 * 1024;
const CELLS: PluralForms = { zero: 'لا خلايا', one: 'خلية واحدة', two: 'خليتان', few: '{n} خلايا', many: '{n} خليةً', other: '{n} خلية' };

/** Why a share link did not open, in words (every kind of LinkError, as in English). */
function linkProblem(error: LinkError): string {
  switch (error.kind) {
    case 'malformed':
      return 'هذا الرابط تالف أو ناقص: ربما قُطع عند نسخه.';
    case 'not-a-link':
      return 'هذا ليس رابط مشاركة من SSC Workbench.';
    case 'needs-passphrase':
      return 'هذا الرابط محمي بعبارة مرور.';
    case 'cannot-decrypt':
      return error.mode === 'passphrase' ? 'عبارة المرور خاطئة، أو غُيِّر الرابط.' : 'غُيِّر الرابط أو قُطع: لا يمكن فتحه.';
    case 'too-long':
      return `هذا الرابط أطول من أي رابط تصنعه منصة العمل (الحد: ${error.limit} حرف)؛ لم يُفتح.`;
    case 'too-large':
      return `يُفكّ ضغط الرابط إلى أكثر من ${error.limit / MB} ميغابايت؛ رُفض.`;
  }
}

export const X: Translation<typeof EN> = {
  exportTitle: 'التصدير والمشاركة',
  exportHelp: 'تُصنع الملفات في هذا المتصفح ويحفظها هو؛ لا يُرفع أي شيء.',
  exportJson: 'التقييم بصيغة JSON',
  exportJsonHint: 'كل شيء بدقة: الملف للنسخ الاحتياطي، أو للنقل إلى متصفح آخر، أو للإرسال إلى زميل.',
  exportCsv: 'القيم بصيغة CSV',
  exportCsvHint: 'صف لكل نقطة بيانات، لجدول بيانات أو أداة أخرى.',
  exportXlsx: 'Excel (.xlsx)',
  exportXlsxHint:
    'القيم مع نتائجها (الهدف، النقاط، الفئة)، والدرجات مع تغطيتها، وملف المدينة، والأهداف مع مبرراتها، في مصنف Excel. يُعاد استيراده بالقيم التي يحتويها.',
  workbook: {
    sheets: { Values: 'القيم', Scores: 'الدرجات', Profile: 'الملف التعريفي', Targets: 'الأهداف' },
    columns: {
      level: 'المستوى',
      code: 'الرمز',
      name: 'الاسم',
      percent: 'النسبة المئوية',
      band: 'الفئة',
      points: 'النقاط',
      'max points': 'الحد الأقصى للنقاط',
      reported: 'المبلَّغ عنها',
      benchmarked: 'المقيسة',
      expected: 'المتوقعة',
      field: 'الحقل',
      label: 'التسمية',
      unit: 'الوحدة',
      value: 'القيمة',
      datapoint: 'نقطة البيانات',
      target: 'الهدف',
      origin: 'المصدر الأصلي',
      rationale: 'المسوّغ',
      source: 'المصدر',
      basis: 'الأساس',
      'own target': 'الهدف الخاص',
      'own deadline': 'الموعد النهائي الخاص',
      'own baseline': 'خط الأساس الخاص',
      'own baseline year': 'سنة خط الأساس الخاص',
      'scored by': 'قُيِّم بحسب',
    },
  },
  exportScores: 'جدول الدرجات (CSV)',
  exportScoresHint:
    'صف لكل نقطة بيانات ولكل درجة (الإجمالي، الأبعاد، الأبعاد الفرعية، الفئات الموضوعية) مع نسبة الإنجاز والنقاط والفئة والتغطية، لـ R أو pandas أو DuckDB.',
  exportScoresParquet: 'جدول الدرجات (Parquet)',
  exportScoresParquetHint: 'جدول الدرجات بأنواع أعمدته بتنسيق Apache Parquet: لـ DuckDB أو pandas أو R (arrow) أو polars على برنامج كامل.',
  exportTargets: 'ملف الأهداف (CSV)',
  exportTargetsHint: 'الأهداف السارية: المحددة لهذا التقييم، وإلا فالأهداف المرجعية.',
  exportSdmxCsv: 'SDMX-CSV',
  exportSdmxCsvHint:
    'ملاحظة واحدة لكل نقطة بيانات وفق بنية بيانات U4SSC (sdmx/u4ssc-structure.xml)، لأدوات SDMX في مكاتب الإحصاء. «غير مُبلَّغ» و«غير منطبق» حالتان، وليستا أصفارًا أبدًا. يُستورد مجددًا بالقيم التي يحملها.',
  exportSdmxMl: 'SDMX-ML (XML)',
  exportSdmxMlHint: 'الملاحظات نفسها كبيانات SDMX-ML 2.1 الخاصة بالبنية، لسجلات SDMX وأدوات التحقق.',
  exportDhis2Values: 'قيم DHIS2 (JSON)',
  exportDhis2ValuesHint:
    'مجموعة قيم بيانات حسب الرمز (idScheme=CODE) لنسخة DHIS2 تجمع بيانات U4SSC؛ الحالة والجودة والسنة والمصدر في تعليق كل قيمة. يُستورد مجددًا بالقيم التي يحملها.',
  exportDhis2Metadata: 'بيانات DHIS2 الوصفية (JSON)',
  exportDhis2MetadataHint: 'عناصر بيانات U4SSC وفئات نقاط بياناتها ومجموعة البيانات، تُستورد مرة واحدة في DHIS2 قبل قيم البيانات.',
  exportOpenSdg: 'Open SDG (zip)',
  exportOpenSdgHint:
    'ملف CSV لكل مؤشر أداء وفق تخطيط بيانات Open SDG (Year وCity وSeries وUnits وGeoCode وValue) مع بياناته الوصفية، لموقع Open SDG الخاص بالمدينة. يُستورد مجددًا بالقيم التي ينشرها.',
  exportAll: 'تنزيل الكل (zip)',
  exportAllHint: 'كل عمليات التصدير أعلاه في ملف zip واحد، مع بنية بيانات SDMX.',
  libraryAll: 'كل الصيغ (zip)',
  libraryAllHint: 'كل عمليات التصدير لكل التقييمات في ملف zip واحد، مجلد لكل تقييم.',
  libraryAllWriting: (done, of) => `جارٍ كتابة ملف zip: ${done} من ${of} تقييمات…`,
  libraryAllDone: (n) => `نُزّل ملف zip للتقييمات (${n}).`,
  exportShare: 'رابط مشاركة…',
  exportShareHint: 'رابط مشفّر يفتح هذا التقييم في متصفح آخر.',
  preparing: 'جارٍ التحضير…',
  saved: (file) => `حُفظ ${file}.`,
  exportFailed: (message) => `تعذّر إنشاء الملف: ${message}`,

  shareTitle: 'رابط مشاركة',
  shareModeLegend: 'كيف يُحمى الرابط',
  shareModeKey: 'المفتاح داخل الرابط',
  shareModeKeyHint: 'يستطيع فتحه كل من لديه الرابط كاملًا. بسيط، لقناة موثوقة.',
  shareModePassphrase: 'عبارة مرور',
  shareModePassphraseHint: 'الرابط وحده لا يكفي: أبلغ عبارة المرور بشكل منفصل (بالهاتف، أو شخصيًا).',
  passphrase: 'عبارة المرور',
  passphraseConfirm: 'كرّر عبارة المرور',
  passphraseTooShort: (min) => `استخدم عبارة مرور من ${min} أحرف على الأقل.`,
  passphraseMismatch: 'عبارتا المرور مختلفتان.',
  createLink: 'إنشاء الرابط',
  creatingLink: 'جارٍ التشفير…',
  linkLabel: 'الرابط للمشاركة',
  copy: 'نسخ',
  copied: 'نُسخ إلى الحافظة.',
  copyManually: 'النسخ غير مسموح هنا: الرابط محدد، اضغط Ctrl+C (⌘C على Mac).',
  linkReady: (chars) => `الرابط جاهز (عدد الأحرف: ${chars}).`,
  linkTooLong: (chars, max) =>
    `ينتج هذا التقييم رابطًا من ${chars} حرفًا، أي أكثر من ${max} حرف تنقلها برامج البريد والدردشة بأمان. شارك ملف JSON للتقييم بدلًا منه.`,
  linkFailed: (message) => `تعذّر إنشاء الرابط: ${message}`,
  downloadJsonInstead: 'احفظ ملف JSON للتقييم',
  close: 'إغلاق',
  securityTitle: 'ما يحميه التشفير وما لا يحميه',
  securityPoints: [
    'يُضغط التقييم ويُشفَّر في هذا المتصفح؛ لا تُحفظ أي نسخة على أي خادم، ولا يرسله الرابط إلى أي مكان.',
    'كل ما بعد علامة # في الرابط يبقى في المتصفح: لا يُرسل أبدًا إلى الخادم الذي يستضيف التطبيق، فلا تستطيع الخوادم والوسطاء وسجلاتهم قراءة التقييم.',
    'من لديه الرابط كاملًا يستطيع فتح التقييم. وفي وضع عبارة المرور يحتاج أيضًا إلى العبارة، التي لا تُخزَّن ولا توضع في الرابط أبدًا: أبلغها بشكل منفصل.',
    'الرابط المعدَّل أو المقطوع لا يُفتح إطلاقًا، فلا يرى المستلم قيمًا محرَّفة أبدًا.',
    'كل من يستطيع قراءة الرابط يستطيع الاحتفاظ بنسخة: لا يمكن سحب رابط بعد إرساله.',
  ],

  previewTitle: 'فتح تقييم مشترك',
  decoding: 'جارٍ فتح الرابط…',
  passphrasePrompt: 'هذا الرابط محمي بعبارة مرور. أدخلها لفتح التقييم.',
  openWithPassphrase: 'فتح',
  previewIntro: 'يحمل الرابط هذا التقييم. سيُضاف تقييمًا جديدًا؛ ولن يتغير أي شيء مخزَّن في هذا المتصفح.',
  previewCity: 'المدينة',
  previewCountry: 'البلد',
  previewYear: 'السنة',
  previewValues: 'القيم المدخلة',
  previewScore: 'النتيجة الإجمالية',
  previewScoreNone: 'لم يُحتسب بعد',
  openAsNew: 'افتحه تقييمًا جديدًا',
  cancel: 'إلغاء',
  linkDocumentProblem: 'فُتح الرابط، لكن ما يحمله ليس تقييمًا صالحًا.',
  linkProblem,
  opened: (name) => `فُتح ${name} تقييمًا جديدًا.`,

  importTitle: 'استيراد',
  importHelp:
    'ملف JSON لتقييم أو لمساحة عمل، أو قيم بصيغة CSV، أو جدول قيم Excel (.xlsx). ترى ما قُرئ قبل تخزين أي شيء؛ والخلية التي ليست رقمًا تُحفظ نصًا مع السبب، كما يحفظها الجدول، ولا تُحتسب.',
  chooseFile: 'اختر ملفًا',
  dropHere: 'أو أفلت ملفًا هنا',
  reading: (name) => `جارٍ قراءة ${name}…`,
  readingLoaded: (name, loaded, total) => `جارٍ تحميل ${name}: ${loaded} من ${total}`,
  readingParsing: (name) => `جارٍ قراءة محتوى ${name}…`,
  readingProgress: 'تقدّم القراءة',
  readingCancel: 'إلغاء القراءة',
  readingCancelled: (name) => `أُلغيت قراءة ${name}؛ لم يتغيّر شيء.`,
  fileTooLarge: (size, max) => `حجم الملف ${size}؛ لا تُقرأ الملفات الأكبر من ${max}.`,
  unknownKind: (name, endings) => `«${name}» ليس ملفًا تقرؤه منصة العمل: استخدم ${endings.join(' أو ')}.`,
  notRead: (name) => `لم يُستورد ${name}:`,
  problemsCount: (n) => `${c(n, PROBLEMS)}؛ لم يُخزَّن شيء.`,
  problemAt: (row, column, message, cell) =>
    cell !== undefined
      ? `الخلية ${cell}: ${message}`
      : row === undefined
        ? message
        : column
          ? `السطر ${row}، العمود ${column}: ${message}`
          : `السطر ${row}: ${message}`,
  read1252: 'اقرأه بترميز Windows-1252',
  read1252Hint:
    'فقط إذا جاء الملف من صيغة «CSV» في Excel أو من برنامج Windows غربي آخر: تُقرأ الحروف اللاتينية ذات العلامات (مثل é) عندئذ كما كتبها ذلك البرنامج.',
  decimalLegend: 'الفاصلة العشرية في هذا الملف',
  decimalFrom: (choice: DecimalChoice): string => {
    const mark = choice.mark === 'point' ? 'النقطة' : 'الفاصلة';
    switch (choice.from) {
      case 'declared':
        return `قُرئ على أن ${mark} هي الفاصلة العشرية، كما اخترت.`;
      case 'file':
        return `قُرئ على أن ${mark} هي الفاصلة العشرية: تُظهر ذلك أرقام الملف نفسه (السطر ${choice.row}: «${choice.text}»).`;
      case 'setting':
        return choice.conflict
          ? `تستخدم أرقام الملف العلامتين كلتيهما؛ قُرئ على أن ${mark} هي الفاصلة العشرية (إعدادك). تُرفض الأرقام التي تُقرأ بطريقتين.`
          : `لا شيء في الملف يُظهر فاصلته العشرية؛ قُرئ على أن ${mark} هي الفاصلة العشرية (إعدادك). تُرفض الأرقام التي تُقرأ بطريقتين.`;
    }
  },
  decimalPointFile: 'نقطة (12.5)',
  decimalCommaFile: 'فاصلة (12,5)',
  sheetLegend: 'الورقة المراد قراءتها',
  sheetHidden: (name) => `${name} (مخفية)`,
  sheetChoose: 'اختر ورقة',
  readingNotes: 'ملاحظات على القراءة',
  readFailed: (message) => `تعذّرت قراءة الملف: ${message}`,
  readyJson: (n) => `جاهز لاستيراد ${c(n, ASSESSMENTS)}:`,
  docLine: (city, year, values) => `${city} ${year}، القيم المدخلة: ${values}`,
  clashNotice: (n, total) =>
    n === total && n === 1 ? 'هذا التقييم مخزَّن بالفعل في هذا المتصفح.' : `${n} من هذه التقييمات (${total}) مخزَّنة بالفعل في هذا المتصفح.`,
  clashLegend: 'تقييمات مخزَّنة بالفعل',
  clashAsNew: 'أضفها تقييمات جديدة (موصى به): تبقى المخزَّنة كما هي.',
  clashReplace: 'استبدل النسخ المخزَّنة بالنسخ التي في الملف.',
  confirmReplace: (n) => `هل تستبدل ${c(n, ASSESSMENTS)} مخزَّنة؟ يضيع محتواها الحالي ما لم تكن قد صدّرته.`,
  replaceNow: (n) => `استبدال (${n})`,
  importAsNew: 'افتحه تقييمًا جديدًا',
  importAll: (n) => (n === 1 ? 'افتحه تقييمًا جديدًا' : `استيراد ${c(n, ASSESSMENTS)}`),
  importReplace: 'استيراد واستبدال…',
  imported: (n) => `استُورد ${c(n, ASSESSMENTS)}.`,
  rejectedCells: (n) =>
    `${c(n, CELLS)} ${p(n, { one: 'ليست رقمًا', two: 'ليستا رقمين', other: 'ليست أرقامًا' })}: تُحفظ نصًا كما يحفظها الجدول، ولا تُحتسب حتى تُصحَّح:`,
  ignoredCells: (n) => `أُغفلت ${c(n, CELLS)} (حالة أو جودة أو سنة أو هدف ليس صالحًا):`,
  resultColumnsNotRead: (columns) =>
    `يحتوي الملف أيضًا على أعمدة نتائج (${columns}). لا تُقرأ هذه الأعمدة: تُحسب النتائج أدناه من جديد من مدخلاته، لذا لا يُستورد أي تغيير أُجري فيها.`,
  readyTable: (rows) => `نقاط البيانات المقروءة: ${rows}. سمِّ التقييم الجديد:`,
  city: 'المدينة',
  country: 'البلد',
  year: 'السنة',
  cityRequired: 'أدخل اسم المدينة.',
  yearInvalid: (min, max) => `أدخل سنة بين ${min} و${max}.`,
  createFromTable: 'إنشاء التقييم',
  importedNote: (file) => `مستورد من ${file}.`,
  storeFailed: (message) => `لم يُخزَّن شيء: ${message}`,
  storeQuota: 'لم يعد لدى المتصفح مساحة تخزين لهذا الموقع؛ لم يُستورد شيء.',
  tableRead: (rows) => `نقاط البيانات المقروءة: ${rows}.`,
  destLegend: 'الاستيراد بوصفه',
  destNew: 'تقييمًا جديدًا',
  destUpdate: 'تحديثًا لتقييم محفوظ في هذا المتصفح',
  destPick: 'التقييم المراد تحديثه',
  destPickMore: (shown, total) => `${shown} من ${total} في القائمة: اكتب جزءًا من المدينة أو البلد أو السنة لتضييق القائمة.`,
  destPickNone: 'لا يطابق أيُّ تقييم محفوظ.',
  destMatchId: 'الملف نسخة من هذا التقييم (المعرّف نفسه): يُقترح تحديثه حتى لا تُنشأ نسخة ثانية.',
  destMatchName: 'يوجد تقييم محفوظ للمدينة نفسها والسنة نفسها: يُقترح تحديثه.',
  scoresPreviewTitle: 'الدرجات التي سيعطيها الملف',
  previewCols: { level: 'المستوى', now: 'الآن', after: 'بعد التحديث', file: 'من الملف' },
  previewCounts: (scored, rejected, missing) => `نقاط البيانات المقيَّمة: ${scored}؛ المرفوضة (غير صالحة كما أُدخلت): ${rejected}؛ غير المبلَّغ عنها: ${missing}.`,
  updateSummary: (changed, added, unchanged) =>
    `نقاط البيانات المتغيرة: ${changed}؛ المضافة: ${added}؛ دون تغيير: ${unchanged}. تُحفظ حالات المراجعة والمحادثات وما لا يحمله الملف.`,
  updateNothing: 'يحمل الملف ما هو محفوظ أصلًا: لن يتغير شيء.',
  updateCols: { item: 'العنصر', now: 'الآن', after: 'بعد التحديث' },
  infoNames: { city: 'المدينة', country: 'البلد', year: 'السنة', notes: 'الملاحظات' },
  updateMethod: 'تصبح طريقة التقييم هي طريقة الملف.',
  updateCycle: (n) => `عناصر المراجعة (الحالات، الرسائل، الأدلة، التوصيات، الإجراءات) المضافة أو المعدلة: ${n}.`,
  updateLocal: (n) => `المؤشرات المحلية في إطارك الخاص التي أضيفت قيمها أو عُدّلت أو حُذفت: ${n}.`,
  updateLocalFramework: 'يسمّي الملف إطارًا خاصًا آخر لهذا التقييم؛ وسيُسمّى بدلًا من الحالي.',
  updateFrozen: 'هذا التقييم مجمَّد ولا يمكن تغييره: استورد الملف بوصفه تقييمًا جديدًا، أو ابدأ نسخة جديدة منه.',
  updateButton: (name) => `تحديث ${name}`,
  updated: (name, n) => `حُدِّث ${name}: عدد التغييرات ${n}.`,
  undone: (name) => `أُلغي تحديث ${name}.`,

  targetsTitle: 'استيراد ملف أهداف',
  targetsHelp: 'ملف CSV بالأعمدة code وdatapoint وtarget وrationale وsource (كما يكتبه تصدير ملف الأهداف). يحدد الأهداف لهذا التقييم فقط.',
  chooseTargetFile: 'اختر ملف أهداف',
  targetsSummary: (inFile, changing) => `في الملف ${c(inFile, TARGETS)}؛ منها ما يغيّر الهدف الساري: ${changing}.`,
  targetsApply: (n) => `تطبيق ${c(n, TARGETS)}`,
  targetsApplied: (n) => `طُبّق ${c(n, TARGETS)}.`,
  targetsNoChange: 'يحدد الملف الأهداف السارية أصلًا؛ لن يتغير شيء.',
  targetChangeCol: { item: 'نقطة البيانات', before: 'الآن', after: 'من الملف' },
  targetNone: 'لا شيء (بلا معيار مرجعي)',
  targetRef: (t) => `${t} (مرجعي)`,
  targetsMore: (n) => `…و${n} أخرى.`,

  compareTitle: (a, b) => `مقارنة ${a} مع ${b}`,
  compareNone: 'للتقييمين القيم والملف والأهداف نفسها.',
  compareCount: (n) => `${c(n, DIFFS)}. اختر لكل منها النسخة التي يحتفظ بها التقييم المدمج.`,
  compareCols: { item: 'البند', kind: 'النوع', a: 'أ', b: 'ب', keep: 'الاحتفاظ' },
  kindLabel: { profile: 'ملف المدينة', value: 'القيمة', target: 'الهدف', 'own-target': 'هدف المدينة الخاص', 'scoring-targets': 'الأهداف المعتمدة للتقييم' },
  keepA: 'أ',
  keepB: 'ب',
  keepLabel: (which, item) => `احتفظ بـ ${which === 'A' ? 'أ' : 'ب'} لـ ${item}`,
  allA: 'اختر أ في كل مكان',
  allB: 'اختر ب في كل مكان',
  empty: '(فارغ)',
  fieldNames: {
    numerator: 'البسط',
    denominator: 'المقام',
    value: 'القيمة',
    status: 'الحالة',
    quality: 'الجودة',
    source: 'المصدر',
    year: 'السنة',
    note: 'الملاحظة',
  },
  targetRationale: (t, rationale) => `${t} — ${rationale}`,
  scoresTitle: 'النتائج',
  scoresCols: { level: 'المستوى', a: 'أ', b: 'ب' },
  overall: 'الإجمالي',
  percent: (v) => `${v} %`,
  notScored: '—',
  mergeSummary: (n) => `يأخذ التقييم المدمج ${c(n, ITEMS)} من ب وكل ما عداها من أ.`,
  merge: 'ادمج في تقييم جديد',
  mergedNotes: (a, b, fromB) => `مدمج من ${a} (أ) و${b} (ب): أُخذ ${c(fromB, ITEMS)} من ب، وكل ما عداها من أ.`,
  sideLabel: (which, name) => `${which === 'A' ? 'أ' : 'ب'}: ${name}`,
  assessmentName: (city, year) => `${city} ${year}`,
};
