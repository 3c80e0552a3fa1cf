// Compiled from src/ui/messages/ar/sdg.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Args } from '../runtime';

export default {
  "title": "في المؤشرات العالمية للهدف 11 من أهداف التنمية المستدامة",
  "help": "قيم هذا التقييم منقولة عبر جدول التوافق U4SSC → الهدف 11: لا تُنقل قيمة إلا حيث يقيس الاثنان الشيء نفسه (توافق تام أو قريب) بالوحدة نفسها. لا يُكتب شيء مرتين.",
  "namesInEnglish": "تُعرض أسماء المؤشرات بالإنكليزية كما يوردها إطار المؤشرات العالمي للأمم المتحدة: لم تُقرأ بعدُ لهذه الأداة أي ترجمة رسمية لها صادرة عن الأمم المتحدة.",
  "namesTranslated": (a: Args) => `أسماء المؤشرات هي الترجمات الرسمية للأمم المتحدة لإطار المؤشرات العالمي (بعد استعراض عام 2020)، كما جمعها المستودع open-sdg/sdg-translations. تحتفظ ${a.codes} بالاسم الإنكليزي للأمم المتحدة: الصياغة الإنكليزية في هذه الأداة تختلف عن النص المترجم.`,
  "coverage": (a: Args) => `${a.carried} من ${a.expected} نقطة بيانات للهدف 11 تحمل قيمة من هذا التقييم؛ و${a.linked} مرتبطة بنقطة بيانات من U4SSC.`,
  "indicator": "مؤشر الهدف 11",
  "value": "القيمة المنقولة",
  "from": "من نقطة بيانات U4SSC",
  "why": "سبب عدم النقل",
  "relation.exact": "توافق تام",
  "relation.close": "توافق قريب",
  "relation.broad": "أوسع",
  "relation.narrow": "أضيق",
  "relation.related": "ذو صلة",
  "notCarried.relation": "الرابط ليس قريبًا بما يكفي: الاثنان يقيسان أشياء مختلفة.",
  "notCarried.unit": "يُقاس الاثنان بوحدتين مختلفتين.",
  "notCarried.no-value": "لا تملك نقطة بيانات U4SSC قيمة صالحة بعد.",
  "notCarried.unlinked": "لا ترتبط بها أي نقطة بيانات من U4SSC.",
} satisfies Table;
