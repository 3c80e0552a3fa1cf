/** Chinese words for saving, storage problems and other tabs (the English `D` in ../saving.ts is the contract). */
import type { Translation } from '../languages';
import type { D as EN } from '../saving';

export const D: Translation<typeof EN> = {
  saved: '所有更改已保存在此浏览器中。',
  saving: (n) => `正在保存 ${n} 项更改…`,
  memory: '仅保存在此标签页中：此浏览器不允许工作台存储数据。关闭标签页前请导出。',
  notSaved: (atRisk, why) => (atRisk > 0 ? `未保存：${atRisk} 项更改只保存在此标签页中。${why}` : `未保存。${why}`),

  problem(pb) {
    switch (pb.kind) {
      case 'quota':
        return '浏览器已没有为本网站留出的存储空间：请立即导出评估。';
      case 'newer-version':
        return '此评估由更新版本的工作台保存。请重新加载页面以更新应用；没有任何内容被覆盖。';
      case 'missing':
        return '此评估已不在此浏览器中（已在另一个标签页中删除）：请立即导出以保留您的工作。';
      case 'damaged':
        return `此评估的存储副本已损坏（${D.damage!(pb.reason)}）。请打开评估列表导出其原始数据或修复。`;
      case 'closed':
        return '更新版本的工作台已在另一个标签页中接管存储。请重新加载此标签页：此处输入的所有更改都会保留。';
      case 'frozen':
        return '此评估已冻结：未在其上保存任何内容。如需编辑，请新建一个版本。';
      case 'conflict':
        return '尚未保存到评估中：每次此标签页尝试保存时，另一个标签页都已先保存了它。您的更改保存在此浏览器的日志中（重新加载后仍在），并显示在另一个标签页的副本之上；稍后将重试保存。';
      case 'failed':
        return `浏览器拒绝存储数据（${pb.name}）。请立即导出评估。`;
    }
  },

  damage(reason) {
    switch (reason) {
      case 'not-an-object':
        return '不是评估';
      case 'no-id':
        return '无标识符';
      case 'no-values':
        return '无数值';
      case 'no-profile':
        return '无城市概况';
      case 'bad-revision':
        return '修订号超出范围';
      case 'bad-date':
        return '日期超出范围';
      case 'bad-text':
        return '城市、国家、年份或备注类型错误';
      case 'bad-field':
        return '其他字段类型错误';
    }
  },

  memoryReason(reason) {
    switch (reason) {
      case 'unavailable':
        return '此浏览器不允许工作台存储数据（隐私模式或存储已禁用）。';
      case 'timeout':
        return '浏览器的存储在 10 秒内没有响应。';
    }
  },

  recovered: (n) => `已恢复页面上次关闭前输入的 ${n} 项更改。`,
  setAside: (items) => `未恢复：日志中剩余的 ${items.length} 项更改无法应用，已放在一旁；评估未因此改变：${items.join('；')}。`,
  setAsideItem: (where, why) =>
    `${where}（${why === 'unreadable' ? '不是工作台能读取的更改' : why === 'too-long' ? '文本超过长度限制' : why === 'frozen' ? '评估已冻结' : '评估无法容纳的值'}）`,
  setAsideUnknown: '无法读取的条目',
  lost: (items) => `另一个标签页替换了您输入的值：${items.join('；')}。`,
  lostItem: (where, mine, theirs) => `${where}：您的“${mine}”，现在为“${theirs}”`,
  putMineBack: '恢复我的值',
  dismiss: '关闭',
  replacedOrChanged: '此评估已在另一个标签页中被更改或被导入替换；现显示已存储的版本，并叠加您未保存的编辑。',
  readOnlyReplaced: '此标签页已暂停编辑：更新版本的工作台已接管存储。请重新加载以继续工作；已输入的所有更改都会保留。',

  updateActivated: '另一个标签页已启用工作台的新版本。准备好后请重新加载此标签页：您输入的一切都会保留。',

  leaveUnsaved: (n) => `有 ${n} 项更改未存储在此浏览器中。除非先导出评估，否则现在离开将丢失这些更改。`,
  exportAndLeave: '导出后离开',
  leaveAnyway: '不保存直接离开',
  stay: '留下',

  tooLong: (what, limit) => `${what}：最多 ${limit} 个字符；该文本未存储。`,

  backupWithDamaged: (items) => `备份中还按原样包含 ${items.length} 个已损坏的评估；导入时需先修复才能读取：${items.join('；')}。`,
  backupLeftOut: (items) => `未包含在备份中，因为无法写入文件：${items.join('；')}。`,
  damagedTitle: '已损坏的评估',
  damagedHint: '这些存储行无法按原样打开。请导出原始数据以保留、尝试修复，或删除该行。',
  damagedRow: (label, reason) => `${label || '未命名'}：${D.damage!(reason)}`,
  exportRaw: '导出原始 JSON',
  repair: '修复',
  repaired: (label) => `已修复 ${label}。`,
  repairFailed: (problem) => `无法修复：${problem}`,
  deleteRow: '删除该行',

  refusedTitle: (n) => `文件中有 ${n} 项评估无法读取，未导入：`,
  refusedItem: (position, label, why) => `#${position}${label ? ` ${label}` : ''}：${why}`,
  readNotes: (n) => `读取文件时的 ${n} 条说明：`,
};
