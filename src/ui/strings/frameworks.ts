/**
 * The words of the library's framework editor (src/ui/frameworks/FrameworkEditor.tsx, issue #30 item 4)
 * and of the SDG 11 view (src/ui/frameworks/SdgView.tsx), in the six languages. What is wrong with a
 * file or a formula is worded by `C.frameworkFile` and `C.formula` (catalogue.ts), already in all six.
 */
import type { Lang } from './languages';

export interface FrameworkWords {
  title: string;
  help: string;
  none: string;
  summary: (name: string, version: string, kpis: number, local: number, rules: number) => string;
  startU4ssc: string;
  open: string;
  exportFile: string;
  forget: string;
  opened: (name: string) => string;
  notRead: string;
  notSaved: string;
  localTitle: string;
  noLocal: string;
  edit: string;
  remove: string;
  addKpi: string;
  editKpi: (code: string) => string;
  code: string;
  name: string;
  category: string;
  definition: string;
  unit: string;
  direction: string;
  higher: string;
  lower: string;
  inputName: (n: number) => string;
  inputLabel: (n: number) => string;
  inputHelp: string;
  formula: string;
  formulaHelp: string;
  formulaReads: string;
  target: string;
  noTarget: string;
  basis: string;
  basisPublic: string;
  basisJudgement: string;
  source: string;
  rationale: string;
  saveKpi: string;
  cancel: string;
  required: string;
  notLocal: (code: string) => string;
  saved: (code: string) => string;
  removed: (code: string) => string;
  rulesTitle: string;
  noRules: string;
  addRule: string;
  ruleName: string;
  ruleLeft: string;
  ruleOperator: string;
  ruleRight: string;
  ruleSource: string;
  saveRule: string;
  ruleSaved: (name: string) => string;
}

