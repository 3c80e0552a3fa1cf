// Compiled from src/ui/messages/ar/local-kpis.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Arg } from '../runtime';

export default {
  "title": (name: Arg) => `المؤشرات المحلية في «${name}»`,
  "offer": (name: Arg, n: Arg) => `يضم إطارك «${name}» عدد ${n} من المؤشرات المحلية. يمكن لهذا التقييم أن يحسب درجاتها إلى جانب مؤشرات U4SSC.`,
  "use": "احسب درجات المؤشرات المحلية هنا",
  "stop": "أوقف حساب درجات المؤشرات المحلية",
  "stopHelp": "تبقى قيمها في التقييم.",
  "notHeld": (name: Arg, id: Arg, version: Arg, kept: Arg) => `يُقيَّم هذا التقييم وفق الإطار «${name}» (${id}، الإصدار ${version})، وهو غير موجود في هذا المتصفح. تُحفظ قيمه المحلية (${kept}) كما هي دون حساب درجاتها، ولا يضيع شيء.`,
  "holdsOther": (id: Arg, version: Arg) => `يوجد في هذا المتصفح بدلاً منه ${id}، الإصدار ${version}.`,
  "howToHold": (editor: Arg) => `لحساب درجاتها، افتح ملف الإطار هذا في المكتبة، تحت «${editor}».`,
  "orphans": (n: Arg) => `عدد ${n} من القيم المحفوظة يخص مؤشراً لم يعد في الإطار: محفوظة دون حساب درجاتها.`,
  "formula": "الصيغة",
  "noTarget": "بلا هدف",
  "basis.public": "مصدر عام",
  "basis.judgement": "تقدير",
  "inputsOf": (kpi: Arg) => `مدخلات ${kpi}`,
} satisfies Table;
