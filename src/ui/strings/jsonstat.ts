/**
 * The words of the JSON-stat reader's problems (src/engine/jsonstat.ts), in the six languages. One switch
 * per language, so a new kind of problem does not compile until every language says it.
 */
import type { JsonStatProblem } from '../../engine/jsonstat';
import type { Quoted } from '../../engine/problems';
import { pickedLine, type TableSource } from '../../engine/provenance';
import type { Lang } from './languages';

const MB = 1024 * 1024;
const q = (t: Quoted) => (t.length > t.text.length ? `${t.text}…` : t.text);
const list = (items: readonly string[]) => items.join(', ');
const code = (status: string | null, label: string | null) => (status === null ? '' : label ? `"${status}" (${label})` : `"${status}"`);

function en(p: JsonStatProblem): string {
  switch (p.kind) {
    case 'not-json':
      return 'This file is not JSON, so it is not a JSON-stat table.';
    case 'too-large':
      return p.unit === 'chars'
        ? `This file is larger than ${p.limit / MB} MB; it was not read.`
        : `This table declares more than ${p.limit.toLocaleString('en')} cells; it was not read.`;
    case 'not-dataset':
      return p.found === 'version-1'
        ? 'This is a JSON-stat 1.0 response. Download the table again as JSON-stat 2.0 (a single dataset).'
        : `This is not a JSON-stat 2.0 dataset${p.found ? ` (its class is "${p.found}")` : ''}: the file must hold one table with "class": "dataset".`;
    case 'bad-structure':
      return `The table's "${p.part}"${p.dimension ? ` of dimension "${p.dimension}"` : ''} is missing or not in the JSON-stat shape.`;
    case 'size-mismatch':
      return p.dimension
        ? `Dimension "${p.dimension}" declares ${p.expected} categories but lists ${p.found}.`
        : `The table declares ${p.expected} cells but its values do not match (${p.found}).`;
    case 'no-area-dimension':
      return `Which dimension is the area is not marked in the table (dimensions: ${list(p.dimensions)}). Choose it.`;
    case 'no-time-dimension':
      return `Which dimension is the period is not marked in the table (dimensions: ${list(p.dimensions)}). Choose it.`;
    case 'not-found': {
      const what = p.role === 'area' ? 'area' : p.role === 'period' ? 'period' : 'category';
      return `The ${what} "${q(p.asked)}" is not in dimension "${p.dimension}" (it has e.g. ${list(p.examples)}).`;
    }
    case 'choose':
      return `More than one value is left: choose a category of "${p.label}" (${p.dimension}: ${list(p.categories)}).`;
    case 'missing-value':
      return `The table has no value for this choice${p.status ? `; its status is ${code(p.status, p.statusLabel)}` : ''}. Nothing was filled in.`;
    case 'confidential':
      return `The statistics office withheld this value as confidential (status ${code(p.status, p.statusLabel)}). Nothing was filled in.`;
    case 'not-a-number':
      return `The value "${q(p.text)}" is not a number. Nothing was filled in.`;
    case 'unknown-profile-field':
      return `"${q(p.field)}" is not a field of the city profile (${list(p.fields)}).`;
  }
}

