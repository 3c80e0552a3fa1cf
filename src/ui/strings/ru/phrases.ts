/** Russian words of catalogue prose without a code (check messages, the change history's measures and former inputs), keyed by the English text. */
export const PHRASES: Record<string, string> = {
  'The Verification Manual expects fixed broadband subscriptions to be lower than Household Internet Access (EC: ICT: ICT: 1C); re-check both values.':
    'Руководство по проверке ожидает, что подписок на фиксированный широкополосный доступ меньше, чем показатель доступа домохозяйств к интернету (EC: ICT: ICT: 1C); перепроверьте оба значения.',
  'More fixed broadband subscriptions than households: check that only residential subscriptions are counted, or explain the business and second subscriptions in a note.':
    'Подписок на фиксированный широкополосный доступ больше, чем домохозяйств: проверьте, что учтены только подписки жилых абонентов, или поясните в примечании деловые и вторые подписки.',
  'The Verification Manual treats values under 5 % of GDP as normal; re-check a value above that, and compare it with the national figure.':
    'Руководство по проверке считает нормой значения ниже 5 % ВВП; перепроверьте значение выше этого и сравните его с национальным показателем.',
  'The Verification Manual expects SMEs to make up more than 95 % of enterprises; re-check the counts if the value is lower.':
    'Руководство по проверке ожидает, что МСП составляют более 95 % предприятий; перепроверьте подсчёт, если значение ниже.',
  'The Verification Manual treats 90 % and above as normal for household sanitation; re-check the counts of a value well below that (households, not inhabitants).':
    'Руководство по проверке считает нормой для санитарии домохозяйств 90 % и выше; перепроверьте подсчёт, если значение намного ниже (домохозяйства, а не жители).',
  'The Verification Manual expects Potable Water Supply to be lower than Basic Water Supply (EC: I: WS: 1C); re-check both values.':
    'Руководство по проверке ожидает, что снабжение питьевой водой ниже базового водоснабжения (EC: I: WS: 1C); перепроверьте оба значения.',
  'The Verification Manual expects 90 % or more; re-check values well below that.':
    'Руководство по проверке ожидает 90 % и выше; перепроверьте значения намного ниже.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the mode shares of commuters so that each is counted under one route only and none is missing.':
    'Доли одного целого должны в сумме давать около 100 % (программа допускает ± 2 %); перепроверьте доли видов транспорта для поездок на работу, чтобы каждый учитывался только в одном виде и никто не был пропущен.',
  'A travel time index below 1 means peak trips are faster than free-flow trips; re-check how the index was computed.':
    'Индекс времени в пути ниже 1 означает, что поездки в часы пик быстрее, чем при свободном движении; перепроверьте расчёт индекса.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving secondary treatment should not exceed wastewater receiving primary treatment; re-check the logical order of the levels.":
    'По прочтению программы уровни очистки накопительные (сточные воды с третичной очисткой прошли также вторичную и первичную): сточные воды со вторичной очисткой не должны превышать сточные воды с первичной очисткой; перепроверьте логический порядок уровней.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving tertiary treatment should not exceed wastewater receiving secondary treatment; re-check the logical order of the levels.":
    'По прочтению программы уровни очистки накопительные (сточные воды с третичной очисткой прошли также вторичную и первичную): сточные воды с третичной очисткой не должны превышать сточные воды со вторичной очисткой; перепроверьте логический порядок уровней.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the shares of the solid-waste treatment routes so that each is counted under one route only and none is missing.':
    'Доли одного целого должны в сумме давать около 100 % (программа допускает ± 2 %); перепроверьте доли способов обращения с твёрдыми отходами, чтобы каждая часть учитывалась только в одном способе и ничего не было пропущено.',
  '24-hour mean': 'среднесуточное значение',
  'annual mean': 'среднегодовое значение',
  'peak-season 8-hour mean': 'среднее за 8 часов в пиковый сезон',
  'Children aged 0–3 covered by day-care': 'Дети 0–3 лет, охваченные дневным уходом',
  'Day-care spots available for children aged 0–3 (public and private)': 'Места в учреждениях дневного ухода для детей 0–3 лет (государственных и частных)',
  'Part of the electricity supply system monitored by ICT (e.g. km of grid)':
    'Часть системы электроснабжения, контролируемая с помощью ИКТ (например, км сети)',
  'Length of the electricity supply system monitored by ICT (km)': 'Протяжённость системы электроснабжения, контролируемой с помощью ИКТ (км)',
  'Whole electricity supply system (same measure)': 'Вся система электроснабжения (та же мера)',
  'Total length of the electricity supply system (km)': 'Общая протяжённость системы электроснабжения (км)',
  'Road traffic deaths (per year)': 'Погибшие в дорожно-транспортных происшествиях (в год)',
  'Road traffic deaths within 30 days of the crash (per year)': 'Погибшие в дорожно-транспортных происшествиях в течение 30 дней после аварии (в год)',
  'share of the water consumed that comes from freshwater sources (%)': 'доля потребляемой воды из источников пресной воды (%)',
  'freshwater consumed per inhabitant (m³ per year)': 'потребление пресной воды на жителя (м³ в год)',
  'Total water consumed (m³ per year)': 'общее потребление воды (м³ в год)',
  'Population (city profile)': 'Население (профиль города)',
  'none: the index was entered directly': 'нет: индекс вводился напрямую',
  'Travel time during peak periods (min)': 'Время в пути в часы пик (мин)',
  'Travel time during free-flow periods (min)': 'Время в пути при свободном движении (мин)',
};
