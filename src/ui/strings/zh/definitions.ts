/**
 * Chinese definitions of the KPIs, keyed by code: WORKING TRANSLATION of the workbench's own paraphrases
 * (src/engine/frameworks/u4ssc/catalogue.json), so far the ICT category (EC: ICT). A KPI not listed here
 * keeps its English definition, marked as English (`lang="en"`).
 */
export const DEFINITIONS: Record<string, string> = {
  'EC: ICT: ICT: 1C': '城市中通过固定或移动连接接入互联网的家庭所占的百分比。',
  'EC: ICT: ICT: 2C': '下载速率不低于 256 kbit/s 的固定（有线）宽带订阅数，按每 100 户家庭计。移动订阅不计入。',
  'EC: ICT: ICT: 3C': '城市中无线（移动）宽带订阅数，按每 100 000 名居民计。',
  'EC: ICT: ICT: 4C': '城市中无线宽带覆盖的比例，3G 和 4G 网络分别报告。此处按居住在每种技术服务区域内的居民所占百分比计算。',
  'EC: ICT: ICT: 5A': '城市中可用的公共 Wi-Fi 热点数量。',
  'EC: ICT: WS: 1C': '城市水表中智能水表所占的百分比。',
  'EC: ICT: WS: 2A': '城市配水系统中受信息通信技术监测的部分所占的百分比，按管网长度计。',
  'EC: ICT: D: 1A': '排水和雨水系统中受信息通信技术监测的部分所占的百分比，按长度计。',
  'EC: ICT: ES: 1C': '城市电表中智能电表所占的百分比。',
  'EC: ICT: ES: 2A': '城市供电系统长度（公里）中受信息通信技术监测的部分所占的百分比。',
  'EC: ICT: ES: 3A': '有能力参与需求响应计划的电力用户所占的百分比。',
  'EC: ICT: T: 1C': '向乘客提供实时信息（至少包括下一班到站时间）的公共交通站点和车站所占的百分比，无论信息是在站点、网站还是应用程序中提供。',
  'EC: ICT: T: 2C': '城市主要街道（仅限主干道和快速路）中受信息通信技术（如传感器或摄像头）监测的部分所占的百分比，按长度计。',
  'EC: ICT: T: 3A': '采用自适应交通控制或优先通行的信号控制道路交叉口所占的百分比。',
  'EC: ICT: PS: 1A': '城市数据中作为开放数据发布的程度：已编目数据集中开放数据集所占的百分比，以及开放数据集的数量。',
  'EC: ICT: PS: 2A': '城市以电子方式提供的公共服务数量。',
  'EC: ICT: PS: 3A': '公共部门以电子方式开展的采购活动所占的百分比。',
};
