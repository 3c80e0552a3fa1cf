/** Arabic words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import { sourceText } from '../flags';
import type { Translation } from '../languages';
import type { C as EN } from '../catalogue';

export const C: Translation<typeof EN> = {
  reviewTitle: (n) => `نقاط بيانات للمراجعة بعد تحديث الكتالوج: ${n}`,
  reviewIntro: (from, to) =>
    `أُعدّ هذا التقييم بالكتالوج ${from}؛ وهو يستخدم الآن الكتالوج ${to}. تغيّرت تعريفات نقاط البيانات أدناه. كل قيمة محفوظة كما أُدخلت وتُحتسب وفق التعريفات الجديدة، ولم يُعَد حساب شيء من وراء ظهرك: اقرأ ما تغيّر، وتحقق من القيمة، ثم ضع علامة «مقروء».`,
  reviewShow: 'أظهر في الجدول',
  reviewRead: 'ضع علامة «مقروء»',
  reviewReadAll: 'ضع علامة «مقروء» على الكل',
  reviewReadHint: 'يزيل هذه الملاحظة من التقييم؛ لا تتغير القيمة.',
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
};
