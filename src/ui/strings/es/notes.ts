/**
 * Spanish notes of the KPIs (by code), sources of the reference targets (by data point id) and the
 * "where sources disagree" texts (by their English text): WORKING TRANSLATION of
 * src/engine/frameworks/u4ssc/catalogue.json and reference-targets.json (see ../kpi-names.ts).
 * Document codes (VM22-p95, CM17-p75, FS-Valencia, VR-Karmøy, NOR, KS, [MEM]) are kept as the
 * catalogue cites them; titles of documents follow their official Spanish titles where they exist.
 */
const UNREAD = 'Página oficial no leída.';
const TWO = 'Nombre confirmado por dos fuentes;';
const NOT_FOUND = 'Página oficial no encontrada en las copias guardadas de la Metodología de recopilación y del Manual de verificación.';
const SUM_CHECK =
  'La comprobación de que los valores suman alrededor del 100 % (± 2 %) sigue la lectura del Manual de verificación hecha en el tique #12; su página no se encontró, así que la comprobación es juicio del banco de trabajo y se formula como tal.';

export const NOTES: Record<string, string> = {
  'EC: ICT: ICT: 1C':
    'El Manual de verificación espera valores más bajos en las regiones menos desarrolladas y sugiere comparar con las estadísticas nacionales de la UIT. Ejemplo de madurez de la Y.4904 (FS-Valencia p50): nivel 2 = 30 %, 3 = 50 %, 4 = 70 %, 5 = 90 %.',
  'EC: ICT: ICT: 2C':
    'Las suscripciones se cuentan respecto de los hogares, así que las suscripciones de empresas o varias suscripciones por hogar pueden en principio llevar el valor por encima de 100; por eso la fórmula no se trata como una proporción (sin límite superior). La metodología de 2017 cita una penetración media de la OCDE de alrededor del 30 %. La página de 2022 indica el indicador 17.6.2 de los ODS además del 17.8.1; no se pudo comprobar si el 17.6.2 figuraba en la página de 2017.',
  'EC: ICT: ICT: 3C': `${UNREAD} Los valores superiores a 100 000 son normales (una persona puede tener varias suscripciones); Karmøy declaró 95 424 por 100 000.`,
  'EC: ICT: ICT: 4C': `${UNREAD} Las fuentes hablan de la cobertura de la ciudad sin aclarar si se mide por población o por superficie; este catálogo usa la población. Si su operador declara la cobertura por superficie, introduzca directamente el porcentaje. El indicador 9.c.1 de los ODS (población cubierta por una red móvil) es un vínculo probable, pero citado solo de memoria.`,
  'EC: ICT: ICT: 5A':
    'Básico o avanzado, sin resolver: el panel NOR clasifica este KPI como EC: ICT: ICT: 5C (básico), el vocabulario KS como 5A (avanzado), y la especificación FG-SSC de 2015 lo incluía como indicador adicional (A1.1.7). Este catálogo usa 5A (avanzado); la importación acepta cualquiera de los dos códigos. El nombre está confirmado por dos fuentes (M); el nivel es de baja confianza. Los informes de U4SSC no muestran referencia para él («N/A» en VR-Karmøy), y un recuento bruto no es comparable entre ciudades de distinto tamaño.',
  'EC: ICT: WS: 1C': `${UNREAD} El Manual de verificación (VM22-p44, página de contadores eléctricos inteligentes) señala que la penetración de los contadores eléctricos inteligentes suele ser mayor que esta; no se ha codificado ninguna comprobación.`,
  'EC: ICT: WS: 2A': `${TWO} la fórmula basada en la longitud se cita de memoria, por analogía con el monitoreo TIC del drenaje (EC: ICT: D: 1A), y no está verificada.`,
  'EC: ICT: ES: 1C':
    'El Manual de verificación señala que los valores varían mucho entre ciudades y suelen ser mayores que los de contadores de agua inteligentes (EC: ICT: WS: 1C).',
  'EC: ICT: ES: 2A':
    'Basado en la longitud: km del sistema de suministro eléctrico monitoreados por TIC ÷ km totales del sistema, según la página oficial (VM22-p45, que también clasifica el KPI como avanzado / inteligente); el catálogo 2017.1 decía que las fuentes no especificaban la medida.',
  'EC: ICT: ES: 3A': UNREAD,
  'EC: ICT: PS: 1A': 'El Manual de verificación advierte de que el denominador (el inventario de conjuntos de datos potenciales) a menudo debe cuestionarse.',
  'EC: ICT: PS: 2A': 'Definición leída en la página oficial; el vínculo con los ODS procede del vocabulario KS.',
  'EC: P: IN: 1C':
    'Solo se leyó la segunda mitad de la página oficial (ODS y orientaciones de verificación); la definición procede de NOR. El Manual de verificación señala que muchas ciudades carecen de datos a escala de ciudad.',
  'EC: P: IN: 2C': UNREAD,
  'EC: P: EM: 1C':
    'Las normas nacionales difieren mucho (la metodología menciona, p. ej., alrededor del 3 % en Japón, 5–7 % en América del Norte, 23 % en Grecia). El vínculo con los ODS (objetivo 8) procede del vocabulario KS.',
  'EC: P: EM: 2C': UNREAD,
  'EC: P: EM: 3A':
    'El sentido es ambiguo: una mayor proporción de turismo no es claramente mejor (la referencia la considera dependiente del contexto). Este catálogo sigue el panel NOR y trata más alto como mejor; considere fijar una meta local o retirar la referencia.',
  'EC: P: EM: 4A': UNREAD,
  'EC: I: WS: 1C':
    'Página oficial no encontrada en las copias guardadas. El abastecimiento de agua potable (EC: I: WS: 2C) no debería superar este valor (VM22-p68). El catálogo 2017.2 señalaba aquí los valores inferiores al 90 %, según la lectura del tique #12 («abastecimiento básico de agua (EC: I: WS: 5C)»); la página del manual encontrada (VM22-p73) da ese rango para el saneamiento de los hogares (EC: I: WS: 5C), adonde el catálogo 2017.3 trasladó la comprobación.',
  'EC: I: WS: 2C': 'Solo se leyó la segunda mitad de la página oficial (ODS y orientaciones de verificación); la definición procede de NOR.',
  'EC: I: WS: 3C': `${TWO} la fórmula se cita de memoria [MEM] y no está verificada. NOR marca este KPI como «más alto es mejor», casi con certeza un error; este catálogo usa «más bajo es mejor».`,
  'EC: I: WS: 4C': `${TWO} la fórmula se cita de memoria [MEM]. Podría definirse sobre la población en lugar de los hogares (como en ISO 37120); en ese caso, introduzca directamente el porcentaje.`,
  'EC: I: WS: 5C':
    'Páginas oficiales VM22-p72/73 (básico / sostenible): hogares con acceso a instalaciones básicas de saneamiento ÷ hogares, indicador 6.2.1 de los ODS. VM22-p73 considera normal el 90 % o más y pide revisar los valores muy inferiores, y si se contaron habitantes en lugar de hogares: un valor inferior al 90 % se señala (catálogo 2017.3; el 2017.2 había puesto esta comprobación en el abastecimiento básico de agua).',
  'EC: I: WA: 1C': UNREAD,
  'EC: I: ES: 1C':
    'El Manual de verificación pide datos de las empresas eléctricas. La redacción de 2017 cuenta los «clientes interrumpidos», la de 2022 las «interrupciones de clientes»; este catálogo sigue la de 2022.',
  'EC: I: ES: 2C': 'El denominador es el mismo recuento que el numerador de la frecuencia de cortes (EC: I: ES: 1C).',
  'EC: I: T: 1C': UNREAD,
  'EC: I: T: 2A':
    'Página oficial VM22-p79 (avanzado / sostenible): numerador, los habitantes de la ciudad que viven a menos de 0,5 km de una parada de transporte público; denominador, todos los habitantes, × 100, unidad porcentaje; la UITP considera cómodo el acceso a menos de 0,5 km de una parada reconocida oficialmente. Más alto es mejor.',
  'EC: I: T: 3C': UNREAD,
  'EC: I: T: 4A': `${NOT_FOUND} El paratránsito a menudo no está disponible o no se declara (VR-Rana). Se trata más alto como mejor para cada modo excepto los vehículos privados. ${SUM_CHECK}`,
  'EC: I: T: 5A':
    'Página oficial VM22-p82 (avanzado / sostenible): numerador, el tiempo de viaje en las horas punta (min); denominador, el tiempo de viaje con tráfico fluido (min), unidad razón, meta 11.2 de los ODS. La página califica un índice de 1,5 o menos de «bueno», de 1,5 a 2,5 de «potencialmente aceptable» y por encima de 2,5 de «menos deseable». El catálogo 2017.4 calcula la razón a partir de los dos tiempos de viaje; una razón publicada por un proveedor de datos de tráfico puede seguir introduciéndose directamente como valor (véase la alternativa). Con la puntuación «más bajo es mejor», el mejor valor alcanzable es 1,0.',
  'EC: I: T: 6A': UNREAD,
  'EC: I: T: 7A': UNREAD,
  'EC: I: T: 8A': `${TWO} el denominador (todos los turismos matriculados) se cita de memoria [MEM]. Lo que cuenta como «bajo en carbono» no está definido en las fuentes leídas.`,
  'EC: I: B: 1A': UNREAD,
  'EC: I: B: 2A': UNREAD,
  'EC: I: UP: 1A': UNREAD,
  'EC: I: UP: 2A': 'Página oficial no leída; qué vale como estrategia para cada atributo se deja al evaluador.',
  'EN: EN: AQ: 1C':
    'Cada contaminante se declara como concentración media anual en µg/m³ (VM22-p95); la misma página da las conversiones desde ppb (NO2 × 1,9, SO2 × 2,62, O3 × 1,96), ofrecidas al introducir: escriba «40 ppb». El catálogo 2017.1 pedía el SO2 como media de 24 horas y el O3 como media de 8 horas en temporada alta (las métricas de las directrices de la OMS); véase la alternativa más abajo. FS-Mashhad compara los valores con los niveles de las directrices de la OMS.',
  'EN: EN: AQ: 2C':
    'Página oficial CM17-p75 (básico / sostenible): emisiones de gases de efecto invernadero por habitante; enumera los métodos de inventario que puede usar una ciudad (GPC, PAS 2070, directrices del IPCC), pero la copia guardada no dice qué sectores y alcances contar. No se fija límite inferior: son posibles emisiones netas negativas (p. ej., con grandes sumideros de carbono).',
  'EN: EN: WS: 1C':
    'Página oficial CM17-p77 (básico / sostenible): hogares cubiertos por un plan de seguridad del agua auditado, con la calidad del agua potable medida según las Guías para la calidad del agua de consumo humano de la OMS (cuarta edición). Su referencia a los ODS no figura en la copia guardada.',
  'EN: EN: WS: 2C': `${TWO} la unidad (litros por habitante y día) se cita de memoria [MEM].`,
  'EN: EN: WS: 3C':
    'La página oficial CM17-p79 (básico / sostenible) llama al KPI «Consumo de agua dulce» y mide las extracciones de agua dulce (de aguas subterráneas o superficiales para el abastecimiento público, la industria y otros usos; excluida la hidroelectricidad) en m³ por habitante; un valor creciente significa más presión sobre los recursos de agua dulce, así que más bajo es mejor, aunque la página añade que valores muy bajos pueden dejar margen para un crecimiento sostenible del uso. El catálogo 2017.4 sigue la página; los catálogos 2017.1 a 2017.3 medían la proporción en % del agua consumida que procede de fuentes de agua dulce (las listas NOR y KS), que se conserva como alternativa. El numerador no cambia (agua dulce consumida, m³ al año): una evaluación que lo introdujo obtiene el valor por habitante a partir de la población del perfil; una proporción introducida directamente no se puede convertir y se lista para revisión.',
  'EN: EN: WS: 4C':
    'Los niveles de tratamiento son acumulativos en la lectura del banco de trabajo (el tique #12 citaba VM22 p. 32, pero esa página nunca se leyó y, en la numeración del libro digital, la p. 33 ya abre los KPI de economía; no se encontró ninguna página con la regla, así que la comprobación es juicio del banco de trabajo): las aguas residuales con tratamiento terciario cuentan también en el secundario y el primario, de modo que el secundario es como máximo el primario y el terciario como máximo el secundario; un valor fuera de ese orden se señala. El vocabulario KS codifica este KPI como EN: EN: WS: 3C, un error (3C es el consumo de agua dulce); ese código no se acepta como alias.',
  'EN: EN: WA: 1C': `${NOT_FOUND} La referencia solo da sentido para el reciclado (más alto) y los vertederos incontrolados / la quema (más bajo); tratar el relleno sanitario, la incineración (que puede incluir recuperación de energía) y «otro» como «más bajo es mejor» es una elección de este catálogo. ${SUM_CHECK}`,
  'EN: EN: EQ: 1C':
    'Página oficial CM17-p83 (básico / inteligente): emplazamientos de antenas que cumplen las directrices de exposición a CEM (Recomendaciones UIT-T K.83, K.91, K.113). El vínculo con los ODS (16.b) procede del vocabulario KS y parece discutible; la referencia a los ODS de la propia página no figura en la copia guardada.',
  'EN: EN: EQ: 2A': 'Página oficial no leída; las fuentes leídas no dan el umbral de ruido.',
  'EN: EN: PSN: 1C': `${TWO} la unidad (hectáreas) se cita de memoria [MEM], según ISO 37120.`,
  'EN: EN: PSN: 2A': `${TWO} el criterio de distancia a pie se cita de memoria [MEM] y su valor no se conoce.`,
  'EN: EN: PSN: 3A': UNREAD,
  'EN: EN: PSN: 4A': `${UNREAD} Las fuentes dicen «superficie por 100 000» sin unidad; el metro cuadrado es una elección de este catálogo.`,
  'EN: E: E: 1C': `${TWO} la fórmula se cita de memoria [MEM]. No está verificado si abarca toda la energía final o solo la electricidad.`,
  'EN: E: E: 2C': `${UNREAD} «Más bajo es mejor» sigue la indicación de sentido de NOR; valores muy bajos pueden reflejar en cambio un acceso deficiente.`,
  'EN: E: E: 3C': 'Página oficial no leída; lo que cuenta como energía térmica es una paráfrasis de este catálogo.',
  'EN: E: E: 4A': UNREAD,
  'SC: EH: ED: 1C':
    'Página oficial CM17-p97 (básico / inteligente): estudiantes con acceso en el aula a instalaciones TIC ÷ estudiantes matriculados, escuelas públicas y privadas. Cita los indicadores 4.4.1 y 4.a.1 de los ODS y una meta del ODS 5 cuyo número está cortado en la copia guardada (se mantiene a nivel de objetivo).',
  'SC: EH: ED: 2C':
    'Los valores superiores al 100 % son posibles cuando estudiantes de fuera de la ciudad asisten a sus escuelas (VM22-p118): se aceptan y puntúan. CM17-p98 (básico / estructural) cuenta los estudiantes de primaria y secundaria, públicos y privados, sobre la población en edad escolar, con la meta 4.1 de los ODS. La página de 2017 escribe el nombre con ortografía estadounidense y el texto con ortografía británica; este catálogo usa la británica.',
  'SC: EH: ED: 3C':
    'Páginas oficiales CM17-p99 y VM22-p119 (básico / estructural): habitantes con al menos un título de educación superior (postsecundaria, incluida la no terciaria) por 100 000 habitantes.',
  'SC: EH: ED: 4C':
    'Páginas oficiales CM17-p100 y VM22-p120 (básico / estructural): habitantes adultos considerados alfabetizados ÷ habitantes adultos, siendo adultos los de 15 años o más (la definición de la UNESCO que cita la página); indicador 4.6.1 de los ODS.',
  'SC: EH: ED: 5A':
    'Peculiaridad de código: la metodología de 2017 sitúa este KPI en la categoría de Salud pero lo numera SC: EH: ED: 5A (un código de Educación). Aquí se puntúa en Salud. El vocabulario KS lo renumera SC: EH: H: 6A, aceptado como alias al importar. El texto de la metodología plantea el consentimiento en materia de privacidad y los límites de conservación de los registros. El vínculo con los ODS procede del vocabulario KS.',
  'SC: EH: H: 1C': UNREAD,
  'SC: EH: H: 2C':
    'Página oficial CM17-p103 (básico / estructural): muertes maternas en un año por 100 000 nacidos vivos de ese año, según la definición de la OMS (muerte durante el embarazo o dentro de los 42 días siguientes a su terminación, por una causa relacionada con el embarazo o su atención o agravada por ellos); más bajo es mejor. VM22-p123 remite al indicador 3.1.1 de los ODS y pide a los verificadores comprobar que la tasa es por 100 000 nacidos vivos y no por habitante. En ciudades pequeñas el valor oscila mucho de un año a otro.',
  'SC: EH: H: 3C':
    'Página oficial CM17-p104 (básico / estructural): médicos autorizados, generalistas y especialistas (la clasificación de la OMS), por 100 000 habitantes.',
  'SC: EH: H: 4A': UNREAD,
  'SC: EH: H: 5A': UNREAD,
  'SC: EH: C: 1C': `${TWO} el denominador (presupuesto municipal) se cita de memoria [MEM].`,
  'SC: EH: C: 2A': 'Página oficial no leída; los ejemplos de instituciones son ilustrativos.',
  'SC: SH: HO: 1C': UNREAD,
  'SC: SH: HO: 2A': 'Página oficial no leída; las fuentes leídas no precisan si se trata de una proporción media o mediana.',
  'SC: SH: SI: 1C':
    'Página oficial CM17-p113 (básico / estructural): razón entre los ingresos medios por hora de las trabajadoras y los de los trabajadores, sin ajustar; 1 significa igualdad. La página pide USD; la razón es la misma en cualquier moneda única, así que las entradas aquí se dan en moneda local. Se puntúa como meta en franja en torno a la paridad (1,0): los valores por encima de 1 también cuentan como brecha. Bizerta declaró 0,74 (mujeres:hombres).',
  'SC: SH: SI: 2C': `${UNREAD} Si su fuente publica el índice de Gini en una escala de 0 a 100, divida por 100.`,
  'SC: SH: SI: 3C':
    'Página oficial CM17-p115 (básico / estructural): habitantes que viven en la pobreza, respecto del umbral nacional de pobreza; registre la línea de pobreza usada en la nota de fuente.',
  'SC: SH: SI: 4C': UNREAD,
  'SC: SH: SI: 5A':
    'El numerador son las plazas de guardería disponibles, no los niños atendidos (CM17-p118; VM22-p143): un valor superior al 100 % es posible y puntúa. El catálogo 2017.1 contaba los niños atendidos y limitaba el valor al 100 %. La etiqueta de tipo difiere entre las páginas: sostenible en 2017 (CM17-p118), estructural en 2022 (VM22-p143); el catálogo sigue la página más reciente. Ambas páginas remiten a las metas 4.2, 5.5 y 10.4 de los ODS.',
  'SC: SH: SA: 1C': `${UNREAD} Los sucesos raros hacen volátiles los valores de un solo año.`,
  'SC: SH: SA: 2C': `${UNREAD} Las pérdidas no son un componente del PIB y un año catastrófico podría superarlo, así que la razón no se trata como una proporción (sin límite superior).`,
  'SC: SH: SA: 3A':
    'Página oficial CM17-p121 (avanzado / sostenible): la ciudad declara si ha implantado la reducción del riesgo de desastres conforme al Marco de Sendái 2015-2030, con cuatro elementos: infraestructuras y sistemas urbanos disponibles para la resiliencia, evaluaciones de riesgo y vulnerabilidad, planes financieros (de capital y de operación) y sistemas técnicos para aplicarlos. Se declara aquí con un único sí/no; una ciudad con solo algunos de los elementos debería documentarlo en la nota.',
  'SC: SH: SA: 4A':
    'Página oficial CM17-p123 (avanzado / sostenible): habitantes que viven en zonas expuestas a amenazas naturales (ciclones, sequías, inundaciones, terremotos, volcanes, deslizamientos) ÷ habitantes; la página dice que puede calcularse por amenaza. Más bajo es mejor.',
  'SC: SH: SA: 5A':
    'Página oficial no leída; las fuentes leídas no precisan qué servicios ni qué intervalo (de la llamada a la llegada, del despacho a la llegada).',
  'SC: SH: SA: 6C':
    'El sentido es ambiguo: más agentes de policía no es claramente mejor. Este catálogo sigue el panel NOR (más alto es mejor). La vinculación de KS con los ODS (objetivo 3) parece un error; el objetivo 16 sería más natural.',
  'SC: SH: SA: 7C':
    'El sentido es ambiguo: más bomberos no es claramente mejor. Este catálogo sigue el panel NOR (más alto es mejor). La vinculación de KS con los ODS (objetivo 3) parece un error.',
  'SC: SH: SA: 8C': 'Página oficial no leída; qué delitos cuentan como violentos sigue las estadísticas nacionales y difiere entre países.',
  'SC: SH: SA: 9C':
    'Página oficial CM17-p129 (básico / estructural): muertes por tráfico por 100 000 habitantes, siendo una muerte vial la de una persona fallecida en el acto o dentro de los 30 días siguientes al accidente (la definición de la OMS que cita la página).',
  'SC: SH: FS: 1A': `${UNREAD} A menudo no se declara (VR-Rana).`,
};