function fr(p: JsonStatProblem): string {
  switch (p.kind) {
    case 'not-json':
      return 'Ce fichier n’est pas du JSON : ce n’est donc pas un tableau JSON-stat.';
    case 'too-large':
      return p.unit === 'chars'
        ? `Ce fichier dépasse ${p.limit / MB} Mo ; il n’a pas été lu.`
        : `Ce tableau déclare plus de ${p.limit.toLocaleString('fr')} cellules ; il n’a pas été lu.`;
    case 'not-dataset':
      return p.found === 'version-1'
        ? 'C’est une réponse JSON-stat 1.0. Téléchargez de nouveau le tableau en JSON-stat 2.0 (un seul jeu de données).'
        : `Ce n’est pas un jeu de données JSON-stat 2.0${p.found ? ` (sa classe est « ${p.found} »)` : ''} : le fichier doit contenir un tableau avec "class": "dataset".`;
    case 'bad-structure':
      return `La partie « ${p.part} »${p.dimension ? ` de la dimension « ${p.dimension} »` : ''} du tableau manque ou n’a pas la forme JSON-stat.`;
    case 'size-mismatch':
      return p.dimension
        ? `La dimension « ${p.dimension} » déclare ${p.expected} catégories mais en liste ${p.found}.`
        : `Le tableau déclare ${p.expected} cellules mais ses valeurs ne correspondent pas (${p.found}).`;
    case 'no-area-dimension':
      return `Le tableau n’indique pas quelle dimension est le territoire (dimensions : ${list(p.dimensions)}). Choisissez-la.`;
    case 'no-time-dimension':
      return `Le tableau n’indique pas quelle dimension est la période (dimensions : ${list(p.dimensions)}). Choisissez-la.`;
    case 'not-found': {
      const what = p.role === 'area' ? 'Le territoire' : p.role === 'period' ? 'La période' : 'La catégorie';
      return `${what} « ${q(p.asked)} » n’est pas dans la dimension « ${p.dimension} » (elle a par ex. ${list(p.examples)}).`;
    }
    case 'choose':
      return `Il reste plus d’une valeur : choisissez une catégorie de « ${p.label} » (${p.dimension} : ${list(p.categories)}).`;
    case 'missing-value':
      return `Le tableau n’a pas de valeur pour ce choix${p.status ? ` ; son statut est ${code(p.status, p.statusLabel)}` : ''}. Rien n’a été rempli.`;
    case 'confidential':
      return `L’institut statistique a retenu cette valeur comme confidentielle (statut ${code(p.status, p.statusLabel)}). Rien n’a été rempli.`;
    case 'not-a-number':
      return `La valeur « ${q(p.text)} » n’est pas un nombre. Rien n’a été rempli.`;
    case 'unknown-profile-field':
      return `« ${q(p.field)} » n’est pas un champ du profil de la ville (${list(p.fields)}).`;
  }
}

function es(p: JsonStatProblem): string {
  switch (p.kind) {
    case 'not-json':
      return 'Este archivo no es JSON, así que no es una tabla JSON-stat.';
    case 'too-large':
      return p.unit === 'chars'
        ? `Este archivo supera ${p.limit / MB} MB; no se ha leído.`
        : `Esta tabla declara más de ${p.limit.toLocaleString('es')} celdas; no se ha leído.`;
    case 'not-dataset':
      return p.found === 'version-1'
        ? 'Es una respuesta JSON-stat 1.0. Descargue de nuevo la tabla como JSON-stat 2.0 (un solo conjunto de datos).'
        : `No es un conjunto de datos JSON-stat 2.0${p.found ? ` (su clase es «${p.found}»)` : ''}: el archivo debe contener una tabla con "class": "dataset".`;
    case 'bad-structure':
      return `La parte «${p.part}»${p.dimension ? ` de la dimensión «${p.dimension}»` : ''} de la tabla falta o no tiene la forma JSON-stat.`;
    case 'size-mismatch':
      return p.dimension
        ? `La dimensión «${p.dimension}» declara ${p.expected} categorías pero enumera ${p.found}.`
        : `La tabla declara ${p.expected} celdas pero sus valores no coinciden (${p.found}).`;
    case 'no-area-dimension':
      return `La tabla no indica qué dimensión es el territorio (dimensiones: ${list(p.dimensions)}). Elíjala.`;
    case 'no-time-dimension':
      return `La tabla no indica qué dimensión es el periodo (dimensiones: ${list(p.dimensions)}). Elíjala.`;
    case 'not-found': {
      const what = p.role === 'area' ? 'El territorio' : p.role === 'period' ? 'El periodo' : 'La categoría';
      return `${what} «${q(p.asked)}» no está en la dimensión «${p.dimension}» (tiene p. ej. ${list(p.examples)}).`;
    }
    case 'choose':
      return `Queda más de un valor: elija una categoría de «${p.label}» (${p.dimension}: ${list(p.categories)}).`;
    case 'missing-value':
      return `La tabla no tiene valor para esta elección${p.status ? `; su estado es ${code(p.status, p.statusLabel)}` : ''}. No se ha rellenado nada.`;
    case 'confidential':
      return `La oficina de estadística retuvo este valor por confidencial (estado ${code(p.status, p.statusLabel)}). No se ha rellenado nada.`;
    case 'not-a-number':
      return `El valor «${q(p.text)}» no es un número. No se ha rellenado nada.`;
    case 'unknown-profile-field':
      return `«${q(p.field)}» no es un campo del perfil de la ciudad (${list(p.fields)}).`;
  }
}

