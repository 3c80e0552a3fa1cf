// Compiled from src/ui/messages/ar/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, pl, type Arg } from '../runtime';

export default {
  "demoCitiesHint": "يضيف المدن التجريبية الخيالية (Demoville على ثلاث سنوات، وVerdania Bay وFerrum Heights) بجوار تقييماتك، منشئًا الناقصة منها فقط، ويفتح Demoville. كل القيم مختلقة لأغراض التدريب.",
  "demoCitiesAdded": (n: Arg) => `أُضيفت ${pl('ar', n, false, { "zero": `لا مدن تجريبية`, "one": `مدينة تجريبية واحدة`, "two": `مدينتان تجريبيتان`, "few": `${n} مدن تجريبية`, "many": `${n} مدينة تجريبية`, "other": `${n} مدينة تجريبية` })} خيالية.`,
  "resetAllDemos": "إعادة تعيين المدن التجريبية",
  "confirmResetAllDemos": (n: Arg) => `هل تعيد القيم الأصلية إلى المدن التجريبية في القائمة (${n})؟ ستُستبدل تغييراتك عليها؛ ويمكنك التراجع لفترة قصيرة. لن تُمَس تقييماتك الخاصة.`,
  "allDemosReset": (n: Arg) => `استعادت ${pl('ar', n, false, { "zero": `لا مدن تجريبية`, "one": `مدينة تجريبية واحدة`, "two": `مدينتان تجريبيتان`, "few": `${n} مدن تجريبية`, "many": `${n} مدينة تجريبية`, "other": `${n} مدينة تجريبية` })} قيمها الأصلية.`,
} satisfies Table;