const WB = 'Juicio del banco de trabajo';
const STATS = 'Juicio del banco de trabajo a partir de estadísticas publicadas, que no fijan umbral';
const SAME = {
  coverage: 'Meta 9.c de los ODS, indicador 9.c.1 (población cubierta por una red móvil, por tecnología)',
  fullCoverage: `${WB} (cobertura completa como estado final)`,
  planning:
    'Nueva Agenda Urbana (Hábitat III, 2016); meta 11.3 de los ODS; Directrices internacionales sobre planificación urbana y territorial de ONU-Hábitat (2015)',
  who: 'Directrices mundiales de la OMS sobre la calidad del aire (2021)',
  unep: 'Perspectiva mundial de la gestión de residuos del PNUMA (eliminar los vertederos incontrolados y la quema a cielo abierto); meta 11.6 de los ODS',
  context: 'Ninguna (el sentido depende del contexto)',
  geography: 'Ninguna (depende de la geografía)',
  strategies: 'Estrategias de movilidad de ciudades (plan de movilidad urbana de Viena 80:20, estrategia de transporte del alcalde de Londres 2018',
};

export const SOURCES: Record<string, string> = {
  'EC: ICT: ICT: 1C|':
    'Metas 9.c y 17.8 de los ODS (acceso universal y asequible a Internet); ejemplo del modelo de madurez UIT-T Y.4904, nivel 5 = 90 % (a través de la ficha de U4SSC sobre Valencia 2020)',
  'EC: ICT: ICT: 2C|': `${WB}; penetración media de la banda ancha en la OCDE citada en la Metodología de recopilación de U4SSC (2017), página de suscripciones a banda ancha fija`,
  'EC: ICT: ICT: 3C|': `${STATS}; Indicadores mundiales de telecomunicaciones/TIC de la UIT (Datos y cifras): suscripciones activas a banda ancha móvil por 100 habitantes`,
  'EC: ICT: ICT: 4C|3G': SAME.coverage,
  'EC: ICT: ICT: 4C|4G': SAME.coverage,
  'EC: ICT: ICT: 5A|': 'Informe de verificación de U4SSC Karmøy 2020, p. 14 (referencia indicada como N/A)',
  'EC: ICT: WS: 1C|': `${WB} (despliegue completo como estado final)`,
  'EC: ICT: WS: 2A|': SAME.fullCoverage,
  'EC: ICT: D: 1A|': SAME.fullCoverage,
  'EC: ICT: ES: 1C|':
    'Directiva europea de electricidad 2009/72/CE, anexo I (despliegue de contadores inteligentes del 80 % en 2020 donde el análisis coste-beneficio sea positivo)',
  'EC: ICT: ES: 2A|': SAME.fullCoverage,
  'EC: ICT: ES: 3A|':
    'Ninguna encontrada; la Directiva (UE) 2019/944 de electricidad da a los consumidores derecho a contratos de precios dinámicos pero no fija un nivel de participación',
  'EC: ICT: T: 1C|': `${WB} (práctica de las ciudades punteras: datos en tiempo real para toda la red)`,
  'EC: ICT: T: 2C|': `${WB} (cobertura completa de las calles principales como estado final)`,
  'EC: ICT: T: 3A|': `${WB} (práctica de las ciudades punteras con control adaptativo del tráfico en todo el territorio)`,
  'EC: ICT: PS: 1A|Percentage': 'Carta Internacional de Datos Abiertos (2015), principio 1 «Abiertos por defecto»',
  'EC: ICT: PS: 1A|Number': 'Ninguna (un recuento depende del tamaño de la ciudad y de la granularidad de los conjuntos de datos)',
  'EC: ICT: PS: 2A|':
    'Ninguna para un recuento; programa de política de la Década Digital 2030 de la UE (100 % de los servicios públicos clave en línea) como contexto',
  'EC: ICT: PS: 3A|': 'Directiva europea 2014/24/UE sobre contratación pública (medios electrónicos de comunicación obligatorios)',
  'EC: P: IN: 1C|': 'Objetivo europeo de intensidad de I+D del 3 % del PIB (estrategias de Lisboa y Europa 2020, Espacio Europeo de Investigación)',
  'EC: P: IN: 2C|': 'Ninguna (no hay meta internacional; los valores dependen de la especialización)',
  'EC: P: IN: 3A|': `${STATS}; estadísticas de pymes de la Comisión Europea (las pymes son alrededor del 99 % de las empresas de la UE); Manual de verificación de U4SSC 2022 (valores esperados por encima del 95 %)`,
  'EC: P: EM: 1C|': `${STATS}; meta 8.5 de los ODS (empleo pleno y productivo); normas nacionales de desempleo citadas en la Metodología de recopilación de U4SSC (2017)`,
  'EC: P: EM: 2C|': `${WB} basado en las estadísticas de desempleo juvenil de la OCDE y la OIT; meta 8.6 de los ODS (reducir la proporción de jóvenes que no están empleados y no cursan estudios ni reciben capacitación)`,
  'EC: P: EM: 3A|': 'Ninguna (sentido dependiente del contexto, véase u4ssc-kpis.md §2.2)',
  'EC: P: EM: 4A|': 'Ninguna encontrada; programa de política de la Década Digital 2030 de la UE (especialistas en TIC) señalado como no comparable',
  'EC: I: WS: 1C|': 'Meta 6.1 de los ODS (acceso universal para 2030)',
  'EC: I: WS: 2C|': 'Meta 6.1 de los ODS, indicador 6.1.1 (servicios de suministro de agua potable gestionados de manera segura)',
  'EC: I: WS: 3C|': `${WB} (desempeño de los servicios de agua punteros); meta 6.4 de los ODS (uso eficiente de los recursos hídricos)`,
  'EC: I: WS: 4C|':
    'Metas 6.2 y 6.3 de los ODS; Directiva europea 91/271/CEE sobre el tratamiento de las aguas residuales urbanas (sistemas colectores para todas las aglomeraciones de más de 2 000 habitantes equivalentes)',
  'EC: I: WS: 5C|': 'Meta 6.2 de los ODS (acceso al saneamiento para todos en 2030)',
  'EC: I: WA: 1C|': 'Meta 11.6 de los ODS, indicador 11.6.1 (desechos sólidos municipales recogidos y gestionados)',
  'EC: I: ES: 1C|': `${WB} basado en los informes comparativos del CEER sobre la calidad del suministro eléctrico (valores SAIFI europeos punteros)`,
  'EC: I: ES: 2C|': `${WB} basado en los informes comparativos del CEER (SAIDI y SAIFI de los sistemas europeos punteros)`,
  'EC: I: ES: 3C|': 'Meta 7.1 de los ODS, indicador 7.1.1 (acceso universal para 2030)',
  'EC: I: T: 1C|': 'Ninguna (depende de la definición y la densidad); véase EC: I: T: 2A',
  'EC: I: T: 2A|': 'Meta 11.2 de los ODS, indicador 11.2.1 (acceso cómodo al transporte público, método de ONU-Hábitat)',
  'EC: I: T: 3C|': `${WB} (cifras de ciudades punteras, p. ej., estadísticas de las redes ciclistas de Copenhague y Ámsterdam)`,
  'EC: I: T: 4A|Public transport': `${WB}; ${SAME.strategies}: 80 % en modos sostenibles para 2041)`,
  'EC: I: T: 4A|Private vehicle': `${WB}; ${SAME.strategies})`,
  'EC: I: T: 4A|Walking': `${WB}; reparto del objetivo del 80 % en modos sostenibles de las ciudades punteras`,
  'EC: I: T: 4A|Cycling': `${WB}; estrategia ciclista de la Ciudad de Copenhague (50 % de los desplazamientos al trabajo en bicicleta)`,
  'EC: I: T: 4A|Para-transport': 'Ninguna (depende del contexto; informe de verificación de U4SSC Rana 2020, p. 24)',
  'EC: I: T: 5A|': 'Manual de verificación de U4SSC (2022), p. 82, índice de tiempo de viaje: «TTI <= 1,5 es bueno» (VM22-p82)',
  'EC: I: T: 6A|': `${WB}; guía de planificación de bicicletas compartidas del ITDP (recomendación de densidad de estaciones y flota)`,
  'EC: I: T: 7A|': 'Ninguna (depende de la definición y del mercado)',
  'EC: I: T: 8A|': `${WB}; normas europeas de CO2 para turismos nuevos (Reglamento (UE) 2019/631 modificado en 2023: reducción del 100 % a partir de 2035); estadísticas noruegas de matriculación de vehículos`,
  'EC: I: B: 1A|': `${WB}; Directiva europea de eficiencia energética (papel ejemplar de los edificios de los organismos públicos) como contexto`,
  'EC: I: B: 2A|': SAME.fullCoverage,
  'EC: I: UP: 1A|': 'Ninguna (depende de la forma y los límites de la ciudad)',
  'EC: I: UP: 2A|Compact': SAME.planning,
  'EC: I: UP: 2A|Connected': SAME.planning,
  'EC: I: UP: 2A|Integrated': SAME.planning,
  'EC: I: UP: 2A|Inclusive': SAME.planning,
  'EC: I: UP: 2A|Resilient': SAME.planning,
  'EN: EN: AQ: 1C|PM10': SAME.who,
  'EN: EN: AQ: 1C|PM2.5': SAME.who,
  'EN: EN: AQ: 1C|NO2': SAME.who,
  'EN: EN: AQ: 1C|SO2':
    'Directiva (UE) 2024/2881 relativa a la calidad del aire ambiente, anexo I (valor límite del SO2 por año civil de 20 µg/m³ a partir de 2030); Directiva 2008/50/CE, anexo XIII (nivel crítico del SO2 para la vegetación, año civil: 20 µg/m³)',
  'EN: EN: AQ: 1C|O3': 'Ninguna (no hay referencia pública de media anual para el ozono)',
  'EN: EN: AQ: 2C|': 'C40 Cities, «Plazo 2020» (2016); objetivo de 1,5 °C del Acuerdo de París',
  'EN: EN: WS: 1C|':
    'Guías para la calidad del agua de consumo humano de la OMS (enfoque de planes de seguridad del agua); meta 6.1 de los ODS; Directiva (UE) 2020/2184 relativa a la calidad de las aguas destinadas al consumo humano (enfoque basado en el riesgo)',
  'EN: EN: WS: 2C|': `${WB}; orientaciones de la ONU y la OMS sobre el derecho al agua (50–100 litros por persona y día, un mínimo para las necesidades básicas) como contexto`,
  'EN: EN: WS: 3C|': 'Metodología de recopilación de U4SSC (2017), p. 79 (no da umbral); no se encontró meta internacional',
  'EN: EN: WS: 4C|Primary':
    'Meta 6.3 de los ODS (aguas residuales sin tratar); Directiva europea 91/271/CEE sobre el tratamiento de las aguas residuales urbanas',
  'EN: EN: WS: 4C|Secondary':
    'Directiva europea 91/271/CEE sobre el tratamiento de las aguas residuales urbanas (tratamiento secundario como requisito general)',
  'EN: EN: WS: 4C|Tertiary': `${WB}; refundición (UE) 2024/3019 de la Directiva sobre el tratamiento de las aguas residuales urbanas (tratamiento terciario para las grandes depuradoras)`,
  'EN: EN: WA: 1C|Landfill':
    'Directiva europea de vertederos modificada por la Directiva (UE) 2018/850: como máximo el 10 % de los residuos municipales en vertedero en 2035',
  'EN: EN: WA: 1C|Burnt': SAME.unep,
  'EN: EN: WA: 1C|Incinerated': `${STATS}; derivado de las metas europeas para 2035: Directiva marco de residuos modificada por (UE) 2018/851 (65 % de reciclado) y Directiva de vertederos modificada por (UE) 2018/850 (10 % en vertedero)`,
  'EN: EN: WA: 1C|Open dump': SAME.unep,
  'EN: EN: WA: 1C|Recycled':
    'Directiva marco europea de residuos modificada por la Directiva (UE) 2018/851: 65 % de los residuos municipales preparados para la reutilización y reciclados en 2035',
  'EN: EN: WA: 1C|Other': 'Ninguna (las vías de tratamiento «otras» no están definidas)',
  'EN: EN: EQ: 1C|': 'Directrices de la ICNIRP para limitar la exposición a campos electromagnéticos (2020), a las que remite la OMS',
  'EN: EN: EQ: 2A|':
    'Ninguna para un nivel; Plan de Acción «Contaminación Cero» de la UE (2021) y Directrices de la OMS sobre el ruido ambiental para la Región de Europa (2018) como contexto',
  'EN: EN: PSN: 1C|': 'Ninguna (no hay norma internacional rastreable); véase EN: EN: PSN: 2A',
  'EN: EN: PSN: 2A|':
    'Meta 11.7 de los ODS (acceso universal para 2030); publicaciones de la Oficina Regional de la OMS para Europa sobre espacios verdes urbanos y salud',
  'EN: EN: PSN: 3A|': `${WB}; Marco Mundial de Biodiversidad de Kunming-Montreal (2022), meta 3 (una parte de la tierra del mundo, no de cada ciudad); Estrategia de la UE sobre Biodiversidad para 2030`,
  'EN: EN: PSN: 4A|': 'Ninguna (no hay norma internacional)',
  'EN: E: E: 1C|': 'Directiva europea de energías renovables modificada por (UE) 2023/2413 (42,5 % en 2030); meta 7.2 de los ODS',
  'EN: E: E: 2C|': SAME.context,
  'EN: E: E: 3C|': 'Ninguna (depende del clima)',
  'EN: E: E: 4A|': `${WB}; criterios de construcción del Passivhaus Institut (un límite de energía primaria) como contexto`,
  'SC: EH: ED: 1C|': 'Meta 4.a de los ODS, indicador 4.a.1 (escuelas con acceso a computadoras e Internet con fines pedagógicos)',
  'SC: EH: ED: 2C|': 'Meta 4.1 de los ODS (enseñanza primaria y secundaria universal para 2030)',
  'SC: EH: ED: 3C|': `${WB} (conversión propia); objetivo europeo de titulación en educación superior (45 % de las personas de 25–34 años en 2030, Espacio Europeo de Educación) como contexto`,
  'SC: EH: ED: 4C|': 'Meta 4.6 de los ODS (alfabetización de jóvenes y adultos)',
  'SC: EH: ED: 5A|': 'Programa de política de la Década Digital 2030 de la UE (100 % de los ciudadanos con acceso a su historia clínica electrónica)',
  'SC: EH: H: 1C|': `${STATS}; Perspectivas de la Población Mundial de la ONU (esperanza de vida al nacer, países punteros)`,
  'SC: EH: H: 2C|': 'Meta 3.1 de los ODS (mortalidad materna inferior a 70 por 100 000 nacidos vivos para 2030)',
  'SC: EH: H: 3C|': `${WB}; Estadísticas de salud de la OCDE / Panorama de la salud (médicos en ejercicio por 1 000 habitantes); Estrategia mundial de la OMS de recursos humanos para la salud: personal sanitario 2030 como contexto`,
  'SC: EH: H: 4A|': `${WB}; Estadísticas de salud de la OCDE / Panorama de la salud (camas de hospital por 1 000 habitantes)`,
  'SC: EH: H: 5A|': 'Meta 3.8 de los ODS (cobertura sanitaria universal)',
  'SC: EH: C: 1C|': 'Ninguna (depende del reparto de competencias)',
  'SC: EH: C: 2A|': 'Ninguna (depende de la definición)',
  'SC: SH: HO: 1C|': 'Meta 11.1 de los ODS (vivienda adecuada, segura y asequible para todos en 2030)',
  'SC: SH: HO: 2A|': `${WB}; umbral de asequibilidad del 30 % del HUD estadounidense; tasa de sobrecarga del coste de la vivienda de Eurostat (40 %)`,
  'SC: SH: SI: 1C|': 'Convenio sobre igualdad de remuneración, núm. 100, de la OIT (1951); meta 8.5 de los ODS (igual remuneración por trabajo de igual valor)',
  'SC: SH: SI: 2C|': `${STATS}; base de datos de la OCDE sobre distribución de la renta (coeficientes de Gini nacionales más bajos); metas 10.1–10.2 de los ODS`,
  'SC: SH: SI: 3C|': `${WB}; base de datos de la OCDE sobre distribución de la renta (tasas de pobreza relativa); metas 1.1 y 1.2 de los ODS`,
  'SC: SH: SI: 4C|': `${WB} (participación en las elecciones municipales de Dinamarca y Suecia); meta 16.7 de los ODS (adopción de decisiones participativa)`,
  'SC: SH: SI: 5A|':
    'Recomendación del Consejo sobre la educación y los cuidados de la primera infancia (2022): objetivo de Barcelona revisado del 45 % de los niños menores de 3 años en 2030',
  'SC: SH: SA: 1C|': `${WB}; Marco de Sendái para la Reducción del Riesgo de Desastres 2015–2030, meta A; metas 1.5, 11.5 y 13.1 de los ODS`,
  'SC: SH: SA: 2C|': 'Ninguna para un nivel; Marco de Sendái, meta C; meta 11.5 de los ODS',
  'SC: SH: SA: 3A|': 'Marco de Sendái, meta E; meta 11.b de los ODS e indicador 1.5.4 (estrategias locales de reducción del riesgo de desastres)',
  'SC: SH: SA: 4A|': SAME.geography,
  'SC: SH: SA: 5A|': `${WB}; normas del programa de respuesta de ambulancias del NHS England (2017)`,
  'SC: SH: SA: 6C|': SAME.context,
  'SC: SH: SA: 7C|': SAME.context,
  'SC: SH: SA: 8C|': 'Ninguna para un nivel; meta 16.1 de los ODS',
  'SC: SH: SA: 9C|': `${STATS}; meta 3.6 de los ODS; Informe sobre la situación mundial de la seguridad vial de la OMS (tasas nacionales punteras)`,
  'SC: SH: FS: 1A|': SAME.geography,
};

