/**
 * Spanish rationales of the reference targets, keyed by data point id (see ../kpi-names.ts). Working
 * translation of the English texts in src/engine/frameworks/u4ssc/reference-targets.json.
 */
const UP = (what: string) =>
  `Sí: una estrategia o un plan a escala de la ciudad que aborde el desarrollo ${what}. Las directrices de planificación de ONU-Hábitat y la Nueva Agenda Urbana promueven ciudades más compactas, socialmente inclusivas, mejor integradas y conectadas, y resilientes; la meta 11.3 de los ODS pide una planificación participativa, integrada y sostenible.`;
const AQ = (pollutant: string, level: string) =>
  `Más bajo es mejor. El nivel de la guía de calidad del aire de la OMS de 2021 para ${pollutant} es una media anual de ${level} µg/m³. Muchas ciudades lo superan con creces; la OMS publica también metas intermedias que un programa puede usar como etapas.`;
const JUDGE = 'Sustitúyala por la referencia de su programa.';

export const RATIONALES: Record<string, string> = {
  'EC: ICT: ICT: 1C|':
    'La conectividad universal de los hogares es el punto final de las metas de los ODS sobre acceso a Internet, así que el logro pleno es el 100 %. El ejemplo de modelo de madurez de la UIT citado por U4SSC sitúa su nivel más alto en el 90 % de los hogares; una ciudad en ese nivel obtiene aquí 3 puntos y alcanza 4 puntos desde el 95 %.',
  'EC: ICT: ICT: 2C|': `Criterio del banco de trabajo: las ciudades europeas punteras tienen suscripción de banda ancha fija en la gran mayoría de los hogares, unas 80–100 por cada 100 hogares. Como comparación, la metodología cita una penetración media de la OCDE de alrededor del 30 %, contada por cada 100 habitantes; con 2–2,5 personas por hogar, eso equivale a unas 60–75 por cada 100 hogares (nuestra conversión). Los hogares solo móviles son legítimos, por eso la meta queda por debajo de 100. ${JUDGE}`,
  'EC: ICT: ICT: 3C|':
    'Una suscripción activa de banda ancha inalámbrica por habitante. Las estadísticas de la UIT muestran medias de los países desarrollados ya por encima de 100 suscripciones activas de banda ancha móvil por cada 100 habitantes, así que es un nivel que las ciudades punteras alcanzan o superan.',
  'EC: ICT: ICT: 4C|3G':
    'Cobertura 3G completa de la población de la ciudad. El indicador 9.c.1 de los ODS sigue la proporción de la población cubierta por una red móvil, por tecnología; el logro pleno del acceso universal significa el 100 %.',
  'EC: ICT: ICT: 4C|4G':
    'Cobertura 4G completa de la población de la ciudad. El indicador 9.c.1 de los ODS sigue la proporción de la población cubierta por una red móvil, por tecnología; el logro pleno del acceso universal significa el 100 %.',
  'EC: ICT: ICT: 5A|':
    'No hay base pública para una referencia única: un simple recuento de puntos de acceso depende del tamaño y la superficie de la ciudad y no se normaliza por población, así que ninguna cifra es comparable entre ciudades. Los informes de verificación de U4SSC tampoco muestran referencia para este KPI (N/A). Fije su propio objetivo si lo sigue en el tiempo.',
  'EC: ICT: WS: 1C|': `Criterio del banco de trabajo: no existe meta internacional para los contadores de agua inteligentes; un despliegue completo en toda la ciudad (todos los contadores inteligentes) es el estado final que los servicios punteros han alcanzado o planifican. ${JUDGE}`,
  'EC: ICT: WS: 2A|': `Criterio del banco de trabajo: toda la red de distribución supervisada mediante TIC es el estado final de la digitalización de la red; ninguna meta internacional da un nivel inferior. ${JUDGE}`,
  'EC: ICT: D: 1A|': `Criterio del banco de trabajo: todo el sistema de drenaje y aguas pluviales supervisado mediante TIC es el estado final; no existe meta internacional. Muchas ciudades solo supervisan puntos críticos, así que por ahora cabe esperar puntuaciones bajas. ${JUDGE}`,
  'EC: ICT: ES: 1C|':
    'El Tercer Paquete Energético de la UE fijó el objetivo de que, donde el análisis coste-beneficio sea positivo, al menos el 80 % de los consumidores de electricidad dispongan de sistemas de medición inteligente en 2020.',
  'EC: ICT: ES: 2A|': `Criterio del banco de trabajo: todo el sistema de suministro eléctrico supervisado mediante TIC es el estado final de la digitalización de la red; ninguna meta internacional da un nivel inferior. ${JUDGE}`,
  'EC: ICT: ES: 3A|':
    'No hay base pública para una referencia única: ninguna meta internacional fija la proporción de clientes capaces de participar en la respuesta a la demanda, y el nivel alcanzable depende de las tarifas y del diseño del mercado nacionales (contratos de precio dinámico, agregadores). Fije un objetivo acorde con su plan nacional de redes inteligentes.',
  'EC: ICT: T: 1C|': `Criterio del banco de trabajo: la información en tiempo real sobre la próxima llegada cuenta tanto si se muestra en la parada como en la web o en una aplicación, así que las ciudades punteras ya la ofrecen en todas las paradas. ${JUDGE}`,
  'EC: ICT: T: 2C|': `Criterio del banco de trabajo: el KPI solo abarca arterias y autopistas, y las ciudades punteras supervisan toda su red viaria principal con sensores o cámaras. ${JUDGE}`,
  'EC: ICT: T: 3A|': `Criterio del banco de trabajo: las ciudades que explotan un sistema de semáforos adaptativo en toda su área (por ejemplo SCATS en Sídney) gestionan de forma adaptativa casi todas sus intersecciones semaforizadas, así que la cobertura completa es alcanzable. ${JUDGE}`,
  'EC: ICT: PS: 1A|Percentage':
    'Abierto por defecto: todo conjunto de datos inventariado que pueda publicarse legalmente debería publicarse como dato abierto, así que el logro pleno es el 100 % del inventario.',
  'EC: ICT: PS: 1A|Number':
    'No hay base pública para una referencia única: el número de conjuntos de datos abiertos crece con el tamaño de la ciudad, sus competencias y la forma de dividir los conjuntos, así que un recuento no es comparable entre ciudades. El punto de datos en porcentaje lleva la referencia.',
  'EC: ICT: PS: 2A|':
    'No hay base pública para una referencia única: el número de servicios prestados electrónicamente depende de los servicios de los que es responsable la ciudad y de cómo se cuentan. La Década Digital de la UE aspira al 100 % de los servicios públicos clave en línea en 2030, una proporción y no un recuento; siga el recuento frente a su propio objetivo.',
  'EC: ICT: PS: 3A|':
    'Las normas de contratación pública de la UE hicieron obligatoria la comunicación electrónica en los procedimientos de contratación (desde octubre de 2018), así que la contratación totalmente electrónica es una base legal establecida en la UE.',
  'EC: P: IN: 1C|':
    'El objetivo histórico de la UE es invertir el 3 % del PIB en investigación y desarrollo. Se usa aquí a escala de ciudad; las ciudades con universidades o empresas intensivas en investigación pueden superarlo, y el Manual de verificación señala que los valores por debajo del 5 % son normales.',
  'EC: P: IN: 2C|':
    'No hay base pública para una referencia única: la producción de patentes depende mucho de la especialización económica de la ciudad, de la presencia de instituciones de investigación y de dónde registran su dirección los solicitantes, y no existe meta internacional. Compare en su lugar con ciudades similares o con sus propios valores anteriores.',
  'EC: P: IN: 3A|':
    'Las pequeñas y medianas empresas son alrededor del 99 % de todas las empresas de la UE, y el Manual de verificación espera valores superiores al 95 %. Una ciudad con el 95 % obtiene 4 puntos frente a esta meta.',
  'EC: P: EM: 1C|':
    'Más bajo es mejor. La meta 8.5 de los ODS pide el pleno empleo sin dar una tasa; alrededor del 3 % es el nivel de las economías con mejores resultados y se acerca al desempleo friccional (la propia metodología menciona alrededor del 3 % en Japón). Una ciudad con el 6 % obtiene la mitad de la meta.',
  'EC: P: EM: 2C|': `Más bajo es mejor. Criterio del banco de trabajo: las tasas de desempleo juvenil (15–24) más bajas de las estadísticas de la OCDE rondan el 4–7 % (p. ej., Japón, Alemania); se usa el 6 % como nivel puntero. ${JUDGE}`,
  'EC: P: EM: 3A|':
    'No hay base pública para una referencia única: una mayor proporción de empleo en el turismo no es claramente mejor ni peor (puede indicar dependencia de un sector), y el nivel adecuado depende de la economía de la ciudad. No existe meta internacional.',
  'EC: P: EM: 4A|':
    'No hay base pública para una referencia única: el empleo en el sector de las TIC refleja la especialización económica de la ciudad. La meta de la Década Digital de la UE de 20 millones de especialistas en TIC para 2030 cuenta especialistas de todos los sectores, no el empleo en el sector de las TIC, así que no puede usarse directamente.',
  'EC: I: WS: 1C|':
    'La meta 6.1 de los ODS aspira al acceso universal al agua potable en 2030, así que el logro pleno significa que todos los hogares tienen al menos un suministro básico de agua.',
  'EC: I: WS: 2C|':
    'El indicador 6.1.1 de los ODS mide el agua potable gestionada de forma segura; el acceso universal en 2030 significa el 100 % de los hogares.',
  'EC: I: WS: 3C|': `Más bajo es mejor. Criterio del banco de trabajo: servicios punteros como los de Singapur y Tokio declaran pérdidas de distribución de un solo dígito, y alrededor del 10 % se considera habitualmente buena práctica en redes bien gestionadas. Una ciudad que pierde el 20 % obtiene la mitad de la meta. ${JUDGE}`,
  'EC: I: WS: 4C|':
    'El logro pleno de las metas 6.2 y 6.3 de los ODS exige que todos los hogares estén conectados a una recogida segura de aguas residuales (o a un sistema equivalente gestionado de forma segura).',
  'EC: I: WS: 5C|': 'La meta 6.2 de los ODS aspira a un saneamiento adecuado y equitativo para todos en 2030: todos los hogares.',
  'EC: I: WA: 1C|':
    'La recogida regular para todos los hogares es la condición previa de la meta 11.6 de los ODS y de su indicador sobre residuos municipales recogidos y gestionados en instalaciones controladas.',
  'EC: I: ES: 1C|': `Más bajo es mejor. Criterio del banco de trabajo: los sistemas europeos con mejores resultados declaran bastante menos de una interrupción no programada por cliente y año, así que 1 interrupción por cliente (SAIFI) es un nivel puntero. Una ciudad con 2 obtiene la mitad de la meta. ${JUDGE}`,
  'EC: I: ES: 2C|': `Más bajo es mejor. Criterio del banco de trabajo: el CAIDI (duración media por interrupción) en redes europeas bien gestionadas es del orden de una hora. El CAIDI puede subir cuando se eliminan las interrupciones cortas, así que léalo junto con la frecuencia de cortes. ${JUDGE}`,
  'EC: I: ES: 3C|': 'La meta 7.1 de los ODS aspira al acceso universal a la electricidad en 2030; el Manual de verificación considera normal un 90 % o más.',
  'EC: I: T: 1C|':
    'No hay base pública para una referencia única: la longitud de red necesaria por habitante depende de la densidad urbana, de los modos contados (ferrocarril, tranvía, carriles o líneas de autobús) y de cómo se miden los corredores compartidos; una ciudad dispersa necesita más kilómetros por habitante que una densa. La cobertura se mide en su lugar con el KPI de conveniencia de la red de transporte público.',
  'EC: I: T: 2A|':
    'La meta 11.2 de los ODS aspira al acceso de todos a un transporte sostenible en 2030; su indicador 11.2.1 cuenta las personas que viven a distancia a pie de una parada (500 m para los modos de baja capacidad). El logro pleno es el 100 % de los habitantes.',
  'EC: I: T: 3C|': `Criterio del banco de trabajo: ciudades ciclistas punteras como Copenhague y Ámsterdam tienen varios cientos de kilómetros de vías y carriles bici para bastante menos de un millón de habitantes, del orden de 50 km o más por cada 100 000 habitantes. ${JUDGE}`,
  'EC: I: T: 4A|Public transport':
    'Criterio del banco de trabajo: las metas de los cuatro modos se eligen para sumar el 100 % junto con la meta del vehículo privado (40 + 15 + 25 + 20), en línea con el objetivo de las ciudades punteras de alrededor del 80 % de los viajes en modos sostenibles (p. ej., el objetivo 80:20 de Viena, el 80 % de Londres para 2041). El transporte público realiza alrededor del 40 % de los viajes en ciudades europeas punteras en transporte público como Viena. Una ciudad fuerte en un modo sostenible puede quedarse corta en otro; ajuste el reparto a su estrategia.',
  'EC: I: T: 4A|Private vehicle':
    'Más bajo es mejor. Las ciudades punteras aspiran a alrededor del 80 % de los viajes a pie, en bicicleta y en transporte público, lo que deja alrededor del 20 % para los vehículos privados (objetivo 80:20 de Viena; 80 % de Londres para 2041).',
  'EC: I: T: 4A|Walking':
    'Criterio del banco de trabajo: parte del reparto del 80 % en modos sostenibles (véase la entrada de transporte público). La proporción a pie en los desplazamientos al trabajo es menor que en el total de viajes porque las distancias son mayores; el 15 % es un nivel puntero para los desplazamientos al trabajo. Ajuste el reparto a su estrategia.',
  'EC: I: T: 4A|Cycling':
    'Criterio del banco de trabajo: parte del reparto del 80 % en modos sostenibles (véase la entrada de transporte público). Copenhague se fijó el objetivo del 50 % de los desplazamientos al trabajo o a los estudios en bicicleta; se usa el 25 % como nivel puntero pero ampliamente alcanzable. Ajuste el reparto a su estrategia.',
  'EC: I: T: 4A|Para-transport':
    'No hay base pública para una referencia única: el paratránsito (servicios informales o a demanda) no existe en muchas ciudades y su proporción deseable depende de la oferta de transporte público; una proporción mayor no es claramente mejor. Los informes de verificación de U4SSC señalan que a menudo no está disponible (p. ej., Rana).',
  'EC: I: T: 5A|':
    'Más bajo es mejor; 1,0 significa ausencia de congestión. La página del Índice de tiempo de viaje del Manual de verificación califica de «bueno» un índice de 1,5 o menos (de 1,5 a 2,5 «potencialmente aceptable», por encima de 2,5 «menos deseable»), así que la meta de referencia es el límite superior del rango «bueno»: una ciudad en 1,5 o menos obtiene 4 puntos, una en 2,5 obtiene 2.',
  'EC: I: T: 6A|': `Criterio del banco de trabajo: la guía de planificación de bicicletas compartidas del ITDP recomienda unas 10–30 bicicletas por cada 1 000 residentes en el área de servicio; el extremo inferior, aplicado a toda la ciudad, da 1 000 por cada 100 000, del mismo orden que el Vélib' de París. Si su sistema cubre deliberadamente solo parte de la ciudad, sustituya la meta. ${JUDGE}`,
  'EC: I: T: 7A|':
    'No hay base pública para una referencia única: lo que cuenta como vehículo compartido (coches de carsharing, ciclomotores, patinetes eléctricos) varía, las flotas las fijan operadores privados y mercados, y una flota grande no es claramente mejor donde el transporte público es fuerte. No existe meta internacional.',
  'EC: I: T: 8A|': `Criterio del banco de trabajo: la UE exige que todos los coches nuevos sean de cero emisiones a partir de 2035, y Oslo, la ciudad puntera en esta medida, ya tiene una proporción grande y en rápido crecimiento de su parque totalmente eléctrica; que la mitad del parque matriculado sea de bajas emisiones es un nivel puntero para principios de la década de 2030. Lo que cuenta como bajo en carbono (híbridos o no) cambia el resultado. ${JUDGE}`,
  'EC: I: B: 1A|': `Criterio del banco de trabajo: ninguna meta internacional fija una proporción de superficie pública certificada; la cobertura completa es el estado final coherente con el papel ejemplar que el derecho de la UE da a los edificios públicos. ${JUDGE}`,
  'EC: I: B: 2A|': `Criterio del banco de trabajo: no existe meta internacional; que todo edificio público funcione con un sistema integrado de gestión del edificio mediante TIC es el estado final. ${JUDGE}`,
  'EC: I: UP: 1A|':
    'No hay base pública para una referencia única: la proporción de la superficie de la ciudad que es peatonal o sin coches depende de la forma y los límites de la ciudad (grandes zonas rurales o boscosas la diluyen) y de lo que se cuente; no existe meta internacional.',
  'EC: I: UP: 2A|Compact': UP('compacto'),
  'EC: I: UP: 2A|Connected': UP('conectado'),
  'EC: I: UP: 2A|Integrated': UP('integrado'),
  'EC: I: UP: 2A|Inclusive': UP('inclusivo'),
  'EC: I: UP: 2A|Resilient': UP('resiliente'),
  'EN: EN: AQ: 1C|PM10': AQ('PM10', '15'),
  'EN: EN: AQ: 1C|PM2.5': AQ('PM2.5', '5'),
  'EN: EN: AQ: 1C|NO2': AQ('NO2', '10'),
  'EN: EN: AQ: 1C|SO2':
    'Más bajo es mejor. El Manual de verificación pide el SO2 como media anual (VM22-p95). La OMS 2021 no fija guía anual para el SO2 (solo un nivel de 24 horas de 40 µg/m³); el derecho de la UE da un nivel anual de 20 µg/m³, que se usa aquí. El catálogo 2017.1 puntuaba una media de 24 horas frente a los 40 µg/m³ de la OMS.',
  'EN: EN: AQ: 1C|O3':
    'No hay base pública para una referencia única: una media anual de ozono no la tiene, porque la OMS 2021 y el derecho de la UE fijan los niveles de ozono solo como medidas de 8 horas y de temporada alta (guía de temporada alta de la OMS: 60 µg/m³), y el Manual de verificación pide una media anual (VM22-p95). Se informa pero no se puntúa; para puntuar con la medida de temporada alta de la OMS, fije 60 como meta de esta evaluación e introduzca el valor de temporada alta. El catálogo 2017.1 usaba esa medida.',
  'EN: EN: AQ: 2C|':
    'Más bajo es mejor. El análisis Deadline 2020 de C40 situaba las emisiones medias por habitante de sus ciudades miembro en unas 3 t CO2e en 2030 en una trayectoria compatible con 1,5 °C hacia las cero emisiones netas en 2050. Una meta de cero no podría puntuarse de forma gradual, así que se usa el hito de 2030. Los inventarios de emisiones difieren en alcance; registre el suyo.',
  'EN: EN: WS: 1C|':
    'La OMS recomienda los Planes de Seguridad del Agua como la forma más eficaz de garantizar agua potable segura, y la meta 6.1 de los ODS aspira a agua segura para todos: todos los hogares deberían abastecerse bajo un plan auditado.',
  'EN: EN: WS: 2C|':
    'Más bajo es mejor. Criterio del banco de trabajo: las orientaciones de la ONU y la OMS sitúan el agua necesaria para las necesidades personales y domésticas básicas en unos 50–100 litros por persona y día. Es un mínimo para necesidades básicas, no un techo de eficiencia, así que ningún documento público fija 100 litros como meta de consumo; la cifra es criterio de este banco de trabajo. Si su cifra incluye usos comerciales e industriales, sustituya la meta.',
  'EN: EN: WS: 3C|':
    'No hay base pública para una referencia única: el agua dulce extraída por habitante depende del clima, de la industria conectada a la red y de las fuentes de agua disponibles, y la página de 2017 añade que valores muy bajos pueden dejar margen para un crecimiento sostenible del uso. Ninguna meta internacional fija un nivel por habitante.',
  'EN: EN: WS: 4C|Primary':
    'Todas las aguas residuales deberían recibir al menos tratamiento primario (la meta 6.3 de los ODS aspira a reducir a la mitad las aguas residuales sin tratar y el logro pleno del ODS 6 significa ninguna sin tratar). Esto supone un informe acumulativo, en el que el agua tratada a un nivel superior también cuenta aquí; si su ciudad informa proporciones excluyentes, sustituya la meta.',
  'EN: EN: WS: 4C|Secondary':
    'El derecho de la UE hace del tratamiento secundario (biológico) la norma general para aglomeraciones de más de 2 000 habitantes-equivalentes, así que todas las aguas residuales de una ciudad deberían recibirlo. Supone un informe acumulativo (véase Primario).',
  'EN: EN: WS: 4C|Tertiary': `Criterio del banco de trabajo: la refundición de 2024 de la Directiva europea sobre el tratamiento de las aguas residuales urbanas extiende el tratamiento terciario (eliminación de nitrógeno y fósforo) a todas las grandes depuradoras, que tratan la mayor parte de las aguas residuales de una ciudad; el 80 % deja margen para depuradoras pequeñas no obligadas a eliminar nutrientes. Supone un informe acumulativo (véase Primario). ${JUDGE}`,
  'EN: EN: WA: 1C|Landfill': 'Más bajo es mejor. El derecho de la UE limita los residuos municipales depositados en vertedero a un máximo del 10 % en 2035.',
  'EN: EN: WA: 1C|Burnt':
    'Más bajo es mejor; la meta 0 es intencionada: la quema de residuos a cielo abierto debería eliminarse por completo, así que cualquier proporción mayor que cero obtiene 1 punto.',
  'EN: EN: WA: 1C|Incinerated':
    'Más bajo es mejor. Las metas de la UE para 2035 (al menos un 65 % preparado para reutilización y reciclado, como máximo un 10 % en vertedero) dejan alrededor del 25 % para la incineración y otras valorizaciones; la jerarquía de residuos sitúa la incineración por debajo del reciclado.',
  'EN: EN: WA: 1C|Open dump':
    'Más bajo es mejor; la meta 0 es intencionada: los vertidos incontrolados deberían eliminarse por completo, así que cualquier proporción mayor que cero obtiene 1 punto.',
  'EN: EN: WA: 1C|Recycled': 'El derecho de la UE exige que al menos el 65 % de los residuos municipales se prepare para reutilización y se recicle en 2035.',
  'EN: EN: WA: 1C|Other':
    'No hay base pública para una referencia única: «Otros» no está definido y puede incluir vías bien situadas en la jerarquía de residuos (como el compostaje o la digestión anaerobia, si no se cuentan como reciclado) y también vías malas, así que no pueden fijarse ni el sentido ni el nivel.',
  'EN: EN: EQ: 1C|':
    'Todos los emplazamientos de antenas deberían cumplir los límites de exposición avalados por la OMS (directrices de la ICNIRP); su cumplimiento es obligación legal en la mayoría de los países, así que el logro pleno es el 100 %.',
  'EN: EN: EQ: 2A|':
    'No hay base pública para una referencia única: el umbral de ruido que se considera excesivo no está definido en las fuentes consultadas, y las metas públicas son relativas (el Plan de Acción Contaminación Cero de la UE aspira a reducir un 30 % para 2030 la proporción de personas crónicamente molestadas por el ruido del transporte). Los niveles guía de la OMS están en decibelios, no en proporciones de población.',
  'EN: EN: PSN: 1C|':
    'No hay base pública para una referencia única: la superficie verde por habitante alcanzable depende de la densidad, el clima y los límites de la ciudad, y las definiciones de zona verde difieren. La cifra de 9 m² por habitante se cita a menudo como norma de la OMS, pero no hemos podido localizarla en una publicación de la OMS, así que no se usa. La accesibilidad se mide en su lugar con el KPI de accesibilidad de zonas verdes.',
  'EN: EN: PSN: 2A|':
    'La meta 11.7 de los ODS aspira al acceso universal a zonas verdes y espacios públicos seguros, inclusivos y accesibles en 2030. La OMS Europa sugiere como regla práctica que la gente viva a unos 300 m de una zona verde; el logro pleno es el 100 % de los habitantes.',
  'EN: EN: PSN: 3A|':
    'La meta mundial «30 para 2030» aspira a proteger el 30 % de la tierra en 2030 (adoptada también en la Estrategia de Biodiversidad de la UE). Aplicarla a la superficie de la ciudad es criterio del banco de trabajo: las ciudades centrales densas obtendrán puntuaciones bajas.',
  'EN: EN: PSN: 4A|':
    'No hay base pública para una referencia única: la unidad de superficie no está fijada en las fuentes, lo que cuenta como instalación recreativa varía y no existe norma internacional de superficie por habitante.',
  'EN: E: E: 1C|':
    'La meta vinculante de la UE para 2030 es una cuota renovable del 42,5 % del consumo final bruto de energía. Las ciudades punteras con energía hidráulica o calefacción urbana renovable ya la superan.',
  'EN: E: E: 2C|':
    'No hay base pública para una referencia única: el consumo de electricidad por habitante depende del clima, de los sistemas de calefacción y de la industria, y un valor menor no es claramente mejor: electrificar la calefacción y el transporte lo aumenta a la vez que reduce las emisiones, y valores muy bajos pueden indicar un acceso deficiente.',
  'EN: E: E: 3C|':
    'No hay base pública para una referencia única: la demanda de energía térmica depende sobre todo del clima (grados-día de calefacción y refrigeración) y del parque de edificios; no existe meta internacional por habitante. Compare con los valores anteriores de la ciudad.',
  'EN: E: E: 4A|':
    'Más bajo es mejor. Criterio del banco de trabajo: el criterio clásico de la Casa Pasiva limita la demanda total de energía primaria de un edificio a 120 kWh/m² al año, un límite de energía primaria, mientras que este KPI mide la energía suministrada; ningún documento público fija 120 kWh/m² de energía suministrada, así que la cifra es criterio de este banco de trabajo. El clima y el uso de los edificios (hospitales, piscinas) cambian lo alcanzable.',
  'SC: EH: ED: 1C|':
    'La meta 4.a de los ODS sigue las escuelas con ordenadores e Internet para la enseñanza; el logro pleno significa que todos los estudiantes tienen acceso a las TIC en el aula.',
  'SC: EH: ED: 2C|':
    'La meta 4.1 de los ODS aspira a que todas las niñas y todos los niños terminen una enseñanza primaria y secundaria gratuita en 2030: toda la población en edad escolar matriculada. Son posibles valores superiores al 100 % cuando estudiantes de fuera de la ciudad asisten a sus escuelas (VM22-p118); cuentan como superación.',
  'SC: EH: ED: 3C|':
    'Criterio del banco de trabajo: la UE aspira a que al menos el 45 % de las personas de 25–34 años tenga un título de educación superior en 2030; convertir esa meta por franja de edad a toda la población (niños incluidos) da alrededor del 25–30 %, es decir, unas 30 000 por cada 100 000. La conversión es propia de este banco de trabajo, no una cifra publicada.',
  'SC: EH: ED: 4C|':
    'La meta 4.6 de los ODS aspira a que todos los jóvenes y una proporción considerable de los adultos estén alfabetizados; los países de ingreso alto declaran una alfabetización adulta casi universal, así que se usa el 100 %.',
  'SC: EH: ED: 5A|':
    'La Década Digital de la UE aspira a que todos los ciudadanos tengan acceso a su historia clínica electrónica en 2030: el 100 % de los habitantes.',
  'SC: EH: H: 1C|':
    'Nivel de los países punteros: las esperanzas de vida al nacer nacionales más largas (p. ej., Japón, RAE de Hong Kong) rondan los 84–85 años en las estimaciones de población de la ONU.',
  'SC: EH: H: 2C|':
    'Más bajo es mejor. La meta 3.1 de los ODS aspira a reducir la razón mundial de mortalidad materna a menos de 70 por cada 100 000 nacidos vivos en 2030. Los países de ingreso alto están muy por debajo (a menudo menos de 10); sus programas pueden fijar una meta más baja.',
  'SC: EH: H: 3C|':
    'Criterio del banco de trabajo basado en estadísticas internacionales: la media de la OCDE es de unos 3,5 médicos en ejercicio por cada 1 000 habitantes. El umbral de la OMS de 44,5 médicos, enfermeras y parteras por cada 10 000 incluye también enfermeras y parteras, así que no se usa directamente. Las ciudades con hospitales regionales superarán la meta.',
  'SC: EH: H: 4A|':
    'Criterio del banco de trabajo basado en estadísticas internacionales: los países de la OCDE tienen una media de unas 4–4,5 camas hospitalarias por cada 1 000 habitantes. Más camas no siempre es mejor (la atención se desplaza a la ambulatoria), así que la meta se fija cerca de esa media y no en los países más altos.',
  'SC: EH: H: 5A|':
    'La meta 3.8 de los ODS aspira a la cobertura sanitaria universal: todos los habitantes cubiertos por un seguro médico o un sistema público de salud.',
  'SC: EH: C: 1C|':
    'No hay base pública para una referencia única: la proporción del presupuesto municipal dedicada al patrimonio cultural depende de las competencias de la ciudad (qué niveles de gobierno financian la cultura) y de su patrimonio; no existe meta internacional.',
  'SC: EH: C: 2A|':
    'No hay base pública para una referencia única: lo que cuenta como institución cultural varía mucho, y las grandes ciudades albergan instituciones que sirven a toda una región; no existe norma internacional.',
  'SC: SH: HO: 1C|':
    'Más bajo es mejor. La meta 11.1 de los ODS aspira a una vivienda adecuada para todos y a la mejora de los barrios marginales en 2030, es decir, cero. Como una meta de cero no puede puntuarse de forma gradual (cualquier valor mayor que cero obtendría 1 punto), se usa el 1 % para significar la casi eliminación.',
  'SC: SH: HO: 2A|': `Más bajo es mejor. Criterio del banco de trabajo: un coste de la vivienda superior a alrededor del 30 % de los ingresos es un umbral de asequibilidad habitual por hogar (p. ej., el HUD de EE. UU.), y la UE considera sobrecargados a los hogares que gastan más del 40 % de su renta disponible; una media del 25 % deja margen para la dispersión en torno a la media. ${JUDGE}`,
  'SC: SH: SI: 1C|':
    'Meta en intervalo en torno a la paridad: ingreso medio por hora de las mujeres igual al de los hombres (razón 1,0); una desviación en cualquier sentido reduce el logro.',
  'SC: SH: SI: 2C|':
    'Más bajo es mejor. Nivel de los países punteros: los países más igualitarios en las estadísticas de distribución de la renta de la OCDE tienen coeficientes de Gini de la renta disponible de alrededor de 0,22–0,26. Las ciudades suelen ser menos igualitarias que su país.',
  'SC: SH: SI: 3C|': `Más bajo es mejor. Criterio del banco de trabajo: las tasas de pobreza relativa más bajas de las estadísticas de la OCDE (ingresos por debajo de la mitad de la mediana) rondan el 6 %. La meta 1.1 de los ODS aspira a erradicar la pobreza extrema, pero una meta de cero no puede puntuarse de forma gradual. El resultado depende del umbral de pobreza usado; regístrelo. ${JUDGE}`,
  'SC: SH: SI: 4C|': `Criterio del banco de trabajo: la participación en las elecciones municipales de Dinamarca y Suecia, de las más altas de Europa, ronda el 65–85 %; se usa el 75 % como nivel puntero. El voto obligatorio o las elecciones celebradas junto con las nacionales aumentan la participación. ${JUDGE}`,
  'SC: SH: SI: 5A|':
    'La UE recomienda que al menos el 45 % de los niños menores de tres años participe en educación y atención de la primera infancia en 2030 (objetivo de Barcelona revisado). El KPI cuenta las plazas de guardería disponibles (CM17-p118; VM22-p143), que deben igualar al menos la participación, así que la meta de participación se usa como nivel de plazas.',
  'SC: SH: SA: 1C|': `Más bajo es mejor. Criterio del banco de trabajo: el Marco de Sendái pide una reducción considerable de la mortalidad por desastres por cada 100 000 sin fijar un nivel; se usa 0,1 por cada 100 000 (una muerte al año en una ciudad de un millón) como nivel casi nulo que aún puede puntuarse de forma gradual. Los años aislados son volátiles; una media de varios años es más reveladora. ${JUDGE}`,
  'SC: SH: SA: 2C|':
    'No hay base pública para una referencia única: el Marco de Sendái (meta C) y la meta 11.5 de los ODS piden una reducción de las pérdidas económicas directas en relación con el PIB sin fijar un nivel, y las pérdidas oscilan de cero a muy grandes de un año a otro según los sucesos. Compare medias de varios años con su propia referencia.',
  'SC: SH: SA: 3A|':
    'Sí: el Marco de Sendái y la meta 11.b de los ODS piden a las ciudades que adopten y apliquen estrategias locales de reducción del riesgo de desastres, con evaluación de riesgos, financiación y medidas técnicas.',
  'SC: SH: SA: 4A|':
    'No hay base pública para una referencia única: la proporción de personas que viven en zonas propensas a desastres la fija en gran parte la geografía (costas, ríos, zonas sísmicas) y la forma de cartografiar esas zonas; el cero está fuera del alcance de muchas ciudades y no existe nivel internacional.',
  'SC: SH: SA: 5A|': `Más bajo es mejor. Criterio del banco de trabajo: las normas de tiempo de respuesta para las llamadas de emergencia más urgentes rondan habitualmente los 7–8 minutos (por ejemplo, la meta de ambulancias del NHS England de una media de 7 minutos para las llamadas con riesgo vital). Las medias de todos los servicios y tipos de llamada serán mayores. ${JUDGE}`,
  'SC: SH: SA: 6C|':
    'No hay base pública para una referencia única: más agentes de policía por habitante no es claramente mejor; la necesidad depende de la delincuencia, del papel de los cuerpos nacionales o regionales y de la organización policial. Los resultados se cubren con el KPI de tasa de delitos violentos.',
  'SC: SH: SA: 7C|':
    'No hay base pública para una referencia única: más bomberos por habitante no es claramente mejor; la necesidad depende del riesgo, del parque de edificios, de la proporción de voluntarios y profesionales y de la organización regional. El tiempo de respuesta se cubre aparte.',
  'SC: SH: SA: 8C|':
    'No hay base pública para una referencia única: qué delitos cuentan como violentos y con qué frecuencia se denuncian y registran difiere mucho entre países, así que una cifra única no es comparable; la meta 16.1 de los ODS pide una reducción significativa sin fijar un nivel. Siga la tendencia frente a su propia referencia.',
  'SC: SH: SA: 9C|':
    'Más bajo es mejor. La meta 3.6 de los ODS (y el Decenio de Acción de las Naciones Unidas para la Seguridad Vial 2021–2030) aspira a reducir a la mitad las muertes en carretera; los países más seguros ya registran unas 2 muertes en carretera por cada 100 000 habitantes al año. Visión Cero aspira a ninguna, pero una meta de cero no puede puntuarse de forma gradual.',
  'SC: SH: FS: 1A|':
    'No hay base pública para una referencia única: la proporción de alimentos producidos a menos de 100 km depende de las tierras agrícolas circundantes, del clima y de la dieta, y no existe meta internacional.',
};
