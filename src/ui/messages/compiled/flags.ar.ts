// Compiled from src/ui/messages/ar/flags.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, sel, type Args } from '../runtime';

export default {
  "source.page": (a: Args) => `${sel(a.doc, { "VM22": `دليل التحقق (2022)`, "CM17": `منهجية جمع البيانات (2017)`, "other": `${a.doc}` })}، ص. ${a.page}`,
  "source.doc": (a: Args) => sel(a.doc, { "VM22": `دليل التحقق (2022)`, "CM17": `منهجية جمع البيانات (2017)`, "other": `${a.doc}` }),
  "source.arithmetic": "فحص اتساق تجريه أداة العمل",
  "source.judgement": "تقدير أداة العمل (لم يُعثر على صفحة رسمية)",
  "source.other": (a: Args) => `${a.text}`,
  "check.below": (a: Args) => `${a.actual}، أقل من ${a.bound}`,
  "check.above": (a: Args) => `${a.actual}، أكثر من ${a.bound}`,
  "check.notAbove": (a: Args) => `${a.actual}، أكثر من القيمة الأخرى ${a.bound}`,
  "check.sumAtMost": (a: Args) => `مجموع القيم ${a.actual}، أكثر من ${a.bound}`,
  "check.sumAbout": (a: Args) => `مجموع القيم ${a.actual}، لا يقارب ${a.bound}`,
  "flag.not-a-number": (a: Args) => `«${a.text}» ليس رقمًا.`,
  "flag.not-yes-no": (a: Args) => `«${a.text}» ليس نعم أو لا.`,
  "flag.not-finite": "هذا ليس رقمًا منتهيًا.",
  "flag.enter-input": (a: Args) => sel(a.field, { "numerator": `أدخل البسط (${a.input}).`, "other": `أدخل المقام (${a.input}).` }),
  "flag.enter-profile": (a: Args) => `لا يحتوي ملف المدينة على «${a.label}»: أدخله مرة واحدة في الملف.`,
  "flag.negative": (a: Args) => `لا يمكن أن يكون ${a.input} سالبًا.`,
  "flag.division-by-zero": (a: Args) => `قسمة على صفر: ${a.input} يساوي 0.`,
  "flag.part-above-whole": (a: Args) => `البسط (${a.numerator}) أكبر من مقامه (${a.denominator})؛ ينبغي أن يكون جزءًا منه.`,
  "flag.below-min": (a: Args) => `${a.value} أقل من أصغر قيمة ممكنة (${a.min} ${a.unit}).`,
  "flag.above-max": (a: Args) => `${a.value} أكبر من أكبر قيمة ممكنة (${a.max} ${a.unit}).`,
  "flag.reported-without-value": "موسوم بأنه مُبلَّغ عنه، لكن لا توجد قيمة.",
  "flag.check": (a: Args) => `${a.message} (${a.source}؛ هنا ${a.comparison}.)`,
  "flag.rule": (a: Args) => `${a.name} (${a.source}؛ هنا لا يتحقق ${a.left} ${a.operator} ${a.right}.)`,
} satisfies Table;
