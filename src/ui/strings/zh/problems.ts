/** Chinese words of the file readers' problems (the English `PW` in ../problems.ts is the contract). */
import type { DocProblem, JsonType, NumberProblem, OtherFormat, Quoted } from '../../../engine/problems';
import type { Translation } from '../languages';
import type { PW as EN } from '../problems';
import { listText } from '../../messages/runtime';

const MB = 1024 * 1024;
const quote = (q: Quoted): string => (q.length > q.text.length ? `${q.text}…（共 ${q.length} 个字符）` : q.text);
const mark = (m: 'point' | 'comma') => (m === 'point' ? '.' : ',');

const TYPE_WORDS: Record<JsonType, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  null: 'null',
  object: '对象',
  array: '列表',
};

const FORMS: Record<Extract<DocProblem, { kind: 'pattern' }>['form'], string> = {
  'datapoint-id': '数据点标识（例如“EC: ICT: ICT: 1C|”）',
  fingerprint: '一个 64 位十六进制 SHA-256',
  date: '符合 YYYY-MM-DD 格式的日期',
  other: '架构要求的格式',
};

const SHAPES: Record<Extract<DocProblem, { kind: 'bad-shape' }>['shape'], string> = {
  entered: '{ value, unit, factor }（以另一单位输入的原始值）',
  frozen: '{ at, by, fingerprint }，其中含 64 位十六进制 SHA-256',
  parent: '{ id, fingerprint }，其中含 64 位十六进制 SHA-256',
  'carried-from': '{ id, year, baseline }',
  origin: '{ kind, at, name?, signer? }',
  provenance: '{ profile?, values? } { kind: json-stat, value, source, file, retrieved, picked }',
  'catalogue-review': '{ from, to, datapoints }',
  changes: '已知类型的变更列表，每项注明来源',
};

const OTHER_FORMATS: Record<OtherFormat, string> = {
  ods: '这是 OpenDocument 电子表格（.ods）：请另存为 .xlsx 或 CSV。',
  xls: '这是 Excel 97-2003 工作簿（.xls）：请另存为 .xlsx 或 CSV。',
  xlsm: '这是启用宏的 Excel 工作簿（.xlsm）：请另存为 .xlsx 或 CSV。',
  xlsb: '这是 Excel 二进制工作簿（.xlsb）：请另存为 .xlsx 或 CSV。',
  html: '这是以电子表格扩展名保存的网页，不是电子表格：请在电子表格程序中打开并另存为 .xlsx 或 CSV。',
  numbers: '这是 Apple Numbers 文件：请导出为 .xlsx 或 CSV。',
};

function numberProblem(p: NumberProblem): string {
  switch (p.kind) {
    case 'empty':
      return '单元格为空。';
    case 'wrong-mark':
      return `“${quote(p.text)}”不是以“${mark(p.mark)}”为小数点的数字（请检查小数点设置）。`;
    case 'not-a-number':
      return `“${quote(p.text)}”不是数字。`;
    case 'out-of-range':
      return `“${quote(p.text)}”超出本工作台接受的范围（±10^${Math.round(Math.log10(p.limit))}）。`;
    case 'ambiguous':
      return `“${quote(p.text)}”有两种读法（小数点 ${p.other} 或千位分隔符），文件中没有其他内容可以判断：请为此文件选择小数点。`;
  }
}