/** Where sources disagree (EC: I: T: 5A, EN: EN: AQ: 1C, EN: EN: WS: 3C), keyed by the English text. */
export const ALTERNATIVES: Record<string, string> = {
  measure: 'medida',
  'the ratio computed from the peak and free-flow travel times in minutes, as the 2022 page defines it':
    'la razón calculada a partir de los tiempos de viaje en hora punta y con tráfico fluido, en minutos, como la define la página de 2022',
  'a travel time index published by a traffic-data provider, entered directly as the value: the same ratio, so no conversion is needed; name the provider and its road network in the source':
    'un índice de tiempo de viaje publicado por un proveedor de datos de tráfico, introducido directamente como valor: es la misma razón, no hace falta conversión; nombre al proveedor y su red viaria en la fuente',
  'averaging period of SO2 and O3': 'periodo de promedio del SO2 y el O3',
  'annual mean concentration, as the Verification Manual asks for every pollutant':
    'concentración media anual, como pide el Manual de verificación para cada contaminante',
  'the WHO 2021 guideline metrics: SO2 as a 24-hour mean (guideline 40 µg/m³) and O3 as a peak-season 8-hour mean (guideline 60 µg/m³), which catalogue 2017.1 used':
    'las métricas de las directrices de la OMS de 2021: el SO2 como media de 24 horas (directriz 40 µg/m³) y el O3 como media de 8 horas en temporada alta (directriz 60 µg/m³), que usaba el catálogo 2017.1',
  'VM22-p95; WHO Global Air Quality Guidelines (2021)': 'VM22-p95; Directrices mundiales de la OMS sobre la calidad del aire (2021)',
  'freshwater consumed per inhabitant in m³ per year, as the 2017 page measures it':
    'agua dulce consumida por habitante en m³ al año, como la mide la página de 2017',
  'the % share of the water consumed that comes from freshwater sources (the NOR and KS lists, catalogue 2017.1 to 2017.3): it converts to m³ per capita only with the total water consumed per inhabitant (share ÷ 100 × total), so enter the freshwater volume as the numerator instead, and give the share in the note if your programme reports it':
    'la proporción en % del agua consumida que procede de fuentes de agua dulce (las listas NOR y KS, catálogos 2017.1 a 2017.3): solo se convierte en m³ por habitante con el consumo total de agua por habitante (proporción ÷ 100 × total), así que introduzca en su lugar el volumen de agua dulce como numerador, y dé la proporción en la nota si su programa la declara',
};
