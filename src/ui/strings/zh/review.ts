/** Chinese words of the U4SSC cycle: review, queries, evidence, freezing, recommendations (the English `V` in ../review.ts is the contract). */
import type { CycleConflict } from '../../../engine/cycle-merge';
import type { ActionStatus, RecScope, ReviewProblem, ReviewState, ThreadKind } from '../../../engine/review';
import type { Translation } from '../languages';
import type { V as EN } from '../review';

const STATE: Record<ReviewState, string> = {
  draft: '草稿',
  submitted: '已提交',
  queried: '已提问',
  answered: '已答复',
  verified: '已核实',
  'not-verifiable': '无法核实',
};

const MOVE: Record<ReviewState, string> = {
  draft: '撤回为草稿',
  submitted: '提交审核',
  queried: '提问',
  answered: '答复',
  verified: '核实',
  'not-verifiable': '无法核实…',
};

const THREAD: Record<ThreadKind, string> = { question: '问题', answer: '答复', resolution: '解决' };
const ACTION_STATUS: Record<ActionStatus, string> = { planned: '已计划', 'in-progress': '进行中', done: '已完成', dropped: '已放弃' };
const SCOPE: Record<RecScope, string> = { datapoint: '数据点', category: '类别', dimension: '维度' };

export const V: Translation<typeof EN> = {
  state: (s) => STATE[s],
  move: (s) => MOVE[s],
  stale: '核实后已更改',
  staleState: '已提交（核实后已更改）',
  unfoundedState: '已提交（核实时无有效值）',
  openQuery: '未解决的问题',
  stampLine: (state, by, when) => `${state} · ${by} · ${when}`,
  reviewColumn: '审核',
  filterUnverified: '尚未核实',
  filterOpenQueries: '未解决的问题',
  problem: (p: ReviewProblem): string => {
    switch (p.kind) {
      case 'not-allowed':
        return `处于“${STATE[p.from]}”状态的数据点不能变为“${STATE[p.to]}”。`;
      case 'reason-required':
        return '请说明该数值为何无法核实。';
      case 'text-required':
        return p.to === 'queried' ? '请先填写问题：问询就是它的文字，而不只是一个状态。' : '请先填写答复：答复就是它的文字，而不只是一个状态。';
      case 'no-valid-value':
        return p.standing === 'rejected'
          ? '此数据点的值被拒绝（见其标记）：请先更正，或将其标记为未报告或不适用，再提交或核实。'
          : '此数据点尚无值：请先输入一个值，或将其标记为未报告或不适用，再提交或核实。';
      case 'self-verify':
        return `${p.by} 提交了或最后修改了此值。如要以同一姓名核实，请使用“核实我自己的值”：报告会单独计数。`;
      case 'no-name':
        return '请先输入您的姓名：每一步审核都以它署名。';
    }
  },

  nameLabel: '您的姓名',
  nameHint: '为每一步审核、提问和答复署名。只需输入一次，仅保存在此浏览器中。',
  nameSave: '保存姓名',
  nameSaved: (name) => `以 ${name} 的身份署名。`,
  nameChange: '更改',

  panelTitle: '审核',
  panelEmpty: '在表格中选择一个数据点进行审核。',
  currentState: '状态',
  reasonLabel: '无法核实的原因',
  confirmNotVerifiable: '标记为无法核实',
  selfVerify: '核实我自己的值',
  cancel: '取消',
  threadTitle: '问题',
  threadEmpty: '此数据点没有问题。',
  threadKind: (k) => THREAD[k],
  threadEntry: (kind, by, when) => `${THREAD[kind]} · ${by} · ${when}`,
  newEntry: '写下问题、答复或解决说明',
  ask: '提问',
  answer: '答复',
  resolve: '解决',
  emptyText: '请先填写文本。',
  versionLabel: (n) => `版本 ${n}`,
  versionOpen: '未冻结',
  versionFrozen: (by) => `由 ${by} 冻结`,
  versionVerified: (by) => `已核实，由 ${by} 冻结`,
  versionParent: (print) => `${print}… 的新版本`,
  versionOrigin: (kind, name, when, signer) =>
    `${when} ${kind === 'file' ? `从 ${name} 导入` : kind === 'link' ? '从链接打开' : `与 ${name} 合并`}${signer ? `，签署人 ${signer}` : ''}`,
  versionChanged: (when) => `修改于 ${when}`,
  annexChangedTitle: '提交后被修改的值及其历史',
  historyTitle: '此值的历史',
  historyEmpty: '尚未记录任何更改：值和审核步骤在发生时即被记录。',
  historyValue: (value, by, when) => `值 ${value} · ${by} · ${when}`,
  historyStep: (st, by, when) => `${STATE[st]} · ${by} · ${when}`,
  historySelf: '自己的值',
  historyEmptied: '已清空',
  historyNoName: '未填写姓名',
  historyDropped: (n, limit) => `${n} 条较早的记录未保留：只保留最后 ${limit} 条。`,
  frozenNoEdit: '此评估已冻结，不能更改。如需编辑，请新建一个版本。',
  frozenRefused: '此评估已冻结：更改被拒绝，未保存任何内容；已重新显示冻结的值。如需编辑，请新建一个版本。',

  evidenceTitle: '证明材料',
  evidenceEmpty: '尚未引用任何文件。',
  evidenceFields: { title: '标题', location: 'URL 或文件名', page: '页码', date: '日期' },
  evidenceAdd: '添加引用',
  evidenceRemove: (title) => `删除引用：${title}`,
  evidenceNeedsTitle: '请为引用填写标题。',
  evidenceLine: (title, location, page, date) => [title, location, page ? `第 ${page} 页` : '', date].filter(Boolean).join(' · '),
  evidenceNote: '引用随评估一起保存在文件和链接中；文件本身不会被发送。',

  viewTitle: '审核',
  viewIntro: '此评估的审核进展：每个适用数据点及其状态、未解决的问题以及尚未核实的内容，按类别列出。打开一个数据点，即可在表格旁审核。',
  countsTitle: '按审核状态统计的数据点',
  countsCaption: '适用数据点的审核状态',
  stateCol: '状态',
  countCol: '数据点',
  submitAll: (n) => `将全部 ${n} 个草稿提交审核`,
  notSubmittable: (empty, rejected) => `未提交，先列于此：空 ${empty}，被拒绝 ${rejected}。`,
  submitted: (n) => `已提交 ${n} 个数据点供审核。`,
  openQueriesTitle: (n) => `未解决的问题（${n}）`,
  openQueriesNone: '没有未解决的问题。',
  unverifiedTitle: (n) => `尚未核实（${n}）`,
  unverifiedNone: '每个适用数据点都已核实或标记为无法核实。',
  categoryCount: (code, name, n) => `${code} ${name}（${n}）`,
  open: (label) => `在表格中打开 ${label}`,
  lastQuestion: '最新问题',

  freezeTitle: '冻结并生成指纹',
  freezeHint:
    '冻结会使此评估变为只读，并记录其指纹（数据的 SHA-256），任何人都可以据此确认某个文件正是经过核实的那一个。此后再编辑将新建一个版本，并把此版本记录为其父版本。',
  freeze: '冻结此评估',
  freezeSummary: (verified, unverified, rejected, open) => `已核实：${verified}。未核实：${unverified}。被拒绝的值：${rejected}。未解决的问题：${open}。`,
  freezeAsk: '按此摘要冻结吗？冻结的评估不能更改；其新版本可以。',
  freezeConfirm: '立即冻结',
  frozen: (by, when) => `由 ${by} 于 ${when} 冻结。`,
  newVersion: '新建版本以编辑',
  newVersionMade: (name) => `已新建版本：${name}。`,
  parentLine: (fp) => `基于指纹为 ${fp} 的冻结版本创建。`,
  fingerprint: '指纹（SHA-256）',
  fingerprintMatches: '指纹一致：此文件所含数据与冻结时完全相同。',
  fingerprintDiffers: '指纹不一致：此文件在冻结后被修改过。',
  fingerprintCoversData: '此指纹产生于其涵盖冻结本身之前：它担保数据，但不担保冻结者、冻结时间或父版本。',
  fingerprintOf: (name) => `冻结文件 ${name}：`,

  statementTitle: '核实声明',
  statement: (verified, total) => `${total} 个数据点中已核实 ${verified} 个。`,
  statementBy: (names) => `核实人：${names}`,
  statementWhen: (from, to) => (from === to ? `日期：${from}。` : `时间：${from} 至 ${to}。`),
  statementNone: '尚无数据点被核实。',
  statementNotVerifiable: (n) => `${n} 个无法核实。`,
  statementOpen: (n) => `${n} 个未解决的问题（见附录）。`,
  statementConfirmed: (n) => `其中确认为未报告或不适用：${n}。`,
  statementSelf: (n) => `其中由提交者本人核实：${n}。`,
  notFrozen: '此评估未冻结：其数据仍可能更改。',
  annexTitle: '附录：未解决的问题',
  reviewCol: '审核',
  detailCols: { datapoint: '数据点', state: '状态', by: '人员', when: '时间', question: '问题', reason: '原因' },

  recsTitle: '建议与行动',
  recsHint: '核实人按数据点、类别或维度提出建议；城市将建议转化为行动。',
  scope: (s) => SCOPE[s],
  recScope: '适用于',
  recTarget: '对象',
  recText: '建议',
  recAdd: '添加建议',
  recNone: '尚无建议。',
  recLine: (scope, target, by, when) => `${scope} ${target} · ${by} · ${when}`,
  actionFromRec: '将其转为行动',
  actionsTitle: '行动计划',
  actionNone: '尚无行动。',
  actionFields: { title: '行动', owner: '负责人', deadline: '截止日期', status: '状态', datapoints: '应推动的数据点', band: '目标等级' },
  actionAdd: '添加行动',
  actionStatus: (s) => ACTION_STATUS[s],
  actionRemove: (title) => `删除行动：${title}`,
  actionNeedsTitle: '请为行动命名。',
  noBand: '未说明',
  band: (n) => `等级 ${n}`,
  unknownCodes: (codes) => `不是数据点：${codes}。`,
  pickHint: '输入名称或代码的一部分，然后用 ↓ ↑ 和回车键选择。',
  pickNone: '没有匹配项。',
  pickCount: (n) => `匹配项：${n}。`,
  pickRemove: (code) => `移除 ${code}`,
  reviewFind: '打开数据点',
  carried: (year) => `沿用自 ${year} 年`,
  progressTitle: '从去年沿用的行动',
  progressCols: { action: '行动', status: '状态', datapoint: '数据点', before: '去年', now: '今年', change: '变化' },

  conflict: (c: CycleConflict, label: (id: string) => string): string => {
    switch (c.kind) {
      case 'review-dropped':
        return `${label(c.id)}：${c.dropped.by} 的核实针对的是合并时被替换的数值，因此不再有效。`;
      case 'future-stamp':
        return `${label(c.id)}：${c.stamp.by} 的一个审核步骤日期在未来；已被拒绝。`;
      case 'one-side':
        return `${label(c.id)}：证据“${c.title}”仅在 ${c.side === 'a' ? 'A' : 'B'} 方（在该方添加，或在另一方被删除）；已保留。`;
      case 'same-time':
        return `${c.what === 'action' ? '行动' : '建议'} ${c.id} 在双方同时被修改；保留 A 方的版本。`;
    }
  },
  mergeRules:
    '审核状态、问题、证明材料、建议和行动按规则合并：双方的问题记录都保留；较晚的审核步骤优先，但只有当其核实的数值就是合并后的数值时，核实才有效；行动以较晚的修改为准。',
};