function ar(p: JsonStatProblem): string {
  switch (p.kind) {
    case 'not-json':
      return 'هذا الملف ليس JSON، لذا فهو ليس جدول JSON-stat.';
    case 'too-large':
      return p.unit === 'chars'
        ? `هذا الملف أكبر من ${p.limit / MB} ميغابايت؛ لم تتم قراءته.`
        : `يعلن هذا الجدول أكثر من ${p.limit.toLocaleString('ar')} خلية؛ لم تتم قراءته.`;
    case 'not-dataset':
      return p.found === 'version-1'
        ? 'هذه استجابة JSON-stat 1.0. نزّل الجدول مرة أخرى بصيغة JSON-stat 2.0 (مجموعة بيانات واحدة).'
        : `هذه ليست مجموعة بيانات JSON-stat 2.0${p.found ? ` (صنفها "${p.found}")` : ''}: يجب أن يحتوي الملف على جدول واحد فيه "class": "dataset".`;
    case 'bad-structure':
      return `الجزء "${p.part}"${p.dimension ? ` من البُعد "${p.dimension}"` : ''} من الجدول مفقود أو ليس بشكل JSON-stat.`;
    case 'size-mismatch':
      return p.dimension
        ? `يعلن البُعد "${p.dimension}" عن ${p.expected} فئة لكنه يسرد ${p.found}.`
        : `يعلن الجدول عن ${p.expected} خلية لكن قيمه لا تطابق ذلك (${p.found}).`;
    case 'no-area-dimension':
      return `لا يبيّن الجدول أي بُعد هو المنطقة (الأبعاد: ${list(p.dimensions)}). اختره.`;
    case 'no-time-dimension':
      return `لا يبيّن الجدول أي بُعد هو الفترة (الأبعاد: ${list(p.dimensions)}). اختره.`;
    case 'not-found': {
      const what = p.role === 'area' ? 'المنطقة' : p.role === 'period' ? 'الفترة' : 'الفئة';
      return `${what} "${q(p.asked)}" غير موجودة في البُعد "${p.dimension}" (فيه مثلاً ${list(p.examples)}).`;
    }
    case 'choose':
      return `بقيت أكثر من قيمة: اختر فئة من "${p.label}" (${p.dimension}: ${list(p.categories)}).`;
    case 'missing-value':
      return `لا قيمة في الجدول لهذا الاختيار${p.status ? `؛ حالتها ${code(p.status, p.statusLabel)}` : ''}. لم يُملأ شيء.`;
    case 'confidential':
      return `حجب مكتب الإحصاء هذه القيمة لسريتها (الحالة ${code(p.status, p.statusLabel)}). لم يُملأ شيء.`;
    case 'not-a-number':
      return `القيمة "${q(p.text)}" ليست رقماً. لم يُملأ شيء.`;
    case 'unknown-profile-field':
      return `"${q(p.field)}" ليس حقلاً في ملف المدينة (${list(p.fields)}).`;
  }
}

