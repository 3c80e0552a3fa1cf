/** Arabic words of catalogue prose without a code (check messages, the change history's measures and former inputs), keyed by the English text. */
export const PHRASES: Record<string, string> = {
  'The Verification Manual expects fixed broadband subscriptions to be lower than Household Internet Access (EC: ICT: ICT: 1C); re-check both values.':
    'يتوقع دليل التحقق أن تكون اشتراكات النطاق العريض الثابت أقل من نفاذ الأسر إلى الإنترنت (EC: ICT: ICT: 1C)؛ أعد التحقق من القيمتين.',
  'More fixed broadband subscriptions than households: check that only residential subscriptions are counted, or explain the business and second subscriptions in a note.':
    'اشتراكات النطاق العريض الثابت أكثر من الأسر: تحقق من أنه لا تُحتسب إلا الاشتراكات السكنية، أو اشرح في ملاحظة اشتراكات الأعمال والاشتراكات الثانية.',
  'The Verification Manual treats values under 5 % of GDP as normal; re-check a value above that, and compare it with the national figure.':
    'يعدّ دليل التحقق القيم التي تقل عن 5 % من الناتج المحلي الإجمالي طبيعية؛ أعد التحقق من أي قيمة تتجاوز ذلك، وقارنها بالرقم الوطني.',
  'The Verification Manual expects SMEs to make up more than 95 % of enterprises; re-check the counts if the value is lower.':
    'يتوقع دليل التحقق أن تشكّل المؤسسات الصغيرة والمتوسطة أكثر من 95 % من المؤسسات؛ أعد التحقق من الأعداد إن كانت القيمة أقل.',
  'The Verification Manual treats 90 % and above as normal for household sanitation; re-check the counts of a value well below that (households, not inhabitants).':
    'يعدّ دليل التحقق 90 % فأكثر طبيعيًا للصرف الصحي للأسر؛ أعد التحقق من أعداد أي قيمة تقل عن ذلك كثيرًا (الأسر، لا السكان).',
  'The Verification Manual expects Potable Water Supply to be lower than Basic Water Supply (EC: I: WS: 1C); re-check both values.':
    'يتوقع دليل التحقق أن يكون إمداد المياه الصالحة للشرب أقل من إمداد المياه الأساسي (EC: I: WS: 1C)؛ أعد التحقق من القيمتين.',
  'The Verification Manual expects 90 % or more; re-check values well below that.':
    'يتوقع دليل التحقق 90 % أو أكثر؛ أعد التحقق من القيم التي تقل عن ذلك كثيرًا.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the mode shares of commuters so that each is counted under one route only and none is missing.':
    'ينبغي أن يقارب مجموع أجزاء الكل الواحد 100 % (تسمح أداة العمل بـ ± 2 %)؛ أعد التحقق من حصص وسائل تنقل الركاب اليومي بحيث يُحتسب كلٌّ منهم في وسيلة واحدة ولا ينقص أحد.',
  'A travel time index below 1 means peak trips are faster than free-flow trips; re-check how the index was computed.':
    'مؤشر زمن الرحلة الأقل من 1 يعني أن رحلات الذروة أسرع من رحلات حركة المرور الحرة؛ أعد التحقق من طريقة حساب المؤشر.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving secondary treatment should not exceed wastewater receiving primary treatment; re-check the logical order of the levels.":
    'في قراءة أداة العمل، مستويات المعالجة تراكمية (مياه الصرف المعالجة معالجة ثالثية تلقت أيضاً المعالجة الثانوية والأولية): ينبغي ألا تتجاوز مياه الصرف التي تتلقى معالجة ثانوية تلك التي تتلقى معالجة أولية؛ أعد التحقق من الترتيب المنطقي للمستويات.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving tertiary treatment should not exceed wastewater receiving secondary treatment; re-check the logical order of the levels.":
    'في قراءة أداة العمل، مستويات المعالجة تراكمية (مياه الصرف المعالجة معالجة ثالثية تلقت أيضاً المعالجة الثانوية والأولية): ينبغي ألا تتجاوز مياه الصرف التي تتلقى معالجة ثالثية تلك التي تتلقى معالجة ثانوية؛ أعد التحقق من الترتيب المنطقي للمستويات.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the shares of the solid-waste treatment routes so that each is counted under one route only and none is missing.':
    'ينبغي أن يقارب مجموع أجزاء الكل الواحد 100 % (تسمح أداة العمل بـ ± 2 %)؛ أعد التحقق من حصص مسارات معالجة النفايات الصلبة بحيث يُحتسب كلٌّ منها في مسار واحد ولا ينقص شيء.',
  '24-hour mean': 'المتوسط على 24 ساعة',
  'annual mean': 'المتوسط السنوي',
  'peak-season 8-hour mean': 'متوسط 8 ساعات في موسم الذروة',
  'Children aged 0–3 covered by day-care': 'الأطفال من عمر 0 إلى 3 سنوات المشمولون برعاية نهارية',
  'Day-care spots available for children aged 0–3 (public and private)': 'أماكن الرعاية النهارية المتاحة للأطفال من عمر 0 إلى 3 سنوات (العامة والخاصة)',
  'Part of the electricity supply system monitored by ICT (e.g. km of grid)':
    'جزء شبكة الإمداد الكهربائي المراقَب بتقنيات المعلومات والاتصالات (مثل كيلومترات الشبكة)',
  'Length of the electricity supply system monitored by ICT (km)': 'طول شبكة الإمداد الكهربائي المراقَب بتقنيات المعلومات والاتصالات (كم)',
  'Whole electricity supply system (same measure)': 'شبكة الإمداد الكهربائي كلها (المقياس نفسه)',
  'Total length of the electricity supply system (km)': 'الطول الإجمالي لشبكة الإمداد الكهربائي (كم)',
  'Road traffic deaths (per year)': 'الوفيات الناجمة عن حوادث الطرق (سنويًا)',
  'Road traffic deaths within 30 days of the crash (per year)': 'الوفيات الناجمة عن حوادث الطرق خلال 30 يومًا من الحادث (سنويًا)',
  'share of the water consumed that comes from freshwater sources (%)': 'حصة المياه المستهلكة التي تأتي من مصادر المياه العذبة (%)',
  'freshwater consumed per inhabitant (m³ per year)': 'المياه العذبة المستهلكة للفرد (م³ سنويًا)',
  'Total water consumed (m³ per year)': 'إجمالي المياه المستهلكة (م³ سنويًا)',
  'Population (city profile)': 'السكان (ملف المدينة)',
  'none: the index was entered directly': 'لا شيء: كان المؤشر يُدخَل مباشرةً',
  'Travel time during peak periods (min)': 'زمن الرحلة في فترات الذروة (دقيقة)',
  'Travel time during free-flow periods (min)': 'زمن الرحلة في فترات الانسياب الحر (دقيقة)',
};
