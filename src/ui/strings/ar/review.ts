/** Arabic words of the U4SSC cycle: review, queries, evidence, freezing, recommendations (the English `V` in ../review.ts is the contract). */
import type { CycleConflict } from '../../../engine/cycle-merge';
import type { ActionStatus, RecScope, ReviewProblem, ReviewState, ThreadKind } from '../../../engine/review';
import { plural, type PluralForms, type Translation } from '../languages';
import type { V as EN } from '../review';

const p = plural('ar');
const c = (n: number, forms: PluralForms) => p(n, forms).replace('{n}', String(n));
const DATAPOINTS: PluralForms = {
  zero: 'لا نقاط بيانات',
  one: 'نقطة بيانات واحدة',
  two: 'نقطتا بيانات',
  few: '{n} نقاط بيانات',
  many: '{n} نقطة بيانات',
  other: '{n} نقطة بيانات',
};
const QUERIES: PluralForms = {
  zero: 'لا استفسارات مفتوحة',
  one: 'استفسار مفتوح واحد',
  two: 'استفساران مفتوحان',
  few: '{n} استفسارات مفتوحة',
  many: '{n} استفسارًا مفتوحًا',
  other: '{n} استفسار مفتوح',
};

const STATE: Record<ReviewState, string> = {
  draft: 'مسودة',
  submitted: 'مُقدَّمة',
  queried: 'مُستفسَر عنها',
  answered: 'مُجاب عنها',
  verified: 'مُتحقَّق منها',
  'not-verifiable': 'غير قابلة للتحقق',
};

const MOVE: Record<ReviewState, string> = {
  draft: 'إعادة إلى مسودة',
  submitted: 'تقديم للمراجعة',
  queried: 'استفسار',
  answered: 'إجابة',
  verified: 'تحقّق',
  'not-verifiable': 'غير قابلة للتحقق…',
};

const THREAD: Record<ThreadKind, string> = { question: 'سؤال', answer: 'إجابة', resolution: 'حل' };
const ACTION_STATUS: Record<ActionStatus, string> = { planned: 'مخطط له', 'in-progress': 'قيد التنفيذ', done: 'منجز', dropped: 'ملغى' };
const SCOPE: Record<RecScope, string> = { datapoint: 'نقطة البيانات', category: 'الفئة الموضوعية', dimension: 'البُعد' };