export const PW: Translation<typeof EN> = {
  quote,
  number: numberProblem,
  table: (p) => {
    switch (p.kind) {
      case 'empty-file':
        return '文件为空。';
      case 'unclosed-quote':
        return '有一个带引号的字段没有闭合。';
      case 'not-text':
        return p.likely === 'windows-1252'
          ? '文件不是 UTF-8 编码（看起来是 Windows-1252，例如 Excel 的“CSV（逗号分隔）”）：请另存为“CSV UTF-8”，或确认按 Windows-1252 读取。'
          : '文件不是 UTF-8 或 UTF-16 文本：请另存为“CSV UTF-8”。';
      case 'missing-columns':
        return p.separators
          ? `缺少列：${listText(p.columns)}。应有表头 ${p.expected.join(',')}（列名之间用逗号、分号或制表符分隔）。`
          : `缺少列：${listText(p.columns)}。应为 ${p.expected.join(',')}。`;
      case 'unknown-columns':
        return `未知列：${p.columns.map(quote).join('、')}。`;
      case 'duplicate-column':
        return `列“${p.name}”出现了两次（第 ${p.columns.join(' 列和第 ')} 列）；请只保留一列。`;
      case 'unnamed-column':
        return p.merged
          ? `第 ${p.column} 列有数据（第 ${p.line} 行：“${quote(p.text)}”），但其表头被合并单元格 ${p.merged} 遮住；请取消合并并为该列命名。`
          : `第 ${p.column} 列有数据（第 ${p.line} 行：“${quote(p.text)}”），但没有表头；请为其命名或删除该列。`;
      case 'error-value':
        return `单元格含有错误值 ${p.code}。`;
      case 'no-saved-result':
        return `公式 =${quote(p.formula)} 没有保存的结果：请在电子表格程序中打开并保存该文件，或直接输入数值。`;
      case 'empty-code':
        return '代码为空。';
      case 'bad-provenance':
        return 'provenance 单元格不是本工作台所写的该行数字来源（按值、分子和分母的 JSON 对象）：已略过，数字按无来源读取。';
      case 'unknown-code':
        return `未知的 KPI 代码“${quote(p.code)}”。`;
      case 'unknown-datapoint':
        return `“${quote(p.key)}”不是 ${p.kpi} 的数据点（应为 ${p.expected.map((k) => (k === '' ? '空白' : k)).join('、')}）。`;
      case 'unknown-target':
        return `未知的 KPI 或数据点“${quote(p.code)}”“${quote(p.key)}”。`;
      case 'repeated':
        return p.first === null ? `${p.code} ${p.key} 被设置了两次。` : `${p.code} ${p.key} 再次出现（首次在第 ${p.first} 行）。`;
      case 'number':
        return numberProblem(p.problem);
      case 'not-yes-no':
        return `“${quote(p.text)}”既不是“是”也不是“否”（yes/no、true/false 或 1/0）。`;
      case 'bool-not-number':
        return `${p.value ? 'TRUE' : 'FALSE'} 是“是/否”值，不是数字。`;
      case 'date-not-number':
        return `单元格是日期（${p.date}），不是数字：请将其设为数字格式并检查数值。`;
      case 'number-text-too-long':
        return `“${quote(p.text)}”超过 ${p.limit} 个字符。`;
      case 'profile-conflict':
        return `${p.field} 在此处为 ${p.value}，但在${p.at === null ? '另一行' : 'cell' in p.at ? `单元格 ${p.at.cell} ` : `第 ${p.at.line} 行`}为 ${p.previous}：城市概况只能有一个值。`;
      case 'reported-directly':
        return `${p.code} 为直接报告：请将数字填入数值列。`;
      case 'bad-target':
        return `${numberProblem(p.problem)}${p.blank ? '请使用数字、“none”，或留空以使用参考目标。' : '请使用 ≥ 0 的数字或“none”。'}`;
      case 'negative-target':
        return '目标不能为负数。';
      case 'bad-status':
        return `“${quote(p.text)}”不是 reported、not-reported 或 not-applicable。`;
      case 'bad-quality':
        return `“${quote(p.text)}”不是 ${listText(p.allowed, 'disjunction')} 之一。`;
      case 'bad-year':
        return `“${quote(p.text)}”不是 ${p.min} 至 ${p.max} 之间的年份。`;
      case 'text-too-long':
        return `文本长 ${p.length} 个字符；最多只保留 ${p.limit} 个，请缩短。`;
      case 'not-layout-zip': {
        const why = p.detail === 'not-zip' ? '不是 zip 压缩文件' : '没有 data/indicator_*.csv 文件';
        return `这不是 Open SDG 数据文件的 zip（${why}）。请重新导出为 Open SDG zip。`;
      }
      case 'file-too-large':
        return `电子表格大于 ${p.limit / MB} MB。`;
      case 'unpacks-too-large':
        return `电子表格解压后大于 ${p.limit / MB} MB。`;
      case 'not-xlsx': {
        const why =
          p.detail === 'not-zip'
            ? '不是 zip 压缩文件'
            : p.detail === 'no-workbook'
              ? '没有 xl/workbook.xml'
              : p.detail === 'no-worksheet'
                ? '没有工作表'
                : '某个部分被截断或其 XML 已损坏';
        return `这不是可读取的 .xlsx 电子表格（${why}）。请将其另存为 Excel 工作簿（.xlsx）。`;
      }
      case 'not-calculated':
        if (p.why === 'manual')
          return `公式 =${quote(p.formula)} 保存的结果 ${p.stored} 可能从未被计算（工作簿仅在要求时计算，且保存前未计算，xlsxwriter 的手动模式即如此写出）：请在电子表格程序中重新计算并保存，或直接输入数值。`;
        if (p.why === 'defaults')
          return `公式 =${quote(p.formula)} 保存的结果为 ${p.stored}，工作簿中所有公式均如此，且没有任何迹象表明工作簿曾被计算（没有 Excel 会保存的计算链；由 xlsxwriter 写出再经 LibreOffice 转换的文件即如此）：请在 Excel 中重新计算并保存，或直接输入数值。`;
        return `公式 =${quote(p.formula)} 保存的结果 ${p.stored} 从未被计算（工作簿要求在打开时重新计算，xlsxwriter 或 pandas 写出的文件即如此）：请在电子表格程序中打开并保存，或直接输入数值。`;
      case 'percent-not-unit':
        return `该单元格设置为百分比格式（显示 ${p.shown} %），但此数据点的单位是 ${p.unit}，不是 %：请将单元格设为数字格式并显示所需的值（${p.value} 或 ${p.shown}）。`;
      case 'ambiguous-marker':
        return `“${quote(p.text)}”在有些表格中表示“无数据”，在另一些表格中表示“不适用”：请将值留空，并在 status 列中写 not-reported 或 not-applicable。`;
      case 'which-sheet':
        return `有多个工作表包含数值表（${p.sheets.join('、')}）：请选择要读取的工作表（命令行中用 --sheet 名称）。`;
      case 'hidden-sheet':
        return `唯一的数值表位于隐藏的工作表“${p.sheet}”中：请取消隐藏，或选择该工作表进行读取（命令行中用 --sheet）。`;
      case 'no-such-sheet':
        return `工作簿中没有名为“${quote(p.name)}”的工作表（其工作表：${p.sheets.join('、')}）。`;
      case 'other-format':
        return OTHER_FORMATS[p.format];
      case 'too-many-rows':
        return `文件超过 ${p.limit} 行；数值表每个数据点一行。`;
      case 'too-many-columns':
        return `某一行超过 ${p.limit} 列；数值表最多 21 列。`;
    }
  },
  docWhat: (p) => {
    switch (p.kind) {
      case 'wrong-type':
        return `应为${listText(
          p.expected.map((t) => TYPE_WORDS[t]),
          'disjunction',
        )}。`;
      case 'too-long':
        return `文本超过 ${p.limit} 个字符。`;
      case 'too-short':
        return p.limit === 1 ? '为空；应为文本。' : `文本少于 ${p.limit} 个字符。`;
      case 'not-one-of':
        return `“${quote(p.value)}”不是 ${listText(p.allowed.map(String), 'disjunction')} 之一。`;
      case 'below':
        return p.exclusive ? `应为大于 ${p.limit} 的数字。` : `应为不小于 ${p.limit} 的数字。`;
      case 'above':
        return `应为不大于 ${p.limit} 的数字。`;
      case 'not-whole':
        return '应为整数。';
      case 'not-finite':
        return '不是有限数字。';
      case 'pattern':
        return `“${quote(p.value)}”不是${FORMS[p.form]}。`;
      case 'missing':
        return '缺失。';
      case 'unknown-field':
        return `未知字段“${quote(p.name)}”。`;
      case 'forbidden-key':
        return `不允许使用键“${p.key}”。`;
      case 'repeated-key':
        return '该键在其对象中出现不止一次：无法确定以哪个值为准，因此被拒绝。';
      case 'too-many':
        return `超过 ${p.limit} 项。`;
      case 'unknown-datapoint':
        return `未知数据点“${quote(p.id)}”。`;
      case 'unknown-profile-field':
        return `未知字段“${quote(p.name)}”。`;
      case 'duplicate-id':
        return `“${quote(p.id)}”出现了两次。`;
      case 'reason-required':
        return '“not-verifiable”需要说明理由。';
      case 'blank-text':
        return '应为文本。';
      case 'not-year':
        return `应为 ${p.min} 至 ${p.max} 之间的整数年份。`;
      case 'not-target':
        return '应为 ≥ 0 的数字或“none”。';
      case 'bad-id':
        return `应为 1 至 ${p.limit} 个字符的文本。`;
      case 'not-time':
        return '应为时间（自 1970 年起的毫秒数）。';
      case 'bad-shape':
        return `应为 ${SHAPES[p.shape]}。`;
      case 'schema':
        return `被架构拒绝（${p.keyword}）。`;
      case 'bad-version':
        return '没有有效的“version”。';
      case 'migration-failed':
        return `无法从格式版本 ${p.from} 转换到 ${p.to}。`;
    }
  },
  note: (n, at) => {
    switch (n.kind) {
      case 'kept-as-text':
        return `${at}：“${quote(n.text)}”是文本，按原样保留，在更正之前不计分。`;
      case 'reset-time':
        return `${at}：${quote(n.value)} 不是有效时间；已重置为当前时间。`;
      case 'reset-revision':
        return `${at}：${quote(n.value)} 超出范围；已重置为 0。`;
    }
  },
  inAssessment: (n) => `评估 ${n}：`,
  tableNote: (n) =>
    n.kind === 'sheet-read'
      ? `已读取工作表“${n.sheet}”（共 ${n.of} 个工作表${n.hidden.length > 0 ? `；隐藏且未读取：${n.hidden.join('、')}` : ''}）。`
      : `已跳过第 ${n.column} 列（0、1、2… 或 1、2、3… 且无表头：pandas 和 R 写出的行索引）。`,
  parseError: (e) => {
    switch (e.kind) {
      case 'not-json':
        return `文件不是有效的 JSON（${e.detail}）。`;
      case 'too-large':
        return `文件大于 ${e.limit / MB} MB，未读取。`;
      case 'not-an-assessment':
        return e.workspace ? '这既不是 SSC Workbench 评估，也不是工作区文件。' : '这不是 SSC Workbench 评估（应为 "format": "ssc-workbench/assessment"）。';
      case 'newer-version':
        return e.workspace
          ? `此工作区由更新版本的工作台写入（格式版本 ${e.version}；本应用最多读取到 ${e.max}）。请更新应用后再打开。`
          : `此评估由更新版本的工作台写入（格式版本 ${e.version}；本应用最多读取到 ${e.max}）。请更新应用后再打开。`;
      case 'wrong-framework':
        return `该评估使用框架“${quote(e.framework)}”，而不是“${e.expected}”。`;
      case 'invalid':
        return `该评估有 ${e.problems.length} 个问题。`;
      case 'none-read':
        return `工作区文件中没有任何评估可以读取（${e.refused.length} 个被拒绝）。`;
    }
  },
};
