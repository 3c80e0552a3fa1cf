// Compiled from src/ui/messages/ar/framework-grid.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, type Args } from '../runtime';

export default {
  "localGroup": (a: Args) => `${a.name}: مؤشرات الأداء المحلية`,
  "localName": (a: Args) => `${a.name} (مؤشر أداء محلي)`,
  "leftOutName": (a: Args) => `${a.name} (خارج هذا الاختيار)`,
  "inputCell": (a: Args) => `${a.input} (مُدخل من مُدخلات مؤشر الأداء المحلي هذا)`,
  "following": (a: Args) => `تتبع هذه الشبكة «${a.name}» (الإصدار ${a.version}): مؤشرات U4SSC الخاصة به بترتيبه، ثم مؤشراته المحلية. تبقى درجات U4SSC درجات التقييم نفسه.`,
  "showLeftOut": (a: Args) => `إظهار مؤشرات U4SSC التي يستبعدها هذا الاختيار (وعددها ${nf(a.n, 'decimal')})`,
  "notHeld": (a: Args) => `يشير هذا التقييم إلى الإطار «${a.name}» (${a.id}، الإصدار ${a.version})، وهو غير موجود في هذا المتصفح: تعرض الشبكة مؤشرات U4SSC، وتُحفظ القيم المحلية (وعددها ${nf(a.n, 'decimal')}).`,
} satisfies Table;