export const V: Translation<typeof EN> = {
  state: (s) => STATE[s],
  move: (s) => MOVE[s],
  stale: 'تغيّرت منذ التحقق',
  staleState: 'مُقدَّمة (تغيّرت منذ التحقق)',
  unfoundedState: 'مُقدَّمة (تم التحقق دون قيمة صالحة)',
  openQuery: 'استفسار مفتوح',
  stampLine: (state, by, when) => `${state} · ${by} · ${when}`,
  reviewColumn: 'المراجعة',
  filterUnverified: 'لم يُتحقق منها بعد',
  filterOpenQueries: 'استفسارات مفتوحة',
  problem: (pb: ReviewProblem): string => {
    switch (pb.kind) {
      case 'not-allowed':
        return `لا يمكن لنقطة بيانات في حالة «${STATE[pb.from]}» أن تنتقل إلى حالة «${STATE[pb.to]}».`;
      case 'reason-required':
        return 'اذكر لماذا لا يمكن التحقق من القيمة.';
      case 'text-required':
        return pb.to === 'queried' ? 'اكتب السؤال أولًا: الاستفسار هو كلماته، لا مجرد حالة.' : 'اكتب الجواب أولًا: الجواب هو كلماته، لا مجرد حالة.';
      case 'no-valid-value':
        return pb.standing === 'rejected'
          ? 'قيمة نقطة البيانات هذه مرفوضة (انظر تنبيهاتها): صحّحها، أو اوسمها بأنها غير مُبلَّغ عنها أو غير منطبقة، قبل تقديمها أو التحقق منها.'
          : 'لا تحمل نقطة البيانات هذه قيمة بعد: أدخل قيمة، أو اوسمها بأنها غير مُبلَّغ عنها أو غير منطبقة، قبل تقديمها أو التحقق منها.';
      case 'self-verify':
        return `قدّم ${pb.by} هذه القيمة أو كان آخر من غيّرها. للتحقق منها بالاسم نفسه استخدم «التحقق من قيمتي»: يعدّها التقرير على حدة.`;
      case 'no-name':
        return 'اكتب اسمك أولًا: كل خطوة مراجعة تُوقَّع به.';
    }
  },

  nameLabel: 'اسمك',
  nameHint: 'يوقّع كل خطوة مراجعة وكل سؤال وإجابة. يُكتب مرة واحدة ويُحفظ في هذا المتصفح فقط.',
  nameSave: 'حفظ الاسم',
  nameSaved: (name) => `التوقيع باسم ${name}.`,
  nameChange: 'تغيير',

  panelTitle: 'المراجعة',
  panelEmpty: 'حدّد نقطة بيانات في الجدول لمراجعتها.',
  currentState: 'الحالة',
  reasonLabel: 'لماذا لا يمكن التحقق منها',
  confirmNotVerifiable: 'وسمها بأنها غير قابلة للتحقق',
  selfVerify: 'التحقق من قيمتي',
  cancel: 'إلغاء',
  threadTitle: 'الاستفسارات',
  threadEmpty: 'لا استفسار عن نقطة البيانات هذه.',
  threadKind: (k) => THREAD[k],
  threadEntry: (kind, by, when) => `${THREAD[kind]} · ${by} · ${when}`,
  newEntry: 'اكتب سؤالًا أو إجابة أو حلًّا',
  ask: 'اسأل (استفسار)',
  answer: 'أجب',
  resolve: 'احسم',
  emptyText: 'اكتب النص أولًا.',
  versionLabel: (n) => `الإصدار ${n}`,
  versionOpen: 'غير مُجمَّد',
  versionFrozen: (by) => `جمّده ${by}`,
  versionVerified: (by) => `مُتحقَّق منه، جمّده ${by}`,
  versionParent: (print) => `إصدار جديد من ${print}…`,
  versionOrigin: (kind, name, when, signer) =>
    `${kind === 'file' ? `مستورد من ${name}` : kind === 'link' ? 'مفتوح من رابط' : `مدمج مع ${name}`} في ${when}${signer ? `، وقّعه ${signer}` : ''}`,
  versionChanged: (when) => `عُدِّل في ${when}`,
  annexChangedTitle: 'قيم عُدِّلت بعد تقديمها، مع سجلها',
  historyTitle: 'سجل هذه القيمة',
  historyEmpty: 'لم يُسجَّل أي تغيير بعد: تُسجَّل القيم وخطوات المراجعة حين تُجرى.',
  historyValue: (value, by, when) => `القيمة ${value} · ${by} · ${when}`,
  historyStep: (st, by, when) => `${STATE[st]} · ${by} · ${when}`,
  historySelf: 'قيمته هو',
  historyEmptied: 'أُفرغت',
  historyNoName: 'بلا اسم',
  historyDropped: (n, limit) => `لم يُحتفظ بـ ${n} من الإدخالات الأقدم: يُحتفظ بآخر ${limit}.`,
  frozenNoEdit: 'هذا التقييم مُجمَّد: لا يمكن تغييره. ابدأ نسخة جديدة للتعديل.',
  frozenRefused: 'هذا التقييم مُجمَّد: رُفض التغيير ولم يُحفَظ شيء؛ وأُعيد عرض القيم المُجمَّدة. ابدأ نسخة جديدة للتعديل.',

  evidenceTitle: 'الأدلة',
  evidenceEmpty: 'لا مستند مُشار إليه بعد.',
  evidenceFields: { title: 'العنوان', location: 'الرابط أو اسم الملف', page: 'الصفحة', date: 'التاريخ' },
  evidenceAdd: 'إضافة مرجع',
  evidenceRemove: (title) => `إزالة المرجع: ${title}`,
  evidenceNeedsTitle: 'أعطِ المرجع عنوانًا.',
  evidenceLine: (title, location, page, date) => [title, location, page ? `ص. ${page}` : '', date].filter(Boolean).join(' · '),
  evidenceNote: 'تنتقل المراجع مع التقييم في الملفات والروابط؛ أما المستندات نفسها فلا تُرسَل.',

  viewTitle: 'المراجعة',
  viewIntro:
    'أين وصلت مراجعة هذا التقييم: كل نقطة بيانات منطبقة مع حالتها، والاستفسارات المفتوحة وما لم يُتحقق منه بعد، حسب الفئة الموضوعية. افتح نقطة بيانات لمراجعتها بجوار الجدول.',
  countsTitle: 'نقاط البيانات حسب حالة المراجعة',
  countsCaption: 'حالات مراجعة نقاط البيانات المنطبقة',
  stateCol: 'الحالة',
  countCol: 'نقاط البيانات',
  submitAll: (n) => `تقديم كل المسودات (${n}) للمراجعة`,
  notSubmittable: (empty, rejected) => `لم تُقدَّم، مُدرجة هنا أولًا: فارغة ${empty}، مرفوضة ${rejected}.`,
  submitted: (n) => `قُدِّمت ${c(n, DATAPOINTS)} للمراجعة.`,
  openQueriesTitle: (n) => `استفسارات مفتوحة (${n})`,
  openQueriesNone: 'لا استفسار مفتوح.',
  unverifiedTitle: (n) => `لم يُتحقق منها بعد (${n})`,
  unverifiedNone: 'كل نقطة بيانات منطبقة مُتحقَّق منها أو موسومة بأنها غير قابلة للتحقق.',
  categoryCount: (code, name, n) => `${code} ${name} (${n})`,
  open: (label) => `افتح ${label} في الجدول`,
  lastQuestion: 'آخر سؤال',

  freezeTitle: 'التجميد والبصمة',
  freezeHint:
    'يجعل التجميدُ هذا التقييم للقراءة فقط ويسجّل بصمته (SHA-256 لبياناته) ليتمكن أي شخص من التأكد أن ملفًا ما هو نفسه الذي جرى التحقق منه. التعديل بعد ذلك يبدأ نسخة جديدة تسجّل هذه النسخة أصلًا لها.',
  freeze: 'جمّد هذا التقييم',
  freezeSummary: (verified, unverified, rejected, open) =>
    `تم التحقق: ${verified}. لم يُتحقق منها: ${unverified}. قيم مرفوضة: ${rejected}. استفسارات مفتوحة: ${open}.`,
  freezeAsk: 'هل تُجمّد بهذا الملخص؟ لا يمكن تغيير تقييم مُجمَّد؛ ويمكن تغيير نسخة جديدة منه.',
  freezeConfirm: 'جمّد الآن',
  frozen: (by, when) => `جمّده ${by} في ${when}.`,
  newVersion: 'ابدأ نسخة جديدة للتعديل',
  newVersionMade: (name) => `بدأت نسخة جديدة: ${name}.`,
  parentLine: (fp) => `بدأت من النسخة المجمّدة ذات البصمة ${fp}.`,
  fingerprint: 'البصمة (SHA-256)',
  fingerprintMatches: 'البصمة مطابقة: يحتوي هذا الملف على البيانات المجمّدة نفسها تمامًا.',
  fingerprintDiffers: 'البصمة غير مطابقة: تغيّر هذا الملف بعد تجميده.',
  fingerprintCoversData: 'صُنعت هذه البصمة قبل أن تشمل التجميد نفسه: تضمن البيانات، لا من جمّدها ولا متى ولا النسخة الأصل.',
  fingerprintOf: (name) => `الملف المجمّد ${name}:`,

  statementTitle: 'بيان التحقق',
  statement: (verified, total) => `تم التحقق من ${verified} من أصل ${total} من نقاط البيانات.`,
  statementBy: (names) => `تحقّق منها ${names}`,
  statementWhen: (from, to) => (from === to ? `في ${from}.` : `بين ${from} و${to}.`),
  statementNone: 'لم يُتحقق من أي نقطة بيانات.',
  statementNotVerifiable: (n) => `غير قابلة للتحقق: ${n}.`,
  statementOpen: (n) => `${c(n, QUERIES)} (الملحق).`,
  statementConfirmed: (n) => `منها ما أُكِّد أنه غير مُبلَّغ عنه أو غير منطبق: ${n}.`,
  statementSelf: (n) => `منها ما تحقق منه الاسم الذي قدّمه: ${n}.`,
  notFrozen: 'هذا التقييم غير مجمّد: قد تتغير بياناته.',
  annexTitle: 'ملحق: الاستفسارات المفتوحة',
  reviewCol: 'المراجعة',
  detailCols: { datapoint: 'نقطة البيانات', state: 'الحالة', by: 'بواسطة', when: 'متى', question: 'السؤال', reason: 'السبب' },

  recsTitle: 'التوصيات والإجراءات',
  recsHint: 'يوصي المُحقِّق لكل نقطة بيانات أو فئة موضوعية أو بُعد؛ وتحوّل المدينة التوصيات إلى إجراءات.',
  scope: (s) => SCOPE[s],
  recScope: 'تنطبق على',
  recTarget: 'أيّها',
  recText: 'التوصية',
  recAdd: 'إضافة توصية',
  recNone: 'لا توصية بعد.',
  recLine: (scope, target, by, when) => `${scope} ${target} · ${by} · ${when}`,
  actionFromRec: 'حوّلها إلى إجراء',
  actionsTitle: 'خطة العمل',
  actionNone: 'لا إجراء بعد.',
  actionFields: {
    title: 'الإجراء',
    owner: 'المسؤول',
    deadline: 'الموعد النهائي',
    status: 'الحالة',
    datapoints: 'نقاط البيانات التي ينبغي أن يحسّنها',
    band: 'الفئة المستهدفة',
  },
  actionAdd: 'إضافة إجراء',
  actionStatus: (s) => ACTION_STATUS[s],
  actionRemove: (title) => `إزالة الإجراء: ${title}`,
  actionNeedsTitle: 'سمِّ الإجراء.',
  noBand: 'غير محددة',
  band: (n) => `الفئة ${n}`,
  unknownCodes: (codes) => `ليست نقطة بيانات: ${codes}.`,
  pickHint: 'اكتب جزءًا من اسم أو رمز، ثم اختر بالسهمين ↓ ↑ ومفتاح الإدخال.',
  pickNone: 'لا توجد نتائج مطابقة.',
  pickCount: (n) => `النتائج المطابقة: ${n}.`,
  pickRemove: (code) => `إزالة ${code}`,
  reviewFind: 'فتح نقطة بيانات',
  carried: (year) => `مُرحَّل من ${year}`,
  progressTitle: 'الإجراءات المُرحَّلة من العام الماضي',
  progressCols: { action: 'الإجراء', status: 'الحالة', datapoint: 'نقطة البيانات', before: 'العام الماضي', now: 'هذا العام', change: 'التغيّر' },

  conflict: (cf: CycleConflict, label: (id: string) => string): string => {
    switch (cf.kind) {
      case 'review-dropped':
        return `${label(cf.id)}: كان تحقق ${cf.dropped.by} من قيمة استبدلها الدمج؛ لم يعد يُحتسب.`;
      case 'future-stamp':
        return `${label(cf.id)}: خطوة مراجعة من ${cf.stamp.by} مؤرخة في المستقبل؛ رُفضت.`;
      case 'one-side':
        return `${label(cf.id)}: الدليل «${cf.title}» موجود في الجانب ${cf.side === 'a' ? 'أ' : 'ب'} فقط (أُضيف هناك أو حُذف من الجانب الآخر)؛ احتُفظ به.`;
      case 'same-time':
        return `${cf.what === 'action' ? 'الإجراء' : 'التوصية'} ${cf.id} تغيّر على الجانبين في الوقت نفسه؛ احتُفظ بنسخة الجانب أ.`;
    }
  },
  mergeRules:
    'تُدمَج حالات المراجعة والاستفسارات والأدلة والتوصيات والإجراءات وفق قواعد: تُحفظ مدخلات الاستفسار من الجانبين؛ وتغلب خطوة المراجعة الأحدث، لكن التحقق لا يُحتسب إلا إذا كانت القيمة التي تحقق منها هي القيمة المدمجة؛ ويغلب التغيير الأحدث للإجراء.',
};