export const FRAMEWORK_WORDS: Record<Lang, FrameworkWords> = {
  en: {
    title: 'Your framework: local KPIs and rules',
    help: 'Start from the U4SSC KPIs or open a framework file, add your programme’s own KPIs and validation rules, and export the file. It is kept in this browser only; its rules warn in every assessment’s grid.',
    none: 'No framework file yet.',
    summary: (n, v, k, l, r) => `${n} (${v}): ${k} KPIs, ${l} of them local; ${r} validation rules.`,
    startU4ssc: 'Start from the U4SSC KPIs',
    open: 'Open a framework file',
    exportFile: 'Export the framework file',
    forget: 'Remove it from this browser',
    opened: (n) => `Opened ${n}.`,
    notRead: 'The file was not read:',
    notSaved: 'The change was not kept:',
    localTitle: 'Local KPIs',
    noLocal: 'No local KPI yet.',
    edit: 'Edit',
    remove: 'Remove',
    addKpi: 'Add a local KPI',
    editKpi: (c) => `Edit ${c}`,
    code: 'Code',
    name: 'Name',
    category: 'Category',
    definition: 'Definition',
    unit: 'Unit',
    direction: 'Better when',
    higher: 'higher',
    lower: 'lower',
    inputName: (n) => `Input ${n}: name in the formula`,
    inputLabel: (n) => `Input ${n}: what is counted`,
    inputHelp: 'A name of letters, digits and _; leave the second input empty for a formula of one.',
    formula: 'Formula',
    formulaHelp: 'Inputs by name, profile.population, other KPIs as [code]; + − * / ^, comparisons, min, max, sum, if, abs, and, or, not.',
    formulaReads: 'The formula reads.',
    target: 'Reference target',
    noTarget: 'No target',
    basis: 'Basis of the target',
    basisPublic: 'a published document',
    basisJudgement: 'the programme’s own judgement',
    source: 'Source',
    rationale: 'Why this target (or why none)',
    saveKpi: 'Save the KPI',
    cancel: 'Cancel',
    required: 'Fill in the code, the name, the unit, the source and the first input.',
    notLocal: (c) => `${c} is a U4SSC KPI, not a local one: choose another code.`,
    saved: (c) => `${c} saved.`,
    removed: (c) => `${c} removed.`,
    rulesTitle: 'Validation rules',
    noRules: 'No validation rule yet.',
    addRule: 'Add a validation rule',
    ruleName: 'What the rule checks',
    ruleLeft: 'Left side',
    ruleOperator: 'Must be',
    ruleRight: 'Right side',
    ruleSource: 'Source of the rule',
    saveRule: 'Save the rule',
    ruleSaved: (n) => `Rule saved: ${n}.`,
  },
  fr: {
    title: 'Votre référentiel : KPI locaux et règles',
    help: 'Partez des KPI U4SSC ou ouvrez un fichier de référentiel, ajoutez les KPI propres à votre programme et des règles de validation, puis exportez le fichier. Il n’est gardé que dans ce navigateur ; ses règles avertissent dans la grille de chaque évaluation.',
    none: 'Pas encore de fichier de référentiel.',
    summary: (n, v, k, l, r) => `${n} (${v}) : ${k} KPI, dont ${l} locaux ; ${r} règles de validation.`,
    startU4ssc: 'Partir des KPI U4SSC',
    open: 'Ouvrir un fichier de référentiel',
    exportFile: 'Exporter le fichier de référentiel',
    forget: 'Le retirer de ce navigateur',
    opened: (n) => `${n} ouvert.`,
    notRead: 'Le fichier n’a pas été lu :',
    notSaved: 'La modification n’a pas été gardée :',
    localTitle: 'KPI locaux',
    noLocal: 'Pas encore de KPI local.',
    edit: 'Modifier',
    remove: 'Retirer',
    addKpi: 'Ajouter un KPI local',
    editKpi: (c) => `Modifier ${c}`,
    code: 'Code',
    name: 'Nom',
    category: 'Catégorie',
    definition: 'Définition',
    unit: 'Unité',
    direction: 'Meilleur quand',
    higher: 'plus élevé',
    lower: 'plus bas',
    inputName: (n) => `Donnée ${n} : nom dans la formule`,
    inputLabel: (n) => `Donnée ${n} : ce qui est compté`,
    inputHelp: 'Un nom de lettres, chiffres et _ ; laissez la deuxième donnée vide pour une formule à une donnée.',
    formula: 'Formule',
    formulaHelp: 'Les données par leur nom, profile.population, d’autres KPI en [code] ; + − * / ^, comparaisons, min, max, sum, if, abs, and, or, not.',
    formulaReads: 'La formule se lit.',
    target: 'Cible de référence',
    noTarget: 'Pas de cible',
    basis: 'Fondement de la cible',
    basisPublic: 'un document publié',
    basisJudgement: 'le jugement propre du programme',
    source: 'Source',
    rationale: 'Pourquoi cette cible (ou pourquoi aucune)',
    saveKpi: 'Enregistrer le KPI',
    cancel: 'Annuler',
    required: 'Renseignez le code, le nom, l’unité, la source et la première donnée.',
    notLocal: (c) => `${c} est un KPI U4SSC, pas un KPI local : choisissez un autre code.`,
    saved: (c) => `${c} enregistré.`,
    removed: (c) => `${c} retiré.`,
    rulesTitle: 'Règles de validation',
    noRules: 'Pas encore de règle de validation.',
    addRule: 'Ajouter une règle de validation',
    ruleName: 'Ce que la règle vérifie',
    ruleLeft: 'Membre de gauche',
    ruleOperator: 'Doit être',
    ruleRight: 'Membre de droite',
    ruleSource: 'Source de la règle',
    saveRule: 'Enregistrer la règle',
    ruleSaved: (n) => `Règle enregistrée : ${n}.`,
  },
  es: {
    title: 'Su marco: KPI locales y reglas',
    help: 'Parta de los KPI de U4SSC o abra un archivo de marco, añada los KPI propios de su programa y reglas de validación, y exporte el archivo. Solo se guarda en este navegador; sus reglas avisan en la cuadrícula de cada evaluación.',
    none: 'Aún no hay archivo de marco.',
    summary: (n, v, k, l, r) => `${n} (${v}): ${k} KPI, ${l} de ellos locales; ${r} reglas de validación.`,
    startU4ssc: 'Partir de los KPI de U4SSC',
    open: 'Abrir un archivo de marco',
    exportFile: 'Exportar el archivo de marco',
    forget: 'Quitarlo de este navegador',
    opened: (n) => `${n} abierto.`,
    notRead: 'El archivo no se leyó:',
    notSaved: 'El cambio no se guardó:',
    localTitle: 'KPI locales',
    noLocal: 'Aún no hay KPI locales.',
    edit: 'Editar',
    remove: 'Quitar',
    addKpi: 'Añadir un KPI local',
    editKpi: (c) => `Editar ${c}`,
    code: 'Código',
    name: 'Nombre',
    category: 'Categoría',
    definition: 'Definición',
    unit: 'Unidad',
    direction: 'Mejor cuando es',
    higher: 'más alto',
    lower: 'más bajo',
    inputName: (n) => `Dato ${n}: nombre en la fórmula`,
    inputLabel: (n) => `Dato ${n}: qué se cuenta`,
    inputHelp: 'Un nombre de letras, cifras y _; deje vacío el segundo dato para una fórmula de un solo dato.',
    formula: 'Fórmula',
    formulaHelp: 'Los datos por su nombre, profile.population, otros KPI como [código]; + − * / ^, comparaciones, min, max, sum, if, abs, and, or, not.',
    formulaReads: 'La fórmula se lee.',
    target: 'Meta de referencia',
    noTarget: 'Sin meta',
    basis: 'Fundamento de la meta',
    basisPublic: 'un documento publicado',
    basisJudgement: 'el criterio propio del programa',
    source: 'Fuente',
    rationale: 'Por qué esta meta (o por qué ninguna)',
    saveKpi: 'Guardar el KPI',
    cancel: 'Cancelar',
    required: 'Rellene el código, el nombre, la unidad, la fuente y el primer dato.',
    notLocal: (c) => `${c} es un KPI de U4SSC, no uno local: elija otro código.`,
    saved: (c) => `${c} guardado.`,
    removed: (c) => `${c} quitado.`,
    rulesTitle: 'Reglas de validación',
    noRules: 'Aún no hay reglas de validación.',
    addRule: 'Añadir una regla de validación',
    ruleName: 'Qué comprueba la regla',
    ruleLeft: 'Lado izquierdo',
    ruleOperator: 'Debe ser',
    ruleRight: 'Lado derecho',
    ruleSource: 'Fuente de la regla',
    saveRule: 'Guardar la regla',
    ruleSaved: (n) => `Regla guardada: ${n}.`,
  },
  ar: {
    title: 'إطارك: مؤشرات محلية وقواعد',
    help: 'ابدأ من مؤشرات U4SSC أو افتح ملف إطار، وأضف مؤشرات برنامجك الخاصة وقواعد التحقق، ثم صدّر الملف. يُحفظ في هذا المتصفح فقط؛ وتنبّه قواعده في شبكة كل تقييم.',
    none: 'لا يوجد ملف إطار بعد.',
    summary: (n, v, k, l, r) => `${n} (${v}): ${k} مؤشرًا، منها ${l} محلية؛ ${r} من قواعد التحقق.`,
    startU4ssc: 'ابدأ من مؤشرات U4SSC',
    open: 'افتح ملف إطار',
    exportFile: 'صدّر ملف الإطار',
    forget: 'أزله من هذا المتصفح',
    opened: (n) => `فُتح ${n}.`,
    notRead: 'لم يُقرأ الملف:',
    notSaved: 'لم يُحفظ التغيير:',
    localTitle: 'المؤشرات المحلية',
    noLocal: 'لا يوجد مؤشر محلي بعد.',
    edit: 'تعديل',
    remove: 'إزالة',
    addKpi: 'أضف مؤشرًا محليًا',
    editKpi: (c) => `تعديل ${c}`,
    code: 'الرمز',
    name: 'الاسم',
    category: 'الفئة',
    definition: 'التعريف',
    unit: 'الوحدة',
    direction: 'الأفضل عندما تكون القيمة',
    higher: 'أعلى',
    lower: 'أدنى',
    inputName: (n) => `المُدخل ${n}: الاسم في الصيغة`,
    inputLabel: (n) => `المُدخل ${n}: ما يُعدّ`,
    inputHelp: 'اسم من حروف وأرقام و _؛ اترك المُدخل الثاني فارغًا لصيغة بمُدخل واحد.',
    formula: 'الصيغة',
    formulaHelp: 'المُدخلات بأسمائها، profile.population، ومؤشرات أخرى بصيغة [الرمز]؛ + − * / ^، والمقارنات، و min و max و sum و if و abs و and و or و not.',
    formulaReads: 'الصيغة مقروءة.',
    target: 'الهدف المرجعي',
    noTarget: 'لا هدف',
    basis: 'أساس الهدف',
    basisPublic: 'وثيقة منشورة',
    basisJudgement: 'تقدير البرنامج نفسه',
    source: 'المصدر',
    rationale: 'لماذا هذا الهدف (أو لماذا لا هدف)',
    saveKpi: 'احفظ المؤشر',
    cancel: 'إلغاء',
    required: 'املأ الرمز والاسم والوحدة والمصدر والمُدخل الأول.',
    notLocal: (c) => `${c} مؤشر من U4SSC وليس مؤشرًا محليًا: اختر رمزًا آخر.`,
    saved: (c) => `حُفظ ${c}.`,
    removed: (c) => `أُزيل ${c}.`,
    rulesTitle: 'قواعد التحقق',
    noRules: 'لا توجد قاعدة تحقق بعد.',
    addRule: 'أضف قاعدة تحقق',
    ruleName: 'ما تتحقق منه القاعدة',
    ruleLeft: 'الطرف الأيسر',
    ruleOperator: 'يجب أن يكون',
    ruleRight: 'الطرف الأيمن',
    ruleSource: 'مصدر القاعدة',
    saveRule: 'احفظ القاعدة',
    ruleSaved: (n) => `حُفظت القاعدة: ${n}.`,
  },
  zh: {
    title: '您的框架：本地指标和规则',
    help: '从 U4SSC 指标开始或打开一个框架文件，添加本项目自己的指标和验证规则，然后导出文件。文件只保存在此浏览器中；其规则会在每个评估的表格中提出警告。',
    none: '尚无框架文件。',
    summary: (n, v, k, l, r) => `${n}（${v}）：${k} 个指标，其中 ${l} 个为本地指标；${r} 条验证规则。`,
    startU4ssc: '从 U4SSC 指标开始',
    open: '打开框架文件',
    exportFile: '导出框架文件',
    forget: '从此浏览器中删除',
    opened: (n) => `已打开 ${n}。`,
    notRead: '未能读取该文件：',
    notSaved: '未保留此更改：',
    localTitle: '本地指标',
    noLocal: '尚无本地指标。',
    edit: '编辑',
    remove: '删除',
    addKpi: '添加本地指标',
    editKpi: (c) => `编辑 ${c}`,
    code: '代码',
    name: '名称',
    category: '类别',
    definition: '定义',
    unit: '单位',
    direction: '越好的方向',
    higher: '越高越好',
    lower: '越低越好',
    inputName: (n) => `输入 ${n}：公式中的名称`,
    inputLabel: (n) => `输入 ${n}：统计的内容`,
    inputHelp: '名称由字母、数字和 _ 组成；只有一个输入的公式请将第二个输入留空。',
    formula: '公式',
    formulaHelp: '按名称引用输入、profile.population、以 [代码] 引用其他指标；+ − * / ^、比较、min、max、sum、if、abs、and、or、not。',
    formulaReads: '公式可以读取。',
    target: '参考目标',
    noTarget: '无目标',
    basis: '目标依据',
    basisPublic: '已发布的文件',
    basisJudgement: '本项目自己的判断',
    source: '来源',
    rationale: '为何设此目标（或为何不设）',
    saveKpi: '保存指标',
    cancel: '取消',
    required: '请填写代码、名称、单位、来源和第一个输入。',
    notLocal: (c) => `${c} 是 U4SSC 指标，不是本地指标：请另选代码。`,
    saved: (c) => `已保存 ${c}。`,
    removed: (c) => `已删除 ${c}。`,
    rulesTitle: '验证规则',
    noRules: '尚无验证规则。',
    addRule: '添加验证规则',
    ruleName: '规则检查的内容',
    ruleLeft: '左侧',
    ruleOperator: '必须',
    ruleRight: '右侧',
    ruleSource: '规则来源',
    saveRule: '保存规则',
    ruleSaved: (n) => `已保存规则：${n}。`,
  },
  ru: {
    title: 'Ваша система показателей: местные KPI и правила',
    help: 'Начните с KPI U4SSC или откройте файл системы показателей, добавьте собственные KPI программы и правила проверки, затем экспортируйте файл. Он хранится только в этом браузере; его правила предупреждают в таблице каждой оценки.',
    none: 'Файла системы показателей пока нет.',
    summary: (n, v, k, l, r) => `${n} (${v}): KPI — ${k}, из них местных — ${l}; правил проверки — ${r}.`,
    startU4ssc: 'Начать с KPI U4SSC',
    open: 'Открыть файл системы показателей',
    exportFile: 'Экспортировать файл системы показателей',
    forget: 'Удалить из этого браузера',
    opened: (n) => `Открыто: ${n}.`,
    notRead: 'Файл не прочитан:',
    notSaved: 'Изменение не сохранено:',
    localTitle: 'Местные KPI',
    noLocal: 'Местных KPI пока нет.',
    edit: 'Изменить',
    remove: 'Удалить',
    addKpi: 'Добавить местный KPI',
    editKpi: (c) => `Изменить ${c}`,
    code: 'Код',
    name: 'Название',
    category: 'Категория',
    definition: 'Определение',
    unit: 'Единица',
    direction: 'Лучше, когда значение',
    higher: 'выше',
    lower: 'ниже',
    inputName: (n) => `Входное значение ${n}: имя в формуле`,
    inputLabel: (n) => `Входное значение ${n}: что считается`,
    inputHelp: 'Имя из букв, цифр и _; оставьте второе значение пустым для формулы с одним значением.',
    formula: 'Формула',
    formulaHelp: 'Входные значения по имени, profile.population, другие KPI как [код]; + − * / ^, сравнения, min, max, sum, if, abs, and, or, not.',
    formulaReads: 'Формула читается.',
    target: 'Эталонная цель',
    noTarget: 'Без цели',
    basis: 'Основание цели',
    basisPublic: 'опубликованный документ',
    basisJudgement: 'собственное суждение программы',
    source: 'Источник',
    rationale: 'Почему эта цель (или почему её нет)',
    saveKpi: 'Сохранить KPI',
    cancel: 'Отмена',
    required: 'Заполните код, название, единицу, источник и первое входное значение.',
    notLocal: (c) => `${c} — KPI U4SSC, а не местный: выберите другой код.`,
    saved: (c) => `${c} сохранён.`,
    removed: (c) => `${c} удалён.`,
    rulesTitle: 'Правила проверки',
    noRules: 'Правил проверки пока нет.',
    addRule: 'Добавить правило проверки',
    ruleName: 'Что проверяет правило',
    ruleLeft: 'Левая часть',
    ruleOperator: 'Должна быть',
    ruleRight: 'Правая часть',
    ruleSource: 'Источник правила',
    saveRule: 'Сохранить правило',
    ruleSaved: (n) => `Правило сохранено: ${n}.`,
  },
};

