/** Arabic words for saving, storage problems and other tabs (the English `D` in ../saving.ts is the contract). */
import { plural, type PluralForms, type Translation } from '../languages';
import type { D as EN } from '../saving';

const p = plural('ar');
const c = (n: number, forms: PluralForms) => p(n, forms).replace('{n}', String(n));
const CHANGES: PluralForms = { zero: 'لا تغييرات', one: 'تغيير واحد', two: 'تغييران', few: '{n} تغييرات', many: '{n} تغييرًا', other: '{n} تغيير' };
const ASSESSMENTS: PluralForms = { zero: 'لا تقييمات', one: 'تقييم واحد', two: 'تقييمان', few: '{n} تقييمات', many: '{n} تقييمًا', other: '{n} تقييم' };
const NOTES: PluralForms = { zero: 'لا ملاحظات', one: 'ملاحظة واحدة', two: 'ملاحظتان', few: '{n} ملاحظات', many: '{n} ملاحظة', other: '{n} ملاحظة' };

export const D: Translation<typeof EN> = {
  saved: 'كل التغييرات محفوظة في هذا المتصفح.',
  saving: (n) => `جارٍ حفظ ${c(n, CHANGES)}…`,
  memory: 'محفوظ في علامة التبويب هذه فقط: لا يسمح هذا المتصفح لمنصة العمل بتخزين البيانات. صدّر قبل إغلاق علامة التبويب.',
  notSaved: (atRisk, why) => (atRisk > 0 ? `غير محفوظ: ${c(atRisk, CHANGES)} في علامة التبويب هذه فقط. ${why}` : `غير محفوظ. ${why}`),

  problem(pb) {
    switch (pb.kind) {
      case 'quota':
        return 'لم يعد لدى المتصفح مساحة تخزين لهذا الموقع: صدّر التقييم الآن.';
      case 'newer-version':
        return 'حُفظ هذا التقييم بإصدار أحدث من منصة العمل. أعد تحميل الصفحة لتحديث التطبيق؛ لم يُستبدل أي شيء.';
      case 'missing':
        return 'لم يعد هذا التقييم مخزَّنًا في هذا المتصفح (حُذف في علامة تبويب أخرى): صدّره الآن للاحتفاظ بعملك.';
      case 'damaged':
        return `النسخة المخزَّنة من هذا التقييم تالفة (${D.damage!(pb.reason)}). افتح المكتبة لتصدير بياناتها الخام أو إصلاحها.`;
      case 'closed':
        return 'تولّى إصدار أحدث من منصة العمل التخزين في علامة تبويب أخرى. أعد تحميل علامة التبويب هذه: كل تغيير كُتب هنا محفوظ.';
      case 'frozen':
        return 'هذا التقييم مُجمَّد: لم يُحفَظ أي شيء فوقه. ابدأ نسخة جديدة للتعديل.';
      case 'conflict':
        return 'لم يُحفظ في التقييم بعد: حفظته علامة تبويب أخرى في كل مرة حاولت فيها علامة التبويب هذه. تغييراتك محفوظة في سجل هذا المتصفح (تبقى بعد إعادة التحميل) ومعروضة فوق نسخة علامة التبويب الأخرى؛ ستُعاد محاولة الحفظ بعد قليل.';
      case 'failed':
        return `رفض المتصفح تخزين البيانات (${pb.name}). صدّر التقييم الآن.`;
    }
  },

  damage(reason) {
    switch (reason) {
      case 'not-an-object':
        return 'ليس تقييمًا';
      case 'no-id':
        return 'بلا معرّف';
      case 'no-values':
        return 'بلا قيم';
      case 'no-profile':
        return 'بلا ملف مدينة';
      case 'bad-revision':
        return 'رقم المراجعة خارج النطاق';
      case 'bad-date':
        return 'التاريخ خارج النطاق';
      case 'bad-text':
        return 'المدينة أو البلد أو السنة أو الملاحظات من نوع خاطئ';
      case 'bad-field':
        return 'حقل آخر من نوع خاطئ';
    }
  },

  memoryReason(reason) {
    switch (reason) {
      case 'unavailable':
        return 'لا يسمح هذا المتصفح لمنصة العمل بتخزين البيانات (وضع التصفح الخاص أو التخزين معطّل).';
      case 'timeout':
        return 'لم يستجب تخزين المتصفح خلال 10 ثوانٍ.';
    }
  },

  recovered: (n) => `استُعيد ${c(n, CHANGES)} كُتب قبل آخر إغلاق للصفحة.`,
  setAside: (items) => `لم يُستعد: تعذّر تطبيق ${c(items.length, CHANGES)} بقيت في السجل فوُضعت جانبًا، ولم يتغير التقييم بسببها: ${items.join('؛ ')}.`,
  setAsideItem: (where, why) =>
    `${where} (${why === 'unreadable' ? 'ليس تغييرًا يمكن للبرنامج قراءته' : why === 'too-long' ? 'نص يتجاوز الطول المسموح' : why === 'frozen' ? 'التقييم مُجمَّد' : 'قيمة لا يمكن أن يحملها التقييم'})`,
  setAsideUnknown: 'إدخال غير مقروء',
  lost: (items) => `استبدلت علامة تبويب أخرى قيمًا أدخلتها: ${items.join('؛ ')}.`,
  lostItem: (where, mine, theirs) => `${where}: قيمتك «${mine}»، والآن «${theirs}»`,
  putMineBack: 'أعد قيمتي',
  dismiss: 'إغلاق',
  replacedOrChanged: 'عُدّل هذا التقييم في علامة تبويب أخرى أو استُبدل باستيراد؛ تظهر النسخة المخزَّنة وفوقها تعديلاتك غير المحفوظة.',
  readOnlyReplaced: 'التحرير متوقف في علامة التبويب هذه: تولّى إصدار أحدث من منصة العمل التخزين. أعد التحميل لمواصلة العمل؛ كل تغيير كُتب محفوظ.',

  updateActivated: 'فُعّل إصدار جديد من منصة العمل في علامة تبويب أخرى. أعد تحميل علامة التبويب هذه حين تكون جاهزًا: كل ما كتبته محفوظ.',

  leaveUnsaved: (n) => `${c(n, CHANGES)} غير مخزَّنة في هذا المتصفح. المغادرة الآن تُضيعها ما لم تصدّر التقييم أولًا.`,
  exportAndLeave: 'صدّر ثم غادر',
  leaveAnyway: 'غادر دون حفظ',
  stay: 'ابقَ',

  tooLong: (what, limit) => `${what}: ${limit} حرف على الأكثر؛ لم يُخزَّن النص.`,

  backupWithDamaged: (items) => `تحتوي النسخة الاحتياطية أيضًا على تقييمات تالفة كما هي، ولا يقرؤها الاستيراد إلا بعد إصلاحها: ${items.join('؛ ')}.`,
  backupLeftOut: (items) => `استُبعد من النسخة الاحتياطية لتعذّر كتابته في ملف: ${items.join('؛ ')}.`,
  damagedTitle: 'تقييمات تالفة',
  damagedHint: 'لا يمكن فتح هذه الصفوف المخزَّنة كما هي. صدّر البيانات الخام للاحتفاظ بها، أو جرّب الإصلاح، أو احذف الصف.',
  damagedRow: (label, reason) => `${label || 'بلا اسم'}: ${D.damage!(reason)}`,
  exportRaw: 'تصدير JSON الخام',
  repair: 'إصلاح',
  repaired: (label) => `أُصلح ${label}.`,
  repairFailed: (problem) => `تعذّر الإصلاح: ${problem}`,
  deleteRow: 'حذف الصف',

  refusedTitle: (n) => `تعذّرت قراءة ${c(n, ASSESSMENTS)} من الملف ولم يُستورد:`,
  refusedItem: (position, label, why) => `رقم ${position}${label ? ` ${label}` : ''}: ${why}`,
  readNotes: (n) => `${c(n, NOTES)} عن قراءة الملف:`,
};
