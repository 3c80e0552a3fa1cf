// Compiled from src/ui/messages/ar/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Args } from '../runtime';

export default {
  "demoCitiesHint": "يضيف المدن التجريبية الخيالية (Demoville على ثلاث سنوات، وVerdania Bay وFerrum Heights) بجوار تقييماتك، منشئًا الناقصة منها فقط، ويفتح Demoville. كل القيم مختلقة لأغراض التدريب.",
  "demoCitiesAdded": (a: Args) => `أُضيفت ${pl('ar', a.n, false, { "zero": `لا مدن تجريبية`, "one": `مدينة تجريبية واحدة`, "two": `مدينتان تجريبيتان`, "few": `${a.n} مدن تجريبية`, "many": `${a.n} مدينة تجريبية`, "other": `${a.n} مدينة تجريبية` })} خيالية.`,
  "resetAllDemos": "إعادة تعيين المدن التجريبية",
  "confirmResetAllDemos": (a: Args) => `هل تعيد القيم الأصلية إلى المدن التجريبية في القائمة (${a.n})؟ ستُستبدل تغييراتك عليها؛ ويمكنك التراجع لفترة قصيرة. لن تُمَس تقييماتك الخاصة.`,
  "allDemosReset": (a: Args) => `استعادت ${pl('ar', a.n, false, { "zero": `لا مدن تجريبية`, "one": `مدينة تجريبية واحدة`, "two": `مدينتان تجريبيتان`, "few": `${a.n} مدن تجريبية`, "many": `${a.n} مدينة تجريبية`, "other": `${a.n} مدينة تجريبية` })} قيمها الأصلية.`,
} satisfies Table;
