/** Arabic words of the file readers' problems (the English `PW` in ../problems.ts is the contract). */
import type { DocProblem, JsonType, NumberProblem, OtherFormat, Quoted } from '../../../engine/problems';
import { plural, type PluralForms, type Translation } from '../languages';
import type { PW as EN } from '../problems';
import { listText } from '../../messages/runtime';

const p_ = plural('ar');
const c = (n: number, forms: PluralForms) => p_(n, forms).replace('{n}', String(n));
const CHARS: PluralForms = { one: 'حرف واحد', two: 'حرفين', few: '{n} أحرف', many: '{n} حرفًا', other: '{n} حرف' };
const ITEMS: PluralForms = { one: 'عنصر واحد', two: 'عنصرين', few: '{n} عناصر', many: '{n} عنصرًا', other: '{n} عنصر' };
const PROBLEMS: PluralForms = { zero: 'لا مشكلات', one: 'مشكلة واحدة', two: 'مشكلتان', few: '{n} مشكلات', many: '{n} مشكلة', other: '{n} مشكلة' };

const MB = 1024 * 1024;
const quote = (q: Quoted): string => (q.length > q.text.length ? `${q.text}… (${c(q.length, CHARS)} في المجموع)` : q.text);
const mark = (m: 'point' | 'comma') => (m === 'point' ? '.' : ',');

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'نص',
  number: 'رقم',
  integer: 'عدد صحيح',
  boolean: 'true أو false',
  null: 'null',
  object: 'كائن',
  array: 'قائمة',
};

const FORMS: Record<Extract<DocProblem, { kind: 'pattern' }>['form'], string> = {
  'datapoint-id': 'معرّف نقطة بيانات مثل «EC: ICT: ICT: 1C|»',
  fingerprint: 'قيمة SHA-256 ست عشرية من 64 خانة',
  date: 'تاريخًا بصيغة YYYY-MM-DD',
  other: 'الصيغة التي يطلبها المخطط',
};

const SHAPES: Record<Extract<DocProblem, { kind: 'bad-shape' }>['shape'], string> = {
  entered: '{ value, unit, factor } (القيمة كما أُدخلت بوحدة أخرى)',
  frozen: '{ at, by, fingerprint } مع قيمة SHA-256 ست عشرية من 64 خانة',
  parent: '{ id, fingerprint } مع قيمة SHA-256 ست عشرية من 64 خانة',
  'carried-from': '{ id, year, baseline }',
  origin: '{ kind, at, name?, signer? }',
  provenance: '{ profile?, values? } { kind: json-stat, value, source, file, retrieved, picked }',
  'catalogue-review': '{ from, to, datapoints }',
  changes: 'قائمة تغييرات من نوع معروف، لكل منها مصدره',
};

const OTHER_FORMATS: Record<OtherFormat, string> = {
  ods: 'هذا جدول بيانات OpenDocument (.ods): احفظه بصيغة .xlsx أو CSV.',
  xls: 'هذا مصنف Excel 97-2003 (.xls): احفظه بصيغة .xlsx أو CSV.',
  xlsm: 'هذا مصنف Excel ممكّن للماكرو (.xlsm): احفظه بصيغة .xlsx أو CSV.',
  xlsb: 'هذا مصنف Excel ثنائي (.xlsb): احفظه بصيغة .xlsx أو CSV.',
  html: 'هذه صفحة ويب محفوظة بامتداد جدول بيانات، وليست جدول بيانات: افتحها في برنامج جداول بيانات واحفظها بصيغة .xlsx أو CSV.',
  numbers: 'هذا ملف Apple Numbers: صدّره بصيغة .xlsx أو CSV.',
};