function zh(p: JsonStatProblem): string {
  switch (p.kind) {
    case 'not-json':
      return '此文件不是 JSON，因此不是 JSON-stat 表。';
    case 'too-large':
      return p.unit === 'chars' ? `此文件大于 ${p.limit / MB} MB，未读取。` : `此表声明的单元格超过 ${p.limit.toLocaleString('zh')} 个，未读取。`;
    case 'not-dataset':
      return p.found === 'version-1'
        ? '这是 JSON-stat 1.0 响应。请将该表重新下载为 JSON-stat 2.0（单个数据集）。'
        : `这不是 JSON-stat 2.0 数据集${p.found ? `（其 class 为“${p.found}”）` : ''}：文件必须包含一个 "class": "dataset" 的表。`;
    case 'bad-structure':
      return `表的“${p.part}”${p.dimension ? `（维度“${p.dimension}”）` : ''}缺失或不符合 JSON-stat 格式。`;
    case 'size-mismatch':
      return p.dimension
        ? `维度“${p.dimension}”声明了 ${p.expected} 个类别，但列出了 ${p.found} 个。`
        : `表声明了 ${p.expected} 个单元格，但其值不相符（${p.found}）。`;
    case 'no-area-dimension':
      return `表中未标明哪个维度是地区（维度：${list(p.dimensions)}）。请选择。`;
    case 'no-time-dimension':
      return `表中未标明哪个维度是时期（维度：${list(p.dimensions)}）。请选择。`;
    case 'not-found': {
      const what = p.role === 'area' ? '地区' : p.role === 'period' ? '时期' : '类别';
      return `${what}“${q(p.asked)}”不在维度“${p.dimension}”中（例如有 ${list(p.examples)}）。`;
    }
    case 'choose':
      return `剩余不止一个值：请选择“${p.label}”的一个类别（${p.dimension}：${list(p.categories)}）。`;
    case 'missing-value':
      return `表中没有此选择的值${p.status ? `；其状态为 ${code(p.status, p.statusLabel)}` : ''}。未填写任何内容。`;
    case 'confidential':
      return `统计机构将此值作为机密保留（状态 ${code(p.status, p.statusLabel)}）。未填写任何内容。`;
    case 'not-a-number':
      return `值“${q(p.text)}”不是数字。未填写任何内容。`;
    case 'unknown-profile-field':
      return `“${q(p.field)}”不是城市概况的字段（${list(p.fields)}）。`;
  }
}

function ru(p: JsonStatProblem): string {
  switch (p.kind) {
    case 'not-json':
      return 'Этот файл не JSON, поэтому это не таблица JSON-stat.';
    case 'too-large':
      return p.unit === 'chars'
        ? `Файл больше ${p.limit / MB} МБ; он не прочитан.`
        : `Таблица объявляет больше ${p.limit.toLocaleString('ru')} ячеек; она не прочитана.`;
    case 'not-dataset':
      return p.found === 'version-1'
        ? 'Это ответ JSON-stat 1.0. Скачайте таблицу заново в формате JSON-stat 2.0 (один набор данных).'
        : `Это не набор данных JSON-stat 2.0${p.found ? ` (его класс — «${p.found}»)` : ''}: файл должен содержать одну таблицу с "class": "dataset".`;
    case 'bad-structure':
      return `Часть «${p.part}»${p.dimension ? ` измерения «${p.dimension}»` : ''} таблицы отсутствует или не в форме JSON-stat.`;
    case 'size-mismatch':
      return p.dimension
        ? `Измерение «${p.dimension}» объявляет ${p.expected} категорий, а перечисляет ${p.found}.`
        : `Таблица объявляет ${p.expected} ячеек, но её значения не совпадают (${p.found}).`;
    case 'no-area-dimension':
      return `В таблице не отмечено, какое измерение — территория (измерения: ${list(p.dimensions)}). Выберите его.`;
    case 'no-time-dimension':
      return `В таблице не отмечено, какое измерение — период (измерения: ${list(p.dimensions)}). Выберите его.`;
    case 'not-found': {
      const what = p.role === 'area' ? 'Территории' : p.role === 'period' ? 'Периода' : 'Категории';
      return `${what} «${q(p.asked)}» нет в измерении «${p.dimension}» (в нём, например, ${list(p.examples)}).`;
    }
    case 'choose':
      return `Осталось больше одного значения: выберите категорию «${p.label}» (${p.dimension}: ${list(p.categories)}).`;
    case 'missing-value':
      return `В таблице нет значения для этого выбора${p.status ? `; его статус ${code(p.status, p.statusLabel)}` : ''}. Ничего не заполнено.`;
    case 'confidential':
      return `Статистическое ведомство скрыло это значение как конфиденциальное (статус ${code(p.status, p.statusLabel)}). Ничего не заполнено.`;
    case 'not-a-number':
      return `Значение «${q(p.text)}» не число. Ничего не заполнено.`;
    case 'unknown-profile-field':
      return `«${q(p.field)}» не поле профиля города (${list(p.fields)}).`;
  }
}

