/**
 * Arabic units of the KPI catalogue (data points and city profile), keyed by the English unit (see ../kpi-names.ts).
 */
export const UNITS: Record<string, string> = {
  '%': '%',
  '0–1 index': 'مؤشر من 0 إلى 1',
  'GJ per capita per year': 'غيغاجول للفرد سنويًا',
  'ekWh/m² per year': 'ekWh/م² سنويًا',
  'hectares per 100 000 inhabitants': 'هكتار لكل 100 000 نسمة',
  'interruptions per customer': 'انقطاعات لكل مشترك',
  'kWh per capita per year': 'كيلوواط ساعة للفرد سنويًا',
  'km per 100 000 inhabitants': 'كم لكل 100 000 نسمة',
  'litres per capita per day': 'لتر للفرد يوميًا',
  minutes: 'دقائق',
  'm² per 100 000 inhabitants': 'م² لكل 100 000 نسمة',
  number: 'عدد',
  'per 100 000 inhabitants': 'لكل 100 000 نسمة',
  'per 100 000 inhabitants per year': 'لكل 100 000 نسمة سنويًا',
  'per 100 000 live births': 'لكل 100 000 ولادة حية',
  ratio: 'نسبة',
  'subscriptions per 100 000 inhabitants': 'اشتراكات لكل 100 000 نسمة',
  't CO2e per capita': 'طن مكافئ ثاني أكسيد الكربون للفرد',
  years: 'سنوات',
  'yes/no': 'نعم/لا',
  'µg/m³ (annual mean)': 'ميكروغرام/م³ (المتوسط السنوي)',
  inhabitants: 'نسمة',
  households: 'أسر',
  persons: 'أشخاص',
  'persons aged 15–24 in the labour force': 'أشخاص من 15 إلى 24 عامًا في القوى العاملة',
  'local currency per year': 'عملة محلية سنويًا',
  'km²': 'كم²',
  'live births per year': 'ولادات حية سنويًا',
  'customers served': 'المشتركون المخدومون',
  'm³ per capita per year': 'م³ للفرد سنويًا',
};

export const INPUTS: Record<string, string> = {};
