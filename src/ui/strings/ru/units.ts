/**
 * Russian units of the KPI catalogue (data points and city profile), keyed by the English unit (see ../kpi-names.ts).
 */
export const UNITS: Record<string, string> = {
  '%': '%',
  '0–1 index': 'индекс от 0 до 1',
  'GJ per capita per year': 'ГДж на душу населения в год',
  'ekWh/m² per year': 'экВт·ч/м² в год',
  'hectares per 100 000 inhabitants': 'га на 100 000 жителей',
  'interruptions per customer': 'перерывов на потребителя',
  'kWh per capita per year': 'кВт·ч на душу населения в год',
  'km per 100 000 inhabitants': 'км на 100 000 жителей',
  'litres per capita per day': 'литров на душу населения в сутки',
  minutes: 'минуты',
  'm² per 100 000 inhabitants': 'м² на 100 000 жителей',
  number: 'число',
  'per 100 000 inhabitants': 'на 100 000 жителей',
  'per 100 000 inhabitants per year': 'на 100 000 жителей в год',
  'per 100 000 live births': 'на 100 000 живорождений',
  ratio: 'отношение',
  'subscriptions per 100 000 inhabitants': 'подписок на 100 000 жителей',
  't CO2e per capita': 'т CO2-экв. на душу населения',
  years: 'лет',
  'yes/no': 'да/нет',
  'µg/m³ (annual mean)': 'мкг/м³ (среднегодовое)',
  inhabitants: 'жителей',
  households: 'домохозяйств',
  persons: 'человек',
  'persons aged 15–24 in the labour force': 'человек 15–24 лет в составе рабочей силы',
  'local currency per year': 'в местной валюте в год',
  'km²': 'км²',
  'live births per year': 'живорождений в год',
  'customers served': 'обслуживаемых потребителей',
  'm³ per capita per year': 'м³ на душу населения в год',
};

export const INPUTS: Record<string, string> = {};
