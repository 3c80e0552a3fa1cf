/**
 * Chinese units of the KPI catalogue (data points and city profile), keyed by the English unit (see ../kpi-names.ts).
 */
export const UNITS: Record<string, string> = {
  '%': '%',
  '0–1 index': '0–1 指数',
  'GJ per capita per year': '人均每年 GJ',
  'ekWh/m² per year': '每年 ekWh/m²',
  'hectares per 100 000 inhabitants': '每 10 万居民公顷数',
  'interruptions per customer': '每用户中断次数',
  'kWh per capita per year': '人均每年 kWh',
  'km per 100 000 inhabitants': '每 10 万居民公里数',
  'litres per capita per day': '人均每日升数',
  minutes: '分钟',
  'm² per 100 000 inhabitants': '每 10 万居民平方米数',
  number: '数量',
  'per 100 000 inhabitants': '每 10 万居民',
  'per 100 000 inhabitants per year': '每年每 10 万居民',
  'per 100 000 live births': '每 10 万活产',
  ratio: '比率',
  'subscriptions per 100 000 inhabitants': '每 10 万居民订阅数',
  't CO2e per capita': '人均 t CO2e',
  years: '年',
  'yes/no': '是/否',
  'µg/m³ (annual mean)': 'µg/m³（年均值）',
  inhabitants: '居民',
  households: '户',
  persons: '人',
  'persons aged 15–24 in the labour force': '劳动力中 15–24 岁人口',
  'local currency per year': '每年本地货币',
  'km²': '平方公里',
  'live births per year': '每年活产数',
  'customers served': '服务用户数',
  'm³ per capita per year': '人均每年立方米',
};

export const INPUTS: Record<string, string> = {};
