// Compiled from src/ui/messages/ru/framework-grid.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { type Table, nf, type Args } from '../runtime';

export default {
  "localGroup": (a: Args) => `${a.name}: местные KPI`,
  "localName": (a: Args) => `${a.name} (местный KPI)`,
  "leftOutName": (a: Args) => `${a.name} (не входит в выборку)`,
  "inputCell": (a: Args) => `${a.input} (исходные данные этого местного KPI)`,
  "following": (a: Args) => `Эта таблица следует рамочной системе «${a.name}» (версия ${a.version}): сначала её KPI U4SSC в её порядке, затем её местные KPI. Баллы U4SSC остаются баллами самой оценки.`,
  "showLeftOut": (a: Args) => `Показать KPI U4SSC, не вошедшие в эту выборку (${nf(a.n, 'decimal')})`,
  "notHeld": (a: Args) => `Эта оценка ссылается на рамочную систему «${a.name}» (${a.id}, версия ${a.version}), которой нет в этом браузере: таблица показывает KPI U4SSC, а местные значения (${nf(a.n, 'decimal')}) сохранены.`,
} satisfies Table;
