/** Chinese words of catalogue prose without a code (check messages, the change history's measures and former inputs), keyed by the English text. */
export const PHRASES: Record<string, string> = {
  'The Verification Manual expects fixed broadband subscriptions to be lower than Household Internet Access (EC: ICT: ICT: 1C); re-check both values.':
    '《核实手册》预期固定宽带订阅数低于家庭互联网接入（EC: ICT: ICT: 1C）；请重新核对两个数值。',
  'More fixed broadband subscriptions than households: check that only residential subscriptions are counted, or explain the business and second subscriptions in a note.':
    '固定宽带订阅数多于家庭数：请检查是否只计入了住宅订阅，或在备注中说明商业订阅和第二订阅。',
  'The Verification Manual treats values under 5 % of GDP as normal; re-check a value above that, and compare it with the national figure.':
    '《核实手册》将低于 GDP 5 % 的数值视为正常；请重新核对高于此值的数值，并与全国数字比较。',
  'The Verification Manual expects SMEs to make up more than 95 % of enterprises; re-check the counts if the value is lower.':
    '《核实手册》预期中小企业占企业总数的 95 % 以上；如数值更低，请重新核对计数。',
  'The Verification Manual treats 90 % and above as normal for household sanitation; re-check the counts of a value well below that (households, not inhabitants).':
    '《核实手册》将家庭卫生设施的 90 % 或以上视为正常；如数值明显低于此值，请重新核对计数（按家庭而非居民计）。',
  'The Verification Manual expects Potable Water Supply to be lower than Basic Water Supply (EC: I: WS: 1C); re-check both values.':
    '《核实手册》预期饮用水供应低于基本供水（EC: I: WS: 1C）；请重新核对两个数值。',
  'The Verification Manual expects 90 % or more; re-check values well below that.': '《核实手册》预期 90 % 或以上；请重新核对明显低于此值的数值。',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the mode shares of commuters so that each is counted under one route only and none is missing.':
    '同一整体的各部分合计应约为 100 %（本工具允许 ± 2 %）；请重新核对通勤者的出行方式比例，使每人只计入一种方式且无遗漏。',
  'A travel time index below 1 means peak trips are faster than free-flow trips; re-check how the index was computed.':
    '出行时间指数低于 1 表示高峰出行比自由流出行更快；请重新核对该指数的计算方法。',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving secondary treatment should not exceed wastewater receiving primary treatment; re-check the logical order of the levels.":
    '按本工具的理解，处理级别是累积的（经三级处理的废水也经过了二级和一级处理）：接受二级处理的废水不应超过接受一级处理的废水；请重新核对各级别的逻辑顺序。',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving tertiary treatment should not exceed wastewater receiving secondary treatment; re-check the logical order of the levels.":
    '按本工具的理解，处理级别是累积的（经三级处理的废水也经过了二级和一级处理）：接受三级处理的废水不应超过接受二级处理的废水；请重新核对各级别的逻辑顺序。',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the shares of the solid-waste treatment routes so that each is counted under one route only and none is missing.':
    '同一整体的各部分合计应约为 100 %（本工具允许 ± 2 %）；请重新核对固体废物各处理途径的比例，使每项只计入一种途径且无遗漏。',
  '24-hour mean': '24 小时均值',
  'annual mean': '年均值',
  'peak-season 8-hour mean': '旺季 8 小时均值',
  'Children aged 0–3 covered by day-care': '接受日托服务的 0–3 岁儿童',
  'Day-care spots available for children aged 0–3 (public and private)': '0–3 岁儿童可用的日托名额（公立和私立）',
  'Part of the electricity supply system monitored by ICT (e.g. km of grid)': '由信息通信技术监测的电力供应系统部分（例如电网公里数）',
  'Length of the electricity supply system monitored by ICT (km)': '由信息通信技术监测的电力供应系统长度（公里）',
  'Whole electricity supply system (same measure)': '整个电力供应系统（同一计量）',
  'Total length of the electricity supply system (km)': '电力供应系统总长度（公里）',
  'Road traffic deaths (per year)': '道路交通死亡人数（每年）',
  'Road traffic deaths within 30 days of the crash (per year)': '事故发生后 30 天内的道路交通死亡人数（每年）',
  'share of the water consumed that comes from freshwater sources (%)': '所消耗的水中来自淡水水源的比例（%）',
  'freshwater consumed per inhabitant (m³ per year)': '人均淡水消耗量（每年立方米）',
  'Total water consumed (m³ per year)': '总耗水量（每年立方米）',
  'Population (city profile)': '人口（城市概况）',
  'none: the index was entered directly': '无：该指数此前直接输入',
  'Travel time during peak periods (min)': '高峰时段出行时间（分钟）',
  'Travel time during free-flow periods (min)': '自由流时段出行时间（分钟）',
};
