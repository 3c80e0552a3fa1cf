/** Spanish words of catalogue prose without a code (check messages, the change history's measures and former inputs), keyed by the English text. */
export const PHRASES: Record<string, string> = {
  'The Verification Manual expects fixed broadband subscriptions to be lower than Household Internet Access (EC: ICT: ICT: 1C); re-check both values.':
    'El Manual de verificación espera menos suscripciones de banda ancha fija que acceso de los hogares a Internet (EC: ICT: ICT: 1C); vuelva a comprobar ambos valores.',
  'More fixed broadband subscriptions than households: check that only residential subscriptions are counted, or explain the business and second subscriptions in a note.':
    'Más suscripciones de banda ancha fija que hogares: compruebe que solo se cuentan las suscripciones residenciales, o explique en una nota las suscripciones empresariales y secundarias.',
  'The Verification Manual treats values under 5 % of GDP as normal; re-check a value above that, and compare it with the national figure.':
    'El Manual de verificación considera normales los valores inferiores al 5 % del PIB; vuelva a comprobar un valor superior y compárelo con la cifra nacional.',
  'The Verification Manual expects SMEs to make up more than 95 % of enterprises; re-check the counts if the value is lower.':
    'El Manual de verificación espera que las pymes sean más del 95 % de las empresas; vuelva a comprobar los recuentos si el valor es menor.',
  'The Verification Manual treats 90 % and above as normal for household sanitation; re-check the counts of a value well below that (households, not inhabitants).':
    'El Manual de verificación considera normal un 90 % o más para el saneamiento de los hogares; vuelva a comprobar los recuentos de un valor claramente inferior (hogares, no habitantes).',
  'The Verification Manual expects Potable Water Supply to be lower than Basic Water Supply (EC: I: WS: 1C); re-check both values.':
    'El Manual de verificación espera que el suministro de agua potable sea menor que el suministro básico de agua (EC: I: WS: 1C); vuelva a comprobar ambos valores.',
  'The Verification Manual expects 90 % or more; re-check values well below that.':
    'El Manual de verificación espera un 90 % o más; vuelva a comprobar los valores claramente inferiores.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the mode shares of commuters so that each is counted under one route only and none is missing.':
    'Las partes de un mismo todo deberían sumar alrededor del 100 % (el banco de trabajo admite ± 2 %); vuelva a comprobar el reparto modal de los desplazamientos al trabajo para que cada uno se cuente en un solo modo y no falte ninguno.',
  'A travel time index below 1 means peak trips are faster than free-flow trips; re-check how the index was computed.':
    'Un índice de tiempo de viaje inferior a 1 significa que los viajes en hora punta son más rápidos que con tráfico fluido; vuelva a comprobar cómo se calculó el índice.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving secondary treatment should not exceed wastewater receiving primary treatment; re-check the logical order of the levels.":
    'Según la lectura del banco de trabajo, los niveles de tratamiento son acumulativos (las aguas residuales con tratamiento terciario también han recibido tratamiento secundario y primario): las aguas residuales con tratamiento secundario no deberían superar a las que reciben tratamiento primario; vuelva a comprobar el orden lógico de los niveles.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving tertiary treatment should not exceed wastewater receiving secondary treatment; re-check the logical order of the levels.":
    'Según la lectura del banco de trabajo, los niveles de tratamiento son acumulativos (las aguas residuales con tratamiento terciario también han recibido tratamiento secundario y primario): las aguas residuales con tratamiento terciario no deberían superar a las que reciben tratamiento secundario; vuelva a comprobar el orden lógico de los niveles.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the shares of the solid-waste treatment routes so that each is counted under one route only and none is missing.':
    'Las partes de un mismo todo deberían sumar alrededor del 100 % (el banco de trabajo admite ± 2 %); vuelva a comprobar las proporciones de las vías de tratamiento de residuos sólidos para que cada uno se cuente en una sola vía y no falte ninguno.',
  '24-hour mean': 'media de 24 horas',
  'annual mean': 'media anual',
  'peak-season 8-hour mean': 'media de 8 horas en temporada alta',
  'Children aged 0–3 covered by day-care': 'Niños de 0 a 3 años atendidos en guarderías',
  'Day-care spots available for children aged 0–3 (public and private)': 'Plazas de guardería disponibles para niños de 0 a 3 años (públicas y privadas)',
  'Part of the electricity supply system monitored by ICT (e.g. km of grid)':
    'Parte del sistema de suministro eléctrico supervisada mediante TIC (p. ej., km de red)',
  'Length of the electricity supply system monitored by ICT (km)': 'Longitud del sistema de suministro eléctrico supervisada mediante TIC (km)',
  'Whole electricity supply system (same measure)': 'Todo el sistema de suministro eléctrico (misma medida)',
  'Total length of the electricity supply system (km)': 'Longitud total del sistema de suministro eléctrico (km)',
  'Road traffic deaths (per year)': 'Muertes por accidentes de tráfico (por año)',
  'Road traffic deaths within 30 days of the crash (per year)': 'Muertes por accidentes de tráfico en los 30 días siguientes al accidente (por año)',
  'share of the water consumed that comes from freshwater sources (%)': 'proporción del agua consumida que procede de fuentes de agua dulce (%)',
  'freshwater consumed per inhabitant (m³ per year)': 'agua dulce consumida por habitante (m³ por año)',
  'Total water consumed (m³ per year)': 'Agua total consumida (m³ por año)',
  'Population (city profile)': 'Población (perfil de la ciudad)',
  'none: the index was entered directly': 'ninguno: el índice se introducía directamente',
};