const WORDS: Record<Lang, (p: JsonStatProblem) => string> = { en, fr, es, ar, zh, ru };

/** A JSON-stat problem in the given language. */
export const jsonStatProblemText = (p: JsonStatProblem, lang: Lang): string => WORDS[lang](p);

/** The words of the profile panel's "fill from a JSON-stat table" (src/ui/JsonStatFill.tsx). */
export interface JsonStatWords {
  title: string;
  help: string;
  file: string;
  areaDimension: string;
  timeDimension: string;
  choose: string;
  field: string;
  fill: string;
  filled: (field: string, value: string, source: string, retrieved: string) => string;
  /** Where a figure came from (format 8): a heading, and the line under a field filled from a table. */
  sourceTitle: string;
  sourced: (office: string, table: string | null, picked: string, file: string, retrieved: string) => string;
  /** A frozen assessment refuses a fill. */
  frozen: string;
  /** The report's list of figures filled from tables. */
  reportTitle: string;
  /** The input a table can fill in the data point's side panel. */
  input: string;
  inputs: { value: string; numerator: string; denominator: string };
}

export const JSONSTAT_WORDS: Record<Lang, JsonStatWords> = {
  en: {
    title: 'Fill from a JSON-stat table',
    help: 'A table downloaded from a statistics office as JSON-stat 2.0. Choose the area, the period and every other dimension; nothing is fetched.',
    file: 'JSON-stat file',
    areaDimension: 'Dimension of the area',
    timeDimension: 'Dimension of the period',
    choose: '(choose)',
    field: 'Profile field to fill',
    fill: 'Fill in',
    filled: (f, v, s, r) => `${f} set to ${v} from ${s} (read ${r}).`,
    sourceTitle: 'Source of the figure',
    sourced: (o, t, p, f, r) => `From ${o}${t ? `, ${t}` : ''}: ${p}. File ${f}, read ${r}.`,
    frozen: 'This assessment is frozen: no figure can be filled into it. Start a new version to change it.',
    reportTitle: 'Figures from statistics tables',
    input: 'Input to fill',
    inputs: { value: 'value', numerator: 'numerator', denominator: 'denominator' },
  },
  fr: {
    title: 'Remplir depuis un tableau JSON-stat',
    help: 'Un tableau téléchargé d’un institut statistique en JSON-stat 2.0. Choisissez le territoire, la période et chaque autre dimension ; rien n’est téléchargé.',
    file: 'Fichier JSON-stat',
    areaDimension: 'Dimension du territoire',
    timeDimension: 'Dimension de la période',
    choose: '(choisir)',
    field: 'Champ du profil à remplir',
    fill: 'Remplir',
    filled: (f, v, s, r) => `${f} mis à ${v} d’après ${s} (lu le ${r}).`,
    sourceTitle: 'Source du chiffre',
    sourced: (o, t, p, f, r) => `D’après ${o}${t ? `, ${t}` : ''} : ${p}. Fichier ${f}, lu le ${r}.`,
    frozen: 'Cette évaluation est figée : aucun chiffre ne peut y être rempli. Créez une nouvelle version pour la modifier.',
    reportTitle: 'Chiffres tirés de tableaux statistiques',
    input: 'Saisie à remplir',
    inputs: { value: 'valeur', numerator: 'numérateur', denominator: 'dénominateur' },
  },
  es: {
    title: 'Rellenar desde una tabla JSON-stat',
    help: 'Una tabla descargada de una oficina de estadística en JSON-stat 2.0. Elija el territorio, el periodo y cada otra dimensión; no se descarga nada.',
    file: 'Archivo JSON-stat',
    areaDimension: 'Dimensión del territorio',
    timeDimension: 'Dimensión del periodo',
    choose: '(elegir)',
    field: 'Campo del perfil que rellenar',
    fill: 'Rellenar',
    filled: (f, v, s, r) => `${f} fijado en ${v} según ${s} (leído el ${r}).`,
    sourceTitle: 'Fuente de la cifra',
    sourced: (o, t, p, f, r) => `Según ${o}${t ? `, ${t}` : ''}: ${p}. Archivo ${f}, leído el ${r}.`,
    frozen: 'Esta evaluación está congelada: no se puede rellenar ninguna cifra. Cree una nueva versión para cambiarla.',
    reportTitle: 'Cifras tomadas de tablas estadísticas',
    input: 'Entrada que rellenar',
    inputs: { value: 'valor', numerator: 'numerador', denominator: 'denominador' },
  },
  ar: {
    title: 'الملء من جدول JSON-stat',
    help: 'جدول منزّل من مكتب إحصاء بصيغة JSON-stat 2.0. اختر المنطقة والفترة وكل بُعد آخر؛ لا يُجلب أي شيء من الشبكة.',
    file: 'ملف JSON-stat',
    areaDimension: 'بُعد المنطقة',
    timeDimension: 'بُعد الفترة',
    choose: '(اختر)',
    field: 'حقل الملف المراد ملؤه',
    fill: 'املأ',
    filled: (f, v, s, r) => `عُيّن ${f} إلى ${v} من ${s} (قُرئ في ${r}).`,
    sourceTitle: 'مصدر الرقم',
    sourced: (o, t, p, f, r) => `من ${o}${t ? `، ${t}` : ''}: ${p}. الملف ${f}، قُرئ في ${r}.`,
    frozen: 'هذا التقييم مجمّد: لا يمكن ملء أي رقم فيه. أنشئ نسخة جديدة لتغييره.',
    reportTitle: 'أرقام مأخوذة من جداول إحصائية',
    input: 'المُدخل المراد ملؤه',
    inputs: { value: 'القيمة', numerator: 'البسط', denominator: 'المقام' },
  },
  zh: {
    title: '从 JSON-stat 表填写',
    help: '从统计机构下载的 JSON-stat 2.0 表。请选择地区、时期及其他每个维度；不会从网络获取任何内容。',
    file: 'JSON-stat 文件',
    areaDimension: '地区维度',
    timeDimension: '时期维度',
    choose: '（请选择）',
    field: '要填写的概况字段',
    fill: '填写',
    filled: (f, v, s, r) => `${f} 已设为 ${v}，来源：${s}（读取于 ${r}）。`,
    sourceTitle: '数字来源',
    sourced: (o, t, p, f, r) => `来源：${o}${t ? `，${t}` : ''}：${p}。文件 ${f}，读取于 ${r}。`,
    frozen: '此评估已冻结：不能再填写任何数字。请新建一个版本以进行修改。',
    reportTitle: '来自统计表的数字',
    input: '要填写的输入项',
    inputs: { value: '数值', numerator: '分子', denominator: '分母' },
  },
  ru: {
    title: 'Заполнить из таблицы JSON-stat',
    help: 'Таблица, скачанная у статистического ведомства в формате JSON-stat 2.0. Выберите территорию, период и каждое другое измерение; ничего не загружается.',
    file: 'Файл JSON-stat',
    areaDimension: 'Измерение территории',
    timeDimension: 'Измерение периода',
    choose: '(выберите)',
    field: 'Поле профиля для заполнения',
    fill: 'Заполнить',
    filled: (f, v, s, r) => `${f}: ${v} по данным ${s} (прочитано ${r}).`,
    sourceTitle: 'Источник числа',
    sourced: (o, t, p, f, r) => `По данным ${o}${t ? `, ${t}` : ''}: ${p}. Файл ${f}, прочитан ${r}.`,
    frozen: 'Эта оценка заморожена: в неё нельзя внести число. Создайте новую версию, чтобы изменить её.',
    reportTitle: 'Числа из статистических таблиц',
    input: 'Поле для заполнения',
    inputs: { value: 'значение', numerator: 'числитель', denominator: 'знаменатель' },
  },
};

/** A figure's source in one sentence of the language: the office, the table, the categories picked, the file and the day it was read. */
export function sourcedText(s: TableSource, lang: Lang): string {
  return JSONSTAT_WORDS[lang].sourced(s.source, s.table && s.table !== s.source ? s.table : null, pickedLine(s), s.file, s.retrieved);
}
