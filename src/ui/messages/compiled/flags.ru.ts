// Compiled from src/ui/messages/ru/flags.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, sel, type Args } from '../runtime';

export default {
  "source.page": (a: Args) => `${sel(a.doc, { "VM22": `Руководство по проверке (2022)`, "CM17": `Методология сбора данных (2017)`, "other": `${a.doc}` })}, с. ${a.page}`,
  "source.doc": (a: Args) => sel(a.doc, { "VM22": `Руководство по проверке (2022)`, "CM17": `Методология сбора данных (2017)`, "other": `${a.doc}` }),
  "source.arithmetic": "проверка согласованности программы",
  "source.judgement": "суждение программы (официальная страница не найдена)",
  "source.other": (a: Args) => `${a.text}`,
  "check.below": (a: Args) => `${a.actual}, ниже ${a.bound}`,
  "check.above": (a: Args) => `${a.actual}, выше ${a.bound}`,
  "check.notAbove": (a: Args) => `${a.actual}, выше другого значения ${a.bound}`,
  "check.sumAtMost": (a: Args) => `сумма значений ${a.actual}, больше ${a.bound}`,
  "check.sumAbout": (a: Args) => `сумма значений ${a.actual}, не около ${a.bound}`,
  "flag.not-a-number": (a: Args) => `«${a.text}» — не число.`,
  "flag.not-yes-no": (a: Args) => `«${a.text}» — не «да» и не «нет».`,
  "flag.not-finite": "Это не конечное число.",
  "flag.enter-input": (a: Args) => sel(a.field, { "numerator": `Введите числитель (${a.input}).`, "other": `Введите знаменатель (${a.input}).` }),
  "flag.enter-profile": (a: Args) => `В профиле города нет значения «${a.label}»: введите его один раз в профиле.`,
  "flag.negative": (a: Args) => `${a.input}: значение не может быть отрицательным.`,
  "flag.division-by-zero": (a: Args) => `Деление на ноль: ${a.input} равно 0.`,
  "flag.part-above-whole": (a: Args) => `Числитель (${a.numerator}) больше знаменателя (${a.denominator}); он должен быть его частью.`,
  "flag.below-min": (a: Args) => `${a.value} меньше наименьшего возможного значения (${a.min} ${a.unit}).`,
  "flag.above-max": (a: Args) => `${a.value} больше наибольшего возможного значения (${a.max} ${a.unit}).`,
  "flag.reported-without-value": "Отмечено как представленное, но значения нет.",
  "flag.check": (a: Args) => `${a.message} (${a.source}; здесь ${a.comparison}.)`,
  "flag.rule": (a: Args) => `${a.name} (${a.source}; здесь не выполняется ${a.left} ${a.operator} ${a.right}.)`,
} satisfies Table;