/** The words of the SDG 11 view (src/ui/frameworks/SdgView.tsx): this assessment's values carried to SDG 11's indicators. */
export interface SdgWords {
  title: string;
  help: string;
  /** Said where the indicator names are not in the interface's language (no official UN translation was read yet). */
  namesInEnglish: string;
  /** Said where the names are the UN's official translations (sdg11.names.json), with the codes kept in English. */
  namesTranslated: (keptInEnglish: string) => string;
  coverage: (carried: number, linked: number, expected: number) => string;
  indicator: string;
  value: string;
  from: string;
  why: string;
  relation: Record<'exact' | 'close' | 'broad' | 'narrow' | 'related', string>;
  notCarried: Record<'relation' | 'unit' | 'no-value' | 'unlinked', string>;
}

export const SDG_WORDS: Record<Lang, SdgWords> = {
  en: {
    title: 'In SDG 11’s global indicators',
    help: 'This assessment’s values carried through the U4SSC → SDG 11 crosswalk: a value is carried only where the two measure the same thing (an exact or close link) in the same unit. Nothing is typed twice.',
    namesInEnglish:
      'Indicator names are shown in English, as the UN’s global indicator framework gives them: no official UN translation of them has been read for this workbench yet.',
    namesTranslated: (codes) =>
      `Indicator names are the UN’s official translations of the global indicator framework (after the 2020 review), as collected in the open-sdg/sdg-translations repository. ${codes} keep the UN’s English name: this workbench’s English wording differs from the text translated.`,
    coverage: (c, l, e) => `${c} of SDG 11’s ${e} data points carry a value from this assessment; ${l} are linked to a U4SSC data point.`,
    indicator: 'SDG 11 indicator',
    value: 'Value carried',
    from: 'From the U4SSC data point',
    why: 'Why not carried',
    relation: { exact: 'exact match', close: 'close match', broad: 'broader', narrow: 'narrower', related: 'related' },
    notCarried: {
      relation: 'The link is not close enough: the two measure different things.',
      unit: 'The two are measured in different units.',
      'no-value': 'The U4SSC data point has no usable value yet.',
      unlinked: 'No U4SSC data point is linked to it.',
    },
  },
  fr: {
    title: 'Dans les indicateurs mondiaux de l’ODD 11',
    help: 'Les valeurs de cette évaluation reportées par la correspondance U4SSC → ODD 11 : une valeur n’est reportée que si les deux mesurent la même chose (correspondance exacte ou proche) dans la même unité. Rien n’est saisi deux fois.',
    namesInEnglish:
      'Les noms des indicateurs sont affichés en anglais, tels que les donne le cadre mondial d’indicateurs de l’ONU : aucune traduction officielle de l’ONU n’en a encore été lue pour cet outil.',
    namesTranslated: (codes) =>
      `Les noms des indicateurs sont les traductions officielles de l’ONU du cadre mondial d’indicateurs (après l’examen de 2020), telles que recueillies dans le dépôt open-sdg/sdg-translations. ${codes} gardent le nom anglais de l’ONU : la formulation anglaise de cet outil diffère du texte traduit.`,
    coverage: (c, l, e) => `${c} des ${e} données de l’ODD 11 reçoivent une valeur de cette évaluation ; ${l} sont liées à une donnée U4SSC.`,
    indicator: 'Indicateur de l’ODD 11',
    value: 'Valeur reportée',
    from: 'Depuis la donnée U4SSC',
    why: 'Pourquoi non reportée',
    relation: { exact: 'correspondance exacte', close: 'correspondance proche', broad: 'plus large', narrow: 'plus étroite', related: 'apparentée' },
    notCarried: {
      relation: 'Le lien n’est pas assez proche : les deux mesurent des choses différentes.',
      unit: 'Les deux sont mesurées dans des unités différentes.',
      'no-value': 'La donnée U4SSC n’a pas encore de valeur utilisable.',
      unlinked: 'Aucune donnée U4SSC ne lui est liée.',
    },
  },
  es: {
    title: 'En los indicadores mundiales del ODS 11',
    help: 'Los valores de esta evaluación trasladados por la correspondencia U4SSC → ODS 11: un valor solo se traslada cuando ambos miden lo mismo (correspondencia exacta o cercana) en la misma unidad. Nada se escribe dos veces.',
    namesInEnglish:
      'Los nombres de los indicadores se muestran en inglés, tal como los da el marco mundial de indicadores de la ONU: aún no se ha leído para esta herramienta ninguna traducción oficial de la ONU.',
    namesTranslated: (codes) =>
      `Los nombres de los indicadores son las traducciones oficiales de la ONU del marco mundial de indicadores (tras el examen de 2020), tal como las recoge el repositorio open-sdg/sdg-translations. ${codes} conservan el nombre inglés de la ONU: la redacción inglesa de esta herramienta difiere del texto traducido.`,
    coverage: (c, l, e) => `${c} de los ${e} datos del ODS 11 reciben un valor de esta evaluación; ${l} están vinculados a un dato de U4SSC.`,
    indicator: 'Indicador del ODS 11',
    value: 'Valor trasladado',
    from: 'Desde el dato de U4SSC',
    why: 'Por qué no se trasladó',
    relation: { exact: 'correspondencia exacta', close: 'correspondencia cercana', broad: 'más amplio', narrow: 'más estrecho', related: 'relacionado' },
    notCarried: {
      relation: 'El vínculo no es lo bastante cercano: ambos miden cosas distintas.',
      unit: 'Ambos se miden en unidades distintas.',
      'no-value': 'El dato de U4SSC aún no tiene un valor utilizable.',
      unlinked: 'Ningún dato de U4SSC está vinculado a él.',
    },
  },
  ar: {
    title: 'في المؤشرات العالمية للهدف 11 من أهداف التنمية المستدامة',
    help: 'قيم هذا التقييم منقولة عبر جدول التوافق U4SSC → الهدف 11: لا تُنقل قيمة إلا حيث يقيس الاثنان الشيء نفسه (توافق تام أو قريب) بالوحدة نفسها. لا يُكتب شيء مرتين.',
    namesInEnglish:
      'تُعرض أسماء المؤشرات بالإنكليزية كما يوردها إطار المؤشرات العالمي للأمم المتحدة: لم تُقرأ بعدُ لهذه الأداة أي ترجمة رسمية لها صادرة عن الأمم المتحدة.',
    namesTranslated: (codes) =>
      `أسماء المؤشرات هي الترجمات الرسمية للأمم المتحدة لإطار المؤشرات العالمي (بعد استعراض عام 2020)، كما جمعها المستودع open-sdg/sdg-translations. تحتفظ ${codes} بالاسم الإنكليزي للأمم المتحدة: الصياغة الإنكليزية في هذه الأداة تختلف عن النص المترجم.`,
    coverage: (c, l, e) => `${c} من ${e} نقطة بيانات للهدف 11 تحمل قيمة من هذا التقييم؛ و${l} مرتبطة بنقطة بيانات من U4SSC.`,
    indicator: 'مؤشر الهدف 11',
    value: 'القيمة المنقولة',
    from: 'من نقطة بيانات U4SSC',
    why: 'سبب عدم النقل',
    relation: { exact: 'توافق تام', close: 'توافق قريب', broad: 'أوسع', narrow: 'أضيق', related: 'ذو صلة' },
    notCarried: {
      relation: 'الرابط ليس قريبًا بما يكفي: الاثنان يقيسان أشياء مختلفة.',
      unit: 'يُقاس الاثنان بوحدتين مختلفتين.',
      'no-value': 'لا تملك نقطة بيانات U4SSC قيمة صالحة بعد.',
      unlinked: 'لا ترتبط بها أي نقطة بيانات من U4SSC.',
    },
  },
  zh: {
    title: '在可持续发展目标 11 的全球指标中',
    help: '本评估的数值经 U4SSC → 可持续发展目标 11 对照表转入：只有两者以相同单位衡量同一事物（完全或接近匹配）时才转入数值。无需重复输入。',
    namesInEnglish: '指标名称以英文显示，与联合国全球指标框架的原文一致：本工具尚未读取联合国的正式译文。',
    namesTranslated: (codes) =>
      `指标名称采用联合国全球指标框架（2020 年全面审查后）的正式译文，取自 open-sdg/sdg-translations 资料库。${codes} 保留联合国英文名称：本工具的英文措辞与所译原文不同。`,
    coverage: (c, l, e) => `目标 11 的 ${e} 个数据点中有 ${c} 个从本评估获得数值；${l} 个与 U4SSC 数据点相关联。`,
    indicator: '目标 11 指标',
    value: '转入的数值',
    from: '来自 U4SSC 数据点',
    why: '未转入的原因',
    relation: { exact: '完全匹配', close: '接近匹配', broad: '更宽', narrow: '更窄', related: '相关' },
    notCarried: {
      relation: '关联不够接近：两者衡量的是不同的事物。',
      unit: '两者的计量单位不同。',
      'no-value': '该 U4SSC 数据点尚无可用数值。',
      unlinked: '没有与之关联的 U4SSC 数据点。',
    },
  },
  ru: {
    title: 'В глобальных показателях ЦУР 11',
    help: 'Значения этой оценки, перенесённые по таблице соответствия U4SSC → ЦУР 11: значение переносится, только если оба измеряют одно и то же (точное или близкое соответствие) в одной единице. Ничего не вводится дважды.',
    namesInEnglish:
      'Названия показателей приведены на английском языке, как в глобальной системе показателей ООН: официальный перевод ООН для этого инструмента ещё не прочитан.',
    namesTranslated: (codes) =>
      `Названия показателей — официальные переводы ООН глобальной системы показателей (после обзора 2020 года), собранные в репозитории open-sdg/sdg-translations. Для ${codes} оставлено английское название ООН: английская формулировка этого инструмента отличается от переведённого текста.`,
    coverage: (c, l, e) => `Из ${e} элементов данных ЦУР 11 значение из этой оценки получают ${c}; с элементом U4SSC связаны ${l}.`,
    indicator: 'Показатель ЦУР 11',
    value: 'Перенесённое значение',
    from: 'Из элемента данных U4SSC',
    why: 'Почему не перенесено',
    relation: { exact: 'точное соответствие', close: 'близкое соответствие', broad: 'шире', narrow: 'уже', related: 'связанное' },
    notCarried: {
      relation: 'Связь недостаточно близкая: они измеряют разное.',
      unit: 'Они измеряются в разных единицах.',
      'no-value': 'У элемента данных U4SSC пока нет пригодного значения.',
      unlinked: 'С ним не связан ни один элемент данных U4SSC.',
    },
  },
};
