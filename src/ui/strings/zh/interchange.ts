/** Chinese words of export, share links, import and compare (the English `X` in ../interchange.ts is the contract). */
import type { Translation } from '../languages';
import type { X as EN } from '../interchange';
import type { DecimalChoice } from '../../../engine/csv';
import type { LinkError } from '../../../share/link';

const MB = 1024 * 1024;

/** Why a share link did not open, in words (every kind of LinkError, as in English). */
function linkProblem(error: LinkError): string {
  switch (error.kind) {
    case 'malformed':
      return '此链接已损坏或不完整：可能在复制时被截断。';
    case 'not-a-link':
      return '这不是 SSC Workbench 共享链接。';
    case 'needs-passphrase':
      return '此链接受口令保护。';
    case 'cannot-decrypt':
      return error.mode === 'passphrase' ? '口令错误，或链接已被更改。' : '链接已被更改或截断：无法打开。';
    case 'too-long':
      return `此链接比工作台生成的任何链接都长（${error.limit} 个字符）；未打开。`;
    case 'too-large':
      return `该链接解压后超过 ${error.limit / MB} MB；已拒绝。`;
  }
}

export const X: Translation<typeof EN> = {
  exportTitle: '导出与共享',
  exportHelp: '文件在此浏览器中生成并由其保存；不会上传任何内容。',
  exportJson: '评估 JSON',
  exportJsonHint: '完整、精确：用于备份、迁移到另一个浏览器或发送给同事的文件。',
  exportCsv: '数值 CSV',
  exportCsvHint: '每个数据点一行，供电子表格或其他工具使用。',
  exportXlsx: 'Excel (.xlsx)',
  exportXlsxHint: '数值及其结果（目标、分数、等级）、得分及其覆盖率、城市概况以及目标及其依据，组成一个 Excel 工作簿。可按其中的数值重新导入。',
  workbook: {
    sheets: { Values: '数值', Scores: '得分', Profile: '概况', Targets: '目标' },
    columns: {
      level: '层级',
      code: '代码',
      name: '名称',
      percent: '百分比',
      band: '等级',
      points: '分数',
      'max points': '最高分',
      reported: '已填报',
      benchmarked: '有基准',
      expected: '应有',
      field: '字段',
      label: '标签',
      unit: '单位',
      value: '数值',
      datapoint: '数据点',
      target: '目标',
      origin: '来源类型',
      rationale: '依据',
      source: '来源',
      basis: '基础',
      'own target': '自定目标',
      'own deadline': '自定期限',
      'own baseline': '自定基线',
      'own baseline year': '自定基线年份',
      'scored by': '评分依据',
    },
  },
  exportScores: '得分表 (CSV)',
  exportScoresHint: '每个数据点和每项得分（总体、维度、子维度、类别）一行，包含达成度、分数、等级和覆盖率，供 R、pandas 或 DuckDB 使用。',
  exportScoresParquet: '得分表 (Parquet)',
  exportScoresParquetHint: '带列类型的得分表，Apache Parquet 格式：供 DuckDB、pandas、R (arrow) 或 polars 处理整个项目。',
  exportTargets: '目标文件 (CSV)',
  exportTargetsHint: '现行目标：为此评估设定的目标，否则为参考目标。',
  exportSdmxCsv: 'SDMX-CSV',
  exportSdmxCsvHint:
    '按 U4SSC 数据结构（sdmx/u4ssc-structure.xml）每个数据点一条观测值，供统计机构的 SDMX 工具使用。“未报告”和“不适用”是状态，绝不是零。可按其中的数值重新导入。',
  exportSdmxMl: 'SDMX-ML (XML)',
  exportSdmxMlHint: '相同的观测值，以 SDMX-ML 2.1 结构特定数据格式，供 SDMX 注册库和验证工具使用。',
  exportDhis2Values: 'DHIS2 数据值 (JSON)',
  exportDhis2ValuesHint:
    '按代码（idScheme=CODE）的数据值集，供收集 U4SSC 数据的 DHIS2 实例使用；状态、质量、年份和来源写在每个值的注释中。可按其中的数值重新导入。',
  exportDhis2Metadata: 'DHIS2 元数据 (JSON)',
  exportDhis2MetadataHint: 'U4SSC 数据元素、其数据点类别和数据集，在导入数据值之前向 DHIS2 导入一次。',
  exportOpenSdg: 'Open SDG (zip)',
  exportOpenSdgHint:
    '按 Open SDG 数据布局（Year、City、Series、Units、GeoCode、Value）每个 KPI 一个 CSV 及其元数据，供城市的 Open SDG 网站使用。可按其发布的数值重新导入。',
  exportAll: '全部下载 (zip)',
  exportAllHint: '以上所有导出文件打包为一个 zip，并附 SDMX 数据结构。',
  libraryAll: '所有格式（zip）',
  libraryAllHint: '所有评估的全部导出文件打包为一个 zip，每项评估一个文件夹。',
  libraryAllWriting: (done, of) => `正在写入 zip：${done} / ${of} 项评估…`,
  libraryAllDone: (n) => `已下载包含 ${n} 项评估的 zip。`,
  exportShare: '共享链接…',
  exportShareHint: '在另一个浏览器中打开此评估的加密链接。',
  preparing: '正在准备…',
  saved: (file) => `已保存 ${file}。`,
  exportFailed: (message) => `无法生成文件：${message}`,

  shareTitle: '共享链接',
  shareModeLegend: '链接的保护方式',
  shareModeKey: '密钥在链接中',
  shareModeKeyHint: '任何拥有完整链接的人都能打开。简单，适用于可信渠道。',
  shareModePassphrase: '口令',
  shareModePassphraseHint: '仅有链接不够：请另行告知口令（电话或当面）。',
  passphrase: '口令',
  passphraseConfirm: '再次输入口令',
  passphraseTooShort: (min) => `请使用至少 ${min} 个字符的口令。`,
  passphraseMismatch: '两次输入的口令不一致。',
  createLink: '创建链接',
  creatingLink: '正在加密…',
  linkLabel: '要共享的链接',
  copy: '复制',
  copied: '已复制到剪贴板。',
  copyManually: '此处不允许复制：链接已选中，请按 Ctrl+C（Mac 上为 ⌘C）。',
  linkReady: (chars) => `链接已就绪（${chars} 个字符）。`,
  linkTooLong: (chars, max) => `此评估生成的链接有 ${chars} 个字符，超过邮件和聊天程序可安全传递的 ${max} 个字符。请改为共享评估 JSON 文件。`,
  linkFailed: (message) => `无法创建链接：${message}`,
  downloadJsonInstead: '保存评估 JSON 文件',
  close: '关闭',
  securityTitle: '加密能保护什么，不能保护什么',
  securityPoints: [
    '评估在此浏览器中压缩并加密；任何服务器都不保存副本，链接也不会把它发送到任何地方。',
    '链接中 # 之后的内容都留在浏览器中：它从不发送给托管本应用的服务器，因此服务器、代理及其日志都无法读取评估。',
    '拥有完整链接的人可以打开评估。在口令模式下还需要口令，口令从不存储也不放入链接：请另行告知。',
    '被修改或截断的链接根本无法打开，因此收件人永远看不到被篡改的数值。',
    '任何能读到链接的人都可以保留副本：链接一旦发出便无法撤回。',
  ],

  previewTitle: '打开共享的评估',
  decoding: '正在打开链接…',
  passphrasePrompt: '此链接受口令保护。请输入口令以打开评估。',
  openWithPassphrase: '打开',
  previewIntro: '该链接包含此评估。它将作为新评估添加；此浏览器中存储的任何内容都不会改变。',
  previewCity: '城市',
  previewCountry: '国家',
  previewYear: '年份',
  previewValues: '已输入的值',
  previewScore: '总体分数',
  previewScoreNone: '尚未计分',
  openAsNew: '作为新评估打开',
  cancel: '取消',
  linkDocumentProblem: '链接已打开，但其内容不是有效的评估。',
  linkProblem,
  opened: (name) => `已将 ${name} 作为新评估打开。`,

  importTitle: '导入',
  importHelp:
    '评估或工作区 JSON 文件、数值 CSV 或 Excel (.xlsx) 数值表。存储任何内容之前，您会先看到读取的结果；不是数字的单元格会连同原因按文本保留（与表格中相同），且不计分。',
  chooseFile: '选择文件',
  dropHere: '或将文件拖放到此处',
  reading: (name) => `正在读取 ${name}…`,
  readingLoaded: (name, loaded, total) => `正在载入 ${name}：${loaded} / ${total}`,
  readingParsing: (name) => `正在读取 ${name} 的内容…`,
  readingProgress: '读取进度',
  readingCancel: '取消读取',
  readingCancelled: (name) => `已取消读取 ${name}；未作任何更改。`,
  fileTooLarge: (size, max) => `该文件大小为 ${size}；大于 ${max} 的文件不会读取。`,
  unknownKind: (name, endings) => `“${name}”不是工作台能读取的文件：请使用 ${endings.join('、')}。`,
  notRead: (name) => `${name} 未导入：`,
  problemsCount: (n) => `${n} 个问题；未存储任何内容。`,
  problemAt: (row, column, message, cell) =>
    cell !== undefined
      ? `单元格 ${cell}：${message}`
      : row === undefined
        ? message
        : column
          ? `第 ${row} 行，${column} 列：${message}`
          : `第 ${row} 行：${message}`,
  read1252: '按 Windows-1252 读取',
  read1252Hint: '仅当文件来自 Excel 的“CSV”格式或其他西文 Windows 程序时使用：带重音的字母将按该程序写入的方式读取。',
  decimalLegend: '此文件中的小数点符号',
  decimalFrom: (choice: DecimalChoice): string => {
    const mark = choice.mark === 'point' ? '句点' : '逗号';
    switch (choice.from) {
      case 'declared':
        return `按您的选择，以${mark}作为小数点符号读取。`;
      case 'file':
        return `以${mark}作为小数点符号读取：文件本身的数字表明了这一点（第 ${choice.row} 行：“${choice.text}”）。`;
      case 'setting':
        return choice.conflict
          ? `文件中的数字同时使用了两种符号；以${mark}作为小数点符号读取（您的设置）。有两种读法的数字将被拒绝。`
          : `文件中没有任何内容表明其小数点符号；以${mark}作为小数点符号读取（您的设置）。有两种读法的数字将被拒绝。`;
    }
  },
  decimalPointFile: '句点 (12.5)',
  decimalCommaFile: '逗号 (12,5)',
  sheetLegend: '要读取的工作表',
  sheetHidden: (name) => `${name}（隐藏）`,
  sheetChoose: '请选择工作表',
  readingNotes: '读取说明',
  readFailed: (message) => `无法读取文件：${message}`,
  readyJson: (n) => `准备导入 ${n} 项评估：`,
  docLine: (city, year, values) => `${city} ${year}，已输入 ${values} 个值`,
  clashNotice: (n, total) => (n === total && n === 1 ? '此评估已存储在此浏览器中。' : `这 ${total} 项评估中有 ${n} 项已存储在此浏览器中。`),
  clashLegend: '已存储的评估',
  clashAsNew: '作为新评估添加（推荐）：已存储的评估保持不变。',
  clashReplace: '用文件中的评估替换已存储的副本。',
  confirmReplace: (n) => `替换 ${n} 项已存储的评估？除非您已导出，否则其当前内容将丢失。`,
  replaceNow: (n) => `替换 ${n} 项`,
  importAsNew: '作为新评估打开',
  importAll: (n) => (n === 1 ? '作为新评估打开' : `导入 ${n} 项评估`),
  importReplace: '导入并替换…',
  imported: (n) => `已导入 ${n} 项评估。`,
  rejectedCells: (n) => `${n} 个单元格不是数字：按文本保留（与表格中相同），更正前不计分：`,
  ignoredCells: (n) => `已略去 ${n} 个单元格（无效的状态、质量、年份或目标）：`,
  resultColumnsNotRead: (columns) => `文件还包含结果列（${columns}）。这些列不会被读取：下方的得分根据其输入重新计算，因此在这些列中所做的修改不会被导入。`,
  readyTable: (rows) => `已读取 ${rows} 个数据点。请为新评估命名：`,
  city: '城市',
  country: '国家',
  year: '年份',
  cityRequired: '请输入城市名称。',
  yearInvalid: (min, max) => `请输入 ${min} 至 ${max} 之间的年份。`,
  createFromTable: '创建评估',
  importedNote: (file) => `导入自 ${file}。`,
  storeFailed: (message) => `未存储任何内容：${message}`,
  storeQuota: '浏览器已没有为本网站留出的存储空间；未导入任何内容。',
  tableRead: (rows) => `已读取 ${rows} 个数据点。`,
  destLegend: '导入为',
  destNew: '新评估',
  destUpdate: '更新本浏览器中的评估',
  destPick: '要更新的评估',
  destPickMore: (shown, total) => `已列出 ${shown} / ${total}：输入城市、国家或年份的一部分以缩小列表。`,
  destPickNone: '没有匹配的已存评估。',
  destMatchId: '该文件是此评估的副本（相同标识）：建议更新它，以免产生第二份副本。',
  destMatchName: '已存有同一城市、同一年份的评估：建议更新它。',
  scoresPreviewTitle: '该文件将得出的分数',
  previewCols: { level: '层级', now: '当前', after: '更新后', file: '按文件' },
  previewCounts: (scored, rejected, missing) => `已计分数据点 ${scored} 个，被拒（按输入无法使用）${rejected} 个，未报告 ${missing} 个。`,
  updateSummary: (changed, added, unchanged) =>
    `变更的数据点 ${changed} 个，新增 ${added} 个，不变 ${unchanged} 个。审核状态、讨论串以及文件未包含的内容均保留。`,
  updateNothing: '文件内容与已存内容相同：不会有任何变化。',
  updateCols: { item: '项目', now: '当前', after: '更新后' },
  infoNames: { city: '城市', country: '国家', year: '年份', notes: '备注' },
  updateMethod: '计分方法改为文件中的方法。',
  updateCycle: (n) => `新增或变更的审核条目（状态、讨论条目、证据、建议、行动）：${n} 个。`,
  updateLocal: (n) => `自有框架中值被新增、变更或清除的本地指标：${n} 个。`,
  updateLocalFramework: '该文件为此评估指定了另一个自有框架；将改用它。',
  updateFrozen: '此评估已冻结，不能更改：请将文件导入为新评估，或为其创建新版本。',
  updateButton: (name) => `更新 ${name}`,
  updated: (name, n) => `已更新 ${name}：${n} 处更改。`,
  undone: (name) => `已撤销对 ${name} 的更新。`,

  targetsTitle: '导入目标文件',
  targetsHelp: '包含 code、datapoint、target、rationale、source 列的 CSV（与目标文件导出的格式相同）。仅为此评估设定目标。',
  chooseTargetFile: '选择目标文件',
  targetsSummary: (inFile, changing) => `文件中有 ${inFile} 个目标；其中 ${changing} 个会改变现行目标。`,
  targetsApply: (n) => `应用 ${n} 个目标`,
  targetsApplied: (n) => `已应用 ${n} 个目标。`,
  targetsNoChange: '该文件设定的目标已在生效；不会有任何变化。',
  targetChangeCol: { item: '数据点', before: '当前', after: '来自文件' },
  targetNone: '无（无基准）',
  targetRef: (t) => `${t}（参考）`,
  targetsMore: (n) => `……以及另外 ${n} 个。`,

  compareTitle: (a, b) => `比较 ${a} 与 ${b}`,
  compareNone: '两项评估的数值、概况和目标完全相同。',
  compareCount: (n) => `${n} 处差异。请为每处选择合并后的评估保留哪个版本。`,
  compareCols: { item: '项目', kind: '类型', a: 'A', b: 'B', keep: '保留' },
  kindLabel: { profile: '城市概况', value: '数值', target: '目标', 'own-target': '城市自定目标', 'scoring-targets': '计分所用目标' },
  keepA: 'A',
  keepB: 'B',
  keepLabel: (which, item) => `为 ${item} 保留 ${which}`,
  allA: '全部选择 A',
  allB: '全部选择 B',
  empty: '（空）',
  fieldNames: { numerator: '分子', denominator: '分母', value: '数值', status: '状态', quality: '质量', source: '来源', year: '年份', note: '备注' },
  targetRationale: (t, rationale) => `${t} — ${rationale}`,
  scoresTitle: '分数',
  scoresCols: { level: '层级', a: 'A', b: 'B' },
  overall: '总体',
  percent: (v) => `${v}%`,
  notScored: '—',
  mergeSummary: (n) => `合并后的评估从 B 取 ${n} 项，其余全部取自 A。`,
  merge: '合并为新评估',
  mergedNotes: (a, b, fromB) => `由 ${a} (A) 和 ${b} (B) 合并：${fromB} 项取自 B，其余取自 A。`,
  sideLabel: (which, name) => `${which}：${name}`,
  assessmentName: (city, year) => `${city} ${year}`,
};
