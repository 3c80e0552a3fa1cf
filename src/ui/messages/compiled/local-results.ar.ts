// Compiled from src/ui/messages/ar/local-results.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, pl, type Args } from '../runtime';

export default {
  "heading": (a: Args) => `المؤشرات المحلية في «${a.name}»`,
  "intro": (a: Args) => `تأتي هذه المؤشرات من إطار المدينة الخاص «${a.name}» (الإصدار ${a.version}). تُقيَّم إلى جانب مؤشرات U4SSC ولا تُحتسب في درجات U4SSC.`,
  "marker": "مؤشر محلي",
  "colAchievement": "الإنجاز",
  "colExplain": "الشرح",
  "noTarget": "لا توجد غاية مرجعية",
  "basis.public": "الأساس: مصدر عام",
  "basis.judgement": "الأساس: تقدير",
  "source": (a: Args) => `المصدر: ${a.source}`,
  "explain": (a: Args) => `شرح ${a.code}`,
  "hide": "إخفاء الشرح",
  "notHeld": (a: Args) => `لا تُعرض المؤشرات المحلية في «${a.name}» (${a.id}، الإصدار ${a.version}): هذا المتصفح لا يحتفظ بذلك الإطار.`,
  "wheelDimension": (a: Args) => `محلي: ${a.name}`,
  "wheelCode": "محلي",
  "wheelCategory": (a: Args) => `${a.name} (مؤشرات محلية، خارج درجة U4SSC)`,
  "compareTitle": (a: Args) => `المؤشرات المحلية في «${a.name}» عبر التقييمات المقارنة`,
  "compareShared": (a: Args) => `${pl('ar', a.n, false, { "one": `يستخدم التقييم المقارن`, "other": `تشترك التقييمات المقارنة وعددها ${nf(a.n, 'decimal')} في` })} الإطار المحلي «${a.name}» (${a.id}، الإصدار ${a.version}).`,
  "compareNotShared": (a: Args) => `لا تُقارن المؤشرات المحلية: التقييمات المقارنة لا تشترك في إطار محلي واحد (المعرّف والإصدار). ${a.list}`,
  "compareNotHeld": (a: Args) => `لا تُقارن المؤشرات المحلية في «${a.name}» (${a.id}، الإصدار ${a.version}): هذا المتصفح لا يحتفظ بذلك الإطار.`,
  "compareUses": (a: Args) => `${a.label}: ${a.framework}`,
  "compareNone": "لا إطار محلي",
  "compareRef": (a: Args) => `${a.name} (${a.id}، الإصدار ${a.version})`,
} satisfies Table;