function numberProblem(p: NumberProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'الخلية فارغة.';
    case 'wrong-mark':
      return `«${quote(p.text)}» ليس رقمًا بعلامة «${mark(p.mark)}» فاصلةً عشرية (تحقق من إعداد الفاصلة العشرية).`;
    case 'not-a-number':
      return `«${quote(p.text)}» ليس رقمًا.`;
    case 'out-of-range':
      return `«${quote(p.text)}» خارج النطاق الذي تقبله منصة العمل (±10^${Math.round(Math.log10(p.limit))}).`;
    case 'ambiguous':
      return `يمكن قراءة «${quote(p.text)}» بطريقتين (فاصلة عشرية ${p.other} أو فاصل للآلاف) ولا شيء آخر في الملف يحدد أيهما: اختر الفاصلة العشرية لهذا الملف.`;
  }
}

export const PW: Translation<typeof EN> = {
  quote,
  number: numberProblem,
  table: (p) => {
    switch (p.kind) {
      case 'empty-file':
        return 'الملف فارغ.';
      case 'unclosed-quote':
        return 'حقل بين علامتي اقتباس غير مغلق.';
      case 'not-text':
        return p.likely === 'windows-1252'
          ? 'الملف ليس بترميز UTF-8 (يبدو أنه Windows-1252، مثل «CSV (محدد بفاصلة)» في Excel): احفظه بصيغة «CSV UTF-8»، أو أكّد قراءته بترميز Windows-1252.'
          : 'الملف ليس نصًا بترميز UTF-8 أو UTF-16: احفظه بصيغة «CSV UTF-8».';
      case 'missing-columns': {
        const cols = p.columns.length > 1 ? 'أعمدة ناقصة' : 'عمود ناقص';
        return p.separators
          ? `${cols}: ${listText(p.columns)}. العنوان المتوقع ${p.expected.join(',')} (فاصلة أو فاصلة منقوطة أو علامة جدولة بين الأسماء).`
          : `${cols}: ${listText(p.columns)}. المتوقع ${p.expected.join(',')}.`;
      }
      case 'unknown-columns':
        return `${p.columns.length > 1 ? 'أعمدة غير معروفة' : 'عمود غير معروف'}: ${p.columns.map(quote).join('، ')}.`;
      case 'duplicate-column':
        return `يظهر العمود «${p.name}» مرتين (العمودان ${p.columns.join(' و')})؛ أبقِ على واحد منهما.`;
      case 'unnamed-column':
        return p.merged
          ? `في العمود ${p.column} بيانات (السطر ${p.line}: «${quote(p.text)}») لكن عنوانه مخفي تحت الخلية المدمجة ${p.merged}؛ ألغِ الدمج وسمِّ العمود.`
          : `في العمود ${p.column} بيانات (السطر ${p.line}: «${quote(p.text)}») لكن بلا عنوان؛ سمِّه أو احذف العمود.`;
      case 'error-value':
        return `تحتوي الخلية على قيمة الخطأ ${p.code}.`;
      case 'no-saved-result':
        return `ليس للصيغة =${quote(p.formula)} نتيجة محفوظة: افتح الملف واحفظه في برنامج جداول بيانات، أو اكتب القيمة.`;
      case 'empty-code':
        return 'الرمز فارغ.';
      case 'bad-provenance':
        return 'خلية provenance ليست مصادر أرقام الصف كما تكتبها منصة العمل هذه (كائن JSON حسب القيمة والبسط والمقام): تُترك، وتُقرأ الأرقام بلا مصدر.';
      case 'unknown-code':
        return `رمز مؤشر أداء رئيسي غير معروف «${quote(p.code)}».`;
      case 'unknown-datapoint':
        return `«${quote(p.key)}» ليس نقطة بيانات من ${p.kpi} (المتوقع ${p.expected.map((k) => (k === '' ? 'فارغ' : k)).join('، ')}).`;
      case 'unknown-target':
        return `مؤشر أو نقطة بيانات غير معروفة «${quote(p.code)}» «${quote(p.key)}».`;
      case 'repeated':
        return p.first === null ? `حُدد ${p.code} ${p.key} مرتين.` : `يظهر ${p.code} ${p.key} مرة أخرى (أول مرة في السطر ${p.first}).`;
      case 'number':
        return numberProblem(p.problem);
      case 'not-yes-no':
        return `«${quote(p.text)}» ليس نعم ولا لا (yes/no أو true/false أو 1/0).`;
      case 'bool-not-number':
        return `${p.value ? 'TRUE' : 'FALSE'} قيمة نعم/لا، وليست رقمًا.`;
      case 'date-not-number':
        return `الخلية تاريخ (${p.date})، وليست رقمًا: نسّقها رقمًا وتحقق من القيمة.`;
      case 'number-text-too-long':
        return `«${quote(p.text)}» أطول من ${c(p.limit, CHARS)}.`;
      case 'profile-conflict':
        return `${p.field} يساوي ${p.value} هنا لكنه ${p.previous} ${p.at === null ? 'في سطر آخر' : 'cell' in p.at ? `في الخلية ${p.at.cell}` : `في السطر ${p.at.line}`}: لملف تعريف المدينة قيمة واحدة.`;
      case 'reported-directly':
        return `يُبلَّغ عن ${p.code} مباشرة: ضع الرقم في عمود القيمة.`;
      case 'bad-target':
        return `${numberProblem(p.problem)} ${p.blank ? 'استخدم رقمًا أو «none»، أو اتركه فارغًا لاستخدام الهدف المرجعي.' : 'استخدم رقمًا ≥ 0 أو «none».'}`;
      case 'negative-target':
        return 'لا يمكن أن يكون الهدف سالبًا.';
      case 'bad-status':
        return `«${quote(p.text)}» ليس reported ولا not-reported ولا not-applicable.`;
      case 'bad-quality':
        return `«${quote(p.text)}» ليس من بين ${listText(p.allowed, 'disjunction')}.`;
      case 'bad-year':
        return `«${quote(p.text)}» ليس سنة بين ${p.min} و${p.max}.`;
      case 'text-too-long':
        return `طول النص ${c(p.length, CHARS)}؛ يُحتفظ بـ ${p.limit} على الأكثر، فاختصره.`;
      case 'not-layout-zip': {
        const why = p.detail === 'not-zip' ? 'ليس أرشيف zip' : 'لا يوجد ملف data/indicator_*.csv';
        return `هذا ليس ملف zip لبيانات Open SDG (${why}). صدّره مجددًا كملف zip لـ Open SDG.`;
      }
      case 'file-too-large':
        return `جدول البيانات أكبر من ${p.limit / MB} ميغابايت.`;
      case 'unpacks-too-large':
        return `حجم جدول البيانات بعد فك ضغطه أكبر من ${p.limit / MB} ميغابايت.`;
      case 'not-xlsx': {
        const why =
          p.detail === 'not-zip'
            ? 'ليس أرشيف zip'
            : p.detail === 'no-workbook'
              ? 'لا يوجد xl/workbook.xml'
              : p.detail === 'no-worksheet'
                ? 'لا توجد ورقة عمل'
                : 'جزء مقطوع أو أن XML الخاص به تالف';
        return `هذا ليس جدول بيانات .xlsx قابلًا للقراءة (${why}). احفظه مصنفًا من Excel (.xlsx).`;
      }
      case 'not-calculated':
        if (p.why === 'manual')
          return `حُفظت الصيغة =${quote(p.formula)} بالنتيجة ${p.stored} وربما لم تُحسب قط (المصنف لا يحسب إلا عند الطلب وحُفظ دون حساب، كما يكتبه الوضع اليدوي في xlsxwriter): أعد حسابه واحفظه في برنامج جداول بيانات، أو اكتب القيمة.`;
        if (p.why === 'defaults')
          return `حُفظت الصيغة =${quote(p.formula)} بالنتيجة ${p.stored}، مثل كل صيغ المصنف، ولا شيء يدل على أن المصنف حُسب قط (ليست فيه سلسلة حساب، وهي ما يحفظه Excel؛ هكذا يبدو ملف كتبه xlsxwriter ثم حوّله LibreOffice): أعد حسابه واحفظه في Excel، أو اكتب القيمة.`;
        return `حُفظت الصيغة =${quote(p.formula)} بالنتيجة ${p.stored} دون أن تُحسب قط (يطلب المصنف إعادة الحساب عند فتحه، كما في الملفات التي يكتبها xlsxwriter أو pandas): افتحه واحفظه في برنامج جداول بيانات، أو اكتب القيمة.`;
      case 'percent-not-unit':
        return `الخلية منسقة كنسبة مئوية (تعرض ${p.shown} %) لكن نقطة البيانات هذه تقاس بـ ${p.unit} وليس بـ %: نسّق الخلية كرقم يعرض القيمة المقصودة (${p.value} أو ${p.shown}).`;
      case 'ambiguous-marker':
        return `"${quote(p.text)}" تعني "غير متاح" في بعض الجداول و"لا ينطبق" في غيرها: اترك القيمة فارغة واكتب not-reported أو not-applicable في عمود status.`;
      case 'which-sheet':
        return `تحتوي عدة أوراق على جدول قيم (${p.sheets.join('، ')}): اختر الورقة المراد قراءتها (--sheet الاسم في سطر الأوامر).`;
      case 'hidden-sheet':
        return `جدول القيم الوحيد موجود في الورقة المخفية "${p.sheet}": أظهرها، أو اختر تلك الورقة لقراءتها (--sheet في سطر الأوامر).`;
      case 'no-such-sheet':
        return `لا توجد في المصنف ورقة باسم "${quote(p.name)}" (أوراقه: ${p.sheets.join('، ')}).`;
      case 'other-format':
        return OTHER_FORMATS[p.format];
      case 'too-many-rows':
        return `يحتوي الملف على أكثر من ${p.limit} صف؛ جدول القيم فيه صف واحد لكل نقطة بيانات.`;
      case 'too-many-columns':
        return `يحتوي صف على أكثر من ${p.limit} عمود؛ جدول القيم فيه 21 عمودًا على الأكثر.`;
    }
  },
  docWhat: (p) => {
    switch (p.kind) {
      case 'wrong-type':
        return `المتوقع ${listText(
          p.expected.map((t) => TYPE_WORDS[t]),
          'disjunction',
        )}.`;
      case 'too-long':
        return `نص أطول من ${c(p.limit, CHARS)}.`;
      case 'too-short':
        return p.limit === 1 ? 'فارغ؛ المتوقع نص.' : `نص أقصر من ${c(p.limit, CHARS)}.`;
      case 'not-one-of':
        return `«${quote(p.value)}» ليس من بين ${listText(p.allowed.map(String), 'disjunction')}.`;
      case 'below':
        return p.exclusive ? `المتوقع رقم أكبر من ${p.limit}.` : `المتوقع رقم لا يقل عن ${p.limit}.`;
      case 'above':
        return `المتوقع رقم لا يزيد على ${p.limit}.`;
      case 'not-whole':
        return 'المتوقع عدد صحيح.';
      case 'not-finite':
        return 'ليس رقمًا منتهيًا.';
      case 'pattern':
        return `«${quote(p.value)}» ليس ${FORMS[p.form]}.`;
      case 'missing':
        return 'مفقود.';
      case 'unknown-field':
        return `حقل غير معروف «${quote(p.name)}».`;
      case 'forbidden-key':
        return `المفتاح «${p.key}» غير مسموح به.`;
      case 'repeated-key':
        return 'مفتاح مكتوب أكثر من مرة في كائنه: لا يمكن معرفة أي قيمه هي المقصودة، لذلك يُرفض.';
      case 'too-many':
        return `أكثر من ${c(p.limit, ITEMS)}.`;
      case 'unknown-datapoint':
        return `نقطة بيانات غير معروفة «${quote(p.id)}».`;
      case 'unknown-profile-field':
        return `حقل غير معروف «${quote(p.name)}».`;
      case 'duplicate-id':
        return `«${quote(p.id)}» يظهر مرتين.`;
      case 'reason-required':
        return 'يلزم ذكر سبب لـ «not-verifiable».';
      case 'blank-text':
        return 'المتوقع نص.';
      case 'not-year':
        return `المتوقع سنة كاملة بين ${p.min} و${p.max}.`;
      case 'not-target':
        return 'المتوقع رقم ≥ 0 أو «none».';
      case 'bad-id':
        return `المتوقع نص من 1 إلى ${p.limit} حرف.`;
      case 'not-time':
        return 'المتوقع وقت (بالملّي ثانية منذ 1970).';
      case 'bad-shape':
        return `المتوقع ${SHAPES[p.shape]}.`;
      case 'schema':
        return `رفضه المخطط (${p.keyword}).`;
      case 'bad-version':
        return 'لا يوجد «version» صالح.';
      case 'migration-failed':
        return `تعذّر نقله من إصدار التنسيق ${p.from} إلى ${p.to}.`;
    }
  },
  note: (n, at) => {
    switch (n.kind) {
      case 'kept-as-text':
        return `${at}: «${quote(n.text)}» نص، يُحتفظ به كما كُتب ولا تُحتسب له نقاط حتى يُصحَّح.`;
      case 'reset-time':
        return `${at}: ${quote(n.value)} ليس وقتًا صالحًا؛ أُعيد ضبطه على الوقت الحالي.`;
      case 'reset-revision':
        return `${at}: ${quote(n.value)} خارج النطاق؛ أُعيد ضبطه على 0.`;
    }
  },
  inAssessment: (n) => `التقييم ${n}: `,
  tableNote: (n) =>
    n.kind === 'sheet-read'
      ? `قُرئت الورقة "${n.sheet}" (من ${n.of} ورقة${n.hidden.length > 0 ? `؛ مخفية ولم تُقرأ: ${n.hidden.join('، ')}` : ''}).`
      : `تم تخطي العمود ${n.column} (0، 1، 2… أو 1، 2، 3… بلا عنوان: فهرس صفوف كما يكتبه pandas وR).`,
  parseError: (e) => {
    switch (e.kind) {
      case 'not-json':
        return `الملف ليس JSON صالحًا (${e.detail}).`;
      case 'too-large':
        return `الملف أكبر من ${e.limit / MB} ميغابايت ولم تتم قراءته.`;
      case 'not-an-assessment':
        return e.workspace
          ? 'هذا ليس تقييمًا من SSC Workbench ولا ملف مساحة عمل.'
          : 'هذا ليس تقييمًا من SSC Workbench (المتوقع "format": "ssc-workbench/assessment").';
      case 'newer-version':
        return e.workspace
          ? `كُتبت مساحة العمل هذه بإصدار أحدث من منصة العمل (إصدار التنسيق ${e.version}؛ يقرأ هذا التطبيق حتى ${e.max}). حدّث التطبيق لفتحها.`
          : `كُتب هذا التقييم بإصدار أحدث من منصة العمل (إصدار التنسيق ${e.version}؛ يقرأ هذا التطبيق حتى ${e.max}). حدّث التطبيق لفتحه.`;
      case 'wrong-framework':
        return `يستخدم التقييم الإطار «${quote(e.framework)}»، وليس «${e.expected}».`;
      case 'invalid':
        return `في التقييم ${c(e.problems.length, PROBLEMS)}.`;
      case 'none-read':
        return `تعذّرت قراءة أي تقييم في ملف مساحة العمل (المرفوض: ${e.refused.length}).`;
    }
  },
};
