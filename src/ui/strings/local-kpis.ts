/**
 * The words of an assessment's local KPIs (src/ui/frameworks/LocalKpis.tsx, issue #30, format 9): the
 * KPIs of the user's own framework file scored beside the U4SSC ones, and what is said when the file
 * names a framework this browser does not hold. Item states, columns and flags keep their existing
 * words (S.itemState, S.columns, flagMessage).
 */
import type { Lang } from './languages';

export interface LocalWords {
  title: (name: string) => string;
  offer: (name: string, n: number) => string;
  use: string;
  stop: string;
  stopHelp: string;
  notHeld: (name: string, id: string, version: string, kept: number) => string;
  holdsOther: (id: string, version: string) => string;
  howToHold: (editor: string) => string;
  orphans: (n: number) => string;
  formula: string;
  noTarget: string;
  basis: { public: string; judgement: string };
  inputsOf: (kpi: string) => string;
}

export const LOCAL_WORDS: Record<Lang, LocalWords> = {
  en: {
    title: (name) => `Local KPIs of “${name}”`,
    offer: (name, n) =>
      `Your framework “${name}” has ${n} local ${n === 1 ? 'KPI' : 'KPIs'}. This assessment can score ${n === 1 ? 'it' : 'them'} beside the U4SSC KPIs.`,
    use: 'Score the local KPIs here',
    stop: 'Stop scoring the local KPIs',
    stopHelp: 'Their values stay in the assessment.',
    notHeld: (name, id, version, kept) =>
      `This assessment is scored with the framework “${name}” (${id}, version ${version}), which this browser does not hold. Its ${kept} local ${kept === 1 ? 'value is' : 'values are'} kept as ${kept === 1 ? 'it is' : 'they are'} and not scored; nothing is lost.`,
    holdsOther: (id, version) => `This browser holds ${id}, version ${version}, instead.`,
    howToHold: (editor) => `To score them, open that framework file in the Library, under “${editor}”.`,
    orphans: (n) => `${n} kept ${n === 1 ? 'value is' : 'values are'} for a KPI the framework no longer has: kept, not scored.`,
    formula: 'Formula',
    noTarget: 'no target',
    basis: { public: 'public source', judgement: 'judgement' },
    inputsOf: (kpi) => `Inputs of ${kpi}`,
  },
  fr: {
    title: (name) => `KPI locaux de « ${name} »`,
    offer: (name, n) =>
      `Votre référentiel « ${name} » compte ${n} ${n === 1 ? 'KPI local' : 'KPI locaux'}. Cette évaluation peut ${n === 1 ? 'le' : 'les'} noter à côté des KPI U4SSC.`,
    use: 'Noter les KPI locaux ici',
    stop: 'Ne plus noter les KPI locaux',
    stopHelp: 'Leurs valeurs restent dans l’évaluation.',
    notHeld: (name, id, version, kept) =>
      `Cette évaluation est notée avec le référentiel « ${name} » (${id}, version ${version}), que ce navigateur ne contient pas. ${kept === 1 ? 'Sa valeur locale est conservée telle quelle' : `Ses ${kept} valeurs locales sont conservées telles quelles`} sans être ${kept === 1 ? 'notée' : 'notées'} ; rien n’est perdu.`,
    holdsOther: (id, version) => `Ce navigateur contient à la place ${id}, version ${version}.`,
    howToHold: (editor) => `Pour les noter, ouvrez ce fichier de référentiel dans la bibliothèque, sous « ${editor} ».`,
    orphans: (n) =>
      n === 1
        ? '1 valeur conservée concerne un KPI que le référentiel n’a plus : conservée, non notée.'
        : `${n} valeurs conservées concernent un KPI que le référentiel n’a plus : conservées, non notées.`,
    formula: 'Formule',
    noTarget: 'pas de cible',
    basis: { public: 'source publique', judgement: 'jugement' },
    inputsOf: (kpi) => `Données de ${kpi}`,
  },
  es: {
    title: (name) => `KPI locales de «${name}»`,
    offer: (name, n) =>
      `Su marco «${name}» tiene ${n} ${n === 1 ? 'KPI local' : 'KPI locales'}. Esta evaluación puede puntuar${n === 1 ? 'lo' : 'los'} junto a los KPI de U4SSC.`,
    use: 'Puntuar aquí los KPI locales',
    stop: 'Dejar de puntuar los KPI locales',
    stopHelp: 'Sus valores se quedan en la evaluación.',
    notHeld: (name, id, version, kept) =>
      `Esta evaluación se puntúa con el marco «${name}» (${id}, versión ${version}), que este navegador no tiene. ${kept === 1 ? 'Su valor local se conserva tal cual' : `Sus ${kept} valores locales se conservan tal cual`} y no se ${kept === 1 ? 'puntúa' : 'puntúan'}; no se pierde nada.`,
    holdsOther: (id, version) => `Este navegador tiene en su lugar ${id}, versión ${version}.`,
    howToHold: (editor) => `Para puntuarlos, abra ese archivo de marco en la biblioteca, en «${editor}».`,
    orphans: (n) =>
      n === 1
        ? '1 valor conservado es de un KPI que el marco ya no tiene: se conserva, no se puntúa.'
        : `${n} valores conservados son de un KPI que el marco ya no tiene: se conservan, no se puntúan.`,
    formula: 'Fórmula',
    noTarget: 'sin meta',
    basis: { public: 'fuente pública', judgement: 'criterio propio' },
    inputsOf: (kpi) => `Datos de ${kpi}`,
  },
  ar: {
    title: (name) => `المؤشرات المحلية في «${name}»`,
    offer: (name, n) => `يضم إطارك «${name}» عدد ${n} من المؤشرات المحلية. يمكن لهذا التقييم أن يحسب درجاتها إلى جانب مؤشرات U4SSC.`,
    use: 'احسب درجات المؤشرات المحلية هنا',
    stop: 'أوقف حساب درجات المؤشرات المحلية',
    stopHelp: 'تبقى قيمها في التقييم.',
    notHeld: (name, id, version, kept) =>
      `يُقيَّم هذا التقييم وفق الإطار «${name}» (${id}، الإصدار ${version})، وهو غير موجود في هذا المتصفح. تُحفظ قيمه المحلية (${kept}) كما هي دون حساب درجاتها، ولا يضيع شيء.`,
    holdsOther: (id, version) => `يوجد في هذا المتصفح بدلاً منه ${id}، الإصدار ${version}.`,
    howToHold: (editor) => `لحساب درجاتها، افتح ملف الإطار هذا في المكتبة، تحت «${editor}».`,
    orphans: (n) => `عدد ${n} من القيم المحفوظة يخص مؤشراً لم يعد في الإطار: محفوظة دون حساب درجاتها.`,
    formula: 'الصيغة',
    noTarget: 'بلا هدف',
    basis: { public: 'مصدر عام', judgement: 'تقدير' },
    inputsOf: (kpi) => `مدخلات ${kpi}`,
  },
  zh: {
    title: (name) => `“${name}”的本地指标`,
    offer: (name, n) => `您的框架“${name}”有 ${n} 个本地指标。本评估可以在 U4SSC 指标之外为其评分。`,
    use: '在此为本地指标评分',
    stop: '停止为本地指标评分',
    stopHelp: '其数值仍保留在评估中。',
    notHeld: (name, id, version, kept) =>
      `本评估按框架“${name}”（${id}，版本 ${version}）评分，但此浏览器中没有该框架。其 ${kept} 个本地数值原样保留，不予评分；没有任何丢失。`,
    holdsOther: (id, version) => `此浏览器中存有的是 ${id}，版本 ${version}。`,
    howToHold: (editor) => `如需评分，请在资料库的“${editor}”中打开该框架文件。`,
    orphans: (n) => `${n} 个保留的数值属于框架中已不存在的指标：保留，不评分。`,
    formula: '公式',
    noTarget: '无目标',
    basis: { public: '公开来源', judgement: '判断' },
    inputsOf: (kpi) => `${kpi} 的输入`,
  },
  ru: {
    title: (name) => `Местные KPI «${name}»`,
    offer: (name, n) => `В вашей системе показателей «${name}» местных KPI: ${n}. Эта оценка может рассчитывать их баллы наряду с KPI U4SSC.`,
    use: 'Рассчитывать здесь местные KPI',
    stop: 'Не рассчитывать местные KPI',
    stopHelp: 'Их значения остаются в оценке.',
    notHeld: (name, id, version, kept) =>
      `Эта оценка рассчитывается по системе показателей «${name}» (${id}, версия ${version}), которой нет в этом браузере. Её местные значения (${kept}) сохранены как есть и не оцениваются; ничего не потеряно.`,
    holdsOther: (id, version) => `Вместо неё в этом браузере есть ${id}, версия ${version}.`,
    howToHold: (editor) => `Чтобы рассчитать их, откройте этот файл системы показателей в библиотеке, в разделе «${editor}».`,
    orphans: (n) => `Сохранённых значений для KPI, которого больше нет в системе показателей: ${n}. Они сохранены, но не оцениваются.`,
    formula: 'Формула',
    noTarget: 'без цели',
    basis: { public: 'публичный источник', judgement: 'экспертная оценка' },
    inputsOf: (kpi) => `Исходные данные ${kpi}`,
  },
};
