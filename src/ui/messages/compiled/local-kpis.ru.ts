// Compiled from src/ui/messages/ru/local-kpis.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, type Arg } from '../runtime';

export default {
  "title": (name: Arg) => `Местные KPI «${name}»`,
  "offer": (name: Arg, n: Arg) => `В вашей системе показателей «${name}» местных KPI: ${n}. Эта оценка может рассчитывать их баллы наряду с KPI U4SSC.`,
  "use": "Рассчитывать здесь местные KPI",
  "stop": "Не рассчитывать местные KPI",
  "stopHelp": "Их значения остаются в оценке.",
  "notHeld": (name: Arg, id: Arg, version: Arg, kept: Arg) => `Эта оценка рассчитывается по системе показателей «${name}» (${id}, версия ${version}), которой нет в этом браузере. Её местные значения (${kept}) сохранены как есть и не оцениваются; ничего не потеряно.`,
  "holdsOther": (id: Arg, version: Arg) => `Вместо неё в этом браузере есть ${id}, версия ${version}.`,
  "howToHold": (editor: Arg) => `Чтобы рассчитать их, откройте этот файл системы показателей в библиотеке, в разделе «${editor}».`,
  "orphans": (n: Arg) => `Сохранённых значений для KPI, которого больше нет в системе показателей: ${n}. Они сохранены, но не оцениваются.`,
  "formula": "Формула",
  "noTarget": "без цели",
  "basis.public": "публичный источник",
  "basis.judgement": "экспертная оценка",
  "inputsOf": (kpi: Arg) => `Исходные данные ${kpi}`,
} satisfies Table;
